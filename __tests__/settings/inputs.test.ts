import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildSettings } from '../../src/commands/build/settings.js';
import { cliRuntime, parseCliArgs } from '../../src/cli/runtime.js';
import { readMetaSettings } from '../../src/commands/meta/settings.js';
import { readPromoteSettings } from '../../src/commands/promote/settings.js';
import { inputsRuntime as fakeRuntime } from '../helpers/runtime.js';

describe('build settings: bad input is one clear error naming the input', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['images missing', {}, /^Input 'images' is required/],
    ['image with a tag', { images: 'ghcr.io/acme/app:v1' }, /^Invalid input 'images': 'ghcr.io\/acme\/app:v1'\. Expected a repository without tag/],
    ['bad push', { images: 'a/b', push: 'yes' }, /^Invalid input 'push': 'yes'\. Expected true or false\.$/],
    ['bad builder', { images: 'a/b', builder: 'kaniko' }, /^Invalid input 'builder': 'kaniko'\. Expected one of auto, buildx, docker, buildah, podman\.$/],
    ['bad platform', { images: 'a/b', platforms: 'linux' }, /^Invalid input 'platforms': 'linux'\. Expected os\/arch/],
    ['bad build-arg', { images: 'a/b', 'build-args': 'NOVALUE' }, /^Invalid input 'build-args': 'NOVALUE'\. Expected KEY=VALUE/],
    ['bad tag rule', { images: 'a/b', tags: 'type=foo' }, /^Invalid input 'tags': /],
    ['bad pr-sha', { images: 'a/b', 'pr-sha': 'base' }, /^Invalid input 'pr-sha': 'base'\. Expected one of head, merge\.$/],
    ['push-by-digest without push', { images: 'a/b', push: 'false', 'push-by-digest': 'true' }, /contradict/],
    ['username without password', { images: 'a/b', username: 'me' }, /^Inputs 'username' and 'password' go together: only 'username' was given$/],
    ['bad insecure registry', { images: 'a/b', 'insecure-registries': 'http://x' }, /^Invalid input 'insecure-registries': 'http:\/\/x'\./],
    [
      'context that is an option',
      { images: 'a/b', context: '--output=type=local,dest=/' },
      /^Invalid input 'context': '--output=type=local,dest=\/'\. Expected a directory \(write \.\/-name .*would reach the builder as an option\.$/,
    ],
    [
      'buildx-builder that is an option',
      { images: 'a/b', 'buildx-builder': '-x' },
      /^Invalid input 'buildx-builder': '-x'\. Expected the name of a buildx builder; a value starting with '-' would reach the builder as an option\.$/,
    ],
    ['registry-auth not a list', { images: 'a/b', 'registry-auth': 'registry: x' }, /^Invalid input 'registry-auth': not a list\./],
    ['ssh that is an option', { images: 'a/b', ssh: '--output=x' }, /^Invalid input 'ssh': '--output=x'\. Expected an SSH agent id/],
    ['add-hosts without an address', { images: 'a/b', 'add-hosts': 'docker:10.0.0.1,registry' }, /^Invalid input 'add-hosts': 'registry'\. Expected host:ip/],
    ['shm-size not a size', { images: 'a/b', 'shm-size': 'lots' }, /^Invalid input 'shm-size': 'lots'\. Expected a size such as 128m, 2g or 2GiB\.$/],
    ['shm-size with a unit twice', { images: 'a/b', 'shm-size': '2gg' }, /^Invalid input 'shm-size': '2gg'\./],
    ['shm-size with a space', { images: 'a/b', 'shm-size': '2 g' }, /^Invalid input 'shm-size': '2 g'\./],
    ['ulimit without a value', { images: 'a/b', ulimit: 'nofile=1024:2048\nnproc' }, /^Invalid input 'ulimit': 'nproc'\. Expected name=soft\[:hard\]/],
  ])('%s', async (_name, inputs, message) => {
    await expect(readBuildSettings(fakeRuntime(inputs))).rejects.toThrow(message);
  });

  test('secrets and the other build-push-action inputs reach the build settings with its meaning', async () => {
    const s = await readBuildSettings(
      fakeRuntime({
        images: 'a/b',
        secrets: 'MYSECRET=foo=bar',
        'build-contexts': 'alpine=docker-image://127.0.0.1:5000/base:1',
        'no-cache-filters': 'build,test',
        'cgroup-parent': 'foo',
        allow: 'network.host',
      }),
    );
    expect([s.secrets, s.buildContexts, s.noCacheFilters, s.cgroupParent, s.allow]).toEqual([
      [{ input: 'secrets', id: 'MYSECRET', value: 'foo=bar' }],
      [{ name: 'alpine', value: 'docker-image://127.0.0.1:5000/base:1' }],
      ['build', 'test'],
      'foo',
      ['network.host'],
    ]);
  });

  test.each(['2gb', '2GiB', '1.5g', '64MB', '1t', '1024'])('shm-size %s: a size buildx reads (docker/go-units) is taken as written', async (size) => {
    expect((await readBuildSettings(fakeRuntime({ images: 'a/b', 'shm-size': size }))).shmSize).toBe(size);
  });

  test('ssh, add-hosts, shm-size and ulimit become lists of flag values as build-push-action spells them', async () => {
    const s = await readBuildSettings(
      fakeRuntime({
        images: 'a/b',
        ssh: 'default\ngithub=/keys/id_ed25519',
        'add-hosts': 'docker:10.180.0.1, db=10.0.0.2',
        'shm-size': '2g',
        ulimit: 'nofile=1024:2048',
      }),
    );
    expect([s.ssh, s.addHosts, s.shmSize, s.ulimits]).toEqual([
      ['default', 'github=/keys/id_ed25519'],
      ['docker:10.180.0.1', 'db=10.0.0.2'],
      '2g',
      ['nofile=1024:2048'],
    ]);
  });

  test('digest-file outside the workspace and RUNNER_TEMP is refused while the inputs are read, before any build (meta ignores it)', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
    const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'pinship-rt-')) };
    const outside = join(tmpdir(), 'pinship-elsewhere.json');
    await expect(readBuildSettings(fakeRuntime({ images: 'a/b', 'digest-file': outside }, env))).rejects.toThrow(
      `Invalid input 'digest-file': '${outside}'. Expected a path inside the workspace (${workspace}) or RUNNER_TEMP (${env.RUNNER_TEMP}): pinship writes nowhere else.`,
    );
    // meta writes no digest file, so it never reads the input (the command/input table says so too).
    expect(await readMetaSettings(fakeRuntime({ images: 'a/b', 'digest-file': outside }, env))).not.toHaveProperty('digestFile');
    const inside = await readBuildSettings(fakeRuntime({ images: 'a/b', 'digest-file': join(workspace, 'digest.json') }, env));
    expect(inside.digestFile).toEqual({ dir: realpathSync(workspace), name: 'digest.json' });
  });

  test('a registry-auth entry without a password never quotes the input back', async () => {
    const yaml = '- registry: ghcr.io\n  username: me\n  password: s3cr3t-value\n- registry: docker.io\n  username: you\n';
    const error = await readBuildSettings(fakeRuntime({ images: 'a/b', 'registry-auth': yaml })).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "Invalid input 'registry-auth': entry 2 (registry 'docker.io') needs a username and a password. Expected a YAML list of {registry, username, password} entries.",
    );
    expect((error as Error).message).not.toContain('s3cr3t-value');
  });

  test("github-token's default expression, passed verbatim by local runners, is no token", async () => {
    const s = await readBuildSettings(fakeRuntime({ images: 'ghcr.io/acme/app', 'github-token': '${{ github.token }}' }));
    expect(s.registry.githubToken).toBe('');
  });

  test('valid inputs become typed values; passwords are masked; upper case is lowered with a notice', async () => {
    const rt = fakeRuntime({
      images: 'ghcr.io/Acme/App, docker.io/acme/app',
      username: 'me',
      password: 'pw-1',
      'github-token': 'ght',
      platforms: 'linux/amd64,linux/arm64',
      'build-args': 'A=1=2',
    });
    const s = await readBuildSettings(rt);
    expect(s.images.map(String)).toEqual(['ghcr.io/acme/app', 'docker.io/acme/app']);
    expect(rt.notices).toEqual(["images: 'ghcr.io/Acme/App' lower-cased to 'ghcr.io/acme/app' (repository names must be lower case)"]);
    expect(s.registry.credentials).toEqual([{ registry: 'ghcr.io', credential: { username: 'me', password: 'pw-1' } }]);
    expect(rt.secrets).toEqual(expect.arrayContaining(['pw-1', 'ght']));
    expect(s.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(s.buildArgs).toEqual({ A: '1=2' });
    expect(s.file).toBe('Dockerfile');
  });
});

