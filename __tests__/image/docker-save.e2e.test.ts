import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { dockerfileBases, findBaseLayers, reuseBaseLayer, type LayerReuse } from '../../src/image/base-layers.js';
import { saveImage } from '../../src/image/docker-engine.js';
import { readDockerImage } from '../../src/image/docker-save.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type ImageManifest } from '../../src/registry/mediatypes.js';
import { Reference } from '../../src/registry/reference.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { archive, file } from '../util/tar-fixtures.js';

const env = loadTestEnv();
// readDockerImage streams `docker save` from the engine socket DOCKER_HOST names.
process.env.DOCKER_HOST = env.dockerHost;
const client = testClient(env);
afterAll(() => client.close());
const docker = (...args: string[]): string =>
  execFileSync('docker', ['-H', env.dockerHost, ...args])
    .toString()
    .trim();
const baseId = docker('image', 'inspect', '--format', '{{.Id}}', env.baseImage);
const baseDiffIds = JSON.parse(docker('image', 'inspect', '--format', '{{json .RootFS.Layers}}', env.baseImage)) as string[];

/** `early`: the base's layers start being checked as they are found, as a build does while the builder works. */
async function reuseFrom(image: string, early = false): Promise<LayerReuse & { logged: string[] }> {
  const logged: string[] = [];
  const layers = await findBaseLayers(client, dockerfileBases(`FROM ${image}\n`, {}), 'linux/amd64', (m) => logged.push(m), early);
  return { layers, client, log: (m) => logged.push(m), logged };
}

/** Pushes a base image whose config claims `diffIds` for one layer blob (gzip of `layerTar`, by default other bytes). */
async function pushLyingBase(
  diffIds: string[],
  layerTar = archive(file('evil', 'not the layer the config names')),
): Promise<{ ref: string; layerDigest: string }> {
  const repo = testRepo(env, 'plain', 'lying-base');
  const layer = gzipSync(layerTar);
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } }));
  const push = (bytes: Buffer) => client.putBlob(repo, () => Readable.from([bytes]), { digest: digestOf(bytes), size: bytes.length });
  await push(layer);
  await push(config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.DockerManifest,
    config: { mediaType: MediaType.DockerConfig, digest: digestOf(config).toString(), size: config.length },
    layers: [{ mediaType: MediaType.DockerLayerGzip, digest: digestOf(layer).toString(), size: layer.length }],
  };
  await client.putManifest(repo, 'latest', Buffer.from(JSON.stringify(manifest)), MediaType.DockerManifest);
  return { ref: `${repo}:latest`, layerDigest: manifest.layers[0].digest };
}

const WHEN: Array<[string, boolean]> = [
  ['checked at export', false],
  ['checked early, while the builder works', true],
];

test.each(WHEN)(
  'a base image whose config lies about a diff ID is not trusted (%s): the built layer is compressed instead, with a log line',
  async (_when, early) => {
    const lying = await pushLyingBase([baseDiffIds[0]]);
    const reuse = await reuseFrom(lying.ref, early);
    expect(reuse.layers.get(baseDiffIds[0])?.check !== undefined).toBe(early);
    // The registry's pairing claims the built image's first layer...
    expect(reuse.layers.get(baseDiffIds[0])?.descriptor.digest).toBe(lying.layerDigest);
    const node = await readDockerImage(baseId, mkdtempSync(join(tmpdir(), 'pinship-save-')), reuse);
    // ...but its blob does not decompress to it, so the layer pushed is pinship's own compression.
    const first = node.blobs[1];
    expect(first.origin.kind).toBe('file');
    expect(first.descriptor.digest).not.toBe(lying.layerDigest);
    expect(reuse.logged).toEqual([
      expect.stringMatching(
        new RegExp(
          `^base layer ${lying.layerDigest} in .*lying-base.* not reused: its image config names ${baseDiffIds[0]}, but it decompresses to sha256:[0-9a-f]{64} \\(\\d+ bytes\\); compressing the built layer instead$`,
        ),
      ),
    ]);
  },
);

