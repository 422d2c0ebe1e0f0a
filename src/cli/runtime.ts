import type { Runtime } from '../host/runtime.js';
import { inputVar } from '../host/input-names.js';
import { logText } from '../util/log-text.js';

export interface CliArgs {
  command: string;
  inputs: Map<string, string>;
  /** --help / -h and --version / -V: answered without running anything. */
  help?: boolean;
  version?: boolean;
}

/** A flag that names no input: the error suggests the closest one. */
export type FlagCheck = (name: string) => void;

/**
 * `pinship <command> --name value --flag`. A flag without a value means `true`. Inputs may also come
 * from INPUT_<NAME> variables, the way the runner passes them, which keeps passwords off the command line.
 */
export function parseCliArgs(argv: string[], checkFlag: FlagCheck = () => undefined): CliArgs {
  const inputs = new Map<string, string>();
  let command = '';
  const flags: Pick<CliArgs, 'help' | 'version'> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      flags.help = true;
      continue;
    }
    if (arg === '--version' || arg === '-V') {
      flags.version = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (command) throw new Error(`Unexpected argument '${arg}'. Expected --<input> <value> after the command '${command}'`);
      command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
    if (!name) throw new Error(`Invalid argument '${arg}'. Expected --<input> <value>`);
    checkFlag(name);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i]!;
    else value = 'true';
    // Repeating an input adds a line, so list inputs (tags, images) can be given flag by flag.
    inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
  }
  return { command, inputs, ...flags };
}

export interface CliRuntime extends Runtime {
  outputs: Record<string, string>;
}

export function cliRuntime(args: CliArgs, env: NodeJS.ProcessEnv = process.env): CliRuntime {
  const outputs: Record<string, string> = {};
  const state = new Map<string, string>();
  const secrets: string[] = [];
  const mask = (m: string): string => secrets.reduce((s, secret) => s.split(secret).join('***'), m);
  // The runner reads a step's stderr for workflow commands too, so the CLI's log is made as safe as the action's.
  const log = (m: string): void => void process.stderr.write(logText(mask(m)) + '\n');
  return {
    outputs,
    input: (name) => {
      if (name === 'command') return args.command;
      const fromArgs = args.inputs.get(name);
      if (fromArgs !== undefined) return fromArgs.trim();
      // The runner's spelling keeps hyphens (INPUT_REGISTRY-AUTH); shells prefer INPUT_REGISTRY_AUTH.
      const key = inputVar(name);
      return (env[key] ?? env[key.replace(/-/g, '_')] ?? '').trim();
    },
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    info: log,
    notice: (m) => log(`notice: ${m}`),
    warning: (m) => log(`warning: ${m}`),
    // The compiler's format, which terminals and editors turn into links.
    annotate: (level, m, at) => log(`${at.file}:${at.startLine}:${at.startColumn}: ${level}: ${m}`),
    summary: async () => undefined,
    saveState: (name, value) => void state.set(name, value),
    getState: (name) => state.get(name) ?? '',
    setFailed: (m) => {
      log(`error: ${m}`);
      process.exitCode = 1;
    },
    env,
  };
}
