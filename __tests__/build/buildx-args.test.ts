/**
 * buildx's argv (exact arrays: a flag that moves or changes spelling is a behaviour change the tools
 * notice), and how its driver is read: from `docker buildx inspect`, or from buildx's state files
 * without starting it.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import * as realFs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import type { BuildSecret } from '../../src/commands/build/secrets.js';
import { BASE_REQUEST } from '../helpers/build-request.js';

/**
 * buildx also looks for its plugin in system directories, which this machine may or may not have:
 * every path outside this test's temporary root reads as absent, so each row states its own plugin.
 */
const root = mkdtempSync(join(tmpdir(), 'pinship-buildx-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  existsSync: (p: realFs.PathLike) => String(p).startsWith(root) && realFs.existsSync(p),
}));
const { BuildxBuilder, buildxArgs, buildxCommand, buildxDriverFromState, parseBuildxDriver, standaloneEnv, DOCKER_BUILDX } =
  await import('../../src/commands/build/builders/buildx.js');

const sec = (id: string, src: string): BuildSecret => ({ input: 'secrets', id, src });
const req = (over: Partial<BuildRequest> = {}): BuildRequest => ({ ...BASE_REQUEST, ...over });
const F = ['--file', '/ctx/Dockerfile'];
const BUILDX_TAIL = ['--iidfile', '/w/iid', '--metadata-file', '/w/metadata.json'];
const OCI_OUT = ['--output', 'type=oci,dest=/w/oci,tar=false'];
const NOATT = ['--provenance=false', '--sbom=false'];
const TWO = ['linux/amd64', 'linux/arm64'];

