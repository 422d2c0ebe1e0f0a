import { errorMessage } from './registry/errors.js';
import type { CommandResult, Runtime } from './runtime.js';

export const COMMANDS = ['build', 'meta', 'promote', 'merge', 'pin', 'verify'] as const;
export type Command = (typeof COMMANDS)[number];

export function parseCommand(value: string): Command {
  const v = (value || 'build').trim().toLowerCase();
  if ((COMMANDS as readonly string[]).includes(v)) return v as Command;
  throw new Error(`Invalid input 'command': '${value}'. Expected one of ${COMMANDS.join(', ')}.`);
}

/** Commands load lazily: a failing input check must not pay for builder or registry code. */
async function dispatch(command: Command, rt: Runtime): Promise<CommandResult> {
  switch (command) {
    case 'build':
      return (await import('./commands/build/command.js')).runBuildCommand(rt);
    case 'meta':
      return (await import('./commands/meta/command.js')).runMetaCommand(rt);
    case 'promote':
      return (await import('./commands/promote/command.js')).runPromoteCommand(rt);
    case 'merge':
      return (await import('./commands/merge/command.js')).runMergeCommand(rt);
    case 'pin':
      return (await import('./commands/pin/command.js')).runPinCommand(rt);
    case 'verify':
      return (await import('./commands/verify/command.js')).runVerifyCommand(rt);
  }
}

/** The post step: removes what the main step left behind (temporary docker configs, build dirs). */
export async function post(rt: Runtime): Promise<void> {
  const { cleanupSavedPaths } = await import('./util/cleanup.js');
  await cleanupSavedPaths(rt);
}

/** Entry point for both the action and the CLI; any failure fails the step, whatever was thrown. */
export async function run(rt: Runtime): Promise<void> {
  try {
    if (rt.getState('isPost') === 'true') {
      await post(rt);
      return;
    }
    rt.saveState('isPost', 'true');
    const result = await dispatch(parseCommand(rt.input('command')), rt);
    for (const [name, value] of Object.entries(result.outputs)) rt.setOutput(name, value);
    if (result.summary) await rt.summary(result.summary);
    if (result.failure) rt.setFailed(result.failure);
  } catch (e) {
    rt.setFailed(errorMessage(e));
  }
}
