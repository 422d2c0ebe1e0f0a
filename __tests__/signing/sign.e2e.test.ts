import { Digest } from '../../src/registry/digest.js';
import type { ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { cosign } from './cosign.js';

const env = loadTestEnv();
const client = testClient(env);
const certsDir = testCertsDir(env);
const tool = cosign(env);
afterAll(() => client.close());

const repo = (kind: 'plain' | 'token', prefix: string): Repository => new Repository(new Registry(env.registries[kind].host), uniqueRepo(prefix));
const PASSWORD = 'correct horse battery staple';
/** What a log reader sees: the runner consumes `::add-mask::` commands, which carry the secret by design. */
const visibleLog = (r: { stdout: string; stderr: string }): string =>
  (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

test('build with signing-key: cosign verify --key passes at every destination, and again after a signed promote', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const name = uniqueRepo('signed');
  const repos = [new Repository(new Registry(env.registries.plain.host), name), new Repository(new Registry(env.registries.token.host), name)];
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    {
      images: repos.map(String).join('\n'),
      context: ctx,
      builder: 'docker',
      tags: 'type=raw,value=v1',
      'registry-auth': tokenRegistryAuth(env),
      'signing-key': keys.key,
      'signing-key-password': PASSWORD,
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: certsDir },
  );
  expect(visibleLog(run)).not.toContain('correct horse');
  expect(visibleLog(run)).not.toContain(keys.key.split('\n')[1]);
  expect(run.code).toBe(0);
  const digest = Digest.parse(run.outputs.digest);
  const metadata = JSON.parse(run.outputs.metadata) as { attached: Array<{ kind: string; subject: string; tag: string; digest: string }> };
  expect(metadata.attached).toEqual([expect.objectContaining({ kind: 'signature', subject: digest.toString(), tag: `sha256-${digest.hex}.sig` })]);
  for (const r of repos) {
    const v = await tool.verify(`${r}@${digest}`, keys.pub);
    expect(v.out).toContain('The signatures were verified against the specified public key');
    expect(v.code).toBe(0);
    // the tag names the image, and the signature was written before it: both are there
    expect((await client.resolve(r.tag('v1'))).digest.toString()).toBe(digest.toString());
  }

  // promote re-signs at the destination (appending to the copied signature) after checking the source's
  const prod = repo('token', 'signed-prod');
  const promoted = await runAction(
    {
      command: 'promote',
      source: `${repos[1]}:v1`,
      images: prod.toString(),
      tags: 'stable',
      'registry-auth': tokenRegistryAuth(env),
      'public-key': keys.pub,
      'require-signature': 'true',
      'signing-key': keys.key,
      'signing-key-password': PASSWORD,
    },
    events.pushMain(),
    { PINSHIP_CERTS_D: certsDir },
  );
  expect(promoted.code).toBe(0);
  expect(promoted.stdout).toContain('carries a valid signature');
  const v = await tool.verify(`${prod}:stable`, keys.pub);
  expect(v.code).toBe(0);
  // cosign's own view: the copied signature and pinship's new one, both valid
  expect(v.out.match(/"docker-manifest-digest":"sha256:[0-9a-f]{64}"/g)?.length).toBe(2);
  const sig = await client.getManifest(prod, `sha256-${digest.hex}.sig`);
  expect(
    (sig.json as ImageManifest).layers.every(
      (l) => l.mediaType === 'application/vnd.dev.cosign.simplesigning.v1+json' && l.annotations?.['dev.cosignproject.cosign/signature'],
    ),
  ).toBe(true);
});

test('promote with require-signature refuses an unsigned source and copies nothing', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const source = repo('plain', 'unsigned');
  const index = await pushIndex(client, source, { tag: 'rc' });
  const dest = repo('token', 'unsigned-prod');
  const run = await runAction(
    {
      command: 'promote',
      source: `${source}:rc`,
      images: dest.toString(),
      'registry-auth': tokenRegistryAuth(env),
      'public-key': keys.pub,
      'require-signature': 'true',
    },
    events.pushMain(),
    { PINSHIP_CERTS_D: certsDir },
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    `::error::source ${source}@${index.digest} is not signed by the key of input 'public-key' (input 'require-signature'): no signature: ${source}:sha256-${index.digest.hex}.sig does not exist and no referrer of ${index.digest} is a cosign signature (the image is unsigned); nothing was copied`,
  );
  expect(await tagsOf(client, dest)).toEqual([]);
  expect(await client.manifestExists(dest, index.digest)).toBe(false);
});

test('require-signature without public-key is an input error', async () => {
  const run = await runAction({ command: 'promote', source: '127.0.0.1:1/a:b', images: '127.0.0.1:1/c', 'require-signature': 'true' }, events.pushMain());
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("::error::input 'require-signature' is true but input 'public-key' is empty");
});

test('merge with signing-key signs the index it made, in the token registry too', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const name = uniqueRepo('signed-merge');
  const source = new Repository(new Registry(env.registries.plain.host), name);
  const token = new Repository(new Registry(env.registries.token.host), name);
  const pushed = await pushIndex(client, source);
  const run = await runAction(
    {
      command: 'merge',
      images: `${source}\n${token}`,
      digests: pushed.children.map((c) => c.digest.toString()).join('\n'),
      tags: 'type=raw,value=m1',
      'registry-auth': tokenRegistryAuth(env),
      'signing-key': keys.key,
      'signing-key-password': PASSWORD,
    },
    events.pushMain(),
    { PINSHIP_CERTS_D: certsDir },
  );
  expect(run.code).toBe(0);
  for (const r of [source, token]) {
    const v = await tool.verify(`${r}:m1`, keys.pub);
    expect(v.out).toContain('verified against the specified public key');
    expect(v.code).toBe(0);
    expect(v.out).toContain(`"docker-manifest-digest":"${run.outputs.digest}"`);
  }
});
