/**
 * docker/build-push-action's own CI jobs (.github/workflows/ci.yml at the commit named in
 * __tests__/fixtures/build-push-action/NOTE.md) for secrets, secret-files, secret-envs,
 * cgroup-parent, no-cache-filters and named build contexts, replayed through dist/index.js with
 * buildx on the containerd-store engine (dockerd 26), on that project's test/ Dockerfiles. Each job
 * keeps its inputs; the translation is the documented one (`tags: name/app:latest` becomes `images`
 * and a raw tag, `push: false` where the job does not push, as build-push-action's default is) and
 * paths are made absolute (steps run from this repository's root, not the job's checkout). RUN steps
 * get `network: none`: the test engines have no bridge network (BuildKit's default for RUN).
 *
 * Jobs of that file for these inputs that cannot run here:
 * - named-context-pin: `alpine=docker-image://alpine:edge` pulls from Docker Hub (no internet here);
 * - named-context-docker: its Dockerfile never uses the `base` context it names and pulls alpine
 *   from Docker Hub; named-context-container below covers the same input with a local registry.
 * - no-cache-filters' cache-from/cache-to `type=gha` needs the Actions cache service: left out, the
 *   engine's own cache stands in (a first build fills it; the job's build then shows what it reuses).
 * - provenance: its test/go Dockerfile builds FROM golang (Docker Hub); its `provenance: mode=max`
 *   row is replayed on a busybox Dockerfile instead, pushed to the local registry as the job does.
 * - sbom: BuildKit runs the docker/buildkit-syft-scanner image from Docker Hub to make the SBOM.
 * - call-check (`call: check` on test/lint.Dockerfile, expected to fail on its warnings): --call needs
 *   buildx 0.15 (this machine's is 0.13; bpa-call.e2e.test.ts runs the other calls with Debian
 *   unstable's), and lint needs BuildKit 0.14, where dockerd 26 has 0.13: buildx then pulls the
 *   docker/dockerfile:1.8.1 frontend from Docker Hub. bpa-call.e2e.test.ts shows the failing step.
 * On the classic engine (dockerd 20.10, buildx's docker driver) the secret and no-cache-filters jobs
 * run too; not cgroup-parent (that engine's BuildKit ignores it: RUN stays under /docker/buildkit)
 * nor the named contexts (its built-in Dockerfile frontend lacks them: "unsupported frontend
 * capability moby.buildkit.frontend.contexts", and a newer one would come from Docker Hub).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const runnerEnv = builderEnv(env);
/** The jobs whose feature the classic engine's built-in BuildKit has run on both engines. */
const ENGINES: Array<[string, string]> = [
  ['dockerd 26, containerd image store', env.dockerHost26],
  ['dockerd 20.10, classic image store', env.dockerHost],
];
const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'build-push-action');

