import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MANIFEST_ACCEPT } from '../../src/registry/mediatypes.js';

export interface RegistryRules {
  /**
   * Amazon ECR with tag immutability IMMUTABLE ("Preventing image tags from being overwritten", ECR
   * User Guide): a manifest PUT to a tag that exists already is answered 400 TAG_INVALID, even when it
   * would name the same digest, with ECR's words.
   */
  immutableTags?: boolean;
  /**
   * Docker Hub's pull limit (docs.docker.com, "Docker Hub pull usage and limits"): every manifest GET
   * counts as a pull, a HEAD does not; manifest answers carry `ratelimit-limit` and `ratelimit-remaining`
   * (`<count>;w=<seconds>`); once none remain, a GET is answered 429 TOOMANYREQUESTS.
   */
  pullLimit?: { limit: number; remaining: number; windowSeconds: number };
  /** The first blob download sends this many bytes, then nothing more on a connection left open: a registry stalling mid-blob. */
  stallBlobAfter?: number;
}

export interface RulesProxy {
  host: string;
  /** Manifest GETs answered or refused: the pulls Docker Hub would count. */
  manifestGets: string[];
  /** Blob downloads stalled by `stallBlobAfter`. */
  stalled: number;
  close(): Promise<void>;
}

const manifestPath = /^\/v2\/(.+)\/manifests\/([^/?]+)$/;

function refuse(res: http.ServerResponse, status: number, headers: Record<string, string>, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ errors: [{ code, message }] }));
}

/** Whether the tag exists upstream, as ECR knows before it stores a manifest. */
function tagExists(target: { host: string; port: number }, path: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = http.request({ ...target, method: 'HEAD', path, headers: { accept: MANIFEST_ACCEPT } }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Passes `limit` bytes of the body on, then holds the rest back without closing anything. */
function stallAfter(up: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  let passed = 0;
  up.on('data', (chunk: Buffer) => {
    if (passed < limit) res.write(chunk.subarray(0, limit - passed));
    passed += chunk.length;
    if (passed >= limit) up.pause();
  });
}

function forward(
  target: { host: string; port: number },
  req: http.IncomingMessage,
  res: http.ServerResponse,
  extra: Record<string, string>,
  stall?: { after: number; state: { stalled: number } },
): void {
  const upstream = http.request({ ...target, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra });
    // Only a body longer than the limit can stall part way.
    if (stall && up.statusCode === 200 && Number(up.headers['content-length']) > stall.after && stall.state.stalled === 0) {
      stall.state.stalled++;
      stallAfter(up, res, stall.after);
    } else up.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

/** A loopback HTTP proxy in front of a plain-HTTP registry that behaves as a production registry's rules say. */
export async function startRulesProxy(target: string, rules: RegistryRules): Promise<RulesProxy> {
  const [host, port] = target.split(':') as [string, string];
  const upstream = { host, port: Number(port) };
  const manifestGets: string[] = [];
  const limit = rules.pullLimit ? { ...rules.pullLimit } : undefined;
  const state = { stalled: 0 };
  const server = http.createServer((req, res) => {
    const m = manifestPath.exec(req.url ?? '');
    const headers: Record<string, string> = {};
    if (m && limit && (req.method === 'GET' || req.method === 'HEAD')) {
      if (req.method === 'GET') {
        manifestGets.push(req.url ?? '');
        if (limit.remaining === 0) {
          const h = { 'ratelimit-limit': `${limit.limit};w=${limit.windowSeconds}`, 'ratelimit-remaining': `0;w=${limit.windowSeconds}` };
          req.resume();
          return refuse(
            res,
            429,
            h,
            'TOOMANYREQUESTS',
            'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
          );
        }
        limit.remaining--;
      }
      headers['ratelimit-limit'] = `${limit.limit};w=${limit.windowSeconds}`;
      headers['ratelimit-remaining'] = `${limit.remaining};w=${limit.windowSeconds}`;
    }
    if (m && rules.immutableTags && req.method === 'PUT' && !/^sha(256|512):/.test(m[2])) {
      req.pause();
      void tagExists(upstream, req.url ?? '').then((exists) => {
        if (!exists) return forward(upstream, req, res, headers);
        req.resume();
        refuse(
          res,
          400,
          {},
          'TAG_INVALID',
          `The image tag '${m[2]}' already exists in the '${m[1]}' repository and cannot be overwritten because the repository is immutable.`,
        );
      });
      return;
    }
    const blobGet = req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '');
    const stall = blobGet && rules.stallBlobAfter !== undefined ? { after: rules.stallBlobAfter, state } : undefined;
    forward(upstream, req, res, headers, stall);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    manifestGets,
    get stalled() {
      return state.stalled;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
