/**
 * Small HTTP(S) servers on 127.0.0.1 (port 0) that play a misbehaving registry or storage host,
 * for the behaviour no real registry in the test environment shows. Every request is recorded.
 */
import dns, { type LookupAddress } from 'node:dns';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestEnv } from './env.js';

export interface SeenRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Handler = (req: SeenRequest, res: ServerResponse) => void;

export interface HostileServer {
  /** 127.0.0.1:port */
  host: string;
  /** http(s)://127.0.0.1:port */
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server; with `tls`, it presents the test environment's server certificate (valid for 127.0.0.1). */
export async function startServer(handler: Handler, opts: { env?: TestEnv; tls?: boolean } = {}): Promise<HostileServer> {
  const requests: SeenRequest[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(seen);
      handler(seen, res);
    });
  };
  let server: http.Server;
  if (opts.tls) {
    if (!opts.env) throw new Error('startServer: a TLS server needs the test environment for its certificate');
    const dir = join(opts.env.dir, 'tls');
    server = https.createServer({ cert: readFileSync(join(dir, 'server.crt')), key: readFileSync(join(dir, 'server.key')) }, listener);
  } else {
    server = http.createServer(listener);
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    origin: `${opts.tls ? 'https' : 'http'}://${host}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A certs.d tree trusting the test CA for these hosts; remove() deletes it. */
export function trustFor(env: TestEnv, hosts: string[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-hostile-certs-'));
  for (const h of hosts) {
    mkdirSync(join(dir, h), { recursive: true });
    copyFileSync(env.caFile, join(dir, h, 'ca.crt'));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers }).end(bytes);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Replaces the resolver for the duration of `run`: names under `.test` resolve to 127.0.0.1 and every
 * other name except localhost fails at once. A non-loopback realm host cannot be resolved here without
 * sending a query off this machine, so this stands in for DNS; it also records which names were asked.
 */
export async function withLocalResolver<T>(run: (looked: string[]) => Promise<T>): Promise<T> {
  const original = dns.lookup;
  const looked: string[] = [];
  const fake = (hostname: string, options: unknown, callback?: LookupCallback): void => {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    looked.push(hostname);
    if (hostname !== 'localhost' && hostname !== '127.0.0.1' && !hostname.endsWith('.test')) {
      process.nextTick(cb, Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (test resolver)`), { code: 'ENOTFOUND' }), '');
      return;
    }
    if (all) process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
    else process.nextTick(cb, null, '127.0.0.1', 4);
  };
  (dns as { lookup: unknown }).lookup = fake;
  try {
    return await run(looked);
  } finally {
    (dns as { lookup: unknown }).lookup = original;
  }
}
