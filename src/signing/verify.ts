import { KeyObject } from 'node:crypto';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isNotFound } from '../registry/errors.js';
import { readBounded } from '../registry/http.js';
import type { Manifest } from '../registry/manifests.js';
import type { ImageManifest } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { cosignTag, COSIGN_TYPE, SIGNATURE_ANNOTATION, SIGNATURE_ARTIFACT, verifyBytes } from './signature.js';
import { pae } from './provenance.js';
import { isSlsa, unsignedProvenance } from './unsigned-provenance.js';
import { describeIdentity, type IdentityPolicy, type SignerPolicy } from './identity.js';

const PAYLOAD_MAX_BYTES = 1024 * 1024;

export type SignatureVerdict = { ok: true; signature: Digest } | { ok: false; reason: string };

interface Payload {
  critical?: { image?: { 'docker-manifest-digest'?: string }; type?: string };
}

/** Referrers of one image looked at, at most: each costs a manifest GET, and the list comes from the registry. */
const REFERRERS_MAX = 32;
/**
 * Signature (or attestation) layers of one manifest read, at most: each is a blob GET of up to a
 * megabyte, and the count is the registry's to choose. cosign adds one per signing, so a real one holds a few.
 */
export const SIGNATURE_LAYERS_MAX = 32;

const tooManyLayers = (name: string, count: number, what: string): string =>
  `${name} holds ${count} ${what} layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`;

/** cosign's annotations on a `.sig` layer signed with a certificate (Fulcio's or a private CA's). */
export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
export const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
export const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** The predicate of a cosign 3 image signature: an in-toto statement naming the image digest. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** The artifact type of a Sigstore bundle referrer (cosign 3's signature form). */
export const SIGSTORE_BUNDLE_ARTIFACT = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const isBundleType = (t: string | undefined): boolean => !!t && /^application\/vnd\.dev\.sigstore\.bundle/.test(t);

/** What a signature is checked against: the keyless checks load Sigstore's libraries, so only when asked for. */
const keyless = () => import('./keyless-verify.js');

/**
 * Whether `repo` holds a cosign signature of `digest` that `signer` accepts (the key verifies it, or its
 * certificate names the identity and chains to the trusted root) and whose payload names exactly that
 * digest, in any form cosign writes: the sha256-<hex>.sig tag, a referrer of the digest with cosign's
 * signature artifact type (its OCI 1.1 form, found through the referrers API or the fallback tag, as
 * cosign's own --experimental-oci11 finds it), or, for an identity, a Sigstore bundle referrer (cosign 3).
 * The reason says what was found instead.
 */
export async function checkSignature(client: RegistryClient, repo: Repository, digest: Digest, signer: KeyObject | SignerPolicy): Promise<SignatureVerdict> {
  const policy: SignerPolicy = signer instanceof KeyObject ? { key: signer } : signer;
  const tag = cosignTag(digest, '.sig');
  // Asked with a HEAD first: Docker Hub counts a manifest GET as a pull, a HEAD not, and most images have no such tag.
  const tagged = (await client.manifestExists(repo, tag)) ? await manifestIfAny(client, repo, tag) : undefined;
  const findings: string[] = [];
  if (tagged) {
    const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, policy);
    if (verdict.ok) return verdict;
    findings.push(verdict.reason);
  }
  const referrers = await client.listReferrers(repo, digest, SIGNATURE_ARTIFACT);
  const bundles = policy.identity ? (await client.listReferrers(repo, digest)).filter((d) => isBundleType(d.artifactType)) : [];
  const listed = [...referrers, ...bundles];
  for (const d of listed.slice(0, REFERRERS_MAX)) {
    // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
    const manifest = await manifestIfAny(client, repo, d.digest);
    if (!manifest) continue;
    const name = `referrer ${repo}@${d.digest}`;
    const verdict = isBundleType(d.artifactType)
      ? await judgeBundle(client, repo, name, manifest, digest, policy.identity!)
      : await judge(client, repo, name, manifest, digest, policy);
    if (verdict.ok) return verdict;
    findings.push(verdict.reason);
  }
  if (!findings.length)
    return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
  const unread = listed.length > REFERRERS_MAX ? `; ${listed.length - REFERRERS_MAX} more signature referrers not read` : '';
  return { ok: false, reason: `no valid signature for ${signerName(policy)}: ${findings.join('; ')}${unread}` };
}