test.each(WHEN)('an honest base image (%s): its blobs are checked and reused as they are', async (_when, early) => {
  const reuse = await reuseFrom(env.baseImage, early);
  const node = await readDockerImage(baseId, mkdtempSync(join(tmpdir(), 'pinship-save-')), reuse);
  const base = await client.getManifest(Reference.parse(env.baseImage).repository, 'latest');
  const layers = node.blobs.slice(1);
  expect(layers.map((l) => l.origin.kind)).toEqual(layers.map(() => 'remote'));
  expect(layers.map((l) => l.descriptor.digest)).toEqual((base.json as ImageManifest).layers.map((l) => l.digest));
  expect(reuse.logged).toEqual([]);
});

describe('an early check stops at 64x the blob size until the built layer is known', () => {
  // 8 MiB of zeros gzip to ~8 kB: far past the early cap (64 x 8 kB + 1 MiB), and an honest layer.
  const tar = Buffer.alloc(8 << 20);
  const diffId = `sha256:${createHash('sha256').update(tar).digest('hex')}`;

  test.each<[string, number, boolean, string[]]>([
    ['the built layer is that large: the blob is read again with its size as the cap, and reused', tar.length, true, []],
    [
      'the built layer is smaller: refused, the blob decompresses to more',
      tar.length - 512,
      false,
      [`but it decompresses to more than the built layer's ${tar.length - 512} bytes`],
    ],
  ])('%s', async (_name, layerSize, reused, logs) => {
    const base = await pushLyingBase([diffId], tar);
    const reuse = await reuseFrom(base.ref, true);
    expect(await reuse.layers.get(diffId)?.check?.facts).toEqual({
      why: expect.stringMatching(/^it decompresses to more than \d+ bytes$/),
      over: expect.any(Number),
    });
    const got = await reuseBaseLayer(reuse, diffId, layerSize);
    expect(got?.descriptor.digest).toBe(reused ? base.layerDigest : undefined);
    expect(reuse.logged).toEqual(logs.map((l): unknown => expect.stringContaining(l)));
  });
});

test('docker save (20.10) links a repeated layer: read from the archive, no link created on disk', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  writeFileSync(join(ctx, 'f'), `${Date.now()}\n`);
  // Two COPYs of one file: two layers with one diff ID, which docker save writes once and links.
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${env.baseImage}\nCOPY f /f\nCOPY f /f\n`);
  const id = execFileSync('docker', ['-H', env.dockerHost, 'build', '-q', '--network', 'none', ctx], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim();
  try {
    const work = mkdtempSync(join(tmpdir(), 'pinship-save-'));
    const node = await readDockerImage(id, work, { layers: new Map(), client, log: () => undefined });
    const layers = node.blobs.slice(1).map((b) => b.descriptor.digest);
    expect(layers).toHaveLength(4);
    expect(layers[3]).toBe(layers[2]);
    const links = readdirSync(join(work, 'saved'), { recursive: true })
      .map(String)
      .filter((p) => lstatSync(join(work, 'saved', p)).isSymbolicLink());
    expect(links).toEqual([]);
    // Members are spooled under numbered names: nothing the archive names is created.
    expect(existsSync(join(work, 'saved', 'manifest.json'))).toBe(false);
    expect(readdirSync(join(work, 'saved')).every((f) => /^member-\d+$/.test(f))).toBe(true);
  } finally {
    docker('rmi', id);
  }
});

test('without a local engine socket, `docker save` goes through the CLI and the same extractor', async () => {
  const work = mkdtempSync(join(tmpdir(), 'pinship-save-'));
  // Another docker context means "ask the CLI"; the CLI itself still reaches the test engine through DOCKER_HOST.
  const saved = await saveImage(baseId, join(work, 'saved'), { DOCKER_CONTEXT: 'elsewhere' });
  expect(readdirSync(work)).toEqual(['saved']);
  expect(lstatSync(saved.file('manifest.json')).isFile()).toBe(true);
});