describe('buildxArgs', () => {
  test.each<[string, Partial<BuildRequest>, string, string[]]>([
    ['docker driver: loads into the engine', {}, 'docker', ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx']],
    ['docker-container: an OCI layout directory', {}, 'docker-container', ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx']],
    ['kubernetes: an OCI layout directory', {}, 'kubernetes', ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx']],
    ['remote: an OCI layout directory', {}, 'remote', ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx']],
    ['an unknown driver is treated like docker', {}, 'something-new', ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx']],
    [
      'ssh, add-hosts, shm-size, ulimit: RUN-step options after the network',
      { network: 'none', ssh: ['default', 'git=/k'], addHosts: ['docker:10.0.0.1'], shmSize: '2g', ulimits: ['nofile=1024:2048'] },
      'docker',
      [
        'buildx',
        'build',
        ...F,
        '--network',
        'none',
        '--add-host',
        'docker:10.0.0.1',
        '--shm-size',
        '2g',
        '--ulimit',
        'nofile=1024:2048',
        '--ssh',
        'default',
        '--ssh',
        'git=/k',
        ...NOATT,
        ...BUILDX_TAIL,
        '--load',
        '--',
        '/ctx',
      ],
    ],
    [
      'docker driver, load: true: loads, as it always does',
      { load: true },
      'docker',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'docker-container, load: true: the layout to push and the engine copy, two exporters',
      { load: true },
      'docker-container',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--load', '--', '/ctx'],
    ],
    [
      'docker-container, push: false: loaded into the engine, no layout',
      { push: false },
      'docker-container',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'docker-container, push: false, two platforms on a classic store: cannot load, the layout stays the result',
      { push: false, platforms: TWO },
      'docker-container',
      ['buildx', 'build', ...F, '--platform', TWO.join(','), ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'named builder right after build',
      { buildxBuilder: 'ci-k8s' },
      'kubernetes',
      ['buildx', 'build', '--builder', 'ci-k8s', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    // Settings refuse both values; the argv stays safe anyway: after `--` the context is an operand,
    // and buildx (pflag) takes the word after --builder as its value (checked: "no builder \"-x\" found").
    [
      'a context that looks like an option stays an operand',
      { context: '--output=type=local,dest=/' },
      'docker',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '--output=type=local,dest=/'],
    ],
    [
      'a builder name that looks like an option stays the value of --builder',
      { buildxBuilder: '--allow=security.insecure' },
      'docker',
      ['buildx', 'build', '--builder', '--allow=security.insecure', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'platforms joined by commas',
      { platforms: TWO },
      'docker-container',
      ['buildx', 'build', ...F, '--platform', 'linux/amd64,linux/arm64', ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'one platform',
      { platforms: ['linux/arm64'] },
      'docker',
      ['buildx', 'build', ...F, '--platform', 'linux/arm64', ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'secrets, one flag each',
      { secrets: [sec('npmrc', '/w/secrets/0'), sec('token', '/w/secrets/1')] },
      'docker',
      [
        'buildx',
        'build',
        ...F,
        '--secret',
        'id=npmrc,src=/w/secrets/0',
        '--secret',
        'id=token,src=/w/secrets/1',
        ...NOATT,
        ...BUILDX_TAIL,
        '--load',
        '--',
        '/ctx',
      ],
    ],
    [
      'cache-from and cache-to',
      { cacheFrom: ['type=registry,ref=r/app:cache', 'type=gha'], cacheTo: ['type=registry,ref=r/app:cache,mode=max'] },
      'docker-container',
      [
        'buildx',
        'build',
        ...F,
        '--cache-from',
        'type=registry,ref=r/app:cache',
        '--cache-from',
        'type=gha',
        '--cache-to',
        'type=registry,ref=r/app:cache,mode=max',
        ...NOATT,
        ...BUILDX_TAIL,
        ...OCI_OUT,
        '--',
        '/ctx',
      ],
    ],
    ['pull', { pull: true }, 'docker', ['buildx', 'build', ...F, '--pull', ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx']],
    [
      'provenance and sbom on',
      { provenance: true, sbom: true },
      'docker-container',
      ['buildx', 'build', ...F, '--provenance=true', '--sbom=true', ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'provenance alone',
      { provenance: true },
      'docker-container',
      ['buildx', 'build', ...F, '--provenance=true', '--sbom=false', ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'target, build-args, labels (in order), no-cache, network',
      { target: 'runtime', buildArgs: { A: '1', B: 'x=y' }, labels: { 'org.opencontainers.image.title': 'app', team: 'core' }, noCache: true, network: 'none' },
      'docker',
      [
        'buildx',
        'build',
        ...F,
        '--target',
        'runtime',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=x=y',
        '--label',
        'org.opencontainers.image.title=app',
        '--label',
        'team=core',
        '--no-cache',
        '--network',
        'none',
        ...NOATT,
        ...BUILDX_TAIL,
        '--load',
        '--',
        '/ctx',
      ],
    ],
    [
      'everything at once',
      {
        buildxBuilder: 'b',
        file: '/ctx/build/Dockerfile.prod',
        target: 't',
        buildArgs: { V: '2' },
        labels: { l: 'v' },
        network: 'host',
        platforms: TWO,
        secrets: [sec('s', 'f')],
        cacheFrom: ['cf'],
        cacheTo: ['ct'],
        pull: true,
        sbom: true,
      },
      'docker-container',
      [
        'buildx',
        'build',
        '--builder',
        'b',
        '--file',
        '/ctx/build/Dockerfile.prod',
        '--target',
        't',
        '--build-arg',
        'V=2',
        '--label',
        'l=v',
        '--network',
        'host',
        '--platform',
        'linux/amd64,linux/arm64',
        '--secret',
        'id=s,src=f',
        '--cache-from',
        'cf',
        '--cache-to',
        'ct',
        '--pull',
        '--provenance=false',
        '--sbom=true',
        ...BUILDX_TAIL,
        ...OCI_OUT,
        '--',
        '/ctx',
      ],
    ],
  ])('%s', (_name, over, driver, argv) => {
    expect(buildxArgs(req(over), driver)).toEqual(argv);
  });

  test.each<[string, Partial<BuildRequest>, string, string[]]>([
    [
      'docker driver, containerd image store, pushing: an OCI layout directory',
      {},
      'docker',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'docker driver, containerd image store, push: false: loads into the engine',
      { push: false },
      'docker',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'docker driver, containerd image store, load: true: loads only (the engine holds the OCI tree that is pushed)',
      { load: true },
      'docker',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
    [
      'docker-container, containerd image store, pushing: an OCI layout directory',
      {},
      'docker-container',
      ['buildx', 'build', ...F, ...NOATT, ...BUILDX_TAIL, ...OCI_OUT, '--', '/ctx'],
    ],
    [
      'docker-container, containerd image store, push: false, two platforms: the store holds them all, loaded',
      { push: false, platforms: TWO },
      'docker-container',
      ['buildx', 'build', ...F, '--platform', TWO.join(','), ...NOATT, ...BUILDX_TAIL, '--load', '--', '/ctx'],
    ],
  ])('%s', (_name, over, driver, argv) => {
    expect(buildxArgs(req(over), driver, true)).toEqual(argv);
  });
});

test('load: true with two platforms on a classic image store is refused before buildx starts, naming the input', async () => {
  // A command that cannot run: reaching it would fail with ENOENT instead of the input's error.
  const builder = new BuildxBuilder('docker-container', false, { cmd: join(root, 'no-buildx-here'), prefix: [] });
  await expect(builder.build(req({ load: true, platforms: TWO }))).rejects.toThrow(
    /^Input 'load': a 2-platform image \(linux\/amd64,linux\/arm64\) cannot be loaded into a docker engine with the classic image store/,
  );
});

describe('parseBuildxDriver', () => {
  test.each<[string, string, string | undefined]>([
    // docker buildx 0.13 against the test dockerd
    [
      'the default builder',
      'Name:   default\nDriver: docker\n\nNodes:\nName:             default\nEndpoint:         default\nStatus:           running\nBuildKit version: v0.8+unknown\nPlatforms:        linux/amd64, linux/386\n',
      'docker',
    ],
    [
      'a docker-container builder with node driver options',
      'Name:          ci\nDriver:        docker-container\nLast Activity: 2024-05-01 10:00:00 +0000 UTC\n\nNodes:\nName:                  ci0\nEndpoint:              unix:///var/run/docker.sock\nDriver Options:        network="host"\nStatus:                running\nBuildKit daemon flags: --allow-insecure-entitlement=network.host\n',
      'docker-container',
    ],
    ['a kubernetes builder', 'Name:   k8s\nDriver: kubernetes\nNodes:\nName: k8s0\n', 'kubernetes'],
    ['no Driver line', 'ERROR: no builder "nope" found\n', undefined],
    ['"Driver Options" is not the driver', 'Name: x\nDriver Options: image="moby/buildkit"\n', undefined],
  ])('%s', (_name, text, driver) => {
    expect(parseBuildxDriver(text)).toBe(driver);
  });
});

describe('buildxDriverFromState', () => {
  const HOST = 'unix:///var/tmp/pinship-test/docker.sock';
  const DEFAULT_HOST = 'unix:///var/run/docker.sock';
  interface State {
    plugin?: boolean;
    current?: object;
    instances?: Record<string, string>;
  }
  /** A DOCKER_CONFIG dir: the buildx plugin, `buildx/current` and `buildx/instances/<name>` as buildx writes them. */
  function dockerConfig(state: State): string {
    const dir = mkdtempSync(join(root, 'config-'));
    if (state.plugin !== false) {
      mkdirSync(join(dir, 'cli-plugins'));
      writeFileSync(join(dir, 'cli-plugins', 'docker-buildx'), '#!/bin/sh\n', { mode: 0o755 });
    }
    mkdirSync(join(dir, 'buildx', 'instances'), { recursive: true });
    if (state.current) writeFileSync(join(dir, 'buildx', 'current'), JSON.stringify(state.current));
    for (const [name, driver] of Object.entries(state.instances ?? {})) {
      writeFileSync(
        join(dir, 'buildx', 'instances', name),
        JSON.stringify({ Name: name, Driver: driver, Nodes: [{ Name: `${name}0`, Endpoint: HOST }], Dynamic: false }),
      );
    }
    return dir;
  }
  const ci = { ci: 'docker-container', k8s: 'kubernetes' };

  test.each<[string, State, string, Record<string, string>, string | undefined]>([
    ['no buildx plugin anywhere', { plugin: false }, '', { DOCKER_HOST: HOST }, undefined],
    ['no buildx state: the default builder', {}, '', { DOCKER_HOST: HOST }, 'docker'],
    [
      'current names no builder for this endpoint (as buildx writes it)',
      { current: { Key: HOST, Name: '', Global: false } },
      '',
      { DOCKER_HOST: HOST },
      'docker',
    ],
    [
      'current points at a docker-container instance',
      { current: { Key: HOST, Name: 'ci', Global: false }, instances: ci },
      '',
      { DOCKER_HOST: HOST },
      'docker-container',
    ],
    [
      'current for another endpoint',
      { current: { Key: 'tcp://10.0.0.1:2376', Name: 'ci', Global: false }, instances: ci },
      '',
      { DOCKER_HOST: HOST },
      undefined,
    ],
    ['current for another endpoint, no name', { current: { Key: 'tcp://10.0.0.1:2376', Name: '', Global: false } }, '', { DOCKER_HOST: HOST }, undefined],
    [
      'a global current applies to every endpoint',
      { current: { Key: 'tcp://10.0.0.1:2376', Name: 'k8s', Global: true }, instances: ci },
      '',
      { DOCKER_HOST: HOST },
      'kubernetes',
    ],
    [
      'no DOCKER_HOST: the default socket is the endpoint',
      { current: { Key: DEFAULT_HOST, Name: 'ci', Global: false }, instances: ci },
      '',
      {},
      'docker-container',
    ],
    [
      'BUILDX_BUILDER wins over current',
      { current: { Key: HOST, Name: 'ci', Global: false }, instances: ci },
      '',
      { DOCKER_HOST: HOST, BUILDX_BUILDER: 'k8s' },
      'kubernetes',
    ],
    [
      'BUILDX_BUILDER=default',
      { current: { Key: HOST, Name: 'ci', Global: false }, instances: ci },
      '',
      { DOCKER_HOST: HOST, BUILDX_BUILDER: 'default' },
      'docker',
    ],
    ['the buildx-builder input wins over BUILDX_BUILDER', { instances: ci }, 'ci', { DOCKER_HOST: HOST, BUILDX_BUILDER: 'k8s' }, 'docker-container'],
    ['a named builder without an instance file', {}, 'missing', { DOCKER_HOST: HOST }, undefined],
    ['DOCKER_CONTEXT: another context, unclear', { instances: ci }, '', { DOCKER_HOST: HOST, DOCKER_CONTEXT: 'remote' }, undefined],
  ])('%s', async (_name, state, builder, env, driver) => {
    const withConfig = { ...env, DOCKER_CONFIG: dockerConfig(state) };
    expect(await buildxDriverFromState(builder, withConfig, await buildxCommand(withConfig))).toBe(driver);
  });
});

describe('buildxCommand: the plugin binary standalone where the docker CLI would find it, else docker buildx', () => {
  /** A DOCKER_CONFIG dir with (or without) the plugin and a config.json. */
  function config(plugin: boolean, json?: object): string {
    const dir = mkdtempSync(join(root, 'cmd-'));
    if (plugin) {
      mkdirSync(join(dir, 'cli-plugins'));
      writeFileSync(join(dir, 'cli-plugins', 'docker-buildx'), '#!/bin/sh\n', { mode: 0o755 });
    }
    if (json) writeFileSync(join(dir, 'config.json'), JSON.stringify(json));
    return dir;
  }
  test.each<[string, boolean, object | undefined, Record<string, string>, boolean]>([
    ['plugin in DOCKER_CONFIG: run directly', true, undefined, {}, true],
    ['plugin and a config.json with auths: run directly', true, { auths: {} }, {}, true],
    ['no plugin anywhere: docker buildx', false, undefined, {}, false],
    ['DOCKER_CONTEXT: docker buildx', true, undefined, { DOCKER_CONTEXT: 'remote' }, false],
    ['another current context in config.json: docker buildx', true, { currentContext: 'remote' }, {}, false],
    ['cliPluginsExtraDirs in config.json: docker buildx', true, { cliPluginsExtraDirs: ['/opt/plugins'] }, {}, false],
  ])('%s', async (_name, plugin, json, env, direct) => {
    const dir = config(plugin, json);
    const cmd = await buildxCommand({ ...env, DOCKER_CONFIG: dir });
    expect(cmd).toEqual(direct ? { cmd: join(dir, 'cli-plugins', 'docker-buildx'), prefix: [] } : DOCKER_BUILDX);
  });

  test('standalone, the variable that would make buildx wait for the docker CLI is dropped; nothing else', () => {
    const env = { DOCKER_HOST: 'unix:///x.sock', DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND: '/usr/bin/docker', PATH: '/bin' };
    expect(standaloneEnv(env)).toEqual({ DOCKER_HOST: 'unix:///x.sock', PATH: '/bin' });
  });
});
