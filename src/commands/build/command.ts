import type { CommandResult, Runtime } from '../../host/runtime.js';
import { readBuildSettings } from './settings.js';

/**
 * The inputs are read on a light module graph first: a run that fails on them loads no builder,
 * registry, signing or publishing code (cold start). Then the rest (./execute.ts).
 */
export async function runBuildCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readBuildSettings(rt);
  return (await import('./execute.js')).executeBuild(s, rt);
}