/** The job's checkout: the fixtures with the changes NOTE.md lists. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'pinship-bpa-'));
  cpSync(FIXTURES, root, { recursive: true });
  for (const name of readdirSync(join(root, 'test')).filter((f) => f.endsWith('Dockerfile'))) {
    const path = join(root, 'test', name);
    let text = readFileSync(path, 'utf8').replace(/^# syntax=.*\n/m, '');
    if (name !== 'named-context.Dockerfile') text = text.replace(/^FROM (busybox|alpine|debian)\b/gm, `FROM ${env.baseImage}`);
    if (name === 'named-context-base.Dockerfile') text += `RUN echo 'PRETTY_NAME="pinship replay base"' > /etc/os-release\n`;
    writeFileSync(path, text);
  }
  return root;
}

const root = checkout();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (p: string): string => join(root, p);
const localRepo = (prefix: string): string => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix)).toString();

function step(inputs: Record<string, string>, extraEnv: Record<string, string> = {}, host = env.dockerHost26): Promise<ActionRun> {
  return runAction({ builder: 'buildx', push: 'false', network: 'none', ...inputs }, events.pushMain(), { ...runnerEnv, DOCKER_HOST: host, ...extraEnv });
}

const warnings = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe.each(ENGINES)('on %s', (_engine, host) => {
  /** Each job: its input, the env the step sets, the form the warning names, and whether pinship read (and masked) the value. */
  describe.each<[string, Record<string, string>, Record<string, string>, string, boolean]>([
    ['secrets', { secrets: 'MYSECRET=foo\nINVALID_SECRET=' }, {}, 'VALUE', true],
    ['secret-files', { 'secret-files': `MYSECRET=${at('test/secret.txt')}\nINVALID_SECRET=` }, {}, 'PATH', false],
    ['secret-envs', { 'secret-envs': 'MYSECRET=ENV_SECRET\nINVALID_SECRET=' }, { ENV_SECRET: 'foo' }, 'ENV_NAME', true],
  ])('job for %s', (name, inputs, extraEnv, form, masked) => {
    test('RUN prints the secret; the invalid entry is skipped with a warning', async () => {
      // no-cache: BuildKit's cache key ignores secret values, so the job's second replay would print a cached step.
      const run = await step({ context: at('.'), file: at('test/secret.Dockerfile'), 'no-cache': 'true', ...inputs }, extraEnv, host);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^#\d+ \d+\.\d+ MYSECRET=foo$/m);
      expect(warnings(run)).toEqual([
        `::warning::Input '${name}': entry 2 ('INVALID_SECRET=') has no value; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=${form}.`,
      ]);
      expect(run.stdout.includes('::add-mask::foo')).toBe(masked);
      // The builder is handed a file path, never the value.
      const command = run.stderr.split('\n').find((l) => l.startsWith('[command]') && l.includes('build'));
      expect(command).toMatch(/--secret id=MYSECRET,src=\/\S+/);
      expect(command).not.toMatch(/=foo\b/);
      expect(readdirSync(run.runnerTemp).filter((f) => f.startsWith('pinship-build-'))).toEqual([]);
    });
  });

  test('all three forms in one build: a multi-line, quoted value with = and commas reaches RUN byte for byte, and no file of it is left', async () => {
    const multi = 'line one = a,b\n"quoted" line two\nline three';
    const ctx = mkdtempSync(join(tmpdir(), 'pinship-bpa-own-'));
    writeFileSync(join(ctx, 'from-file'), 'file secret\n');
    writeFileSync(
      join(ctx, 'Dockerfile'),
      `FROM ${env.baseImage}\nRUN --mount=type=secret,id=MULTI --mount=type=secret,id=FILE --mount=type=secret,id=ENV cd /run/secrets && sha256sum MULTI FILE ENV > /sums\n`,
    );
    const image = localRepo('bpa-secrets');
    const container = `pinship-bpa-secrets-${process.pid}`;
    const docker = (...args: string[]): string => execFileSync('docker', ['-H', host, ...args], { encoding: 'utf8' });
    try {
      const run = await step(
        {
          images: image,
          tags: 'type=raw,value=sums',
          context: ctx,
          secrets: `"MULTI=${multi.replace(/"/g, '""')}"`,
          'secret-files': `FILE=${join(ctx, 'from-file')}`,
          'secret-envs': 'ENV=SOME_VAR',
        },
        { SOME_VAR: 'env secret' },
        host,
      );
      expect(run.code).toBe(0);
      docker('create', '--name', container, `${image}:sums`);
      docker('cp', `${container}:/sums`, ctx);
      const sha = (s: string): string => execFileSync('sha256sum', { input: s, encoding: 'utf8' }).split(' ')[0];
      expect(readFileSync(join(ctx, 'sums'), 'utf8')).toBe(`${sha(multi)}  MULTI\n${sha('file secret\n')}  FILE\n${sha('env secret')}  ENV\n`);
      const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(masks).toEqual(
        expect.arrayContaining(['::add-mask::line one = a,b', '::add-mask::"quoted" line two', '::add-mask::line three', '::add-mask::env secret']),
      );
      const logs = [...run.stdout.split('\n').filter((l) => !masks.includes(l)), run.stderr].join('\n');
      for (const secret of ['line one', 'line three', 'env secret', 'file secret']) expect(logs).not.toContain(secret);
      expect(readdirSync(run.runnerTemp).filter((f) => f.startsWith('pinship-build-'))).toEqual([]);
    } finally {
      spawnSync('docker', ['-H', host, 'rm', container]);
      spawnSync('docker', ['-H', host, 'image', 'rm', `${image}:sums`]);
      rmSync(ctx, { recursive: true, force: true });
    }
  });

  test('job no-cache-filters: the named stage is built again, the stage before it comes from the cache', async () => {
    const inputs = { images: localRepo('bpa-nocachefilter'), context: at('test'), file: at('test/nocachefilter.Dockerfile'), tags: 'type=raw,value=latest' };
    // Fills the engine's cache, as the job's gha cache-from would.
    expect((await step(inputs, {}, host)).code).toBe(0);
    const run = await step({ ...inputs, 'no-cache-filters': 'build' }, {}, host);
    expect(run.code).toBe(0);
    const stepState = (instruction: string): string => {
      const id = new RegExp(`^(#\\d+) \\[[^\\]]+\\] ${instruction}`, 'm').exec(run.stderr)?.[1];
      expect(id).toBeDefined();
      return run.stderr
        .split('\n')
        .filter((l) => l.startsWith(`${id!} `))
        .join('\n');
    };
    expect(stepState('RUN echo "Hello world!"')).toContain('CACHED');
    expect(stepState('RUN uname -a')).not.toContain('CACHED');
    expect(stepState('RUN uname -a')).toMatch(/Linux/);
  });
});

