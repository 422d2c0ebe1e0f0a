import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { pushCosignSignature, pushIndex } from './fixtures.js';
import { skopeoDigest } from './raw.js';

const env = loadTestEnv();
const client = testClient(env);
const certsDir = testCertsDir(env);
afterAll(() => client.close());

const repo = (kind: 'plain' | 'token', prefix: string): Repository => new Repository(new Registry(env.registries[kind].host), uniqueRepo(prefix));
const auth = `- registry: ${env.registries.token.host}\n  username: ${env.registries.token.username}\n  password: ${env.registries.token.password}\n`;

test('command: promote through dist/index.js copies an index and its signature, with outputs read back', async () => {
  const source = repo('plain', 'staging');
  const index = await pushIndex(client, source, { tag: 'sha-1a2b3c4' });
  const sig = await pushCosignSignature(client, source, index.digest);
  const prod = repo('token', 'prod');
  const run = await runAction(
    {
      command: 'promote',
      source: `${source}:sha-1a2b3c4`,
      images: prod.toString(),
      tags: 'stable\n1.4.2',
      'expected-digest': index.digest.toString(),
      'registry-auth': auth,
    },
    events.pushMain(),
    { PINSHIP_CERTS_D: certsDir },
  );
  expect(run.code).toBe(0);
  expectNoSecret(run, [env.registries.token.password]);
  expect(run.outputs.digest).toBe(index.digest.toString());
  expect(run.outputs.image).toBe(`${prod}@${index.digest}`);
  expect(run.outputs.tags.split('\n')).toEqual([`${prod}:stable`, `${prod}:1.4.2`]);
  for (const tag of ['stable', '1.4.2']) expect((await client.resolve(prod.tag(tag))).digest.toString()).toBe(index.digest.toString());
  expect((await client.resolve(prod.tag(sig.tag))).digest.toString()).toBe(sig.digest.toString());
  for (const child of index.children) expect(await client.manifestExists(prod, child.digest)).toBe(true);
  const metadata = JSON.parse(run.outputs.metadata) as { stats: { blobsCopied: number; referrersCopied: number } };
  expect(metadata.stats.blobsCopied).toBeGreaterThan(0);
  expect(metadata.stats.referrersCopied).toBeGreaterThanOrEqual(1);
  expect(run.summary).toContain(index.digest.toString());
  // The destination, seen by an independent tool: skopeo hashes what the token registry serves.
  const skopeo = { certDir: join(certsDir, prod.registry.host), authfile: join(env.dockerConfig, 'config.json') };
  for (const tag of ['stable', '1.4.2']) expect(await skopeoDigest(prod.registry.host, prod.path, tag, skopeo)).toBe(index.digest.toString());
  expect(await skopeoDigest(prod.registry.host, prod.path, sig.tag, skopeo)).toBe(sig.digest.toString());
  for (const child of index.children) expect(await skopeoDigest(prod.registry.host, prod.path, child.digest.toString(), skopeo)).toBe(child.digest.toString());
});

test('command: promote refuses a moved tag (expected-digest) and writes nothing', async () => {
  const source = repo('plain', 'moved');
  await pushIndex(client, source, { tag: 'candidate' });
  const dest = repo('plain', 'refused');
  const wrong = `sha256:${randomBytes(32).toString('hex')}`;
  const run = await runAction({ command: 'promote', source: `${source}:candidate`, images: dest.toString(), 'expected-digest': wrong }, events.pushMain());
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(new RegExp(`::error::.*expected ${wrong}`));
  expect(await tagsOf(client, dest)).toEqual([]);
});

test('command: promote with a bad expected-digest input names the input', async () => {
  const run = await runAction({ command: 'promote', source: '127.0.0.1:1/a:b', images: '127.0.0.1:1/c', 'expected-digest': 'sha256:abc' }, events.pushMain());
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("::error::Invalid input 'expected-digest': 'sha256:abc'. Expected sha256:<64 hex characters>.");
});
