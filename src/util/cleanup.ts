import { rm } from 'node:fs/promises';
import type { Runtime } from '../runtime.js';

/** The saved state the post step reads (the runner passes it back as STATE_cleanupPaths). */
export const CLEANUP_STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered: string[] = [];

/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
export function registerCleanup(rt: Runtime, path: string): void {
  if (!registered.includes(path)) registered.push(path);
  rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}

/** Removes a registered path now (it is no longer needed); the post step then finds nothing left to do. */
export async function cleanupNow(rt: Runtime, path: string): Promise<void> {
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

/** The CLI's cleanup: no runner calls a post step for it. */
export async function cleanupSavedPaths(rt: Runtime): Promise<void> {
  await removePaths(parseSavedPaths(rt.getState(CLEANUP_STATE)), (m) => rt.warning(m));
}
