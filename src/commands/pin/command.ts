import type { CommandResult, Runtime } from '../../host/runtime.js';
import { readPinSettings } from './settings.js';

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
export async function runPinCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readPinSettings(rt);
  return (await import('./execute.js')).executePin(s, rt);
}
