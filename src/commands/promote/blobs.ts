import type { Readable } from 'node:stream';
import type { RegistryClient } from '../../registry/client.js';
import { ContentVerificationError, Digest } from '../../registry/digest.js';
import type { Descriptor } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import { mapLimit } from '../../util/pool.js';
import type { PromoteStats } from './types.js';

export interface BlobCopyOptions {
  concurrency: number;
  chunkSize?: number;
  log: (msg: string) => void;
}

/** Bytes that arrive corrupted are fetched again this often before the promotion fails. */
const VERIFY_ATTEMPTS = 3;

/**
 * Gets every blob into every destination: skipped if there, mounted from the source or from a
 * destination on the same registry that already has it, else streamed through memory from the
 * source, verified against its digest on the way. Each registry is sent a blob's bytes at most once.
 */
export async function copyBlobs(client: RegistryClient, source: Repository, destinations: Repository[], blobs: Descriptor[], opts: BlobCopyOptions, stats: PromoteStats): Promise<void> {
  const byRegistry = new Map<string, Repository[]>();
  for (const d of destinations) {
    const key = d.registry.host.toLowerCase();
    byRegistry.set(key, [...(byRegistry.get(key) ?? []), d]);
  }
  // Largest first, so one big layer does not start last and leave the pool idle behind it.
  const sorted = [...blobs].sort((a, b) => b.size - a.size);
  const work = sorted.flatMap((blob) => [...byRegistry.values()].map((dests) => ({ dests, blob })));
  await mapLimit(work, opts.concurrency, async ({ dests, blob }) => {
    const digest = Digest.parse(blob.digest);
    let holder = dests[0]!.registry.equals(source.registry) ? source : undefined;
    for (const dest of dests) {
      if ((await client.statBlob(dest, digest)) !== undefined) {
        stats.blobsSkipped++;
      } else if (holder && (await client.mountBlob(dest, digest, holder))) {
        stats.blobsMounted++;
      } else {
        await stream(client, source, dest, blob, digest, opts);
        stats.blobsCopied++;
        stats.bytesCopied += blob.size;
      }
      holder ??= dest;
    }
  });
}

async function stream(client: RegistryClient, source: Repository, dest: Repository, blob: Descriptor, digest: Digest, opts: BlobCopyOptions): Promise<void> {
  const open = (): Promise<Readable> => client.getBlob(source, digest, blob.size);
  for (let attempt = 1; ; attempt++) {
    try {
      await client.putBlob(dest, open, { digest, size: blob.size, chunkSize: opts.chunkSize });
      opts.log(`copied ${digest} (${blob.size} bytes) to ${dest}`);
      return;
    } catch (e) {
      if (!(e instanceof ContentVerificationError) || attempt >= VERIFY_ATTEMPTS) throw e;
      opts.log(`${source}@${digest} arrived corrupted (${e.message}); fetching it again`);
    }
  }
}
