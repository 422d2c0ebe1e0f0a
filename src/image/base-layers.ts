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

/** What a base blob decompresses to, or why that is not known. */
type BlobFacts = { diffId: string; size: number } | { why: string; over?: number };

/** A check of a base blob started before the built layer is known: its cap tightens to the layer's size once it is. */
interface EarlyCheck {
  cap: { bytes: number };
  facts: Promise<BlobFacts>;
}

/** diff ID → the compressed blob a registry already holds for it, and where (with its check, if started early). */
export type BaseLayers = Map<string, { descriptor: Descriptor; repository: Repository; check?: EarlyCheck }>;

/**
 * What an early check reads at most before the built layer's size is known: gzip shrinks real layers
 * 2-10 times; a blob that inflates further is read on only when the built layer turns out that large.
 */
const EARLY_RATIO = 64;

interface Stage {
  /** The FROM operand, args expanded. */
  image: string;
  /** Its `AS` name, lower case. */
  name?: string;
  /** Whether `image` names an earlier stage rather than an image. */
  fromStage: boolean;
}

/** The FROM lines of a Dockerfile, with `${ARG}` defaults and build-args applied. */
function stages(dockerfile: string, buildArgs: Record<string, string>): Stage[] {
  const args: Record<string, string> = {};
  const out: Stage[] = [];
  const expand = (s: string): string => s.replace(/\$\{?(\w+)\}?/g, (_, n: string) => buildArgs[n] ?? args[n] ?? '');
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const arg = /^\s*ARG\s+(\w+)(?:=(\S*))?/i.exec(line);
    if (arg && !out.length) args[arg[1]] = (arg[2] ?? '').replace(/^"(.*)"$/, '$1');
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = expand(from[1]);
    out.push({ image, name: from[2]?.toLowerCase(), fromStage: out.some((st) => st.name === image.toLowerCase()) });
  }
  return out;
}

/** What a build's Dockerfile builds FROM, read once: base-layer reuse, buildah's insecure hosts and provenance all need it. */
export interface DockerfileBases {
  /** The images the stages start from, `${ARG}` defaults and build-args applied; stage names and `scratch` are not images. */
  images: string[];
  /**
   * The image the built stage (`target`, else the last) starts from, following stages built on
   * stages; undefined for `scratch` or a target the file does not name. Its layers are the ones the
   * built image carries.
   */
  final: string | undefined;
}

export function dockerfileBases(dockerfile: string, buildArgs: Record<string, string>, target = ''): DockerfileBases {
  const all = stages(dockerfile, buildArgs);
  const images = [...new Set(all.filter((st) => !st.fromStage && st.image !== 'scratch').map((st) => st.image))];
  let i = target ? all.findIndex((st) => st.name === target.toLowerCase()) : all.length - 1;
  for (let hops = 0; i >= 0 && all[i].fromStage && hops < all.length; hops++) {
    const name = all[i].image.toLowerCase();
    i = all.slice(0, i).findLastIndex((st) => st.name === name);
  }
  return { images, final: i >= 0 && !all[i].fromStage && all[i].image !== 'scratch' ? all[i].image : undefined };
}

/** The bases of the Dockerfile at `path`; one that cannot be read has none here (the builder reports it). */
export async function readDockerfileBases(path: string, buildArgs: Record<string, string>, target = ''): Promise<DockerfileBases> {
  try {
    return dockerfileBases(await readFile(path, 'utf8'), buildArgs, target);
  } catch {
    return { images: [], final: undefined };
  }
}

async function layersOf(client: RegistryClient, ref: Reference, platform: string, into: BaseLayers): Promise<string[]> {
  const repo = ref.repository;
  let manifest = await client.getManifest(repo, ref.identifier());
  if (isIndexType(manifest.mediaType) || 'manifests' in manifest.json) {
    const child = (manifest.json as ImageIndex).manifests.find((d) => d.platform && platformString(d.platform) === platform);
    if (!child) return [];
    manifest = await client.getManifest(repo, child.digest);
  }
  const m = manifest.json as ImageManifest;
  const diffIds = (await client.getJsonBlob<{ rootfs?: { diff_ids?: string[] } }>(repo, m.config)).rootfs?.diff_ids ?? [];
  const added: string[] = [];
  m.layers.forEach((layer, i) => {
    const diffId = diffIds[i];
    if (diffId && !into.has(diffId)) into.set(diffId, { descriptor: layer, repository: repo });
    if (diffId) added.push(diffId);
  });
  return added;
}

