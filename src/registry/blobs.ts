import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { Digest, verifyingTransform } from './digest.js';
import { isNotFound, RegistryError } from './errors.js';
import type { Repository } from './reference.js';
import { backoffMs, defaultRetryPolicy, isRetryable, sleep } from './retry.js';
import type { Transport } from './transport.js';

const pull = (repo: Repository): string[] => [`repository:${repo.path}:pull`];
const push = (repo: Repository): string[] => [`repository:${repo.path}:pull,push`];
const blobUrl = (repo: Repository, d: Digest): string => `/v2/${repo.path}/blobs/${d}`;

/** Size of the blob if the repository has it, undefined if not. */
export async function statBlob(t: Transport, repo: Repository, digest: Digest): Promise<number | undefined> {
  try {
    const res = await t.request({
      method: 'HEAD',
      registry: repo.registry,
      url: blobUrl(repo, digest),
      scopes: pull(repo),
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
    scopes: pull(repo),
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

export interface PutBlobOptions {
  /** Known digest: sent up front (monolithic PUT) and checked by the registry. Unknown: computed while streaming. */
  digest?: Digest;
  size?: number;
  /** Split into PATCH requests of this many bytes, for registries that cap request size. 0: one request. */
  chunkSize?: number;
  /** Try a cross-repository mount from this repository (same registry) before sending any bytes. */
  mountFrom?: Repository;
  attempts?: number;
}

export interface PutBlobResult {
  digest: Digest;
  size: number;
  /** How the blob got there: mounted from another repository, or uploaded. */
  mounted: boolean;
}

/**
 * Uploads a blob. `open` is called again for each attempt: a failed upload restarts from a new
 * session, because the state of a half-written session is unknowable.
 */
export async function putBlob(t: Transport, repo: Repository, open: () => Readable | Promise<Readable>, opts: PutBlobOptions = {}): Promise<PutBlobResult> {
  const attempts = opts.attempts ?? BLOB_RESTARTS;
  let current = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      return await uploadOnce(t, repo, open, current);
    } catch (e) {
      // A registry or proxy that caps request bodies answers 413: send the blob in chunks instead.
      if (e instanceof RegistryError && e.status === 413 && !current.chunkSize) {
        current = { ...current, chunkSize: FALLBACK_CHUNK_BYTES };
        attempt--;
        continue;
      }
      if (!isRetryable(e) || attempt >= attempts) throw e;
      await sleep(backoffMs(defaultRetryPolicy, attempt));
    }
  }
}

/** Whole-upload restarts; each request inside one already rides out an outage with the transport's retries. */
const BLOB_RESTARTS = 5;

/** Chunk size after a 413: above S3's 5 MiB multipart minimum, below common proxy caps. */
const FALLBACK_CHUNK_BYTES = 16 * 1024 * 1024;

async function uploadOnce(t: Transport, repo: Repository, open: () => Readable | Promise<Readable>, opts: PutBlobOptions): Promise<PutBlobResult> {
  const scopes = [...push(repo)];
  let url = `/v2/${repo.path}/blobs/uploads/`;
  const mount = opts.mountFrom && opts.digest && opts.mountFrom.registry.host === repo.registry.host && opts.mountFrom.path !== repo.path;
  if (mount) {
    scopes.push(`repository:${opts.mountFrom!.path}:pull`);
    url += `?mount=${encodeURIComponent(opts.digest!.toString())}&from=${encodeURIComponent(opts.mountFrom!.path)}`;
  }
  const started = await t.request({
    method: 'POST',
    registry: repo.registry,
    url,
    scopes,
    headers: { 'content-length': '0' },
    ok: [201, 202],
    what: `start blob upload to ${repo}`,
  });
  started.discard();
  if (started.status === 201 && opts.digest) return { digest: opts.digest, size: opts.size ?? 0, mounted: true };
  // 202: no mount (the registry refused it or has no such blob); the session it opened takes the upload.
  let location = locationOf(started.headers.location, repo);
  // OCI 1.1: a registry may require chunks of at least this size.
  const minChunk = Number(started.headers['oci-chunk-min-length'] ?? 0);
  if (opts.chunkSize && minChunk > opts.chunkSize) opts = { ...opts, chunkSize: minChunk };
  const hasher = createHash('sha256');
  let size = 0;
  const counting = (): Transform =>
    new Transform({
      transform(chunk: Buffer, _enc, cb: TransformCallback) {
        hasher.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
  if (opts.digest && opts.size !== undefined && !opts.chunkSize) {
    const done = await t.request({
      method: 'PUT',
      registry: repo.registry,
      url: withDigest(location, opts.digest),
      scopes: push(repo),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(opts.size) },
      // No hashing here: the registry checks the digest and length itself, and a source that
      // verifies its own bytes (getBlob) fails the request before a wrong byte is committed.
      body: open,
      ok: [201],
      noRetry: true,
      what: `upload blob ${opts.digest} to ${repo}`,
    });
    done.discard();
    return { digest: opts.digest, size: opts.size, mounted: false };
  }
  const source = await open();
  const chunks = opts.chunkSize ? chunked(source, opts.chunkSize) : [throughCounter(source, counting())];
  let offset = 0;
  for await (const chunk of chunks) {
    const body = Buffer.isBuffer(chunk) ? chunk : undefined;
    if (body) {
      hasher.update(body);
      size += body.length;
    }
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (body) {
      headers['content-length'] = String(body.length);
      headers['content-range'] = `${offset}-${offset + body.length - 1}`;
      offset += body.length;
    }
    const res = await t.request({
      method: 'PATCH',
      registry: repo.registry,
      url: location,
      scopes: push(repo),
      headers,
      body: body ?? (() => chunk as Readable),
      ok: [202],
      noRetry: true,
      what: `upload blob to ${repo}`,
    });
    res.discard();
    location = locationOf(res.headers.location, repo, location);
  }
  const digest = new Digest('sha256', hasher.digest('hex'));
  if (opts.digest && !opts.digest.equals(digest)) throw new Error(`blob for ${repo} hashes to ${digest}, expected ${opts.digest}`);
  if (opts.size !== undefined && opts.size !== size) throw new Error(`blob ${digest} for ${repo} is ${size} bytes, expected ${opts.size}`);
  const done = await t.request({
    method: 'PUT',
    registry: repo.registry,
    url: withDigest(location, digest),
    scopes: push(repo),
    headers: { 'content-length': '0' },
    ok: [201],
    noRetry: true,
    what: `finish blob upload ${digest} to ${repo}`,
  });
  done.discard();
  return { digest, size, mounted: false };
}

/**
 * `pipe` drops the source's errors; `pipeline` carries a failed source (a digest mismatch while
 * copying between registries) into the stream the request reads, which then fails the upload.
 */
function throughCounter(source: Readable, counter: Transform): Transform {
  pipeline(source, counter, () => undefined);
  return counter;
}

function locationOf(header: string | undefined, repo: Repository, fallback?: string): string {
  if (header) return header;
  if (fallback) return fallback;
  throw new Error(`registry ${repo.registry} opened an upload for ${repo} without a Location header`);
}

function withDigest(location: string, digest: Digest): string {
  return location + (location.includes('?') ? '&' : '?') + 'digest=' + encodeURIComponent(digest.toString());
}

/** Re-chunks a stream into buffers of `size` bytes; only one chunk is held in memory at a time. */
async function* chunked(source: Readable, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const data of source) {
    let buf = data as Buffer;
    while (held + buf.length >= size) {
      const take = size - held;
      parts.push(buf.subarray(0, take));
      yield Buffer.concat(parts);
      parts = [];
      held = 0;
      buf = buf.subarray(take);
    }
    if (buf.length) {
      parts.push(buf);
      held += buf.length;
    }
  }
  if (held) yield Buffer.concat(parts);
}

/** Abandons an upload session; best effort, since the registry expires sessions anyway. */
async function cancelUpload(t: Transport, repo: Repository, location: string | undefined): Promise<void> {
  if (!location) return;
  await t
    .request({ method: 'DELETE', registry: repo.registry, url: location, scopes: push(repo), ok: [204, 200, 404], what: `cancel upload to ${repo}` })
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
    scopes: push(repo),
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
    scopes: [...push(repo), ...pull(from)],
    headers: { 'content-length': '0' },
    ok: [201, 202],
    what: `mount ${digest} from ${from} into ${repo}`,
  });
  res.discard();
  if (res.status === 201) return true;
  await cancelUpload(t, repo, res.headers.location);
  return false;
}
