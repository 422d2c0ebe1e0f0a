import { errorMessage } from '../util/error-message.js';
import { formatDuration, timeoutInput } from '../settings/reliability.js';
import { StoppedError, stopReason, stopRun } from '../util/abort.js';
import { ExecError } from '../util/exec-error.js';
import { coreRuntime } from '../host/action-runtime.js';
import { actionInputs, unknownInputWarnings } from '../host/input-names.js';
import { dispatch, ignoredInputWarnings, parseCommand, type Command } from './catalog.js';
import { failureSummary } from '../report/failure.js';
import type { Runtime } from '../host/runtime.js';

/** The CLI's cleanup (no runner calls a post step for it); the action's post step is src/post.ts. */
export async function post(rt: Runtime): Promise<void> {
  const { cleanupSavedPaths } = await import('../util/cleanup.js');
  await cleanupSavedPaths(rt);
}

/** A failed run's job summary: what failed and what was left untouched (src/report/failure.ts). */
async function failedSummary(rt: Runtime, command: Command | undefined, message: string): Promise<void> {
  try {
    await rt.summary(failureSummary(command ?? 'run', message));
  } catch (e) {
    rt.warning(`could not write the job summary: ${errorMessage(e)}`);
  }
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM, then SIGKILL. Either signal stops the run: child
 * processes are killed, requests in flight cut, no tag is pushed after it, and the step fails saying so.
 */
function stopOnSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals): void =>
    stopRun(
      new StoppedError(
        `pinship was cancelled (${signal}) before it finished; no tag was moved after that point, and the post step removes its temporary files`,
      ),
    );
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** `timeout` bounds the whole command: past it the run stops as a cancelled one does. */
function stopAfter(ms: number | undefined): () => void {
  if (ms === undefined) return () => undefined;
  const timer = setTimeout(
    () => stopRun(new StoppedError(`pinship did not finish within ${formatDuration(ms)} (input 'timeout') and was stopped; no tag was moved after that point`)),
    ms,
  );
  return () => clearTimeout(timer);
}

/**
 * Entry point for the action, the CLI and @github/local-action (which calls it with no argument, and
 * collects outputs and state through its stand-in for @actions/core). Any failure fails the step,
 * whatever was thrown.
 */
export async function run(runtime?: Runtime): Promise<void> {
  const rt = runtime ?? (await coreRuntime(process.env));
  let command: Command | undefined;
  const release = [stopOnSignals()];
  try {
    // INPUT_* variables are inputs in the CLI too, and as easily misspelled.
    for (const w of unknownInputWarnings(rt.env)) rt.warning(w);
    command = parseCommand(rt.input('command'));
    for (const w of ignoredInputWarnings(command, (n) => rt.input(n), actionInputs())) rt.warning(w);
    release.push(stopAfter(timeoutInput(rt)));
    const result = await dispatch(command, rt);
    for (const [name, value] of Object.entries(result.outputs)) rt.setOutput(name, value);
    if (result.summary) await rt.summary(result.summary);
    if (result.failure) rt.setFailed(result.failure);
  } catch (thrown) {
    // A stopped run fails with why it was stopped, not with whatever the cut-off request threw.
    const e = stopReason() ?? thrown;
    // The annotation carries the tool's own words; the command line that failed goes to the log.
    if (e instanceof ExecError) rt.info(`pinship: the command that failed: ${e.command}`);
    rt.setFailed(errorMessage(e));
    await failedSummary(rt, command, errorMessage(e));
  } finally {
    for (const r of release) r();
  }
}
