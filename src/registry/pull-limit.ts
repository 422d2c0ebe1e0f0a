import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/**
 * Docker Hub's pull limit as its `ratelimit-limit` and `ratelimit-remaining` headers give it on a
 * manifest request: `100;w=21600` is a count, then the window in seconds.
 */
export interface RateLimit {
  count: number;
  windowSeconds: number | undefined;
}

export function parseRateLimit(value: string | string[] | undefined): RateLimit | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(text ?? '');
  if (!m) return undefined;
  return { count: Number(m[1]), windowSeconds: m[2] === undefined ? undefined : Number(m[2]) };
}

function windowText(seconds: number | undefined): string {
  if (seconds === undefined) return 'its window';
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

const isDockerHub = (host: string): boolean => /^(?:registry-1\.|index\.)?docker\.io$/i.test(host);

/** A pull limit used up: the limit resets over hours, so the request is not retried. */
export class PullLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PullLimitError';
  }
}

/**
 * The error for a 429 that is a pull limit used up (no pulls remaining by the headers, or any 429
 * from Docker Hub), else undefined: other registries' 429s are brief throttling, worth retrying.
 */
export function pullLimitError(host: string, headers: IncomingHttpHeaders, what: string): PullLimitError | undefined {
  const limit = parseRateLimit(headers['ratelimit-limit']);
  const remaining = parseRateLimit(headers['ratelimit-remaining']);
  if (remaining?.count !== 0 && !isDockerHub(host)) return undefined;
  const left = remaining
    ? `${remaining.count} of ${limit ? limit.count : '?'} pulls remaining in ${windowText(remaining.windowSeconds ?? limit?.windowSeconds)}`
    : 'no pulls remaining';
  return new PullLimitError(
    `pull limit reached at ${host} while trying to ${what}: HTTP 429 TOOMANYREQUESTS, ${left}; not retried, as the limit resets over hours; authenticating to docker.io (input 'registry-auth' or docker login) raises Docker Hub's limit`,
  );
}

/** Throws, the answer consumed, when a 429 is a pull limit used up: not a failure worth retrying. */
export function throwIfPullLimit(host: string, res: IncomingMessage, what: string): void {
  const limited = pullLimitError(host, res.headers, what);
  if (!limited) return;
  res.resume();
  throw limited;
}

/** Warns once per registry when the pulls remaining run low: at most a tenth of the limit, or 10. */
export class PullLimitWatch {
  private readonly warned = new Set<string>();

  constructor(private readonly warn: ((message: string) => void) | undefined) {}

  observe(host: string, headers: IncomingHttpHeaders): void {
    const remaining = parseRateLimit(headers['ratelimit-remaining']);
    if (!remaining || !this.warn || this.warned.has(host.toLowerCase())) return;
    const limit = parseRateLimit(headers['ratelimit-limit']);
    if (remaining.count > Math.max(10, Math.floor((limit?.count ?? 0) / 10))) return;
    this.warned.add(host.toLowerCase());
    const of = limit ? ` of ${limit.count}` : '';
    this.warn(
      `${host}: ${remaining.count}${of} pulls remaining in ${windowText(remaining.windowSeconds ?? limit?.windowSeconds)} (ratelimit-remaining); once used up, pulls fail until the window passes; authenticating to docker.io raises Docker Hub's limit`,
    );
  }
}
