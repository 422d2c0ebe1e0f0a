import { CLEANUP_STATE, ownedPaths, parseSavedPaths, removePaths } from '../util/cleanup.js';
import { issueCommand } from '../host/runner-commands.js';

/** Workflow commands written directly: loading @actions/core would cost more than the cleanup itself. */
const warn = (message: string): void => issueCommand('warning', message);

/**
 * The saved state: the runner passes it as STATE_* variables (and always sets GITHUB_STATE). Elsewhere,
 * e.g. under @github/local-action, state lives in @actions/core, which is only loaded then.
 */
async function savedState(env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env[`STATE_${CLEANUP_STATE}`];
  if (fromEnv !== undefined || env.GITHUB_STATE) return fromEnv ?? '';
  return (await import('@actions/core')).getState(CLEANUP_STATE);
}

/**
 * The post step: removes what the main step registered for cleanup, and nothing else. It never reads
 * inputs, so a missing or garbled state can only mean less cleanup, never a second build; a state
 * naming paths pinship did not make removes none of them.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const paths = ownedPaths(parseSavedPaths(await savedState(env)), env, warn);
  if (paths.length) await removePaths(paths, warn);
}
