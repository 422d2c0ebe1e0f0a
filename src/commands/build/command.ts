import type { CommandResult, Runtime } from '../../host/runtime.js';
import { readBuildSettings } from './settings.js';

/**
 * The inputs are read on a light module graph first: a run that fails on them loads no builder,
 * registry, signing or publishing code (cold start). Then the rest (./execute.ts), or for `call`,
 * which makes no image, ./call-run.ts.
 */
export async function runBuildCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readBuildSettings(rt);
  if (s.call) return (await import('./call-run.js')).executeCall(s, s.call, rt);
  return (await import('./execute.js')).executeBuild(s, rt);
}
