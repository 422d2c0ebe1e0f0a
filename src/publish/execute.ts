import type { RegistryClient } from '../registry/client.js';
import { errorMessage } from '../util/error-message.js';
import { Digest } from '../registry/digest.js';
import type { Repository } from '../registry/reference.js';
import type { ReferrersApi } from '../registry/referrers.js';
import { isIndexType } from '../registry/mediatypes.js';
import type { BlobSource } from '../image/model.js';
import { mapLimit } from '../util/pool.js';
import { placeBlobs, type BlobWork } from './blobs.js';
import { isNonDistributable, type PlanManifest, type PublishPlan } from './plan.js';
import { countImagePushes, emptyStats, type PublishStats } from './stats.js';
import { writeTags, type TagsRead } from './tags.js';

export interface PublishOptions {
  /** Tags for the root at every destination; none publishes by digest only. */
  tags: string[];
  /** Blob transfers (and existence checks) in flight at once: the cap; large blobs take fewer. Default 16. */
  concurrency?: number;
  /** Upload blobs in PATCH requests of this many bytes, for registries that cap request size. */
  chunkSize?: number;
  log: (msg: string) => void;
  /** The caller checked push access itself (build does, before building): not asked again. */
  accessChecked?: boolean;
  /** The answer of askDestination started early by the caller, for this destination and root digest, if it has one. */
  asked?: (dest: Repository, root: Digest) => Promise<DestinationState> | undefined;
  /** Blobs the caller placed at a destination already (a build uploads layers as they are exported): not placed again. */
  placed?: (dest: Repository, digest: string) => boolean;
  /** What tags name, asked ahead by the caller (see writeTags). */
  tagsRead?: TagsRead;
  /** Called as each phase ends (blobsMs, manifestsMs, tagsMs, readBackMs), for a caller timing them. */
  lap?: (phase: string) => void;
  /**
   * Called once every destination holds the image by digest and before any tag moves (an attestation of
   * the pushed digest): the referrers of the root it returns are written at every destination then, and
   * its failure, like any other before the tags, leaves every tag as it was.
   */
  beforeTags?: () => Promise<PlanManifest[]>;
}

/** What one destination lacks: the manifests to write and the blobs they need. */
interface Need {
  dest: Repository;
  manifests: PlanManifest[];
  blobs: Map<string, BlobSource>;
  /** The root is there by digest: so is every blob of the image, a mount source for the others. */
  rootThere: boolean;
  /** The registry does not know the repository: none of the blobs is there, nothing to ask. */
  fresh: boolean;
}

const distributableBlobs = (ms: PlanManifest[]): Map<string, BlobSource> => {
  const out = new Map<string, BlobSource>();
  for (const m of ms) for (const b of m.blobs) if (!isNonDistributable(b.descriptor)) out.set(b.descriptor.digest, b);
  return out;
};

/**
 * The one way pinship writes to registries (build, promote, merge): push access checked at every
 * destination first; a destination that already has the root by digest only gets its tags; blobs in
 * one pool; manifests children first; tags last, so a failure anywhere earlier leaves no tag naming
 * something incomplete; then every tag and the root read back.
 */
