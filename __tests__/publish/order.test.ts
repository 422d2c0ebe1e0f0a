import { expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { publish, signPlan, treePlan, type PublishPlan } from '../../src/publish/index.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { parseSigningKey } from '../../src/signing/keys.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { localImage } from './local-image.js';

// publish's order of writes against an in-memory registry: fast enough to rerun for every mutant of
// src/publish/execute.ts in `npm run test:mutation`. publish.e2e.test.ts shows the same against the real one.
const host = new Registry('registry.test');
let n = 0;
const repo = (name: string): Repository => new Repository(host, `pinship-test/${name}-${n++}`);
const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const key = parseSigningKey(pem, '');

function signed(): { plan: PublishPlan; sig: Digest; sigTag: string; root: Digest } {
  const s = signPlan(treePlan(localImage(100)), key, 'registry.test/app');
  return { plan: s.plan, sig: s.signature.digest, sigTag: s.tag, root: s.plan.root.digest };
}

test('blobs, then every manifest at every destination, then the tags: none before the last manifest anywhere', async () => {
  const registry = new MemoryRegistry();
  const dests = [repo('a'), repo('b')];
  const { plan } = signed();
  const logs: string[] = [];
  const stats = await publish(registry.client, plan, dests, { tags: ['v1', 'latest'], log: (m) => logs.push(m) });
  const kinds = registry.writes.map((w) => (w.startsWith('blob') ? 'blob' : w.includes('@') ? 'manifest' : 'tag'));
  expect(kinds.lastIndexOf('blob')).toBeLessThan(kinds.indexOf('manifest'));
  expect(kinds.lastIndexOf('manifest')).toBeLessThan(kinds.indexOf('tag'));
  expect(kinds.filter((k) => k === 'tag')).toHaveLength(2 * 3);
  for (const d of dests) expect(registry.tagsOf(d).sort()).toEqual([`sha256-${plan.root.digest.hex}.sig`, 'latest', 'v1'].sort());
  // Asked once per destination; the signature's OCI 1.1 form skipped where there is no referrers API, and said so.
  expect(registry.accessChecks).toBe(2);
  expect(logs.filter((l) => l.includes('has no referrers API (HTTP 404)'))).toHaveLength(2);
  // Per destination: root, signature and its three tags; two blobs of the image and the signature's two, uploaded
  // to one repository and mounted into the other.
  for (const s of stats) expect(s).toMatchObject({ manifestsPushed: 2 + 3, blobsSkipped: 0, referrersCopied: 1 });
  expect(stats.map((s) => [s.blobsUploaded, s.blobsMounted]).sort()).toEqual([
    [0, 4],
    [4, 0],
  ]);
});

test("a destination refusing a manifest late, after the other's manifests are in, leaves no tag at either", async () => {
  const registry = new MemoryRegistry();
  const [first, second] = [repo('first'), repo('second')];
  const { plan, root, sig } = signed();
  registry.failPut = (r) => (r.equals(second) ? new Error('MANIFEST_INVALID (refused)') : undefined);
  const failed = await publish(registry.client, plan, [first, second], { tags: ['v1'], log: () => undefined }).catch((e: unknown) => e as Error);
  expect(failed).toMatchObject({ message: 'MANIFEST_INVALID (refused); no destination tag was written', cause: new Error('MANIFEST_INVALID (refused)') });
  expect(registry.writes.filter((w) => w.startsWith(`manifest ${first}`))).toEqual([`manifest ${first}@${root}`, `manifest ${first}@${sig}`]);
  expect(registry.tagsOf(first)).toEqual([]);
  expect(registry.tagsOf(second)).toEqual([]);
});

test('a tag refused midway: the error names the tags already written', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('tags');
  registry.failPut = (_r, id) => (id === 'v2' ? new Error('DENIED') : undefined);
  const image = localImage(100);
  const failed = await publish(registry.client, treePlan(image), [dest], { tags: ['v1', 'v2', 'v3'], log: () => undefined }).catch((e: unknown) => e as Error);
  expect(failed).toMatchObject({ message: `DENIED; tags already written: ${dest}:v1`, cause: new Error('DENIED') });
  registry.failPut = (_r, id) => (id === 'v1' ? new Error('DENIED') : undefined);
  await expect(publish(registry.client, treePlan(image), [repo('none')], { tags: ['v1'], log: () => undefined })).rejects.toThrow(
    'DENIED; tags already written: none',
  );
});

