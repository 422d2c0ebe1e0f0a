import * as core from '@actions/core';
import type { Runtime } from './runtime.js';

/** The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE and the step summary. */
export function actionRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (m) => core.info(m),
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
