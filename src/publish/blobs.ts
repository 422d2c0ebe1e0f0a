import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RegistryClient } from '../registry/client.js';
import { ContentVerificationError, Digest } from '../registry/digest.js';
import type { Registry, Repository } from '../registry/reference.js';
import { mapWeighted, streamPlan } from './schedule.js';
import type { BlobSource } from '../image/model.js';
import type { PublishStats } from './stats.js';

/** Bytes that arrive corrupted are fetched again this often before the publication fails. */
const VERIFY_ATTEMPTS = 3;

/** One blob and the destinations (all on one registry) that need it. */
export interface BlobWork {
  blob: BlobSource;
  destinations: Repository[];
  /** Repositories on that registry known to hold the blob already: mount sources. */
  holders: Repository[];
  /** Already asked whether the first destination has it; unset, placing it asks. */
  first?: 'absent' | 'present';
}

export interface PlacementOptions {
  concurrency: number;
  chunkSize?: number;
  log: (msg: string) => void;
  stats: (dest: Repository) => PublishStats;
}

/**
 * Gets each blob into each destination that needs it: mounted from a repository on the same
 * registry known to hold it (its origin, a promotion's source, or a destination just written), else
 * skipped if already there, else uploaded from a local file or streamed across registries with
 * verification. So each registry receives a blob's bytes at most once.
 */
export async function placeBlobs(client: RegistryClient, work: BlobWork[], opts: PlacementOptions): Promise<void> {
  // Largest first, so one big layer does not start last and leave the pool idle behind it.
  const sorted = [...work].sort((a, b) => b.blob.descriptor.size - a.blob.descriptor.size);
  const plan = streamPlan(opts.concurrency, slowestRoundTrip(client, work));
  const isLarge = (w: BlobWork): boolean => w.blob.descriptor.size >= plan.largeBytes;
  await mapWeighted(sorted, plan.streams, plan.largeStreams, isLarge, (w) => placeWork(client, w, opts));
}

/** One blob into each of its destinations in turn: each one written lends it to the next by a mount. */
export async function placeWork(client: RegistryClient, { blob, destinations, holders, first }: BlobWork, opts: PlacementOptions): Promise<void> {
  const known = [...holders];
  for (const [i, dest] of destinations.entries()) {
    if (i > 0 || first !== 'present') await placeOne(client, blob, dest, known, i === 0 && first === 'absent', opts);
    known.push(dest);
  }
}

/** The longest round trip measured to a registry the blobs come from or go to; undefined if none was. */
function slowestRoundTrip(client: RegistryClient, work: BlobWork[]): number | undefined {
  const registries = new Map<string, Registry>();
  for (const w of work) {
    for (const d of w.destinations) registries.set(d.registry.host, d.registry);
    if (w.blob.origin.kind === 'remote') registries.set(w.blob.origin.repository.registry.host, w.blob.origin.repository.registry);
  }
  const measured = [...registries.values()].map((r) => client.roundTripMs(r)).filter((ms): ms is number => ms !== undefined);
  return measured.length ? Math.max(...measured) : undefined;
}

async function placeOne(
  client: RegistryClient,
  blob: BlobSource,
  dest: Repository,
  holders: Repository[],
  absent: boolean,
  opts: PlacementOptions,
): Promise<void> {
  const stats = opts.stats(dest);
  const digest = Digest.parse(blob.descriptor.digest);
  const holder = holders.find((h) => !h.equals(dest));
  // A mount answers for itself (201 whether or not the blob was already there): no HEAD first.
  if (holder && (await client.mountBlob(dest, digest, holder))) {
    stats.blobsMounted++;
    return;
  }
  const size = blob.descriptor.size;
  const origin = blob.origin;
  // Bytes at hand in one request: whether the blob is there is asked beside the upload's opening
  // (putBlob gives the session up if it is). Otherwise, and for a copy, asked first.
  const beside = !absent && origin.kind !== 'remote' && !opts.chunkSize;
  if (!absent && !beside && (await client.statBlob(dest, digest)) !== undefined) {
    stats.blobsSkipped++;
    return;
  }
  if (origin.kind === 'remote') {
    await stream(client, origin.repository, dest, digest, size, opts);
    stats.blobsCopied++;
    stats.bytesCopied += size;
    return;
  }
  const open = origin.kind === 'file' ? () => createReadStream(origin.path) : () => Readable.from([origin.bytes]);
  const present = beside ? client.statBlob(dest, digest).then((n) => n !== undefined) : undefined;
  present?.catch(() => undefined);
  const put = await client.putBlob(dest, open, { digest, size, chunkSize: opts.chunkSize, ...(present ? { present } : {}) });
  if (put.present) {
    stats.blobsSkipped++;
    return;
  }
  stats.blobsUploaded++;
  stats.bytesUploaded += size;
}

async function stream(client: RegistryClient, source: Repository, dest: Repository, digest: Digest, size: number, opts: PlacementOptions): Promise<void> {
  const open = (): Promise<Readable> => client.getBlob(source, digest, size);
  for (let attempt = 1; ; attempt++) {
    try {
      await client.putBlob(dest, open, { digest, size, chunkSize: opts.chunkSize });
      opts.log(`copied ${digest} (${size} bytes) to ${dest}`);
      return;
    } catch (e) {
      if (!(e instanceof ContentVerificationError) || attempt >= VERIFY_ATTEMPTS) throw e;
      opts.log(`${source}@${digest} arrived corrupted (${e.message}); fetching it again`);
    }
  }
}
