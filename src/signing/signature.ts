import { createSign, createVerify, type KeyObject } from 'node:crypto';
import type { Digest } from '../registry/digest.js';
import { fallbackTag } from '../registry/referrers.js';
import { digestOf } from '../registry/digest.js';
import { MediaType, type Descriptor, type ImageManifest } from '../registry/mediatypes.js';
import type { BlobSource } from '../image/model.js';

export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
export const COSIGN_TYPE = 'cosign container image signature';
/** The artifact type of cosign's OCI 1.1 signature referrer (cosign's ArtifactType("sig")). */
export const SIGNATURE_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';

/** cosign's tag for what it attaches to `digest`: sha256-<hex>.sig, .att, ... */
export const cosignTag = (digest: Digest, suffix: '.sig' | '.att' | '.sbom'): string => `${fallbackTag(digest)}${suffix}`;

/** The simple-signing payload cosign signs: the repository (no tag) and the manifest digest. */
export function simpleSigningPayload(dockerReference: string, digest: Digest): Buffer {
  const payload = {
    critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest.toString() }, type: COSIGN_TYPE },
    optional: null,
  };
  return Buffer.from(JSON.stringify(payload));
}

export function signBytes(key: KeyObject, data: Buffer): string {
  return createSign('sha256').update(data).sign(key).toString('base64');
}

export function verifyBytes(key: KeyObject, data: Buffer, signature: string): boolean {
  try {
    return createVerify('sha256').update(data).verify(key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export interface SignatureLayer {
  descriptor: Descriptor;
  blob: BlobSource;
}

export function signatureLayer(payload: Buffer, signature: string, mediaType = SIMPLE_SIGNING, annotations: Record<string, string> = {}): SignatureLayer {
  const descriptor: Descriptor = {
    mediaType,
    size: payload.length,
    digest: digestOf(payload).toString(),
    annotations: { [SIGNATURE_ANNOTATION]: signature, ...annotations },
  };
  return { descriptor, blob: { descriptor, origin: { kind: 'bytes', bytes: payload } } };
}

/**
 * cosign's signature manifest: an OCI manifest whose config lists the layers' digests as diff_ids
 * (what go-containerregistry writes for it) and whose layers each carry one signed payload.
 * `earlier` keeps layers of a signature manifest already there (cosign appends, it never replaces).
 */
export function signatureManifest(layers: SignatureLayer[], earlier: BlobSource[] = []): { bytes: Buffer; blobs: BlobSource[] } {
  const all = [...earlier.map((b) => ({ descriptor: b.descriptor, blob: b })), ...layers];
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: all.map((l) => l.descriptor.digest) },
      config: {},
    }),
  );
  const configDescriptor: Descriptor = { mediaType: MediaType.OciConfig, size: config.length, digest: digestOf(config).toString() };
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDescriptor, layers: all.map((l) => l.descriptor) };
  return {
    bytes: Buffer.from(JSON.stringify(manifest)),
    blobs: [{ descriptor: configDescriptor, origin: { kind: 'bytes', bytes: config } }, ...all.map((l) => l.blob)],
  };
}

/**
 * A signature manifest in the OCI 1.1 form `cosign sign --registry-referrers-mode=oci-1-1` writes
 * (cosign's WriteSignaturesExperimentalOCI): the same config blob and layers as the .sig tag's
 * manifest, the config's media type replaced by the artifact type, the signed manifest as `subject`,
 * and the artifact type at the top as well (cosign 3.1.2 on; before, readers took it from the config).
 */
export function signatureReferrer(signature: ImageManifest, subject: Descriptor): Buffer {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: { ...signature.config, mediaType: SIGNATURE_ARTIFACT },
    layers: signature.layers,
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    artifactType: SIGNATURE_ARTIFACT,
  };
  return Buffer.from(JSON.stringify(manifest));
}

/** The artifact type and layer media type of a Sigstore bundle (cosign 3's signature referrer). */
export const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_JSON = Buffer.from('{}');

/**
 * A Sigstore bundle as the referrer cosign 3 writes (cosign's specs/BUNDLE_SPEC.md): the empty config,
 * the bundle as the one layer, the signed manifest as `subject`, what it holds as annotations.
 * `created` adds the annotation @sigstore/oci writes (GitHub's attest-build-provenance form); `mediaType`
 * is the bundle's own, for a bundle of another version.
 */
export function bundleReferrer(
  bundle: Buffer,
  subject: Descriptor,
  predicateType: string,
  o: { mediaType?: string; created?: Date } = {},
): { bytes: Buffer; blobs: BlobSource[] } {
  const mediaType = o.mediaType ?? SIGSTORE_BUNDLE;
  const config: Descriptor = { mediaType: MediaType.OciEmpty, size: EMPTY_JSON.length, digest: digestOf(EMPTY_JSON).toString() };
  const layer: Descriptor = { mediaType, size: bundle.length, digest: digestOf(bundle).toString() };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: mediaType,
    config,
    layers: [layer],
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    annotations: {
      ...(o.created ? { 'org.opencontainers.image.created': o.created.toISOString() } : {}),
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': predicateType,
    },
  };
  return {
    bytes: Buffer.from(JSON.stringify(manifest)),
    blobs: [
      { descriptor: config, origin: { kind: 'bytes', bytes: EMPTY_JSON } },
      { descriptor: layer, origin: { kind: 'bytes', bytes: bundle } },
    ],
  };
}

/** cosign's in-toto image signature (the statement of its bundle form): the image digest as subject. */
export function imageSignatureStatement(dockerReference: string, digest: Digest, predicateType: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: dockerReference, digest: { [digest.algorithm]: digest.hex } }],
      predicateType,
      predicate: {},
    }),
  );
}
