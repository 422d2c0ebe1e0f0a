import { afterAll, describe, expect, it } from '@jest/globals';
import { Registry, Repository, type Reference } from '../../src/registry/reference.js';
import { promote } from '../../src/commands/promote/copy.js';
import type { PromoteRequest } from '../../src/commands/promote/types.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { promoteRequest, pushImage } from './fixtures.js';
import { expectRawDigest, rawHead, rawTarget } from './raw.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const request = (source: Reference, destinations: Repository[], extra: Partial<PromoteRequest> = {}): PromoteRequest =>
  promoteRequest(source, destinations, { tags: ['v1'], ...extra });

describe('promote failures and chunked uploads', () => {
  it('writes no tag when a source blob is corrupt in transit', async () => {
    const src = testRepo(env, 'plain', 'promote/corrupt-src');
    const img = await pushImage(client, src, { tag: 'v1' });
    const proxy = await startFaultProxy(env.registries.plain.host, { corruptBlobs: true });
    try {
      // The proxy is another host to pinship, so the blobs are streamed, and each arrives flipped.
      const viaProxy = new Repository(new Registry(proxy.host), src.path);
      const dst = testRepo(env, 'token', 'promote/corrupt-dst');
      const run = promote(client, request(viaProxy.tag('v1'), [dst]));
      await expect(run).rejects.toThrow(/digest mismatch.*no destination tag was written/);
      expect((await rawHead(rawTarget(env, 'token'), dst.path, 'v1')).status).toBe(404);
      expect((await rawHead(rawTarget(env, 'token'), dst.path, img.digest.toString())).status).toBe(404);
    } finally {
      await proxy.close();
    }
  });

  it('uploads in chunks when asked to and rejects bad inputs up front', async () => {
    const src = testRepo(env, 'plain', 'promote/chunk-src');
    const dst = testRepo(env, 'basic', 'promote/chunk-dst');
    const img = await pushImage(client, src, { tag: 'v1' });
    const result = await promote(client, request(src.tag('v1'), [dst], { chunkSize: 64 * 1024 }));
    expect(result.stats).toMatchObject({ blobsCopied: 3, bytesCopied: img.blobs.reduce((n, b) => n + b.size, 0) });
    await expectRawDigest(env, 'basic', dst, 'v1', img.digest);

    await expect(promote(client, request(src.tag('v1'), []))).rejects.toThrow(/at least one destination/);
    await expect(promote(client, request(src.tag('v1'), [dst], { tags: ['-bad'] }))).rejects.toThrow(/Invalid tag '-bad'/);
    await expect(promote(client, request(src.tag('v1'), [dst], { platforms: ['linux'], allowDigestChange: true }))).rejects.toThrow(/Invalid platform 'linux'/);
    const wrongPlatform = promote(client, request(src.tag('v1'), [dst], { tags: ['arm'], platforms: ['linux/arm64'], allowDigestChange: true }));
    await expect(wrongPlatform).rejects.toThrow(/single-platform image for linux\/amd64, not one of input 'platforms' \(linux\/arm64\)/);
    expect((await rawHead(rawTarget(env, 'basic'), dst.path, 'arm')).status).toBe(404);
  });
});
