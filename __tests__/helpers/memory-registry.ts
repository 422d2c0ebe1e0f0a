import { Readable } from 'node:stream';
import type { RegistryClient } from '../../src/registry/client.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { RegistryError } from '../../src/registry/errors.js';
import type { ManifestHead } from '../../src/registry/manifests.js';
import type { Descriptor, ImageManifest } from '../../src/registry/mediatypes.js';
import type { Reference, Repository } from '../../src/registry/reference.js';
import type { ReferrersApi } from '../../src/registry/referrers.js';

/**
 * An OCI registry in memory, for the fast unit tests the mutation run uses (each mutant reruns them): the
 * RegistryClient calls that the signature checks and publish make, answered as distribution does (404 for what
 * is not there, a manifest by digest or tag, referrers by `subject`, mounts only from a repository holding the
 * blob). The same paths run against the real registries in the *.e2e tests; this stands in only for speed.
 */
export class MemoryRegistry {
  private readonly manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
  private readonly tags = new Map<string, string>();
  private readonly blobs = new Map<string, Buffer>();
  /** Every write, in order: `manifest <repo>:<tag>` / `manifest <repo>@<digest>` / `blob <repo>@<digest>`. */
  readonly writes: string[] = [];
  referrersApi = false;
  /**
   * Fails a manifest PUT when it returns an error for it (repository and tag or digest as written), a turn of the
   * event loop later: a slow refusal, after every other write already under way has gone through.
   */
  failPut: (repo: Repository, identifier: string) => Error | undefined = () => undefined;
  /** Fails a manifest GET when it returns an error for it, as a registry answering 500 or 401 would. */
  failGet: (repo: Repository, identifier: string) => Error | undefined = () => undefined;
  /** Referrers a fallback index still lists after their manifest was deleted (distribution without the API). */
  private readonly stale: Array<{ repo: string; subject: string; descriptor: Descriptor }> = [];
  /** Push-access checks asked for. */
  accessChecks = 0;
  /** What a tag resolves to instead of what it names, as a registry with another writer would answer. */
  moved = new Map<string, Digest>();

  /** The client calls, typed as the client pinship passes around. */
  get client(): RegistryClient {
    return this as unknown as RegistryClient;
  }

  /** In memory there is no link to measure. */
  roundTripMs(): number | undefined {
    return undefined;
  }

  private notFound(what: string): RegistryError {
    return new RegistryError('GET', `memory://${what}`, 404, [{ code: 'MANIFEST_UNKNOWN', message: 'not found' }], `get ${what}`);
  }

  private digestOfRef(repo: Repository, identifier: string): string | undefined {
    if (Digest.isDigest(identifier)) return this.manifests.has(`${repo}@${identifier}`) ? identifier : undefined;
    return this.tags.get(`${repo}:${identifier}`);
  }

  tagsOf(repo: Repository): string[] {
    return [...this.tags.keys()].filter((k) => k.startsWith(`${repo}:`)).map((k) => k.slice(`${repo}:`.length));
  }

  /** As distribution answers a tag list: a repository exists once a manifest or blob was written to it. */
  async repositoryKnown(repo: Repository): Promise<boolean> {
    const prefixes = [`${repo}:`, `${repo}@`];
    return [...this.tags.keys(), ...this.manifests.keys(), ...this.blobs.keys()].some((k) => prefixes.some((p) => k.startsWith(p)));
  }

  async checkPushAccess(): Promise<void> {
    this.accessChecks++;
  }

  async manifestExists(repo: Repository, identifier: string | Digest): Promise<boolean> {
    // A registry failing GETs of a manifest fails its HEADs too.
    const failure = this.failGet(repo, identifier.toString());
    if (failure) throw failure;
    return this.digestOfRef(repo, identifier.toString()) !== undefined;
  }

  async putManifest(repo: Repository, identifier: string | Digest, bytes: Buffer, mediaType: string): Promise<Digest> {
    const id = identifier.toString();
    const failure = this.failPut(repo, id);
    if (failure) {
      await new Promise((r) => setTimeout(r, 5));
      throw failure;
    }
    const digest = digestOf(bytes);
    if (Digest.isDigest(id) && id !== digest.toString()) throw new Error(`manifest ${repo}@${id} does not hash to it`);
    this.manifests.set(`${repo}@${digest}`, { bytes, mediaType });
    if (!Digest.isDigest(id)) this.tags.set(`${repo}:${id}`, digest.toString());
    this.writes.push(`manifest ${repo}${Digest.isDigest(id) ? '@' : ':'}${id}`);
    return digest;
  }

