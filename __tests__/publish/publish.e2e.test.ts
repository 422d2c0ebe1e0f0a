import { afterAll, describe, expect, it } from '@jest/globals';
import { publish, treePlan } from '../../src/publish/index.js';
import { digestOf } from '../../src/registry/digest.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';
import { localImage } from './local-image.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

describe('publish', () => {
  it('uploads once per registry and mounts into the second repository on the same registry', async () => {
    const dests = [testRepo(env, 'plain', 'publish/a'), testRepo(env, 'plain', 'publish/b'), testRepo(env, 'token', 'publish/c')];
    const image = localImage();
    const stats = await publish(client, treePlan(image), dests, { tags: ['v1'], log: () => undefined });
    expect(stats[0]).toMatchObject({ blobsUploaded: 2, blobsMounted: 0 });
    expect(stats[1]).toMatchObject({ blobsUploaded: 0, blobsMounted: 2 });
    expect(stats[2]).toMatchObject({ blobsUploaded: 2, blobsMounted: 0 });
    for (const d of dests) expect((await client.resolve(d.tag('v1'))).digest.toString()).toBe(image.digest.toString());
  });

  it('a rerun finds the root by digest and writes only tags', async () => {
    const dests = [testRepo(env, 'plain', 'publish/rerun'), testRepo(env, 'token', 'publish/rerun')];
    const image = localImage();
    await publish(client, treePlan(image), dests, { tags: ['v1'], log: () => undefined });
    const again = await publish(client, treePlan(image), dests, { tags: ['v1', 'v2'], log: () => undefined });
    for (const st of again) expect(st).toMatchObject({ blobsUploaded: 0, blobsMounted: 0, blobsSkipped: 2, manifestsPushed: 2 });
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
});
