import { randomBytes } from 'node:crypto';
import { afterAll, expect, test } from '@jest/globals';
import { promoteRelease, type ReleaseRequest } from '../../src/commands/promote/environment/copy.js';
import type { ReleaseImage } from '../../src/commands/promote/environment/plan.js';
import { sumStats } from '../../src/publish/index.js';
import type { Digest } from '../../src/registry/digest.js';
import { MediaType, type Descriptor } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { promote } from '../../src/commands/promote/copy.js';
import { runPromoteCommand } from '../../src/commands/promote/command.js';
import { inputsRuntime } from '../helpers/runtime.js';
import { snapshot } from '../pin/fixtures.js';
import { pushStaging, signingKey, workspace } from './environment-fixtures.js';
import { promoteRequest, pushBlob, pushImage, pushManifest } from './fixtures.js';
import { rawHead, rawTarget } from './raw.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const REQUEST: ReleaseRequest = { referrers: true, concurrency: 4, log: () => undefined };

/** A release image as the files would name it: the deployment file's place is only used in messages. */
function image(source: Repository, digest: Digest, destination: Repository, tags: string[]): ReleaseImage {
  const ref = source.digest(digest);
  const site = {
    file: 'k8s/app.yaml',
    line: 1,
    column: 1,
    format: 'kubernetes' as const,
    written: ref.toString(),
    ref,
    target: { kind: 'inline' as const, span: { start: 0, end: 0 }, name: source.toString(), tagFixed: false },
  };
  return { source, digest, destination, tags, sites: [site] };
}

/** An image whose first layer is `shared`: what a common base layer looks like across a release. */
async function pushWithLayer(repo: Repository, shared: Descriptor): Promise<{ digest: Digest; blobs: Descriptor[] }> {
  const own = await pushBlob(client, repo, randomBytes(4096), MediaType.OciLayerGzip);
  const config = await pushBlob(
    client,
    repo,
    Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', created: randomBytes(8).toString('hex'), rootfs: { type: 'layers' } })),
    MediaType.OciConfig,
  );
  const json = { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers: [shared, own] };
  return { ...(await pushManifest(client, repo, json, MediaType.OciManifest)), blobs: [config, shared, own] };
}

test('a layer two images share crosses to the destination registry once and is mounted into the other repository', async () => {
  const [a, b] = [testRepo(env, 'plain', 'release/a'), testRepo(env, 'plain', 'release/b')];
  const base = randomBytes(200_000);
  const imgA = await pushWithLayer(a, await pushBlob(client, a, base, MediaType.OciLayerGzip));
  const imgB = await pushWithLayer(b, await pushBlob(client, b, base, MediaType.OciLayerGzip));
  const [da, db] = [testRepo(env, 'token', 'release/a'), testRepo(env, 'token', 'release/b')];
  const done = await promoteRelease(client, [image(a, imgA.digest, da, ['1']), image(b, imgB.digest, db, ['1'])], REQUEST);
  // 3 blobs each, one shared: 5 cross the network, the shared one is mounted the second time.
  const distinct = [...imgA.blobs, imgB.blobs[0], imgB.blobs[2]];
  expect(sumStats(done.map((d) => d.stats))).toMatchObject({ blobsCopied: 5, blobsMounted: 1, bytesCopied: distinct.reduce((n, x) => n + x.size, 0) });
  for (const [repo, img] of [
    [da, imgA],
    [db, imgB],
  ] as const) {
    expect((await rawHead(rawTarget(env, 'token'), repo.path, '1')).digest).toBe(img.digest.toString());
  }
});

