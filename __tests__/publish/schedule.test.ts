import { describe, expect, it } from '@jest/globals';
import { mapWeighted, streamPlan } from '../../src/publish/schedule.js';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

describe('mapWeighted', () => {
  it('keeps the cap and the heavy cap, and light items run while heavy ones wait for a heavy slot', async () => {
    const items = [
      ...Array.from({ length: 6 }, (_, i) => ({ heavy: true, id: `h${i}` })),
      ...Array.from({ length: 10 }, (_, i) => ({ heavy: false, id: `l${i}` })),
    ];
    let active = 0;
    let activeHeavy = 0;
    let peak = 0;
    let peakHeavy = 0;
    const started: string[] = [];
    await mapWeighted(
      items,
      5,
      2,
      (i) => i.heavy,
      async (i) => {
        started.push(i.id);
        active++;
        if (i.heavy) activeHeavy++;
        peak = Math.max(peak, active);
        peakHeavy = Math.max(peakHeavy, activeHeavy);
        await tick();
        active--;
        if (i.heavy) activeHeavy--;
      },
    );
    expect(started).toHaveLength(16);
    expect(peak).toBe(5);
    expect(peakHeavy).toBe(2);
    // The first wave: two heavy, then light ones fill the cap rather than waiting behind h2.
    expect(started.slice(0, 5)).toEqual(['h0', 'h1', 'l0', 'l1', 'l2']);
  });

  it('stops starting new items after a failure and rejects with it once those in flight settle', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = mapWeighted(
      [1, 2, 3, 4, 5, 6],
      2,
      1,
      () => false,
      async (n) => {
        started.push(n);
        await tick();
        settled++;
        if (n === 1) throw new Error('boom');
      },
    );
    await expect(run).rejects.toThrow('boom');
    expect(settled).toBe(started.length);
    expect(started.length).toBeLessThan(6);
  });

  it('resolves at once for no items', async () => {
    await expect(
      mapWeighted(
        [],
        4,
        1,
        () => true,
        () => Promise.resolve(),
      ),
    ).resolves.toBeUndefined();
  });
});

describe('streamPlan', () => {
  const MiB = 1024 * 1024;
  it.each([
    // cap, round trip (ms), large from, large streams
    { cap: 16, rtt: undefined, largeBytes: 8 * MiB, largeStreams: 4, why: 'nothing measured: 8 MiB' },
    { cap: 16, rtt: 0.2, largeBytes: 1 * MiB, largeStreams: 4, why: 'loopback: nearly every blob is bytes-bound' },
    { cap: 16, rtt: 5, largeBytes: 1 * MiB, largeStreams: 4, why: 'a LAN: two round trips carry 1 MiB' },
    { cap: 16, rtt: 50, largeBytes: 10 * MiB, largeStreams: 4, why: 'across a continent' },
    { cap: 16, rtt: 200, largeBytes: 40 * MiB, largeStreams: 4, why: 'around the world' },
    { cap: 16, rtt: 2000, largeBytes: 64 * MiB, largeStreams: 4, why: 'a satellite hop: capped' },
    { cap: 1, rtt: 50, largeBytes: 10 * MiB, largeStreams: 1, why: 'a cap of one holds' },
    { cap: 4, rtt: 50, largeBytes: 10 * MiB, largeStreams: 2, why: 'at least two large streams' },
    { cap: 32, rtt: 50, largeBytes: 10 * MiB, largeStreams: 8, why: 'a quarter of the cap' },
  ])('$why (cap $cap, $rtt ms)', ({ cap, rtt, largeBytes, largeStreams }) => {
    expect(streamPlan(cap, rtt)).toEqual({ streams: cap, largeBytes, largeStreams });
  });

  it('scales the large size with the stream rate it is given', () => {
    expect(streamPlan(16, 50, 10 * MiB).largeBytes).toBe(1 * MiB);
    expect(streamPlan(16, 100, 50 * MiB).largeBytes).toBe(10 * MiB);
  });
});
