import type { RegistryClient } from '../registry/client.js';
import type { Digest } from '../registry/digest.js';
import { isNotFound, RegistryError } from '../registry/errors.js';
import type { Repository } from '../registry/reference.js';
import { errorMessage } from '../util/error-message.js';
import { mapLimit } from '../util/pool.js';
import type { PlanManifest } from './plan.js';
import type { PublishStats } from './stats.js';

/** One tag to point at one manifest in one repository. */
export interface TagWrite {
  dest: Repository;
  tag: string;
  manifest: PlanManifest;
  /** A tag of the image itself (not a signature's): what the `changed` output counts. */
  image: boolean;
  stats: PublishStats;
}

interface Checked extends TagWrite {
  /** What the tag named before this step; undefined where it named nothing. */
  before: Digest | undefined;
}

/** What a tag names in a registry, asked ahead by a caller (see writeTags). */
export type TagsRead = (dest: Repository, tag: string) => Promise<Digest | undefined> | undefined;

/** What a tag names now: a HEAD (cheap, and not counted by Docker Hub's pull limit); a 404 is nothing. */
export async function tagNames(client: RegistryClient, dest: Repository, tag: string): Promise<Digest | undefined> {
  try {
    return (await client.resolve(dest.tag(tag))).digest;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

async function current(client: RegistryClient, w: TagWrite, read?: TagsRead): Promise<Checked> {
  return { ...w, before: await (read?.(w.dest, w.tag) ?? tagNames(client, w.dest, w.tag)) };
}

/** ECR answers an overwrite in an IMMUTABLE repository with 400 TAG_INVALID "... cannot be overwritten because the repository is immutable". */
export function refusesOverwrite(e: unknown): boolean {
  if (!(e instanceof RegistryError)) return false;
  return e.hasCode('TAG_INVALID') || /immutab|cannot be overwritten/i.test(e.details.map((d) => d.message).join(' '));
}

/** The registry's own words, as its error body gives them. */
function registryWords(e: unknown): string {
  if (e instanceof RegistryError && e.details.length)
    return `HTTP ${e.status} ${e.details.map((d) => (d.message ? `${d.code}: ${d.message}` : d.code)).join('; ')}`;
  return errorMessage(e);
}

async function put(client: RegistryClient, w: Checked, written: string[]): Promise<void> {
  await client.putManifest(w.dest, w.tag, w.manifest.bytes, w.manifest.mediaType);
  w.stats.manifestsPushed++;
  w.stats.tagsWritten++;
  if (w.image) w.stats.imageChanges++;
  written.push(`${w.dest}:${w.tag}`);
}

const movedSoFar = (written: string[]): string => `tags already written: ${written.join(', ') || 'none'}`;

/**
 * Puts tags this step moved back on what they named, so that a refusal in one repository leaves
 * every tag as it was; says what was put back, and what could not be.
 */
async function putBack(client: RegistryClient, moved: Checked[]): Promise<string> {
  const failed: string[] = [];
  for (const w of moved) {
    try {
      const was = await client.getManifest(w.dest, w.before!);
      await client.putManifest(w.dest, w.tag, was.bytes, was.mediaType);
    } catch (e) {
      failed.push(`${w.dest}:${w.tag} (${errorMessage(e)})`);
    }
  }
  const back = moved.filter((w) => !failed.some((f) => f.startsWith(`${w.dest}:${w.tag} `)));
  const put = back.length ? `tags moved and put back: ${back.map((w) => `${w.dest}:${w.tag}`).join(', ')}` : 'no tag was left moved';
  return failed.length ? `${put}; could not be put back, still moved: ${failed.join(', ')}` : put;
}

/**
 * Every tag read first, then only those that change written: a tag already naming its manifest is
 * left alone (a rerun into a repository that refuses overwrites succeeds). Tags that would move go
 * first, one at a time, before any new tag: a repository that refuses overwrites says so on the
 * first of them there, and the tags this step moved elsewhere before it are put back. New tags
 * last, where only a registry failing mid-way can leave some written. Returns the tags it wrote.
 * `read` gives what a tag named when the caller asked ahead (a build, while its last blobs go out): a
 * writer that moves the tag after that is caught by the read-back, as one moving it between this read
 * and the write always was.
 */
export async function writeTags(
  client: RegistryClient,
  writes: TagWrite[],
  concurrency: number,
  log: (msg: string) => void,
  read?: TagsRead,
): Promise<TagWrite[]> {
  const checked = await mapLimit(writes, concurrency, (w) => current(client, w, read));
  const same = checked.filter((w) => w.before?.equals(w.manifest.digest));
  for (const w of same) {
    w.stats.tagsUnchanged++;
    log(`${w.dest}:${w.tag} already names ${w.manifest.digest}: unchanged, not written again`);
  }
  const moves = checked.filter((w) => w.before && !w.before.equals(w.manifest.digest));
  const fresh = checked.filter((w) => !w.before);
  const written: string[] = [];
  for (const [i, w] of moves.entries()) {
    try {
      await put(client, w, written);
    } catch (e) {
      const why = refusesOverwrite(e) ? ': the repository does not allow a tag to be overwritten (as ECR does with IMMUTABLE tags)' : '';
      const left = i ? await putBack(client, moves.slice(0, i)) : movedSoFar(written);
      throw new Error(
        `tag ${w.dest}:${w.tag} names ${w.before}; moving it to ${w.manifest.digest} failed${why} (${w.dest.registry.host} answered ${registryWords(e)}); ${left}`,
        { cause: e },
      );
    }
  }
  try {
    // In parallel across repositories, in order within one: a failure leaves the fewest written.
    const byRepo = new Map<string, Checked[]>();
    for (const w of fresh) byRepo.set(w.dest.toString(), [...(byRepo.get(w.dest.toString()) ?? []), w]);
    await mapLimit([...byRepo.values()], concurrency, async (ws) => {
      for (const w of ws) await put(client, w, written);
    });
  } catch (e) {
    // Every tag names complete content by now; say which ones moved so a rerun or rollback is informed.
    throw new Error(`${errorMessage(e)}; ${movedSoFar(written)}`, { cause: e });
  }
  return [...moves, ...fresh];
}
