/**
 * An OCI image layout (what buildx, buildah and podman export) whose blobs do not match their
 * descriptors. readOciLayout checks sizes and manifest/config digests; layer digests are checked
 * by the registry as the layer is pushed, so that case goes on to a real push.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip, gzipSync } from 'node:zlib';
import { dockerfileBases, findBaseLayers } from '../../src/image/base-layers.js';
import { readOciLayout } from '../../src/image/oci-layout.js';
import { publish, treePlan } from '../../src/publish/index.js';
import { RegistryClient } from '../../src/registry/client.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { MediaType, type Descriptor } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { loadTestEnv, uniqueRepo } from '../helpers/env.js';

const sha256 = (b: Buffer): string => digestOf(b).toString();

interface Layout {
  dir: string;
  manifest: Descriptor;
  config: Descriptor;
  layer: Descriptor;
}

/**
 * Writes an OCI layout; `tamper` may change what is stored for a blob (stored bytes) or what the
 * manifest says of it (descriptor) before the files are written.
 */
function layout(
  tamper: {
    layerBytes?: (b: Buffer) => Buffer;
    layerSize?: (n: number) => number;
    configBytes?: (b: Buffer) => Buffer;
    manifestBytes?: (b: Buffer) => Buffer;
    platformInIndex?: boolean;
  } = {},
): Layout {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-oci-'));
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const put = (digest: string, bytes: Buffer): void => writeFileSync(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes);
  const layerBytes = randomBytes(3000);
  const configBytes = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha256(layerBytes)] } }));
  const layer: Descriptor = { mediaType: MediaType.OciLayerGzip, digest: sha256(layerBytes), size: (tamper.layerSize ?? ((n) => n))(layerBytes.length) };
  const config: Descriptor = { mediaType: MediaType.OciConfig, digest: sha256(configBytes), size: configBytes.length };
  const manifestBytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers: [layer] }));
  const manifest: Descriptor = {
    mediaType: MediaType.OciManifest,
    digest: sha256(manifestBytes),
    size: manifestBytes.length,
    ...(tamper.platformInIndex ? { platform: { os: 'linux', architecture: 'amd64' } } : {}),
  };
  put(layer.digest, (tamper.layerBytes ?? ((b) => b))(layerBytes));
  put(config.digest, (tamper.configBytes ?? ((b) => b))(configBytes));
  put(manifest.digest, (tamper.manifestBytes ?? ((b) => b))(manifestBytes));
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [manifest] }));
  return { dir, manifest, config, layer };
}

/** Same length, other bytes: only the digest can tell. */
const flipLast = (b: Buffer): Buffer => {
  const c = Buffer.from(b);
  c[c.length - 1] = c[c.length - 1] ^ 0x01;
  return c;
};

test('an intact layout reads as its manifest, config and layer', async () => {
  const l = layout();
  const node = await readOciLayout(l.dir);
  expect(node.digest.toString()).toBe(l.manifest.digest);
  expect(node.platform).toBe('linux/amd64');
  expect(node.blobs.map((b) => b.descriptor.digest)).toEqual([l.config.digest, l.layer.digest]);
});

test('a layer blob of another size than its descriptor is refused', async () => {
  const l = layout({ layerSize: (n) => n + 1 });
  await expect(readOciLayout(l.dir)).rejects.toThrow(`blob ${l.layer.digest} is ${l.layer.size - 1} bytes, its manifest says ${l.layer.size}`);
});

test('a truncated layer blob is refused', async () => {
  const l = layout({ layerBytes: (b) => b.subarray(0, b.length - 10) });
  await expect(readOciLayout(l.dir)).rejects.toThrow(`blob ${l.layer.digest} is ${l.layer.size - 10} bytes, its manifest says ${l.layer.size}`);
});

test('a manifest blob that does not hash to its digest is refused', async () => {
  const l = layout({ manifestBytes: (b) => Buffer.from(b.toString('utf8').replace('"schemaVersion":2', '"schemaVersion": 2')) });
  await expect(readOciLayout(l.dir)).rejects.toThrow(`blob ${l.manifest.digest} does not match its digest`);
});

test('a config blob of the right size but other bytes is refused', async () => {
  const l = layout({ configBytes: (b) => Buffer.from(b.toString('utf8').replace('"os":"linux"', '"os":"linuX"')) });
  await expect(readOciLayout(l.dir)).rejects.toThrow(`blob ${l.config.digest} does not match its digest`);
});

