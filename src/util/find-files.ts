import { readdirSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isInside, matches, mayMatchBelow, parsePattern, type Pattern, type PatternScope } from './glob.js';

export interface WorkspaceFile {
  /** Relative to the root, '/'-separated. */
  file: string;
  path: string;
}

async function checkedLink(root: string, path: string, file: string, scope: PatternScope): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (!real) throw new Error(`Input '${scope.input}': '${file}' is a broken symbolic link`);
  if (!isInside(root, real))
    throw new Error(`Input '${scope.input}': '${file}' is a symbolic link to ${real}, outside ${scope.place}. Expected files inside ${scope.place}.`);
  // The walk never enters .git; a link must not lead there either (its config can hold a remote's credentials).
  if (relative(root, real).split(sep).includes('.git'))
    throw new Error(`Input '${scope.input}': '${file}' is a symbolic link into git's own files (${real}). Expected files of ${scope.place} outside .git.`);
  return real;
}

/**
 * The files `patterns` select inside `workspace` (pin and verify's; merge's digest files may also come
 * from RUNNER_TEMP, named by `scope`), sorted. Directories no pattern reaches are not read,
 * `.git` never is. A selected path (or a directory a pattern descends into) that is a symlink leading
 * out of the workspace or into a `.git` is an error, not followed.
 */
export async function findFiles(
  workspace: string,
  lines: string[],
  scope: PatternScope = { input: 'files', place: 'the workspace' },
): Promise<WorkspaceFile[]> {
  const patterns = lines.map((l) => parsePattern(l, scope));
  const include = patterns.filter((p) => !p.exclude);
  const exclude = patterns.filter((p) => p.exclude);
  if (!include.length) throw new Error(`Invalid input '${scope.input}': only exclusions ('!pattern'). Expected at least one pattern of files to read`);
  const root = await realpath(workspace);
  const out: WorkspaceFile[] = [];
  // Real paths already taken: a symlink to a selected file or directory must not be read (or rewritten) twice.
  const seen = new Set<string>([root]);
  const walk = async (dir: string[]): Promise<void> => {
    // Synchronous, as the scan's reads are: a thread-pool round trip per directory was most of the walk.
    const entries = readdirSync(join(root, ...dir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name === '.git') continue;
      const segments = [...dir, entry.name];
      const wanted = (ps: Pattern[]): boolean => ps.some((p) => matches(p, segments));
      const below = include.some((p) => mayMatchBelow(p, segments)) && !wanted(exclude);
      const selected = wanted(include) && !wanted(exclude);
      if (!selected && !below) continue;
      const path = join(root, ...segments);
      const real = entry.isSymbolicLink() ? await checkedLink(root, path, segments.join('/'), scope) : path;
      if (seen.has(real)) continue;
      const isDir = entry.isSymbolicLink() ? (await stat(real)).isDirectory() : entry.isDirectory();
      if (isDir && below) {
        seen.add(real);
        await walk(segments);
      } else if (!isDir && selected) {
        seen.add(real);
        out.push({ file: segments.join('/'), path });
      }
    }
  };
  await walk([]);
  return out;
}
