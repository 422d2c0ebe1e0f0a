/** One error type for everything the registry answers badly, so callers can branch on status and code. */
export interface RegistryErrorDetail {
  code: string;
  message: string;
}

export class RegistryError extends Error {
  constructor(
    readonly method: string,
    /** Query strings are dropped: upload URLs and token realms may carry state or secrets. */
    readonly url: string,
    readonly status: number,
    readonly details: RegistryErrorDetail[],
    what?: string,
  ) {
    const codes = details.map((d) => (d.message ? `${d.code}: ${d.message}` : d.code)).join('; ');
    super(`${what ? what + ': ' : ''}${method} ${url} returned HTTP ${status}${codes ? ` (${codes})` : ''}`);
    this.name = 'RegistryError';
  }

  hasCode(code: string): boolean {
    return this.details.some((d) => d.code === code);
  }

  /** What the status means to a caller deciding what to do next. */
  get kind(): RegistryErrorKind {
    if (this.status === 404) return 'not-found';
    if (this.status === 401) return 'unauthorized';
    if (this.status === 403) return 'denied';
    return 'other';
  }
}

export type RegistryErrorKind = 'not-found' | 'unauthorized' | 'denied' | 'other';

/** The registry has no such manifest, blob, tag list or repository. */
export function isNotFound(e: unknown): e is RegistryError {
  return e instanceof RegistryError && e.kind === 'not-found';
}

export function redactUrl(u: URL | string): string {
  const url = new URL(u.toString());
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** Parses the distribution spec's error body; anything else becomes an empty list. */
export function parseErrorBody(body: string): RegistryErrorDetail[] {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { errors?: unknown }).errors)) {
      return (parsed as { errors: unknown[] }).errors.flatMap((e) => {
        if (!e || typeof e !== 'object') return [];
        const { code, message } = e as { code?: unknown; message?: unknown };
        return [{ code: typeof code === 'string' || typeof code === 'number' ? String(code) : 'UNKNOWN', message: typeof message === 'string' ? message : '' }];
      });
    }
  } catch {
    // Not JSON: proxies and CDNs answer HTML; the status alone must do.
  }
  return [];
}

/** What pinship declined to do because it would hand credentials or content to a party that should not get them. */
export type Refusal = 'foreign-challenge' | 'insecure-realm' | 'downgrade';

/** A request pinship would not send or follow; never retried, since asking again gets the same answer. */
export class RefusedError extends Error {
  constructor(
    readonly refusal: Refusal,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** A body larger than pinship reads for its kind: a registry cannot make it buffer without bound. */
export class TooLargeError extends Error {
  constructor(
    /** What was being read, e.g. `manifest 127.0.0.1:5000/a:1`. */
    readonly what: string,
    readonly limit: number,
    /** What was found, e.g. `the registry announced Content-Length 9000000`. */
    readonly found: string,
    readonly unit: 'bytes' | 'tags' | 'pages' = 'bytes',
  ) {
    super(`${what} is too large: ${found}, over pinship's limit of ${unit === 'bytes' ? formatBytes(limit) : `${limit} ${unit}`}`);
    this.name = 'TooLargeError';
  }
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
