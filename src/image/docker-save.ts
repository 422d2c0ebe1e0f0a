import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Digest, digestOf } from '../registry/digest.js';
import { configPlatform, MediaType, platformString, type Descriptor } from '../registry/mediatypes.js';
import { saveImage } from './docker-engine.js';
import { mapLimit } from '../util/pool.js';
import { reuseBaseLayer, type LayerReuse } from './base-layers.js';
import type { BlobSource, ManifestNode } from './model.js';

interface SaveManifest {
  Config: string;
  Layers: string[];
}

export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  rootfs?: { diff_ids?: string[] };
}

/** Hashes what flows through, for the uncompressed (diff ID) and compressed (blob) digests. */
function hashing(hash: ReturnType<typeof createHash>, counter?: { size: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      if (counter) counter.size += chunk.length;
      cb(null, chunk);
    },
  });
}

/** Compresses one layer tar to a blob file, checking it is the layer the config names. */
async function compressLayer(tar: string, diffId: string, out: string): Promise<Descriptor> {
  const raw = createHash('sha256');
  const gz = createHash('sha256');
  const counter = { size: 0 };
  await pipeline(createReadStream(tar), hashing(raw), createGzip(), hashing(gz, counter), createWriteStream(out));
  const actual = `sha256:${raw.digest('hex')}`;
  if (actual !== diffId) throw new Error(`docker save: layer ${tar} hashes to ${actual}, but the image config names ${diffId}`);
  return { mediaType: MediaType.DockerLayerGzip, digest: `sha256:${gz.digest('hex')}`, size: counter.size };
}

/**
 * `docker save` of the built image, turned into a Docker v2 schema 2 manifest. The config blob is
 * kept byte for byte, so its digest stays the engine's image ID; layers already in a base image in
 * the registry are reused as they are, once their blob is shown to decompress to the built layer,
 * not compressed again under a new digest.
 */
export async function readDockerImage(imageId: string, workDir: string, reuse: LayerReuse, lap?: (phase: string) => void): Promise<ManifestNode> {
  const saved = await saveImage(imageId, join(workDir, 'saved'));
  lap?.('saveMs');
  const [entry] = JSON.parse(await readFile(saved.file('manifest.json'), 'utf8')) as SaveManifest[];
  if (!entry) throw new Error(`docker save of ${imageId} wrote no manifest.json entry`);
  const configBytes = await readFile(saved.file(entry.Config));
  const configDigest = digestOf(configBytes);
  const config = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== entry.Layers.length)
    throw new Error(`docker save of ${imageId}: ${entry.Layers.length} layers but ${diffIds.length} diff IDs in the config`);
  const layers: BlobSource[] = await mapLimit(entry.Layers, 4, async (layer, i) => {
    const diffId = diffIds[i];
    const tar = saved.file(layer);
    const reused = await reuseBaseLayer(reuse, diffId, (await stat(tar)).size);
    if (reused) return reused;
    const out = join(workDir, `layer-${i}.tar.gz`);
    return { descriptor: await compressLayer(tar, diffId, out), origin: { kind: 'file', path: out } };
  });
  const configDesc: Descriptor = { mediaType: MediaType.DockerConfig, size: configBytes.length, digest: configDigest.toString() };
  const manifest = { schemaVersion: 2, mediaType: MediaType.DockerManifest, config: configDesc, layers: layers.map((l) => l.descriptor) };
  const bytes = Buffer.from(JSON.stringify(manifest, null, 3));
  const node: ManifestNode = {
    digest: digestOf(bytes),
    mediaType: MediaType.DockerManifest,
    bytes,
    blobs: [{ descriptor: configDesc, origin: { kind: 'bytes', bytes: configBytes } }, ...layers],
    children: [],
    configDigest: Digest.parse(configDigest.toString()),
  };
  const platform = configPlatform(config);
  if (platform) node.platform = platformString(platform);
  return node;
}
