import { afterAll, describe, expect, it } from '@jest/globals';
import type { Reference, Repository } from '../../src/registry/reference.js';
import { promote } from '../../src/commands/promote/copy.js';
import type { PromoteRequest } from '../../src/commands/promote/types.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { promoteRequest, pushCosignSignature, pushImage, pushIndex, pushReferrer } from './fixtures.js';
import { expectRawDigest } from './raw.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const request = (source: Reference, destinations: Repository[], extra: Partial<PromoteRequest> = {}): PromoteRequest =>
  promoteRequest(source, destinations, { concurrency: 2, ...extra });

describe('promote with referrers', () => {
  it('copies referrers, their referrers and cosign tags', async () => {
    const src = testRepo(env, 'plain', 'promote/ref-src');
    const dst = testRepo(env, 'token', 'promote/ref-dst');
    const img = await pushImage(client, src, { tag: 'v1' });
    const sbom = await pushReferrer(client, src, img.descriptor, 'application/spdx+json');
    const sbomSig = await pushReferrer(client, src, sbom.descriptor, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    const sig = await pushCosignSignature(client, src, img.digest);

    const result = await promote(client, request(src.tag('v1'), [dst]));
    expect(result.stats.referrersCopied).toBe(3);
    expect(result.tags).toEqual([`${dst}:v1`]);
    const listed = await client.listReferrers(dst, img.digest);
    expect(listed.map((d) => [d.digest, d.artifactType])).toEqual([[sbom.digest.toString(), 'application/spdx+json']]);
    expect((await client.listReferrers(dst, sbom.digest)).map((d) => d.digest)).toEqual([sbomSig.digest.toString()]);
    expect((await client.getManifest(dst, sig.tag)).bytes.equals(sig.bytes)).toBe(true);
    await expectRawDigest(env, 'token', dst, sig.tag, sig.digest);
    await expectRawDigest(env, 'token', dst, sbom.digest.toString(), sbom.digest);
    await expectRawDigest(env, 'token', dst, 'v1', img.digest);
  });

  it('copies referrers of index children', async () => {
    const src = testRepo(env, 'plain', 'promote/ref-index-src');
    const dst = testRepo(env, 'plain', 'promote/ref-index-dst');
    const idx = await pushIndex(client, src, { tag: 'multi' });
    const att = await pushReferrer(client, src, idx.children[1].descriptor, 'application/vnd.in-toto+json');
    const result = await promote(client, request(src.tag('multi'), [dst]));
    expect(result.stats.referrersCopied).toBe(1);
    expect((await client.listReferrers(dst, idx.children[1].digest)).map((d) => d.digest)).toEqual([att.digest.toString()]);
    await expectRawDigest(env, 'plain', dst, 'multi', idx.digest);
  });

  it('skips a referrer its fallback index still lists after it was deleted', async () => {
    const src = testRepo(env, 'plain', 'promote/dangling-src');
    const dst = testRepo(env, 'plain', 'promote/dangling-dst');
    const img = await pushImage(client, src, { tag: 'v1' });
    const gone = await pushReferrer(client, src, img.descriptor, 'application/spdx+json');
    const kept = await pushReferrer(client, src, img.descriptor, 'application/vnd.in-toto+json');
    await client.deleteManifest(src, gone.digest);
    const result = await promote(client, request(src.tag('v1'), [dst]));
    expect(result.stats.referrersCopied).toBe(1);
    expect((await client.listReferrers(dst, img.digest)).map((d) => d.digest)).toEqual([kept.digest.toString()]);
    await expectRawDigest(env, 'plain', dst, 'v1', img.digest);
  });

  it('leaves referrers behind when told to', async () => {
    const src = testRepo(env, 'plain', 'promote/noref-src');
    const dst = testRepo(env, 'plain', 'promote/noref-dst');
    const img = await pushImage(client, src, { tag: 'v1' });
    const sbom = await pushReferrer(client, src, img.descriptor, 'application/spdx+json');
    await pushCosignSignature(client, src, img.digest);
    const result = await promote(client, request(src.tag('v1'), [dst], { referrers: false }));
    expect(result.stats.referrersCopied).toBe(0);
    expect(await client.manifestExists(dst, sbom.digest)).toBe(false);
    expect(await client.listTags(dst)).toEqual(['v1']);
    await expectRawDigest(env, 'plain', dst, 'v1', img.digest);
  });
});
