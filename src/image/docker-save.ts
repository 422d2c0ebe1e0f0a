import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Digest, digestOf } from '../registry/digest.js';
import { configPlatform, MediaType, platformString, type Descriptor } from '../registry/mediatypes.js';
import { JSON_BLOB_MAX_BYTES } from '../registry/limits.js';
import { engineDiffIds, openSavedImage } from './docker-engine.js';
import { reuseBaseLayer, type LayerReuse } from './base-layers.js';
import { readSaveStream, type SavedMember } from './save-stream.js';
import type { BlobSource, ManifestNode } from './model.js';

interface SaveManifest {
  Config: string;
  Layers: string[];
}

export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  rootfs?: { diff_ids?: string[] };
}

/** Hashes what flows through, for the uncompressed (diff ID) and compressed (blob) digests. */
function hashing(hash: ReturnType<typeof createHash>, counter?: { size: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      if (counter) counter.size += chunk.length;
      cb(null, chunk);
    },
  });
}

const CHUNK = 1 << 20;

/** Compresses one layer tar to a blob file, checking it is the layer the config names. */
async function compressLayer(tar: string, diffId: string, out: string): Promise<Descriptor> {
  const raw = createHash('sha256');
  const gz = createHash('sha256');
  const counter = { size: 0 };
  // Large chunks: every read, deflate step and write is one trip through libuv's four threads, which
  // the layers compressed side by side and the archive still being spooled share.
  await pipeline(
    createReadStream(tar, { highWaterMark: CHUNK }),
    hashing(raw),
    createGzip({ chunkSize: CHUNK }),
    hashing(gz, counter),
    createWriteStream(out, { highWaterMark: CHUNK }),
  );
  const actual = `sha256:${raw.digest('hex')}`;
  if (actual !== diffId) throw new Error(`docker save: layer ${tar} hashes to ${actual}, but the image config names ${diffId}`);
  return { mediaType: MediaType.DockerLayerGzip, digest: `sha256:${gz.digest('hex')}`, size: counter.size };
}

/** A member read whole as JSON, bounded as a registry's JSON blob is: the engine is as untrusted. */
async function readJson<T>(m: SavedMember, what: string): Promise<{ bytes: Buffer; json: T }> {
  if (m.size > JSON_BLOB_MAX_BYTES) throw new Error(`docker save: ${what} '${m.name}' is ${m.size} bytes, over pinship's limit of ${JSON_BLOB_MAX_BYTES}`);
  const bytes = await readFile(m.path);
  return { bytes, json: JSON.parse(bytes.toString('utf8')) as T };
}

/** What reading a saved image reports as it goes. */
export interface ReadImageOptions {
  /** Called as each phase ends (saveMs: the archive read whole), for a caller timing them. */
  lap?: (phase: string) => void;
  /**
   * Each layer blob as soon as it is ready (compressed, or a base layer checked), and the config:
   * a caller may start uploading it while later layers are still being read. A blob handed out here
   * may yet be left out of the image (its member turns out not to be the layer the config names):
   * then the run fails before any manifest is written.
   */
  onBlob?: (blob: BlobSource) => void;
}

/**
 * `docker save` of the built image, turned into a Docker v2 schema 2 manifest. The config blob is
 * kept byte for byte, so its digest stays the engine's image ID; layers already in a base image in
 * the registry are reused as they are, once their blob is shown to decompress to the built layer,
 * not compressed again under a new digest. The archive is read as the engine writes it, and each
 * member whose digest the engine lists as a diff ID is compressed as soon as it is in, while the
 * rest arrives; the config and manifest.json, which come last, then decide which layer is which.
 */
