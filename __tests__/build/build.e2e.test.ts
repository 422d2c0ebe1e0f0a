import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Digest, digestOf } from '../../src/registry/digest.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { Repository, Registry } from '../../src/registry/reference.js';
import { events, postEntry, runAction, SHAS, type GitHubEvent } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { loadTestEnv, readAll, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { uniqueRepo } from '../helpers/env.js';

const env = loadTestEnv();
/** What a log reader sees: the runner consumes `::add-mask::` commands, which carry the secret by design. */
const visibleLog = (r: { stdout: string; stderr: string }): string =>
  (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const certsDir = testCertsDir(env);
const client = testClient(env);
afterAll(() => client.close());

/**
 * buildah and podman: the environment's registries.conf lists the plain registry as insecure
 * (containers/image takes that from no flag), and its containers.conf makes a RUN step that would
 * join a container network fail instead of creating a bridge on this host.
 */
const containersEnv = { CONTAINERS_REGISTRIES_CONF: env.registriesConf, CONTAINERS_CONF: env.containersConf };
/** The test dockerd has no bridge, and podman must not make one: their RUN steps get no network. */
const NO_NETWORK_BUILDERS = new Set(['buildx', 'podman']);

const context = (): string =>
  buildContext((payload) => `FROM ${env.baseImage}\nARG GREETING=hello\nRUN echo "$GREETING" > /greeting\nCOPY ${payload} /payload.txt\n`);

async function build(builder: string, event: GitHubEvent, extra: Record<string, string> = {}, runnerEnv: NodeJS.ProcessEnv = {}) {
  const name = uniqueRepo(`build-${builder}`);
  const repos = [new Repository(new Registry(env.registries.plain.host), name), new Repository(new Registry(env.registries.token.host), name)];
  const ctx = context();
  const run = await runAction(
    {
      images: repos.map(String).join('\n'),
      context: ctx,
      builder,
      'registry-auth': tokenRegistryAuth(env),
      ...(NO_NETWORK_BUILDERS.has(builder) ? { network: 'none' } : {}),
      ...extra,
    },
    event,
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: certsDir, ...containersEnv, ...runnerEnv },
  );
  return { run, repos, ctx };
}

/** Every output checked against what each registry serves. */
async function expectPublished(run: Awaited<ReturnType<typeof runAction>>, repos: Repository[], tags: string[]) {
  expect(visibleLog(run)).not.toContain(env.registries.token.password);
  expectNoSecret(run, [env.registries.token.password]);
  expect(run.code).toBe(0);
  const digest = Digest.parse(run.outputs.digest);
  expect(run.outputs.image).toBe(`${repos[0]}@${digest}`);
  expect(run.outputs.images.split('\n')).toEqual(repos.map((r) => `${r}@${digest}`));
  expect(run.outputs.tags.split('\n').sort()).toEqual(repos.flatMap((r) => tags.map((t) => `${r}:${t}`)).sort());
  for (const repo of repos) {
    const m = await client.getManifest(repo, digest);
    expect(digestOf(m.bytes).toString()).toBe(digest.toString());
    for (const tag of tags) expect((await client.resolve(repo.tag(tag))).digest.toString()).toBe(digest.toString());
    expect(run.outputs.imageid).toBe((m.json as ImageManifest).config.digest);
  }
  expect(JSON.parse(run.outputs['platform-digests'])).toEqual({ 'linux/amd64': digest.toString() });
  const metadata = JSON.parse(run.outputs.metadata) as { digest: string; images: string[] };
  expect(metadata.digest).toBe(digest.toString());
  expect(run.summary).toContain(`${repos[0]}@${digest}`);
  return digest;
}

describe.each(['buildx', 'docker', 'buildah', 'podman'])('build with %s', (builder) => {
  test('push to main: branch and sha tags on two registries, one with token auth over TLS', async () => {
    const { run, repos } = await build(builder, events.pushMain());
    await expectPublished(run, repos, ['main', `sha-${SHAS.SHA.slice(0, 7)}`]);
    expect(run.outputs.version).toBe('main');
  });
});

test('buildx on dockerd 26 with the containerd image store: provenance works with the docker driver (OCI export), an index with its attestation', async () => {
  const { run, repos } = await build('buildx', events.pushMain(), { provenance: 'true', tags: 'type=raw,value=prov' }, { DOCKER_HOST: env.dockerHost26 });
  expect(run.code).toBe(0);
  const index = (await client.getManifest(repos[0], run.outputs.digest)).json as ImageIndex;
  expect(index.manifests.map((m) => m.annotations?.['vnd.docker.reference.type'] ?? `${m.platform?.os}/${m.platform?.architecture}`)).toEqual([
    'linux/amd64',
    'attestation-manifest',
  ]);
  expect(Object.keys(JSON.parse(run.outputs['platform-digests']) as Record<string, string>)).toEqual(['linux/amd64']);
});

/**
 * dockerd 26 with the containerd image store: `--load` names the image by its manifest or index
 * there, not its config, and buildx's docker driver can export an OCI layout itself.
 */
describe.each(['buildx', 'docker'])('build with %s on dockerd 26 with the containerd image store', (builder) => {
  test('push to main: branch and sha tags on two registries, one with token auth over TLS', async () => {
    const { run, repos } = await build(builder, events.pushMain(), {}, { DOCKER_HOST: env.dockerHost26 });
    await expectPublished(run, repos, ['main', `sha-${SHAS.SHA.slice(0, 7)}`]);
  });

  test('push: false: the image is loaded and tagged in the engine under the image ID pinship reports', async () => {
    const { run, repos } = await build(builder, events.pushMain(), { push: 'false', tags: 'type=raw,value=local' }, { DOCKER_HOST: env.dockerHost26 });
    expect(run.code).toBe(0);
    const docker = (...args: string[]): string => execFileSync('docker', ['-H', env.dockerHost26, ...args], { encoding: 'utf8' }).trim();
    try {
      for (const repo of repos) expect(docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:local`)).toBe(run.outputs.imageid);
    } finally {
      execFileSync('docker', ['-H', env.dockerHost26, 'image', 'rm', ...repos.map((r) => `${r}:local`)], { stdio: 'ignore' });
    }
  });
});

interface PushedConfig {
  rootfs: { diff_ids: string[] };
  config: { Labels?: Record<string, string> };
}

/** The config of the image a run pushed, read from the registry. */
async function pushedConfig(repo: Repository, digest: string): Promise<PushedConfig> {
  const m = (await client.getManifest(repo, Digest.parse(digest))).json as ImageManifest;
  return JSON.parse((await readAll(await client.getBlob(repo, Digest.parse(m.config.digest)))).toString()) as PushedConfig;
}

/**
 * The containerd store's copies of a pushed image: its layers and its labels (each test's build
 * context holds a unique file, so only that build's images have its top layer). The legacy builder
 * also leaves one image per label there, with the layers and fewer labels: not the image, not counted.
 */
function engineCopies(pushed: PushedConfig): { id: string; tags: string[] }[] {
  const docker = (...args: string[]): string => execFileSync('docker', ['-H', env.dockerHost26, ...args], { encoding: 'utf8' }).trim();
  const ids = [...new Set(docker('images', '--all', '--quiet', '--no-trunc').split('\n').filter(Boolean))];
  if (!ids.length) return [];
  const inspected = JSON.parse(docker('image', 'inspect', ...ids)) as {
    Id: string;
    RepoTags: string[];
    RootFS: { Layers: string[] };
    Config: { Labels?: Record<string, string> };
  }[];
  const same = (a?: Record<string, string>, b?: Record<string, string>): boolean =>
    JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());
  return inspected
    .filter((i) => JSON.stringify(i.RootFS.Layers) === JSON.stringify(pushed.rootfs.diff_ids) && same(i.Config.Labels, pushed.config.Labels))
    .map((i) => ({ id: i.Id, tags: [...i.RepoTags].sort() }));
}

/**
 * A build that pushes from an OCI layout on the containerd store used to ignore `load: true`, and the
 * classic builder's copy stayed in the engine untagged: the engine now gets the image only when asked,
 * tagged as pushed, and keeps nothing otherwise.
 */
describe.each(['buildx', 'docker'])('load on dockerd 26 with the containerd image store, %s', (builder) => {
  test('load: true: pushed, and kept in the engine under the pushed tags, with the pushed layers and labels', async () => {
    const { run, repos } = await build(builder, events.pushMain(), { load: 'true', tags: 'type=raw,value=kept' }, { DOCKER_HOST: env.dockerHost26 });
    expect(run.code).toBe(0);
    try {
      const kept = engineCopies(await pushedConfig(repos[0], run.outputs.digest));
      expect(kept.map((k) => k.tags)).toEqual([repos.map((r) => `${r}:kept`).sort()]);
    } finally {
      execFileSync('docker', ['-H', env.dockerHost26, 'image', 'rm', ...repos.map((r) => `${r}:kept`)], { stdio: 'ignore' });
    }
  });

  test('without load: pushed, and nothing of it left in the engine', async () => {
    const { run, repos } = await build(builder, events.pushMain(), { tags: 'type=raw,value=gone' }, { DOCKER_HOST: env.dockerHost26 });
    expect(run.code).toBe(0);
    expect(engineCopies(await pushedConfig(repos[0], run.outputs.digest))).toEqual([]);
  });
});

test('buildx on dockerd 26, provenance with load: true: the index with its attestation is pushed, and the engine keeps the image tagged', async () => {
  const { run, repos } = await build(
    'buildx',
    events.pushMain(),
    { provenance: 'true', load: 'true', tags: 'type=raw,value=provkept' },
    { DOCKER_HOST: env.dockerHost26 },
  );
  try {
    expect(run.code).toBe(0);
    const index = (await client.getManifest(repos[0], run.outputs.digest)).json as ImageIndex;
    expect(index.manifests.map((m) => m.annotations?.['vnd.docker.reference.type'] ?? m.platform?.architecture)).toEqual(['amd64', 'attestation-manifest']);
    // pinship's annotations give the pushed index its own digest: the engine's copy is known by the image's config.
    const image = index.manifests.find((m) => m.platform?.architecture === 'amd64')!;
    expect(engineCopies(await pushedConfig(repos[0], image.digest)).map((k) => k.tags)).toEqual([repos.map((r) => `${r}:provkept`).sort()]);
  } finally {
    spawnSync('docker', ['-H', env.dockerHost26, 'image', 'rm', ...repos.map((r) => `${r}:provkept`)]);
  }
});

test('podman, two platforms FROM scratch: an index with one distinct manifest per platform (no layer cache mix-up)', async () => {
  // podman 4.3's layer cache ignores the platform: with it, the arm64 build reuses the amd64 image
  // and the list keeps one entry.
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  writeFileSync(join(ctx, 'payload.txt'), randomBytes(16).toString('hex'));
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
  const { run, repos } = await build('podman', events.pushMain(), { context: ctx, platforms: 'linux/amd64,linux/arm64', tags: 'type=raw,value=multi' });
  expect(run.code).toBe(0);
  const platforms = JSON.parse(run.outputs['platform-digests']) as Record<string, string>;
  expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
  expect(new Set(Object.values(platforms)).size).toBe(2);
  for (const repo of repos) {
    const index = await client.getManifest(repo, 'multi');
    expect(index.digest.toString()).toBe(run.outputs.digest);
    const entries = (index.json as ImageIndex).manifests;
    expect(entries.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(entries.map((m) => m.digest).sort()).toEqual(Object.values(platforms).sort());
  }
});

test('tag push v1.2.3 gets the semver tags, the git tag and latest', async () => {
  const { run, repos } = await build('docker', events.pushTag('v1.2.3'));
  await expectPublished(run, repos, ['1.2.3', '1.2', '1', 'v1.2.3', 'latest', `sha-${SHAS.SHA.slice(0, 7)}`]);
  expect(run.outputs.version).toBe('1.2.3');
});

test('pull request: pr-N and the head commit, not the merge commit; labels record it', async () => {
  const { run, repos } = await build('docker', events.pullRequest(12));
  const digest = await expectPublished(run, repos, ['pr-12', `sha-${SHAS.HEAD_SHA.slice(0, 7)}`]);
  const m = await client.getManifest(repos[0], digest);
  const configStream = await client.getBlob(repos[0], Digest.parse((m.json as ImageManifest).config.digest));
  const config = JSON.parse((await readAll(configStream)).toString()) as { config: { Labels: Record<string, string> } };
  expect(config.config.Labels['org.opencontainers.image.revision']).toBe(SHAS.HEAD_SHA);
  expect(config.config.Labels['org.opencontainers.image.source']).toBe('https://github.com/acme/pinship-demo');
});

test('classic docker: imageid is the engine image ID (kept, tagged, with load: true), base layers are reused, no export left for the post step', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
  const { run, repos } = await build(
    'docker',
    events.pushMain(),
    { 'digest-file': join(workspace, 'digest.json'), load: 'true' },
    { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp },
  );
  const digest = await expectPublished(run, repos, ['main', `sha-${SHAS.SHA.slice(0, 7)}`]);
  expect((JSON.parse(readFileSync(join(workspace, 'digest.json'), 'utf8')) as { digest: string }).digest).toBe(digest.toString());
  const inspect = execFileSync('docker', ['-H', env.dockerHost, 'image', 'inspect', '--format', '{{.Id}}', `${repos[0]}:main`])
    .toString()
    .trim();
  expect(inspect).toBe(run.outputs.imageid);
  const metadata = JSON.parse(run.outputs.metadata) as { push: Array<{ blobsMounted: number; blobsCopied: number; blobsSkipped: number }> };
  // The busybox layer already sits in the plain registry: mounted there, copied (not recompressed) to the other.
  expect(metadata.push[0].blobsMounted).toBeGreaterThanOrEqual(1);
  expect(metadata.push[1].blobsCopied).toBeGreaterThanOrEqual(1);
  const base = await client.getManifest(new Repository(new Registry(env.registries.plain.host), 'pinship-test/busybox'), 'latest');
  const ours = await client.getManifest(repos[0], digest);
  expect((ours.json as ImageManifest).layers[0].digest).toBe((base.json as ImageManifest).layers[0].digest);
  // The docker-save tree went as soon as the push was verified: nothing is left for the post step.
  expect(readdirSync(runnerTemp)).toEqual([]);
  expect(JSON.parse(run.state.cleanupPaths)).toEqual([]);
  const post = await runAction({}, events.pushMain(), {}, { cleanupPaths: run.state.cleanupPaths }, postEntry);
  expect(post.code).toBe(0);
});

test('invalid image name: one clear error line, exit 1, nothing built or pushed', async () => {
  const { run } = await build('docker', events.pushMain(), { images: 'ghcr.io/acme/app:v1\n127.0.0.1:5000/ok' });
  expect(run.code).toBe(1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("Invalid input 'images': 'ghcr.io/acme/app:v1'");
  expect(run.stdout + run.stderr).not.toContain('[command]');
});

test('wrong password: fails naming the registry, prints no secret, leaves no tag', async () => {
  const name = uniqueRepo('build-wrongpw');
  const repo = new Repository(new Registry(env.registries.token.host), name);
  const secret = `wrong-${randomBytes(6).toString('hex')}`;
  const run = await runAction(
    {
      images: repo.toString(),
      context: context(),
      builder: 'docker',
      'registry-auth': `- registry: ${env.registries.token.host}\n  username: pinship\n  password: ${secret}\n`,
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: certsDir },
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(new RegExp(`::error::.*${env.registries.token.host.replace(/\./g, '\\.')}`));
  expectNoSecret(run, [secret]);
  expect(run.stdout).toContain(`::add-mask::${secret}`);
  // Credentials are checked while the builder works: a refusal stops it, and nothing is pushed.
  expect(visibleLog(run)).not.toMatch(/^pushed /m);
  expect(run.outputs.digest ?? '').toBe('');
  expect(await tagsOf(client, repo)).toEqual([]);
});

test('command: meta computes tags, labels, version and json like metadata-action, building nothing', async () => {
  const run = await runAction(
    { command: 'meta', images: 'ghcr.io/Acme/App\nacme/app', tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha' },
    events.pushTag('v2.3.4'),
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("::notice::images: 'ghcr.io/Acme/App' lower-cased to 'ghcr.io/acme/app'");
  const tags = ['2.3.4', '2.3', `sha-${SHAS.SHA.slice(0, 7)}`, 'latest'];
  expect(run.outputs.tags.split('\n')).toEqual([...tags.map((t) => `ghcr.io/acme/app:${t}`), ...tags.map((t) => `acme/app:${t}`)]);
  expect(run.outputs.version).toBe('2.3.4');
  expect(run.outputs.labels).toContain('org.opencontainers.image.version=2.3.4');
  expect(run.outputs.labels).toContain(`org.opencontainers.image.revision=${SHAS.SHA}`);
  const json = JSON.parse(run.outputs.json) as { tags: string[]; labels: Record<string, string> };
  expect(json.tags).toEqual(run.outputs.tags.split('\n'));
  expect(json.labels['org.opencontainers.image.source']).toBe('https://github.com/acme/pinship-demo');
  expect(visibleLog(run)).not.toContain('[command]');
});
