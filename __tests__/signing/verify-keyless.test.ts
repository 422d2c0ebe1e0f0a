import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { publish, signPlan, treePlan } from '../../src/publish/index.js';
import { signedPlan } from '../../src/publish/signed-plan.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { MediaType, type ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import type { IdentityPolicy, KeylessOptions } from '../../src/signing/identity.js';
import { cosignTag, SIGNATURE_ARTIFACT, SIGSTORE_BUNDLE } from '../../src/signing/signature.js';
import { checkSignature } from '../../src/signing/verify.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { pushBlob, pushManifest } from '../promote/fixtures.js';
import { localImage } from '../publish/local-image.js';
import { newKey } from './verify-cases.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

// The keyless decisions of checkSignature and checkProvenance in process, fast enough for every mutant of
// src/signing/verify.ts in `npm run test:mutation`: an in-memory registry (its listing of referrers stands
// for the referrers API), and signatures made by pinship's own keyless signing against the local Fulcio,
// Rekor and CT log of sigstore-local.ts. keyless-verify.e2e.test.ts shows the same against the real cosign.
let sigstore: LocalSigstore;
let privatePki: LocalSigstore;
let stale: LocalSigstore;
beforeAll(async () => {
  sigstore = await localSigstore();
  privatePki = await localSigstore({ ct: false });
  // its clock two hours behind: the certificates it issues (ten minutes' validity) have expired when used
  stale = await localSigstore({ clock: new Date(Date.now() - 2 * 3600_000), ct: false });
});
afterAll(async () => {
  for (const s of [sigstore, privatePki, stale]) await s.close();
});

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const OTHER = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
const registry = new MemoryRegistry();
registry.referrersApi = true;
const client = registry.client;
const quiet = { log: () => undefined };
let n = 0;
const newRepo = (prefix: string): Repository => new Repository(new Registry('registry.test'), `pinship-test/${prefix}-${n++}`);

const keyless = (s: LocalSigstore, tlogUpload = true): KeylessOptions => ({
  fulcioUrl: s.fulcioUrl,
  rekorUrl: s.rekorUrl,
  tlogUpload,
  token: () => Promise.resolve(s.token(WORKFLOW)),
});
const policy = (s: LocalSigstore, over: Partial<IdentityPolicy> = {}): IdentityPolicy => ({
  identity: { exact: WORKFLOW },
  issuer: GITHUB_ISSUER,
  trustedRoot: JSON.parse(s.trustedRootJson) as IdentityPolicy['trustedRoot'],
  ignoreTlog: false,
  ...over,
});

interface Signed {
  repo: Repository;
  digest: Digest;
  /** The .sig manifest, its OCI 1.1 copy, the Sigstore bundle referrer. */
  sig: Digest;
  sigReferrer: Digest;
  bundle: Digest;
}

/** A fresh image signed keylessly by pinship (both forms, as a build or promote writes them). */
async function signedImage(s: LocalSigstore, tlogUpload = true, repo = newRepo('kv')): Promise<Signed> {
  const node = localImage(300);
  const { plan } = await signedPlan(treePlan(node), keyless(s, tlogUpload), [repo], () => undefined);
  await publish(client, plan, [repo], { tags: [], ...quiet });
  const referrers = await client.listReferrers(repo, node.digest);
  const of = (type: string): Digest => Digest.parse(referrers.find((d) => d.artifactType === type)!.digest);
  const sig = (await client.getManifest(repo, cosignTag(node.digest, '.sig'))).digest;
  return { repo, digest: node.digest, sig, sigReferrer: of(SIGNATURE_ARTIFACT), bundle: of(SIGSTORE_BUNDLE) };
}

const byIdentity = (s: Signed, p: IdentityPolicy) => checkSignature(client, s.repo, s.digest, { identity: p });

