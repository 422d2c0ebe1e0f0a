import { Digest, digestOf } from './digest.js';
import { isNotFound } from './errors.js';
import { MANIFEST_MAX_BYTES } from './limits.js';
import { getManifest, putManifest } from './manifests.js';
import { MediaType, type Descriptor, type ImageIndex } from './mediatypes.js';
import type { Repository } from './reference.js';
import type { Transport } from './transport.js';

/** The referrers tag schema of OCI 1.1, for registries without the referrers API. */
export function fallbackTag(subject: Digest): string {
  return `${subject.algorithm}-${subject.hex}`;
}

/** What refers to `subject`: the referrers API if the registry has it, else the fallback tag's index. */
export async function listReferrers(t: Transport, repo: Repository, subject: Digest, artifactType?: string): Promise<Descriptor[]> {
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
  try {
    const res = await t.request({
      method: 'GET',
      registry: repo.registry,
      url: `/v2/${repo.path}/referrers/${subject}${query}`,
      scopes: [`repository:${repo.path}:pull`],
      ok: [200],
      what: `list referrers of ${repo}@${subject}`,
    });
    // The referrers list is an image index: bounded like any other.
    const index = JSON.parse((await res.buffer(MANIFEST_MAX_BYTES, `referrers list of ${repo}@${subject}`)).toString('utf8')) as ImageIndex;
    const filtered = res.headers['oci-filters-applied'] === 'artifactType';
    return (index.manifests ?? []).filter((d) => !artifactType || filtered || d.artifactType === artifactType);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  const index = await fallbackIndex(t, repo, subject);
  return (index?.manifests ?? []).filter((d) => !artifactType || d.artifactType === artifactType);
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
