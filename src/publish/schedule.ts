/**
 * Runs `fn` over `items` with at most `cap` in flight, of which at most `heavyCap` heavy ones; a free
 * slot takes the next heavy item while heavy slots are free, else the next light one, so light
 * items never queue behind heavy ones waiting for a heavy slot. Order within each kind is kept. The
 * first failure stops new starts and rejects once those in flight settle.
 */
export function mapWeighted<T>(
  items: readonly T[],
  cap: number,
  heavyCap: number,
  isHeavy: (item: T) => boolean,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const heavy = items.filter(isHeavy);
  const light = items.filter((i) => !isHeavy(i));
  let active = 0;
  let activeHeavy = 0;
  let failure: { error: unknown } | undefined;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      while (!failure && active < cap) {
        const takeHeavy = activeHeavy < heavyCap && heavy.length > 0;
        const item = takeHeavy ? heavy.shift() : light.shift();
        if (item === undefined) break;
        active++;
        if (takeHeavy) activeHeavy++;
        fn(item)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            active--;
            if (takeHeavy) activeHeavy--;
            pump();
          });
      }
      if (active > 0) return;
      // The item's own rejection, passed on as mapLimit does: not ours to wrap.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (failure) reject(failure.error);
      else if (!heavy.length && !light.length) resolve();
    };
    pump();
  });
}

export interface StreamPlan {
  /** Blobs in flight at once: the cap. */
  streams: number;
  /** From this size a blob is large: its time is its bytes, not its round trips. */
  largeBytes: number;
  /** Large blobs in flight at once. */
  largeStreams: number;
}

/** What one stream is taken to carry a second; nothing is measured before the first blob moves. */
export const STREAM_BYTES_PER_SEC = 100 * 1024 * 1024;
const MiB = 1024 * 1024;

/**
 * Streams for a link of this round trip (the slowest of the registries involved; undefined when
 * none was measured). A blob smaller than what a stream carries in two round trips waits on round
 * trips, so such blobs use the whole cap; larger ones share the bandwidth, which more streams only
 * split while each holds buffers, so they take a quarter of the cap, at least two (one alone leaves
 * the link idle during its requests). On loopback nearly every blob is large; at 50 ms, from 10 MiB.
 */
export function streamPlan(cap: number, rttMs: number | undefined, bytesPerSec = STREAM_BYTES_PER_SEC): StreamPlan {
  const largeBytes = rttMs === undefined ? 8 * MiB : Math.min(64 * MiB, Math.max(1 * MiB, Math.round((2 * rttMs * bytesPerSec) / 1000)));
  return { streams: cap, largeBytes, largeStreams: Math.min(cap, Math.max(2, Math.ceil(cap / 4))) };
}
