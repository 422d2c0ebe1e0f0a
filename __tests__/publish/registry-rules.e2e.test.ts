import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { startRulesProxy, type RegistryRules, type RulesProxy } from '../helpers/rules-proxy.js';
import { MediaType, type Platform } from '../../src/registry/mediatypes.js';
import type { Digest } from '../../src/registry/digest.js';
import { AMD64, ARM64, pushBlob, pushImage, pushIndex, pushManifest } from '../promote/fixtures.js';

// Registries as production ones behave, imitated by a proxy in front of the plain test registry
// (rules-proxy.ts names the documentation of each rule): ECR's IMMUTABLE tags and Docker Hub's pull limit.
const env = loadTestEnv();
const client = testClient(env);
const plain = env.registries.plain.host;
afterAll(() => client.close());

const proxies: RulesProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});
async function proxy(rules: RegistryRules): Promise<RulesProxy> {
  const p = await startRulesProxy(plain, rules);
  proxies.push(p);
  return p;
}
const at = (host: string, path: string): Repository => new Repository(new Registry(host), path);
/** A one-layer image whose config says when it was built, as every builder's does. */
async function builtAt(repo: Repository, platform: Platform): Promise<Digest> {
  const layer = await pushBlob(client, repo, Buffer.from(`layer ${platform.architecture}`), MediaType.OciLayerGzip);
  const config = { ...platform, created: '2026-01-02T03:04:05Z', rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} };
  const configDesc = await pushBlob(client, repo, Buffer.from(JSON.stringify(config)), MediaType.OciConfig);
  const json = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers: [layer] };
  return (await pushManifest(client, repo, json, MediaType.OciManifest, undefined, platform)).digest;
}
const log = (run: { stdout: string; stderr: string }): string => run.stdout + run.stderr;

test('immutable tags: a rerun of the same promote succeeds, tags unchanged and changed=false; a tag naming another digest fails before any tag moves', async () => {
  const source = at(plain, uniqueRepo('rules-src'));
  const index = await pushIndex(client, source, { tag: 'rc' });
  const ecr = await proxy({ immutableTags: true });
  const path = uniqueRepo('rules-immutable');
  const dest = at(ecr.host, path);
  const promote = (tags: string): ReturnType<typeof runAction> =>
    runAction({ command: 'promote', source: `${source}:rc`, images: dest.toString(), tags }, events.pushMain());

  const first = await promote('2\n1');
  expect(log(first)).not.toContain('::error');
  expect(first.code).toBe(0);
  expect(first.outputs.changed).toBe('true');

  const again = await promote('2\n1');
  expect(log(again)).not.toContain('::error');
  expect(again.code).toBe(0);
  expect(again.outputs.changed).toBe('false');
  expect(log(again)).toContain(`${dest}:1 already names ${index.digest}: unchanged`);

  // Another repository where `1` already names another image: `2` is new, `1` would move and cannot.
  const path2 = uniqueRepo('rules-immutable');
  const other = await pushImage(client, at(plain, path2), { tag: '1' });
  const refused = await runAction({ command: 'promote', source: `${source}:rc`, images: at(ecr.host, path2).toString(), tags: '2\n1' }, events.pushMain());
  expect(refused.code).not.toBe(0);
  const text = log(refused);
  expect(text).toContain(`tag ${at(ecr.host, path2)}:1 names ${other.digest}; moving it to ${index.digest} failed`);
  expect(text).toContain('cannot be overwritten because the repository is immutable');
  expect(text).toContain('TAG_INVALID');
  expect(text).toContain('tags already written: none');

  // A mutable repository first, then the immutable one: `1` moves in the first, is refused in the second, and is put back.
  const mutable = at(plain, uniqueRepo('rules-mutable'));
  const was = await pushImage(client, mutable, { tag: '1' });
  const both = await runAction({ command: 'promote', source: `${source}:rc`, images: `${mutable}\n${at(ecr.host, path2)}`, tags: '2\n1' }, events.pushMain());
  expect(both.code).not.toBe(0);
  expect(log(both)).toContain(`tags moved and put back: ${mutable}:1`);
  expect((await client.resolve(mutable.tag('1'))).digest.toString()).toBe(was.digest.toString());
  expect(await client.manifestExists(mutable, '2')).toBe(false);
  expect(await client.manifestExists(at(plain, path2), '2')).toBe(false);
  expect((await client.resolve(at(plain, path2).tag('1'))).digest.toString()).toBe(other.digest.toString());
});

test('changed: merge and promote say false when every tag already named the digest, true when one moved', async () => {
  const source = at(plain, uniqueRepo('rules-changed'));
  await pushIndex(client, source, { tag: 'rc' });
  const dest = at(plain, uniqueRepo('rules-changed-dest'));
  const promote = (src: string): ReturnType<typeof runAction> =>
    runAction({ command: 'promote', source: src, images: dest.toString(), tags: 'live' }, events.pushMain());
  expect((await promote(`${source}:rc`)).outputs.changed).toBe('true');
  expect((await promote(`${source}:rc`)).outputs.changed).toBe('false');
  const next = await pushIndex(client, source, { tag: 'rc2' });
  const moved = await promote(`${source}:rc2`);
  expect(moved.outputs.changed).toBe('true');
  expect((await client.resolve(dest.tag('live'))).digest.toString()).toBe(next.digest.toString());

  // Children whose configs carry `created`: the index's creation time is theirs, so two merges give one digest.
  const children = (await Promise.all([AMD64, ARM64].map((p) => builtAt(source, p)))).map((d) => d.toString()).join('\n');
  const merged = at(plain, uniqueRepo('rules-merge'));
  const merge = (): ReturnType<typeof runAction> =>
    runAction({ command: 'merge', source: source.toString(), digests: children, images: merged.toString(), tags: 'type=raw,value=m1' }, events.pushMain());
  const m1 = await merge();
  expect(log(m1)).not.toContain('::error');
  expect(m1.outputs.changed).toBe('true');
  const m2 = await merge();
  expect(m2.outputs.digest).toBe(m1.outputs.digest);
  expect(m2.outputs.changed).toBe('false');
});

test("Docker Hub's pull limit: a promote pulls one manifest (HEADs for the rest), warns when few remain, and a 429 fails at once naming the limit", async () => {
  const hub = await proxy({ pullLimit: { limit: 100, remaining: 6, windowSeconds: 21600 } });
  const path = uniqueRepo('rules-limit');
  const image = await pushImage(client, at(plain, path), { tag: 'v1' });
  const dest = at(plain, uniqueRepo('rules-limit-dest'));
  const promote = (): ReturnType<typeof runAction> =>
    runAction({ command: 'promote', source: `${at(hub.host, path)}:v1`, images: dest.toString(), retries: '12' }, events.pushMain());

  const ok = await promote();
  expect(ok.code).toBe(0);
  expect(hub.manifestGets).toEqual([`/v2/${path}/manifests/v1`]);
  expect(log(ok)).toMatch(/::warning::.*5 of 100 pulls remaining in 6 h/);
  expect(ok.outputs.digest).toBe(image.digest.toString());

  // Use up what remains, as other pulls from the same address would.
  for (let i = 0; i < 5; i++) await promote();
  const started = Date.now();
  const limited = await promote();
  expect(limited.code).not.toBe(0);
  expect(Date.now() - started).toBeLessThan(10_000);
  const text = log(limited);
  expect(text).toMatch(/pull limit reached at .*HTTP 429 TOOMANYREQUESTS, 0 of 100 pulls remaining in 6 h; not retried/);
  expect(text).toContain('authenticating to docker.io');
  expect(text).not.toContain('retrying:');
});
