import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import type { Repository } from '../registry/reference.js';
import { mapLimit } from '../util/pool.js';
import { allBlobs, manifestsBottomUp, type BlobSource, type ManifestNode } from './model.js';

export interface PushStats {
  blobsUploaded: number;
  bytesUploaded: number;
  blobsMounted: number;
  blobsCopied: number;
  blobsSkipped: number;
  manifestsPushed: number;
}

export const emptyStats = (): PushStats => ({ blobsUploaded: 0, bytesUploaded: 0, blobsMounted: 0, blobsCopied: 0, blobsSkipped: 0, manifestsPushed: 0 });

function open(blob: BlobSource): () => Readable {
  const origin = blob.origin;
  if (origin.kind === 'file') return () => createReadStream(origin.path);
  if (origin.kind === 'bytes') return () => Readable.from([origin.bytes]);
  throw new Error('remote blobs are opened through the registry');
}

/** One blob into `repo`: skip if there, mount if on the same registry, stream across registries, else upload. */
async function pushBlob(client: RegistryClient, repo: Repository, blob: BlobSource, stats: PushStats): Promise<void> {
  const digest = Digest.parse(blob.descriptor.digest);
  const size = blob.descriptor.size;
  const origin = blob.origin;
  // A mount answers for itself (201 whether or not the blob was already there): no HEAD first.
  const mountable = origin.kind === 'remote' && origin.repository.registry.equals(repo.registry);
  if (mountable && (await client.mountBlob(repo, digest, origin.repository))) {
    stats.blobsMounted++;
    return;
  }
  if ((await client.statBlob(repo, digest)) !== undefined) {
    stats.blobsSkipped++;
    return;
  }
  if (origin.kind === 'remote') {
    await client.putBlob(repo, () => client.getBlob(origin.repository, digest, size), { digest, size });
    stats.blobsCopied++;
    stats.bytesUploaded += size;
    return;
  }
  await client.putBlob(repo, open(blob), { digest, size });
  stats.blobsUploaded++;
  stats.bytesUploaded += size;
}

/**
 * Pushes every blob and manifest of the tree to `repo`, manifests by digest only: the image is
 * complete there before any tag can point at it. Tags are the caller's last step.
 */
export async function pushTree(client: RegistryClient, repo: Repository, root: ManifestNode, concurrency = 4): Promise<PushStats> {
  const stats = emptyStats();
  await mapLimit(allBlobs(root), concurrency, (b) => pushBlob(client, repo, b, stats));
  for (const m of manifestsBottomUp(root)) {
    await client.putManifest(repo, m.digest, m.bytes, m.mediaType);
    stats.manifestsPushed++;
  }
  return stats;
}

/**
 * Points tags at a manifest already pushed by digest, then reads each back from the registry. A tag
 * read back proves the manifest too; with no tag, the manifest itself must resolve by digest.
 */
export async function tagAndVerify(client: RegistryClient, repo: Repository, root: ManifestNode, tags: string[]): Promise<void> {
  for (const tag of tags) await client.putManifest(repo, tag, root.bytes, root.mediaType);
  const refs = tags.length ? tags.map((tag) => repo.tag(tag)) : [repo.digest(root.digest)];
  for (const ref of refs) {
    const head = await client.resolve(ref);
    if (!head.digest.equals(root.digest)) throw new Error(`${ref} resolves to ${head.digest} after the push, expected ${root.digest}`);
  }
}
