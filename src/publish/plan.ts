import type { Digest } from '../registry/digest.js';
import type { Descriptor } from '../registry/mediatypes.js';
import type { Repository } from '../registry/reference.js';
import { manifestsBottomUp, type BlobSource, type ManifestNode } from '../image/model.js';

/** One manifest to write, with the config and layer blobs it needs in place first. */
export interface PlanManifest {
  digest: Digest;
  mediaType: string;
  bytes: Buffer;
  blobs: BlobSource[];
  /** Attached to the image (signature, SBOM) rather than part of it: not covered by the root being present. */
  referrer?: boolean;
  /**
   * Written only where the registry implements the referrers API, asked about this subject once it
   * is there (cosign's OCI 1.1 signature form: elsewhere the .sig tag is what readers look for).
   */
  onlyWithReferrersApi?: Digest;
}

/**
 * Everything one publication writes, whoever planned it (build, promote, merge): manifests in an
 * order where every PUT finds what it names already there, and what is known to exist where.
 */
export interface PublishPlan {
  root: PlanManifest;
  /** Children before their index, subjects before their referrers; the root among them. */
  manifests: PlanManifest[];
  /** Repositories known to hold some of these manifests and all their blobs (a promotion's source). */
  holders: Array<{ repository: Repository; manifests: Set<string> }>;
  /** Tags written beside the root's (cosign's sha256-<hex>.sig), except in a holder of their manifest, which has them. */
  extraTags: Array<{ tag: string; manifest: PlanManifest }>;
}

// Foreign (Windows base) layers live at their `urls`, not in any registry: there is nothing to copy.
export const isNonDistributable = (d: Descriptor): boolean => /foreign|nondistributable/.test(d.mediaType);

export function planManifest(n: ManifestNode): PlanManifest {
  return { digest: n.digest, mediaType: n.mediaType, bytes: n.bytes, blobs: n.blobs };
}

/** A built or assembled image tree, none of it known to be anywhere yet. */
export function treePlan(root: ManifestNode): PublishPlan {
  const manifests = manifestsBottomUp(root).map(planManifest);
  return { root: manifests[manifests.length - 1], manifests, holders: [], extraTags: [] };
}
