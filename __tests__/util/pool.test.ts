import { describe, expect, it } from '@jest/globals';
import { mapLimit } from '../../src/util/pool.js';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('mapLimit', () => {
  it('never has more than `limit` items in flight and visits every item once', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await mapLimit([...Array(20).keys()], 3, async (i) => {
      peak = Math.max(peak, ++inFlight);
      await tick(i % 4);
      seen.push(i);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('starts nothing after a failure and settles what is in flight before rejecting', async () => {
    const started: number[] = [];
    let finished = 0;
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      if (i === 1) throw new Error('boom');
      await tick(20);
      finished++;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
    expect(finished).toBe(1);
  });
});
