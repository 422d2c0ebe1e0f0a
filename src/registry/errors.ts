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
      return ((parsed as { errors: unknown[] }).errors).flatMap((e) => {
        if (!e || typeof e !== 'object') return [];
        const { code, message } = e as { code?: unknown; message?: unknown };
        return [{ code: String(code ?? 'UNKNOWN'), message: typeof message === 'string' ? message : '' }];
      });
    }
  } catch {
    // Not JSON: proxies and CDNs answer HTML; the status alone must do.
  }
  return [];
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
