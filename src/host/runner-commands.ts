import { appendFileSync, writeSync } from 'node:fs';
import type { AnnotationLevel, AnnotationLocation } from './runtime.js';

/**
 * The runner's workflow commands and file commands, written directly: @actions/core's only entry
 * point loads @actions/http-client and with it undici, measured at ~0.15 CPU-s and ~18 MiB of RSS
 * per run (bench/promote.mjs), a tenth of a whole promotion's CPU. Same wire format as @actions/core:
 * `::cmd props::data` lines and `name<<delimiter` file entries; @actions/core still serves runs
 * without the runner's files (src/host/action-runtime.ts).
 */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** os.EOL without loading node:os on every run's path. */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/**
 * A writer to `fd` with writeSync, falling back to `stream()` for good once the fd answers EAGAIN
 * (non-blocking and full; the stream waits for the pipe) or fails otherwise (the stream handles that
 * as process.stdout always did). Every later write goes through the stream too, so that no line
 * overtakes the ones still queued there.
 */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let queued = false;
  return (text) => {
    if (queued) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(fd, bytes, done);
      } catch {
        queued = true;
        stream().write(bytes.subarray(done));
        return;
      }
    }
  };
}

/**
 * stdout written with writeSync: process.stdout on a pipe (as the runner gives it) loads net and some
 * 20 stream modules, ~0.2× of bare Node's start-up in a failing run (bench/cold-start.mjs).
 */
export const writeStdout = fdWriter(1, () => process.stdout);

export function issueCommand(command: string, message: string, props: Record<string, string | number> = {}): void {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  writeStdout(`::${command}${p ? ` ${p}` : ''}::${escapeData(message)}${EOL}`);
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
