import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, resolve } from 'node:path';

/** The little of the runtime cleanup needs: step state and warnings (the runtime itself lives above util/). */
export interface CleanupHost {
  saveState(name: string, value: string): void;
  getState(name: string): string;
  warning: (message: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The saved state the post step reads (the runner passes it back as STATE_cleanupPaths). */
export const CLEANUP_STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered: string[] = [];

/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
export function registerCleanup(rt: CleanupHost, path: string): void {
  if (!registered.includes(path)) registered.push(path);
  rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}

/** Removes a registered path now (it is no longer needed); the post step then finds nothing left to do. */
export async function cleanupNow(rt: CleanupHost, path: string): Promise<void> {
  await removePaths([path], (m) => rt.warning(m));
  const i = registered.indexOf(path);
  if (i >= 0) registered.splice(i, 1);
  rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}

/** Cleanup problems are warnings: the image is already pushed by then. */
export async function removePaths(paths: string[], warn: (message: string) => void): Promise<void> {
  for (const p of paths) {
    try {
      await rm(p, { recursive: true, force: true });
    } catch (e) {
      warn(`could not remove ${p}: ${String(e)}`);
    }
  }
}

/** The saved list, or none when the state is empty or not a list of paths (nothing is removed on a guess). */
export function parseSavedPaths(raw: string): string[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string' && p !== '') : [];
  } catch {
    return [];
  }
}

/** How every temporary path pinship registers for cleanup is named (`mkdtemp(join(RUNNER_TEMP, 'pinship-…'))`). */
export const TEMP_PREFIX = 'pinship-';

/**
 * Of the saved paths, those pinship can have made: directly in RUNNER_TEMP (the system's temporary
 * folder outside a runner) and named with its prefix. The state is only a list of strings, and
 * anything that can write a step's state could name the workspace or /etc; those are reported, not removed.
 */
export function ownedPaths(paths: string[], env: NodeJS.ProcessEnv, warn: (message: string) => void): string[] {
  const root = resolve(env.RUNNER_TEMP || tmpdir());
  return paths.filter((p) => {
    const ours = isAbsolute(p) && resolve(p) === p && dirname(p) === root && basename(p).startsWith(TEMP_PREFIX) && basename(p) !== TEMP_PREFIX;
    if (!ours) warn(`not removing '${p}': pinship removes only what it created, ${root}/${TEMP_PREFIX}*`);
    return ours;
  });
}

/** The CLI's cleanup: no runner calls a post step for it. */
export async function cleanupSavedPaths(rt: CleanupHost): Promise<void> {
  const warn = (m: string): void => rt.warning(m);
  await removePaths(ownedPaths(parseSavedPaths(rt.getState(CLEANUP_STATE)), rt.env, warn), warn);
}
