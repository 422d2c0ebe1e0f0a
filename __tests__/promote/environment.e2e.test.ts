import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { checkSignature } from '../../src/signing/verify.js';
import type { ActionRun } from '../helpers/action.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { listFiles, placehold, snapshot, substitute, type Values } from '../pin/fixtures.js';
import { FIXTURE, pushStaging, runPromote, signingKey, workspace } from './environment-fixtures.js';
import { expectRawDigest, rawHead, rawTarget } from './raw.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const run = (ws: string, values: Values, inputs: Record<string, string> = {}): Promise<ActionRun> => runPromote(env, ws, values, inputs);

const prod = (values: Values, name: string, kind: 'token' | 'basic' = 'token'): Repository =>
  new Repository(new Registry(env.registries[kind].host), `${values.__NS__}/${kind === 'token' ? 'prod' : 'mirror'}/${name}`);

test('promote with files copies every pinned image by digest, tags them, and pins production to the copies byte for byte', async () => {
  const values = await pushStaging(client, env);
  const ws = workspace(values);
  const before = snapshot(ws);
  const result = await run(ws, values);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);

  const after = snapshot(ws);
  if (process.env.PINSHIP_UPDATE_GOLDEN === '1') {
    // Regenerates the goldens from this run; review the diff before committing.
    for (const f of Object.keys(after).filter((k) => k.startsWith('production/'))) {
      mkdirSync(join(FIXTURE, 'golden', f, '..'), { recursive: true });
      writeFileSync(join(FIXTURE, 'golden', f), placehold(after[f], values));
    }
  }
  const golden = Object.fromEntries(listFiles(join(FIXTURE, 'golden')).map((f) => [f, substitute(readFileSync(join(FIXTURE, 'golden', f), 'utf8'), values)]));
  expect(after).toEqual({ ...before, ...golden });
  expect(after['production/compose/docker-compose.yml']).toContain('\r\n');

  const d = (name: string): string => values[`__DIGEST_${name}__`];
  expect(result.outputs.images.split('\n')).toEqual([
    `${prod(values, 'worker')}:release-42@${d('worker')}`,
    `${prod(values, 'web')}:1.4@${d('web')}`,
    `${prod(values, 'cache', 'basic')}:7@${d('cache')}`,
    `${prod(values, 'api')}:2.0@${d('api')}`,
  ]);
  expect(result.outputs['changed-files'].split('\n')).toEqual([
    'production/compose/docker-compose.yml',
    'production/helm/values.yaml',
    'production/k8s/app.yaml',
  ]);
  expect(result.outputs.changed).toBe('true');

  // What each destination registry serves now, asked without pinship's client.
  for (const [name, tags] of [
    ['worker', ['release-42']],
    ['web', ['1.4', 'release-42']],
    ['api', ['2.0', 'release-42']],
  ] as const) {
    for (const tag of tags) await expectRawDigest(env, 'token', prod(values, name), tag, Digest.parse(d(name)));
  }
  for (const tag of ['7', 'release-42']) await expectRawDigest(env, 'basic', prod(values, 'cache', 'basic'), tag, Digest.parse(d('cache')));
  const index = await client.getManifest(prod(values, 'web'), Digest.parse(d('web')));
  for (const child of (index.json as { manifests: Array<{ digest: string }> }).manifests) {
    expect((await rawHead(rawTarget(env, 'token'), prod(values, 'web').path, child.digest)).status).toBe(200);
  }
  // The signature came along: it verifies at the destination with the key that made it.
  expect(await checkSignature(client, prod(values, 'api'), Digest.parse(d('api')), signingKey.publicKey)).toMatchObject({ ok: true });

  const metadata = JSON.parse(result.outputs.metadata) as Array<{ source: string; destination: string; tags: string[]; bytesCopied: number; files: string[] }>;
  expect(metadata.map((m) => m.destination)).toEqual(
    ['worker', 'web', 'cache', 'api'].map((n) => prod(values, n, n === 'cache' ? 'basic' : 'token').toString()),
  );
  expect(metadata.every((m) => m.bytesCopied > 0)).toBe(true);
  expect(metadata[3].files).toEqual(['staging/k8s/app.yaml:11', 'staging/k8s/app.yaml:16']);
  expect(result.summary).toContain('| Source | Destination | Tags | Blobs | Signature |');

  // A second run finds everything in place: no tag moves, no file changes.
  const again = await run(ws, values);
  expect(again.code).toBe(0);
  expect(again.outputs.changed).toBe('false');
  const tagsMoved = (r: typeof again): string[][] => (JSON.parse(r.outputs.metadata) as Array<{ tagsMoved: string[] }>).map((m) => m.tagsMoved);
  expect(tagsMoved(result)).toEqual([['release-42'], ['1.4', 'release-42'], ['7', 'release-42'], ['2.0', 'release-42']]);
  expect(tagsMoved(again)).toEqual([[], [], [], []]);
  expect(snapshot(ws)).toEqual(after);
});

