import { randomBytes } from 'node:crypto';
import type { ManifestNode } from '../../src/image/model.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type Descriptor } from '../../src/registry/mediatypes.js';

/** A freshly built image as build's readers hand it over: blobs only on this machine, unique content. */
export function localImage(layerBytes = 50_000): ManifestNode {
  const layer = randomBytes(layerBytes);
  const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [digestOf(layer).toString()] } }));
  const desc = (bytes: Buffer, mediaType: string): Descriptor => ({ mediaType, digest: digestOf(bytes).toString(), size: bytes.length });
  const layerDesc = desc(layer, MediaType.OciLayerGzip);
  const configDesc = desc(config, MediaType.OciConfig);
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers: [layerDesc] }));
  return {
    digest: digestOf(bytes),
    mediaType: MediaType.OciManifest,
    bytes,
    blobs: [
      { descriptor: configDesc, origin: { kind: 'bytes', bytes: config } },
      { descriptor: layerDesc, origin: { kind: 'bytes', bytes: layer } },
    ],
    children: [],
  };
}
