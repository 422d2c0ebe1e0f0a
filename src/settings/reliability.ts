import type { Runtime } from '../host/runtime.js';
import { defaultRetryPolicy } from '../registry/retry.js';
import { InputError, intInput } from './inputs.js';

/** Bounds of `retries`: at least one attempt; past 100 a dead registry would hold a job for hours. */
export const RETRIES_MAX = 100;
/** Bounds of `timeout`: one second to one day (setTimeout cannot hold much more than 24 days anyway). */
const TIMEOUT_MAX_MS = 24 * 3600_000;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3600_000 };

/** `retries`: attempts per registry request, the first included. */
export function retriesInput(rt: Runtime): number {
  return intInput(rt, 'retries', defaultRetryPolicy.attempts, 1, RETRIES_MAX);
}

/** `90s`, `10m`, `1h30m`, `1h`: Go-style durations, as crane and regclient take them. */
export function parseDuration(text: string): number | undefined {
  const v = text.trim();
  if (!/^(\d+(ms|s|m|h))+$/.test(v)) return undefined;
  let ms = 0;
  for (const [, n, unit] of v.matchAll(/(\d+)(ms|s|m|h)/g)) ms += Number(n) * UNITS[unit];
  return ms;
}

/** Bounds of `idle-timeout`: a second to ten minutes. */
const IDLE_TIMEOUT_MAX_MS = 600_000;

/** `idle-timeout`: how long a registry request may receive nothing before it fails and is retried; undefined for the default. */
export function idleTimeoutInput(rt: Runtime): number | undefined {
  const v = rt.input('idle-timeout');
  if (!v) return undefined;
  const ms = parseDuration(v);
  if (ms === undefined || ms < 1000 || ms > IDLE_TIMEOUT_MAX_MS) {
    throw new InputError('idle-timeout', v, 'Expected a duration from 1s to 10m such as 30s or 2m.');
  }
  return ms;
}

/** `timeout`: a bound on the whole command in milliseconds; undefined (no bound but the job's own) when empty. */
export function timeoutInput(rt: Runtime): number | undefined {
  const v = rt.input('timeout');
  if (!v) return undefined;
  const ms = parseDuration(v);
  if (ms === undefined || ms < 1000 || ms > TIMEOUT_MAX_MS) {
    throw new InputError('timeout', v, 'Expected a duration from 1s to 24h such as 90s, 10m or 1h30m.');
  }
  return ms;
}

/** `10m` for 600000, `1h30m` for 5400000: how the log names a duration. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  const parts: string[] = [];
  if (s >= 3600) parts.push(`${Math.floor(s / 3600)}h`);
  if (s % 3600 >= 60) parts.push(`${Math.floor((s % 3600) / 60)}m`);
  if (s % 60 || !parts.length) parts.push(`${s % 60}s`);
  return parts.join('');
}
