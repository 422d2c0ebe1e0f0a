import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { pushImage } from '../promote/fixtures.js';

/**
 * Bad inputs for every command, each run through dist/index.js as the runner drives it: one error line
 * naming the input, no stack trace, a non-zero exit, and nothing changed in a registry or the workspace.
 */
const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const plain = new Repository(new Registry(env.registries.plain.host), uniqueRepo('bad-inputs'));
const basic = new Repository(new Registry(env.registries.basic.host), uniqueRepo('bad-inputs'));
const repos = [plain, basic];
let digest = '';
let ws = '';

/** An alias bomb: nine levels of ten-fold aliases expand to a billion strings for a naive reader. */
function aliasBomb(image: string): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nspec:\n  containers:\n    - image: ${image}\n`;
}

beforeAll(async () => {
  digest = (await pushImage(client, plain, { tag: 'v1' })).digest.toString();
  await pushImage(client, basic, { tag: 'v1' });
  ws = mkdtempSync(join(tmpdir(), 'pinship-bad-'));
  mkdirSync(join(ws, 'k8s'));
  writeFileSync(join(ws, 'Dockerfile'), `FROM ${env.baseImage}\n`);
  writeFileSync(join(ws, 'k8s', 'app.yaml'), `spec:\n  containers:\n    - image: ${plain}:v1\n`);
  writeFileSync(join(ws, 'bomb.yaml'), aliasBomb(`${plain}:v1`));
  writeFileSync(join(ws, 'binary.yaml'), Buffer.from([0, 1, 2, 255, 254, 0, 10, 0]));
  writeFileSync(join(ws, 'huge.yaml'), `image: ${plain}:v1\n` + '#'.repeat(5 * 1024 * 1024));
  symlinkSync('/etc', join(ws, 'etc-link'));
  symlinkSync('/etc/hostname', join(ws, 'escape.yaml'));
  writeFileSync(join(ws, 'foreign.json'), JSON.stringify({ hello: 'world', digest: 'not one' }));
  writeFileSync(join(ws, 'truncated.json'), '{"image.name": "x", "containerimage.digest": "sha256:');
  mkdirSync(join(ws, 'adir.json'));
  mkdirSync(join(tmpdir(), 'pinship-bad-outside'), { recursive: true });
  writeFileSync(join(tmpdir(), 'pinship-bad-outside', 'x.json'), '{}');
});

/** Every file's bytes and mode, to show nothing in the workspace changed. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isSymbolicLink()) out[p] = 'link';
      else if (e.isDirectory()) walk(p);
      else out[p] = `${statSync(p).mode}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

const WRONG = 'not-the-password-7f3a';
const BASE: Record<string, () => Record<string, string>> = {
  build: () => ({ images: plain.toString(), context: ws, builder: 'docker' }),
  meta: () => ({ command: 'meta', images: plain.toString() }),
  promote: () => ({ command: 'promote', source: `${plain}:v1`, images: `${plain}-copy` }),
  merge: () => ({ command: 'merge', images: plain.toString(), digests: digest }),
  pin: () => ({ command: 'pin', files: 'k8s/*.yaml' }),
  verify: () => ({ command: 'verify', files: 'k8s/*.yaml' }),
};

