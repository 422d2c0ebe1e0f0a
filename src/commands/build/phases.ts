import { performance } from 'node:perf_hooks';

/**
 * Wall time per phase, for the metadata output and the benchmark (bench/build.mjs). Laps follow one
 * another, so they add up to the run; `startMs` is the time from node's start to the first lap's start
 * (module loading and reading the inputs), so the run's overhead outside the builder shows in full.
 */
export class PhaseTimer {
  readonly laps: Record<string, number> = {};
  private last = performance.now();

  constructor() {
    this.laps.startMs = Math.round(this.last);
  }

  lap(name: string): void {
    const now = performance.now();
    this.laps[name] = Math.round((this.laps[name] ?? 0) + now - this.last);
    this.last = now;
  }
}
