import { run } from './main.js';

/**
 * dist/index.js is both entry points, so the action and the CLI ship one bundle: the runner runs it
 * directly, and dist/cli.js sets a flag before importing it. Each side loads only its own runtime.
 */
declare global {
  var pinshipCli: boolean | undefined;
}

export async function start(): Promise<void> {
  if (globalThis.pinshipCli) {
    await (await import('./cli.js')).cli(process.argv.slice(2));
    return;
  }
  await run();
}
