import type { Readable } from 'node:stream';
import { checkPushAccess, getBlob, mountBlob, statBlob } from './blobs.js';
import { Digest } from './digest.js';
import { TooLargeError } from './errors.js';
import { readBounded } from './http.js';
import { JSON_BLOB_MAX_BYTES } from './limits.js';
import { deleteManifest, getManifest, manifestExists, putManifest, resolveManifest, type Manifest, type ManifestHead } from './manifests.js';
import type { Descriptor, ImageIndex, ImageManifest } from './mediatypes.js';
import type { Reference, Registry, Repository } from './reference.js';
import { addToFallbackIndex, listReferrers, probeReferrersApi, referrerDescriptor, type ReferrersApi } from './referrers.js';
import { listTags, repositoryKnown } from './tags.js';
import { putBlob, type PutBlobOptions, type PutBlobResult } from './upload.js';
import { SinglePostSupport } from './single-post.js';
import { Transport, type TransportOptions } from './transport.js';

/**
 * The OCI Distribution API as pinship uses it. Every method names its repository explicitly, so one
 * client serves many registries with one token cache and one connection pool.
 */
export class RegistryClient {
  readonly transport: Transport;
  /** Which registries take a blob in one POST: asked once per registry, then remembered. */
  private readonly singlePost = new SinglePostSupport();

  constructor(options: TransportOptions | Transport = {}) {
    this.transport = options instanceof Transport ? options : new Transport(options);
  }

  close(): void {
    this.transport.close();
  }

  /** The round trip to this registry measured so far (ms), for sizing parallelism to the link. */
  roundTripMs(registry: Registry): number | undefined {
    return this.transport.roundTrips.of(registry.host);
  }

  resolve(ref: Reference): Promise<ManifestHead> {
    return resolveManifest(this.transport, ref.repository, ref.identifier());
  }

  getManifest(repo: Repository, identifier: string | Digest): Promise<Manifest> {
    return getManifest(this.transport, repo, identifier.toString());
  }

  manifestExists(repo: Repository, identifier: string | Digest): Promise<boolean> {
    return manifestExists(this.transport, repo, identifier.toString());
  }

  /**
   * Stores manifest bytes under a tag or their digest. A manifest with a `subject` is also recorded
   * in the fallback referrers index when the registry does not index subjects itself.
   */
  async putManifest(repo: Repository, identifier: string | Digest, bytes: Buffer, mediaType: string): Promise<Digest> {
    const result = await putManifest(this.transport, repo, identifier.toString(), bytes, mediaType);
    const json = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
    if (json.subject && !result.subjectIndexed) {
      const annotations = json.annotations;
      await addToFallbackIndex(
        this.transport,
        repo,
        Digest.parse(json.subject.digest),
        referrerDescriptor(bytes, mediaType, json.artifactType ?? ('config' in json ? json.config.mediaType : undefined), annotations),
      );
    }
    return result.digest;
  }

  deleteManifest(repo: Repository, digest: Digest): Promise<void> {
    return deleteManifest(this.transport, repo, digest);
  }

  statBlob(repo: Repository, digest: Digest): Promise<number | undefined> {
    return statBlob(this.transport, repo, digest);
  }

  getBlob(repo: Repository, digest: Digest, size?: number): Promise<Readable> {
    return getBlob(this.transport, repo, digest, size);
  }

  /**
   * A small JSON blob (an image config), read whole and verified against its digest. Bounded by
   * JSON_BLOB_MAX_BYTES whatever the descriptor claims: a descriptor comes from a registry too.
   */
  async getJsonBlob<T>(repo: Repository, descriptor: Descriptor): Promise<T> {
    const what = `blob ${repo}@${descriptor.digest} (${descriptor.mediaType})`;
    if (descriptor.size > JSON_BLOB_MAX_BYTES) throw new TooLargeError(what, JSON_BLOB_MAX_BYTES, `its descriptor gives ${descriptor.size} bytes`);
    const bytes = await readBounded(await this.getBlob(repo, Digest.parse(descriptor.digest), descriptor.size), JSON_BLOB_MAX_BYTES, what);
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      throw new Error(`${what} is not valid JSON`);
    }
  }

  putBlob(repo: Repository, open: () => Readable | Promise<Readable>, opts?: PutBlobOptions): Promise<PutBlobResult> {
    return putBlob(this.transport, repo, open, opts, this.singlePost);
  }

  /** Cross-repository mount on one registry; false when the registry declined (the caller uploads instead). */
  mountBlob(repo: Repository, digest: Digest, from: Repository): Promise<boolean> {
    return mountBlob(this.transport, repo, digest, from);
  }

  /** Fails, writing nothing, unless the credentials may push to `repo`. */
  checkPushAccess(repo: Repository): Promise<void> {
    return checkPushAccess(this.transport, repo);
  }

  /** False when the registry says it has no such repository, so nothing can be in it yet. */
  repositoryKnown(repo: Repository): Promise<boolean> {
    return repositoryKnown(this.transport, repo);
  }

  listTags(repo: Repository, pageSize?: number): Promise<string[]> {
    return listTags(this.transport, repo, pageSize);
  }

  listReferrers(repo: Repository, subject: Digest, artifactType?: string): Promise<Descriptor[]> {
    return listReferrers(this.transport, repo, subject, artifactType);
  }

  /** Whether the registry of `repo` implements the referrers API; `subject` must be in `repo`. */
  probeReferrersApi(repo: Repository, subject: Digest): Promise<ReferrersApi> {
    return probeReferrersApi(this.transport, repo, subject);
  }
}
