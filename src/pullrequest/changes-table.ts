/** One reference in the `metadata` output: where it is, what it said, what it says now. */
export interface PinChange {
  file: string;
  line: number;
  column: number;
  old: string;
  new: string;
}

/**
 * A markdown table of the changes, for the pull request body and the job summary. With `maxChars`,
 * rows that would not fit are counted in a last row instead.
 */
export function changesTable(changes: PinChange[], maxChars = Infinity): string {
  const lines = ['| File | Line | Image | Pinned to |', '| --- | ---: | --- | --- |'];
  let size = lines.join('\n').length;
  for (const [i, c] of changes.entries()) {
    const row = `| ${code(c.file)} | ${c.line}:${c.column} | ${code(c.old)} | ${code(c.new)} |`;
    const rest = changes.length - i;
    // Room for the "more" row whenever rows remain after this one.
    const reserve = rest > 1 ? 80 : 0;
    if (size + row.length + 1 + reserve > maxChars) {
      lines.push(`| … | | | ${plural(rest, 'more change')} (see the \`metadata\` output) |`);
      break;
    }
    lines.push(row);
    size += row.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** An inline code span that survives backticks in the text and keeps `|` from ending the cell. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
