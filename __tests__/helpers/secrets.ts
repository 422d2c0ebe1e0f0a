import { existsSync, readFileSync } from 'node:fs';
import type { ActionRun } from './action.js';

/**
 * Everything a step displays or leaves for later steps: stdout and stderr (less the `::add-mask::`
 * lines, which exist to name the secret to the runner), GITHUB_OUTPUT (digest, metadata, ...), the job
 * summary, annotations (part of stdout), and files it was told to write (digest-file).
 */
export function displayed(run: ActionRun, files: string[] = []): Record<string, string> {
  const unmasked = (s: string): string =>
    s
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
  const out: Record<string, string> = { stdout: unmasked(run.stdout), stderr: unmasked(run.stderr), summary: run.summary };
  for (const [name, value] of Object.entries(run.outputs)) out[`output ${name}`] = value;
  for (const f of files) if (existsSync(f)) out[f] = readFileSync(f, 'utf8');
  return out;
}

/** Fails naming where a secret (a password, a token) shows up in what the step displayed. */
export function expectNoSecret(run: ActionRun, secrets: string[], files: string[] = []): void {
  const leaks: string[] = [];
  for (const [where, text] of Object.entries(displayed(run, files))) {
    for (const secret of secrets) if (secret && text.includes(secret)) leaks.push(`${where} contains a secret of ${secret.length} characters`);
  }
  expect(leaks).toEqual([]);
}
