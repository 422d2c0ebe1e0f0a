import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Registry, Repository } from '../../src/registry/reference.js';

export interface FaultPlan {
  /** Answer 503 to every n-th request instead of forwarding it (0: never). */
  failEvery?: number;
  /** Answer 503 to everything for this long from the first request (Infinity: never recover), as a restarting registry does. */
  outageMs?: number;
  /** Hold every blob upload (PATCH/PUT to an upload session) unanswered, its body dropped: an upload forever in flight. */
  stallUploads?: boolean;
  /** Send Retry-After with those 503s, in seconds. */
  retryAfter?: number;
  /** Flip one byte in every blob GET body. */
  corruptBlobs?: boolean;
  /** Answer this request (1-based) with 401 and this challenge, as a registry does to an expired token. */
  unauthorizedAt?: { request: number; challenge: string };
  /** Answer 413 to any request declaring a body larger than this, as size-capped proxies do. */
  maxBodyBytes?: number;
  /** Forward over TLS trusting this CA (for the TLS registries). */
  upstreamCa?: Buffer;
  /**
   * Reset the connection once this many body bytes of a blob download (GET .../blobs/<digest>) or
   * upload (PATCH/PUT to an upload session) have passed, `times` times (default: every time).
   */
  cutBlob?: { direction: 'download' | 'upload'; afterBytes: number; times?: number };
  /** Answer manifest PUTs with this Docker-Content-Digest, as a registry that stored other bytes would. */
  storedDigest?: string;
  /** Serve GET/HEAD of `manifests/<key>` from `manifests/<value>`: a reference that names other content. */
  manifestAlias?: Record<string, string>;
  /** Rewrite the realm of every Bearer challenge (the registry's and `unauthorizedAt`'s), sending token fetches to a private token server. */
  realm?: string;
  /** Refuse (401) a bearer token at or past its `exp`, as a registry without distribution's minute of leeway. */
  strictTokenExpiry?: boolean;
  /**
   * Refuse manifest PUTs whose path contains `path` (400 MANIFEST_INVALID, not retried), answering only once
   * `after` holds of the requests seen (checked every 10 ms, for at most 10 s) and `graceMs` more have passed:
   * a destination that fails late, once the others have had time to finish their own writes.
   */
  refuseManifestPuts?: { path: string; after: (seen: SeenRequest[]) => boolean; graceMs: number };
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface FaultProxy {
  /** host:port of the proxy, a loopback address. */
  host: string;
  requests: number;
  failures: number;
  /** Connections reset by `cutBlob`. */
  cuts: number;
  /** Every request received, in order. */
  seen: SeenRequest[];
  /** Uploads held by `stallUploads`, and how many of those the client has since abandoned (closed its connection). */
  stalled: { held: number; abandoned: number };
  close(): Promise<void>;
}

interface State {
  requests: number;
  failures: number;
  cuts: number;
  seen: SeenRequest[];
  challenge: string | undefined;
  /** When the first request arrived (the start of `outageMs`). */
  started: number | undefined;
  stalled: { held: number; abandoned: number };
}

/** The `exp` claim of a bearer JWT, in seconds; undefined for anything else. */
export function tokenExpiry(authorization: string | undefined): number | undefined {
  const jwt = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = jwt?.split('.')[1];
  if (!payload) return undefined;
  const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  return typeof exp === 'number' ? exp : undefined;
}

const isBlobDownload = (req: http.IncomingMessage): boolean => req.method === 'GET' && /\/blobs\/sha(256|512):/.test(req.url ?? '');
const isBlobUpload = (req: http.IncomingMessage): boolean => (req.method === 'PATCH' || req.method === 'PUT') && /\/blobs\/uploads\//.test(req.url ?? '');

function aliased(url: string, method: string | undefined, alias: Record<string, string> | undefined): string {
  if (!alias || (method !== 'GET' && method !== 'HEAD')) return url;
  return url.replace(/\/manifests\/([^/?]+)$/, (whole, id: string) => (alias[id] ? `/manifests/${alias[id]}` : whole));
}

const withRealm = (plan: FaultPlan, challenge: string): string => (plan.realm ? challenge.replace(/realm="[^"]*"/, `realm="${plan.realm}"`) : challenge);

/** Answers instead of the registry when the plan says so; true when it did. */
function injectFault(plan: FaultPlan, state: State, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const answer = (status: number, headers: Record<string, string>, body: string): true => {
    state.failures++;
    req.resume();
    res.writeHead(status, headers).end(body);
    return true;
  };
  state.started ??= Date.now();
  const down = plan.outageMs !== undefined && Date.now() - state.started < plan.outageMs;
  if (down || (plan.failEvery && state.requests % plan.failEvery === 0)) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (plan.retryAfter !== undefined) headers['retry-after'] = String(plan.retryAfter);
    return answer(503, headers, '{"errors":[{"code":"UNAVAILABLE","message":"injected fault"}]}');
  }
  const refuse = plan.refuseManifestPuts;
  if (refuse && req.method === 'PUT' && /\/manifests\//.test(req.url ?? '') && (req.url ?? '').includes(refuse.path)) {
    const refused = (): unknown =>
      answer(400, { 'content-type': 'application/json' }, '{"errors":[{"code":"MANIFEST_INVALID","message":"refused (injected)"}]}');
    const giveUp = Date.now() + 10_000;
    const wait = (): unknown => (refuse.after(state.seen) || Date.now() > giveUp ? setTimeout(refused, refuse.graceMs) : setTimeout(wait, 10));
    wait();
    return true;
  }
  if (plan.maxBodyBytes !== undefined && Number(req.headers['content-length'] ?? 0) > plan.maxBodyBytes) {
    return answer(413, { 'content-type': 'text/plain', connection: 'close' }, 'request entity too large');
  }
  if (plan.unauthorizedAt?.request === state.requests) {
    return answer(
      401,
      { 'content-type': 'application/json', 'www-authenticate': withRealm(plan, plan.unauthorizedAt.challenge) },
      '{"errors":[{"code":"UNAUTHORIZED","message":"token expired (injected)"}]}',
    );
  }
  const exp = plan.strictTokenExpiry ? tokenExpiry(req.headers.authorization) : undefined;
  if (exp !== undefined && Date.now() >= exp * 1000 && state.challenge) {
    return answer(
      401,
      { 'content-type': 'application/json', 'www-authenticate': state.challenge },
      '{"errors":[{"code":"UNAUTHORIZED","message":"token expired (strict stand-in)"}]}',
    );
  }
  return false;
}

/** Whether this transfer is one `cutBlob` should reset, counting it if so. */
function shouldCut(plan: FaultPlan, state: State, direction: 'download' | 'upload'): boolean {
  const cut = plan.cutBlob;
  return !!cut && cut.direction === direction && (cut.times === undefined || state.cuts < cut.times);
}

/** Passes a body on until `limit` bytes, then resets both connections. */
function pipeUntil(from: http.IncomingMessage, to: http.ClientRequest | http.ServerResponse, limit: number, reset: () => void): void {
  let passed = 0;
  from.on('data', (chunk: Buffer) => {
    if (passed + chunk.length <= limit) {
      passed += chunk.length;
      to.write(chunk);
      return;
    }
    to.write(chunk.subarray(0, limit - passed), () => reset());
    passed = limit;
    from.removeAllListeners('data');
    from.pause();
  });
  from.on('end', () => to.end());
}

function flipFirstByte(up: http.IncomingMessage, res: http.ServerResponse): void {
  let flipped = false;
  up.on('data', (chunk: Buffer) => {
    if (!flipped && chunk.length) {
      chunk[0] = chunk[0] ^ 0xff;
      flipped = true;
    }
    res.write(chunk);
  });
  up.on('end', () => res.end());
}

function rewriteHeaders(plan: FaultPlan, state: State, req: http.IncomingMessage, up: http.IncomingMessage): void {
  // A TLS registry writes upload locations as https://<our host>; the proxy itself speaks HTTP.
  if (plan.upstreamCa && up.headers.location) up.headers.location = up.headers.location.replace(/^https:/, 'http:');
  if (plan.storedDigest && req.method === 'PUT' && /\/manifests\//.test(req.url ?? '') && up.headers['docker-content-digest'])
    up.headers['docker-content-digest'] = plan.storedDigest;
  const challenge = up.headers['www-authenticate'];
  if (challenge) {
    up.headers['www-authenticate'] = withRealm(plan, challenge);
    state.challenge = up.headers['www-authenticate'];
  }
}

function forward(plan: FaultPlan, state: State, target: { host: string; port: number }, req: http.IncomingMessage, res: http.ServerResponse): void {
  const lib = plan.upstreamCa ? https : http;
  const path = aliased(req.url ?? '/', req.method, plan.manifestAlias);
  const reset = (): void => {
    state.cuts++;
    upstream.destroy();
    req.socket.destroy();
  };
  const upstream = lib.request({ ...target, method: req.method, path, headers: req.headers, ...(plan.upstreamCa ? { ca: plan.upstreamCa } : {}) }, (up) => {
    rewriteHeaders(plan, state, req, up);
    res.writeHead(up.statusCode ?? 502, up.headers);
    const download = isBlobDownload(req) && up.statusCode === 200;
    if (download && shouldCut(plan, state, 'download')) pipeUntil(up, res, plan.cutBlob!.afterBytes, reset);
    else if (download && plan.corruptBlobs) flipFirstByte(up, res);
    else up.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  if (isBlobUpload(req) && shouldCut(plan, state, 'upload')) pipeUntil(req, upstream, plan.cutBlob!.afterBytes, reset);
  else req.pipe(upstream);
}

/** A loopback HTTP proxy in front of a registry that injects the faults of real networks and registries. */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const [host, port] = target.split(':') as [string, string];
  const state: State = { requests: 0, failures: 0, cuts: 0, seen: [], challenge: undefined, started: undefined, stalled: { held: 0, abandoned: 0 } };
  const server = http.createServer((req, res) => {
    state.requests++;
    state.seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    if (plan.stallUploads && isBlobUpload(req)) {
      state.stalled.held++;
      req.socket.once('close', () => state.stalled.abandoned++);
      // Read and drop the body: a paused socket would never see the client hang up.
      req.resume();
      return;
    }
    if (!injectFault(plan, state, req, res)) forward(plan, state, { host, port: Number(port) }, req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return state.requests;
    },
    get failures() {
      return state.failures;
    },
    get cuts() {
      return state.cuts;
    },
    seen: state.seen,
    stalled: state.stalled,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Runs `body` with a fault proxy in front of `target`, closing it afterwards. */
export async function withFaultProxy(target: string, plan: FaultPlan, body: (proxy: FaultProxy) => Promise<void>): Promise<void> {
  const proxy = await startFaultProxy(target, plan);
  try {
    await body(proxy);
  } finally {
    await proxy.close();
  }
}

/** The same repository, reached through the proxy. */
export const viaProxy = (proxy: { host: string }, repo: Repository): Repository => new Repository(new Registry(proxy.host), repo.path);
