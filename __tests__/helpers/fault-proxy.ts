import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface FaultPlan {
  /** Answer 503 to every n-th request instead of forwarding it (0: never). */
  failEvery?: number;
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
}

export interface FaultProxy {
  /** host:port of the proxy, a loopback address. */
  host: string;
  requests: number;
  failures: number;
  close(): Promise<void>;
}

/** A loopback HTTP proxy in front of a plain registry that injects the faults of real networks. */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const [targetHost, targetPort] = target.split(':') as [string, string];
  const state = { requests: 0, failures: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (plan.failEvery && state.requests % plan.failEvery === 0) {
      state.failures++;
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (plan.retryAfter !== undefined) headers['retry-after'] = String(plan.retryAfter);
      res.writeHead(503, headers).end('{"errors":[{"code":"UNAVAILABLE","message":"injected fault"}]}');
      return;
    }
    if (plan.maxBodyBytes !== undefined && Number(req.headers['content-length'] ?? 0) > plan.maxBodyBytes) {
      state.failures++;
      req.resume();
      res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('request entity too large');
      return;
    }
    if (plan.unauthorizedAt?.request === state.requests) {
      state.failures++;
      req.resume();
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': plan.unauthorizedAt.challenge }).end('{"errors":[{"code":"UNAUTHORIZED","message":"token expired (injected)"}]}');
      return;
    }
    const lib = plan.upstreamCa ? https : http;
    const upstream = lib.request({ host: targetHost, port: Number(targetPort), method: req.method, path: req.url, headers: req.headers, ...(plan.upstreamCa ? { ca: plan.upstreamCa } : {}) }, (up) => {
      const corrupt = plan.corruptBlobs && req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '') && up.statusCode === 200;
      // A TLS registry writes upload locations as https://<our host>; the proxy itself speaks HTTP.
      if (plan.upstreamCa && up.headers.location) up.headers.location = up.headers.location.replace(/^https:/, 'http:');
      res.writeHead(up.statusCode ?? 502, up.headers);
      if (!corrupt) {
        up.pipe(res);
        return;
      }
      let flipped = false;
      up.on('data', (chunk: Buffer) => {
        if (!flipped && chunk.length) {
          chunk[0] = chunk[0]! ^ 0xff;
          flipped = true;
        }
        res.write(chunk);
      });
      up.on('end', () => res.end());
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get failures() {
      return state.failures;
    },
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
