import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { publish, type PlanManifest } from '../../src/publish/index.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { MediaType, type Descriptor, type Platform } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import type { IdentityPolicy } from '../../src/signing/identity.js';
import { signKeyless } from '../../src/signing/keyless-sign.js';
import { DSSE, IN_TOTO, slsaStatement, SLSA_V1 } from '../../src/signing/provenance.js';
import {
  bundleReferrer,
  cosignTag,
  imageSignatureStatement,
  signatureLayer,
  signatureManifest,
  SIGSTORE_BUNDLE,
  type SignatureLayer,
} from '../../src/signing/signature.js';
import { CERTIFICATE_ANNOTATION, checkProvenance, COSIGN_SIGN_PREDICATE } from '../../src/signing/verify.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { pushBlob, pushManifest } from '../promote/fixtures.js';
import { newKey } from './verify-cases.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

// require-provenance's decisions in process, for every mutant of src/signing/verify.ts in `npm run test:mutation`:
// SLSA provenance signed keylessly (a cosign `.att` layer with its certificate, a Sigstore bundle referrer), made
// by pinship's keyless signing against the local Fulcio and Rekor of sigstore-local.ts; and buildx's provenance
// pushed as referrers of each platform manifest of an index (`attestations: referrers`). The in-memory registry's
// listing of referrers stands for the referrers API; provenance.e2e.test.ts shows the latter with a real buildx.
let sigstore: LocalSigstore;
beforeAll(async () => {
  sigstore = await localSigstore();
});
afterAll(() => sigstore.close());

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const OTHER = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
const registry = new MemoryRegistry();
registry.referrersApi = true;
const client = registry.client;
const quiet = { log: () => undefined };
let n = 0;
const newRepo = (prefix: string): Repository => new Repository(new Registry('registry.test'), `pinship-test/${prefix}-${n++}`);
const someDigest = (): Digest => digestOf(Buffer.from(`manifest ${n++}`));
const policy = (over: Partial<IdentityPolicy> = {}): IdentityPolicy => ({
  identity: { exact: WORKFLOW },
  issuer: GITHUB_ISSUER,
  trustedRoot: JSON.parse(sigstore.trustedRootJson) as IdentityPolicy['trustedRoot'],
  ignoreTlog: false,
  ...over,
});

/** A statement about `digest` signed keylessly: its Sigstore bundle, and the envelope and certificate a cosign `.att` layer carries. */
async function keylessStatement(repo: Repository, digest: Digest, statement: Buffer, tlogUpload: boolean) {
  const o = { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl, tlogUpload, token: () => Promise.resolve(sigstore.token(WORKFLOW)) };
  const signed = await signKeyless(o, Buffer.from('not used here'), statement);
  const { dsseEnvelope } = JSON.parse(signed.bundle.toString('utf8')) as { dsseEnvelope: object };
  const layer = signatureLayer(Buffer.from(JSON.stringify(dsseEnvelope)), '', DSSE, { predicateType: SLSA_V1, [CERTIFICATE_ANNOTATION]: signed.certificate });
  return { bundle: signed.bundle, layer };
}
const slsa = (repo: Repository, d: Digest): Buffer =>
  slsaStatement(repo.toString(), d, { builder: 't', pinshipVersion: '0', parameters: {}, baseImages: [], env: {} });

async function pushPlan(repo: Repository, root: PlanManifest, tag?: string): Promise<Digest> {
  await publish(client, { root, manifests: [root], holders: [], extraTags: [] }, [repo], { tags: tag ? [tag] : [], ...quiet });
  return root.digest;
}
async function pushAtt(repo: Repository, d: Digest, layers: SignatureLayer[]): Promise<Digest> {
  const { bytes, blobs } = signatureManifest(layers);
  return pushPlan(repo, { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs }, cosignTag(d, '.att'));
}
async function pushBundle(repo: Repository, d: Digest, bundle: Buffer): Promise<Digest> {
  const { bytes, blobs } = bundleReferrer(bundle, { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 }, SLSA_V1);
  return pushPlan(repo, { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs, referrer: true });
}

