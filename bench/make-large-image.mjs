// Pushes an image of N layers of M MiB of random bytes with pinship's own client, unless the tag
// already exists. Usage: node bench/make-large-image.mjs host/repo:tag N M
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { loadRegistryLib } from './registry-lib.mjs';

const [ref, layers, mib] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const { RegistryClient, Reference, digestOf } = await loadRegistryLib();
const client = new RegistryClient({});
const target = Reference.parse(ref);
if (await client.manifestExists(target.repository, target.identifier())) {
  console.log(`make-large-image: ${ref} already exists`);
  process.exit(0);
}
const descs = [];
for (let i = 0; i < layers; i++) {
  function* gen() {
    // Fresh random bytes for every MiB: incompressible, and no two layers share a digest.
    for (let j = 0; j < mib; j++) yield randomBytes(1 << 20);
  }
  const r = await client.putBlob(target.repository, () => Readable.from(gen()));
  descs.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: r.digest.toString(), size: r.size });
}
const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: descs.map((d) => d.digest) } }));
await client.putBlob(target.repository, () => Readable.from([config]), { digest: digestOf(config), size: config.length });
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config).toString(), size: config.length },
    layers: descs,
  }),
);
await client.putManifest(target.repository, target.identifier(), manifest, 'application/vnd.oci.image.manifest.v1+json');
client.close();
console.log(`make-large-image: pushed ${ref} (${layers} × ${mib} MiB)`);
