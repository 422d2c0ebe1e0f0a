import { closest, inputNames } from '../host/input-names.js';
import { cliVersion } from '../version.js';
import { cliRuntime, parseCliArgs, type CliArgs } from './runtime.js';
import { parseCommand } from '../app/catalog.js';
import { post, run } from '../app/run.js';
import { jsonText, logText } from '../util/log-text.js';

/** Unknown flags are errors, not inputs: a typo must not build with a default instead. */
function checkFlag(name: string): void {
  // The line scan of action.yml that every run makes anyway (cached), not the YAML parser help needs.
  const names = inputNames();
  if (names.includes(name)) return;
  const guess = closest(name, [...names, 'help', 'version']);
  throw new Error(`Unknown option '--${name}'.${guess ? ` Did you mean '--${guess}'?` : ''} See pinship --help.`);
}

/** --help and --version answer on stdout and run nothing; help alone loads the YAML parser. */
async function answered(args: CliArgs): Promise<boolean> {
  if (args.version) process.stdout.write(`${cliVersion()}\n`);
  else if (args.help) {
    const { commandHelp, generalHelp } = await import('./help.js');
    process.stdout.write(args.command ? commandHelp(parseCommand(args.command)) : generalHelp());
  }
  return Boolean(args.version || args.help);
}

/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
export async function cli(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseCliArgs(argv, checkFlag);
    if (await answered(args)) return;
  } catch (e) {
    process.stderr.write(`error: ${logText((e as Error).message)}\n`);
    process.exitCode = 2;
    return;
  }
  const rt = cliRuntime(args);
  await run(rt);
  // No runner calls a post step for the CLI: clean up now.
  await post(rt).catch((e: unknown) => rt.warning(`cleanup failed: ${String(e)}`));
  // A failed verify still sets its findings: a script reads them here whatever the exit code.
  if (!process.exitCode || Object.keys(rt.outputs).length) process.stdout.write(jsonText(JSON.stringify(rt.outputs, null, 2)) + '\n');
}
