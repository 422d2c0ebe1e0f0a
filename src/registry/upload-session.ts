import type { Digest } from './digest.js';
import type { Repository } from './reference.js';
import { pullScopes, pushScopes } from './scopes.js';
import type { Transport } from './transport.js';

export interface Session {
  location: string;
  minChunk: number;
}

/** POSTs for an upload session, with a mount attempt when a holder is named; 201 means mounted. */
export async function startSession(t: Transport, repo: Repository, mount: { from: Repository; digest: Digest } | undefined): Promise<Session | 'mounted'> {
  const query = mount ? `?mount=${encodeURIComponent(mount.digest.toString())}&from=${encodeURIComponent(mount.from.path)}` : '';
  const started = await t.request({
    method: 'POST',
    registry: repo.registry,
    url: `/v2/${repo.path}/blobs/uploads/${query}`,
    scopes: mount ? [...pushScopes(repo), ...pullScopes(mount.from)] : pushScopes(repo),
    headers: { 'content-length': '0' },
    ok: [201, 202],
    what: `start blob upload to ${repo}`,
  });
  started.discard();
  if (started.status === 201 && mount) return 'mounted';
  // 202: no mount (the registry refused it or has no such blob); the session it opened takes the upload.
  return { location: locationOf(started.headers.location, repo), minChunk: Number(started.headers['oci-chunk-min-length'] ?? 0) };
}

/**
 * Gives up an upload session that turned out not to be needed (the blob was there already): the
 * spec's DELETE of the session. A registry that cannot cancel one lets it expire, so a refusal or a
 * failure here changes nothing and is not an error.
 */
export async function abandonSession(t: Transport, repo: Repository, location: string): Promise<void> {
  try {
    const res = await t.request({
      method: 'DELETE',
      registry: repo.registry,
      url: location,
      scopes: pushScopes(repo),
      ok: [200, 202, 204, 404, 405],
      noRetry: true,
      what: `cancel the blob upload to ${repo}`,
    });
    res.discard();
  } catch {
    // expires on its own
  }
}

export function locationOf(header: string | undefined, repo: Repository, fallback?: string): string {
  if (header) return header;
  if (fallback) return fallback;
  throw new Error(`registry ${repo.registry} opened an upload for ${repo} without a Location header`);
}
