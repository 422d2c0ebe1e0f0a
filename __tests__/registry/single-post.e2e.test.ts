/**
 * Blobs in one POST (`POST /v2/<name>/blobs/uploads/?digest=`): against the real registries here,
 * which ignore the digest and open a session (202), and against a stand-in that stores the blob (201),
 * as registries implementing the OCI single-POST form do.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/registry/client.js';
import { digestOf } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { json, startServer, type SeenRequest } from '../helpers/hostile-server.js';
import { loadTestEnv, readAll, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const clients: RegistryClient[] = [];
afterAll(() => clients.forEach((c) => c.close()));

const upload = (client: RegistryClient, repo: Repository, bytes: Buffer): ReturnType<RegistryClient['putBlob']> =>
  client.putBlob(repo, () => Readable.from([bytes]), { digest: digestOf(bytes), size: bytes.length });

/** A TCP proxy to a registry that counts the bytes the client sends and keeps them, to find request lines in. */
async function countingProxy(target: string): Promise<{ host: string; sent: () => Buffer; close: () => void }> {
  const parts: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.split(':')[1]), '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
    }
    client.on('data', (d: Buffer) => parts.push(d));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const close = (): void => {
    sockets.forEach((s) => s.destroy());
    server.close();
  };
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, sent: () => Buffer.concat(parts), close };
}

const count = (haystack: Buffer, needle: string): number => haystack.toString('latin1').split(needle).length - 1;

