import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { pushImage, pushIndex, pushManifest } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const repo = (name: string): Repository => new Repository(new Registry(env.registries.plain.host), `${uniqueRepo('pins')}/${name}`);
const web = repo('web');
const list = repo('list');
const single = repo('single');
let multi: Awaited<ReturnType<typeof pushIndex>>;
let docker: Awaited<ReturnType<typeof pushIndex>>;
let one: { index: string; child: string; attestation: string };
beforeAll(async () => {
  multi = await pushIndex(client, web, { tag: '1' });
  docker = await pushIndex(client, list, { tag: '1', docker: true });
  // An index of one platform: its manifest runs wherever the index does, nothing to warn about.
  const child = await pushImage(client, single);
  // As buildx lists an attestation manifest: platform unknown/unknown.
  const attestation = await pushImage(client, single, { platform: { os: 'unknown', architecture: 'unknown' } });
  const manifests = [child.descriptor, attestation.descriptor];
  const index = await pushManifest(client, single, { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests }, MediaType.OciIndex, '1');
  one = { index: index.digest.toString(), child: child.digest.toString(), attestation: attestation.digest.toString() };
});

function workspace(images: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-platform-pins-'));
  mkdirSync(join(ws, 'k8s'));
  const containers = images.map((i) => `    - image: ${i}\n`).join('');
  writeFileSync(join(ws, 'k8s', 'pod.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${containers}`);
  return ws;
}

const run = (command: 'pin' | 'verify', ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({ command, files: 'k8s/*.yaml', ...inputs }, events.pushMain(), { GITHUB_WORKSPACE: ws });

const annotations = (stdout: string): string[] =>
  [...stdout.matchAll(/^::(error|warning) file=([^,]+),line=(\d+),col=(\d+)::(.*)$/gm)].map((m) => `${m[3]}:${m[1]} ${m[5]}`);

test('verify: a tag@digest pinned to one platform of its multi-platform index, or to an attestation entry, warns by default, fails with error, passes with ignore', async () => {
  const arm = multi.children[1].digest.toString();
  const ws = workspace([
    `${web}:1@${arm}`,
    // No tag: nothing says which index the digest came from, so nothing can be said about it.
    `${web}@${arm}`,
    `${single}:1@${one.child}`,
    `${web}:1@${multi.digest}`,
    `${single}:1@${one.attestation}`,
  ]);
  const warned = await run('verify', ws);
  expect(warned.code).toBe(0);
  expect(annotations(warned.stdout)).toEqual([
    `5:warning ${web}:1@${arm} pins only the linux/arm64/v8 image of the multi-platform index ${multi.digest} that tag 1 names (linux/amd64, linux/arm64/v8): nodes of other platforms cannot run it. Pin the index (pinship pin without 'platform'), or set platform-pins: ignore where one platform is meant`,
    `9:warning ${single}:1@${one.attestation} pins an attestation or other non-image entry (unknown/unknown) of the index ${one.index} that tag 1 names (linux/amd64): no node can run it. Pin the index (pinship pin without 'platform'), or set platform-pins: ignore where one platform is meant`,
  ]);
  expect(JSON.parse(warned.outputs.metadata)).toMatchObject({
    findings: [expect.objectContaining({ kind: 'platform-pin', level: 'warning', line: 5 }), expect.objectContaining({ line: 9 })],
  });

  const failed = await run('verify', ws, { 'platform-pins': 'error' });
  expect(failed.code).toBe(1);
  expect(annotations(failed.stdout)).toEqual([expect.stringMatching(/^5:error .* pins only the linux\/arm64\/v8 image/), expect.stringMatching(/^9:error /)]);

  // Drift ignored does not skip the tag lookup a platform pin needs.
  const driftIgnored = await run('verify', ws, { drift: 'ignore' });
  expect(annotations(driftIgnored.stdout)).toEqual([
    expect.stringMatching(/^5:warning .* pins only the linux\/arm64\/v8 image/),
    expect.stringMatching(/^9:warning /),
  ]);

  const silent = await run('verify', ws, { 'platform-pins': 'ignore' });
  expect(silent.code).toBe(0);
  expect(annotations(silent.stdout)).toEqual([]);
});

test('platform-pins: a value other than error, warn or ignore is refused naming the input', async () => {
  const res = await run('verify', workspace([`${web}:1@${multi.digest}`]), { 'platform-pins': 'loud' });
  expect(res.code).toBe(1);
  expect(res.stdout).toContain("Invalid input 'platform-pins': 'loud'.");
});

/**
 * A registry asked for a Docker manifest list without that media type in Accept answers with the list's
 * linux/amd64 manifest (the distribution registry the tests run does so, as Docker Hub does): a client that
 * forgot the index types would pin the amd64 image without noticing.
 */
test('pin without platform writes the index digest of a multi-platform tag, never one of its platforms', async () => {
  const ws = workspace([`${web}:1`, `${list}:1`]);
  const res = await run('pin', ws);
  expect(res.code).toBe(0);
  const text = readFileSync(join(ws, 'k8s', 'pod.yaml'), 'utf8');
  expect(text).toContain(`image: ${web}:1@${multi.digest}\n`);
  expect(text).toContain(`image: ${list}:1@${docker.digest}\n`);
  for (const c of [...multi.children, ...docker.children]) expect(text).not.toContain(c.digest.toString());
  const verify = await run('verify', ws);
  expect(annotations(verify.stdout)).toEqual([]);
  expect(verify.code).toBe(0);
});
