import type { Descriptor, ImageManifest } from '../../src/registry/mediatypes.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Digest } from '../../src/registry/digest.js';
import type { Repository } from '../../src/registry/reference.js';
import { parsePublicKey } from '../../src/signing/keys.js';
import { checkSignature } from '../../src/signing/verify.js';
import { events, runAction } from '../helpers/action.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { cosign } from './cosign.js';
import { annotations, workspace } from './deploy.js';

// The plain registry is distribution 2.8, without the referrers API; the proxy puts that API in
// front of it (see referrers-proxy.ts for why no real registry with it runs here).
const env = loadTestEnv();
const client = testClient(env);
const tool = cosign(env);
let proxy: ReferrersProxy;
beforeAll(async () => {
  proxy = await startReferrersProxy(env.registries.plain.host);
});
afterAll(async () => {
  client.close();
  await proxy.close();
});

const PASSWORD = 'referrers-test';
const SIG_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
const OCI11 = ['--experimental-oci11'];
const withApi = (prefix: string): Repository => viaProxy(proxy, testRepo(env, 'plain', prefix));
const sigTag = (d: Digest): string => `sha256-${d.hex}.sig`;

const promote = (inputs: Record<string, string>) => runAction({ command: 'promote', ...inputs }, events.pushMain());
const verifyFiles = (images: string[], publicKey: string) =>
  runAction({ command: 'verify', files: 'k8s/*.yaml', 'public-key': publicKey, 'require-signature': 'true' }, events.pushMain(), {
    GITHUB_WORKSPACE: workspace(images),
  });

test('promote with signing-key to a registry with the referrers API writes the .sig tag and cosign’s OCI 1.1 referrer, both before the tag', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const source = testRepo(env, 'plain', 'refsig-src');
  const index = await pushIndex(client, source, { tag: 'rc' });
  const dest = withApi('refsig-dst');
  const run = await promote({ source: `${source}:rc`, images: dest.toString(), tags: 'stable', 'signing-key': keys.key, 'signing-key-password': PASSWORD });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`${dest} has the referrers API: writing `);

  const sig = await client.getManifest(dest, sigTag(index.digest));
  const listed = proxy.referrers(dest.path, index.digest.toString());
  expect(listed).toEqual([{ mediaType: MediaType.OciManifest, digest: expect.any(String), size: expect.any(Number), artifactType: SIG_ARTIFACT }]);
  expect(await client.listReferrers(dest, index.digest, SIG_ARTIFACT)).toEqual(listed);
  const referrer = await client.getManifest(dest, listed[0].digest);
  // cosign's shape (WriteSignaturesExperimentalOCI): the .sig manifest's config and layers, the config typed as the artifact, a subject
  const { config, layers } = sig.json as ImageManifest;
  const subject: Descriptor = { mediaType: MediaType.OciIndex, size: index.bytes.length, digest: index.digest.toString() };
  expect(referrer.json).toEqual({
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: { ...config, mediaType: SIG_ARTIFACT },
    layers,
    subject,
    artifactType: SIG_ARTIFACT,
  });
  const at = (what: string): number => proxy.seen.indexOf(`PUT /v2/${dest.path}/manifests/${what}`);
  expect(at(referrer.digest.toString())).toBeGreaterThan(at(index.digest.toString()));
  expect(at('stable')).toBeGreaterThan(at(referrer.digest.toString()));
  expect(at('stable')).toBeGreaterThan(at(sigTag(index.digest)));

  // cosign reads both forms
  for (const flags of [[], OCI11]) {
    const v = await tool.verify(`${dest}@${index.digest}`, keys.pub, flags);
    expect(v.out).toContain('The signatures were verified against the specified public key');
    expect(v.code).toBe(0);
  }

  // Without the .sig tag only the referrer is left: cosign finds it only with --experimental-oci11, pinship always
  await client.deleteManifest(dest, sig.digest);
  expect(await client.manifestExists(dest, sigTag(index.digest))).toBe(false);
  expect((await tool.verify(`${dest}@${index.digest}`, keys.pub)).code).not.toBe(0);
  const oci11 = await tool.verify(`${dest}@${index.digest}`, keys.pub, OCI11);
  expect(oci11.out).toContain(`"docker-manifest-digest":"${index.digest}"`);
  expect(oci11.code).toBe(0);

  const image = `${dest}:stable@${index.digest}`;
  const good = await verifyFiles([image], keys.pub);
  expect(annotations(good.stdout)).toEqual([]);
  expect(good.code).toBe(0);
  const wrong = await tool.keyPair(PASSWORD);
  const bad = await verifyFiles([image], wrong.pub);
  expect(annotations(bad.stdout)).toEqual([
    `k8s/app.yaml:5 error ${dest}@${index.digest} is not signed by public-key: no valid signature for the public key: referrer ${dest}@${referrer.digest} holds a signature the public key does not verify (1 in all)`,
  ]);
  expect(bad.code).toBe(1);

  const prod = testRepo(env, 'plain', 'refsig-prod');
  const promoted = await promote({ source: `${dest}:stable`, images: prod.toString(), 'public-key': keys.pub, 'require-signature': 'true' });
  expect(promoted.stdout).toContain(`${dest}@${index.digest} carries a valid signature (${referrer.digest})`);
  expect(promoted.code).toBe(0);
});

