import type { BlobSource } from '../image/model.js';
import { MediaType, type Descriptor, type ImageManifest } from '../registry/mediatypes.js';
import { dsseEnvelope, DSSE, IN_TOTO } from '../signing/provenance.js';
import {
  bundleReferrer,
  cosignTag,
  signatureLayer,
  type SignatureLayer,
  signatureManifest,
  signatureReferrer,
  signBytes,
  simpleSigningPayload,
} from '../signing/signature.js';
import type { SigningKey } from '../signing/keys.js';
import { digestOf } from '../registry/digest.js';
import type { PlanManifest, PublishPlan } from './plan.js';

export interface SignedPlan {
  plan: PublishPlan;
  /** The signature manifest, tagged sha256-<hex>.sig beside the image. */
  signature: PlanManifest;
  tag: string;
  /** The same signature as an OCI 1.1 referrer of the image, written where the registry has the referrers API. */
  referrer?: PlanManifest;
}

/**
 * Adds a cosign signature of the plan's root to the plan: its manifest goes with the other
 * manifests (as a referrer, so it is written even where the image already is) and its tag with the
 * extra tags, so both land before any image tag moves. A signature manifest the plan already
 * carries for that tag (a promotion copying the source's) keeps its layers, ours appended. The same
 * layers also go in cosign's OCI 1.1 form, a referrer of the root written only at destinations whose
 * registry has the referrers API (cosign reads the .sig tag everywhere else).
 */
export function signPlan(plan: PublishPlan, key: SigningKey, dockerReference: string): SignedPlan {
  const payload = simpleSigningPayload(dockerReference, plan.root.digest);
  return signPlanWith(plan, signatureLayer(payload, signBytes(key.privateKey, payload)));
}

/**
 * signPlan with a signature layer made elsewhere (a keyless one, its certificate in the annotations),
 * and with `bundle`, a Sigstore bundle of the same signer, as one more referrer where the registry has
 * the referrers API.
 */
export function signPlanWith(plan: PublishPlan, layer: SignatureLayer, bundle?: { bytes: Buffer; predicateType: string }): SignedPlan {
  const tagged = cosignTagged(plan, '.sig', layer);
  const signature = tagged.manifest;
  const subject: Descriptor = { mediaType: plan.root.mediaType, size: plan.root.bytes.length, digest: plan.root.digest.toString() };
  const referrerBytes = signatureReferrer(JSON.parse(signature.bytes.toString('utf8')) as ImageManifest, subject);
  const referrer: PlanManifest = {
    digest: digestOf(referrerBytes),
    mediaType: MediaType.OciManifest,
    bytes: referrerBytes,
    blobs: signature.blobs,
    referrer: true,
    onlyWithReferrersApi: plan.root.digest,
  };
  const extra: PlanManifest[] = [];
  if (bundle) {
    const made = bundleReferrer(bundle.bytes, subject, bundle.predicateType);
    extra.push({
      digest: digestOf(made.bytes),
      mediaType: MediaType.OciManifest,
      bytes: made.bytes,
      blobs: made.blobs,
      referrer: true,
      onlyWithReferrersApi: plan.root.digest,
    });
  }
  return { plan: { ...tagged.plan, manifests: [...tagged.plan.manifests, referrer, ...extra] }, signature, tag: tagged.tag, referrer };
}

/**
 * The root's cosign tag manifest (sha256-<hex>.sig or .att) with `layer` appended to the layers of the
 * one the plan already carries for that tag (cosign appends, it never replaces), added to the plan's
 * manifests and extra tags.
 */
function cosignTagged(plan: PublishPlan, suffix: '.sig' | '.att', layer: SignatureLayer): { plan: PublishPlan; manifest: PlanManifest; tag: string } {
  const tag = cosignTag(plan.root.digest, suffix);
  const existing = plan.extraTags.find((t) => t.tag === tag)?.manifest;
  const { bytes, blobs } = signatureManifest([layer], existing ? layerBlobs(existing) : []);
  const manifest: PlanManifest = { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs, referrer: true };
  return {
    plan: { ...plan, manifests: [...plan.manifests, manifest], extraTags: [...plan.extraTags.filter((t) => t.tag !== tag), { tag, manifest }] },
    manifest,
    tag,
  };
}

function layerBlobs(m: PlanManifest): BlobSource[] {
  const layers = (JSON.parse(m.bytes.toString('utf8')) as ImageManifest).layers ?? [];
  // The plan names every blob a copied manifest needs; keep the descriptor as written (its annotations).
  return layers.flatMap((d) =>
    m.blobs
      .filter((b) => b.descriptor.digest === d.digest)
      .slice(0, 1)
      .map((b) => ({ ...b, descriptor: d })),
  );
}

const EMPTY = Buffer.from('{}');

/**
 * Adds an in-toto statement about the root: with a key, as a cosign attestation (a DSSE envelope
 * in the sha256-<hex>.att manifest, which `cosign verify-attestation` reads); without, as an OCI
 * 1.1 referrer of the root (what `oras discover` lists). Either way written before the tags.
 */
export function attestPlan(plan: PublishPlan, statement: Buffer, predicateType: string, key: SigningKey | undefined): SignedPlan {
  if (key) {
    const tagged = cosignTagged(plan, '.att', signatureLayer(dsseEnvelope(statement, key.privateKey), '', DSSE, { predicateType }));
    return { plan: tagged.plan, signature: tagged.manifest, tag: tagged.tag };
  }
  const config: Descriptor = { mediaType: MediaType.OciEmpty, size: EMPTY.length, digest: digestOf(EMPTY).toString() };
  const layer: Descriptor = {
    mediaType: IN_TOTO,
    size: statement.length,
    digest: digestOf(statement).toString(),
    annotations: { 'in-toto.io/predicate-type': predicateType },
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: IN_TOTO,
    config,
    layers: [layer],
    subject: { mediaType: plan.root.mediaType, digest: plan.root.digest.toString(), size: plan.root.bytes.length },
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const blobs: BlobSource[] = [
    { descriptor: config, origin: { kind: 'bytes', bytes: EMPTY } },
    { descriptor: layer, origin: { kind: 'bytes', bytes: statement } },
  ];
  const referrer: PlanManifest = { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs, referrer: true };
  return { plan: { ...plan, manifests: [...plan.manifests, referrer] }, signature: referrer, tag: '' };
}
