import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationLevel, AnnotationLocation } from './runtime.js';

/**
 * The runner's workflow commands and file commands, written directly: @actions/core's only entry
 * point loads @actions/http-client and with it undici, measured at ~0.15 CPU-s and ~18 MiB of RSS
 * per run (bench/promote.mjs), a tenth of a whole promotion's CPU. Same wire format as @actions/core:
 * `::cmd props::data` lines and `name<<delimiter` file entries; @actions/core still serves runs
 * without the runner's files (src/action-runtime.ts).
 */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function issueCommand(command: string, message: string, props: Record<string, string | number> = {}): void {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${p ? ` ${p}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter` … to a runner file (GITHUB_OUTPUT, GITHUB_STATE); the delimiter is random per entry. */
export function appendKeyValue(file: string, name: string, value: string): void {
  // Web Crypto's global, loaded on first use: a run that writes no output never loads node:crypto.
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected output '${name}': it contains the file-command delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function annotation(level: AnnotationLevel, message: string, where?: AnnotationLocation): void {
  issueCommand(level, message, where ? { file: where.file, line: where.startLine, col: where.startColumn } : {});
}
