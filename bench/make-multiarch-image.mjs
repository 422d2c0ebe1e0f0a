// Pushes, with pinship's own client and unless the tag already exists, an image index of two
// platforms of 24 random layers each in the shape of a real application image: 16 small layers
// (4–200 KiB), 6 medium (1–4 MiB) and 2 large (8–12 MiB) per platform, sizes fixed by a seeded
// generator so every run of the bench copies the same bytes count.
// Usage: node bench/make-multiarch-image.mjs host/repo:tag
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { loadRegistryLib } from './registry-lib.mjs';

const KiB = 1024;
const MiB = 1024 * KiB;
/** [count, min bytes, max bytes] per platform. */
export const SHAPE = [
  [16, 4 * KiB, 200 * KiB],
  [6, 1 * MiB, 4 * MiB],
  [2, 8 * MiB, 12 * MiB],
];

/** A small deterministic generator (mulberry32): the same sizes on every machine. */
function sizes(seed) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return SHAPE.flatMap(([n, lo, hi]) => Array.from({ length: n }, () => Math.floor(lo + next() * (hi - lo))));
}

const ref = process.argv[2];
const { RegistryClient, Reference, digestOf } = await loadRegistryLib();
const client = new RegistryClient({});
const target = Reference.parse(ref);
if (await client.manifestExists(target.repository, target.identifier())) {
  console.log(`make-multiarch-image: ${ref} already exists`);
  process.exit(0);
}
const json = (o) => Buffer.from(JSON.stringify(o));
const put = async (bytes) => {
  const digest = digestOf(bytes);
  await client.putBlob(target.repository, () => Readable.from([bytes]), { digest, size: bytes.length });
  return digest.toString();
};
const children = [];
for (const [i, arch] of ['amd64', 'arm64'].entries()) {
  const layers = [];
  // Largest first in the manifest is not what images look like: keep the generator's order, small first.
  for (const size of sizes(19 + i)) {
    const bytes = randomBytes(size);
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: await put(bytes), size });
  }
  const config = json({ architecture: arch, os: 'linux', rootfs: { type: 'layers', diff_ids: layers.map((d) => d.digest) } });
  const manifest = json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: await put(config), size: config.length },
    layers,
  });
  const digest = digestOf(manifest).toString();
  await client.putManifest(target.repository, digest, manifest, 'application/vnd.oci.image.manifest.v1+json');
  children.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: manifest.length, platform: { architecture: arch, os: 'linux' } });
}
const index = json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: children });
await client.putManifest(target.repository, target.identifier(), index, 'application/vnd.oci.image.index.v1+json');
client.close();
const total = sizes(19).reduce((a, b) => a + b, 0) + sizes(20).reduce((a, b) => a + b, 0);
console.log(`make-multiarch-image: pushed ${ref} (2 platforms × 24 layers, ${(total / MiB).toFixed(1)} MiB)`);
