import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `*` and `?` within one path segment, `**` across any number of them. */
function toRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` also matches no folder at all.
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Regular files under `dir`, as paths relative to `root`; symlinked folders are not entered. */
async function walk(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(root, path)));
    else if (e.isFile() || e.isSymbolicLink()) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/**
 * Files matching `pattern` (relative to `root`, or absolute inside it), sorted. Nothing outside
 * `root` is ever returned: not by `..`, an absolute path, nor a symlink pointing out.
 */
export async function globInside(root: string, pattern: string): Promise<string[]> {
  const realRoot = await realpath(root);
  const absolute = resolve(realRoot, pattern);
  if (!isInside(realRoot, absolute)) throw new Error(`'${pattern}' points outside ${root}`);
  const rel = relative(realRoot, absolute).split(sep).join('/');
  const literal = rel.split('/').findIndex((seg) => /[*?]/.test(seg));
  const base = literal < 0 ? rel : rel.split('/').slice(0, literal).join('/');
  const re = toRegExp(rel);
  const candidates = literal < 0 ? [rel] : await walk(realRoot, join(realRoot, base));
  const out: string[] = [];
  for (const c of candidates.filter((p) => re.test(p)).sort()) {
    const real = await realpath(join(realRoot, c)).catch(() => undefined);
    if (!real) continue;
    if (!isInside(realRoot, real)) throw new Error(`'${c}' is a symlink to ${real}, outside ${root}`);
    out.push(real);
  }
  return out;
}
