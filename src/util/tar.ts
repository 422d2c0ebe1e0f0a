import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { readTar, type EntrySink, type TarEntry } from './tar-read.js';

/** Link entries are followed this many times at most when a member is looked up. */
const MAX_LINK_HOPS = 16;

/** What an extraction left on disk: regular files and directories only, under `dir`. */
export interface ExtractedTar {
  /** The real path of the directory extracted into. */
  dir: string;
  /**
   * The path on disk of the regular file a member names. Symlink and hardlink members were not
   * created: they are followed here, inside the archive's own names, never through the filesystem.
   */
  file(member: string): string;
}

interface LinkEntry {
  kind: 'symlink' | 'hardlink';
  /** The member it names, relative to the archive root. */
  target: string;
}

/**
 * A member name as a relative path without `.` or empty components. Absolute names and any `..`
 * are refused rather than rewritten: `docker save` writes neither.
 */
export function memberPath(name: string, what: string, dir: string): string {
  if (name.includes('\0')) throw new Error(`${what} '${name}' contains a NUL byte`);
  if (name.startsWith('/')) throw new Error(`${what} '${name}' is absolute: it would be written outside ${dir}`);
  const parts = name.split('/').filter((p) => p && p !== '.');
  if (parts.includes('..')) throw new Error(`${what} '${name}' contains '..': it could be written outside ${dir}`);
  return parts.join('/');
}

/** A link's target as a member path: symlinks are relative to their own directory, hardlinks to the root. */
export function linkTarget(entry: TarEntry, name: string, dir: string): string {
  const what = `tar ${entry.kind} '${entry.name}' -> '${entry.linkname}': target`;
  if (!entry.linkname) throw new Error(`${what} is empty`);
  if (entry.kind === 'hardlink') return memberPath(entry.linkname, what, dir);
  if (entry.linkname.startsWith('/')) throw new Error(`${what} is absolute: it points outside ${dir}`);
  const resolved = posix.normalize(posix.join(posix.dirname(name), entry.linkname));
  if (resolved === '..' || resolved.startsWith('../')) throw new Error(`${what} points outside ${dir}`);
  return resolved === '.' ? '' : resolved;
}

/**
 * Creates `rel` (a directory path under root) one component at a time, refusing any component
 * that already exists as something other than a real directory: a symlink is never followed.
 */
async function ensureDir(root: string, rel: string, member: string): Promise<void> {
  let path = root;
  for (const part of rel ? rel.split('/') : []) {
    path = join(path, part);
    let info = await lstat(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      return undefined;
    });
    if (!info) {
      await mkdir(path, { mode: 0o755 }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
      info = await lstat(path);
    }
    if (!info.isDirectory())
      throw new Error(
        `tar member '${member}': ${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a directory'}; pinship does not write through it`,
      );
  }
}

/** A new file, never an existing one and never through a symlink. */
async function createFile(root: string, name: string, member: string): Promise<FileHandle> {
  const path = join(root, name);
  try {
    return await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP')
      throw new Error(`tar member '${member}': ${path} already exists (a repeated member or a symlink); pinship does not overwrite or follow it`, { cause: e });
    throw e;
  }
}

function fileSink(fh: FileHandle): EntrySink {
  return {
    async write(chunk) {
      for (let done = 0; done < chunk.length;) done += (await fh.write(chunk, done, chunk.length - done)).bytesWritten;
    },
    end: () => fh.close(),
  };
}

/**
 * Extracts a tar stream into `dir` as it arrives (`docker save` straight from the engine's socket,
 * no temporary archive, no `tar` process), writing only regular files and directories, all inside
 * `dir`: symlink and hardlink members are recorded and resolved by `file()` in memory, names with
 * `..` or a leading `/` are refused, and no path component is ever followed through a symlink.
 */
export async function extractTar(source: Readable, dir: string): Promise<ExtractedTar> {
  await mkdir(dir, { recursive: true });
  const root = await realpath(dir);
  const files = new Set<string>();
  const links = new Map<string, LinkEntry>();
  let current: FileHandle | undefined;

  const underLink = (name: string): string | undefined => {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (links.has(prefix)) return prefix;
    }
    return undefined;
  };

  const onEntry = async (entry: TarEntry): Promise<EntrySink | undefined> => {
    const name = memberPath(entry.name, 'tar member', dir);
    if (!name) return undefined;
    const link = underLink(name);
    if (link) throw new Error(`tar member '${entry.name}' lies under the link member '${link}', which pinship does not follow`);
    if (files.has(name) || links.has(name)) throw new Error(`tar member '${entry.name}' appears twice in the archive`);
    if (entry.kind === 'symlink' || entry.kind === 'hardlink') {
      links.set(name, { kind: entry.kind, target: linkTarget(entry, name, dir) });
      return undefined;
    }
    if (entry.kind === 'directory') {
      await ensureDir(root, name, entry.name);
      return undefined;
    }
    await ensureDir(root, posix.dirname(name) === '.' ? '' : posix.dirname(name), entry.name);
    const fh = await createFile(root, name, entry.name);
    files.add(name);
    current = fh;
    const sink = fileSink(fh);
    return { write: (chunk) => sink.write(chunk), end: () => ((current = undefined), sink.end()) };
  };

  try {
    await readTar(source, onEntry);
  } finally {
    await current?.close().catch(() => undefined);
  }

  const file = (member: string): string => {
    let name = memberPath(member, 'archive member', dir);
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      if (files.has(name)) return join(root, name);
      const link = links.get(name);
      if (!link) throw new Error(`'${member}' names no regular file in the archive extracted to ${dir}`);
      name = link.target;
    }
    throw new Error(`'${member}' goes through more than ${MAX_LINK_HOPS} links in the archive extracted to ${dir}`);
  };
  return { dir: root, file };
}
