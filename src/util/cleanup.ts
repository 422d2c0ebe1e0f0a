import { rm } from 'node:fs/promises';
import type { Runtime } from '../runtime.js';

const STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered: string[] = [];

/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
export function registerCleanup(rt: Runtime, path: string): void {
  registered.push(path);
  rt.saveState(STATE, JSON.stringify(registered));
}

/** Cleanup problems are warnings: the image is already pushed by then. */
export async function cleanupSavedPaths(rt: Runtime): Promise<void> {
  const raw = rt.getState(STATE);
  if (!raw) return;
  for (const p of JSON.parse(raw) as string[]) {
    try {
      await rm(p, { recursive: true, force: true });
    } catch (e) {
      rt.warning(`could not remove ${p}: ${String(e)}`);
    }
  }
}
