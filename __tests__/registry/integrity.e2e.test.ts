/**
 * What pinship does when a registry's answers do not add up: content that does not hash to the
 * digest asked for, a store under another digest, a tag that names something else on read-back.
 * The real plain registry holds the content; a loopback proxy in front of it plays the registry
 * that misbehaves (../helpers/fault-proxy.ts).
 */
import { publish, treePlan } from '../../src/publish/index.js';
import { digestOf } from '../../src/registry/digest.js';
import type { ManifestNode } from '../../src/image/model.js';
import type { Repository } from '../../src/registry/reference.js';
import { promote } from '../../src/commands/promote/copy.js';
import { RegistryClient } from '../../src/registry/client.js';
import { viaProxy, withFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, tagsOf, testRepo } from '../helpers/registry.js';
import { promoteRequest, pushImage, pushIndex, type Pushed } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 } });
afterAll(() => client.close());

/** A pushed image as the build's push step sees it: a manifest ready to push, its blobs already there. */
const nodeOf = (p: Pushed): ManifestNode => ({ digest: p.digest, mediaType: p.mediaType, bytes: p.bytes, blobs: [], children: [] });
/** The build's push step: one publication to one repository. */
const pushTree = (repo: Repository, node: ManifestNode, tags: string[] = []): Promise<unknown> =>
  publish(client, treePlan(node), [repo], { tags, log: () => undefined });

describe('a manifest fetched by digest whose content does not match', () => {
  test('is an error naming both digests, never data', async () => {
    const repo = testRepo(env, 'plain', 'bydigest');
    const asked = await pushImage(client, repo);
    const served = await pushImage(client, repo);
    await withFaultProxy(env.registries.plain.host, { manifestAlias: { [asked.digest.toString()]: served.digest.toString() } }, async (proxy) => {
      const error = await client.getManifest(viaProxy(proxy, repo), asked.digest).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain(`failed verification: its content hashes to ${served.digest}`);
      expect(error?.message).toContain(asked.digest.toString());
      // The proxy passes untouched references through: the same call works for the other digest.
      expect((await client.getManifest(viaProxy(proxy, repo), served.digest)).bytes.equals(served.bytes)).toBe(true);
    });
  });

  test('stops a promotion whose index names a child the registry serves wrongly, writing no tag', async () => {
    const repo = testRepo(env, 'plain', 'badchild');
    const index = await pushIndex(client, repo, { tag: 'v1' });
    const impostor = await pushImage(client, repo);
    const dest = testRepo(env, 'plain', 'badchild-dst');
    await withFaultProxy(env.registries.plain.host, { manifestAlias: { [index.children[1].digest.toString()]: impostor.digest.toString() } }, async (proxy) => {
      const source = viaProxy(proxy, repo).tag('v1');
      await expect(promote(client, promoteRequest(source, [dest]))).rejects.toThrow(new RegExp(`${index.children[1].digest}.*failed verification`));
      expect(await tagsOf(client, dest)).toEqual([]);
    });
  });
});

describe('a registry that stores a manifest under another digest', () => {
  const other = `sha256:${'e'.repeat(64)}`;

  test('a manifest PUT answered with another Docker-Content-Digest is an error', async () => {
    const repo = testRepo(env, 'plain', 'stored');
    const image = await pushImage(client, repo);
    await withFaultProxy(env.registries.plain.host, { storedDigest: other }, async (proxy) => {
      await expect(client.putManifest(viaProxy(proxy, repo), 'v1', image.bytes, image.mediaType)).rejects.toThrow(
        `registry stored manifest ${viaProxy(proxy, repo)}:v1 as ${other}, expected ${image.digest}`,
      );
    });
  });

  test("the build's push step fails on it before any tag is written", async () => {
    // Blobs already in place, manifest not yet (a pushed one would only be tagged): the manifest PUT is what is tested.
    const repo = testRepo(env, 'plain', 'stored-tree');
    const pushed = await pushImage(client, repo);
    const bytes = Buffer.from(JSON.stringify({ ...JSON.parse(pushed.bytes.toString('utf8')), annotations: { fresh: 'yes' } }));
    const image = { ...pushed, bytes, digest: digestOf(bytes) };
    await withFaultProxy(env.registries.plain.host, { storedDigest: other }, async (proxy) => {
      await expect(pushTree(viaProxy(proxy, repo), nodeOf(image), ['v1'])).rejects.toThrow(`as ${other}, expected ${image.digest}`);
    });
    expect(await tagsOf(client, repo)).toEqual([]);
  });
});

describe('a read-back after the push that finds another digest', () => {
  test('the publish read-back (build) refuses a tag that resolves elsewhere', async () => {
    const repo = testRepo(env, 'plain', 'readback');
    const ours = await pushImage(client, repo);
    const theirs = await pushImage(client, repo, { tag: 'theirs' });
    await withFaultProxy(env.registries.plain.host, { manifestAlias: { v1: 'theirs' } }, async (proxy) => {
      const target = viaProxy(proxy, repo);
      await expect(pushTree(target, nodeOf(ours), ['v1'])).rejects.toThrow(`after the push ${target}:v1 resolves to ${theirs.digest}, expected ${ours.digest}`);
    });
  });

  test('the publish read-back with no tag (push-by-digest) refuses a digest that resolves elsewhere', async () => {
    const repo = testRepo(env, 'plain', 'readback-digest');
    const ours = await pushImage(client, repo);
    const theirs = await pushImage(client, repo);
    await withFaultProxy(env.registries.plain.host, { manifestAlias: { [ours.digest.toString()]: theirs.digest.toString() } }, async (proxy) => {
      await expect(pushTree(viaProxy(proxy, repo), nodeOf(ours))).rejects.toThrow(`@${ours.digest} resolves to ${theirs.digest}, expected ${ours.digest}`);
    });
  });

  test('promote refuses a destination tag that resolves elsewhere after the copy', async () => {
    const source = testRepo(env, 'plain', 'promote-readback-src');
    const image = await pushImage(client, source, { tag: 'rc' });
    const dest = testRepo(env, 'plain', 'promote-readback-dst');
    const theirs = await pushImage(client, dest, { tag: 'theirs' });
    await withFaultProxy(env.registries.plain.host, { manifestAlias: { stable: 'theirs' } }, async (proxy) => {
      const req = promoteRequest(source.tag('rc'), [viaProxy(proxy, dest)], { tags: ['stable'] });
      await expect(promote(client, req)).rejects.toThrow(
        `after the push ${viaProxy(proxy, dest)}:stable resolves to ${theirs.digest}, expected ${image.digest}`,
      );
    });
    // The registry did store our manifest under the tag: only the read-back saw otherwise.
    expect((await client.resolve(dest.tag('stable'))).digest.toString()).toBe(image.digest.toString());
  });
});
