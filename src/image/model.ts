import type { Digest } from '../registry/digest.js';
import type { Descriptor } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';

/** Where a blob's bytes come from when it is pushed. */
export type BlobOrigin =
  | { kind: 'file'; path: string }
  | { kind: 'bytes'; bytes: Buffer }
  /** Already in a registry (a base image's layer): mounted or copied, never compressed again. */
  | { kind: 'remote'; repository: Repository };

export interface BlobSource {
  descriptor: Descriptor;
  origin: BlobOrigin;
}

/** A manifest ready to push, with what it needs pushed before it. */
export interface ManifestNode {
  digest: Digest;
  mediaType: string;
  bytes: Buffer;
  /** Config and layers, for an image manifest. */
  blobs: BlobSource[];
  /** Child manifests, for an index. */
  children: ManifestNode[];
  /** os/arch[/variant] of an image manifest, from its index entry or config. */
  platform?: string;
  /** The config digest of an image manifest: docker's image ID. */
  configDigest?: Digest;
  /** True for buildx attestation manifests, which are not platforms. */
  attestation?: boolean;
}

/** Every distinct blob under a manifest tree. */
export function allBlobs(root: ManifestNode): BlobSource[] {
  const seen = new Map<string, BlobSource>();
  const walk = (n: ManifestNode): void => {
    for (const b of n.blobs) if (!seen.has(b.descriptor.digest)) seen.set(b.descriptor.digest, b);
    n.children.forEach(walk);
  };
  walk(root);
  return [...seen.values()];
}

/** Children first, so a manifest is never pushed before what it references. */
export function manifestsBottomUp(root: ManifestNode): ManifestNode[] {
  const out: ManifestNode[] = [];
  const walk = (n: ManifestNode): void => {
    n.children.forEach(walk);
    out.push(n);
  };
  walk(root);
  return out;
}

/** Platform → digest for the platforms of an image (attestations left out). */
export function platformDigests(root: ManifestNode): Record<string, string> {
  const out: Record<string, string> = {};
  const images = root.children.length ? root.children : [root];
  for (const n of images) if (!n.attestation && n.platform) out[n.platform] = n.digest.toString();
  return out;
}
