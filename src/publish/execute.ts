import type { RegistryClient } from '../registry/client.js';
import { errorMessage } from '../util/error-message.js';
import type { Digest } from '../registry/digest.js';
import type { Repository } from '../registry/reference.js';
import type { ReferrersApi } from '../registry/referrers.js';
import type { BlobSource } from '../image/model.js';
import { mapLimit } from '../util/pool.js';
import { placeBlobs, type BlobWork } from './blobs.js';
import { isNonDistributable, type PlanManifest, type PublishPlan } from './plan.js';
import { countImagePushes, emptyStats, type PublishStats } from './stats.js';
import { writeTags } from './tags.js';

export interface PublishOptions {
  /** Tags for the root at every destination; none publishes by digest only. */
  tags: string[];
  /** Blob transfers in flight at once; default 4. */
  concurrency?: number;
  /** Upload blobs in PATCH requests of this many bytes, for registries that cap request size. */
  chunkSize?: number;
  log: (msg: string) => void;
  /** The caller checked push access itself (build does, before building): not asked again. */
  accessChecked?: boolean;
  /** Called as each phase ends (blobsMs, manifestsMs, tagsMs, readBackMs), for a caller timing them. */
  lap?: (phase: string) => void;
}

/** What one destination lacks: the manifests to write and the blobs they need. */
interface Need {
  dest: Repository;
  manifests: PlanManifest[];
  blobs: Map<string, BlobSource>;
  /** The root is there by digest: so is every blob of the image, a mount source for the others. */
  rootThere: boolean;
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
  const concurrency = opts.concurrency ?? 4;
  if (!opts.accessChecked) await Promise.all(destinations.map((d) => client.checkPushAccess(d)));
  const stats = destinations.map(() => emptyStats());
  const statsOf = (dest: Repository): PublishStats => stats[destinations.indexOf(dest)];
  const all = distributableBlobs(plan.manifests);
  try {
    const needs = await mapLimit(destinations, concurrency, (dest) => needOf(client, plan, dest, opts.log));
    for (const n of needs) statsOf(n.dest).blobsSkipped += all.size - n.blobs.size;
    await placeBlobs(client, blobWork(plan, needs), { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
    opts.lap?.('blobsMs');
    await mapLimit(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
    opts.lap?.('manifestsMs');
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
  await writeTags(client, writes, concurrency, opts.log);
  opts.lap?.('tagsMs');
  await mapLimit(destinations, concurrency, (dest) => readBack(client, dest, plan.root, tagsFor(dest)));
  opts.lap?.('readBackMs');
  return stats;
}

async function needOf(client: RegistryClient, plan: PublishPlan, dest: Repository, log: (msg: string) => void): Promise<Need> {
  const held = new Set(plan.holders.filter((h) => h.repository.equals(dest)).flatMap((h) => [...h.manifests]));
  const rootThere = held.has(plan.root.digest.toString()) || (await client.manifestExists(dest, plan.root.digest));
  if (rootThere && !held.has(plan.root.digest.toString())) log(`${dest}@${plan.root.digest} is already there: only tags are written`);
  const manifests = plan.manifests.filter((m) => !held.has(m.digest.toString()) && !(rootThere && !m.referrer));
  return { dest, manifests, blobs: distributableBlobs(manifests), rootThere };
}

/** One work item per blob and registry, naming the repositories there that can lend it. */
function blobWork(plan: PublishPlan, needs: Need[]): BlobWork[] {
  const work = new Map<string, BlobWork>();
  for (const n of needs) {
    for (const [digest, blob] of n.blobs) {
      const key = `${digest} ${n.dest.registry.host.toLowerCase()}`;
      const item = work.get(key) ?? { blob, destinations: [], holders: holdersOf(plan, blob, n.dest, needs) };
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

async function pushManifests(client: RegistryClient, need: Need, stats: PublishStats, log: (msg: string) => void): Promise<void> {
  const probes = new Map<string, Promise<ReferrersApi>>();
  const probe = (subject: Digest): Promise<ReferrersApi> => {
    const key = subject.toString();
    if (!probes.has(key)) probes.set(key, client.probeReferrersApi(need.dest, subject));
    return probes.get(key)!;
  };
  // Sequential on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
  // So a manifest written only with the referrers API is asked about after its subject is there: before,
  // a registry with the API may answer 404 for a repository it does not know yet.
  for (const m of need.manifests) {
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
