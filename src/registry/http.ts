import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { TooLargeError } from './errors.js';

/** A request body: bytes, or a factory so a streamed body can be opened again for a retry. */
export type RequestBody = Buffer | string | (() => Readable | Promise<Readable>);

/** The body stream itself failed (e.g. a digest mismatch while copying): never retried. */
export class BodyError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BodyError';
  }
}

export interface TlsSettings {
  /** docker's per-host trust dir: `<dir>/<host>/ca.crt`, `client.cert`, `client.key`. */
  certsDir: string;
  /** Hosts whose certificates are not verified, as docker's insecure-registries. */
  skipVerify: (host: string) => boolean;
}

/**
 * One keep-alive agent per origin: blob uploads and manifest reads reuse connections (and, over TLS,
 * sessions), up to 32 at once, the `concurrency` input's maximum. node:http rather than undici: the
 * README's benchmark section has the comparison (`bench/http-client.mjs`); re-run it before changing this.
 */
export class AgentPool {
  private readonly agents = new Map<string, http.Agent>();

  constructor(private readonly tlsSettings: TlsSettings) {}

  agentFor(url: URL): http.Agent {
    const key = url.origin;
    let agent = this.agents.get(key);
    if (!agent) {
      agent = url.protocol === 'http:' ? new http.Agent({ keepAlive: true, maxSockets: 32 }) : this.httpsAgent(url.host);
      this.agents.set(key, agent);
    }
    return agent;
  }

  /**
   * One secure context per host, built once: handing `ca` to the agent instead makes Node parse the
   * whole trust store again for every connection (a quarter of the CPU of a large copy, measured).
   */
  private httpsAgent(host: string): https.Agent {
    const dir = join(this.tlsSettings.certsDir, host);
    const opts: https.AgentOptions = { keepAlive: true, maxSockets: 32 };
    if (this.tlsSettings.skipVerify(host)) opts.rejectUnauthorized = false;
    if (!existsSync(dir)) return new https.Agent(opts);
    const files = readdirSync(dir);
    const context: tls.SecureContextOptions = {};
    const cas = files.filter((f) => f.endsWith('.crt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    if (cas.length) {
      // An explicit CA list replaces Node's trust store, so the system roots and NODE_EXTRA_CA_CERTS come along.
      const extra = process.env.NODE_EXTRA_CA_CERTS;
      context.ca = [...tls.rootCertificates, ...(extra && existsSync(extra) ? [readFileSync(extra, 'utf8')] : []), ...cas];
    }
    const cert = files.find((f) => f.endsWith('.cert'));
    const key = files.find((f) => f.endsWith('.key'));
    if (cert && key) {
      context.cert = readFileSync(join(dir, cert));
      context.key = readFileSync(join(dir, key));
    }
    if (context.ca || context.cert) opts.secureContext = tls.createSecureContext(context);
    return new https.Agent(opts);
  }

  destroy(): void {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
  }
}

/**
 * Idle time after which a silent connection counts as dead and the request is retried (input
 * `idle-timeout`): a registry that accepts and never answers, or stalls mid-blob, costs this per attempt.
 */
export const IDLE_TIMEOUT_MS = 30_000;

/** Sends one HTTP request and resolves with the response head; the caller consumes the body. */
export async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: RequestBody | undefined,
  agent: http.Agent,
  idleMs = IDLE_TIMEOUT_MS,
): Promise<http.IncomingMessage> {
  const stream = typeof body === 'function' ? await body() : undefined;
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
  const lib = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method, headers, agent });
    const idle = `${url.host} sent nothing for ${idleMs / 1000} s (input 'idle-timeout')`;
    req.setTimeout(idleMs, () => req.destroy(Object.assign(new Error(idle), { code: 'ETIMEDOUT' })));
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      stream?.destroy();
      reject(e);
    };
    req.on('error', fail);
    req.on('response', (res) => {
      settled = true;
      // A registry may answer before reading the whole body (401, 400); stop sending the rest.
      if (stream && !stream.readableEnded && (res.statusCode ?? 0) >= 300) {
        stream.unpipe(req);
        stream.destroy();
      }
      resolve(res);
    });
    if (stream) {
      stream.on('error', (e) => {
        req.destroy();
        fail(new BodyError(e));
      });
      stream.pipe(req);
    } else {
      req.end(bytes);
    }
  });
}

/**
 * Reads a response body whole, for manifests, tag lists and error documents. A Content-Length over
 * the limit is refused before reading; a body that runs past it is cut off as soon as it does.
 */
export async function readBody(res: http.IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const announced = Number(res.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    res.destroy();
    throw new TooLargeError(what, limit, `the registry announced Content-Length ${announced}`);
  }
  return readBounded(res, limit, what);
}

/** Reads a stream whole, failing (and destroying it) once it exceeds `limit` bytes; `sender` names who sent it. */
export async function readBounded(stream: Readable, limit: number, what: string, sender = 'the registry'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new TooLargeError(what, limit, `${sender} sent more than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
