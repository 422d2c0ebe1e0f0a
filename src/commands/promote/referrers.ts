import type { RegistryClient } from '../../registry/client.js';
import { Digest } from '../../registry/digest.js';
import type { Manifest } from '../../registry/manifests.js';
import { isNotFound } from '../../registry/errors.js';
import type { Descriptor } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import { mapLimit } from '../../util/pool.js';
import { cosignTag } from '../../signing/signature.js';
import { loadTree, type CopyPlan, type ManifestNode } from './plan.js';

/** Tags cosign uses for what it attaches to an image, where the referrers API is not used. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'] as const;

/** Referrer lists asked for at once: one level of subjects costs a round trip or two, not that per subject. */
const LISTS_IN_FLIGHT = 8;

/**
 * Adds to the plan what refers to `subjects` in the source repository, then what refers to those,
 * and so on: the referrers API (or its fallback tag) and cosign's `sha256-<hex>.sig` style tags.
 * One level at a time, its subjects asked together; the tag list is read beside the first level.
 */
export async function addReferrers(
  client: RegistryClient,
  repo: Repository,
  subjects: Digest[],
  plan: CopyPlan,
  log: (msg: string) => void,
  early?: ReferrerLookups,
): Promise<void> {
  if (!subjects.length) return;
  // One tag listing answers every cosign lookup: cheaper than three HEADs per manifest.
  const listing = early?.tags ?? quiet(listTagsOrNone(client, repo));
  const visited = new Set<string>();
  let level = subjects;
  while (level.length) {
    level = [...new Map(level.filter((s) => !visited.has(s.toString())).map((s) => [s.toString(), s])).values()];
    for (const s of level) visited.add(s.toString());
    const lists = await mapLimit(level, LISTS_IN_FLIGHT, (s) => early?.lists.get(s.toString()) ?? client.listReferrers(repo, s));
    const tags = new Set(await listing);
    const next: Digest[] = [];
    // Loads a referrer (with its children, if an index) and queues each new manifest as a subject.
    const take = async (identifier: string | Digest): Promise<ManifestNode> => {
      const before = plan.manifests.length;
      const node = await loadTree(client, repo, identifier, plan);
      for (const n of plan.manifests.slice(before)) {
        plan.referrers.add(n.digest.toString());
        next.push(n.digest);
      }
      return node;
    };
    for (const [i, subject] of level.entries()) {
      await takeListed(lists[i], subject, take, plan, repo, log);
      for (const suffix of COSIGN_SUFFIXES) {
        const tag = cosignTag(subject, suffix);
        if (!tags.has(tag)) continue;
        const node = await take(tag);
        plan.tags.push({ tag, node });
        log(`cosign tag ${tag} (${node.digest}) of ${subject}`);
      }
    }
    level = next;
  }
}

async function takeListed(
  listed: Descriptor[],
  subject: Digest,
  take: (identifier: string) => Promise<ManifestNode>,
  plan: CopyPlan,
  repo: Repository,
  log: (msg: string) => void,
): Promise<void> {
  for (const d of listed) {
    if (plan.nodes.has(d.digest)) continue;
    const node = await take(d.digest).catch((e: unknown) => {
      // A fallback index can outlive a deleted referrer: there is nothing left to copy.
      if (isNotFound(e)) return undefined;
      throw e;
    });
    if (!node) {
      log(`referrer ${d.digest} of ${subject} is listed but missing from ${repo}; skipped`);
      continue;
    }
    log(`referrer ${node.digest} (${d.artifactType ?? node.mediaType}) of ${subject}`);
  }
}

/** Lookups started as soon as the root is read: what refers to it and to each manifest it names, and the tag list. */
export interface ReferrerLookups {
  lists: ReadonlyMap<string, Promise<Descriptor[]>>;
  tags: Promise<string[]>;
}

/**
 * Starts the first level's lookups beside the reads of the children: their digests are in the index
 * already. One a platform filter drops is a read wasted, never a wrong answer (only asked-for ones are used).
 */
export function startReferrerLookups(client: RegistryClient, repo: Repository, root: Manifest): ReferrerLookups {
  const named = 'manifests' in root.json && Array.isArray(root.json.manifests) ? root.json.manifests.map((m) => m.digest) : [];
  const digests = [root.digest, ...named.filter((d) => Digest.isDigest(d)).map((d) => Digest.parse(d))];
  return {
    lists: new Map(digests.map((d) => [d.toString(), quiet(client.listReferrers(repo, d))])),
    tags: quiet(listTagsOrNone(client, repo)),
  };
}

/** A lookup that may never be awaited must not end the run as an unhandled rejection; awaiting it still throws. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** A repository holding only untagged manifests has no tag list at all on some registries (404 NAME_UNKNOWN). */
async function listTagsOrNone(client: RegistryClient, repo: Repository): Promise<string[]> {
  try {
    return await client.listTags(repo);
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}