test('a tag that reads back as another digest fails the publish, naming both', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('moved');
  const image = localImage(100);
  const other = `sha256:${'e'.repeat(64)}`;
  registry.moved.set(dest.tag('v1').toString(), Digest.parse(other));
  await expect(publish(registry.client, treePlan(image), [dest], { tags: ['v1'], log: () => undefined })).rejects.toThrow(
    `after the push ${dest}:v1 resolves to ${other}, expected ${image.digest}; another writer may have moved the tag`,
  );
  // Without tags the root itself is read back by digest.
  const bare = repo('bare');
  registry.moved.set(bare.digest(image.digest).toString(), Digest.parse(other));
  await expect(publish(registry.client, treePlan(image), [bare], { tags: [], log: () => undefined })).rejects.toThrow(`resolves to ${other}`);
});

test('a destination already holding the root gets only its tags; the caller that checked access is not asked again', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('rerun');
  const image = localImage(100);
  await publish(registry.client, treePlan(image), [dest], { tags: ['v1'], log: () => undefined });
  const before = registry.writes.length;
  const logs: string[] = [];
  const [again] = await publish(registry.client, treePlan(image), [dest], { tags: ['v2'], log: (m) => logs.push(m), accessChecked: true });
  expect(registry.writes.slice(before)).toEqual([`manifest ${dest}:v2`]);
  expect(again).toMatchObject({ blobsUploaded: 0, blobsSkipped: 2, manifestsPushed: 1 });
  expect(logs).toEqual([`${dest}@${image.digest} is already there: only tags are written`]);
  expect(registry.accessChecks).toBe(1);
});

test("a holder of the signature (a promotion's source) is not given its tag again; a new destination is", async () => {
  const registry = new MemoryRegistry();
  const [source, dest] = [repo('source'), repo('dest')];
  const { plan, sig, sigTag, root } = signed();
  await publish(registry.client, plan, [source], { tags: [], log: () => undefined });
  const before = registry.writes.length;
  const holders = [{ repository: source, manifests: new Set([root.toString(), sig.toString()]) }];
  await publish(registry.client, { ...plan, holders }, [source, dest], { tags: ['v1'], log: () => undefined });
  const written = registry.writes.slice(before).filter((w) => !w.startsWith('blob'));
  expect(written.filter((w) => w.startsWith(`manifest ${source}`))).toEqual([`manifest ${source}:v1`]);
  expect(written.filter((w) => w.startsWith(`manifest ${dest}`)).sort()).toEqual(
    [`manifest ${dest}@${root}`, `manifest ${dest}@${sig}`, `manifest ${dest}:${sigTag}`, `manifest ${dest}:v1`].sort(),
  );
});

test("with the referrers API the signature's OCI 1.1 form is written too, before any tag", async () => {
  const registry = new MemoryRegistry();
  registry.referrersApi = true;
  const dest = repo('api');
  const { plan, root } = signed();
  const logs: string[] = [];
  await publish(registry.client, plan, [dest], { tags: ['v1'], log: (m) => logs.push(m) });
  const manifests = registry.writes.filter((w) => w.startsWith('manifest'));
  expect(manifests.slice(0, 3).every((w) => w.includes('@'))).toBe(true);
  expect(manifests).toHaveLength(5);
  expect(logs).toEqual([
    expect.stringMatching(new RegExp(`^${dest} has the referrers API: writing sha256:[0-9a-f]{64}, the OCI 1.1 referrer form of what is attached to ${root}$`)),
  ]);
  expect(await registry.client.listReferrers(dest, root)).toHaveLength(1);
});

test('a foreign (non-distributable) layer is never uploaded: it lives at its URLs', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('foreign');
  const image = localImage(100);
  const foreign = Buffer.from('windows base layer');
  const descriptor = { mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', digest: digestOf(foreign).toString(), size: foreign.length };
  const node = { ...image, blobs: [...image.blobs, { descriptor, origin: { kind: 'bytes' as const, bytes: foreign } }] };
  const [stats] = await publish(registry.client, treePlan(node), [dest], { tags: ['v1'], log: () => undefined });
  expect(registry.writes.filter((w) => w.startsWith('blob'))).toEqual(image.blobs.map((b) => `blob ${dest}@${b.descriptor.digest}`));
  expect(stats).toMatchObject({ blobsUploaded: 2, blobsSkipped: 0 });
});
