import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect } from '@jest/globals';
import type { Digest } from '../../src/registry/digest.js';
import { MANIFEST_ACCEPT } from '../../src/registry/mediatypes.js';
import type { Repository } from '../../src/registry/reference.js';
import type { Kind, loadTestEnv } from '../helpers/registry.js';

type TestEnv = ReturnType<typeof loadTestEnv>;

/** How to reach one test registry without pinship's client, so its bugs cannot hide in both sides of a check. */
export interface RawTarget {
  host: string;
  tls?: boolean;
  caFile?: string;
  username?: string;
  password?: string;
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(url: string, method: string, headers: Record<string, string>, ca?: string): Promise<RawAnswer> {
  const lib = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method, headers, ...(ca ? { ca: readFileSync(ca) } : {}), agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** HEAD /v2/<repo>/manifests/<ref>, answering a basic or bearer challenge by hand. */
export async function rawHead(t: RawTarget, repo: string, ref: string): Promise<{ status: number; digest: string | undefined }> {
  const url = `${t.tls ? 'https' : 'http'}://${t.host}/v2/${repo}/manifests/${ref}`;
  const basic = t.username ? `Basic ${Buffer.from(`${t.username}:${t.password}`).toString('base64')}` : undefined;
  const headers: Record<string, string> = { accept: MANIFEST_ACCEPT };
  let res = await request(url, 'HEAD', headers, t.caFile);
  const challenge = String(res.headers['www-authenticate'] ?? '');
  if (res.status === 401 && basic && /^basic/i.test(challenge)) res = await request(url, 'HEAD', { ...headers, authorization: basic }, t.caFile);
  if (res.status === 401 && basic && /^bearer/i.test(challenge)) {
    const param = (k: string): string => new RegExp(`${k}="([^"]*)"`).exec(challenge)?.[1] ?? '';
    const tokenUrl = `${param('realm')}?service=${encodeURIComponent(param('service'))}&scope=${encodeURIComponent(`repository:${repo}:pull`)}`;
    const tok = JSON.parse((await request(tokenUrl, 'GET', { authorization: basic }, t.caFile)).body.toString('utf8')) as {
      token?: string;
      access_token?: string;
    };
    res = await request(url, 'HEAD', { ...headers, authorization: `Bearer ${tok.token ?? tok.access_token}` }, t.caFile);
  }
  const digest = res.headers['docker-content-digest'];
  return { status: res.status, digest: typeof digest === 'string' ? digest : undefined };
}

/**
 * The digest of the manifest bytes skopeo fetches, hashed here rather than taken from any header.
 * Without `tls`, for the plain registry; with it, TLS verified against a certs.d folder and
 * credentials from a docker config file.
 */
export async function skopeoDigest(host: string, repo: string, ref: string, tls?: { certDir: string; authfile: string }): Promise<string> {
  const sep = ref.includes(':') ? '@' : ':';
  const access = tls ? ['--cert-dir', tls.certDir, '--authfile', tls.authfile] : ['--tls-verify=false'];
  const { stdout } = await promisify(execFile)('skopeo', ['inspect', '--raw', ...access, `docker://${host}/${repo}${sep}${ref}`], {
    encoding: 'buffer',
    maxBuffer: 1 << 24,
  });
  return `sha256:${createHash('sha256').update(stdout).digest('hex')}`;
}

export function rawTarget(env: TestEnv, kind: Kind): RawTarget {
  if (kind === 'plain') return { host: env.registries.plain.host };
  const r = env.registries[kind];
  return { host: r.host, tls: true, caFile: env.caFile, username: r.username, password: r.password };
}

/** The registry itself, asked without pinship's client, names `digest` for `ref`. */
export async function expectRawDigest(env: TestEnv, kind: Kind, repo: Repository, ref: string, digest: Digest): Promise<void> {
  const head = await rawHead(rawTarget(env, kind), repo.path, ref);
  expect({ status: head.status, digest: head.digest }).toEqual({ status: 200, digest: digest.toString() });
}
