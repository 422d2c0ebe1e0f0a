/**
 * What publish asks a registry, seen through a recording proxy in front of the real plain registry:
 * nothing it already knows, each question once, and the order every write depends on.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ManifestNode } from '../../src/image/model.js';
import { publish, treePlan } from '../../src/publish/index.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type Descriptor } from '../../src/registry/mediatypes.js';
import { viaProxy, withFaultProxy, type SeenRequest } from '../helpers/fault-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const desc = (bytes: Buffer, mediaType: string): Descriptor => ({ mediaType, digest: digestOf(bytes).toString(), size: bytes.length });

/** A built image for one architecture, its blobs only on this machine. */
function image(arch: string, layers: Buffer[]): ManifestNode {
  const layerDescs = layers.map((l) => desc(l, MediaType.OciLayer));
  const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: arch, rootfs: { type: 'layers', diff_ids: layerDescs.map((d) => d.digest) } }));
  const configDesc = desc(config, MediaType.OciConfig);
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers: layerDescs }));
  return {
    digest: digestOf(bytes),
    mediaType: MediaType.OciManifest,
    bytes,
    blobs: [configDesc, ...layerDescs].map((d, i) => ({ descriptor: d, origin: { kind: 'bytes' as const, bytes: i === 0 ? config : layers[i - 1] } })),
    children: [],
  };
}

/** Two platforms under an index, three layers each. */
function twoPlatforms(): ManifestNode {
  const children = ['amd64', 'arm64'].map((a) => image(a, [randomBytes(3000), randomBytes(70_000), randomBytes(1_200_000)]));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: children.map((c, i) => ({ ...desc(c.bytes, MediaType.OciManifest), platform: { os: 'linux', architecture: i ? 'arm64' : 'amd64' } })),
    }),
  );
  return { digest: digestOf(bytes), mediaType: MediaType.OciIndex, bytes, blobs: [], children };
}

const blobHeads = (seen: SeenRequest[]): string[] => seen.filter((r) => r.method === 'HEAD' && r.path.includes('/blobs/')).map((r) => r.path);

describe('publish round trips', () => {
  it('asks nothing about blobs in a repository the registry does not know, and writes the index after both of its children', async () => {
    const root = twoPlatforms();
    await withFaultProxy(env.registries.plain.host, {}, async (proxy) => {
      const dest = viaProxy(proxy, testRepo(env, 'plain', 'publish/new-repo'));
      const [stats] = await publish(client, treePlan(root), [dest], { tags: ['v1'], log: () => undefined });
      expect(stats).toMatchObject({ blobsUploaded: 8, blobsSkipped: 0, manifestsPushed: 4 });
      expect(blobHeads(proxy.seen)).toEqual([]);
      const puts = proxy.seen.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/')).map((r) => r.path);
      expect(puts.at(-2)).toContain(`/manifests/${root.digest}`);
      expect(puts.at(-1)).toMatch(/\/manifests\/v1$/);
      expect((await client.resolve(dest.tag('v1'))).digest.toString()).toBe(root.digest.toString());
    });
  });

  it('in a known repository asks about each blob once, before placing any, and skips the ones there', async () => {
    const root = twoPlatforms();
    const there = root.children[0].blobs[2];
    await withFaultProxy(env.registries.plain.host, {}, async (proxy) => {
      const dest = viaProxy(proxy, testRepo(env, 'plain', 'publish/known-repo'));
      // A tagged image makes the repository known; one of the new image's layers is there already.
      await publish(client, treePlan(image('amd64', [randomBytes(100)])), [dest], { tags: ['old'], log: () => undefined });
      const bytes = there.origin.kind === 'bytes' ? there.origin.bytes : Buffer.alloc(0);
      await client.putBlob(dest, () => Readable.from([bytes]), { digest: digestOf(bytes), size: bytes.length });
      const before = proxy.seen.length;
      const [stats] = await publish(client, treePlan(root), [dest], { tags: ['v1'], log: () => undefined });
      expect(stats).toMatchObject({ blobsUploaded: 7, blobsSkipped: 1 });
      const seen = proxy.seen.slice(before);
      const heads = blobHeads(seen);
      expect(heads).toHaveLength(8);
      expect(new Set(heads).size).toBe(8);
      const lastHead = seen.findLastIndex((r) => r.method === 'HEAD' && r.path.includes('/blobs/'));
      // The access check opens (and cancels) a session first: the uploads are the PUTs that close one.
      const firstUpload = seen.findIndex((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'));
      expect(firstUpload).toBeGreaterThan(0);
      expect(lastHead).toBeLessThan(firstUpload);
    });
  });
});
