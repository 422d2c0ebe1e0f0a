import { createHash } from 'node:crypto';
import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import { Digest } from './digest.js';
import { RegistryError } from './errors.js';
import type { Repository } from './reference.js';
import { backoffMs, defaultRetryPolicy, isRetryable, sleep } from './retry.js';
import { pushScopes } from './scopes.js';
import { postWhole, SINGLE_POST_MAX_BYTES, type SinglePostSupport } from './single-post.js';
import type { Transport } from './transport.js';
import { abandonSession, locationOf, startSession, type Session } from './upload-session.js';

export interface PutBlobOptions {
  /** Known digest: sent up front (monolithic PUT) and checked by the registry. Unknown: computed while streaming. */
  digest?: Digest;
  size?: number;
  /** Split into PATCH requests of this many bytes, for registries that cap request size. 0: one request. */
  chunkSize?: number;
  /** Try a cross-repository mount from this repository (same registry) before sending any bytes. */
  mountFrom?: Repository;
  /**
   * Whether the blob is there already, asked beside the session's opening rather than before it (one
   * round trip instead of two while the answer is mostly no): when it says yes, the session is given up
   * and nothing is sent. A failed check counts as no.
   */
  present?: Promise<boolean>;
  attempts?: number;
}

export interface PutBlobResult {
  digest: Digest;
  size: number;
  /** How the blob got there: mounted from another repository, or uploaded. */
  mounted: boolean;
  /** It was there already (PutBlobOptions.present): nothing was sent. */
  present?: boolean;
}

type Open = () => Readable | Promise<Readable>;

/**
 * Uploads a blob. `open` is called again for each attempt: a failed upload restarts from a new
 * session, because the state of a half-written session is unknowable. With `singlePost`, a blob of
 * known digest and size goes in one request where the registry takes that.
 */
