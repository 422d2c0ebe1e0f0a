import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { RegistryClient } from '../registry/client.js';
import { Digest } from '../registry/digest.js';
import { isIndexType, MediaType, platformString, type Descriptor, type ImageIndex, type ImageManifest } from '../registry/mediatypes.js';
import { Reference, type Repository } from '../registry/reference.js';
import type { BlobSource } from './model.js';

/** diff ID → the compressed blob a registry already holds for it, and where. */
export type BaseLayers = Map<string, { descriptor: Descriptor; repository: Repository }>;

/**
 * The images a Dockerfile builds FROM, with `${ARG}` defaults and build-args applied. Stage
 * names and `scratch` are not images.
 */
export function baseImages(dockerfile: string, buildArgs: Record<string, string>): string[] {
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const out: string[] = [];
  const expand = (s: string): string => s.replace(/\$\{?(\w+)\}?/g, (_, n: string) => buildArgs[n] ?? args[n] ?? '');
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const arg = /^\s*ARG\s+(\w+)(?:=(\S*))?/i.exec(line);
    if (arg && !out.length) args[arg[1]] = (arg[2] ?? '').replace(/^"(.*)"$/, '$1');
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = expand(from[1]);
    if (image !== 'scratch' && !stages.has(image.toLowerCase())) out.push(image);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return [...new Set(out)];
}

async function layersOf(client: RegistryClient, ref: Reference, platform: string, into: BaseLayers): Promise<void> {
  const repo = ref.repository;
  let manifest = await client.getManifest(repo, ref.identifier());
  if (isIndexType(manifest.mediaType) || 'manifests' in manifest.json) {
    const child = (manifest.json as ImageIndex).manifests.find((d) => d.platform && platformString(d.platform) === platform);
    if (!child) return;
    manifest = await client.getManifest(repo, child.digest);
  }
  const m = manifest.json as ImageManifest;
  const diffIds = (await client.getJsonBlob<{ rootfs?: { diff_ids?: string[] } }>(repo, m.config)).rootfs?.diff_ids ?? [];
  m.layers.forEach((layer, i) => {
    const diffId = diffIds[i];
    if (diffId && !into.has(diffId)) into.set(diffId, { descriptor: layer, repository: repo });
  });
}

/**
 * Looks up the base images' layers in their registries. Best effort: a base that cannot be read
 * (Docker Hub rate limits, no credentials) only means its layers get compressed and uploaded.
 */
export async function findBaseLayers(
  client: RegistryClient,
  dockerfilePath: string,
  buildArgs: Record<string, string>,
  platform: string,
  log: (m: string) => void,
): Promise<BaseLayers> {
  const found: BaseLayers = new Map();
  let text: string;
  try {
    text = await readFile(dockerfilePath, 'utf8');
  } catch {
    return found;
  }
  for (const image of baseImages(text, buildArgs)) {
    try {
      await layersOf(client, Reference.parse(image, { defaultTag: true }), platform, found);
    } catch (e) {
      log(`base image ${image}: layers not reused (${(e as Error).message})`);
    }
  }
  return found;
}

/** The base layers found, and what is needed to check one before it stands in for a built layer. */
export interface LayerReuse {
  layers: BaseLayers;
  client: RegistryClient;
  log: (message: string) => void;
}

/**
 * Why the registry's blob cannot stand in for the built layer, or undefined when it decompresses
 * to exactly the layer `diffId` names. Reading stops as soon as it outgrows the built layer.
 */
async function mismatch(
  client: RegistryClient,
  known: { descriptor: Descriptor; repository: Repository },
  diffId: string,
  layerSize: number,
): Promise<string | undefined> {
  const type = known.descriptor.mediaType;
  const gzip = type === MediaType.DockerLayerGzip || type === MediaType.OciLayerGzip;
  if (!gzip && type !== MediaType.OciLayer) return `its media type ${type} is not one pinship can check`;
  if (!diffId.startsWith('sha256:')) return `the diff ID is not a sha256 digest`;
  const hash = createHash('sha256');
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > layerSize) return cb(new Error(`it decompresses to more than the built layer's ${layerSize} bytes`));
      hash.update(chunk);
      cb();
    },
  });
  const blob = await client.getBlob(known.repository, Digest.parse(known.descriptor.digest), known.descriptor.size);
  await (gzip ? pipeline(blob, createGunzip(), sink) : pipeline(blob, sink));
  const actual = `sha256:${hash.digest('hex')}`;
  return actual === diffId && size === layerSize ? undefined : `it decompresses to ${actual} (${size} bytes)`;
}

/**
 * A base image's blob for a built layer, once checked: the base registry's config only claims
 * which diff ID a blob has, so the blob is streamed through gunzip and sha256 (cheaper than
 * compressing and uploading the layer) and must come out as the very layer that was built.
 * Undefined, with a log line, when it does not: the caller compresses the built layer itself.
 */
export async function reuseBaseLayer(reuse: LayerReuse, diffId: string, layerSize: number): Promise<BlobSource | undefined> {
  const known = reuse.layers.get(diffId);
  if (!known) return undefined;
  const why = await mismatch(reuse.client, known, diffId, layerSize).catch((e: unknown) => `reading it failed (${(e as Error).message})`);
  if (!why) return { descriptor: known.descriptor, origin: { kind: 'remote', repository: known.repository } };
  reuse.log(
    `base layer ${known.descriptor.digest} in ${known.repository} not reused: its image config names ${diffId}, but ${why}; compressing the built layer instead`,
  );
  return undefined;
}
