import type { Runtime } from '../../src/host/runtime.js';

/** What a settings reader did with the runtime: inputs it asked for, values it masked, notices it gave. */
export interface InputsRuntime extends Runtime {
  asked: Set<string>;
  secrets: string[];
  notices: string[];
}

/** A runtime over a plain map of inputs: settings parsing needs nothing else. */
export function inputsRuntime(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputsRuntime {
  const asked = new Set<string>();
  const secrets: string[] = [];
  const notices: string[] = [];
  const none = (): undefined => undefined;
  return {
    asked,
    secrets,
    notices,
    input: (n) => {
      asked.add(n);
      return inputs[n] ?? '';
    },
    setOutput: none,
    setSecret: (v) => void secrets.push(v),
    info: none,
    notice: (m) => void notices.push(m),
    warning: none,
    annotate: none,
    summary: async () => undefined,
    saveState: none,
    getState: () => '',
    setFailed: none,
    env,
  };
}
