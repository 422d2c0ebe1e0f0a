import { appendFileSync } from 'node:fs';
import type { Runtime } from './runtime.js';
import { annotation, appendKeyValue, EOL, issueCommand, writeStdout } from './runner-commands.js';
import { inputVar } from './input-names.js';
import { logText } from '../util/log-text.js';

/**
 * Where a name/value pair goes: the runner's file when it gives one, else the workflow command
 * @actions/core falls back to (`::set-output`, `::save-state`), so a run without the runner's files
 * behaves as it did through @actions/core without paying for loading it.
 */
function keyValueSink(file: string | undefined, command: string): (name: string, value: string) => void {
  return file ? (name, value) => appendKeyValue(file, name, value) : (name, value) => issueCommand(command, value, { name });
}

/**
 * The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE and the step summary, written
 * directly (src/host/runner-commands.ts): @actions/core's entry point loads its HTTP client, which costs
 * more than a failing run's whole check of its inputs.
 */
export function runnerRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  return {
    input: (name) => (env[inputVar(name)] ?? '').trim(),
    setOutput: keyValueSink(env.GITHUB_OUTPUT, 'set-output'),
    setSecret: (value) => issueCommand('add-mask', value),
    // Annotations are escaped by the command format itself; a plain log line has to be made safe.
    info: (m) => writeStdout(`${logText(m)}${EOL}`),
    notice: (m) => annotation('notice', m),
    warning: (m) => annotation('warning', m),
    annotate: (level, message, where) => annotation(level, message, where),
    summary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, 'utf8');
    },
    saveState: keyValueSink(env.GITHUB_STATE, 'save-state'),
    getState: (name) => env[`STATE_${name}`] ?? '',
    setFailed: (m) => {
      process.exitCode = 1;
      annotation('error', m);
    },
    env,
  };
}

/**
 * Through @actions/core, for @github/local-action: it runs src/app/run.ts's run() with no runtime and
 * stubs @actions/core to collect outputs and state, which it shows and hands to the post step.
 */
export async function coreRuntime(env: NodeJS.ProcessEnv): Promise<Runtime> {
  const core = await import('@actions/core');
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (m) => core.info(logText(m)),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    annotate: (level, message, where) => {
      const props = { file: where.file, startLine: where.startLine, startColumn: where.startColumn };
      if (level === 'error') core.error(message, props);
      else if (level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    },
    summary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setFailed: (m) => core.setFailed(m),
    env,
  };
}
