import type { RegistryClient } from '../../registry/client.js';
import { errorMessage } from '../../registry/errors.js';
import type { Platform } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import { copyBlobs } from './blobs.js';
import { buildPlan, type CopyPlan, type ManifestNode } from './plan.js';
import { parsePlatforms } from './platforms.js';
import { mapLimit } from '../../util/pool.js';
import { addReferrers } from './referrers.js';
import { emptyStats, type PromoteRequest, type PromoteResult, type PromoteStats } from './types.js';

interface Checked {
  destinations: Repository[];
  tags: string[];
  platforms: Platform[] | undefined;
  concurrency: number;
}

/** Every input problem is reported before the first request, so a bad input never half-promotes. */
function check(req: PromoteRequest): Checked {
  const destinations = [...new Map(req.destinations.map((d) => [d.toString(), d])).values()];
  if (!destinations.length) throw new Error('promote needs at least one destination repository');
  const concurrency = req.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  if (req.chunkSize !== undefined && (!Number.isInteger(req.chunkSize) || req.chunkSize < 0)) throw new Error(`chunk size must be a whole number of bytes, got ${req.chunkSize}`);
  const platforms = req.platforms?.length ? parsePlatforms(req.platforms) : undefined;
  if (platforms && !req.allowDigestChange) {
    throw new Error(`input 'platforms' makes a new index with a different digest than the source; set input 'allow-digest-change' to true to allow that`);
  }
  if (req.expectedDigest && req.source.digest && !req.expectedDigest.equals(req.source.digest)) throw mismatch(req, req.source.digest.toString());
  const tags = req.tags.length ? [...new Set(req.tags)] : req.source.tag !== undefined ? [req.source.tag] : [];
  for (const d of destinations) for (const t of tags) d.tag(t); // throws on an invalid tag
  return { destinations, tags, platforms, concurrency };
}

function mismatch(req: PromoteRequest, actual: string): Error {
  return new Error(`source '${req.source}' resolves to ${actual}, expected ${req.expectedDigest} (input 'expected-digest'); nothing was copied`);
}

/**
 * Copies an image by digest, byte for byte, to each destination: blobs, then manifests by digest
 * (children before indexes, subjects before referrers), then tags. Tags go last so that a failure
 * anywhere earlier leaves no destination tag naming something incomplete.
 */
export async function promote(client: RegistryClient, req: PromoteRequest): Promise<PromoteResult> {
  const started = Date.now();
  const { destinations, tags, platforms, concurrency } = check(req);
  const source = req.source.repository;
  const root = await client.getManifest(source, req.source.identifier());
  if (req.expectedDigest && !req.expectedDigest.equals(root.digest)) throw mismatch(req, root.digest.toString());
  req.log(`${req.source} is ${root.digest} (${root.mediaType})`);

  const plan = await buildPlan(client, source, root, platforms, req.log);
  // The source repository already holds everything read from it: promoting there is only tagging.
  const others = destinations.filter((d) => !d.equals(source));
  if (req.referrers !== false && others.length) {
    if (plan.root.synthetic) req.log(`referrers of ${root.digest} are not copied: they name a digest the destinations will not have`);
    const subjects = plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest);
    await addReferrers(client, source, subjects, plan, req.log);
  }

  const stats = emptyStats();
  stats.blobsSkipped += plan.blobs.size * (destinations.length - others.length);
  try {
    // Counts per repository; the totals written (tags included) are the metadata's stats, logged at the end.
    req.log(`copying ${plan.blobs.size} blobs and ${plan.manifests.length} manifests by digest to each of ${others.length} repositories, then the tags`);
    await copyBlobs(client, source, others, [...plan.blobs.values()], { concurrency, chunkSize: req.chunkSize, log: req.log }, stats);
    await mapLimit(destinations, concurrency, (dest) => pushManifests(client, dest, !dest.equals(source), plan, stats));
  } catch (e) {
    throw new Error(`${errorMessage(e)}; no destination tag was written`, { cause: e });
  }

  const digest = plan.root.digest;
  const tagsFor = (dest: Repository): Array<{ tag: string; node: ManifestNode }> => [
    ...(dest.equals(source) ? [] : plan.tags),
    ...tags.map((tag) => ({ tag, node: plan.root })),
  ];
  const written: string[] = [];
  try {
    await mapLimit(destinations, concurrency, async (dest) => {
      for (const { tag, node } of tagsFor(dest)) {
        await client.putManifest(dest, tag, node.bytes, node.mediaType);
        stats.manifestsPushed++;
        written.push(`${dest}:${tag}`);
      }
    });
  } catch (e) {
    // Every tag names complete content by now; say which ones moved so a rerun or rollback is informed.
    throw new Error(`${errorMessage(e)}; tags already written: ${written.join(', ') || 'none'}`, { cause: e });
  }
  await mapLimit(destinations, concurrency, (dest) => verify(client, dest, plan.root, tagsFor(dest)));
  req.log(`promoted ${digest} to ${destinations.map((d) => d.toString()).join(', ')}`);
  return {
    digest,
    sourceDigest: root.digest,
    images: destinations.map((d) => `${d}@${digest}`),
    tags: destinations.flatMap((d) => tags.map((t) => `${d}:${t}`)),
    stats,
    durationMs: Date.now() - started,
  };
}

async function pushManifests(client: RegistryClient, dest: Repository, copyAll: boolean, plan: CopyPlan, stats: PromoteStats): Promise<void> {
  // Sequential on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
  for (const node of plan.manifests) {
    if (!copyAll && !node.synthetic) continue;
    await client.putManifest(dest, node.digest, node.bytes, node.mediaType);
    stats.manifestsPushed++;
    if (plan.referrers.has(node.digest.toString())) stats.referrersCopied++;
  }
}

/** Reads back what a tag names now: a registry that rewrote the bytes, or a concurrent writer, shows up here. */
async function verify(client: RegistryClient, dest: Repository, root: ManifestNode, tags: Array<{ tag: string; node: ManifestNode }>): Promise<void> {
  const refs = [{ ref: dest.digest(root.digest), want: root.digest }, ...tags.map(({ tag, node }) => ({ ref: dest.tag(tag), want: node.digest }))];
  for (const { ref, want } of refs) {
    const { digest } = await client.resolve(ref);
    if (!digest.equals(want)) throw new Error(`after promotion ${ref} resolves to ${digest}, expected ${want}; another writer may have moved the tag`);
  }
}