test('a release with one digest missing from staging fails before any tag is written, and no file changes', async () => {
  const values = await pushStaging(client, env, 'worker');
  const ws = workspace(values);
  const before = snapshot(ws);
  const result = await run(ws, values);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain(
    `::error::1 of 4 images cannot be promoted, so none is: ${env.registries.plain.host}/${values.__NS__}/staging/worker@${values.__DIGEST_worker__}`,
  );
  expect(result.stdout).toMatch(/staging\/compose\/docker-compose\.yml:3\) is not in the source registry; no tag was written anywhere/);
  expect(snapshot(ws)).toEqual(before);
  for (const [name, kind, tag] of [
    ['web', 'token', '1.4'],
    ['api', 'token', '2.0'],
    ['api', 'token', 'release-42'],
    ['cache', 'basic', '7'],
  ] as const) {
    expect((await rawHead(rawTarget(env, kind), prod(values, name, kind).path, tag)).status).toBe(404);
  }
});

test('bad input is one error naming it, before any registry request or file write', async () => {
  const values: Values = { __PLAIN__: '127.0.0.1:1', __TOKEN__: '127.0.0.1:2', __BASIC__: '127.0.0.1:3', __NS__: 'ns' };
  for (const name of ['web', 'api', 'cache', 'worker']) values[`__DIGEST_${name}__`] = `sha256:${'a'.repeat(64)}`;
  const ws = workspace(values);
  const before = snapshot(ws);
  const cases: Array<[Record<string, string>, string]> = [
    [
      { map: 'ghcr.io/acme/ -> registry.example/acme/' },
      "Invalid input 'map': 'ghcr.io/acme/ -> registry.example/acme/'. Expected SOURCE_PREFIX => DESTINATION_PREFIX",
    ],
    [{ map: 'ghcr.io/acme/ => registry.example/Acme/' }, "Invalid input 'map': 'ghcr.io/acme/ => registry.example/Acme/'. The destination prefix"],
    [{ map: '' }, "Input 'map' is required with 'files'"],
    [{ source: 'ghcr.io/acme/web:1' }, "Inputs 'files' and 'source' cannot be used together"],
    [{ images: 'ghcr.io/acme/prod' }, "Invalid input 'images': 'ghcr.io/acme/prod'. Expected it only with input 'source'"],
    [{ files: '', source: 'ghcr.io/acme/web:1', images: 'ghcr.io/acme/prod' }, "Invalid input 'pin-files': 'production/**'. Expected it with input 'files'"],
  ];
  for (const [inputs, message] of cases) {
    const r = await run(ws, values, inputs);
    expect({ code: r.code, error: r.stdout.match(/^::error.*$/gm) }).toEqual({ code: 1, error: [expect.stringContaining(`::error::${message}`)] });
  }
  const floating = await run(ws, values, { files: 'production/compose/*.yml', 'pin-files': '', map: '127.0.0.1:2/ns/prod/ => 127.0.0.1:4/x/' });
  expect(floating.code).toBe(1);
  expect(floating.stdout).toContain(`::error file=production/compose/docker-compose.yml,line=3,col=12::'127.0.0.1:2/ns/prod/worker' is not pinned by digest`);
  expect(floating.stdout).toContain(
    `::error::1 problem(s) in the files of input 'files'; nothing was promoted and no file was changed:%0Aproduction/compose/docker-compose.yml:3:12:`,
  );
  expect(snapshot(ws)).toEqual(before);
});