  async getManifest(repo: Repository, identifier: string | Digest) {
    const failure = this.failGet(repo, identifier.toString());
    if (failure) throw failure;
    const digest = this.digestOfRef(repo, identifier.toString());
    if (!digest) throw this.notFound(`${repo}:${identifier}`);
    const { bytes, mediaType } = this.manifests.get(`${repo}@${digest}`)!;
    return { digest: Digest.parse(digest), mediaType, bytes, json: JSON.parse(bytes.toString('utf8')) as ImageManifest };
  }

  async resolve(ref: Reference): Promise<ManifestHead> {
    const moved = this.moved.get(ref.toString());
    if (moved) return { digest: moved, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 1 };
    const m = await this.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
  }

  /** Deletes a manifest by digest, and the tags naming it as distribution does; a referrer stays listed, as pinship's fallback index keeps it. */
  async deleteManifest(repo: Repository, digest: Digest): Promise<void> {
    const [listed] = (await this.listAll(repo)).filter((r) => r.descriptor.digest === digest.toString());
    if (listed) this.stale.push({ repo: repo.toString(), ...listed });
    this.manifests.delete(`${repo}@${digest}`);
    for (const [tag, named] of this.tags) if (tag.startsWith(`${repo}:`) && named === digest.toString()) this.tags.delete(tag);
  }

  async listReferrers(repo: Repository, subject: Digest, artifactType?: string): Promise<Descriptor[]> {
    const all = [...(await this.listAll(repo)), ...this.stale.filter((s) => s.repo === repo.toString())];
    return all.filter((r) => r.subject === subject.toString() && (!artifactType || r.descriptor.artifactType === artifactType)).map((r) => r.descriptor);
  }

  private async listAll(repo: Repository): Promise<Array<{ subject: string; descriptor: Descriptor }>> {
    const out: Array<{ subject: string; descriptor: Descriptor }> = [];
    for (const [key, { bytes, mediaType }] of this.manifests) {
      if (!key.startsWith(`${repo}@`)) continue;
      const json = JSON.parse(bytes.toString('utf8')) as ImageManifest;
      const type = json.artifactType ?? json.config?.mediaType;
      if (!json.subject) continue;
      const descriptor = { mediaType, digest: key.slice(`${repo}@`.length), size: bytes.length, ...(type ? { artifactType: type } : {}) };
      out.push({ subject: json.subject.digest, descriptor });
    }
    return out;
  }

  async probeReferrersApi(): Promise<ReferrersApi> {
    return this.referrersApi ? { api: true } : { api: false, why: 'HTTP 404' };
  }

  async statBlob(repo: Repository, digest: Digest): Promise<number | undefined> {
    return this.blobs.get(`${repo}@${digest}`)?.length;
  }

  async getBlob(repo: Repository, digest: Digest): Promise<Readable> {
    const bytes = this.blobs.get(`${repo}@${digest}`);
    if (!bytes) throw this.notFound(`${repo}@${digest}`);
    return Readable.from([bytes]);
  }

  async putBlob(
    repo: Repository,
    open: () => Readable | Promise<Readable>,
    opts: { digest?: Digest; size?: number; present?: Promise<boolean> } = {},
  ): Promise<{ digest: Digest; size: number; mounted: boolean; present?: boolean }> {
    // As the real client: a blob found by the check beside the session is not sent.
    if (opts.digest && opts.present && (await opts.present.catch(() => false)))
      return { digest: opts.digest, size: opts.size ?? 0, mounted: false, present: true };
    const parts: Buffer[] = [];
    for await (const c of await open()) parts.push(c as Buffer);
    const bytes = Buffer.concat(parts);
    const digest = digestOf(bytes);
    this.blobs.set(`${repo}@${digest}`, bytes);
    this.writes.push(`blob ${repo}@${digest}`);
    return { digest, size: bytes.length, mounted: false };
  }

  async mountBlob(repo: Repository, digest: Digest, from: Repository): Promise<boolean> {
    const bytes = this.blobs.get(`${from}@${digest}`);
    if (!bytes) return false;
    this.blobs.set(`${repo}@${digest}`, bytes);
    this.writes.push(`blob ${repo}@${digest}`);
    return true;
  }

  /** Stores a blob as a test fixture (not counted as a write). */
  seedBlob(repo: Repository, bytes: Buffer): Digest {
    const digest = digestOf(bytes);
    this.blobs.set(`${repo}@${digest}`, bytes);
    return digest;
  }

  close(): void {}
}
