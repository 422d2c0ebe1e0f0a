import type { KeyObject } from 'node:crypto';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isNotFound } from '../registry/errors.js';
import { readBounded } from '../registry/http.js';
import type { ImageManifest } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { cosignTag, COSIGN_TYPE, SIGNATURE_ANNOTATION, verifyBytes } from './signature.js';
import { pae } from './provenance.js';

const PAYLOAD_MAX_BYTES = 1024 * 1024;

export type SignatureVerdict = { ok: true; signature: Digest } | { ok: false; reason: string };

interface Payload {
  critical?: { image?: { 'docker-manifest-digest'?: string }; type?: string };
}

/**
 * Whether `repo` holds a cosign signature of `digest` (its sha256-<hex>.sig tag) that `key`
 * verifies and whose payload names exactly that digest. The reason says what was found instead.
 */
export async function checkSignature(client: RegistryClient, repo: Repository, digest: Digest, key: KeyObject): Promise<SignatureVerdict> {
  const tag = cosignTag(digest, '.sig');
  let manifest;
  try {
    manifest = await client.getManifest(repo, tag);
  } catch (e) {
    if (isNotFound(e)) return { ok: false, reason: `no signature: ${repo}:${tag} does not exist (the image is unsigned)` };
    throw e;
  }
  const layers = ((manifest.json as ImageManifest).layers ?? []).filter((l) => l.annotations?.[SIGNATURE_ANNOTATION]);
  if (!layers.length) return { ok: false, reason: `no signature: ${repo}:${tag} holds no layer with a ${SIGNATURE_ANNOTATION} annotation` };
  const found: string[] = [];
  for (const layer of layers) {
    const what = `signature payload ${repo}@${layer.digest}`;
    const payload = await readBounded(await client.getBlob(repo, Digest.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
    if (!verifyBytes(key, payload, layer.annotations![SIGNATURE_ANNOTATION])) {
      found.push('a signature the public key does not verify');
      continue;
    }
    const claim = parsePayload(payload);
    if (claim.critical?.type !== COSIGN_TYPE || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
      found.push(`a valid signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
      continue;
    }
    return { ok: true, signature: manifest.digest };
  }
  return { ok: false, reason: `no valid signature for the public key: ${repo}:${tag} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}

function parsePayload(bytes: Buffer): Payload {
  try {
    return JSON.parse(bytes.toString('utf8')) as Payload;
  } catch {
    return {};
  }
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
  const att = await client.getManifest(repo, tag).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });
  const layers = att ? ((att.json as ImageManifest).layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
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
