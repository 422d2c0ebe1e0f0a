import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Digest, digestOf } from '../registry/digest.js';
import { configPlatform, isIndexType, MediaType, platformString, type Descriptor, type ImageIndex, type ImageManifest } from '../registry/mediatypes.js';
import { reuseBaseLayer, type LayerReuse } from './base-layers.js';
import type { BlobSource, ManifestNode } from './model.js';
import { mapLimit } from '../util/pool.js';

function blobPath(dir: string, digest: string): string {
  const d = Digest.parse(digest);
  return join(dir, 'blobs', d.algorithm, d.hex);
}

async function readVerified(dir: string, desc: Descriptor): Promise<Buffer> {
  const bytes = await readFile(blobPath(dir, desc.digest));
  if (digestOf(bytes).toString() !== desc.digest) throw new Error(`OCI layout ${dir}: blob ${desc.digest} does not match its digest`);
  return bytes;
}

/** The uncompressed size of a layer blob, or undefined for a compression pinship does not read (zstd). */
async function uncompressedSize(path: string, mediaType: string): Promise<number | undefined> {
  if (mediaType === MediaType.OciLayer) return (await stat(path)).size;
  if (mediaType !== MediaType.OciLayerGzip && mediaType !== MediaType.DockerLayerGzip) return undefined;
  let size = 0;
  const count = new Writable({ write: (chunk: Buffer, _e, cb) => ((size += chunk.length), cb()) });
  await pipeline(createReadStream(path), createGunzip(), count);
  return size;
}

/**
 * buildah and podman recompress every layer on export, so a base layer gets a digest no registry
 * holds. Where the config's diff ID names a layer a base image has, its blob (checked to decompress
 * to that very layer) stands in, under the manifest's own kind of media type.
 */
async function withBaseLayers(path: (d: string) => string, m: ImageManifest, diffIds: string[], reuse: LayerReuse): Promise<BlobSource[]> {
  const docker = m.mediaType === MediaType.DockerManifest;
  // At most four layers decompressed (and their base blobs fetched) at once, as docker-save.ts does.
  return mapLimit(m.layers, 4, async (layer, i): Promise<BlobSource> => {
    const local: BlobSource = { descriptor: layer, origin: { kind: 'file', path: path(layer.digest) } };
    const diffId = diffIds[i];
    if (!diffId || !reuse.layers.has(diffId)) return local;
    const size = await uncompressedSize(path(layer.digest), layer.mediaType);
    const base = size === undefined ? undefined : await reuseBaseLayer(reuse, diffId, size);
    if (!base || base.descriptor.digest === layer.digest) return local;
    const gzip = base.descriptor.mediaType !== MediaType.OciLayer;
    const mediaType = gzip ? (docker ? MediaType.DockerLayerGzip : MediaType.OciLayerGzip) : MediaType.OciLayer;
    return { ...base, descriptor: { mediaType, digest: base.descriptor.digest, size: base.descriptor.size } };
  });
}

/** The node for new manifest bytes: pinship computes the digest it pushes. */
function rewritten(node: ManifestNode, json: ImageManifest | ImageIndex): void {
  node.bytes = Buffer.from(JSON.stringify(json));
  node.digest = digestOf(node.bytes);
}

async function readNode(dir: string, desc: Descriptor, reuse?: LayerReuse): Promise<ManifestNode> {
  const bytes = await readVerified(dir, desc);
  const json = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
  const mediaType = json.mediaType ?? desc.mediaType;
  const node: ManifestNode = { digest: Digest.parse(desc.digest), mediaType, bytes, blobs: [], children: [] };
  if (desc.platform && desc.platform.os !== 'unknown') node.platform = platformString(desc.platform);
  if (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') node.attestation = true;
  if (isIndexType(mediaType) || 'manifests' in json) {
    const index = json as ImageIndex;
    for (const child of index.manifests) node.children.push(await readNode(dir, child, reuse));
    // A child rewritten for base layers changes the index that lists it.
    if (node.children.some((c, i) => c.digest.toString() !== index.manifests[i].digest)) {
      index.manifests = index.manifests.map((d, i) => ({ ...d, digest: node.children[i].digest.toString(), size: node.children[i].bytes.length }));
      rewritten(node, index);
    }
    return node;
  }
  const m = json;
  for (const b of [m.config, ...m.layers]) {
    const size = (await stat(blobPath(dir, b.digest))).size;
    if (size !== b.size) throw new Error(`OCI layout ${dir}: blob ${b.digest} is ${size} bytes, its manifest says ${b.size}`);
  }
  const config = JSON.parse((await readVerified(dir, m.config)).toString('utf8')) as {
    os?: string;
    architecture?: string;
    variant?: string;
    rootfs?: { diff_ids?: string[] };
  };
  const path = (d: string): string => blobPath(dir, d);
  const layers =
    reuse && !node.attestation
      ? await withBaseLayers(path, m, config.rootfs?.diff_ids ?? [], reuse)
      : m.layers.map((l): BlobSource => ({ descriptor: l, origin: { kind: 'file', path: path(l.digest) } }));
  node.blobs = [{ descriptor: m.config, origin: { kind: 'file', path: path(m.config.digest) } }, ...layers];
  if (layers.some((l, i) => l.descriptor.digest !== m.layers[i].digest)) rewritten(node, { ...m, layers: layers.map((l) => l.descriptor) });
  node.configDigest = Digest.parse(m.config.digest);
  if (!node.platform && !node.attestation) {
    const platform = configPlatform(config);
    if (platform) node.platform = platformString(platform);
  }
  return node;
}

/**
 * Reads the image an OCI image layout's index.json points at (the first entry: builders write one).
 * With `reuse`, layers a base image already has are taken from its registry and the manifests that
 * list them are rewritten (see withBaseLayers).
 */
export async function readOciLayout(dir: string, reuse?: LayerReuse): Promise<ManifestNode> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  const first = index.manifests?.[0];
  if (!first) throw new Error(`OCI layout ${dir} lists no image in index.json`);
  return readNode(dir, first, reuse);
}
