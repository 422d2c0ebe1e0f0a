import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun, type GitHubEvent } from '../helpers/action.js';
import { builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const EPOCH = 1700000000;
const CREATED = new Date(EPOCH * 1000).toISOString();

/** A checkout whose one commit was made at EPOCH: RUN writes a file, COPY takes one from the checkout. */
function checkout(): { dir: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-sde-'));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${env.baseImage}\nCOPY hello.txt /hello.txt\nRUN echo built > /built.txt\n`);
  writeFileSync(join(dir, 'hello.txt'), 'hello\n');
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: `${EPOCH} +0000`,
        GIT_COMMITTER_DATE: `${EPOCH} +0000`,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'image');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

/** A push of that commit whose payload names another time: `commit` must take git's committer time. */
function push(sha: string): GitHubEvent {
  const e = events.pushMain();
  return { ...e, sha, payload: { ...(e.payload as Record<string, unknown>), after: sha, head_commit: { id: sha, timestamp: '2026-11-28T10:00:00Z' } } };
}

const build = (inputs: Record<string, string>, sha: string, host = env.dockerHost26): Promise<ActionRun> =>
  runAction({ builder: 'buildx', network: 'none', 'no-cache': 'true', ...inputs }, push(sha), { ...builderEnv(env), DOCKER_HOST: host });

interface Metadata {
  digest: string;
  labels: Record<string, string>;
  push: Array<{ blobsUploaded: number; blobsMounted: number; blobsCopied: number; blobsSkipped: number }>;
}

test('two builds of one commit with source-date-epoch give one digest on buildx (containerd store); the second uploads no blob and changes nothing', async () => {
  const { dir, sha } = checkout();
  const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('reproducible'));
  const inputs = { images: repo.toString(), context: dir, tags: 'type=raw,value=1' };
  const first = await build({ ...inputs, 'source-date-epoch': String(EPOCH) }, sha);
  expect(first.code).toBe(0);
  // A fresh checkout: the copied file's time is now, as it is on every CI run; the RUN step runs again (no-cache).
  utimesSync(join(dir, 'hello.txt'), new Date(), new Date());
  const second = await build({ ...inputs, 'source-date-epoch': 'commit' }, sha);
  expect(second.code).toBe(0);
  const [a, b] = [first, second].map((r) => JSON.parse(r.outputs.metadata) as Metadata);
  expect(b.digest).toBe(a.digest);
  expect(a.labels['org.opencontainers.image.created']).toBe(CREATED);
  // pinship's own count of what it sent: every blob of the rebuild was already in the repository.
  expect(b.push).toEqual([expect.objectContaining({ blobsUploaded: 0, blobsMounted: 0, blobsCopied: 0 })]);
  expect(b.push[0].blobsSkipped).toBeGreaterThan(0);
  // The tag already named this digest: a rebuild is no change to deploy.
  expect([first.outputs.changed, second.outputs.changed]).toEqual(['true', 'false']);

  const pushed = await client.getManifest(repo, a.digest);
  const json = pushed.json;
  const manifest = 'manifests' in json ? ((await client.getManifest(repo, json.manifests[0].digest)).json as ImageManifest) : json;
  expect(manifest.annotations?.['org.opencontainers.image.created']).toBe(CREATED);
  const config = await client.getJsonBlob<{ created: string; config: { Labels: Record<string, string> } }>(repo, manifest.config);
  expect(config.created).toBe('2023-11-14T22:13:20Z');
  expect(config.config.Labels['org.opencontainers.image.created']).toBe(CREATED);

  // Kept in the engine too: the engine's exporter unpacks the image, and BuildKit 0.13 refuses to rewrite file times there.
  const loaded = await build({ ...inputs, 'source-date-epoch': 'commit', load: 'true' }, sha);
  expect(loaded.code).toBe(0);
  expect(loaded.stdout).not.toContain('rewrite-timestamp=true');
  expect(loaded.stdout).toMatch(
    /^::warning::source-date-epoch: docker engine 26\.\S+ with BuildKit 0\.13 sets the image's time from it but leaves the files' times .*push without 'load' for a reproducible digest/m,
  );
});

describe('builders that cannot stamp the image with source-date-epoch refuse it before building, naming those that can', () => {
  const { dir, sha } = checkout();
  const inputs = { images: `${env.registries.plain.host}/${uniqueRepo('reproducible')}`, context: dir, push: 'false', 'source-date-epoch': String(EPOCH) };
  const refused = (run: ActionRun): string => {
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('#1 [internal] load build definition');
    return run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  };

  test('the classic builder', async () => {
    const line = refused(await build({ ...inputs, builder: 'docker' }, sha, env.dockerHost));
    expect(line).toContain("builder: docker (the classic builder) cannot honour input 'source-date-epoch' (buildx; buildah 1.41 and podman 5.6 or later)");
  });

  test('buildx on dockerd 20.10, whose BuildKit ignores SOURCE_DATE_EPOCH', async () => {
    const line = refused(await build(inputs, sha, env.dockerHost));
    expect(line).toMatch(/buildx cannot honour input 'source-date-epoch' with docker engine 20\.10\.\S+: its BuildKit 0\.8 ignores SOURCE_DATE_EPOCH/);
    expect(line).toContain('Builders that can: buildx with BuildKit 0.13 or later');
  });

  test.each(['buildah', 'podman'])('%s without --source-date-epoch (buildah 1.28, podman 4.3 here)', async (builder) => {
    const line = refused(await build({ ...inputs, builder }, sha));
    expect(line).toContain(`builder: ${builder} cannot honour input 'source-date-epoch': ${builder} version`);
    expect(line).toContain('Builders that can: buildx; buildah 1.41 and podman 5.6 or later');
  });

  test('a value that is not a Unix time or commit, and SOURCE_DATE_EPOCH given twice', async () => {
    const bad = await build({ ...inputs, 'source-date-epoch': '2023-11-14' }, sha);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("::error::Invalid input 'source-date-epoch': '2023-11-14'. Expected a Unix time in whole seconds");
    const twice = await build({ ...inputs, 'build-args': 'SOURCE_DATE_EPOCH=1' }, sha);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toContain("::error::Invalid input 'build-args': 'SOURCE_DATE_EPOCH=1'.");
  });
});
