/** A whitespace-separated word of an instruction and its offset in the file. */
export interface Token {
  text: string;
  start: number;
}

export interface Instruction {
  keyword: string;
  /** The words after the keyword, across continuation lines. */
  args: Token[];
}

const HEREDOC = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g;

function tokens(line: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], start: offset + m.index });
  return out;
}

/**
 * Dockerfile instructions with offsets: continuation lines (trailing `\`) joined, comment lines and
 * heredoc bodies (`RUN <<EOF` ... `EOF`) skipped. The `# escape=` directive is not supported.
 */
export function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines: Array<{ text: string; start: number }> = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  let current: Instruction | undefined;
  const heredocs: string[] = [];
  for (const line of lines) {
    if (heredocs.length) {
      if (line.text.trim() === heredocs[0]) heredocs.shift();
      continue;
    }
    if (/^\s*#/.test(line.text) || (!current && !line.text.trim())) continue;
    const continued = /\\\s*$/.test(line.text);
    const body = continued ? line.text.replace(/\\\s*$/, '') : line.text;
    const words = tokens(body, line.start);
    if (!current) {
      if (!words.length) continue;
      current = { keyword: words[0].text.replace(/^\uFEFF/, '').toUpperCase(), args: words.slice(1) };
    } else {
      current.args.push(...words);
    }
    for (const m of body.matchAll(HEREDOC)) heredocs.push(m[1]);
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}