/**
 * Looks up the base images' layers in their registries. Best effort: a base that cannot be read
 * (Docker Hub rate limits, no credentials) only means its layers get compressed and uploaded.
 * With `early`, the layers of the image the built stage starts from (the ones the built image
 * carries) start being checked right away, two at a time, while the builder works: the check is
 * the same (see reuseBaseLayer), it only no longer waits for the build. Other stages' bases are
 * checked only if a built layer turns out to be theirs.
 */
export async function findBaseLayers(
  client: RegistryClient,
  bases: DockerfileBases,
  platform: string,
  log: (m: string) => void,
  early = false,
): Promise<BaseLayers> {
  const found: BaseLayers = new Map();
  for (const image of bases.images) {
    try {
      const added = await layersOf(client, Reference.parse(image, { defaultTag: true }), platform, found);
      if (early && image === bases.final) startChecks(client, found, added);
    } catch (e) {
      log(`base image ${image}: layers not reused (${(e as Error).message})`);
    }
  }
  return found;
}

/** Starts the early checks of these layers, in two lanes: at most two blobs read at once. */
function startChecks(client: RegistryClient, layers: BaseLayers, diffIds: string[]): void {
  const lanes: Array<Promise<unknown>> = [Promise.resolve(), Promise.resolve()];
  diffIds.forEach((diffId, i) => {
    const known = layers.get(diffId);
    if (!known || known.check) return;
    const cap = { bytes: known.descriptor.size * EARLY_RATIO + (1 << 20) };
    const facts = lanes[i % 2].then(() => blobFacts(client, known, cap));
    lanes[i % 2] = facts;
    known.check = { cap, facts };
  });
}

/** The base layers found, and what is needed to check one before it stands in for a built layer. */
export interface LayerReuse {
  layers: BaseLayers;
  client: RegistryClient;
  log: (message: string) => void;
}

/**
 * What the registry's blob decompresses to: diff ID and size. Reading stops as soon as it outgrows
 * `cap` (read on every chunk, so a cap tightened meanwhile applies at once). Never rejects.
 */
async function blobFacts(client: RegistryClient, known: { descriptor: Descriptor; repository: Repository }, cap: { bytes: number }): Promise<BlobFacts> {
  const type = known.descriptor.mediaType;
  const gzip = type === MediaType.DockerLayerGzip || type === MediaType.OciLayerGzip;
  if (!gzip && type !== MediaType.OciLayer) return { why: `its media type ${type} is not one pinship can check` };
  const hash = createHash('sha256');
  let size = 0;
  let over: number | undefined;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > cap.bytes) {
        over = cap.bytes;
        return cb(new Error(`it decompresses to more than ${cap.bytes} bytes`));
      }
      hash.update(chunk);
      cb();
    },
  });
  try {
    const blob = await client.getBlob(known.repository, Digest.parse(known.descriptor.digest), known.descriptor.size);
    await (gzip ? pipeline(blob, createGunzip(), sink) : pipeline(blob, sink));
  } catch (e) {
    return over === undefined ? { why: `reading it failed (${(e as Error).message})` } : { why: (e as Error).message, over };
  }
  return { diffId: `sha256:${hash.digest('hex')}`, size };
}

/** The facts for the built layer: the early check's, its cap tightened to the layer, else a check now. */
async function factsFor(
  reuse: LayerReuse,
  known: { descriptor: Descriptor; repository: Repository; check?: EarlyCheck },
  layerSize: number,
): Promise<BlobFacts> {
  if (known.check) {
    known.check.cap.bytes = Math.min(known.check.cap.bytes, layerSize);
    const early = await known.check.facts;
    // Stopped at a cap below the built layer's size: that says nothing yet, so read it again.
    if (!('over' in early) || early.over === undefined || early.over >= layerSize) return early;
  }
  return blobFacts(reuse.client, known, { bytes: layerSize });
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
  const facts = diffId.startsWith('sha256:') ? await factsFor(reuse, known, layerSize) : { why: 'the diff ID is not a sha256 digest' };
  let why: string | undefined;
  if ('why' in facts) why = facts.over === undefined ? facts.why : `it decompresses to more than the built layer's ${layerSize} bytes`;
  else if (facts.diffId !== diffId || facts.size !== layerSize) why = `it decompresses to ${facts.diffId} (${facts.size} bytes)`;
  if (!why) return { descriptor: known.descriptor, origin: { kind: 'remote', repository: known.repository } };
  reuse.log(
    `base layer ${known.descriptor.digest} in ${known.repository} not reused: its image config names ${diffId}, but ${why}; compressing the built layer instead`,
  );
  return undefined;
}
