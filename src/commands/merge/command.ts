import type { CommandResult, Runtime } from '../../host/runtime.js';
import { readMergeSettings } from './settings.js';

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
export async function runMergeCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readMergeSettings(rt);
  return (await import('./execute.js')).executeMerge(s, rt);
}
