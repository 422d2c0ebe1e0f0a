import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { builderEnv, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testClient } from '../helpers/registry.js';
import { AMD64, ARM64, pushBlob, pushImage, pushManifest } from '../promote/fixtures.js';
import { MediaType } from '../../src/registry/mediatypes.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());
const runnerEnv = builderEnv(env);

/** A COPY-only Dockerfile FROM scratch: any platform builds without an emulator. */
function scratchContext(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  writeFileSync(join(dir, 'payload.txt'), randomBytes(16).toString('hex'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
  return dir;
}

/** One matrix job: build one platform, push by digest, write the digest file into the workspace. */
async function buildPlatform(builder: string, source: Repository, platform: string, workspace: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  const file = join(workspace, 'digests', `${platform.replace(/\//g, '-')}.json`);
  const run = await runAction(
    {
      images: source.toString(),
      context: scratchContext(),
      builder,
      platforms: platform,
      'push-by-digest': 'true',
      'digest-file': file,
      ...(builder === 'buildx' ? { network: 'none' } : {}),
      ...extra,
    },
    events.pushMain(),
    { ...runnerEnv, GITHUB_WORKSPACE: workspace },
  );
  expect(run.stdout + run.stderr).not.toMatch(/::error::/);
  expect(run.code).toBe(0);
  return run;
}

function merge(inputs: Record<string, string>, workspace: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  return runAction({ command: 'merge', 'registry-auth': tokenRegistryAuth(env), ...inputs }, events.pushMain(), {
    ...runnerEnv,
    GITHUB_WORKSPACE: workspace,
    ...extraEnv,
  });
}

const errorsOf = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('merge two buildah builds (linux/amd64, linux/arm64) into two registries', () => {
  const name = uniqueRepo('merge');
  const source = new Repository(new Registry(env.registries.plain.host), name);
  const token = new Repository(new Registry(env.registries.token.host), name);
  const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  const platforms: Record<string, string> = {};
  const builtLabels: string[][] = [];

  beforeAll(async () => {
    mkdirSync(join(workspace, 'digests'));
    for (const p of ['linux/amd64', 'linux/arm64']) {
      const built = await buildPlatform('buildah', source, p, workspace);
      platforms[p] = built.outputs.digest!;
      builtLabels.push(built.outputs.labels.split('\n'));
    }
  }, 300_000);

  test('bad inputs each fail with their own error and leave no tag anywhere', async () => {
    const images = `${source}\n${token}`;
    const other = await pushImage(client, source, { platform: AMD64 });
    writeFileSync(join(workspace, 'not-json.json'), 'digest: nope');
    writeFileSync(
      join(workspace, 'elsewhere.json'),
      JSON.stringify({ digest: platforms['linux/amd64'], image: `${env.registries.plain.host}/someone/else@${platforms['linux/amd64']}` }),
    );
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ digests: `sha256:${'f'.repeat(64)}` }, /input digest sha256:f{64} does not exist in/],
      [{ digests: `${platforms['linux/amd64']}\n${other.digest}` }, /two children for platform linux\/amd64/],
      [{ 'digest-files': 'not-json.json' }, /not-json\.json is not JSON/],
      [{ 'digest-files': 'elsewhere.json' }, /elsewhere\.json records .*someone\/else, not /],
      [{ 'digest-files': '../*.json' }, /Invalid input 'digest-files': '\.\.\/\*\.json' escapes the workspace \(.*\)\. Expected a pattern inside it\./],
      [
        { 'digest-files': '/etc/*.json' },
        /Invalid input 'digest-files': '\/etc\/\*\.json'\. Expected a pattern inside the workspace \(.*\) or RUNNER_TEMP \(.*\)\./,
      ],
      [{ 'digest-files': 'digests/*.yaml' }, /Invalid input 'digest-files': 'digests\/\*\.yaml'\. No file in the workspace \(.*\) matches it\./],
      [{}, /name no image: merge needs at least one per-platform digest/],
    ];
    for (const [inputs, error] of cases) {
      const run = await merge({ images, tags: 'type=raw,value=bad', ...inputs }, workspace);
      expect(run.code).toBe(1);
      expect(errorsOf(run)).toHaveLength(1);
      expect(errorsOf(run)[0]).toMatch(error);
    }
    expect(await tagsOf(client, source)).toEqual([]);
    expect(await tagsOf(client, token)).toEqual([]);
  });

  test('the index lists both children with their platforms; tags resolve to it in both registries; input order does not matter', async () => {
    const run = await merge(
      { images: `${source}\n${token}`, 'digest-files': 'digests/*.json', tags: 'type=raw,value=multi\ntype=ref,event=branch' },
      workspace,
    );
    expect(errorsOf(run)).toEqual([]);
    expect(run.code).toBe(0);
    const digest = run.outputs.digest;
    expect(run.outputs.images.split('\n')).toEqual([`${source}@${digest}`, `${token}@${digest}`]);
    expect(run.outputs.tags.split('\n').sort()).toEqual([`${source}:main`, `${source}:multi`, `${token}:main`, `${token}:multi`]);
    expect(JSON.parse(run.outputs['platform-digests'])).toEqual(platforms);
    // The outputs build and promote set, with the same meaning: an index is its own image ID, and its
    // labels are those both platforms' configs carry alike (the revision, not the build times; buildah
    // adds its own version label to each config).
    expect(run.outputs.imageid).toBe(digest);
    const labels = run.outputs.labels.split('\n');
    const common = builtLabels[0].filter((l) => builtLabels[1].includes(l));
    expect(labels).toEqual(expect.arrayContaining(common));
    expect(labels.filter((l) => !common.includes(l)).map((l) => l.split('=')[0])).toEqual(['io.buildah.version']);
    expect(labels.some((l) => l.startsWith('org.opencontainers.image.revision='))).toBe(true);
    for (const repo of [source, token]) {
      for (const tag of ['multi', 'main']) expect((await client.resolve(repo.tag(tag))).digest.toString()).toBe(digest);
      const index = await client.getManifest(repo, Digest.parse(digest));
      const entries = (index.json as ImageIndex).manifests;
      expect(entries.map((e) => [`${e.platform?.os}/${e.platform?.architecture}`, e.digest])).toEqual([
        ['linux/amd64', platforms['linux/amd64']],
        ['linux/arm64', platforms['linux/arm64']],
      ]);
      for (const e of entries) expect((await client.getManifest(repo, Digest.parse(e.digest))).digest.toString()).toBe(e.digest);
      // The default annotations: the OCI label values on the index.
      expect((index.json as ImageIndex).annotations?.['org.opencontainers.image.source']).toBe('https://github.com/acme/pinship-demo');
    }
    // The same children and tags (the version annotation follows the tags), named the other way round.
    const reversed = await merge(
      {
        images: token.toString(),
        source: source.toString(),
        digests: `${platforms['linux/arm64']}\n${platforms['linux/amd64']}`,
        tags: 'type=ref,event=branch\ntype=raw,value=multi',
      },
      workspace,
    );
    expect(errorsOf(reversed)).toEqual([]);
    expect(reversed.outputs.digest).toBe(digest);
    const metadata = JSON.parse(reversed.outputs.metadata) as { push: Array<{ blobsUploaded: number; blobsCopied: number; manifestsPushed: number }> };
    // Already there by digest, and both tags already name it: nothing is written, and nothing changed.
    expect(metadata.push[0]).toMatchObject({ blobsUploaded: 0, blobsCopied: 0, manifestsPushed: 0, tagsUnchanged: 2 });
    expect(reversed.outputs.changed).toBe('false');
    expect(run.summary).toContain(`${source}@${digest}`);
    // Docker's own recipe downloads the digest artifacts into RUNNER_TEMP: an absolute pattern there reads them.
    const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
    cpSync(join(workspace, 'digests'), join(runnerTemp, 'digests'), { recursive: true });
    const fromTemp = await merge(
      { images: `${source}\n${token}`, 'digest-files': `${runnerTemp}/digests/*.json`, tags: 'type=raw,value=multi\ntype=ref,event=branch' },
      workspace,
      { RUNNER_TEMP: runnerTemp },
    );
    expect(errorsOf(fromTemp)).toEqual([]);
    expect(fromTemp.outputs.digest).toBe(digest);
  });
});

