// What every bench script shares: the median it reports, and the runner's file-command files an action
// run as the runner runs it writes to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The middle value (the upper one of an even count): runs vary, so every figure is a median. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY as empty files in `dir`, as variables for the child's environment. */
export function runnerFiles(dir) {
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(dir, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}
