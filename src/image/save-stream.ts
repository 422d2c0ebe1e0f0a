import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { linkTarget, memberPath } from '../util/tar.js';
import { readTar, type EntrySink, type TarEntry } from '../util/tar-read.js';

/** One regular file of the archive, read whole: where its bytes are and what they hash to. */
export interface SavedMember {
  /** Its name in the archive, normalized (no `.` components, no leading `./`). */
  name: string;
  size: number;
  /** sha256 of its bytes: for a layer tar, its diff ID. */
  digest: string;
  /** The spool file holding its bytes, named by arrival order, never by the member's name. */
  path: string;
}

/** A read archive: members by name, links followed inside the archive's own names. */
export interface SavedArchive {
  member(name: string): SavedMember;
}

/** Link entries are followed this many times at most when a member is looked up. */
const MAX_LINK_HOPS = 16;

/**
 * Reads a `docker save` archive as it arrives: each regular member is hashed on its way into a
 * spool file of its own and handed to `onMember` as soon as its last byte is in, so its layer can
 * be compressed and uploaded while later members are still arriving. The engine writes members in
 * name order, not layer order (docker 20.10: `<v1 id>/layer.tar`, the config, then manifest.json),
 * so which member is which layer is only known at the end; a member's digest says it earlier.
 * Spool files get numbered names: nothing the archive names is ever created, and its links
 * (docker 20.10 links a repeated layer to its first copy) are resolved in memory.
 */
export async function readSaveStream(source: Readable, spoolDir: string, onMember: (m: SavedMember) => void = () => undefined): Promise<SavedArchive> {
  await mkdir(spoolDir, { recursive: true });
  const files = new Map<string, SavedMember>();
  const links = new Map<string, string>();
  const what = `docker save archive`;
  let current: number | undefined;

  const onEntry = async (entry: TarEntry): Promise<EntrySink | undefined> => {
    const name = memberPath(entry.name, `${what} member`, spoolDir);
    if (!name) return undefined;
    if (files.has(name) || links.has(name)) throw new Error(`${what}: member '${entry.name}' appears twice`);
    if (entry.kind === 'symlink' || entry.kind === 'hardlink') {
      links.set(name, linkTarget(entry, name, spoolDir));
      return undefined;
    }
    if (entry.kind !== 'file') return undefined;
    const path = join(spoolDir, `member-${files.size + links.size}`);
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    current = fd;
    const hash = createHash('sha256');
    let size = 0;
    return {
      async write(chunk) {
        hash.update(chunk);
        size += chunk.length;
        // Synchronous: a write into the page cache takes microseconds, while an asynchronous one waits
        // for a libuv thread, and the layers compressed meanwhile keep those busy (the archive then
        // arrived at a fifth of its speed here).
        for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done, chunk.length - done);
      },
      async end() {
        current = undefined;
        closeSync(fd);
        const m: SavedMember = { name, size, digest: `sha256:${hash.digest('hex')}`, path };
        files.set(name, m);
        onMember(m);
      },
    };
  };

  try {
    await readTar(source, onEntry);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`, { cause: e });
  } finally {
    if (current !== undefined) closeSync(current);
  }

  return {
    member(wanted: string): SavedMember {
      let name = memberPath(wanted, `${what} name`, spoolDir);
      for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
        const file = files.get(name);
        if (file) return file;
        const target = links.get(name);
        if (target === undefined) throw new Error(`${what}: '${wanted}' names no regular file in it`);
        name = target;
      }
      throw new Error(`${what}: '${wanted}' goes through more than ${MAX_LINK_HOPS} links`);
    },
  };
}