describe.each(['buildx', 'buildah'])('annotations with %s', (builder) => {
  test('build annotations on the manifest, merge annotations on the index, read back from the registry', async () => {
    const name = uniqueRepo(`merge-annotate-${builder}`);
    const source = new Repository(new Registry(env.registries.plain.host), name);
    const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
    mkdirSync(join(workspace, 'digests'));
    const annotations = 'org.example.team=core\nmanifest:org.opencontainers.image.title=custom-title';
    const built = await buildPlatform(builder, source, 'linux/arm64', workspace, { annotations });
    const manifest = await client.getManifest(source, Digest.parse(built.outputs.digest));
    const ann = (manifest.json as ImageManifest).annotations ?? {};
    expect(ann['org.example.team']).toBe('core');
    expect(ann['org.opencontainers.image.title']).toBe('custom-title');
    expect(ann['org.opencontainers.image.source']).toBe('https://github.com/acme/pinship-demo');
    const run = await merge(
      {
        images: source.toString(),
        'digest-files': 'digests/*.json',
        tags: 'type=raw,value=annotated',
        annotations: 'org.example.index=yes\nmanifest-descriptor:org.example.entry=arm',
      },
      workspace,
    );
    expect(errorsOf(run)).toEqual([]);
    const index = await client.getManifest(source, 'annotated');
    expect(index.digest.toString()).toBe(run.outputs.digest);
    const json = index.json as ImageIndex;
    expect(json.annotations?.['org.example.index']).toBe('yes');
    expect(json.annotations?.['org.opencontainers.image.revision']).toBe(events.pushMain().sha);
    expect(json.manifests[0].annotations?.['org.example.entry']).toBe('arm');
    expect(json.manifests[0].digest).toBe(built.outputs.digest);
  });
});

