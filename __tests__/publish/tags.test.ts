import { expect, test } from '@jest/globals';
import { publish, treePlan } from '../../src/publish/index.js';
import { refusesOverwrite } from '../../src/publish/tags.js';
import { RegistryError } from '../../src/registry/errors.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { parseRateLimit, pullLimitError, PullLimitWatch } from '../../src/registry/pull-limit.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { localImage } from './local-image.js';

// The tags phase against an in-memory registry: which tags are written, in which order, and what a refusal leaves.
const host = new Registry('registry.test');
let n = 0;
const repo = (name: string): Repository => new Repository(host, `pinship-test/${name}-${n++}`);
const quiet = { log: () => undefined };

test('a tag that already names the digest is not written again; the rerun changes nothing', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('same');
  const image = localImage(100);
  await publish(registry.client, treePlan(image), [dest], { tags: ['v1', 'latest'], ...quiet });
  const before = registry.writes.length;
  const logs: string[] = [];
  const [stats] = await publish(registry.client, treePlan(image), [dest], { tags: ['v1', 'latest'], log: (m) => logs.push(m) });
  expect(registry.writes.slice(before)).toEqual([]);
  expect(stats).toMatchObject({ tagsWritten: 0, tagsUnchanged: 2, imageChanges: 0, manifestsPushed: 0 });
  expect(logs).toContain(`${dest}:v1 already names ${image.digest}: unchanged, not written again`);
});

test('tags that move are written before new ones; a refused move leaves every tag as it was', async () => {
  const registry = new MemoryRegistry();
  const [a, b] = [repo('a'), repo('b')];
  const old = localImage(100);
  const image = localImage(100);
  await publish(registry.client, treePlan(old), [a, b], { tags: ['1'], ...quiet });
  const before = registry.writes.length;
  const [sa] = await publish(registry.client, treePlan(image), [a], { tags: ['2', '1'], ...quiet });
  expect(registry.writes.slice(before).filter((w) => !w.includes('@') && !w.startsWith('blob'))).toEqual([`manifest ${a}:1`, `manifest ${a}:2`]);
  expect(sa).toMatchObject({ tagsWritten: 2, imageChanges: 3 });

  const words = [
    { code: 'TAG_INVALID', message: "The image tag '1' already exists in the 'x' repository and cannot be overwritten because the repository is immutable." },
  ];
  registry.failPut = (_r, id) => (id === '1' ? new RegistryError('PUT', 'memory://x', 400, words, `push manifest ${b}:1`) : undefined);
  const tagsBefore = registry.tagsOf(b);
  const failed = (await publish(registry.client, treePlan(image), [b], { tags: ['2', '1'], ...quiet }).catch((e: unknown) => e)) as Error;
  expect(failed.message).toBe(
    `tag ${b}:1 names ${old.digest}; moving it to ${image.digest} failed: the repository does not allow a tag to be overwritten (as ECR does with IMMUTABLE tags) (registry.test answered HTTP 400 TAG_INVALID: ${words[0].message}); tags already written: none`,
  );
  expect(registry.tagsOf(b)).toEqual(tagsBefore);
});

test('a move refused in one repository puts back the tag this step moved in another: all or nothing across destinations', async () => {
  const registry = new MemoryRegistry();
  const [a, b] = [repo('mutable'), repo('immutable')];
  const old = localImage(100);
  const image = localImage(100);
  await publish(registry.client, treePlan(old), [a, b], { tags: ['1'], ...quiet });
  registry.failPut = (r, id) =>
    r.equals(b) && id === '1' ? new RegistryError('PUT', 'memory://x', 400, [{ code: 'TAG_INVALID', message: 'immutable' }]) : undefined;
  const failed = (await publish(registry.client, treePlan(image), [a, b], { tags: ['2', '1'], ...quiet }).catch((e: unknown) => e)) as Error;
  expect(failed.message).toContain(`tag ${b}:1 names ${old.digest}; moving it to ${image.digest} failed`);
  expect(failed.message).toContain(`tags moved and put back: ${a}:1`);
  expect((await registry.client.resolve(a.tag('1'))).digest.toString()).toBe(old.digest.toString());
  expect(registry.tagsOf(a)).toEqual(['1']);
  expect(registry.tagsOf(b)).toEqual(['1']);
});

test('a 429 is a pull limit only when no pulls remain, or from Docker Hub; a low count warns once', () => {
  expect(parseRateLimit('100;w=21600')).toEqual({ count: 100, windowSeconds: 21600 });
  expect(parseRateLimit('oops')).toBeUndefined();
  const limited = { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '0;w=21600' };
  expect(pullLimitError('registry.test', limited, 'get x')?.message).toBe(
    "pull limit reached at registry.test while trying to get x: HTTP 429 TOOMANYREQUESTS, 0 of 100 pulls remaining in 6 h; not retried, as the limit resets over hours; authenticating to docker.io (input 'registry-auth' or docker login) raises Docker Hub's limit",
  );
  // Another registry's throttling, without the pull limit's headers, is retried as before.
  expect(pullLimitError('ghcr.io', {}, 'get x')).toBeUndefined();
  expect(pullLimitError('ghcr.io', { 'ratelimit-remaining': '3;w=60' }, 'get x')).toBeUndefined();
  expect(pullLimitError('registry-1.docker.io', {}, 'get x')?.message).toContain('no pulls remaining');
  const warnings: string[] = [];
  const watch = new PullLimitWatch((m) => warnings.push(m));
  watch.observe('registry-1.docker.io', { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '11;w=21600' });
  expect(warnings).toEqual([]);
  watch.observe('registry-1.docker.io', { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '10;w=21600' });
  watch.observe('registry-1.docker.io', { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '9;w=21600' });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('10 of 100 pulls remaining in 6 h');
});

