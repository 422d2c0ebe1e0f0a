import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RegistryClient } from '../../src/registry/client.js';
import { Digest } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import type { Reference, Repository } from '../../src/registry/reference.js';
import { promote } from '../../src/commands/promote/copy.js';
import type { PromoteRequest } from '../../src/commands/promote/types.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { AMD64, promoteRequest, pushImage, pushIndex } from './fixtures.js';
import { expectRawDigest as rawDigestIs, rawHead, rawTarget, skopeoDigest } from './raw.js';

type TestEnv = ReturnType<typeof loadTestEnv>;
let env: TestEnv;
let client: RegistryClient;
const logs: string[] = [];

beforeAll(() => {
  env = loadTestEnv();
  client = testClient(env);
});
afterAll(() => client.close());

const request = (source: Reference, destinations: Repository[], extra: Partial<PromoteRequest> = {}): PromoteRequest =>
  promoteRequest(source, destinations, { log: (m) => logs.push(m), ...extra });

describe('promote', () => {
  it('mounts blobs within one registry and keeps the digest', async () => {
    const src = testRepo(env, 'plain', 'promote/single-src');
    const dst = testRepo(env, 'plain', 'promote/single-dst');
    const img = await pushImage(client, src, { tag: 'v1' });
    const result = await promote(client, request(src.tag('v1'), [dst]));
    expect(result.digest.toString()).toBe(img.digest.toString());
    expect(result.sourceDigest.toString()).toBe(img.digest.toString());
    expect(result.stats).toMatchObject({ blobsMounted: 3, blobsCopied: 0, bytesCopied: 0 });
    expect(result.images).toEqual([`${dst}@${img.digest}`]);
    expect(result.tags).toEqual([`${dst}:v1`]);
    await rawDigestIs(env, 'plain', dst, 'v1', img.digest);
    expect(await skopeoDigest(env.registries.plain.host, dst.path, 'v1')).toBe(img.digest.toString());
  });

  it('to the token and basic auth TLS registries: its stats count each blob streamed once per registry, then skipped', async () => {
    const src = testRepo(env, 'plain', 'promote/cross-src');
    const img = await pushImage(client, src);
    const dsts = [testRepo(env, 'token', 'promote/cross-dst'), testRepo(env, 'basic', 'promote/cross-dst'), testRepo(env, 'token', 'promote/cross-dst2')];
    const result = await promote(client, request(src.digest(img.digest), dsts, { tags: ['1.0', 'stable'] }));
    const size = img.blobs.reduce((n, b) => n + b.size, 0);
    // The second token repository mounts from the first rather than receiving the bytes again.
    expect(result.stats).toMatchObject({ blobsCopied: 6, bytesCopied: 2 * size, blobsMounted: 3, blobsSkipped: 0, manifestsPushed: 9 });
    expect(result.tags).toEqual(dsts.flatMap((d) => [`${d}:1.0`, `${d}:stable`]));
    for (const [kind, dst] of [
      ['token', dsts[0]],
      ['basic', dsts[1]],
      ['token', dsts[2]],
    ] as const) {
      expect((await client.getManifest(dst, 'stable')).bytes.equals(img.bytes)).toBe(true);
      await rawDigestIs(env, kind, dst, '1.0', img.digest);
    }
    const again = await promote(client, request(src.digest(img.digest), dsts, { tags: ['1.0'] }));
    expect(again.stats).toMatchObject({ blobsCopied: 0, blobsMounted: 0, blobsSkipped: 9 });
  });

  it('copies an OCI index with every child, children first', async () => {
    const src = testRepo(env, 'plain', 'promote/index-src');
    const dst = testRepo(env, 'plain', 'promote/index-dst');
    const idx = await pushIndex(client, src, { tag: 'multi' });
    const result = await promote(client, request(src.tag('multi'), [dst], { tags: ['release'] }));
    expect(result.digest.toString()).toBe(idx.digest.toString());
    expect(result.stats).toMatchObject({ blobsMounted: 6, blobsCopied: 0, manifestsPushed: 4 });
    for (const child of idx.children) await rawDigestIs(env, 'plain', dst, child.digest.toString(), child.digest);
    await rawDigestIs(env, 'plain', dst, 'release', idx.digest);
    expect(await skopeoDigest(env.registries.plain.host, dst.path, 'release')).toBe(idx.digest.toString());
  });

  it('copies a Docker manifest list across registries with its media type and bytes', async () => {
    const src = testRepo(env, 'plain', 'promote/docker-src');
    const dst = testRepo(env, 'token', 'promote/docker-dst');
    const idx = await pushIndex(client, src, { tag: 'v2', docker: true });
    const result = await promote(client, request(src.tag('v2'), [dst]));
    expect(result.stats.blobsCopied).toBe(6);
    const copied = await client.getManifest(dst, 'v2');
    expect({ mediaType: copied.mediaType, same: copied.bytes.equals(idx.bytes) }).toEqual({ mediaType: MediaType.DockerManifestList, same: true });
    for (const child of idx.children) await rawDigestIs(env, 'token', dst, child.digest.toString(), child.digest);
    await rawDigestIs(env, 'token', dst, 'v2', idx.digest);
  });

  it('retags in place with manifest PUTs only', async () => {
    const repo = testRepo(env, 'plain', 'promote/retag');
    const img = await pushImage(client, repo, { tag: 'rc1' });
    const result = await promote(client, request(repo.tag('rc1'), [repo], { tags: ['prod', 'latest'] }));
    expect(result.stats).toMatchObject({ blobsCopied: 0, blobsMounted: 0, bytesCopied: 0, manifestsPushed: 2, referrersCopied: 0 });
    await rawDigestIs(env, 'plain', repo, 'prod', img.digest);
    await rawDigestIs(env, 'plain', repo, 'latest', img.digest);
  });

  it('refuses an unexpected digest before writing anything', async () => {
    const src = testRepo(env, 'plain', 'promote/expect-src');
    const dsts = [testRepo(env, 'plain', 'promote/expect-dst'), testRepo(env, 'token', 'promote/expect-dst')];
    const img = await pushImage(client, src, { tag: 'v1' });
    const wrong = new Digest('sha256', 'f'.repeat(64));
    const run = promote(client, request(src.tag('v1'), dsts, { expectedDigest: wrong }));
    await expect(run).rejects.toThrow(`source '${src}:v1' resolves to ${img.digest}, expected ${wrong} (input 'expected-digest'); nothing was copied`);
    await rawDigestIs(env, 'plain', src, 'v1', img.digest);
    for (const [kind, dst] of [
      ['plain', dsts[0]],
      ['token', dsts[1]],
    ] as const) {
      expect((await rawHead(rawTarget(env, kind), dst.path, img.digest.toString())).status).toBe(404);
      await expect(client.listTags(dst)).rejects.toMatchObject({ status: 404 });
    }
  });

  it('filters platforms only when a digest change is allowed', async () => {
    const src = testRepo(env, 'plain', 'promote/platform-src');
    const dst = testRepo(env, 'plain', 'promote/platform-dst');
    const idx = await pushIndex(client, src, { tag: 'multi' });
    const refused = promote(client, request(src.tag('multi'), [dst], { platforms: ['linux/amd64'] }));
    await expect(refused).rejects.toThrow(/allow-digest-change/);
    expect((await rawHead(rawTarget(env, 'plain'), dst.path, 'multi')).status).toBe(404);

    const result = await promote(client, request(src.tag('multi'), [dst], { platforms: ['linux/amd64'], allowDigestChange: true }));
    expect(result.digest.toString()).not.toBe(idx.digest.toString());
    expect(result.sourceDigest.toString()).toBe(idx.digest.toString());
    const copied = await client.getManifest(dst, 'multi');
    expect('manifests' in copied.json && copied.json.manifests.map((d) => d.platform)).toEqual([AMD64]);
    expect(await client.manifestExists(dst, idx.children[1].digest)).toBe(false);
    await rawDigestIs(env, 'plain', dst, 'multi', result.digest);
    expect(logs.some((l) => l.includes(`digest changes from ${idx.digest} to ${result.digest}`))).toBe(true);
  });
});