type Case = [command: keyof typeof BASE, input: string, inputs: Record<string, string>];
const cases: Case[] = [
  ['build', 'command', { command: 'deploy' }],
  ['build', 'command', { command: 'build; rm -rf /' }],
  ['build', 'images', { images: `${env.registries.plain.host}/app@sha256:abc` }],
  ['build', 'images', { images: 'registry.local/app:tag:again' }],
  ['build', 'images', { images: 'https://ghcr.io/acme/app' }],
  ['build', 'images', { images: '', push: 'true' }],
  ['build', 'tags', { tags: 'type=bogus' }],
  ['build', 'tags', { tags: 'type=sha,format=huge' }],
  ['build', 'tags', { tags: 'type=semver' }],
  ['build', 'tags', { tags: 'type=raw,value=ok,enable=perhaps' }],
  ['build', 'flavor', { flavor: 'latest=maybe' }],
  ['build', 'flavor', { flavor: 'colour=blue' }],
  ['build', 'context', { context: join(ws, 'no-such-dir') }],
  ['build', 'context', { context: '--privileged' }],
  ['build', 'file', { file: join(ws, 'no-such.Dockerfile') }],
  ['build', 'builder', { builder: 'kaniko' }],
  ['build', 'push', { push: 'yes' }],
  ['build', 'no-cache', { 'no-cache': '1' }],
  ['build', 'platforms', { platforms: 'linux/' }],
  ['build', 'build-args', { 'build-args': 'NOVALUE' }],
  ['build', 'labels', { labels: '=value' }],
  ['build', 'registry-auth', { 'registry-auth': '- registry: [unclosed' }],
  ['build', 'registry-auth', { 'registry-auth': 'registry: a\nusername: b' }],
  ['build', 'registry-auth', { 'registry-auth': `- registry: ${env.registries.basic.host}\n  username: u` }],
  ['build', 'registry-auth', { 'registry-auth': 'a: &a [*a, *a]\nb: *a' }],
  ['build', 'username', { username: 'only-me' }],
  ['build', 'password', { password: WRONG, images: basic.toString(), username: env.registries.basic.username }],
  ['build', 'insecure-registries', { 'insecure-registries': 'http://host:5000' }],
  ['build', 'retries', { retries: '0' }],
  ['build', 'retries', { retries: '101' }],
  ['build', 'timeout', { timeout: '10x' }],
  ['build', 'timeout', { timeout: '25h' }],
  ['meta', 'tags', { tags: 'type=ref' }],
  ['meta', 'tags', { tags: 'type=schedule,pattern={{date' }],
  ['meta', 'flavor', { flavor: 'prefix' }],
  ['meta', 'images', { images: 'a b c' }],
  ['meta', 'context', { context: '--output=type=local,dest=/' }],
  ['meta', 'timeout', { timeout: '0s' }],
  ['promote', 'source', { source: '' }],
  ['promote', 'source', { source: 'not a reference!' }],
  ['promote', 'images', { images: '' }],
  ['promote', 'images', { images: `${plain}:has-a-tag` }],
  ['promote', 'expected-digest', { 'expected-digest': 'sha256:abc' }],
  ['promote', 'expected-digest', { 'expected-digest': `md5:${'a'.repeat(32)}` }],
  ['promote', 'concurrency', { concurrency: '0' }],
  ['promote', 'concurrency', { concurrency: '10000' }],
  ['promote', 'concurrency', { concurrency: 'four' }],
  ['promote', 'referrers', { referrers: 'perhaps' }],
  ['promote', 'allow-digest-change', { 'allow-digest-change': 'y' }],
  ['promote', 'tags', { tags: 'bad tag' }],
  ['promote', 'password', { source: `${basic}:v1`, images: `${basic}-copy`, username: env.registries.basic.username, password: WRONG }],
  [
    'promote',
    'registry-auth',
    {
      source: `${basic}:v1`,
      images: `${basic}-copy`,
      'registry-auth': `- registry: ${env.registries.basic.host}\n  username: ${env.registries.basic.username}\n  password: ${WRONG}`,
    },
  ],
  ['promote', 'retries', { retries: '-1' }],
  ['promote', 'timeout', { timeout: '-1m' }],
  ['merge', 'digests', { digests: 'sha256:zz' }],
  ['merge', 'images', { images: '' }],
  ['merge', 'digest-files', { digests: '', 'digest-files': 'foreign.json' }],
  ['merge', 'digest-files', { digests: '', 'digest-files': 'truncated.json' }],
  ['merge', 'digest-files', { digests: '', 'digest-files': 'adir.json' }],
  ['merge', 'digest-files', { digests: '', 'digest-files': 'missing.json' }],
  ['merge', 'digest-files', { digests: '', 'digest-files': '../pinship-bad-outside/*.json' }],
  ['pin', 'files', { files: '' }],
  ['pin', 'files', { files: '../**/*.yaml' }],
  ['pin', 'files', { files: '/etc/*.conf' }],
  ['pin', 'files', { files: 'escape.yaml' }],
  ['pin', 'files', { files: 'etc-link/*' }],
  ['pin', 'files', { files: 'bomb.yaml' }],
  ['pin', 'files', { files: 'binary.yaml' }],
  ['pin', 'files', { files: 'huge.yaml' }],
  ['pin', 'set', { set: 'not-a-reference' }],
  ['pin', 'set', { set: `${plain}:v1` }],
  ['pin', 'keep-tag', { 'keep-tag': 'sometimes' }],
  ['pin', 'platform', { platform: 'linux' }],
  ['pin', 'pull-request', { 'pull-request': 'maybe' }],
  ['verify', 'files', { files: '../../**' }],
  ['verify', 'files', { files: 'bomb.yaml' }],
  ['verify', 'allowed-registries', { 'allowed-registries': 'https://ghcr.io/acme' }],
  ['verify', 'drift', { drift: 'sometimes' }],
  ['verify', 'retries', { retries: '1.5' }],
];

test('the table holds at least 60 bad inputs over every command', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(Object.keys(BASE)));
});

test.each(cases)(
  '%s: bad %s %j fails with one line naming it and changes nothing',
  async (command, input, inputs) => {
    const tagsBefore = await Promise.all(repos.map((r) => tagsOf(client, r)));
    const copyBefore = await tagsOf(client, new Repository(plain.registry, `${plain.path}-copy`));
    const filesBefore = fingerprint(ws);
    const run = await runAction({ ...BASE[command](), ...inputs }, events.pushMain(), {
      GITHUB_WORKSPACE: ws,
      DOCKER_HOST: env.dockerHost,
      PINSHIP_CERTS_D: testCertsDir(env),
      DOCKER_CONFIG: join(ws, 'no-docker-config'),
    });
    // Problems inside a deployment file are also annotated at the file (`::error file=...`); the step's own error is one line.
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect({ code: run.code, errors }).toEqual({ code: 1, errors: [expect.stringContaining(`'${input}'`)] });
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(/);
    expectNoSecret(run, [WRONG]);
    expect(await Promise.all(repos.map((r) => tagsOf(client, r)))).toEqual(tagsBefore);
    expect(await tagsOf(client, new Repository(plain.registry, `${plain.path}-copy`))).toEqual(copyBefore);
    expect(fingerprint(ws)).toEqual(filesBefore);
  },
  60_000,
);