export async function readDockerImage(imageId: string, workDir: string, reuse: LayerReuse, opts: ReadImageOptions = {}): Promise<ManifestNode> {
  const hint = engineDiffIds(imageId);
  const jobs = new LayerJobs(workDir, reuse, opts.onBlob);
  const early = (m: SavedMember): void => {
    void hint.then((ids) => {
      if (ids?.includes(m.digest)) void jobs.start(m, m.digest);
    });
  };
  try {
    const archive = await readSaveStream(await openSavedImage(imageId, join(workDir, 'saved.tar')), join(workDir, 'saved'), early);
    opts.lap?.('saveMs');
    const [entry] = (await readJson<SaveManifest[]>(archive.member('manifest.json'), 'manifest')).json;
    if (!entry) throw new Error(`docker save of ${imageId} wrote no manifest.json entry`);
    const { bytes: configBytes, json: config } = await readJson<ImageConfig>(archive.member(entry.Config), 'config');
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length)
      throw new Error(`docker save of ${imageId}: ${entry.Layers.length} layers but ${diffIds.length} diff IDs in the config`);
    const configDesc: Descriptor = { mediaType: MediaType.DockerConfig, size: configBytes.length, digest: digestOf(configBytes).toString() };
    const configBlob: BlobSource = { descriptor: configDesc, origin: { kind: 'bytes', bytes: configBytes } };
    opts.onBlob?.(configBlob);
    const layers = await Promise.all(
      entry.Layers.map((name, i) => {
        const m = archive.member(name);
        if (m.digest !== diffIds[i]) throw new Error(`docker save: layer ${name} hashes to ${m.digest}, but the image config names ${diffIds[i]}`);
        return jobs.start(m, diffIds[i]);
      }),
    );
    return imageNode(configBlob, config, layers);
  } finally {
    // Every early start has been made once the hint is in; none is left running after a failure.
    await hint;
    jobs.close();
    await jobs.settled();
  }
}

function imageNode(configBlob: BlobSource, config: ImageConfig, layers: BlobSource[]): ManifestNode {
  const configDesc = configBlob.descriptor;
  const manifest = { schemaVersion: 2, mediaType: MediaType.DockerManifest, config: configDesc, layers: layers.map((l) => l.descriptor) };
  const bytes = Buffer.from(JSON.stringify(manifest, null, 3));
  const node: ManifestNode = {
    digest: digestOf(bytes),
    mediaType: MediaType.DockerManifest,
    bytes,
    blobs: [configBlob, ...layers],
    children: [],
    configDigest: Digest.parse(configDesc.digest),
  };
  const platform = configPlatform(config);
  if (platform) node.platform = platformString(platform);
  return node;
}

/**
 * Layers compressed (or base layers checked) at once: one per core, at most four. More only split the
 * cores, so the largest layer, the one every upload then waits for, finished later (on 2 cores with
 * four at once its 8 MiB took 530 ms instead of ~250).
 */
const LAYER_JOBS = Math.min(4, Math.max(2, availableParallelism()));

/** One job per diff ID: a layer the archive holds twice (a link) is compressed once. */
class LayerJobs {
  private readonly jobs = new Map<string, Promise<BlobSource>>();
  private readonly queue: Array<{ size: number; go: () => void }> = [];
  private running = 0;
  private closed = false;

  constructor(
    private readonly workDir: string,
    private readonly reuse: LayerReuse,
    private readonly onBlob?: (blob: BlobSource) => void,
  ) {}

  start(m: SavedMember, diffId: string): Promise<BlobSource> {
    const known = this.jobs.get(diffId);
    if (known) return known;
    if (this.closed) return Promise.reject(new Error(`docker save: layer ${m.name} started after the image was read`));
    const job = this.slot(m.size).then(async () => {
      try {
        if (this.closed) throw new Error(`docker save: the image read stopped before layer ${m.name} was compressed`);
        const blob = (await reuseBaseLayer(this.reuse, diffId, m.size)) ?? (await this.compress(m, diffId));
        this.onBlob?.(blob);
        return blob;
      } finally {
        this.release();
      }
    });
    job.catch(() => undefined);
    this.jobs.set(diffId, job);
    return job;
  }

  private async compress(m: SavedMember, diffId: string): Promise<BlobSource> {
    const out = join(this.workDir, `layer-${diffId.replace(/^sha256:/, '')}.tar.gz`);
    return { descriptor: await compressLayer(m.path, diffId, out), origin: { kind: 'file', path: out } };
  }

  /** Largest waiting layer first: the last upload to finish is the largest layer's, so it should start first. */
  private slot(size: number): Promise<void> {
    if (this.running < LAYER_JOBS) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((go) => this.queue.push({ size, go }));
  }

  private release(): void {
    const largest = this.queue.reduce((best, w, i) => (w.size > this.queue[best].size ? i : best), 0);
    const next = this.queue.splice(largest, 1)[0];
    if (next) next.go();
    else this.running--;
  }

  /** No job starts after this; those queued fail without compressing. */
  close(): void {
    this.closed = true;
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.jobs.values());
  }
}
