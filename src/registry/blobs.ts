import type { Readable } from 'node:stream';
import { type Digest, verifyingTransform } from './digest.js';
import { isNotFound } from './errors.js';
import type { Repository } from './reference.js';
import { pullScopes, pushScopes } from './scopes.js';
import type { Transport } from './transport.js';

const blobUrl = (repo: Repository, d: Digest): string => `/v2/${repo.path}/blobs/${d}`;

/** Size of the blob if the repository has it, undefined if not. */
export async function statBlob(t: Transport, repo: Repository, digest: Digest): Promise<number | undefined> {
  try {
    const res = await t.request({
      method: 'HEAD',
      registry: repo.registry,
      url: blobUrl(repo, digest),
      scopes: pullScopes(repo),
      ok: [200],
      what: `check blob ${repo}@${digest}`,
    });
    res.discard();
    return Number(res.headers['content-length'] ?? 0);
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** The blob as a stream that errors, rather than ends, if the bytes do not hash to `digest`. */
export async function getBlob(t: Transport, repo: Repository, digest: Digest, size?: number): Promise<Readable> {
  const res = await t.request({
    method: 'GET',
    registry: repo.registry,
    url: blobUrl(repo, digest),
    scopes: pullScopes(repo),
    ok: [200],
    what: `get blob ${repo}@${digest}`,
  });
  const verifier = verifyingTransform(digest, size);
  res.body.on('error', (e) => verifier.destroy(e));
  // A reader that stops early (a size limit, a mismatch) must not leave the response holding its socket.
  verifier.on('close', () => {
    if (!res.body.readableEnded) res.body.destroy();
  });
  return res.body.pipe(verifier);
}

/** Abandons an upload session; best effort, since the registry expires sessions anyway. */
async function cancelUpload(t: Transport, repo: Repository, location: string | undefined): Promise<void> {
  if (!location) return;
  await t
    .request({ method: 'DELETE', registry: repo.registry, url: location, scopes: pushScopes(repo), ok: [204, 200, 404], what: `cancel upload to ${repo}` })
    .then((r) => r.discard())
    .catch(() => undefined);
}

/**
 * Proves the credentials may push to `repo`: opens an upload session and cancels it, so nothing
 * stays behind. Read-only credentials fail here as surely as wrong ones. The answer is in once the
 * session opens: the cancel (which never rejects) goes on while the caller moves on, a round trip
 * less before a build starts.
 */
export async function checkPushAccess(t: Transport, repo: Repository): Promise<void> {
  const res = await t.request({
    method: 'POST',
    registry: repo.registry,
    url: `/v2/${repo.path}/blobs/uploads/`,
    scopes: pushScopes(repo),
    headers: { 'content-length': '0' },
    ok: [202],
    what: `check push access to ${repo}`,
  });
  res.discard();
  void cancelUpload(t, repo, res.headers.location);
}

/** Cross-repository mount alone; a declined mount's upload session is cancelled so nothing dangles. */
export async function mountBlob(t: Transport, repo: Repository, digest: Digest, from: Repository): Promise<boolean> {
  const url = `/v2/${repo.path}/blobs/uploads/?mount=${encodeURIComponent(digest.toString())}&from=${encodeURIComponent(from.path)}`;
  const res = await t.request({
    method: 'POST',
    registry: repo.registry,
    url,
    scopes: [...pushScopes(repo), ...pullScopes(from)],
    headers: { 'content-length': '0' },
    ok: [201, 202],
    what: `mount ${digest} from ${from} into ${repo}`,
  });
  res.discard();
  if (res.status === 201) return true;
  await cancelUpload(t, repo, res.headers.location);
  return false;
}
