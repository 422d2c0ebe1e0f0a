import type { RegistryClient } from '../registry/client.js';
import { errorMessage } from '../util/error-message.js';
import type { Repository } from '../registry/reference.js';
import { mapLimit } from '../util/pool.js';
import { placeBlobs, type BlobWork } from './blobs.js';
import { holdersOf, needOf, pushManifests, readBack, type Need } from './execute.js';
import { isNonDistributable, type PlanManifest, type PublishPlan } from './plan.js';
import { countImagePushes, emptyStats, type PublishStats } from './stats.js';
import { writeTags } from './tags.js';

/** One image for one destination repository, with the tags its root gets there. */
export interface PublishItem {
  plan: PublishPlan;
  destination: Repository;
  tags: string[];
}

/** What publishAll did for one item: its counts, and which of its tags it wrote (they named another digest, or nothing). */
export interface PublishedItem {
  stats: PublishStats;
  tagsMoved: string[];
}

export interface PublishAllOptions {
  concurrency: number;
  chunkSize?: number;
  log: (msg: string) => void;
}

const tagsFor = (item: PublishItem): Array<{ tag: string; manifest: PlanManifest }> => [
  ...item.plan.extraTags.filter((t) => !item.plan.holders.some((h) => h.repository.equals(item.destination) && h.manifests.has(t.manifest.digest.toString()))),
  ...item.tags.map((tag) => ({ tag, manifest: item.plan.root })),
];

/**
 * One blob work list for every image: a blob shared by several images is placed once per
 * destination registry and mounted into the other repositories there.
 */
function sharedBlobWork(items: PublishItem[], needs: Need[]): BlobWork[] {
  const work = new Map<string, BlobWork>();
  items.forEach((item, i) => {
    const n = needs[i];
    for (const [digest, blob] of n.blobs) {
      const key = `${digest} ${n.dest.registry.host.toLowerCase()}`;
      const entry = work.get(key) ?? { blob, destinations: [], holders: [] };
      if (!entry.destinations.some((d) => d.equals(n.dest))) entry.destinations.push(n.dest);
      for (const h of holdersOf(item.plan, blob, n.dest, [n])) if (!entry.holders.some((o) => o.equals(h))) entry.holders.push(h);
      work.set(key, entry);
    }
  });
  return [...work.values()];
}

/** Needs grouped by destination repository: referrers of one repository rewrite its fallback index, so they are written one at a time. */
function byDestination(needs: Need[]): Need[][] {
  const groups = new Map<string, Need[]>();
  for (const n of needs) groups.set(n.dest.toString(), [...(groups.get(n.dest.toString()) ?? []), n]);
  return [...groups.values()];
}

/**
 * publish() for many images at once, all or nothing: push access at every destination, then the
 * blobs of every image in one pool, then every manifest, and only then the tags of all images, so
 * that a failure before the tags leaves no tag anywhere naming anything of this release. Every tag
 * is read back. Stats are per item; a blob or destination two items share counts for the first.
 */
export async function publishAll(client: RegistryClient, items: PublishItem[], opts: PublishAllOptions): Promise<PublishedItem[]> {
  const { concurrency, log } = opts;
  const stats = items.map(() => emptyStats());
  const statsOf = (dest: Repository): PublishStats =>
    stats[
      Math.max(
        0,
        items.findIndex((it) => it.destination.equals(dest)),
      )
    ];
  let needs: Need[];
  try {
    const repos = [...new Map(items.map((it) => [it.destination.toString(), it.destination])).values()];
    await mapLimit(repos, concurrency, (d) => client.checkPushAccess(d));
    needs = await mapLimit(items, concurrency, (it) => needOf(client, it.plan, it.destination, { tags: [], concurrency, log }));
    needs.forEach((n, i) => {
      const all = new Set(items[i].plan.manifests.flatMap((m) => m.blobs.filter((b) => !isNonDistributable(b.descriptor)).map((b) => b.descriptor.digest)));
      stats[i].blobsSkipped += all.size - n.blobs.size;
    });
    await placeBlobs(client, sharedBlobWork(items, needs), { concurrency, chunkSize: opts.chunkSize, log, stats: statsOf });
    await mapLimit(byDestination(needs), concurrency, async (group) => {
      for (const n of group) await pushManifests(client, n, stats[needs.indexOf(n)], log);
    });
  } catch (e) {
    throw new Error(`${errorMessage(e)}; no tag was written anywhere`, { cause: e });
  }
  countImagePushes(stats);
  const writes = items.flatMap((item, i) =>
    tagsFor(item).map(({ tag, manifest }) => ({ dest: item.destination, tag, manifest, image: manifest === item.plan.root, stats: stats[i] })),
  );
  const written = await writeTags(client, writes, concurrency, log);
  await mapLimit(items, concurrency, (item) => readBack(client, item.destination, item.plan.root, tagsFor(item)));
  // Two items in one repository never share a tag (the release plan refuses that), so repository and tag name the item.
  return items.map((item, i) => ({
    stats: stats[i],
    tagsMoved: item.tags.filter((t) => written.some((w) => w.image && w.tag === t && w.dest.equals(item.destination))),
  }));
}