test('an image cosign signed in its OCI 1.1 form only passes promote with require-signature; another key is refused', async () => {
  const [ours, theirs] = [await tool.keyPair(PASSWORD), await tool.keyPair(PASSWORD)];
  const repo = withApi('cosign-oci11');
  const index = await pushIndex(client, repo, { tag: '1.0' });
  await tool.sign(`${repo}@${index.digest}`, ours.keyFile, PASSWORD, { args: ['--registry-referrers-mode=oci-1-1'], env: { COSIGN_EXPERIMENTAL: '1' } });
  expect(await client.manifestExists(repo, sigTag(index.digest))).toBe(false);
  const listed = proxy.referrers(repo.path, index.digest.toString());
  expect(listed.map((d) => d.artifactType)).toEqual([SIG_ARTIFACT]);
  // in-process too (the action below runs in a child process)
  expect(await checkSignature(client, repo, index.digest, parsePublicKey(ours.pub))).toEqual({ ok: true, signature: Digest.parse(listed[0].digest) });
  expect(await client.probeReferrersApi(repo, index.digest)).toEqual({ api: true });

  const good = await promote({
    source: `${repo}:1.0`,
    images: testRepo(env, 'plain', 'cosign-oci11-prod').toString(),
    'public-key': ours.pub,
    'require-signature': 'true',
  });
  expect(good.stdout).toContain(`carries a valid signature (${listed[0].digest})`);
  expect(good.code).toBe(0);

  const refused = testRepo(env, 'plain', 'cosign-oci11-refused');
  const bad = await promote({ source: `${repo}:1.0`, images: refused.toString(), 'public-key': theirs.pub, 'require-signature': 'true' });
  expect(bad.stdout).toContain(
    `no valid signature for the public key: referrer ${repo}@${listed[0].digest} holds a signature the public key does not verify (1 in all); nothing was copied`,
  );
  expect(bad.code).toBe(1);
  expect(await tagsOf(client, refused)).toEqual([]);
});

test('signing at a registry without the referrers API (distribution 2.8) writes the .sig tag only', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const source = testRepo(env, 'plain', 'noapi-src');
  const index = await pushIndex(client, source, { tag: 'rc' });
  const dest = testRepo(env, 'plain', 'noapi-dst');
  const run = await promote({ source: `${source}:rc`, images: dest.toString(), tags: 'stable', 'signing-key': keys.key, 'signing-key-password': PASSWORD });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`${dest} has no referrers API (HTTP 404)`);
  // no referrer and so no fallback tag (sha256-<hex>) beside the signature's
  expect((await tagsOf(client, dest)).sort()).toEqual([sigTag(index.digest), 'stable'].sort());
  expect(await client.listReferrers(dest, index.digest)).toEqual([]);
  expect(await client.probeReferrersApi(dest, index.digest)).toEqual({ api: false, why: 'HTTP 404' });
  expect(await checkSignature(client, dest, index.digest, parsePublicKey(keys.pub))).toEqual({ ok: true, signature: expect.any(Digest) });
  expect((await tool.verify(`${dest}:stable`, keys.pub)).code).toBe(0);
});
