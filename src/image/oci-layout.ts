import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Digest, digestOf } from '../registry/digest.js';
import { configPlatform, isIndexType, platformString, type Descriptor, type ImageIndex, type ImageManifest } from '../registry/mediatypes.js';
import type { ManifestNode } from './model.js';

function blobPath(dir: string, digest: string): string {
  const d = Digest.parse(digest);
  return join(dir, 'blobs', d.algorithm, d.hex);
}

async function readVerified(dir: string, desc: Descriptor): Promise<Buffer> {
  const bytes = await readFile(blobPath(dir, desc.digest));
  if (digestOf(bytes).toString() !== desc.digest) throw new Error(`OCI layout ${dir}: blob ${desc.digest} does not match its digest`);
  return bytes;
}

async function readNode(dir: string, desc: Descriptor): Promise<ManifestNode> {
  const bytes = await readVerified(dir, desc);
  const json = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
  const mediaType = json.mediaType ?? desc.mediaType;
  const node: ManifestNode = { digest: Digest.parse(desc.digest), mediaType, bytes, blobs: [], children: [] };
  if (desc.platform && desc.platform.os !== 'unknown') node.platform = platformString(desc.platform);
  if (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') node.attestation = true;
  if (isIndexType(mediaType) || 'manifests' in json) {
    for (const child of (json as ImageIndex).manifests) node.children.push(await readNode(dir, child));
    return node;
  }
  const m = json as ImageManifest;
  for (const b of [m.config, ...m.layers]) {
    const size = (await stat(blobPath(dir, b.digest))).size;
    if (size !== b.size) throw new Error(`OCI layout ${dir}: blob ${b.digest} is ${size} bytes, its manifest says ${b.size}`);
    node.blobs.push({ descriptor: b, origin: { kind: 'file', path: blobPath(dir, b.digest) } });
  }
  node.configDigest = Digest.parse(m.config.digest);
  if (!node.platform && !node.attestation) {
    const config = JSON.parse((await readVerified(dir, m.config)).toString('utf8')) as { os?: string; architecture?: string; variant?: string };
    const platform = configPlatform(config);
    if (platform) node.platform = platformString(platform);
  }
  return node;
}

/** Reads the image an OCI image layout's index.json points at (the first entry: builders write one). */
export async function readOciLayout(dir: string): Promise<ManifestNode> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  const first = index.manifests?.[0];
  if (!first) throw new Error(`OCI layout ${dir} lists no image in index.json`);
  return readNode(dir, first);
}