export async function putBlob(t: Transport, repo: Repository, open: Open, opts: PutBlobOptions = {}, singlePost?: SinglePostSupport): Promise<PutBlobResult> {
  const attempts = opts.attempts ?? BLOB_RESTARTS;
  let current = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      return await uploadOnce(t, repo, open, current, singlePost);
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

/** One attempt, in the form the options call for: mount, one POST or one PUT of known bytes, one streamed PATCH, or chunks. */
async function uploadOnce(t: Transport, repo: Repository, open: Open, opts: PutBlobOptions, singlePost?: SinglePostSupport): Promise<PutBlobResult> {
  const mountFrom = opts.mountFrom && opts.digest && opts.mountFrom.registry.host === repo.registry.host && opts.mountFrom.path !== repo.path;
  const known = opts.digest && opts.size !== undefined && !opts.chunkSize ? { digest: opts.digest, size: opts.size } : undefined;
  // Bytes of a known blob are asked for while the session opens, so a copy between registries spends
  // one round trip on both, not one after the other. Not when a mount may make the bytes unneeded.
  const early = known && !mountFrom ? earlyOpen(open) : undefined;
  let session: Session | 'mounted';
  try {
    const single =
      known && early && singlePost && known.size <= SINGLE_POST_MAX_BYTES ? await trySinglePost(t, repo, early.take, known, singlePost) : undefined;
    if (single && 'digest' in single) return single;
    session = single ?? (await startSession(t, repo, mountFrom ? { from: opts.mountFrom!, digest: opts.digest! } : undefined));
  } catch (e) {
    early?.drop();
    throw e;
  }
  if (session === 'mounted') return { digest: opts.digest!, size: opts.size ?? 0, mounted: true };
  if (known && opts.present && (await opts.present.catch(() => false))) {
    early?.drop();
    await abandonSession(t, repo, session.location);
    return { ...known, mounted: false, present: true };
  }
  if (known) return putWhole(t, repo, session.location, early ? early.take : open, known);
  // OCI 1.1: a registry may require chunks of at least this size.
  const chunkSize = opts.chunkSize ? Math.max(opts.chunkSize, session.minChunk) : 0;
  const sent = chunkSize ? await patchChunks(t, repo, session.location, await open(), chunkSize) : await patchStream(t, repo, session.location, await open());
  if (opts.digest && !opts.digest.equals(sent.digest)) throw new Error(`blob for ${repo} hashes to ${sent.digest}, expected ${opts.digest}`);
  if (opts.size !== undefined && opts.size !== sent.size) throw new Error(`blob ${sent.digest} for ${repo} is ${sent.size} bytes, expected ${opts.size}`);
  const done = await t.request({
    method: 'PUT',
    registry: repo.registry,
    url: withDigest(sent.location, sent.digest),
    scopes: pushScopes(repo),
    headers: { 'content-length': '0' },
    ok: [201],
    noRetry: true,
    what: `finish blob upload ${sent.digest} to ${repo}`,
  });
  done.discard();
  return { digest: sent.digest, size: sent.size, mounted: false };
}

/**
 * The stream opened ahead of need: handed out once (a retried request opens a fresh one), destroyed
 * if never used, and its failure surfaces where it is used, never as an unhandled rejection.
 */
function earlyOpen(open: Open): { take: Open; drop: () => void } {
  let pending: Promise<Readable> | undefined = Promise.resolve()
    .then(open)
    .then((s) => {
      // Until the request pipes it, nothing else listens: an error now must not go unhandled.
      s.on('error', () => undefined);
      return s;
    });
  pending.catch(() => undefined);
  return {
    take: () => {
      const p = pending;
      pending = undefined;
      if (!p) return open();
      // A stream that failed (or closed) while waiting cannot be piped: its failure is this attempt's.
      return p.then((s) => {
        if (s.errored || s.destroyed) throw s.errored ?? new Error('the blob stream closed before the upload started');
        return s;
      });
    },
    drop: () => {
      void pending?.then(
        (s) => s.destroy(),
        () => undefined,
      );
      pending = undefined;
    },
  };
}

/**
 * The blob in one POST where its registry takes that (or is being asked whether it does): the
 * result when stored, the session a registry that ignored the digest opened instead, or undefined
 * to go the two-request way.
 */
async function trySinglePost(
  t: Transport,
  repo: Repository,
  open: Open,
  blob: { digest: Digest; size: number },
  support: SinglePostSupport,
): Promise<PutBlobResult | Session | undefined> {
  const host = repo.registry.host;
  const mode = support.claim(host, blob.size);
  if (mode === 'session') return undefined;
  let answer: Awaited<ReturnType<typeof postWhole>>;
  try {
    answer = await postWhole(t, repo, open, blob, mode === 'ask');
  } catch (e) {
    if (mode === 'ask') support.learn(host, undefined);
    throw e;
  }
  support.learn(host, answer === 'created');
  if (answer === 'created') return { ...blob, mounted: false };
  return answer === 'unsupported' ? undefined : { location: answer.location, minChunk: 0 };
}

/** Known digest and size: the whole blob in the session-closing PUT. */
async function putWhole(t: Transport, repo: Repository, location: string, open: Open, blob: { digest: Digest; size: number }): Promise<PutBlobResult> {
  const done = await t.request({
    method: 'PUT',
    registry: repo.registry,
    url: withDigest(location, blob.digest),
    scopes: pushScopes(repo),
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
    // No hashing here: the registry checks the digest and length itself, and a source that
    // verifies its own bytes (getBlob) fails the request before a wrong byte is committed.
    body: open,
    ok: [201],
    noRetry: true,
    what: `upload blob ${blob.digest} to ${repo}`,
  });
  done.discard();
  return { digest: blob.digest, size: blob.size, mounted: false };
}

interface Sent {
  digest: Digest;
  size: number;
  location: string;
}

/** Unknown digest: one streamed PATCH, hashed on the way. */
async function patchStream(t: Transport, repo: Repository, location: string, source: Readable): Promise<Sent> {
  const hasher = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      hasher.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  // `pipe` drops the source's errors; `pipeline` carries a failed source into the stream the request reads.
  pipeline(source, counter, () => undefined);
  const res = await t.request({
    method: 'PATCH',
    registry: repo.registry,
    url: location,
    scopes: pushScopes(repo),
    headers: { 'content-type': 'application/octet-stream' },
    body: () => counter,
    ok: [202],
    noRetry: true,
    what: `upload blob to ${repo}`,
  });
  res.discard();
  return { digest: new Digest('sha256', hasher.digest('hex')), size, location: locationOf(res.headers.location, repo, location) };
}

/** For registries that cap request size: PATCHes of `chunkSize` bytes with their ranges, hashed on the way. */
async function patchChunks(t: Transport, repo: Repository, location: string, source: Readable, chunkSize: number): Promise<Sent> {
  const hasher = createHash('sha256');
  let offset = 0;
  for await (const body of chunked(source, chunkSize)) {
    hasher.update(body);
    const res = await t.request({
      method: 'PATCH',
      registry: repo.registry,
      url: location,
      scopes: pushScopes(repo),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length), 'content-range': `${offset}-${offset + body.length - 1}` },
      body,
      ok: [202],
      noRetry: true,
      what: `upload blob to ${repo}`,
    });
    res.discard();
    offset += body.length;
    location = locationOf(res.headers.location, repo, location);
  }
  return { digest: new Digest('sha256', hasher.digest('hex')), size: offset, location };
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