test("a cosign .att signed with a certificate: provenance for its identity, with ignoreTlog when it was not logged; another's it is not", async () => {
  const repo = newRepo('kp-att');
  const d = someDigest();
  const { layer } = await keylessStatement(repo, d, slsa(repo, d), false);
  const att = await pushAtt(repo, d, [layer]);
  const tag = `${repo}:${cosignTag(d, '.att')}`;
  expect(await checkProvenance(client, repo, d, { identity: policy({ ignoreTlog: true }) })).toEqual({ ok: true, signature: att });
  expect(await checkProvenance(client, repo, d, { identity: policy() })).toEqual({
    ok: false,
    reason: `${tag} holds provenance not signed by the identity ${WORKFLOW} issued by ${GITHUB_ISSUER} for this digest (a certificate signature without a transparency-log entry (input insecure-ignore-tlog accepts that))`,
  });
  expect(await checkProvenance(client, repo, d, { identity: policy({ ignoreTlog: true, identity: { exact: OTHER } }) })).toEqual({
    ok: false,
    reason: `${tag} holds provenance not signed by the identity ${OTHER} issued by ${GITHUB_ISSUER} for this digest (a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not ${OTHER} issued by ${GITHUB_ISSUER})`,
  });
  expect(
    await checkProvenance(client, repo, d, { key: newKey().publicKey, identity: policy({ ignoreTlog: true, issuer: 'https://accounts.google.com' }) }),
  ).toEqual({
    ok: false,
    reason: expect.stringContaining(
      `${tag} holds provenance not signed by the public key or the identity ${WORKFLOW} issued by https://accounts.google.com for this digest (`,
    ),
  });
  expect(await checkProvenance(client, repo, d, newKey().publicKey)).toEqual({
    ok: false,
    reason: `${tag} holds provenance the public key does not verify for this digest`,
  });
  // a statement about another image, though signed by the identity, is no provenance of this one
  const elsewhere = someDigest();
  await pushAtt(repo, elsewhere, [layer]);
  expect(await checkProvenance(client, repo, elsewhere, { identity: policy({ ignoreTlog: true }) })).toEqual({
    ok: false,
    reason: `${repo}:${cosignTag(elsewhere, '.att')} holds provenance not signed by the identity ${WORKFLOW} issued by ${GITHUB_ISSUER} for this digest`,
  });
});

test('a Sigstore bundle referrer of SLSA provenance, logged: provenance for its identity only; an image signature bundle is none', async () => {
  const repo = newRepo('kp-bundle');
  const d = someDigest();
  const { bundle } = await keylessStatement(repo, d, slsa(repo, d), true);
  const referrer = await pushBundle(repo, d, bundle);
  expect(await checkProvenance(client, repo, d, { identity: policy() })).toEqual({ ok: true, signature: referrer });
  const att = `${repo}:${cosignTag(d, '.att')}`;
  expect(await checkProvenance(client, repo, d, { identity: policy({ identity: { pattern: /acme\/other/ } }) })).toEqual({
    ok: false,
    reason: `no signed provenance: ${att} does not exist (referrer ${repo}@${referrer} holds a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not /acme\\/other/ issued by ${GITHUB_ISSUER})`,
  });
  // a key alone does not read bundles
  expect(await checkProvenance(client, repo, d, newKey().publicKey)).toEqual({ ok: false, reason: `no signed provenance: ${att} does not exist` });
  // every finding is told: the .att's, and each bundle referrer's (an image signature and a referrer without a bundle among them)
  const { layer } = await keylessStatement(repo, d, slsa(repo, d), false);
  await pushAtt(repo, d, [layer]);
  const imageSig = await keylessStatement(repo, d, imageSignatureStatement(repo.toString(), d, COSIGN_SIGN_PREDICATE), true);
  const sigBundle = await pushBundle(repo, d, imageSig.bundle);
  const empty = await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciEmpty);
  const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 };
  await pushManifest(
    client,
    repo,
    { schemaVersion: 2, mediaType: MediaType.OciManifest, artifactType: SIGSTORE_BUNDLE, config: empty, layers: [empty], subject },
    MediaType.OciManifest,
  );
  const not = `a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not ${OTHER} issued by ${GITHUB_ISSUER}`;
  expect(await checkProvenance(client, repo, d, { identity: policy({ identity: { exact: OTHER }, ignoreTlog: true }) })).toEqual({
    ok: false,
    reason:
      `${att} holds provenance not signed by the identity ${OTHER} issued by ${GITHUB_ISSUER} for this digest (${not}; ` +
      `referrer ${repo}@${referrer} holds ${not}; referrer ${repo}@${sigBundle} holds a Sigstore bundle of "${COSIGN_SIGN_PREDICATE}", not the statement asked for)`,
  });
  // more than 32 provenance layers are not read
  await pushAtt(
    repo,
    d,
    Array.from({ length: 33 }, () => layer),
  );
  expect(await checkProvenance(client, repo, d, { identity: policy() })).toEqual({
    ok: false,
    reason: `${att} holds 33 provenance layers, more than the 32 pinship reads; none was read`,
  });

  const signedOnly = newRepo('kp-sig');
  const e = someDigest();
  const sig = await keylessStatement(signedOnly, e, imageSignatureStatement(signedOnly.toString(), e, COSIGN_SIGN_PREDICATE), true);
  const sigReferrer = await pushBundle(signedOnly, e, sig.bundle);
  expect(await checkProvenance(client, signedOnly, e, { identity: policy() })).toEqual({
    ok: false,
    reason: `no signed provenance: ${signedOnly}:${cosignTag(e, '.att')} does not exist (referrer ${signedOnly}@${sigReferrer} holds a Sigstore bundle of "${COSIGN_SIGN_PREDICATE}", not the statement asked for)`,
  });
});

