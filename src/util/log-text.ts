import { StringDecoder } from 'node:string_decoder';

/**
 * Log text made safe for where the Actions runner reads it. The runner reads stdout and stderr
 * line by line (split at CR as well as LF) and takes a line as a workflow command when, after any
 * white space, it starts with `::`, or when it holds `##[` anywhere (the legacy form). Text from a
 * registry, a file or git can hold all of these, so every line pinship logs passes through here:
 * a leading `::` gets a backslash, `##[` becomes `##\[`, other control characters are shown as
 * `\xNN`. pinship's own workflow commands are written apart from this (src/host/runner-commands.ts).
 */

/** Where the runner (or a terminal) starts a new line; NEL and the Unicode separators too, as some viewers do. */
const BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** .NET's white space (what the runner's TrimStart drops before looking for `::`), then `::`. */
const LEADING_COMMAND = /^([\s\u0085]*)::/;
const LEGACY_COMMAND = /##\[/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const hex = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** One line (no line break in it) that cannot be a workflow command; `atStart`: it begins a line of output. */
export function neutralizeLine(line: string, atStart = true): string {
  const shown = line.replace(CONTROL, hex).replace(LEGACY_COMMAND, '##\\[');
  return atStart ? shown.replace(LEADING_COMMAND, '$1\\::') : shown;
}

/**
 * A message as log lines: each of its lines neutralized, and every line after the first indented,
 * so that a line break inside registry or file text shows as part of the message it came in, never
 * as a line of its own. pinship's own multi-line messages (a list of problems) stay readable.
 */
export function logText(message: string): string {
  return message
    .split(BREAK)
    .map((line, i) => (i ? `  ${neutralizeLine(line)}` : neutralizeLine(line)))
    .join('\n');
}

/** A partial line is let through once this long: a tool printing without line breaks must not fill memory. */
const PENDING_MAX = 64 * 1024;

/**
 * A tool's output on its way to ours (builder logs), neutralized line by line. Whole lines are
 * written as they complete; what is left is written by `end()`.
 */
export function lineGuard(write: (text: string) => void): { push(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let atStart = true;
  const take = (text: string): void => {
    pending += text;
    let i: number;
    while ((i = pending.search(/[\r\n]/)) >= 0) {
      write(`${neutralizeLine(pending.slice(0, i), atStart)}${pending[i]}`);
      pending = pending.slice(i + 1);
      atStart = true;
    }
    if (pending.length > PENDING_MAX) {
      // Two characters stay behind: a `##[` may be cut between this chunk and the next.
      const out = pending.slice(0, -2);
      write(neutralizeLine(out, atStart));
      atStart &&= /^[\s\u0085]*$/.test(out);
      pending = pending.slice(-2);
    }
  };
  return {
    push: (chunk) => take(decoder.write(chunk)),
    end: () => {
      take(decoder.end());
      if (pending) write(neutralizeLine(pending, atStart));
      pending = '';
    },
  };
}

/**
 * JSON text for stdout, as the CLI prints its outputs: JSON.stringify already escapes line breaks, and
 * no line of it starts with `::`; `##[` inside a string is written `##\u005b`, the same value.
 */
export const jsonText = (json: string): string => json.replace(LEGACY_COMMAND, '##\\u005b');
