import type { RegistryClient } from '../../registry/client.js';
import { Digest } from '../../registry/digest.js';
import { isNotFound } from '../../registry/errors.js';
import type { Manifest } from '../../registry/manifests.js';
import { isIndexType, MediaType, platformString, type Descriptor, type ImageIndex, type ImageManifest, type Platform } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';

/** One entry of the merged index, with the manifest it names as the source registry serves it. */
export interface Child {
  manifest: Manifest;
  descriptor: Descriptor;
  /** Absent for attestation manifests, which describe a platform manifest rather than being one. */
  platform?: Platform;
  /** The config's `created`, for the index's own creation time. */
  created?: string;
  /** The config's labels, for the `labels` output (those every platform shares). */
  labels?: Record<string, string>;
}

const ATTESTATION = 'attestation-manifest';

export const platformKey = (p: Platform): string => platformString(p) + (p['os.version'] ? `:${p['os.version']}` : '');

async function fetchChild(client: RegistryClient, repo: Repository, digest: string, what: string): Promise<Manifest> {
  try {
    return await client.getManifest(repo, Digest.parse(digest));
  } catch (e) {
    if (isNotFound(e)) throw new Error(`${what} ${digest} does not exist in ${repo}; nothing was written`, { cause: e });
    throw e;
  }
}

/** The platform an image's config names: never the descriptor's or the digest file's word for it. */
async function configPlatformOf(
  client: RegistryClient,
  repo: Repository,
  m: Manifest,
): Promise<{ platform: Platform; created?: string; labels: Record<string, string> }> {
  const config = (m.json as ImageManifest).config;
  if (!config) throw new Error(`${repo}@${m.digest} is not an image manifest (no config); merge joins images`);
  const c = await client.getJsonBlob<{
    os?: string;
    architecture?: string;
    variant?: string;
    'os.version'?: string;
    created?: unknown;
    config?: { Labels?: Record<string, string> | null };
  }>(repo, config);
  if (!c.os || !c.architecture) throw new Error(`${repo}@${m.digest}: its config names no os/architecture, so it has no platform to merge under`);
  const platform = {
    os: c.os,
    architecture: c.architecture,
    ...(c.variant ? { variant: c.variant } : {}),
    ...(c['os.version'] ? { 'os.version': c['os.version'] } : {}),
  };
  return { platform, labels: c.config?.Labels ?? {}, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}

async function imageChild(client: RegistryClient, repo: Repository, m: Manifest): Promise<Child> {
  const { platform, created, labels } = await configPlatformOf(client, repo, m);
  return { manifest: m, descriptor: entry(m, platform), platform, created, labels };
}

const entry = (m: Manifest, platform?: Platform): Descriptor => ({
  mediaType: m.mediaType,
  digest: m.digest.toString(),
  size: m.bytes.length,
  ...(platform ? { platform } : {}),
});

/**
 * Every child of the index to be: an image contributes itself; an index (buildx with attestations,
 * or an already multi-platform build) contributes its platform manifests and their attestation
 * manifests, as `docker buildx imagetools create` does.
 */
export async function readChildren(client: RegistryClient, repo: Repository, digests: Digest[]): Promise<Child[]> {
  const out: Child[] = [];
  for (const digest of digests) {
    const m = await fetchChild(client, repo, digest.toString(), 'input digest');
    if (!isIndexType(m.mediaType) && !('manifests' in m.json)) {
      out.push(await imageChild(client, repo, m));
      continue;
    }
    for (const d of (m.json as ImageIndex).manifests) {
      const child = await fetchChild(client, repo, d.digest, `${repo}@${m.digest} names child`);
      if (d.annotations?.['vnd.docker.reference.type'] === ATTESTATION) {
        out.push({
          manifest: child,
          descriptor: { ...entry(child), platform: d.platform ?? { os: 'unknown', architecture: 'unknown' }, annotations: d.annotations },
        });
        continue;
      }
      out.push(await imageChild(client, repo, child));
    }
  }
  return dedupe(out);
}

/** The same manifest named twice is one child; two manifests for one platform are a mistake. */
function dedupe(children: Child[]): Child[] {
  const byDigest = new Map<string, Child>();
  for (const c of children) byDigest.set(c.manifest.digest.toString(), c);
  const byPlatform = new Map<string, Child>();
  for (const c of byDigest.values()) {
    if (!c.platform) continue;
    const key = platformKey(c.platform);
    const other = byPlatform.get(key);
    if (other) throw new Error(`two children for platform ${key}: ${other.manifest.digest} and ${c.manifest.digest}; nothing was written`);
    byPlatform.set(key, c);
  }
  if (!byPlatform.size) throw new Error('no platform image among the inputs: nothing to merge, nothing was written');
  return [...byDigest.values()];
}

/** Sorted by platform, then digest: the same children give the same index in any input order. */
export function sortChildren(children: Child[]): Child[] {
  const key = (c: Child): string => (c.descriptor.platform ? platformKey(c.descriptor.platform) : '');
  return [...children].sort((a, b) => key(a).localeCompare(key(b)) || a.manifest.digest.toString().localeCompare(b.manifest.digest.toString()));
}

/** A Docker manifest list only when every child is a Docker manifest, as buildx chooses. */
export function indexMediaType(children: Child[]): string {
  return children.every((c) => c.manifest.mediaType === MediaType.DockerManifest) ? MediaType.DockerManifestList : MediaType.OciIndex;
}
