import { describe, expect, it } from '@jest/globals';
import { annotateTree } from '../../src/image/annotate.js';
import { parseAnnotations } from '../../src/settings/annotations.js';
import type { ManifestNode } from '../../src/image/model.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type ImageIndex, type ImageManifest } from '../../src/registry/mediatypes.js';

const node = (json: object, extra: Partial<ManifestNode> = {}): ManifestNode => {
  const bytes = Buffer.from(JSON.stringify(json));
  return { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs: [], children: [], ...extra };
};
const image = (arch: string): ManifestNode =>
  node(
    {
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: MediaType.OciConfig, digest: `sha256:${arch === 'amd64' ? 'a' : 'b'}${'0'.repeat(63)}`, size: 2 },
      layers: [],
    },
    { platform: `linux/${arch}` },
  );
const index = (children: ManifestNode[]): ManifestNode =>
  node(
    {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: children.map((c) => ({
        mediaType: c.mediaType,
        digest: c.digest.toString(),
        size: c.bytes.length,
        platform: { os: 'linux', architecture: c.platform!.split('/')[1] },
      })),
    },
    { mediaType: MediaType.OciIndex, children },
  );
const json = <T>(n: ManifestNode): T => JSON.parse(n.bytes.toString('utf8')) as T;
const quiet = { warn: () => undefined };

describe('parseAnnotations', () => {
  it('reads buildx level prefixes, several levels, a platform, and values containing colons and equals signs', () => {
    expect(parseAnnotations(['a=1', 'index:b=http://x/?q=1', 'manifest,index:c=3', 'manifest[linux/arm64]:d=4'], 'manifest')).toEqual([
      { levels: ['manifest'], key: 'a', value: '1', leveled: false },
      { levels: ['index'], key: 'b', value: 'http://x/?q=1', leveled: true },
      { levels: ['manifest', 'index'], key: 'c', value: '3', leveled: true },
      { levels: ['manifest'], platform: 'linux/arm64', key: 'd', value: '4', leveled: true },
    ]);
  });

  it('refuses an unknown level and a line without KEY=VALUE, naming the input', () => {
    expect(() => parseAnnotations(['layer:a=1'], 'manifest')).toThrow(/^Invalid input 'annotations': 'layer:a=1'\. Expected a level prefix/);
    expect(() => parseAnnotations(['novalue'], 'manifest')).toThrow(/^Invalid input 'annotations': 'novalue'\. Expected \[level:\]KEY=VALUE/);
  });
});

describe('annotateTree', () => {
  it('annotates children first, then points the index at their new digests', () => {
    const root = index([image('amd64'), image('arm64')]);
    const out = annotateTree(root, {
      annotations: parseAnnotations(['team=core', 'manifest[linux/arm64]:only=arm', 'index:top=yes', 'manifest-descriptor:entry=1'], 'manifest'),
      defaults: { 'org.opencontainers.image.version': '1.0' },
      ...quiet,
    });
    const [amd, arm] = out.children;
    expect(json<ImageManifest>(amd).annotations).toEqual({ 'org.opencontainers.image.version': '1.0', team: 'core' });
    expect(json<ImageManifest>(arm).annotations).toEqual({ 'org.opencontainers.image.version': '1.0', team: 'core', only: 'arm' });
    const idx = json<ImageIndex>(out);
    expect(idx.annotations).toEqual({ 'org.opencontainers.image.version': '1.0', top: 'yes' });
    expect(idx.manifests.map((d) => [d.digest, d.size, d.annotations])).toEqual([
      [amd.digest.toString(), amd.bytes.length, { entry: '1' }],
      [arm.digest.toString(), arm.bytes.length, { entry: '1' }],
    ]);
    expect(out.digest.toString()).toBe(digestOf(out.bytes).toString());
  });

  it('leaves manifests that attestations sign as built, and says so when asked to change them', () => {
    const amd = image('amd64');
    const att = node(
      {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { mediaType: MediaType.OciConfig, digest: `sha256:${'c'.repeat(64)}`, size: 2 },
        layers: [],
      },
      { attestation: true },
    );
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: [
          { mediaType: MediaType.OciManifest, digest: amd.digest.toString(), size: amd.bytes.length, platform: { os: 'linux', architecture: 'amd64' } },
          {
            mediaType: MediaType.OciManifest,
            digest: att.digest.toString(),
            size: att.bytes.length,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd.digest.toString() },
          },
        ],
      }),
    );
    const root: ManifestNode = { digest: digestOf(bytes), mediaType: MediaType.OciIndex, bytes, blobs: [], children: [amd, att] };
    const warnings: string[] = [];
    const out = annotateTree(root, { annotations: parseAnnotations(['team=core'], 'manifest'), defaults: {}, warn: (m) => warnings.push(m) });
    expect(out.children.map((c) => c.digest.toString())).toEqual([amd.digest.toString(), att.digest.toString()]);
    expect(json<ImageIndex>(out).manifests[1].annotations!['vnd.docker.reference.digest']).toBe(amd.digest.toString());
    expect(warnings).toEqual([expect.stringMatching(/not applied to an image with attestations/)]);
  });
});