test('job cgroup-parent: RUN runs under the parent cgroup given', async () => {
  const run = await step({
    images: localRepo('bpa-cgroup'),
    context: at('test'),
    file: at('test/cgroup.Dockerfile'),
    tags: 'type=raw,value=latest',
    'cgroup-parent': 'foo',
    'no-cache': 'true',
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/^#\d+ \d+\.\d+ 0::\/foo\/buildkit\/\w+$/m);
});

test('job named-context-container: FROM alpine (which cannot be pulled here) is the base image pushed by the step before', async () => {
  const base = localRepo('bpa-my-base-image');
  const pushed = await step({ images: base, context: at('test'), file: at('test/named-context-base.Dockerfile'), tags: 'type=raw,value=latest', push: 'true' });
  expect(pushed.code).toBe(0);
  const run = await step({
    context: at('test'),
    file: at('test/named-context.Dockerfile'),
    'build-contexts': `alpine=docker-image://${base}:latest`,
    'no-cache': 'true',
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/^#\d+ \d+\.\d+ PRETTY_NAME="pinship replay base"$/m);
  // buildah reads docker-image:// contexts too.
  const buildah = await step({
    builder: 'buildah',
    network: '',
    context: at('test'),
    file: at('test/named-context.Dockerfile'),
    'build-contexts': `alpine=docker-image://${base}:latest`,
  });
  expect(buildah.code).toBe(0);
  expect(buildah.stdout + buildah.stderr).toMatch(/^PRETTY_NAME="pinship replay base"$/m);
});

test('build-contexts name=path (no job of its own): COPY --from takes the directory', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-bpa-contexts-'));
  const files = mkdtempSync(join(tmpdir(), 'pinship-bpa-files-'));
  writeFileSync(join(files, 'hello.txt'), 'from the path context\n');
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${env.baseImage}\nCOPY --from=files hello.txt /hello.txt\nRUN cat /hello.txt\n`);
  try {
    const run = await step({ context: ctx, 'build-contexts': `files=${files}`, 'no-cache': 'true' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^#\d+ \d+\.\d+ from the path context$/m);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
});

test('allow (no job of its own): network.host lets RUN --network=host run, which BuildKit refuses without it', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-bpa-allow-'));
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${env.baseImage}\nRUN --network=host echo host network granted\n`);
  try {
    const refused = await step({ context: ctx, 'no-cache': 'true', network: '' });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain('network.host is not allowed');
    const run = await step({ context: ctx, 'no-cache': 'true', network: '', allow: 'network.host' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^#\d+ \d+\.\d+ host network granted$/m);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
});

test('job provenance, mode=max row: the pushed index carries buildx provenance with the build config only max mode records', async () => {
  const client = testClient(env);
  try {
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('bpa-provenance'));
    const run = await step({
      images: repo.toString(),
      context: at('test'),
      file: at('test/secret.Dockerfile'),
      tags: 'type=raw,value=latest',
      push: 'true',
      provenance: 'mode=max',
    });
    expect(run.code).toBe(0);
    const index = (await client.getManifest(repo, run.outputs.digest)).json as ImageIndex;
    const att = index.manifests.find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    expect(att).toBeDefined();
    const manifest = (await client.getManifest(repo, att!.digest)).json as ImageManifest;
    const statement = await client.getJsonBlob<{ predicateType: string; predicate: { buildConfig?: unknown } }>(repo, manifest.layers[0]);
    expect(statement.predicateType).toMatch(/^https:\/\/slsa\.dev\/provenance\//);
    expect(statement.predicate.buildConfig).toBeDefined();
  } finally {
    client.close();
  }
});

test.each(['buildah', 'podman'])("job secret with builder: %s: the same input, the builder's own --secret", async (builder) => {
  const run = await step({
    builder,
    context: at('.'),
    file: at('test/secret.Dockerfile'),
    secrets: 'MYSECRET=foo\nINVALID_SECRET=',
    // buildah's chroot isolation needs no network; podman must not make a bridge.
    network: builder === 'podman' ? 'none' : '',
  });
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).toMatch(/^MYSECRET=foo$/m);
  expect(warnings(run)).toHaveLength(1);
});

test('secrets with the classic builder: refused before anything is built, naming the input and the builders that have secrets', async () => {
  const run = await runAction(
    { builder: 'docker', push: 'false', context: at('.'), file: at('test/secret.Dockerfile'), secrets: 'MYSECRET=foo' },
    events.pushMain(),
    builderEnv(env),
  );
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(
    "builder: docker (the classic builder) cannot honour input 'secrets' (build secrets: buildx, buildah, podman). The builders in parentheses can.",
  );
  expect(run.stderr).not.toContain('[command]docker build');
});
