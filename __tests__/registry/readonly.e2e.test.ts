/**
 * The token registry's read-only user (env.json `readonlyUsername`): the token server grants it
 * `pull` whatever it asks for. It must pull, and fail the push-access check, writing nothing.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { digestOf } from '../../src/registry/digest.js';
import { Reference } from '../../src/registry/reference.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const t = env.registries.token;
const reader = new RegistryClient({
  certsDir: testCertsDir(env),
  credentials: new StaticCredentials([{ registry: t.host, credential: { username: t.readonlyUsername, password: t.readonlyPassword } }]),
  retry: { baseMs: 5, maxMs: 50 },
});
const writer = testClient(env);
afterAll(() => {
  reader.close();
  writer.close();
});

test('read-only credentials pull, but fail the push-access check naming the repository, and nothing is written', async () => {
  // The credentials are good: the base image resolves with them.
  const base = await reader.resolve(Reference.parse(`${t.host}/${env.baseRepository}:${env.baseTag}`));
  expect(base.digest.toString()).toBe(env.baseImageDigest);
  const repo = testRepo(env, 'token', 'readonly');
  const error = await reader.checkPushAccess(repo).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain(`check push access to ${repo}`);
  expect(error?.message).toMatch(/HTTP 40[13]/);
  expect(error?.message).not.toContain(t.readonlyPassword);
  // Nothing appeared: no tag, and an upload attempt is refused as well.
  expect(await tagsOf(writer, repo)).toEqual([]);
  const blob = randomBytes(1000);
  await expect(reader.putBlob(repo, () => Readable.from([blob]), { digest: digestOf(blob), size: blob.length, attempts: 1 })).rejects.toThrow(/HTTP 40[13]/);
  expect(await writer.statBlob(repo, digestOf(blob))).toBeUndefined();
});

test('the same check passes for the read-write user (the check itself writes nothing)', async () => {
  const repo = testRepo(env, 'token', 'readwrite');
  await writer.checkPushAccess(repo);
  expect(await tagsOf(writer, repo)).toEqual([]);
});
