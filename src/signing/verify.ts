import type { KeyObject } from 'node:crypto';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isNotFound } from '../registry/errors.js';
import { readBounded } from '../registry/http.js';
import type { ImageManifest } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { cosignTag, COSIGN_TYPE, SIGNATURE_ANNOTATION, verifyBytes } from './signature.js';

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
    if (!verifyBytes(key, payload, layer.annotations![SIGNATURE_ANNOTATION]!)) {
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
