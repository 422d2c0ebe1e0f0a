import { Digest, digestOf } from './digest.js';
import { isNotFound, RegistryError } from './errors.js';
import { MANIFEST_MAX_BYTES } from './limits.js';
import { getManifest, manifestExists, putManifest } from './manifests.js';
import { MediaType, type Descriptor, type ImageIndex } from './mediatypes.js';
import type { Repository } from './reference.js';
import type { RegistryResponse, Transport } from './transport.js';

/** The referrers tag schema of OCI 1.1, for registries without the referrers API. */
export function fallbackTag(subject: Digest): string {
  return `${subject.algorithm}-${subject.hex}`;
}

function referrersRequest(t: Transport, repo: Repository, subject: Digest, query: string, what: string): Promise<RegistryResponse> {
  return t.request({
    method: 'GET',
    registry: repo.registry,
    url: `/v2/${repo.path}/referrers/${subject}${query}`,
    scopes: [`repository:${repo.path}:pull`],
    ok: [200],
    what,
  });
}

/** The referrers list is an image index, bounded like any other; undefined when the body is not one. */
async function readIndex(res: RegistryResponse, what: string): Promise<Descriptor[] | undefined> {
  const bytes = await res.buffer(MANIFEST_MAX_BYTES, what);
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Partial<ImageIndex> | null;
    return Array.isArray(parsed?.manifests) ? parsed.manifests : undefined;
  } catch {
    return undefined;
  }
}

/** What refers to `subject`: the referrers API if the registry has it, else the fallback tag's index. */
export async function listReferrers(t: Transport, repo: Repository, subject: Digest, artifactType?: string): Promise<Descriptor[]> {
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
  // Whether the fallback tag exists, asked beside the API (a HEAD: not counted as a pull where pulls
  // are limited): a registry without the API costs one round trip per subject, not two.
  const fallbackThere = manifestExists(t, repo, fallbackTag(subject));
  fallbackThere.catch(() => undefined);
  try {
    const res = await referrersRequest(t, repo, subject, query, `list referrers of ${repo}@${subject}`);
    const listed = await readIndex(res, `referrers list of ${repo}@${subject}`);
    if (!listed) throw new Error(`the referrers list of ${repo}@${subject} is not an image index`);
    const filtered = res.headers['oci-filters-applied'] === 'artifactType';
    return listed.filter((d) => !artifactType || filtered || d.artifactType === artifactType);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (!(await fallbackThere)) return [];
  const index = await fallbackIndex(t, repo, subject);
  return (index?.manifests ?? []).filter((d) => !artifactType || d.artifactType === artifactType);
}

export type ReferrersApi = { api: true } | { api: false; why: string };

/**
 * Whether the registry implements the OCI 1.1 referrers API, asked for a `subject` that is in
 * `repo` already (a registry with the API may still answer 404 for a repository it does not know
 * yet). An image index means yes; a client error (404 from distribution 2.x, whose router has no
 * such route) means no. A server error, or a 429 retried to the end, is not an answer: it throws.
 */
export async function probeReferrersApi(t: Transport, repo: Repository, subject: Digest): Promise<ReferrersApi> {
  let res: RegistryResponse;
  try {
    res = await referrersRequest(t, repo, subject, '', `ask ${repo.registry} for its referrers API`);
  } catch (e) {
    if (e instanceof RegistryError && e.status >= 400 && e.status < 500 && e.status !== 429) return { api: false, why: `HTTP ${e.status}` };
    throw e;
  }
  const listed = await readIndex(res, `referrers list of ${repo}@${subject}`);
  return listed ? { api: true } : { api: false, why: 'HTTP 200 without an image index' };
}

async function fallbackIndex(t: Transport, repo: Repository, subject: Digest): Promise<ImageIndex | undefined> {
  try {
    const m = await getManifest(t, repo, fallbackTag(subject));
    return 'manifests' in m.json ? m.json : undefined;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/**
 * Records a pushed referrer where the registry does not: a registry that handles `subject` says so
 * with the OCI-Subject header on the manifest PUT; otherwise the fallback tag's index is updated.
 */
export async function addToFallbackIndex(t: Transport, repo: Repository, subject: Digest, referrer: Descriptor): Promise<void> {
  const current = await fallbackIndex(t, repo, subject);
  const manifests = (current?.manifests ?? []).filter((d) => d.digest !== referrer.digest);
  manifests.push(referrer);
  const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests };
  const bytes = Buffer.from(JSON.stringify(index));
  await putManifest(t, repo, fallbackTag(subject), bytes, MediaType.OciIndex);
}

/** The descriptor a referrers index lists for a manifest. */
export function referrerDescriptor(bytes: Buffer, mediaType: string, artifactType: string | undefined, annotations?: Record<string, string>): Descriptor {
  const d: Descriptor = { mediaType, digest: digestOf(bytes).toString(), size: bytes.length };
  if (artifactType) d.artifactType = artifactType;
  if (annotations && Object.keys(annotations).length) d.annotations = annotations;
  return d;
}