test('an image whose copy fails midway leaves no tag of any image of the release', async () => {
  const good = testRepo(env, 'plain', 'release/good');
  const goodImg = await pushImage(client, good, { tag: 'v1' });
  const bad = testRepo(env, 'plain', 'release/corrupt');
  const badImg = await pushImage(client, bad, { tag: 'v1' });
  const proxy = await startFaultProxy(env.registries.plain.host, { corruptBlobs: true });
  try {
    // Through the proxy the source is another registry, so its blobs are streamed, and each arrives flipped.
    const viaProxy = new Repository(new Registry(proxy.host), bad.path);
    const [dGood, dBad] = [testRepo(env, 'token', 'release/good'), testRepo(env, 'token', 'release/corrupt')];
    const run = promoteRelease(client, [image(good, goodImg.digest, dGood, ['v1', 'stable']), image(viaProxy, badImg.digest, dBad, ['v1'])], REQUEST);
    await expect(run).rejects.toThrow(/digest mismatch.*; no tag was written anywhere$/);
    for (const [repo, tag] of [
      [dGood, 'v1'],
      [dGood, 'stable'],
      [dBad, 'v1'],
    ] as const) {
      expect((await rawHead(rawTarget(env, 'token'), repo.path, tag)).status).toBe(404);
    }
  } finally {
    await proxy.close();
  }
});

test('require-signature refuses the whole release when one image is unsigned, naming it, before anything is written', async () => {
  const signed = testRepo(env, 'plain', 'release/signed');
  const signedImg = await pushImage(client, signed, { tag: 'v1' });
  await promote(client, promoteRequest(signed.digest(signedImg.digest), [signed], { signingKey }));
  const unsigned = testRepo(env, 'plain', 'release/unsigned');
  const unsignedImg = await pushImage(client, unsigned, { tag: 'v1' });
  const [dSigned, dUnsigned] = [testRepo(env, 'token', 'release/signed'), testRepo(env, 'token', 'release/unsigned')];
  const release = [image(signed, signedImg.digest, dSigned, ['v1']), image(unsigned, unsignedImg.digest, dUnsigned, ['v1'])];
  const run = promoteRelease(client, release, { ...REQUEST, requireSignedBy: { key: signingKey.publicKey } });
  await expect(run).rejects.toThrow(
    `1 of 2 images cannot be promoted, so none is: ${unsigned}@${unsignedImg.digest} (k8s/app.yaml:1) is not signed by the key of input 'public-key'`,
  );
  for (const repo of [dSigned, dUnsigned]) {
    expect((await rawHead(rawTarget(env, 'token'), repo.path, 'v1')).status).toBe(404);
  }
  expect((await rawHead(rawTarget(env, 'token'), dSigned.path, signedImg.digest.toString())).status).toBe(404);
  const done = await promoteRelease(client, release.slice(0, 1), { ...REQUEST, requireSignedBy: { key: signingKey.publicKey } });
  expect(done[0].signature).toMatch(/^sha256:/);
});

test('the files form in process: every image of the staging set lands on one registry by mount, production files naming other registries stay', async () => {
  const values = await pushStaging(client, env);
  const ws = workspace(values);
  const before = snapshot(ws);
  const prodPrefix = `${env.registries.plain.host}/${values.__NS__}/prod-here`;
  const rt = inputsRuntime(
    {
      command: 'promote',
      files: 'staging/**',
      map: `${env.registries.plain.host}/${values.__NS__}/staging/ => ${prodPrefix}/`,
      'pin-files': 'production/**',
    },
    { GITHUB_WORKSPACE: ws },
  );
  const result = await runPromoteCommand(rt);
  expect(result.outputs.images.split('\n')).toEqual([
    `${prodPrefix}/worker@${values.__DIGEST_worker__}`,
    `${prodPrefix}/web:1.4@${values.__DIGEST_web__}`,
    `${prodPrefix}/cache:7@${values.__DIGEST_cache__}`,
    `${prodPrefix}/api:2.0@${values.__DIGEST_api__}`,
  ]);
  expect({ files: result.outputs['changed-files'], changed: result.outputs.changed }).toEqual({ files: '', changed: 'true' });
  const records = JSON.parse(result.outputs.metadata) as Array<{ blobsCopied: number; blobsMounted: number }>;
  expect(records.every((r) => r.blobsCopied === 0 && r.blobsMounted > 0)).toBe(true);
  expect(snapshot(ws)).toEqual(before);
  expect((await rawHead(rawTarget(env, 'plain'), `${values.__NS__}/prod-here/api`, '2.0')).digest).toBe(values.__DIGEST_api__);
});
