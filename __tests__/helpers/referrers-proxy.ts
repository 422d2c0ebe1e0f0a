import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A registry with the OCI 1.1 referrers API, made of the real plain registry and this proxy. It
 * exists because no registry implementing that API can run here: the test environment runs Debian's
 * distribution 2.8 (which answers 404 to /referrers/), and zot cannot be installed offline. Every
 * request goes on to the real registry, bytes unchanged; in addition the proxy does what a registry
 * with the API does: it answers a manifest PUT carrying a `subject` with the OCI-Subject header and
 * remembers it, forgets it when its manifest is deleted by digest, and answers
 * GET /v2/<name>/referrers/<digest>[?artifactType=] with an image index of those it remembers.
 * Plain HTTP without authentication only: that is what the plain registry speaks.
 */
export interface ReferrersProxy {
  /** host:port of the proxy, a loopback address. */
  host: string;
  /** Every request received, in order, as `METHOD path`. */
  seen: string[];
  /** What the proxy lists as referrers of `subject` in repository `name`. */
  referrers(name: string, subject: string): Descriptor[];
  close(): Promise<void>;
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

interface PushedManifest {
  mediaType?: string;
  artifactType?: string;
  config?: { mediaType?: string };
  subject?: { digest?: string };
  annotations?: Record<string, string>;
}

const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/?]+)$/;
const REFERRERS = /^\/v2\/(.+)\/referrers\/([a-z0-9]+:[a-f0-9]+)(?:\?(.*))?$/;

class Referrers {
  private readonly bySubject = new Map<string, Descriptor[]>();

  list(name: string, subject: string): Descriptor[] {
    return this.bySubject.get(`${name}@${subject}`) ?? [];
  }

  add(name: string, subject: string, d: Descriptor): void {
    const key = `${name}@${subject}`;
    this.bySubject.set(key, [...this.list(name, subject).filter((x) => x.digest !== d.digest), d]);
  }

  forget(name: string, digest: string): void {
    for (const [key, list] of this.bySubject)
      if (key.startsWith(`${name}@`))
        this.bySubject.set(
          key,
          list.filter((d) => d.digest !== digest),
        );
  }
}

/** The descriptor a referrers index lists for pushed manifest bytes, or undefined when they carry no subject. */
function referrerOf(bytes: Buffer, contentType: string | undefined): { subject: string; descriptor: Descriptor } | undefined {
  let m: PushedManifest;
  try {
    m = JSON.parse(bytes.toString('utf8')) as PushedManifest;
  } catch {
    return undefined;
  }
  if (!m.subject?.digest) return undefined;
  const descriptor: Descriptor = {
    mediaType: m.mediaType ?? contentType ?? '',
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length,
  };
  // The spec's rule: the manifest's artifactType, else its config's media type.
  const artifactType = m.artifactType ?? m.config?.mediaType;
  if (artifactType) descriptor.artifactType = artifactType;
  if (m.annotations) descriptor.annotations = m.annotations;
  return { subject: m.subject.digest, descriptor };
}

function answerReferrers(state: Referrers, match: RegExpExecArray, res: http.ServerResponse): void {
  const artifactType = new URLSearchParams(match[3] ?? '').get('artifactType');
  const listed = state.list(match[1], match[2]).filter((d) => !artifactType || d.artifactType === artifactType);
  const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
  if (artifactType) headers['oci-filters-applied'] = 'artifactType';
  res.writeHead(200, headers).end(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: listed }));
}

function forward(
  target: { host: string; port: number },
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: Buffer | undefined,
  after: (status: number) => Record<string, string>,
): void {
  const upstream = http.request({ ...target, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, { ...up.headers, ...after(up.statusCode ?? 502) });
    up.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

/** Starts the proxy in front of `target` (host:port of a plain HTTP registry) on 127.0.0.1, an ephemeral port. */
export async function startReferrersProxy(target: string): Promise<ReferrersProxy> {
  const [host, port] = target.split(':') as [string, string];
  const upstream = { host, port: Number(port) };
  const state = new Referrers();
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    seen.push(`${req.method} ${url}`);
    const referrers = REFERRERS.exec(url);
    if (referrers && req.method === 'GET') return answerReferrers(state, referrers, res);
    const manifest = MANIFEST.exec(url);
    if (manifest && req.method === 'DELETE')
      return forward(upstream, req, res, undefined, (status) => {
        if (status === 202) state.forget(manifest[1], decodeURIComponent(manifest[2]));
        return {};
      });
    if (!manifest || req.method !== 'PUT') return forward(upstream, req, res, undefined, () => ({}));
    // Manifests are small: read whole, to see their subject, and sent on unchanged.
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const bytes = Buffer.concat(parts);
      const referrer = referrerOf(bytes, req.headers['content-type']);
      forward(upstream, req, res, bytes, (status): Record<string, string> => {
        if (!referrer || status !== 201) return {};
        state.add(manifest[1], referrer.subject, referrer.descriptor);
        return { 'oci-subject': referrer.subject };
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    referrers: (name, subject) => state.list(name, subject),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
