import type { CommandResult, Runtime } from '../../host/runtime.js';
import { checkForm, readEnvironmentSettings } from './environment/settings.js';
import { readPromoteSettings } from './settings.js';

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
export async function runPromoteCommand(rt: Runtime): Promise<CommandResult> {
  if (checkForm(rt) === 'environment') {
    const s = await readEnvironmentSettings(rt);
    return (await import('./environment/execute.js')).executeEnvironmentPromote(s, rt);
  }
  const s = await readPromoteSettings(rt);
  return (await import('./execute.js')).executePromote(s, rt);
}