/** An in-toto referrer of `subject` whose one layer is annotated with `predicateType`, as buildx's attestation manifest becomes. */
async function attestationReferrer(repo: Repository, subject: Descriptor, predicateType: string): Promise<Digest> {
  const empty = await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciEmpty);
  const statement = await pushBlob(client, repo, Buffer.from(`{"predicateType":"${predicateType}","n":${n++}}`), IN_TOTO);
  const layer = { ...statement, annotations: { 'in-toto.io/predicate-type': predicateType } };
  // a layer without annotations beside it, as a hand-made attestation may have
  const manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, artifactType: IN_TOTO, config: empty, layers: [statement, layer], subject };
  return (await pushManifest(client, repo, manifest, MediaType.OciManifest)).digest;
}

const platform = (p: Platform): Descriptor => ({ mediaType: MediaType.OciManifest, digest: someDigest().toString(), size: 500, platform: p });
async function pushIndexOf(repo: Repository, entries: Descriptor[]): Promise<Digest> {
  return (await pushManifest(client, repo, { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: entries }, MediaType.OciIndex)).digest;
}

test('an index with SLSA provenance on every platform manifest has provenance; a platform without, or with an SBOM only, fails', async () => {
  const repo = newRepo('kp-index');
  const [amd64, arm64] = [platform({ os: 'linux', architecture: 'amd64' }), platform({ os: 'linux', architecture: 'arm64', variant: 'v8' })];
  const index = await pushIndexOf(repo, [amd64, arm64]);
  const none = `no provenance: no cosign attestation (${cosignTag(index, '.att')}), in-toto referrer or buildx attestation manifest, nor SLSA provenance referrers of its platform manifests`;
  expect(await checkProvenance(client, repo, index, undefined)).toEqual({ ok: false, reason: none });
  const first = await attestationReferrer(repo, amd64, SLSA_V1);
  await attestationReferrer(repo, arm64, 'https://spdx.dev/Document');
  const partial = (missing: string) => `no provenance for every platform: SLSA provenance on 1 of the index's 2 platform manifests, none on ${missing}`;
  expect(await checkProvenance(client, repo, index, undefined)).toEqual({ ok: false, reason: partial(`${arm64.digest} (linux/arm64/v8)`) });
  const second = await attestationReferrer(repo, arm64, 'https://slsa.dev/provenance/v0.2');
  expect(await checkProvenance(client, repo, index, undefined)).toEqual({ ok: true, signature: first });
  // a referrer listed but gone (a referrers tag schema index outliving it) is none
  await client.deleteManifest(repo, second);
  expect(await checkProvenance(client, repo, index, undefined)).toEqual({ ok: false, reason: partial(`${arm64.digest} (linux/arm64/v8)`) });
  // a platform named in text that is not plainly one is shown by its digest alone; every platform without is named
  const odd = platform({ os: 'linux\n::error::x', architecture: 'amd64' });
  const bare = { ...platform({ os: 'linux', architecture: 'amd64' }), platform: undefined };
  const oddIndex = await pushIndexOf(repo, [amd64, odd, bare]);
  expect(await checkProvenance(client, repo, oddIndex, undefined)).toEqual({
    ok: false,
    reason: `no provenance for every platform: SLSA provenance on 1 of the index's 3 platform manifests, none on ${odd.digest}, ${bare.digest}`,
  });
});

test('an image that is no index: the reason names no platform manifests; an index of more than 32 manifests is not read', async () => {
  const repo = newRepo('kp-single');
  const image = await pushManifest(
    client,
    repo,
    { schemaVersion: 2, mediaType: MediaType.OciManifest, config: await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciConfig), layers: [] },
    MediaType.OciManifest,
  );
  expect(await checkProvenance(client, repo, image.digest, undefined)).toEqual({
    ok: false,
    reason: `no provenance: no cosign attestation (${cosignTag(image.digest, '.att')}), in-toto referrer or buildx attestation manifest`,
  });
  const many = Array.from({ length: 33 }, () => platform({ os: 'linux', architecture: 'amd64' }));
  const big = await pushIndexOf(repo, many);
  for (const m of many) await attestationReferrer(repo, m, SLSA_V1);
  expect(await checkProvenance(client, repo, big, undefined)).toEqual({
    ok: false,
    reason: 'no provenance read: the index lists 33 manifests, more than the 32 pinship reads',
  });
  expect(await checkProvenance(client, repo, await pushIndexOf(repo, many.slice(0, 32)), undefined)).toMatchObject({ ok: true });
});