test('a child that is an index contributes its platform manifests and their attestation manifests', async () => {
  const source = new Repository(new Registry(env.registries.plain.host), uniqueRepo('merge-attested'));
  const dest = new Repository(new Registry(env.registries.token.host), uniqueRepo('merge-attested'));
  const amd = await pushImage(client, source, { platform: AMD64 });
  // What buildx pushes with provenance: an index of the image and an attestation manifest naming it.
  const statement = await pushBlob(client, source, Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1' })), 'application/vnd.in-toto+json');
  const empty = await pushBlob(client, source, Buffer.from('{}'), MediaType.OciConfig);
  const att = await pushManifest(
    client,
    source,
    { schemaVersion: 2, mediaType: MediaType.OciManifest, config: empty, layers: [statement] },
    MediaType.OciManifest,
  );
  const attEntry = {
    ...att.descriptor,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd.digest.toString() },
  };
  const built = await pushManifest(
    client,
    source,
    { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [amd.descriptor, attEntry] },
    MediaType.OciIndex,
  );
  const arm = await pushImage(client, source, { platform: ARM64 });
  const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  const run = await merge(
    { images: dest.toString(), source: source.toString(), digests: `${built.digest}\n${arm.digest}`, tags: 'type=raw,value=v1' },
    workspace,
  );
  expect(errorsOf(run)).toEqual([]);
  const index = await client.getManifest(dest, 'v1');
  expect(index.digest.toString()).toBe(run.outputs.digest);
  const entries = (index.json as ImageIndex).manifests;
  expect(entries.map((e) => [platformOf(e.platform), e.digest])).toEqual([
    ['linux/amd64', amd.digest.toString()],
    ['linux/arm64/v8', arm.digest.toString()],
    ['unknown/unknown', att.digest.toString()],
  ]);
  expect(entries[2].annotations).toEqual(attEntry.annotations);
  // Everything the index names, and the attestation's blobs, crossed to the other registry.
  expect((await client.getManifest(dest, att.digest)).digest.toString()).toBe(att.digest.toString());
  expect(await client.statBlob(dest, Digest.parse(statement.digest))).toBe(statement.size);
  expect(JSON.parse(run.outputs['platform-digests'])).toEqual({ 'linux/amd64': amd.digest.toString(), 'linux/arm64/v8': arm.digest.toString() });
});

const platformOf = (p: { os: string; architecture: string; variant?: string } | undefined): string =>
  [p?.os, p?.architecture, p?.variant].filter(Boolean).join('/');
