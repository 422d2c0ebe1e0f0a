import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isNotFound } from '../registry/errors.js';
import { platformString, type Descriptor, type ImageManifest } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { IN_TOTO } from './provenance.js';
import type { SignatureVerdict } from './verify.js';

/** Whether the predicate type is SLSA provenance, any version. */
export const isSlsa = (t: string | undefined): boolean => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);

/** Manifests read to judge one image at most: a registry's listing is its text, not a bound. */
const READ_MAX = 32;

const ATTESTATION_MANIFEST = 'attestation-manifest';
const PREDICATE = 'in-toto.io/predicate-type';

/**
 * require-provenance with neither a key nor an identity: any form counts, but only SLSA provenance
 * (an SBOM or another in-toto statement beside an image is no provenance), and for an index it must
 * cover every platform manifest: an in-toto referrer of the digest itself; buildx's attestation
 * manifests in the index; or referrers of each platform manifest (buildx's attestations pushed as
 * referrers). `att` is the cosign attestation tag, named in the reason when nothing is found.
 */
export async function unsignedProvenance(client: RegistryClient, repo: Repository, digest: Digest, att: string): Promise<SignatureVerdict> {
  const own = await slsaReferrer(client, repo, digest);
  if (own) return { ok: true, signature: own };
  const root = await client.getManifest(repo, digest);
  const entries = 'manifests' in root.json ? (root.json.manifests ?? []) : [];
  const isAttestation = (m: Descriptor): boolean => m.annotations?.['vnd.docker.reference.type'] === ATTESTATION_MANIFEST;
  const images = entries.filter((m) => !isAttestation(m));
  if (images.length > READ_MAX)
    return { ok: false, reason: `no provenance read: the index lists ${images.length} manifests, more than the ${READ_MAX} pinship reads` };
  const attestations = entries.filter(isAttestation);
  // buildx names the platform manifest each attestation manifest describes; without one, its referrers.
  const verdict = await everyPlatform(images, (p) => {
    const listed = attestations.find((a) => a.annotations?.['vnd.docker.reference.digest'] === p.digest);
    return listed ? slsaManifest(client, repo, listed.digest) : slsaReferrer(client, repo, Digest.parse(p.digest));
  });
  if (verdict) return verdict;
  const elsewhere = entries.length ? ', nor SLSA provenance referrers of its platform manifests' : '';
  return { ok: false, reason: `no provenance: no cosign attestation (${att}), in-toto referrer or buildx attestation manifest${elsewhere}` };
}

/** Every platform manifest with SLSA provenance found by `find`; undefined if none has any. */
async function everyPlatform(platforms: Descriptor[], find: (p: Descriptor) => Promise<Digest | undefined>): Promise<SignatureVerdict | undefined> {
  const found: Digest[] = [];
  const missing: string[] = [];
  for (const p of platforms) {
    const provenance = await find(p);
    // The platform is the registry's text: named only when it is plainly one.
    const name = p.platform ? platformString(p.platform) : '';
    if (provenance) found.push(provenance);
    else missing.push(/^[\w.+/-]+$/.test(name) ? `${p.digest} (${name})` : p.digest);
  }
  if (!missing.length && found.length) return { ok: true, signature: found[0] };
  if (!found.length) return undefined;
  return {
    ok: false,
    reason: `no provenance for every platform: SLSA provenance on ${found.length} of the index's ${platforms.length} platform manifests, none on ${missing.join(', ')}`,
  };
}

/** An in-toto referrer of `digest` with a layer of SLSA provenance (an SBOM alone is no provenance). */
async function slsaReferrer(client: RegistryClient, repo: Repository, digest: Digest): Promise<Digest | undefined> {
  for (const d of (await client.listReferrers(repo, digest, IN_TOTO)).slice(0, READ_MAX)) {
    const found = await slsaManifest(client, repo, d.digest);
    if (found) return found;
  }
  return undefined;
}

/** The attestation manifest at `digest` if one of its layers is annotated as SLSA provenance; a manifest listed but gone is none. */
async function slsaManifest(client: RegistryClient, repo: Repository, digest: string): Promise<Digest | undefined> {
  const manifest = await client.getManifest(repo, digest).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });
  const layers = manifest ? ((manifest.json as ImageManifest).layers ?? []) : [];
  return layers.some((l) => isSlsa(l.annotations?.[PREDICATE])) ? manifest!.digest : undefined;
}
