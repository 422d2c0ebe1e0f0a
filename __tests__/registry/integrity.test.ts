/**
 * What pinship does when a registry's answers do not add up: content that does not hash to the
 * digest asked for, a store under another digest, a tag that names something else on read-back.
 * The real plain registry holds the content; a loopback proxy in front of it plays the registry
 * that misbehaves (../helpers/fault-proxy.ts).
 */
import { pushTree, tagAndVerify } from '../../src/image/push.js';
import type { ManifestNode } from '../../src/image/model.js';
import { promote } from '../../src/promote/copy.js';
import { RegistryClient } from '../../src/registry/client.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFaultProxy, type FaultPlan, type FaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, tagsOf } from '../helpers/registry.js';
import { promoteRequest, pushImage, pushIndex, type Pushed } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 } });
afterAll(() => client.close());

const plainRepo = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));
/** The same repository, reached through the proxy. */
const via = (proxy: FaultProxy, repo: Repository): Repository => new Repository(new Registry(proxy.host), repo.path);

async function withProxy(plan: FaultPlan, body: (proxy: FaultProxy) => Promise<void>): Promise<void> {
  const proxy = await startFaultProxy(env.registries.plain.host, plan);
  try {
    await body(proxy);
  } finally {
    await proxy.close();
  }
}

/** A pushed image as the build's push step sees it: a manifest ready to push, its blobs already there. */
const nodeOf = (p: Pushed): ManifestNode => ({ digest: p.digest, mediaType: p.mediaType, bytes: p.bytes, blobs: [], children: [] });

describe('a manifest fetched by digest whose content does not match', () => {
  test('is an error naming both digests, never data', async () => {
    const repo = plainRepo('bydigest');
    const asked = await pushImage(client, repo);
    const served = await pushImage(client, repo);
    await withProxy({ manifestAlias: { [asked.digest.toString()]: served.digest.toString() } }, async (proxy) => {
      const error = await client.getManifest(via(proxy, repo), asked.digest).then(() => undefined, (e: unknown) => e as Error);
      expect(error?.message).toContain(`failed verification: its content hashes to ${served.digest}`);
      expect(error?.message).toContain(asked.digest.toString());
      // The proxy passes untouched references through: the same call works for the other digest.
      expect((await client.getManifest(via(proxy, repo), served.digest)).bytes.equals(served.bytes)).toBe(true);
    });
  });

  test('stops a promotion whose index names a child the registry serves wrongly, writing no tag', async () => {
    const repo = plainRepo('badchild');
    const index = await pushIndex(client, repo, { tag: 'v1' });
    const impostor = await pushImage(client, repo);
    const dest = plainRepo('badchild-dst');
    await withProxy({ manifestAlias: { [index.children[1]!.digest.toString()]: impostor.digest.toString() } }, async (proxy) => {
      const source = via(proxy, repo).tag('v1');
      await expect(promote(client, promoteRequest(source, [dest]))).rejects.toThrow(new RegExp(`${index.children[1]!.digest}.*failed verification`));
      expect(await tagsOf(client, dest)).toEqual([]);
    });
  });
});

describe('a registry that stores a manifest under another digest', () => {
  const other = `sha256:${'e'.repeat(64)}`;

  test('a manifest PUT answered with another Docker-Content-Digest is an error', async () => {
    const repo = plainRepo('stored');
    const image = await pushImage(client, repo);
    await withProxy({ storedDigest: other }, async (proxy) => {
      await expect(client.putManifest(via(proxy, repo), 'v1', image.bytes, image.mediaType)).rejects.toThrow(`registry stored manifest ${via(proxy, repo)}:v1 as ${other}, expected ${image.digest}`);
    });
  });

  test("the build's push step fails on it before any tag is written", async () => {
    // Blobs already in place, as after pushTree's blob phase: the manifest PUT is what is tested.
    const repo = plainRepo('stored-tree');
    const image = await pushImage(client, repo);
    await withProxy({ storedDigest: other }, async (proxy) => {
      await expect(pushTree(client, via(proxy, repo), nodeOf(image))).rejects.toThrow(`as ${other}, expected ${image.digest}`);
    });
    expect(await tagsOf(client, repo)).toEqual([]);
  });
});

describe('a read-back after the push that finds another digest', () => {
  test('tagAndVerify (build) refuses a tag that resolves elsewhere', async () => {
    const repo = plainRepo('readback');
    const ours = await pushImage(client, repo);
    const theirs = await pushImage(client, repo, { tag: 'theirs' });
    await withProxy({ manifestAlias: { v1: 'theirs' } }, async (proxy) => {
      const target = via(proxy, repo);
      await expect(tagAndVerify(client, target, nodeOf(ours), ['v1'])).rejects.toThrow(`${target}:v1 resolves to ${theirs.digest} after the push, expected ${ours.digest}`);
    });
  });

  test('tagAndVerify with no tag (push-by-digest) refuses a digest that resolves elsewhere', async () => {
    const repo = plainRepo('readback-digest');
    const ours = await pushImage(client, repo);
    const theirs = await pushImage(client, repo);
    await withProxy({ manifestAlias: { [ours.digest.toString()]: theirs.digest.toString() } }, async (proxy) => {
      await expect(tagAndVerify(client, via(proxy, repo), nodeOf(ours), [])).rejects.toThrow(`resolves to ${theirs.digest} after the push, expected ${ours.digest}`);
    });
  });

  test('promote refuses a destination tag that resolves elsewhere after the copy', async () => {
    const source = plainRepo('promote-readback-src');
    const image = await pushImage(client, source, { tag: 'rc' });
    const dest = plainRepo('promote-readback-dst');
    const theirs = await pushImage(client, dest, { tag: 'theirs' });
    await withProxy({ manifestAlias: { stable: 'theirs' } }, async (proxy) => {
      const req = promoteRequest(source.tag('rc'), [via(proxy, dest)], { tags: ['stable'] });
      await expect(promote(client, req)).rejects.toThrow(`after promotion ${via(proxy, dest)}:stable resolves to ${theirs.digest}, expected ${image.digest}`);
    });
    // The registry did store our manifest under the tag: only the read-back saw otherwise.
    expect((await client.resolve(dest.tag('stable'))).digest.toString()).toBe(image.digest.toString());
  });
});
