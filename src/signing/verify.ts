import type { KeyObject } from 'node:crypto';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isNotFound } from '../registry/errors.js';
import { readBounded } from '../registry/http.js';
import type { Manifest } from '../registry/manifests.js';
import type { ImageManifest } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { cosignTag, COSIGN_TYPE, SIGNATURE_ANNOTATION, SIGNATURE_ARTIFACT, verifyBytes } from './signature.js';
import { pae } from './provenance.js';

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

/**
 * Whether `repo` holds a cosign signature of `digest` that `key` verifies and whose payload names
 * exactly that digest, in either form cosign writes: the sha256-<hex>.sig tag, or a referrer of the
 * digest with cosign's signature artifact type (its OCI 1.1 form, found through the referrers API or
 * the fallback tag, as cosign's own --experimental-oci11 finds it). The reason says what was found instead.
 */
export async function checkSignature(client: RegistryClient, repo: Repository, digest: Digest, key: KeyObject): Promise<SignatureVerdict> {
  const tag = cosignTag(digest, '.sig');
  const tagged = await manifestIfAny(client, repo, tag);
  const findings: string[] = [];
  if (tagged) {
    const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, key);
    if (verdict.ok) return verdict;
    findings.push(verdict.reason);
  }
  const referrers = await client.listReferrers(repo, digest, SIGNATURE_ARTIFACT);
  for (const d of referrers.slice(0, REFERRERS_MAX)) {
    // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
    const manifest = await manifestIfAny(client, repo, d.digest);
    if (!manifest) continue;
    const verdict = await judge(client, repo, `referrer ${repo}@${d.digest}`, manifest, digest, key);
    if (verdict.ok) return verdict;
    findings.push(verdict.reason);
  }
  if (!findings.length)
    return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
  const unread = referrers.length > REFERRERS_MAX ? `; ${referrers.length - REFERRERS_MAX} more signature referrers not read` : '';
  return { ok: false, reason: `no valid signature for the public key: ${findings.join('; ')}${unread}` };
}

const manifestIfAny = (client: RegistryClient, repo: Repository, ref: string): Promise<Manifest | undefined> =>
  client.getManifest(repo, ref).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });

/** One signature manifest's verdict; `name` says where it was found. */
async function judge(client: RegistryClient, repo: Repository, name: string, manifest: Manifest, digest: Digest, key: KeyObject): Promise<SignatureVerdict> {
  const layers = ((manifest.json as ImageManifest).layers ?? []).filter((l) => l.annotations?.[SIGNATURE_ANNOTATION]);
  if (!layers.length) return { ok: false, reason: `${name} holds no layer with a ${SIGNATURE_ANNOTATION} annotation` };
  if (layers.length > SIGNATURE_LAYERS_MAX) return { ok: false, reason: tooManyLayers(name, layers.length, 'signature') };
  const found: string[] = [];
  for (const layer of layers) {
    const what = `signature payload ${repo}@${layer.digest}`;
    const payload = await readBounded(await client.getBlob(repo, Digest.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
    if (!verifyBytes(key, payload, layer.annotations![SIGNATURE_ANNOTATION])) {
      found.push('a signature the public key does not verify');
      continue;
    }
    const claim = parseJson<Payload>(payload);
    if (claim.critical?.type !== COSIGN_TYPE || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
      found.push(`a valid signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
      continue;
    }
    return { ok: true, signature: manifest.digest };
  }
  return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}

/** Whether the predicate type is SLSA provenance, any version. */
const isSlsa = (t: string | undefined): boolean => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);

interface Envelope {
  payloadType?: string;
  payload?: string;
  signatures?: Array<{ sig?: string }>;
}

/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies and whose statement names the digest
 * counts; without, any form does: that, an in-toto referrer, or buildx's attestation manifest.
 */
export async function checkProvenance(client: RegistryClient, repo: Repository, digest: Digest, key: KeyObject | undefined): Promise<SignatureVerdict> {
  const tag = cosignTag(digest, '.att');
  const att = await manifestIfAny(client, repo, tag);
  const layers = att ? ((att.json as ImageManifest).layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
  if (key && layers.length > SIGNATURE_LAYERS_MAX) return { ok: false, reason: tooManyLayers(`${repo}:${tag}`, layers.length, 'provenance') };
  for (const layer of layers) {
    if (!key) return { ok: true, signature: att!.digest };
    const bytes = await readBounded(
      await client.getBlob(repo, Digest.parse(layer.digest), layer.size),
      PAYLOAD_MAX_BYTES,
      `attestation ${repo}@${layer.digest}`,
    );
    const env = parseJson<Envelope>(bytes);
    const payload = Buffer.from(env.payload ?? '', 'base64');
    const covered = pae(env.payloadType ?? '', payload);
    if (!(env.signatures ?? []).some((s) => verifyBytes(key, covered, s.sig ?? ''))) continue;
    const statement = parseJson<{ subject?: Array<{ digest?: Record<string, string> }>; predicateType?: string }>(payload);
    if (isSlsa(statement.predicateType) && (statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex))
      return { ok: true, signature: att!.digest };
  }
  if (key)
    return {
      ok: false,
      reason: layers.length
        ? `${repo}:${tag} holds provenance the public key does not verify for this digest`
        : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}`,
    };
  const referrers = await client.listReferrers(repo, digest);
  const inToto = referrers.find((d) => d.artifactType === 'application/vnd.in-toto+json');
  if (inToto) return { ok: true, signature: Digest.parse(inToto.digest) };
  const root = await client.getManifest(repo, digest);
  const buildx = 'manifests' in root.json && (root.json.manifests ?? []).find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
  if (buildx) return { ok: true, signature: Digest.parse(buildx.digest) };
  return { ok: false, reason: `no provenance: no cosign attestation (${tag}), in-toto referrer or buildx attestation manifest` };
}

function parseJson<T>(bytes: Buffer): Partial<T> {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return {};
  }
}
