import { cliRuntime, parseCliArgs } from './cli-runtime.js';
import { post, run } from './main.js';

/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
export async function cli(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const rt = cliRuntime(args);
  await run(rt);
  // No runner calls a post step for the CLI: clean up now.
  await post(rt).catch((e: unknown) => rt.warning(`cleanup failed: ${String(e)}`));
  if (!process.exitCode) process.stdout.write(JSON.stringify(rt.outputs, null, 2) + '\n');
}

