import type { BlobSource } from '../image/model.js';
import type { ImageManifest } from '../registry/mediatypes.js';
import { cosignTag, signatureLayer, signatureManifest, signBytes, simpleSigningPayload } from '../signing/signature.js';
import type { SigningKey } from '../signing/keys.js';
import { digestOf } from '../registry/digest.js';
import type { PlanManifest, PublishPlan } from './plan.js';

export interface SignedPlan {
  plan: PublishPlan;
  /** The signature manifest, tagged sha256-<hex>.sig beside the image. */
  signature: PlanManifest;
  tag: string;
}

/**
 * Adds a cosign signature of the plan's root to the plan: its manifest goes with the other
 * manifests (as a referrer, so it is written even where the image already is) and its tag with the
 * extra tags, so both land before any image tag moves. A signature manifest the plan already
 * carries for that tag (a promotion copying the source's) keeps its layers, ours appended.
 */
export function signPlan(plan: PublishPlan, key: SigningKey, dockerReference: string): SignedPlan {
  const tag = cosignTag(plan.root.digest, '.sig');
  const payload = simpleSigningPayload(dockerReference, plan.root.digest);
  const layer = signatureLayer(payload, signBytes(key.privateKey, payload));
  const existing = plan.extraTags.find((t) => t.tag === tag)?.manifest;
  const { bytes, blobs } = signatureManifest([layer], existing ? layerBlobs(existing) : []);
  const signature: PlanManifest = { digest: digestOf(bytes), mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes, blobs, referrer: true };
  return {
    plan: {
      ...plan,
      manifests: [...plan.manifests, signature],
      extraTags: [...plan.extraTags.filter((t) => t.tag !== tag), { tag, manifest: signature }],
    },
    signature,
    tag,
  };
}

function layerBlobs(m: PlanManifest): BlobSource[] {
  const layers = (JSON.parse(m.bytes.toString('utf8')) as ImageManifest).layers ?? [];
  // The plan names every blob a copied manifest needs; keep the descriptor as written (its annotations).
  return layers.flatMap((d) => m.blobs.filter((b) => b.descriptor.digest === d.digest).slice(0, 1).map((b) => ({ ...b, descriptor: d })));
}