test.each<[string, unknown, boolean]>([
  ['ECR: TAG_INVALID', new RegistryError('PUT', 'memory://x', 400, [{ code: 'TAG_INVALID', message: 'tag invalid' }]), true],
  ['another code whose words say it', new RegistryError('PUT', 'memory://x', 400, [{ code: 'DENIED', message: 'tag cannot be overwritten' }]), true],
  ['a repository said to be immutable', new RegistryError('PUT', 'memory://x', 403, [{ code: 'DENIED', message: 'Repository is IMMUTABLE' }]), true],
  ['any other refusal', new RegistryError('PUT', 'memory://x', 403, [{ code: 'DENIED', message: 'requested access to the resource is denied' }]), false],
  ['not a registry answer', new Error('TAG_INVALID cannot be overwritten'), false],
])('refusesOverwrite: %s', (_name, error, refuses) => {
  expect(refusesOverwrite(error)).toBe(refuses);
});

test('a tag the registry cannot say anything about (not a 404) fails the publish before any tag is written', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('unreadable');
  const image = localImage(100);
  registry.failGet = (_r, id) => (id === 'v1' ? new RegistryError('GET', 'memory://x', 500, [{ code: 'UNKNOWN', message: 'boom' }]) : undefined);
  await expect(publish(registry.client, treePlan(image), [dest], { tags: ['v1', 'v2'], ...quiet })).rejects.toThrow();
  expect(registry.tagsOf(dest)).toEqual([]);
});

test('a refusal that is not about overwriting is quoted as the registry gave it, and a move that fails first names no tag written', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('denied');
  const [old, image] = [localImage(100), localImage(100)];
  await publish(registry.client, treePlan(old), [dest], { tags: ['1'], ...quiet });
  registry.failPut = (_r, id) => (id === '1' ? new RegistryError('PUT', 'memory://x', 403, [{ code: 'DENIED', message: 'no' }]) : undefined);
  const failed = (await publish(registry.client, treePlan(image), [dest], { tags: ['1'], ...quiet }).catch((e: unknown) => e)) as Error;
  expect(failed.message).toBe(
    `tag ${dest}:1 names ${old.digest}; moving it to ${image.digest} failed (registry.test answered HTTP 403 DENIED: no); tags already written: none`,
  );
});

test('a tag that cannot be put back is named as still moved, beside those put back', async () => {
  const registry = new MemoryRegistry();
  const [a, b, c] = [repo('back-ok'), repo('back-fails'), repo('refuses')];
  const [old, image] = [localImage(100), localImage(100)];
  await publish(registry.client, treePlan(old), [a, b, c], { tags: ['1'], ...quiet });
  let moved = false;
  registry.failPut = (r, id) => {
    if (r.equals(c) && id === '1') return new RegistryError('PUT', 'memory://x', 400, [{ code: 'TAG_INVALID', message: 'immutable' }]);
    // b's tag moves; putting it back (a second PUT of tag 1 there) fails.
    if (r.equals(b) && id === '1') {
      if (moved) return new Error('connection reset');
      moved = true;
    }
    return undefined;
  };
  const failed = (await publish(registry.client, treePlan(image), [a, b, c], { tags: ['1'], ...quiet }).catch((e: unknown) => e)) as Error;
  expect(failed.message).toMatch(new RegExp(`tags moved and put back: ${a}:1; could not be put back, still moved: ${b}:1 \\(connection reset\\)$`));
  expect(registry.tagsOf(a)).toEqual(['1']);
  expect((await registry.client.resolve(a.tag('1'))).digest.toString()).toBe(old.digest.toString());
});

test('only the image’s own tags count as a change: a signature tag written alone is not one', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('changes');
  const image = localImage(100);
  const [first] = await publish(registry.client, treePlan(image), [dest], { tags: ['v1'], ...quiet });
  expect(first).toMatchObject({ tagsWritten: 1, imageChanges: expect.any(Number) });
  expect(first.imageChanges).toBeGreaterThan(0);
  const [again] = await publish(registry.client, treePlan(image), [dest], { tags: ['v1', 'v2'], ...quiet });
  expect(again).toMatchObject({ tagsWritten: 1, tagsUnchanged: 1, imageChanges: 1 });
});

test('what a tag named, read ahead by the caller, is taken as read and not asked again', async () => {
  const registry = new MemoryRegistry();
  const dest = repo('ahead');
  const image = localImage(100);
  await publish(registry.client, treePlan(image), [dest], { tags: ['v1'], ...quiet });
  const asked: string[] = [];
  const before = registry.writes.length;
  // The caller saw the tag naming nothing (say, before another writer set it): a new tag, written.
  const tagsRead = (d: Repository, t: string): Promise<undefined> => (asked.push(`${d}:${t}`), Promise.resolve(undefined));
  const [stats] = await publish(registry.client, treePlan(image), [dest], { tags: ['v1'], ...quiet, tagsRead });
  expect(asked).toEqual([`${dest}:v1`]);
  expect(registry.writes.slice(before)).toEqual([`manifest ${dest}:v1`]);
  expect(stats).toMatchObject({ tagsWritten: 1, tagsUnchanged: 0 });
});