/** Who a signature must come from, for messages: the public key, the identity, or either. */
export function signerName(p: SignerPolicy): string {
  const id = p.identity ? `the identity ${describeIdentity(p.identity)}` : '';
  return p.key && id ? `the public key or ${id}` : p.key ? 'the public key' : id;
}

const manifestIfAny = (client: RegistryClient, repo: Repository, ref: string): Promise<Manifest | undefined> =>
  client.getManifest(repo, ref).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });

/** One signature manifest's verdict; `name` says where it was found. */
async function judge(
  client: RegistryClient,
  repo: Repository,
  name: string,
  manifest: Manifest,
  digest: Digest,
  policy: SignerPolicy,
): Promise<SignatureVerdict> {
  const layers = ((manifest.json as ImageManifest).layers ?? []).filter((l) => l.annotations?.[SIGNATURE_ANNOTATION]);
  if (!layers.length) return { ok: false, reason: `${name} holds no layer with a ${SIGNATURE_ANNOTATION} annotation` };
  if (layers.length > SIGNATURE_LAYERS_MAX) return { ok: false, reason: tooManyLayers(name, layers.length, 'signature') };
  const found: string[] = [];
  for (const layer of layers) {
    const what = `signature payload ${repo}@${layer.digest}`;
    const payload = await readBounded(await client.getBlob(repo, Digest.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
    const notes = layer.annotations!;
    const signature = notes[SIGNATURE_ANNOTATION];
    const byKey = !!policy.key && verifyBytes(policy.key, payload, signature);
    const certificate = policy.identity && !byKey ? notes[CERTIFICATE_ANNOTATION] : undefined;
    if (!byKey && !certificate) {
      found.push(policy.key ? 'a signature the public key does not verify' : 'a signature without a certificate');
      continue;
    }
    const claim = parseJson<Payload>(payload);
    if (claim.critical?.type !== COSIGN_TYPE || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
      found.push(`${byKey ? 'a valid' : 'a certificate'} signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
      continue;
    }
    if (certificate) {
      const rekorBundle = notes[REKOR_BUNDLE_ANNOTATION];
      const problem = await (
        await keyless()
      ).verifyCertificateLayer(policy.identity!, { payload, signature, certificate, ...(rekorBundle ? { rekorBundle } : {}) });
      if (problem) {
        found.push(problem);
        continue;
      }
    }
    return { ok: true, signature: manifest.digest };
  }
  return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}

/** A Sigstore bundle referrer's verdict: its one bundle layer must be an image signature of `digest` by the identity. */
async function judgeBundle(
  client: RegistryClient,
  repo: Repository,
  name: string,
  manifest: Manifest,
  digest: Digest,
  identity: IdentityPolicy,
): Promise<SignatureVerdict> {
  const layer = ((manifest.json as ImageManifest).layers ?? []).find((l) => isBundleType(l.mediaType));
  if (!layer) return { ok: false, reason: `${name} holds no Sigstore bundle layer` };
  const bytes = await readBounded(
    await client.getBlob(repo, Digest.parse(layer.digest), layer.size),
    PAYLOAD_MAX_BYTES,
    `Sigstore bundle ${repo}@${layer.digest}`,
  );
  const problem = await (await keyless()).verifyBundle(identity, bytes, digest);
  return problem ? { ok: false, reason: `${name} holds ${problem}` } : { ok: true, signature: manifest.digest };
}

interface Envelope {
  payloadType?: string;
  payload?: string;
  signatures?: Array<{ sig?: string }>;
}

/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key or an identity, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies, or whose certificate names the identity, and
 * whose statement names the digest counts (for an identity, a Sigstore bundle referrer of SLSA provenance
 * too); without, any form does: that, an in-toto referrer, buildx's attestation manifest, or, for an index,
 * SLSA provenance referrers of every platform manifest (buildx's attestations pushed as referrers).
 */
export async function checkProvenance(
  client: RegistryClient,
  repo: Repository,
  digest: Digest,
  signer: KeyObject | SignerPolicy | undefined,
): Promise<SignatureVerdict> {
  const policy: SignerPolicy = signer instanceof KeyObject ? { key: signer } : (signer ?? {});
  const signed = !!(policy.key || policy.identity);
  const tag = cosignTag(digest, '.att');
  const att = await manifestIfAny(client, repo, tag);
  const layers = att ? ((att.json as ImageManifest).layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
  const findings: string[] = [];
  if (signed && layers.length > SIGNATURE_LAYERS_MAX) return { ok: false, reason: tooManyLayers(`${repo}:${tag}`, layers.length, 'provenance') };
  for (const layer of layers) {
    if (!signed) return { ok: true, signature: att!.digest };
    const bytes = await readBounded(
      await client.getBlob(repo, Digest.parse(layer.digest), layer.size),
      PAYLOAD_MAX_BYTES,
      `attestation ${repo}@${layer.digest}`,
    );
    const env = parseJson<Envelope>(bytes);
    const payload = Buffer.from(env.payload ?? '', 'base64');
    const covered = pae(env.payloadType ?? '', payload);
    const byKey = !!policy.key && (env.signatures ?? []).some((s) => verifyBytes(policy.key!, covered, s.sig ?? ''));
    const certificate = policy.identity && !byKey ? layer.annotations?.[CERTIFICATE_ANNOTATION] : undefined;
    if (!byKey && !certificate) continue;
    const statement = parseJson<{ subject?: Array<{ digest?: Record<string, string> }>; predicateType?: string }>(payload);
    if (!isSlsa(statement.predicateType) || !(statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex)) continue;
    if (certificate) {
      const problem = await (await keyless()).verifyCertificateEnvelope(policy.identity!, bytes, certificate, layer.annotations?.[REKOR_BUNDLE_ANNOTATION]);
      if (problem) {
        findings.push(problem);
        continue;
      }
    }
    return { ok: true, signature: att!.digest };
  }
  if (signed) {
    if (policy.identity) {
      const verdict = await provenanceBundle(client, repo, digest, policy.identity);
      if (verdict.ok) return verdict;
      findings.push(...(verdict.reason ? [verdict.reason] : []));
    }
    const found = findings.length ? ` (${[...new Set(findings)].join('; ')})` : '';
    return {
      ok: false,
      reason: layers.length
        ? `${repo}:${tag} holds provenance ${policy.key && !policy.identity ? 'the public key does not verify' : `not signed by ${signerName(policy)}`} for this digest${found}`
        : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}${found}`,
    };
  }
  return unsignedProvenance(client, repo, digest, tag);
}

/** A Sigstore bundle referrer holding SLSA provenance of `digest` by the identity; reason '' when there is none to judge. */
async function provenanceBundle(client: RegistryClient, repo: Repository, digest: Digest, identity: IdentityPolicy): Promise<SignatureVerdict> {
  const bundles = (await client.listReferrers(repo, digest)).filter((d) => isBundleType(d.artifactType));
  const reasons: string[] = [];
  for (const d of bundles.slice(0, REFERRERS_MAX)) {
    const manifest = await manifestIfAny(client, repo, d.digest);
    const layer = manifest && ((manifest.json as ImageManifest).layers ?? []).find((l) => isBundleType(l.mediaType));
    if (!manifest || !layer) continue;
    const bytes = await readBounded(
      await client.getBlob(repo, Digest.parse(layer.digest), layer.size),
      PAYLOAD_MAX_BYTES,
      `Sigstore bundle ${repo}@${layer.digest}`,
    );
    const problem = await (await keyless()).verifyBundle(identity, bytes, digest, isSlsa);
    if (!problem) return { ok: true, signature: manifest.digest };
    reasons.push(`referrer ${repo}@${d.digest} holds ${problem}`);
  }
  return { ok: false, reason: reasons.join('; ') };
}

function parseJson<T>(bytes: Buffer): Partial<T> {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return {};
  }
}
