import { types } from 'node:util';
import { runSignal, throwIfStopped } from '../util/abort.js';

/** How often and how patiently a request is retried. */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  attempts: number;
  /** First backoff; doubles each attempt, with full jitter. */
  baseMs: number;
  /** Upper bound for one backoff wait. */
  maxMs: number;
  /** Upper bound for a server's Retry-After: a registry asking for an hour does not get it. */
  retryAfterMaxMs: number;
}

/**
 * 12 attempts: waits of 0.25, 0.5, 1, 2, 4, 8 s, then 10 s five times (each jittered down to half),
 * 33 to 66 s in all, enough to ride a registry restart or a GHCR/Docker Hub blip of half a minute
 * or more. The `retries` input changes the attempts; `timeout` bounds the whole command.
 */
export const defaultRetryPolicy: RetryPolicy = { attempts: 12, baseMs: 250, maxMs: 10_000, retryAfterMaxMs: 60_000 };

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** A failure worth another attempt that is not a socket error, e.g. a 503 answer to a ping. */
export class RetryableError extends Error {}

export function isRetryableNetworkError(e: unknown): boolean {
  // Node's own errors are native errors from the main realm; inside a vm context (jest) they are
  // not `instanceof` that context's Error, and a reset connection must be retried there too.
  if (!(e instanceof Error) && !types.isNativeError(e)) return false;
  if (e instanceof RetryableError) return true;
  const code = (e as NodeJS.ErrnoException).code;
  if (code && RETRYABLE_CODES.has(code)) return true;
  return /socket hang up|premature close|aborted/i.test(e.message);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffMs(policy: RetryPolicy, attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.retryAfterMaxMs);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** A wait that a cancelled or timed-out run cuts short, throwing why it was stopped. */
export async function sleep(ms: number): Promise<void> {
  throwIfStopped();
  // A plain timer rather than node:timers/promises: src/settings/reliability.ts imports this module on
  // every run's path, where loading that module cost start-up time.
  const signal = runSignal();
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
  throwIfStopped();
}

/** Whether a failed operation as a whole is worth starting again (used where one request cannot be replayed). */
export function isRetryable(e: unknown): boolean {
  if (isRetryableNetworkError(e)) return true;
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' && isRetryableStatus(status);
}
