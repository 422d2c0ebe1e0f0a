import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import { MediaType, type ImageIndex } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext, builderEnv, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());
const runnerEnv = builderEnv(env);
const repos = (prefix: string): Repository[] => {
  const name = uniqueRepo(prefix);
  return [new Repository(new Registry(env.registries.plain.host), name), new Repository(new Registry(env.registries.token.host), name)];
};

test('multi-platform (buildah, FROM scratch): an index whose children and tags exist in both registries', async () => {
  const targets = repos('multiarch');
  const ctx = buildContext((payload) => `FROM scratch\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    {
      images: targets.join('\n'),
      context: ctx,
      builder: 'buildah',
      platforms: 'linux/amd64,linux/arm64',
      tags: 'type=raw,value=multi',
      'registry-auth': tokenRegistryAuth(env),
    },
    events.pushMain(),
    runnerEnv,
  );
  expect(run.code).toBe(0);
  const digest = Digest.parse(run.outputs.digest);
  const platforms = JSON.parse(run.outputs['platform-digests']) as Record<string, string>;
  expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
  for (const repo of targets) {
    const index = await client.getManifest(repo, 'multi');
    expect(index.digest.toString()).toBe(digest.toString());
    expect([MediaType.OciIndex, MediaType.DockerManifestList]).toContain(index.mediaType);
    const listed = (index.json as ImageIndex).manifests.map((m) => m.digest).sort();
    expect(listed).toEqual(Object.values(platforms).sort());
    for (const child of listed) expect(await client.manifestExists(repo, child)).toBe(true);
  }
});

test('push-by-digest: manifests everywhere, no tag anywhere, digest-file written', async () => {
  const targets = repos('bydigest');
  const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  const digestFile = join(workspace, 'digest.json');
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    {
      images: targets.join('\n'),
      context: ctx,
      builder: 'docker',
      'push-by-digest': 'true',
      'digest-file': digestFile,
      'registry-auth': tokenRegistryAuth(env),
    },
    events.pushMain(),
    { ...runnerEnv, GITHUB_WORKSPACE: workspace },
  );
  expect(run.code).toBe(0);
  expect(run.outputs.tags).toBe('');
  const digest = run.outputs.digest;
  for (const repo of targets) {
    expect(await client.manifestExists(repo, digest)).toBe(true);
    // Registries answer 404 NAME_UNKNOWN for the tag list of a repository that has no tag.
    expect(await tagsOf(client, repo)).toEqual([]);
  }
  const record = JSON.parse(readFileSync(digestFile, 'utf8')) as { digest: string; images: string[] };
  expect(record.digest).toBe(digest);
  expect(record.images).toEqual(targets.map((r) => `${r}@${digest}`));
});

test('push: false builds and tags locally with docker, touching no registry', async () => {
  const [target] = repos('nopush');
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    { images: target.toString(), context: ctx, builder: 'docker', push: 'false', tags: 'type=raw,value=local' },
    events.pushMain(),
    runnerEnv,
  );
  expect(run.code).toBe(0);
  expect(run.outputs.digest).toBe('');
  expect(run.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(run.outputs.tags).toBe(`${target}:local`);
  // The engine itself now knows the tag, as the image pinship reported.
  const docker = (...args: string[]): string => execFileSync('docker', ['-H', env.dockerHost, ...args], { encoding: 'utf8' }).trim();
  try {
    expect(docker('image', 'inspect', '--format', '{{.Id}}', `${target}:local`)).toBe(run.outputs.imageid);
  } finally {
    execFileSync('docker', ['-H', env.dockerHost, 'image', 'rm', `${target}:local`], { stdio: 'ignore' });
  }
  await expect(client.listTags(target)).rejects.toThrow(/404/);
});

test('digest-file outside the workspace, or a symlink a pull request placed there, fails before anything is built or pushed', async () => {
  const [target] = repos('digestfile');
  const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  const victim = join(mkdtempSync(join(tmpdir(), 'pinship-victim-')), 'victim');
  writeFileSync(victim, 'original');
  symlinkSync(victim, join(workspace, 'digest.json'));
  const outside = join(tmpdir(), `pinship-outside-${Date.now()}.json`);
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  for (const file of [join(workspace, 'digest.json'), outside]) {
    const run = await runAction({ images: target.toString(), context: ctx, builder: 'docker', 'digest-file': file }, events.pushMain(), {
      ...runnerEnv,
      GITHUB_WORKSPACE: workspace,
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(`Invalid input 'digest-file': '${file}'`);
    expect(run.stdout + run.stderr).not.toContain('building with');
  }
  expect(readFileSync(victim, 'utf8')).toBe('original');
  expect(existsSync(outside)).toBe(false);
  expect(await tagsOf(client, target)).toEqual([]);
});

test('load: true with buildah: built, and one warning that the input does not apply (no docker engine involved)', async () => {
  const ctx = buildContext((payload) => `FROM scratch\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    { images: repos('load-buildah')[0].toString(), context: ctx, builder: 'buildah', push: 'false', load: 'true' },
    events.pushMain(),
    runnerEnv,
  );
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([
    "::warning::Input 'load' is ignored with builder: buildah: it keeps images in its own storage, not in a docker engine",
  ]);
});

test('ssh, add-hosts, shm-size, ulimit (buildx on dockerd 26): a RUN step sees the agent, the host entry, the /dev/shm size and the limit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-ssh-'));
  const sock = join(dir, 'agent.sock');
  const agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
  const image = `${repos('run-options')[0]}`;
  const container = `pinship-facts-${process.pid}`;
  try {
    for (let i = 0; i < 100 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 20));
    const ctx = buildContext(
      () =>
        `FROM ${env.baseImage}\nRUN --mount=type=ssh grep myhost /etc/hosts > /facts && df -k /dev/shm >> /facts && ulimit -n >> /facts && test -S "$SSH_AUTH_SOCK" && echo agent >> /facts\n`,
    );
    const run = await runAction(
      {
        images: image,
        context: ctx,
        builder: 'buildx',
        network: 'none',
        push: 'false',
        tags: 'type=raw,value=facts',
        ssh: 'default',
        'add-hosts': 'myhost:10.1.2.3',
        'shm-size': '128m',
        ulimit: 'nofile=2048:2048',
      },
      events.pushMain(),
      { ...runnerEnv, DOCKER_HOST: env.dockerHost26, SSH_AUTH_SOCK: sock },
    );
    expect(run.code).toBe(0);
    const docker = (...args: string[]): string => execFileSync('docker', ['-H', env.dockerHost26, ...args], { encoding: 'utf8' });
    docker('create', '--name', container, `${image}:facts`);
    docker('cp', `${container}:/facts`, dir);
    const facts = readFileSync(join(dir, 'facts'), 'utf8').trim().split('\n');
    expect(facts[0]).toMatch(/^10\.1\.2\.3\s+myhost$/);
    expect(facts[2]).toMatch(/^tmpfs\s+131072\s/);
    expect(facts.slice(3)).toEqual(['2048', 'agent']);
  } finally {
    agent.kill();
    spawnSync('docker', ['-H', env.dockerHost26, 'rm', container]);
    spawnSync('docker', ['-H', env.dockerHost26, 'image', 'rm', `${image}:facts`]);
  }
});