describe('a layer blob of the right size but other bytes', () => {
  const env = loadTestEnv();
  const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 } });
  afterAll(() => client.close());

  test('is refused by the push (the registry checks the digest) and nothing references it', async () => {
    // The platform in the index entry spares the config read, as buildx's index entries do.
    const l = layout({ layerBytes: flipLast, platformInIndex: true });
    const node = await readOciLayout(l.dir);
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('oci-badlayer'));
    await expect(publish(client, treePlan(node), [repo], { tags: [], log: () => undefined })).rejects.toThrow(/DIGEST_INVALID|BLOB_UPLOAD_INVALID|HTTP 400/);
    expect(await client.statBlob(repo, Digest.parse(l.layer.digest))).toBeUndefined();
    expect(await client.manifestExists(repo, node.digest)).toBe(false);
  });
});

/**
 * What buildah and podman export: the base image's layers recompressed (other digests), listed by
 * an index. With the base's layers looked up, each is replaced by the base's own blob, and both the
 * image manifest and the index that lists it get new bytes and digests.
 */
test('base layers recompressed by the builder are replaced by the base image’s blobs; manifest and index rewritten', async () => {
  const env = loadTestEnv();
  const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 } });
  try {
    const baseRepo = new Repository(new Registry(env.registries.plain.host), env.baseRepository);
    const baseManifest = (await client.getManifest(baseRepo, env.baseTag)).json as { layers: Descriptor[] };
    const dir = mkdtempSync(join(tmpdir(), 'pinship-oci-'));
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
    const put = (bytes: Buffer): Descriptor => {
      writeFileSync(join(dir, 'blobs', 'sha256', sha256(bytes).slice('sha256:'.length)), bytes);
      return { mediaType: MediaType.OciLayerGzip, digest: sha256(bytes), size: bytes.length };
    };
    const tars: Buffer[] = [];
    for (const l of baseManifest.layers) {
      const chunks: Buffer[] = [];
      for await (const c of (await client.getBlob(baseRepo, Digest.parse(l.digest), l.size)).pipe(createGunzip())) chunks.push(c as Buffer);
      tars.push(Buffer.concat(chunks));
    }
    const own = randomBytes(2000); // a layer of the build's own, uncompressed
    const layers = [...tars.map((t) => put(gzipSync(t, { level: 1 }))), { ...put(own), mediaType: MediaType.OciLayer }];
    expect(layers.map((l) => l.digest)).not.toEqual(expect.arrayContaining([baseManifest.layers[0].digest]));
    const config = {
      ...put(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [...tars, own].map(sha256) } }))),
      mediaType: MediaType.OciConfig,
    };
    const manifest = {
      ...put(Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers }))),
      mediaType: MediaType.OciManifest,
      platform: { os: 'linux', architecture: 'amd64' },
    };
    const index = {
      ...put(Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [manifest] }))),
      mediaType: MediaType.OciIndex,
    };
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [index] }));

    const logged: string[] = [];
    const found = await findBaseLayers(client, dockerfileBases(`FROM ${env.baseImage}\n`, {}), 'linux/amd64', (m) => logged.push(m));
    const root = await readOciLayout(dir, { layers: found, client, log: (m) => logged.push(m) });
    expect(logged).toEqual([]);
    const child = root.children[0];
    const childJson = JSON.parse(child.bytes.toString()) as { layers: Descriptor[] };
    expect(childJson.layers.map((l) => l.digest)).toEqual([...baseManifest.layers.map((l) => l.digest), layers.at(-1)!.digest]);
    expect(childJson.layers.every((l, i) => l.mediaType === layers[i].mediaType)).toBe(true);
    expect(child.digest.toString()).toBe(sha256(child.bytes));
    expect(child.digest.toString()).not.toBe(manifest.digest);
    expect((JSON.parse(root.bytes.toString()) as { manifests: Descriptor[] }).manifests[0]).toMatchObject({
      digest: child.digest.toString(),
      size: child.bytes.length,
      platform: { os: 'linux', architecture: 'amd64' },
    });
    expect(root.digest.toString()).toBe(sha256(root.bytes));
    expect(child.blobs.slice(1, -1).map((b) => b.origin.kind)).toEqual(baseManifest.layers.map(() => 'remote'));

    const target = new Repository(new Registry(env.registries.plain.host), uniqueRepo('oci-rebased'));
    const [stats] = await publish(client, treePlan(root), [target], { tags: [], log: () => undefined });
    expect(stats.blobsMounted).toBe(baseManifest.layers.length);
    expect((await client.getManifest(target, root.digest)).digest.toString()).toBe(root.digest.toString());
  } finally {
    client.close();
  }
});
