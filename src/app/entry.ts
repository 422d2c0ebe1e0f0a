import { runnerRuntime } from '../host/action-runtime.js';
import { run } from './run.js';

/**
 * dist/index.js is both entry points, so the action and the CLI ship one bundle: the runner runs it
 * directly, and dist/cli.js sets a flag before importing it. The CLI's code loads only in CLI mode.
 */
declare global {
  var pinshipCli: boolean | undefined;
}

export async function start(): Promise<void> {
  if (globalThis.pinshipCli) {
    await (await import('../cli/cli.js')).cli(process.argv.slice(2));
    return;
  }
  await run(runnerRuntime());
}
