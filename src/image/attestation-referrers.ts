import { digestOf, type Digest } from '../registry/digest.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../registry/mediatypes.js';
import type { ManifestNode } from './model.js';

/**
 * One attestation manifest may carry several statements (buildx puts provenance and SBOM in one), so
 * no single predicate type names it; the in-toto media type does, and it is what pinship's own
 * provenance referrers and `require-provenance` look for.
 */
export const ATTESTATION_ARTIFACT_TYPE = 'application/vnd.in-toto+json';

const REFERENCE_DIGEST = 'vnd.docker.reference.digest';

export interface DetachedAttestations {
  /** The index without its attestation entries: what the tags name. */
  root: ManifestNode;
  /** Each attestation manifest rewritten as an OCI 1.1 referrer of the platform manifest it describes. */
  referrers: DetachedAttestation[];
}

export interface DetachedAttestation {
  node: ManifestNode;
  /** The digest buildx gave it, in the index, before `subject` made it another manifest. */
  built: Digest;
  subject: string;
}

/**
 * Moves buildx's attestation manifests out of the index: registry UIs and older clients show them as
 * broken unknown/unknown platforms. Each becomes a referrer (`subject` set), which changes its digest;
 * its layers, the statements themselves, stay byte for byte as built.
 */
export function detachAttestations(root: ManifestNode): DetachedAttestations {
  if (!root.children.some((c) => c.attestation)) return { root, referrers: [] };
  const index = JSON.parse(root.bytes.toString('utf8')) as ImageIndex;
  const kept = index.manifests.filter((_, i) => !root.children[i]?.attestation);
  const referrers = index.manifests.flatMap((desc, i) => {
    const node = root.children[i];
    if (!node?.attestation) return [];
    const described = desc.annotations?.[REFERENCE_DIGEST];
    const subject = kept.find((d) => d.digest === described);
    if (!subject) throw new Error(`attestation manifest ${desc.digest} describes ${described ?? 'no manifest'}, which the built index does not list`);
    return [{ node: asReferrer(node, subject), built: node.digest, subject: subject.digest }];
  });
  const bytes = Buffer.from(JSON.stringify({ ...index, manifests: kept }));
  const children = root.children.filter((c) => !c.attestation);
  return { root: { ...root, bytes, digest: digestOf(bytes), children }, referrers };
}

function asReferrer(node: ManifestNode, subject: Descriptor): ManifestNode {
  const manifest = JSON.parse(node.bytes.toString('utf8')) as ImageManifest;
  const withSubject: ImageManifest = {
    ...manifest,
    artifactType: ATTESTATION_ARTIFACT_TYPE,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
  };
  const bytes = Buffer.from(JSON.stringify(withSubject));
  return { ...node, bytes, digest: digestOf(bytes) };
}
