import { Digest, digestOf } from './digest.js';
import { isNotFound } from './errors.js';
import { MANIFEST_MAX_BYTES } from './limits.js';
import { MANIFEST_ACCEPT, type ImageIndex, type ImageManifest } from './mediatypes.js';
import type { Repository } from './reference.js';
import { deleteScopes, pullScopes, pushScopes } from './scopes.js';
import type { Transport } from './transport.js';

/** A manifest exactly as the registry stores it: the bytes are what the digest covers. */
export interface Manifest {
  digest: Digest;
  mediaType: string;
  bytes: Buffer;
  /** The parsed bytes; never re-serialized, since that would change the digest. */
  json: ImageManifest | ImageIndex;
}

export interface ManifestHead {
  digest: Digest;
  mediaType: string;
  size: number;
}

function manifestUrl(repo: Repository, identifier: string): string {
  return `/v2/${repo.path}/manifests/${identifier}`;
}

function contentType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim();
}

/** Tag or digest to digest: HEAD first (cheap, and not counted by Docker Hub's pull limit), GET if HEAD gives no digest. */
export async function resolveManifest(t: Transport, repo: Repository, identifier: string): Promise<ManifestHead> {
  const what = `resolve ${repo}:${identifier}`;
  const head = await t.request({
    method: 'HEAD',
    registry: repo.registry,
    url: manifestUrl(repo, identifier),
    scopes: pullScopes(repo),
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200],
    what,
  });
  head.discard();
  const header = head.headers['docker-content-digest'];
  if (typeof header === 'string' && Digest.isDigest(header)) {
    return { digest: Digest.parse(header), mediaType: contentType(head.headers['content-type']), size: Number(head.headers['content-length'] ?? 0) };
  }
  const m = await getManifest(t, repo, identifier);
  return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}

/** A manifest by tag or digest; by digest, the bytes are verified with that digest's own algorithm. */
export async function getManifest(t: Transport, repo: Repository, identifier: string): Promise<Manifest> {
  const url = manifestUrl(repo, identifier);
  const what = `manifest ${repo}${Digest.isDigest(identifier) ? '@' : ':'}${identifier}`;
  const res = await t.request({
    method: 'GET',
    registry: repo.registry,
    url,
    scopes: pullScopes(repo),
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200],
    what: `get ${what}`,
  });
  const bytes = await res.buffer(MANIFEST_MAX_BYTES, what);
  const wanted = Digest.isDigest(identifier) ? Digest.parse(identifier) : undefined;
  const digest = digestOf(bytes, wanted?.algorithm);
  if (wanted && !wanted.equals(digest)) {
    throw new Error(`${what} failed verification: its content hashes to ${digest}`);
  }
  let json: ImageManifest | ImageIndex;
  try {
    json = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
  } catch {
    throw new Error(`${what} is not valid JSON`);
  }
  const mediaType = contentType(res.headers['content-type']) || json.mediaType || '';
  return { digest, mediaType, bytes, json };
}

export interface PutManifestResult {
  digest: Digest;
  /** The registry indexed the manifest's `subject` itself (OCI-Subject header): no fallback tag needed. */
  subjectIndexed: boolean;
}

/** PUTs the bytes as given and checks the registry stored exactly them (its digest header must match ours). */
export async function putManifest(t: Transport, repo: Repository, identifier: string, bytes: Buffer, mediaType: string): Promise<PutManifestResult> {
  const digest = digestOf(bytes);
  const res = await t.request({
    method: 'PUT',
    registry: repo.registry,
    url: manifestUrl(repo, identifier),
    scopes: pushScopes(repo),
    headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
    body: bytes,
    ok: [201, 200],
    what: `push manifest ${repo}:${identifier}`,
  });
  res.discard();
  const header = res.headers['docker-content-digest'];
  // A registry may name the manifest with another algorithm than ours: compare like with like.
  if (typeof header === 'string' && Digest.isDigest(header) && !Digest.parse(header).equals(digestOf(bytes, Digest.parse(header).algorithm))) {
    throw new Error(`registry stored manifest ${repo}:${identifier} as ${header}, expected ${digest}`);
  }
  return { digest, subjectIndexed: res.headers['oci-subject'] !== undefined };
}

export async function deleteManifest(t: Transport, repo: Repository, digest: Digest): Promise<void> {
  const res = await t.request({
    method: 'DELETE',
    registry: repo.registry,
    url: manifestUrl(repo, digest.toString()),
    scopes: deleteScopes(repo),
    ok: [202, 200],
    what: `delete ${repo}@${digest}`,
  });
  res.discard();
}

/** Whether a manifest exists, without treating 404 as an error. */
export async function manifestExists(t: Transport, repo: Repository, identifier: string): Promise<boolean> {
  try {
    await resolveManifest(t, repo, identifier);
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}
