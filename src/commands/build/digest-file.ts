import { constants } from 'node:fs';
import { lstat, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside } from '../../util/glob.js';
import { InputError } from '../../settings/inputs.js';
import { placesOf, runRoots } from '../../settings/run-roots.js';

/**
 * Where `digest-file` goes: a real folder inside the workspace or RUNNER_TEMP (checked when the
 * inputs are read, before anything is built), and a file name in it.
 */
export interface DigestFileTarget {
  /** The real path of the folder, symlinks resolved. */
  dir: string;
  name: string;
}

/** Neither a symlink nor anything else but a regular file may sit where the record goes. */
async function notALink(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info || info.isFile()) return undefined;
  return `${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; pinship neither follows nor replaces it`;
}

/**
 * `digest-file`, relative to the working directory. A pull request controls the checkout, so the
 * path must stay inside the workspace (GITHUB_WORKSPACE, else the working directory) or
 * RUNNER_TEMP once its folder's symlinks are resolved, and must not already be a symlink.
 */
export async function parseDigestFile(value: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<DigestFileTarget | undefined> {
  if (!value) return undefined;
  const path = resolve(cwd, value);
  const name = basename(path);
  const allowed = runRoots(env, cwd);
  let dir: string;
  try {
    dir = await realpath(dirname(path));
  } catch {
    throw new InputError('digest-file', value, `Its folder ${dirname(path)} does not exist.`);
  }
  const roots = await Promise.all(allowed.map((r) => realpath(r.root).catch(() => undefined)));
  if (!roots.some((r) => r && isInside(r, dir)))
    throw new InputError('digest-file', value, `Expected a path inside ${placesOf(allowed)}: pinship writes nowhere else.`);
  const link = await notALink(join(dir, name));
  if (link) throw new InputError('digest-file', value, `${link}.`);
  return { dir, name };
}

/**
 * Writes the record to a new file beside the target (exclusive, not following links), then renames
 * it over the target: a symlink placed there during the build would be replaced, never followed,
 * but one is refused here as it was when the inputs were read.
 */
export async function writeDigestFile(target: DigestFileTarget, text: string): Promise<void> {
  const final = join(target.dir, target.name);
  // Web Crypto's global: this module is read with the inputs, before any run needs node:crypto.
  const random = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex');
  const temp = join(target.dir, `.${target.name}.${random}.tmp`);
  const fh = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
    const link = await notALink(final);
    if (link) throw new Error(`digest-file: ${link}`);
    await rename(temp, final);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
