import { readFileSync } from 'node:fs';

/** Edit distance, for "did you mean" suggestions on misspelled inputs and flags. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** The runner's spelling of an input's variable: INPUT_ + upper case, spaces as underscores (hyphens kept). */
export const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * action.yml at the repository root, two levels above this file; the bundle gets its own copy beside
 * dist/index.js, which is where ncc points this URL once bundled.
 */
export const actionYmlUrl = (): URL => new URL('../../action.yml', import.meta.url);

/**
 * The inputs of action.yml and their defaults without a YAML parser: every action run checks its
 * INPUT_* variables, and loading the parser cost more than half of a failing run's start-up.
 * The file is ours and keeps each input as a two-space-indented key under `inputs:` with a one-line
 * `default:` under it; a test holds this to the full parse.
 */
export function actionInputs(text?: string): ReadonlyMap<string, string | undefined> {
  if (text === undefined) {
    // Not `??=`: ncc's asset relocator skips a module it cannot walk, and action.yml then ships under a hashed name.
    if (!shipped) shipped = actionInputs(readFileSync(actionYmlUrl(), 'utf8'));
    return shipped;
  }
  const inputs = new Map<string, string | undefined>();
  let inInputs = false;
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inInputs = /^inputs:\s*$/.test(line);
    else if (inInputs) {
      const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
      if (key) inputs.set((current = key[1]), undefined);
      const def = /^ {4}default:\s*(.*?)\s*$/.exec(line);
      if (def && current) inputs.set(current, def[1].replace(/^(["'])(.*)\1$/, '$2'));
    }
  }
  return inputs;
}

let shipped: ReadonlyMap<string, string | undefined> | undefined;

export const inputNames = (text?: string): string[] => [...actionInputs(text).keys()];

/** INPUT_* variables that name no input of action.yml, each with the closest valid input where there is one. */
export function unknownInputWarnings(env: NodeJS.ProcessEnv): string[] {
  if (!Object.keys(env).some((k) => k.startsWith('INPUT_'))) return [];
  const names = inputNames();
  // Shells cannot export hyphens, so INPUT_REGISTRY_AUTH counts as registry-auth too (the CLI reads it).
  const known = new Set(names.flatMap((n) => [inputVar(n), inputVar(n).replace(/-/g, '_')]));
  return Object.keys(env)
    .filter((k) => k.startsWith('INPUT_') && !known.has(k))
    .map((k) => {
      const guess = closest(k.slice(6).toLowerCase().replace(/_/g, '-'), names);
      return `Unexpected input '${k.slice(6).toLowerCase()}' (${k}): action.yml has no such input, so it is ignored.${guess ? ` Did you mean '${guess}'?` : ''}`;
    });
}