export async function publish(client: RegistryClient, plan: PublishPlan, destinations: Repository[], opts: PublishOptions): Promise<PublishStats[]> {
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  if (!opts.accessChecked) await Promise.all(destinations.map((d) => client.checkPushAccess(d)));
  const stats = destinations.map(() => emptyStats());
  const statsOf = (dest: Repository): PublishStats => stats[destinations.indexOf(dest)];
  const all = distributableBlobs(plan.manifests);
  try {
    const needs = await mapLimit(destinations, concurrency, (dest) => needOf(client, plan, dest, opts));
    for (const n of needs) statsOf(n.dest).blobsSkipped += all.size - n.blobs.size;
    for (const n of needs) for (const digest of n.blobs.keys()) if (opts.placed?.(n.dest, digest)) n.blobs.delete(digest);
    const work = blobWork(plan, needs);
    await askPresence(client, work, needs, concurrency, statsOf);
    await placeBlobs(client, work, { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
    opts.lap?.('blobsMs');
    await mapLimit(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
    opts.lap?.('manifestsMs');
    const late = (await opts.beforeTags?.()) ?? [];
    if (late.length) await pushLate(client, late, destinations, opts, statsOf);
  } catch (e) {
    throw new Error(`${errorMessage(e)}; no destination tag was written`, { cause: e });
  }
  const tagsFor = (dest: Repository): Array<{ tag: string; manifest: PlanManifest }> => [
    // A holder has the tags of what it holds; a manifest made for this publication (a new signature) it has not.
    ...plan.extraTags.filter((t) => !plan.holders.some((h) => h.repository.equals(dest) && h.manifests.has(t.manifest.digest.toString()))),
    ...opts.tags.map((tag) => ({ tag, manifest: plan.root })),
  ];
  countImagePushes(stats);
  const writes = destinations.flatMap((dest) =>
    tagsFor(dest).map(({ tag, manifest }) => ({ dest, tag, manifest, image: manifest === plan.root, stats: statsOf(dest) })),
  );
  await writeTags(client, writes, concurrency, opts.log, opts.tagsRead);
  opts.lap?.('tagsMs');
  await mapLimit(destinations, concurrency, (dest) => readBack(client, dest, plan.root, tagsFor(dest)));
  opts.lap?.('readBackMs');
  return stats;
}

/** Referrers made once the image was in place (an attestation's bundle): their blobs, then them, at every destination. */
async function pushLate(
  client: RegistryClient,
  late: PlanManifest[],
  destinations: Repository[],
  opts: PublishOptions,
  statsOf: (d: Repository) => PublishStats,
): Promise<void> {
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const needs = destinations.map((dest): Need => ({ dest, manifests: late, blobs: distributableBlobs(late), rootThere: true, fresh: false }));
  const work = blobWork({ root: late[0], manifests: late, holders: [], extraTags: [] }, needs);
  await askPresence(client, work, needs, concurrency, statsOf);
  await placeBlobs(client, work, { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
  await mapLimit(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
}

/** Where nothing says otherwise: the link's round trip shared by many small blobs; see placeBlobs for large ones. */
const DEFAULT_CONCURRENCY = 16;

export interface DestinationState {
  /** The image's root is there by digest. */
  rootThere: boolean;
  /** The registry knows the repository (see RegistryClient.repositoryKnown). */
  known: boolean;
}

/** Whether `dest` has the image and whether its registry knows the repository: both in one round trip, startable before the plan is complete. */
export async function askDestination(client: RegistryClient, dest: Repository, root: Digest): Promise<DestinationState> {
  const [rootThere, known] = await Promise.all([client.manifestExists(dest, root), client.repositoryKnown(dest)]);
  return { rootThere, known };
}

async function needOf(client: RegistryClient, plan: PublishPlan, dest: Repository, opts: PublishOptions): Promise<Need> {
  const held = new Set(plan.holders.filter((h) => h.repository.equals(dest)).flatMap((h) => [...h.manifests]));
  const heldRoot = held.has(plan.root.digest.toString());
  const { rootThere, known } = heldRoot
    ? { rootThere: true, known: true }
    : await (opts.asked?.(dest, plan.root.digest) ?? askDestination(client, dest, plan.root.digest));
  if (rootThere && !heldRoot) opts.log(`${dest}@${plan.root.digest} is already there: only tags are written`);
  const manifests = plan.manifests.filter((m) => !held.has(m.digest.toString()) && !(rootThere && !m.referrer));
  return { dest, manifests, blobs: distributableBlobs(manifests), rootThere, fresh: !known };
}

/**
 * Asks, all at once before any is placed, whether each blob that no repository on its registry can
 * lend is at the first destination that needs it, rather than one HEAD in front of each upload. A
 * repository the registry does not know is not asked; a blob with a holder is asked by its mount.
 */
async function askPresence(
  client: RegistryClient,
  work: BlobWork[],
  needs: Need[],
  concurrency: number,
  stats: (d: Repository) => PublishStats,
): Promise<void> {
  const fresh = needs.filter((n) => n.fresh).map((n) => n.dest);
  const ask = work.filter((w) => !w.holders.length);
  await mapLimit(ask, concurrency, async (w) => {
    const dest = w.destinations[0];
    if (fresh.some((f) => f.equals(dest))) {
      w.first = 'absent';
      return;
    }
    w.first = (await client.statBlob(dest, Digest.parse(w.blob.descriptor.digest))) === undefined ? 'absent' : 'present';
    if (w.first === 'present') stats(dest).blobsSkipped++;
  });
}

/** One work item per blob and registry, naming the repositories there that can lend it. */
function blobWork(plan: PublishPlan, needs: Need[]): BlobWork[] {
  const work = new Map<string, BlobWork>();
  for (const n of needs) {
    for (const [digest, blob] of n.blobs) {
      const key = `${digest} ${n.dest.registry.host.toLowerCase()}`;
      const item: BlobWork = work.get(key) ?? { blob, destinations: [], holders: holdersOf(plan, blob, n.dest, needs) };
      item.destinations.push(n.dest);
      work.set(key, item);
    }
  }
  return [...work.values()];
}

function holdersOf(plan: PublishPlan, blob: BlobSource, dest: Repository, needs: Need[]): Repository[] {
  const sameRegistry = (r: Repository): boolean => r.registry.equals(dest.registry);
  const out: Repository[] = [];
  if (blob.origin.kind === 'remote' && sameRegistry(blob.origin.repository)) out.push(blob.origin.repository);
  const inImage = plan.manifests.some((m) => !m.referrer && m.blobs.some((b) => b.descriptor.digest === blob.descriptor.digest));
  for (const n of needs) if (n.rootThere && inImage && sameRegistry(n.dest)) out.push(n.dest);
  for (const h of plan.holders) {
    if (!sameRegistry(h.repository) || out.some((r) => r.equals(h.repository))) continue;
    const has = plan.manifests.some((m) => h.manifests.has(m.digest.toString()) && m.blobs.some((b) => b.descriptor.digest === blob.descriptor.digest));
    if (has) out.push(h.repository);
  }
  return out;
}

const MANIFEST_WRITES = 8;

/** A manifest that names no other manifest and is attached to nothing: only its blobs need be there first. */
function isLeaf(m: PlanManifest): boolean {
  if (m.referrer || m.onlyWithReferrersApi || isIndexType(m.mediaType)) return false;
  const json = JSON.parse(m.bytes.toString('utf8')) as { subject?: unknown; manifests?: unknown };
  return json.subject === undefined && json.manifests === undefined;
}

async function pushManifests(client: RegistryClient, need: Need, stats: PublishStats, log: (msg: string) => void): Promise<void> {
  const probes = new Map<string, Promise<ReferrersApi>>();
  const probe = (subject: Digest): Promise<ReferrersApi> => {
    const key = subject.toString();
    if (!probes.has(key)) probes.set(key, client.probeReferrersApi(need.dest, subject));
    return probes.get(key)!;
  };
  // Image manifests name only blobs, all placed by now: written together, one round trip for all.
  const leaves = need.manifests.filter(isLeaf);
  await mapLimit(leaves, MANIFEST_WRITES, async (m) => {
    await client.putManifest(need.dest, m.digest, m.bytes, m.mediaType);
    stats.manifestsPushed++;
  });
  // The rest in order, on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
  // So a manifest written only with the referrers API is asked about after its subject is there: before,
  // a registry with the API may answer 404 for a repository it does not know yet.
  for (const m of need.manifests.filter((n) => !leaves.includes(n))) {
    if (m.onlyWithReferrersApi) {
      const answer = await probe(m.onlyWithReferrersApi);
      const form = `${m.digest}, the OCI 1.1 referrer form of what is attached to ${m.onlyWithReferrersApi}`;
      if (!answer.api) {
        log(`${need.dest} has no referrers API (${answer.why}): ${form}, is not written (readers there use its tag form)`);
        continue;
      }
      log(`${need.dest} has the referrers API: writing ${form}`);
    }
    await client.putManifest(need.dest, m.digest, m.bytes, m.mediaType);
    stats.manifestsPushed++;
    if (m.referrer) stats.referrersCopied++;
  }
}

/**
 * The references read back at a destination: every tag, and the root by digest unless a tag names it
 * (a tag that resolves to the root's digest shows the root is there under that digest: one round trip less).
 */
export function readBackRefs<R>(byDigest: R, root: string, tags: Array<{ ref: R; digest: string }>): Array<{ ref: R; digest: string }> {
  return tags.some((t) => t.digest === root) ? tags : [{ ref: byDigest, digest: root }, ...tags];
}

/** Reads back what each tag names now: a registry that rewrote the bytes, or a concurrent writer, shows up here. */
async function readBack(client: RegistryClient, dest: Repository, root: PlanManifest, tags: Array<{ tag: string; manifest: PlanManifest }>): Promise<void> {
  const wanted = tags.map(({ tag, manifest }) => ({ ref: dest.tag(tag), digest: manifest.digest.toString() }));
  const refs = readBackRefs(dest.digest(root.digest), root.digest.toString(), wanted);
  // Independent lookups: in parallel, as the tags were written.
  await mapLimit(refs, 4, async ({ ref, digest: want }) => {
    const { digest } = await client.resolve(ref);
    if (digest.toString() !== want) throw new Error(`after the push ${ref} resolves to ${digest}, expected ${want}; another writer may have moved the tag`);
  });
}

// Exported for publish/many.ts, which runs these steps over many images at once.
export { holdersOf, needOf, pushManifests, readBack, type Need };
