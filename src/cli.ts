import { actionMeta } from './action-meta.js';
import { closest, unknownInputWarnings } from './input-names.js';
import { commandHelp, generalHelp } from './cli-help.js';
import { cliVersion } from './version.js';
import { cliRuntime, parseCliArgs, type CliArgs } from './cli-runtime.js';
import { parseCommand, post, run } from './main.js';

/** Unknown flags are errors, not inputs: a typo must not build with a default instead. */
function checkFlag(name: string): void {
  const names = actionMeta().inputs.map((f) => f.name);
  if (names.includes(name) || name === 'command') return;
  const guess = closest(name, [...names, 'help', 'version']);
  throw new Error(`Unknown option '--${name}'.${guess ? ` Did you mean '--${guess}'?` : ''} See pinship --help.`);
}

/** --help and --version answer on stdout and run nothing. */
function answered(args: CliArgs): boolean {
  if (args.version) process.stdout.write(`${cliVersion()}\n`);
  else if (args.help) process.stdout.write(args.command ? commandHelp(parseCommand(args.command)) : generalHelp());
  return Boolean(args.version || args.help);
}

/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
export async function cli(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseCliArgs(argv, checkFlag);
    if (answered(args)) return;
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const rt = cliRuntime(args);
  // INPUT_* variables are inputs here too, and as easily misspelled.
  for (const w of unknownInputWarnings(rt.env)) rt.warning(w);
  await run(rt);
  // No runner calls a post step for the CLI: clean up now.
  await post(rt).catch((e: unknown) => rt.warning(`cleanup failed: ${String(e)}`));
  if (!process.exitCode) process.stdout.write(JSON.stringify(rt.outputs, null, 2) + '\n');
}
