import { afterAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { publish, signPlan, treePlan } from '../../src/publish/index.js';
import { digestOf } from '../../src/registry/digest.js';
import { parseSigningKey } from '../../src/signing/keys.js';
import { type SeenRequest, viaProxy, withFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';
import { localImage } from './local-image.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

describe('publish', () => {
  it('uploads once per registry and mounts into the second repository there: requests counted at a proxy, and in its stats', async () => {
    await withFaultProxy(env.registries.plain.host, {}, async (proxy) => {
      const dests = [
        viaProxy(proxy, testRepo(env, 'plain', 'publish/a')),
        viaProxy(proxy, testRepo(env, 'plain', 'publish/b')),
        testRepo(env, 'token', 'publish/c'),
      ];
      const image = localImage();
      const stats = await publish(client, treePlan(image), dests, { tags: ['v1'], log: () => undefined });
      // What the plain registry was asked: two blobs uploaded into a (each upload ends in one PUT), both mounted into b
      // (the POST and DELETE of an upload session besides are the push-access check).
      const at = (d: (typeof dests)[number]): string[] =>
        proxy.seen.filter((r) => r.path.startsWith(`/v2/${d.path}/blobs/uploads/`)).map((r) => `${r.method}${r.path.includes('mount=') ? ' mount' : ''}`);
      expect(at(dests[0]).filter((r) => r === 'PUT')).toHaveLength(2);
      expect(at(dests[0]).filter((r) => r.endsWith('mount'))).toEqual([]);
      expect(at(dests[1]).filter((r) => r === 'PUT')).toEqual([]);
      expect(at(dests[1]).filter((r) => r.endsWith('mount'))).toEqual(['POST mount', 'POST mount']);
      // pinship's own counts agree, and say the same of the token registry, which is reached directly.
      expect(stats[0]).toMatchObject({ blobsUploaded: 2, blobsMounted: 0 });
      expect(stats[1]).toMatchObject({ blobsUploaded: 0, blobsMounted: 2 });
      expect(stats[2]).toMatchObject({ blobsUploaded: 2, blobsMounted: 0 });
      for (const d of dests) expect((await client.resolve(d.tag('v1'))).digest.toString()).toBe(image.digest.toString());
    });
  });

  it('a rerun finds the root by digest and writes only tags', async () => {
    const dests = [testRepo(env, 'plain', 'publish/rerun'), testRepo(env, 'token', 'publish/rerun')];
    const image = localImage();
    await publish(client, treePlan(image), dests, { tags: ['v1'], log: () => undefined });
    const again = await publish(client, treePlan(image), dests, { tags: ['v1', 'v2'], log: () => undefined });
    // v1 already names the image: only v2 is written.
    for (const st of again)
      expect(st).toMatchObject({ blobsUploaded: 0, blobsMounted: 0, blobsSkipped: 2, manifestsPushed: 1, tagsWritten: 1, tagsUnchanged: 1, imageChanges: 1 });
    for (const d of dests) expect(await tagsOf(client, d)).toEqual(['v1', 'v2']);
  });

  it('mounts from a destination that already had the image into one that has not', async () => {
    const [had, fresh] = [testRepo(env, 'plain', 'publish/had'), testRepo(env, 'plain', 'publish/fresh')];
    const image = localImage();
    await publish(client, treePlan(image), [had], { tags: [], log: () => undefined });
    const stats = await publish(client, treePlan(image), [had, fresh], { tags: ['v1'], log: () => undefined });
    expect(stats[0]).toMatchObject({ blobsUploaded: 0, blobsSkipped: 2, manifestsPushed: 1 });
    expect(stats[1]).toMatchObject({ blobsUploaded: 0, blobsMounted: 2, manifestsPushed: 2 });
  });

  it('checks push access at every destination before writing anything', async () => {
    const readonly = testClient(env, { password: 'wrong' });
    const dests = [testRepo(env, 'plain', 'publish/denied'), testRepo(env, 'basic', 'publish/denied')];
    const image = localImage();
    try {
      await expect(publish(readonly, treePlan(image), dests, { tags: ['v1'], log: () => undefined })).rejects.toThrow(/HTTP 401/);
    } finally {
      readonly.close();
    }
    expect(await tagsOf(client, dests[0])).toEqual([]);
    // The plain registry takes anonymous pushes: only the check on the other destination kept it empty.
    expect(await client.manifestExists(dests[0], image.digest)).toBe(false);
    expect(await client.statBlob(dests[0], digestOf(image.blobs[1].origin.kind === 'bytes' ? image.blobs[1].origin.bytes : Buffer.alloc(0)))).toBeUndefined();
  });

  it('a destination failing after the other has all its manifests leaves no tag at either, counted at the registry', async () => {
    const [first, second] = [testRepo(env, 'plain', 'publish/first'), testRepo(env, 'plain', 'publish/second')];
    const image = localImage();
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const signed = signPlan(treePlan(image), parseSigningKey(pem, ''), first.toString());
    // The second destination refuses its first manifest only once the first has been sent both of its own (the image
    // and its signature), and a moment later: time for a publish that tagged each destination as it finished to do so.
    const firstManifests = (seen: SeenRequest[]): boolean =>
      seen.filter((r) => r.method === 'PUT' && r.path.startsWith(`/v2/${first.path}/manifests/`)).length >= 2;
    const refuse = { path: `/v2/${second.path}/manifests/`, after: firstManifests, graceMs: 200 };
    await withFaultProxy(env.registries.plain.host, { refuseManifestPuts: refuse }, async (proxy) => {
      const dests = [viaProxy(proxy, first), viaProxy(proxy, second)];
      const run = publish(client, signed.plan, dests, { tags: ['v1'], log: () => undefined });
      await expect(run).rejects.toThrow(/MANIFEST_INVALID.*; no destination tag was written$/);
      const puts = proxy.seen.filter((r) => r.method === 'PUT' && r.path.startsWith(`/v2/${first.path}/manifests/`));
      // Every manifest PUT at the first destination named a digest: the image and its signature, no tag.
      expect(puts.map((r) => r.path.split('/manifests/')[1]).sort()).toEqual([image.digest.toString(), signed.signature.digest.toString()].sort());
    });
    // Straight at the registry, not through the proxy: the manifests are in, no tag names them.
    expect(await client.manifestExists(first, image.digest)).toBe(true);
    expect(await client.manifestExists(first, signed.signature.digest)).toBe(true);
    expect(await tagsOf(client, first)).toEqual([]);
    expect(await tagsOf(client, second)).toEqual([]);
  });
});
