/** detachAttestations on trees made here: what the e2e test cannot make buildx write. */
import { describe, expect, test } from '@jest/globals';
import { detachAttestations } from '../../src/image/attestation-referrers.js';
import type { ManifestNode } from '../../src/image/model.js';
import { digestOf } from '../../src/registry/digest.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { MediaType } from '../../src/registry/mediatypes.js';

const node = (json: object, extra: Partial<ManifestNode> = {}): ManifestNode => {
  const bytes = Buffer.from(JSON.stringify(json));
  return { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs: [], children: [], ...extra };
};
const manifest = (layer: string): object => ({
  schemaVersion: 2,
  mediaType: MediaType.OciManifest,
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}').toString(), size: 2 },
  layers: [{ mediaType: 'application/vnd.in-toto+json', digest: digestOf(layer).toString(), size: layer.length }],
});
const desc = (n: ManifestNode, extra: Partial<Descriptor>): Descriptor => ({
  mediaType: n.mediaType,
  digest: n.digest.toString(),
  size: n.bytes.length,
  ...extra,
});

function tree(describes?: string): { root: ManifestNode; image: ManifestNode } {
  const image = node(manifest('image'), { platform: 'linux/amd64' });
  const att = node(manifest('statement'), { attestation: true });
  const entries = [
    desc(image, { platform: { os: 'linux', architecture: 'amd64' } }),
    desc(att, {
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': describes ?? image.digest.toString() },
    }),
  ];
  const root = node({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: entries }, { mediaType: MediaType.OciIndex, children: [image, att] });
  return { root, image };
}

describe('detachAttestations', () => {
  test('the index loses the attestation entry; the attestation gains subject and artifactType, its layers kept', () => {
    const { root, image } = tree();
    const { root: out, referrers } = detachAttestations(root);
    expect((JSON.parse(out.bytes.toString()) as ImageIndex).manifests).toEqual([desc(image, { platform: { os: 'linux', architecture: 'amd64' } })]);
    expect(out.digest).toEqual(digestOf(out.bytes));
    expect(out.children).toEqual([image]);
    expect(referrers).toHaveLength(1);
    const m = JSON.parse(referrers[0].node.bytes.toString()) as ImageManifest;
    expect(m.subject).toEqual({ mediaType: image.mediaType, digest: image.digest.toString(), size: image.bytes.length });
    expect(m.artifactType).toBe('application/vnd.in-toto+json');
    expect(m.layers).toEqual((manifest('statement') as ImageManifest).layers);
    expect(referrers[0].node.digest).toEqual(digestOf(referrers[0].node.bytes));
    expect(referrers[0].built).toEqual(root.children[1].digest);
    expect(referrers[0].node.digest).not.toEqual(referrers[0].built);
  });

  test('an image without attestations is left as it is', () => {
    const image = node(manifest('image'), { platform: 'linux/amd64' });
    expect(detachAttestations(image)).toEqual({ root: image, referrers: [] });
  });

  test('an attestation describing a manifest the index does not list is refused, naming both', () => {
    const other = digestOf('other').toString();
    expect(() => detachAttestations(tree(other).root)).toThrow(`describes ${other}, which the built index does not list`);
  });
});
