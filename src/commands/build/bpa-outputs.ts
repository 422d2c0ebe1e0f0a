import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isInside } from '../../util/glob.js';
import { InputError } from '../../settings/inputs.js';
import { placesOf, runRoots } from '../../settings/run-roots.js';

/** One of build-push-action's `outputs` that writes the image's files beside pinship's own push. */
export interface FileOutput {
  type: 'local' | 'tar';
  /** Absolute, inside the workspace or RUNNER_TEMP. */
  dest: string;
}

const FORM = 'Expected type=local,dest=PATH or type=tar,dest=PATH, one per line';

/** Exporters that would make a second image beside the one pinship pushes, signs and records. */
const IMAGE_TYPES = new Set(['image', 'registry', 'docker', 'oci', 'cacheonly']);

/** The deepest folder of `path` that exists, symlinks resolved: where a missing tail would be created. */
function realAncestor(path: string): string | undefined {
  let p = path;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) return undefined;
    p = up;
  }
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * A pull request controls the checkout, so a dest (relative to the working directory) must land
 * inside the workspace or RUNNER_TEMP once any symlink on its way is resolved.
 */
function checkedDest(line: string, dest: string, env: NodeJS.ProcessEnv, cwd: string): string {
  const path = resolve(cwd, dest);
  const allowed = runRoots(env, cwd);
  const real = realAncestor(path);
  const roots = allowed.map((r) => realAncestor(r.root));
  if (!real || !roots.some((r) => r && isInside(r, real)))
    throw new InputError('outputs', line, `Expected a dest inside ${placesOf(allowed)}: pinship writes nowhere else.`);
  return path;
}

export function parseOutput(line: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): FileOutput {
  // buildx's own shorthand: a bare path is type=local,dest=path, and `-` is a tar on stdout.
  const fields = line.includes('=') ? line.split(',').map((f) => f.trim()) : [`type=local`, `dest=${line}`];
  const attrs = new Map<string, string>();
  for (const f of fields) {
    const eq = f.indexOf('=');
    if (eq <= 0 || attrs.has(f.slice(0, eq).toLowerCase())) throw new InputError('outputs', line, `${FORM}.`);
    attrs.set(f.slice(0, eq).toLowerCase(), f.slice(eq + 1));
  }
  const type = (attrs.get('type') ?? '').toLowerCase();
  if (IMAGE_TYPES.has(type)) {
    throw new InputError(
      'outputs',
      line,
      `${FORM}: pinship exports the image itself (inputs 'images', 'push' and 'push-by-digest', and 'load' for the local engine), so it is pushed, signed and recorded once.`,
    );
  }
  const dest = attrs.get('dest') ?? '';
  if ((type !== 'local' && type !== 'tar') || !dest || attrs.size !== 2) throw new InputError('outputs', line, `${FORM}.`);
  // `-` is stdout, where the step's log and outputs go.
  // buildx reads its --output value as CSV: a quote would change the path it writes to.
  if (dest.includes('"')) throw new InputError('outputs', line, `${FORM}; a dest with a double quote is not taken.`);
  if (dest === '-') throw new InputError('outputs', line, `${FORM}; a dest of - (stdout) is not taken: name a path.`);
  const path = checkedDest(line, dest, env, cwd);
  // buildx makes a local folder but not a tarball's folder, and would fail only after the build.
  if (type === 'tar' && !existsSync(dirname(path))) throw new InputError('outputs', line, `Its folder ${dirname(path)} does not exist.`);
  return { type, dest: path };
}
