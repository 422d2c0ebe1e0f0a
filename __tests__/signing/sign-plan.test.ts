import { generateKeyPairSync } from 'node:crypto';
import { signPlan } from '../../src/publish/sign.js';
import { treePlan } from '../../src/publish/plan.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type ImageManifest } from '../../src/registry/mediatypes.js';
import { SIGNATURE_ANNOTATION, verifyBytes } from '../../src/signing/signature.js';

// Pure: what signPlan adds to a plan. That both forms reach a registry, and cosign reads them, is
// sign.e2e / referrers.e2e's part.
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rootBytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }));
const root = { digest: digestOf(rootBytes), mediaType: MediaType.OciIndex, bytes: rootBytes, blobs: [], children: [] };

test("signPlan adds the .sig manifest, tagged, and cosign's OCI 1.1 referrer of the root, untagged and only for registries with the referrers API", () => {
  const signed = signPlan(treePlan(root), { privateKey, publicKey }, '127.0.0.1:5000/app');
  const [, sig, referrer] = signed.plan.manifests;
  expect(signed.plan.manifests).toEqual([expect.objectContaining({ digest: root.digest }), signed.signature, signed.referrer]);
  expect(signed.plan.extraTags).toEqual([{ tag: `sha256-${root.digest.hex}.sig`, manifest: sig }]);
  expect(sig.onlyWithReferrersApi).toBeUndefined();
  expect(referrer).toMatchObject({ mediaType: MediaType.OciManifest, referrer: true, onlyWithReferrersApi: root.digest, blobs: sig.blobs });
  expect(referrer.digest).toEqual(digestOf(referrer.bytes));

  const tagged = JSON.parse(sig.bytes.toString('utf8')) as ImageManifest;
  // key order too: the bytes are what cosign's Go structs marshal to
  expect(referrer.bytes.toString('utf8')).toBe(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: 'application/vnd.dev.cosign.artifact.sig.v1+json', size: tagged.config.size, digest: tagged.config.digest },
      layers: tagged.layers,
      subject: { mediaType: MediaType.OciIndex, size: rootBytes.length, digest: root.digest.toString() },
      artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json',
    }),
  );
  const [layer] = tagged.layers;
  const payload = sig.blobs.find((b) => b.descriptor.digest === layer.digest)!.origin;
  expect(payload.kind === 'bytes' && verifyBytes(publicKey, payload.bytes, layer.annotations![SIGNATURE_ANNOTATION])).toBe(true);
});