describe('promote settings', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['source missing', { images: 'a/b' }, /^Input 'source' is required/],
    ['bad source', { source: 'UPPER:tag', images: 'a/b' }, /^Invalid input 'source': 'UPPER:tag'/],
    ['bad expected-digest', { source: 'a/b:1', images: 'c/d', 'expected-digest': 'sha256:xyz' }, /^Invalid input 'expected-digest': 'sha256:xyz'/],
    ['platforms without allow-digest-change', { source: 'a/b:1', images: 'c/d', platforms: 'linux/amd64' }, /allow-digest-change: true/],
    ['bad concurrency', { source: 'a/b:1', images: 'c/d', concurrency: '0' }, /^Invalid input 'concurrency': '0'\. Expected a whole number from 1 to 32\.$/],
  ])('%s', async (_name, inputs, message) => {
    await expect(readPromoteSettings(fakeRuntime(inputs))).rejects.toThrow(message);
  });
});

describe('the command line', () => {
  test.each<[string[], string, Record<string, string>]>([
    [['build', '--images', 'a/b', '--push', 'false'], 'build', { images: 'a/b', push: 'false' }],
    [['promote', '--source=a/b:1', '--tags', 'x', '--tags', 'y'], 'promote', { source: 'a/b:1', tags: 'x\ny' }],
    [['build', '--no-cache', '--images', 'a/b'], 'build', { 'no-cache': 'true', images: 'a/b' }],
    [['--Images', 'a/b'], '', { images: 'a/b' }],
  ])('%j', (argv, command, inputs) => {
    const args = parseCliArgs(argv);
    expect(args.command).toBe(command);
    expect(Object.fromEntries(args.inputs)).toEqual(inputs);
  });

  test('a stray argument is an error', () => {
    expect(() => parseCliArgs(['build', 'extra'])).toThrow("Unexpected argument 'extra'. Expected --<input> <value> after the command 'build'");
  });

  test('inputs also come from INPUT_ variables, in the runner spelling or with underscores; flags win', () => {
    const rt = cliRuntime(parseCliArgs(['build', '--images', 'x/y']), { 'INPUT_REGISTRY-AUTH': 'a', INPUT_GITHUB_TOKEN: 'b', INPUT_IMAGES: 'ignored' });
    expect(rt.input('registry-auth')).toBe('a');
    expect(rt.input('github-token')).toBe('b');
    expect(rt.input('images')).toBe('x/y');
    expect(rt.input('command')).toBe('build');
  });
});

describe('dist/cli.js', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });

  test('prints the outputs as one JSON object on stdout', () => {
    const r = cli(['meta', '--images', 'ghcr.io/acme/app', '--tags', 'type=raw,value=v9']);
    expect(r.status).toBe(0);
    const outputs = JSON.parse(r.stdout) as Record<string, string>;
    expect(outputs.tags).toBe('ghcr.io/acme/app:v9');
    expect(outputs.version).toBe('v9');
  });

  test('fails with one error line on stderr, nothing on stdout, exit 1', () => {
    const r = cli(['promote', '--images', 'a/b']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: Input 'source' is required/)]);
  });
});