test('each form a keyless build writes verifies by identity on its own: the .sig tag, its OCI 1.1 referrer, the Sigstore bundle', async () => {
  const s = await signedImage(sigstore);
  expect(await byIdentity(s, policy(sigstore))).toEqual({ ok: true, signature: s.sig });
  expect(await byIdentity(s, policy(sigstore, { identity: { pattern: /^https:\/\/github\.com\/acme\/app\// } }))).toEqual({ ok: true, signature: s.sig });
  // cosign's regexp is unanchored: a pattern matching inside the identity matches
  expect(await byIdentity(s, policy(sigstore, { identity: { pattern: /workflows\/release\.yml/ } }))).toEqual({ ok: true, signature: s.sig });
  await client.deleteManifest(s.repo, s.sig);
  expect(await byIdentity(s, policy(sigstore))).toEqual({ ok: true, signature: s.sigReferrer });
  await client.deleteManifest(s.repo, s.sigReferrer);
  expect(await byIdentity(s, policy(sigstore))).toEqual({ ok: true, signature: s.bundle });
  // a key alone never reads the bundle, which only an identity can verify
  expect(await checkSignature(client, s.repo, s.digest, newKey().publicKey)).toEqual({
    ok: false,
    reason: `no signature: ${s.repo}:${cosignTag(s.digest, '.sig')} does not exist and no referrer of ${s.digest} is a cosign signature (the image is unsigned)`,
  });
  await client.deleteManifest(s.repo, s.bundle);
  expect(await byIdentity(s, policy(sigstore))).toMatchObject({ ok: false, reason: expect.stringMatching(/^no signature: /) });
});

test('another identity, pattern or issuer is refused in every form, naming what the certificate holds', async () => {
  const s = await signedImage(sigstore);
  const holds = `a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}`;
  const refusal = (wanted: string) =>
    `no valid signature for the identity ${wanted}: ${s.repo}:${cosignTag(s.digest, '.sig')} holds ${holds}, not ${wanted} (1 in all); ` +
    `referrer ${s.repo}@${s.sigReferrer} holds ${holds}, not ${wanted} (1 in all); referrer ${s.repo}@${s.bundle} holds ${holds}, not ${wanted}`;
  expect(await byIdentity(s, policy(sigstore, { identity: { exact: OTHER } }))).toEqual({ ok: false, reason: refusal(`${OTHER} issued by ${GITHUB_ISSUER}`) });
  expect(await byIdentity(s, policy(sigstore, { identity: { pattern: /^https:\/\/github\.com\/acme\/other\// } }))).toEqual({
    ok: false,
    reason: refusal(`/^https:\\/\\/github\\.com\\/acme\\/other\\// issued by ${GITHUB_ISSUER}`),
  });
  expect(await byIdentity(s, policy(sigstore, { issuer: 'https://accounts.google.com' }))).toEqual({
    ok: false,
    reason: refusal(`${WORKFLOW} issued by https://accounts.google.com`),
  });
});

test('a signature under another root is refused; a key or an identity may sign, and the reason names both', async () => {
  const s = await signedImage(sigstore);
  const other = await byIdentity(s, policy(privatePki));
  expect(other.ok).toBe(false);
  const reason = other.ok ? '' : other.reason;
  expect(reason.match(/holds a signature that does not verify against trusted-root \(/g)).toHaveLength(3);
  const key = newKey();
  expect(await checkSignature(client, s.repo, s.digest, { key: key.publicKey, identity: policy(sigstore) })).toEqual({ ok: true, signature: s.sig });
  const neither = await checkSignature(client, s.repo, s.digest, { key: key.publicKey, identity: policy(sigstore, { identity: { exact: OTHER } }) });
  expect(neither).toMatchObject({
    ok: false,
    reason: expect.stringMatching(new RegExp(`^no valid signature for the public key or the identity ${OTHER} issued by `)),
  });
  // a key alone does not look at the certificate
  expect(await checkSignature(client, s.repo, s.digest, { key: key.publicKey })).toMatchObject({
    ok: false,
    reason: expect.stringContaining(`${cosignTag(s.digest, '.sig')} holds a signature the public key does not verify (1 in all)`),
  });
});

test('without a transparency-log entry: refused unless ignoreTlog; an expired certificate is refused with or without a log', async () => {
  const unlogged = await signedImage(privatePki, false);
  const missing = 'holds a certificate signature without a transparency-log entry (input insecure-ignore-tlog accepts that)';
  const strict = await byIdentity(unlogged, policy(privatePki));
  expect(strict).toMatchObject({ ok: false, reason: expect.stringContaining(`${cosignTag(unlogged.digest, '.sig')} ${missing} (1 in all)`) });
  expect(strict).toMatchObject({ ok: false, reason: expect.stringContaining(`referrer ${unlogged.repo}@${unlogged.bundle} ${missing}`) });
  expect(await byIdentity(unlogged, policy(privatePki, { ignoreTlog: true }))).toEqual({ ok: true, signature: unlogged.sig });

  for (const tlog of [false, true]) {
    const expired = await signedImage(stale, tlog);
    const verdict = await byIdentity(expired, policy(stale, { ignoreTlog: !tlog }));
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining('not valid or expired') });
  }
});

test('a signature or bundle for another digest does not sign this one', async () => {
  const s = await signedImage(sigstore);
  const target = await signedImage(sigstore, true, s.repo);
  // the other image's .sig manifest and bundle referrer, made this image's
  for (const d of [target.sig, target.sigReferrer, target.bundle]) await client.deleteManifest(target.repo, d);
  const tagged = await client.getManifest(s.repo, s.sig);
  await client.putManifest(target.repo, cosignTag(target.digest, '.sig'), tagged.bytes, MediaType.OciManifest);
  const bundle = (await client.getManifest(s.repo, s.bundle)).json as ImageManifest;
  const moved = Buffer.from(JSON.stringify({ ...bundle, subject: { mediaType: MediaType.OciManifest, digest: target.digest.toString(), size: 1 } }));
  const movedDigest = digestOf(moved);
  await client.putManifest(target.repo, movedDigest, moved, MediaType.OciManifest);
  expect(await byIdentity(target, policy(sigstore))).toEqual({
    ok: false,
    reason:
      `no valid signature for the identity ${WORKFLOW} issued by ${GITHUB_ISSUER}: ${target.repo}:${cosignTag(target.digest, '.sig')} holds a certificate signature of ${s.digest} (1 in all); ` +
      `referrer ${target.repo}@${movedDigest} holds a Sigstore bundle signing ${s.digest}, not ${target.digest}`,
  });
});

test('a .sig manifest of more than 32 signature layers is not read', async () => {
  const s = await signedImage(sigstore);
  const { json } = await client.getManifest(s.repo, s.sig);
  const layer = (json as ImageManifest).layers[0];
  const many = Buffer.from(JSON.stringify({ ...json, layers: Array.from({ length: 33 }, () => layer) }));
  await client.putManifest(s.repo, cosignTag(s.digest, '.sig'), many, MediaType.OciManifest);
  for (const d of [s.sigReferrer, s.bundle]) await client.deleteManifest(s.repo, d);
  expect(await byIdentity(s, policy(sigstore))).toEqual({
    ok: false,
    reason: `no valid signature for the identity ${WORKFLOW} issued by ${GITHUB_ISSUER}: ${s.repo}:${cosignTag(s.digest, '.sig')} holds 33 signature layers, more than the 32 pinship reads; none was read`,
  });
});

test('a bundle referrer without a bundle layer, and a .sig layer without a certificate, sign nothing for an identity', async () => {
  const s = await signedImage(sigstore);
  for (const d of [s.sig, s.sigReferrer, s.bundle]) await client.deleteManifest(s.repo, d);
  const empty = await pushBlob(client, s.repo, Buffer.from('{}'), MediaType.OciEmpty);
  const hollow = await pushManifest(
    client,
    s.repo,
    {
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType: SIGSTORE_BUNDLE,
      config: empty,
      layers: [empty],
      subject: { mediaType: MediaType.OciManifest, digest: s.digest.toString(), size: 1 },
    },
    MediaType.OciManifest,
  );
  expect(await byIdentity(s, policy(sigstore))).toEqual({
    ok: false,
    reason: `no valid signature for the identity ${WORKFLOW} issued by ${GITHUB_ISSUER}: referrer ${s.repo}@${hollow.digest} holds no Sigstore bundle layer`,
  });
  const node = localImage(300);
  const signed = signPlan(treePlan(node), newKey(), s.repo.toString());
  await publish(client, signed.plan, [s.repo], { tags: [], ...quiet });
  const tag = cosignTag(node.digest, '.sig');
  expect(await checkSignature(client, s.repo, node.digest, { identity: policy(sigstore) })).toEqual({
    ok: false,
    reason:
      `no valid signature for the identity ${WORKFLOW} issued by ${GITHUB_ISSUER}: ${s.repo}:${tag} holds a signature without a certificate (1 in all); ` +
      `referrer ${s.repo}@${signed.referrer!.digest} holds a signature without a certificate (1 in all)`,
  });
});
