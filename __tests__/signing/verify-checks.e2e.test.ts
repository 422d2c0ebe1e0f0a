import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { cosignTag, SIGNATURE_ARTIFACT, signatureManifest, signBytes, signatureLayer, simpleSigningPayload } from '../../src/signing/signature.js';
import { checkSignature } from '../../src/signing/verify.js';
import { publish, treePlan } from '../../src/publish/index.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { pushManifest } from '../promote/fixtures.js';
import { localImage } from '../publish/local-image.js';
import { newKey, verifyCases } from './verify-cases.js';

// The cases in process against the real plain registry (distribution 2.8, no referrers API: pinship's fallback tag),
// and through the referrers proxy where the OCI 1.1 API is wanted (see referrers-proxy.ts).
const env = loadTestEnv();
const client = testClient(env);
let proxy: ReferrersProxy;
beforeAll(async () => {
  proxy = await startReferrersProxy(env.registries.plain.host);
});
afterAll(async () => {
  client.close();
  await proxy.close();
});

verifyCases(() => ({ client, repo: (prefix) => testRepo(env, 'plain', prefix), withApi: (prefix) => viaProxy(proxy, testRepo(env, 'plain', prefix)) }));

test('a signature referrer listed in the fallback index but deleted since is no signature', async () => {
  const key = newKey();
  const repo = testRepo(env, 'plain', 'vc-gone');
  const node = localImage(500);
  const d = node.digest;
  const payload = simpleSigningPayload(repo.toString(), d);
  const { bytes, blobs } = signatureManifest([signatureLayer(payload, signBytes(key.privateKey, payload))]);
  // The signature manifest's blobs in place (the manifest itself by digest, untagged), then its OCI 1.1 form.
  const sig = { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs };
  await publish(client, { ...treePlan(node), manifests: [...treePlan(node).manifests, sig] }, [repo], { tags: [], log: () => undefined });
  const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: node.bytes.length };
  const referrer = await pushManifest(
    client,
    repo,
    { ...(JSON.parse(bytes.toString('utf8')) as object), artifactType: SIGNATURE_ARTIFACT, subject },
    MediaType.OciManifest,
  );
  expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({ ok: true, signature: referrer.digest });
  await client.deleteManifest(repo, referrer.digest);
  expect((await client.listReferrers(repo, d, SIGNATURE_ARTIFACT)).map((r) => r.digest)).toEqual([referrer.digest.toString()]);
  expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
    ok: false,
    reason: `no signature: ${repo}:${cosignTag(d, '.sig')} does not exist and no referrer of ${d} is a cosign signature (the image is unsigned)`,
  });
});
