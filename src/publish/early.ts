import type { BlobSource } from '../image/model.js';
import type { RegistryClient } from '../registry/client.js';
import type { Repository } from '../registry/reference.js';
import { placeWork, type BlobWork } from './blobs.js';
import { isNonDistributable } from './plan.js';
import { emptyStats, type PublishStats } from './stats.js';

/** Blobs placed at once: a build hands out a handful of layers, each of them waiting mostly on round trips. */
const EARLY_PLACEMENTS = 8;

/**
 * A build's blobs placed in every destination as each becomes ready, while later layers are still
 * being read and compressed, instead of after the whole export. Only blobs: manifests wait for
 * publish(), which is told what is placed already (`placed`) and writes manifests, then tags, as
 * always. A blob placed here whose image then fails (a layer not the one its config names, a failed
 * upload of another) stays in the repository by digest only: no manifest and no tag names it, so no
 * reader can come across it, and registries' garbage collection removes such blobs. That is the
 * price of overlapping the upload with the export, and the same a failure mid-push always had.
 */
export class EarlyBlobs {
  /** Per destination, in the order given: what was uploaded, mounted or found there. */
  readonly stats: PublishStats[];
  private readonly started = new Map<string, Promise<void>>();
  private readonly done = new Set<string>();
  private readonly queue: Array<() => void> = [];
  private running = 0;
  private failure: { error: unknown } | undefined;
  private stopped = false;

  /** `known[i]`: whether the registry knows destinations[i] (RegistryClient.repositoryKnown); a new one is not asked about each blob. */
  constructor(
    private readonly client: RegistryClient,
    private readonly destinations: Repository[],
    private readonly known: Array<Promise<boolean>>,
    private readonly log: (msg: string) => void,
  ) {
    this.stats = destinations.map(() => emptyStats());
  }

  /** Starts placing `blob` everywhere; never throws here: settle() reports the first failure. */
  place(blob: BlobSource): void {
    const digest = blob.descriptor.digest;
    if (this.stopped || this.started.has(digest) || isNonDistributable(blob.descriptor)) return;
    const run = this.slot()
      .then(async () => {
        try {
          if (this.failure || this.stopped) return;
          await this.placeEverywhere(blob);
          this.done.add(digest);
        } finally {
          this.release();
        }
      })
      .catch((error: unknown) => {
        this.failure ??= { error };
      });
    this.started.set(digest, run);
  }

  /** Whether `digest` is in every destination by now. */
  readonly placed = (_dest: Repository, digest: string): boolean => this.done.has(digest);

  /** Waits for every placement started; the first failure is thrown. */
  async settle(): Promise<void> {
    await Promise.all(this.started.values());
    if (this.failure) throw this.failure.error;
  }

  /** After a failure elsewhere: nothing more starts, and nothing is left running when the run ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.started.values());
  }

  /** One work item per registry: its destinations get the bytes once, the others by a mount, as publish() places them. */
  private async placeEverywhere(blob: BlobSource): Promise<void> {
    const known = await Promise.all(this.known);
    const byRegistry = new Map<string, BlobWork>();
    this.destinations.forEach((dest, i) => {
      const key = dest.registry.host.toLowerCase();
      const w = byRegistry.get(key);
      if (w) return void w.destinations.push(dest);
      const origin = blob.origin;
      const holders = origin.kind === 'remote' && origin.repository.registry.equals(dest.registry) ? [origin.repository] : [];
      byRegistry.set(key, { blob, destinations: [dest], holders, first: known[i] ? undefined : 'absent' });
    });
    const stats = (d: Repository): PublishStats => this.stats[this.destinations.indexOf(d)];
    await Promise.all([...byRegistry.values()].map((w) => placeWork(this.client, w, { concurrency: EARLY_PLACEMENTS, log: this.log, stats })));
  }

  private slot(): Promise<void> {
    if (this.running < EARLY_PLACEMENTS) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }
}