describe('single-POST upload', () => {
  it('on a registry that opens a session instead, completes that session, and asks only once, with a small blob', async () => {
    const proxy = await countingProxy(env.registries.plain.host);
    try {
      const client = testClient(env);
      clients.push(client);
      const repo = new Repository(new Registry(proxy.host), testRepo(env, 'plain', 'single-post/fallback').path);
      // Larger than a question may cost: the two-request way, before anything is known.
      const large = randomBytes(1024 * 1024);
      await upload(client, repo, large);
      expect(count(proxy.sent(), '/blobs/uploads/?digest=')).toBe(0);
      expect(count(proxy.sent(), 'POST ')).toBe(1);
      // The question: a POST with the digest and the bytes; the registry opens a session (202) and the PUT closes it.
      const small = randomBytes(100_000);
      await upload(client, repo, small);
      expect(count(proxy.sent(), '/blobs/uploads/?digest=')).toBe(1);
      expect(count(proxy.sent(), 'POST ')).toBe(2);
      expect(count(proxy.sent(), 'PUT ')).toBe(2);
      // Answered: the two-request way from now on, whatever the size.
      const after = randomBytes(100_000);
      await upload(client, repo, after);
      expect(count(proxy.sent(), '/blobs/uploads/?digest=')).toBe(1);
      expect(count(proxy.sent(), 'POST ')).toBe(3);
      expect(proxy.sent().length).toBeLessThan(large.length + 3 * small.length + 64 * 1024);
      for (const b of [large, small, after]) expect((await readAll(await client.getBlob(repo, digestOf(b), b.length))).equals(b)).toBe(true);
    } finally {
      proxy.close();
    }
  });

  it('on the token registry over TLS, the first upload asks and still stores the blob', async () => {
    const client = testClient(env);
    clients.push(client);
    const repo = testRepo(env, 'token', 'single-post/token');
    const blobs = [randomBytes(3000), randomBytes(70_000), randomBytes(500_000)];
    const results = await Promise.all(blobs.map((b) => upload(client, repo, b)));
    expect(results.map((r) => r.mounted)).toEqual([false, false, false]);
    for (const b of blobs) expect(await client.statBlob(repo, digestOf(b))).toBe(b.length);
  });

  /** Stands in for a registry that implements the single POST (zot, for one), or one that refuses that form outright. */
  async function singlePostRegistry(
    form: 'stores' | 'refuses',
  ): Promise<{ host: string; requests: SeenRequest[]; stored: Map<string, Buffer>; close: () => Promise<void> }> {
    const stored = new Map<string, Buffer>();
    const server = await startServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const path = url.pathname;
      if (path === '/v2/') return json(res, 200, {});
      const digest = url.searchParams.get('digest');
      const sha = `sha256:${createHash('sha256').update(req.body).digest('hex')}`;
      if (req.method === 'POST' && path.endsWith('/blobs/uploads/') && digest) {
        if (form === 'refuses') return json(res, 405, { errors: [{ code: 'UNSUPPORTED', message: 'no single POST here' }] });
        if (digest !== sha || Number(req.headers['content-length']) !== req.body.length) return json(res, 400, { errors: [{ code: 'DIGEST_INVALID' }] });
        stored.set(digest, req.body);
        return res.writeHead(201, { location: path.replace('uploads/', digest), 'content-length': '0' }).end();
      }
      if (req.method === 'POST' && path.endsWith('/blobs/uploads/')) {
        return res.writeHead(202, { location: `${path}session-${stored.size}`, 'content-length': '0' }).end();
      }
      if (req.method === 'PUT' && path.includes('/blobs/uploads/session-') && digest === sha) {
        stored.set(digest, req.body);
        return res.writeHead(201, { location: path, 'content-length': '0' }).end();
      }
      json(res, 404, { errors: [{ code: 'NOT_FOUND' }] });
    });
    return { host: server.host, requests: server.requests, stored, close: () => server.close() };
  }

  it('on a registry that stores the blob (201), sends every blob in one request', async () => {
    const registry = await singlePostRegistry('stores');
    const client = new RegistryClient({ retry: { baseMs: 50 } });
    clients.push(client);
    try {
      const repo = new Repository(new Registry(registry.host), 'app');
      const blobs = [randomBytes(5000), randomBytes(300_000), randomBytes(10)];
      for (const b of blobs) expect(await upload(client, repo, b)).toEqual({ digest: digestOf(b), size: b.length, mounted: false });
      const uploads = registry.requests.filter((r) => r.url.includes('/blobs/'));
      expect(uploads.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
      expect(uploads.map((r) => r.headers['content-type'])).toEqual(['application/octet-stream', 'application/octet-stream', 'application/octet-stream']);
      for (const b of blobs) expect(registry.stored.get(digestOf(b).toString())?.equals(b)).toBe(true);
    } finally {
      await registry.close();
    }
  });

  it('on a registry that refuses the form (405), falls back to POST then PUT and never tries it again', async () => {
    const registry = await singlePostRegistry('refuses');
    const client = new RegistryClient({ retry: { baseMs: 50 } });
    clients.push(client);
    try {
      const repo = new Repository(new Registry(registry.host), 'app');
      const blobs = [randomBytes(2000), randomBytes(4000)];
      for (const b of blobs) await upload(client, repo, b);
      const uploads = registry.requests
        .filter((r) => r.url.includes('/blobs/'))
        .map((r) => `${r.method} ${r.url.includes('?digest=') && r.method === 'POST' ? 'single' : ''}`);
      expect(uploads).toEqual(['POST single', 'POST ', 'PUT ', 'POST ', 'PUT ']);
      for (const b of blobs) expect(registry.stored.get(digestOf(b).toString())?.equals(b)).toBe(true);
    } finally {
      await registry.close();
    }
  });

  it('sends blobs over the size limit the two-request way, without asking', async () => {
    const registry = await singlePostRegistry('stores');
    const client = new RegistryClient({ retry: { baseMs: 50 } });
    clients.push(client);
    try {
      const big = randomBytes(8 * 1024 * 1024 + 1);
      await upload(client, new Repository(new Registry(registry.host), 'app'), big);
      expect(registry.requests.filter((r) => r.url.includes('/blobs/')).map((r) => r.method)).toEqual(['POST', 'PUT']);
      expect(registry.stored.get(digestOf(big).toString())?.equals(big)).toBe(true);
    } finally {
      await registry.close();
    }
  });
});
