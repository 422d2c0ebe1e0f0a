import { appendFileSync } from 'node:fs';
import type { Runtime } from './runtime.js';
import { annotation, appendKeyValue, EOL, issueCommand, writeStdout } from './runner-commands.js';
import { inputVar } from './input-names.js';
import { logText } from './util/log-text.js';

/**
 * The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE and the step summary, written
 * directly (src/runner-commands.ts). Without GITHUB_OUTPUT (e.g. @github/local-action, which stubs
 * @actions/core) the runtime goes through @actions/core, loaded only then.
 */
export async function actionRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const output = env.GITHUB_OUTPUT;
  const state = env.GITHUB_STATE;
  if (!output || !state) return coreRuntime(env);
  return {
    input: (name) => (env[inputVar(name)] ?? '').trim(),
    setOutput: (name, value) => appendKeyValue(output, name, value),
    setSecret: (value) => issueCommand('add-mask', value),
    // Annotations are escaped by the command format itself; a plain log line has to be made safe.
    info: (m) => writeStdout(`${logText(m)}${EOL}`),
    notice: (m) => annotation('notice', m),
    warning: (m) => annotation('warning', m),
    annotate: (level, message, where) => annotation(level, message, where),
    summary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, 'utf8');
    },
    saveState: (name, value) => appendKeyValue(state, name, value),
    getState: (name) => env[`STATE_${name}`] ?? '',
    setFailed: (m) => {
      process.exitCode = 1;
      annotation('error', m);
    },
    env,
  };
}

async function coreRuntime(env: NodeJS.ProcessEnv): Promise<Runtime> {
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
