/**
 * Connections reset in the middle of a blob, in either direction: a loopback proxy in front of the
 * plain registry passes N bytes of the body on, then destroys both sockets.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { promote } from '../../src/commands/promote/copy.js';
import { RegistryClient } from '../../src/registry/client.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { viaProxy, withFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, readAll, tagsOf, testRepo } from '../helpers/registry.js';
import { promoteRequest, pushImage } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 } });
afterAll(() => client.close());

const CUT = 64 * 1024;
const uploadsStarted = (proxy: FaultProxy): number => proxy.seen.filter((s) => s.method === 'POST' && s.path.includes('/blobs/uploads/')).length;

describe('a download reset mid-blob', () => {
  test('fails the stream with the reset, never ends it with part of the blob', async () => {
    const repo = testRepo(env, 'plain', 'reset-get');
    const data = randomBytes(512 * 1024);
    const digest = digestOf(data);
    await client.putBlob(repo, () => Readable.from([data]), { digest, size: data.length });
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'download', afterBytes: CUT } }, async (proxy) => {
      const received: Buffer[] = [];
      const stream = await client.getBlob(viaProxy(proxy, repo), digest, data.length);
      const error = await (async () => {
        for await (const c of stream) received.push(c as Buffer);
      })().then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      // Node's own errors come from outside jest's realm: not `instanceof` this realm's Error.
      expect(error?.message).toMatch(/aborted|ECONNRESET|socket hang up|premature close|size/i);
      expect(proxy.cuts).toBe(1);
      // What did arrive is the blob's beginning, and no more than the proxy let through.
      expect(Buffer.concat(received).length).toBeLessThanOrEqual(CUT);
    });
  });

  test('a promotion whose source resets once retries the copy, and the destination gets the exact blobs', async () => {
    const source = testRepo(env, 'plain', 'reset-src');
    const image = await pushImage(client, source, { tag: 'v1' });
    const dest = testRepo(env, 'plain', 'reset-dst');
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'download', afterBytes: CUT, times: 1 } }, async (proxy) => {
      const result = await promote(client, promoteRequest(viaProxy(proxy, source).tag('v1'), [dest]));
      expect(result.digest.toString()).toBe(image.digest.toString());
      expect(proxy.cuts).toBe(1);
    });
    for (const blob of image.blobs) expect((await readAll(await client.getBlob(dest, Digest.parse(blob.digest), blob.size))).length).toBe(blob.size);
    expect((await client.resolve(dest.tag('v1'))).digest.toString()).toBe(image.digest.toString());
  });

  test('a promotion whose source always resets fails cleanly and tags nothing', async () => {
    const source = testRepo(env, 'plain', 'reset-src-always');
    await pushImage(client, source, { tag: 'v1' });
    const dest = testRepo(env, 'plain', 'reset-dst-always');
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'download', afterBytes: CUT } }, async (proxy) => {
      await expect(promote(client, promoteRequest(viaProxy(proxy, source).tag('v1'), [dest]))).rejects.toThrow(
        /aborted|ECONNRESET|socket hang up|premature close/i,
      );
      expect(proxy.cuts).toBeGreaterThan(1);
    });
    expect(await tagsOf(client, dest)).toEqual([]);
  });
});

describe('an upload reset mid-blob', () => {
  test('is started again in a new session and completes', async () => {
    const data = randomBytes(1024 * 1024);
    const digest = digestOf(data);
    const repo = testRepo(env, 'plain', 'reset-put');
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'upload', afterBytes: CUT, times: 1 } }, async (proxy) => {
      const result = await client.putBlob(viaProxy(proxy, repo), () => Readable.from([data]), { digest, size: data.length });
      expect(result.digest.toString()).toBe(digest.toString());
      expect(proxy.cuts).toBe(1);
      expect(uploadsStarted(proxy)).toBe(2);
    });
    expect((await readAll(await client.getBlob(repo, digest, data.length))).equals(data)).toBe(true);
  });

  test('a chunked upload reset mid-chunk is started again and completes', async () => {
    const data = randomBytes(600 * 1024);
    const repo = testRepo(env, 'plain', 'reset-patch');
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'upload', afterBytes: CUT, times: 1 } }, async (proxy) => {
      const result = await client.putBlob(viaProxy(proxy, repo), () => Readable.from([data]), { chunkSize: 256 * 1024 });
      expect(result.digest.toString()).toBe(digestOf(data).toString());
      expect(proxy.cuts).toBe(1);
      expect(uploadsStarted(proxy)).toBe(2);
    });
    expect((await readAll(await client.getBlob(repo, digestOf(data), data.length))).equals(data)).toBe(true);
  });

  test('an upload reset every time fails after its attempts, and the registry has no such blob', async () => {
    const data = randomBytes(256 * 1024);
    const digest = digestOf(data);
    const repo = testRepo(env, 'plain', 'reset-put-always');
    await withFaultProxy(env.registries.plain.host, { cutBlob: { direction: 'upload', afterBytes: CUT } }, async (proxy) => {
      await expect(client.putBlob(viaProxy(proxy, repo), () => Readable.from([data]), { digest, size: data.length, attempts: 3 })).rejects.toThrow(
        /ECONNRESET|EPIPE|socket hang up|aborted/i,
      );
      expect(proxy.cuts).toBe(3);
      expect(uploadsStarted(proxy)).toBe(3);
    });
    expect(await client.statBlob(repo, digest)).toBeUndefined();
  });
});
