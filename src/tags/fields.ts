// Splits one `tags`/`flavor` line into key=value attributes. metadata-action
// runs each line through csv-parse; we keep its observable rules (comma
// separated, first `=` splits key from value, keys case-insensitive, a field
// without `=` is a bare value) and make quoting actually protect commas, both
// as `"pattern=v(\d{1,3})"` and `pattern="v(\d{1,3})"`.

export interface Field {
  /** Lower-cased key, or undefined for a bare value such as `foo` in `type=raw,foo`. */
  key: string | undefined;
  value: string;
}

export class FieldError extends Error {}

function readQuoted(line: string, start: number): { text: string; next: number } {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= line.length) throw new FieldError('unterminated quote. Expected a closing "');
    const c = line[i];
    if (c === '"') {
      if (line[i + 1] === '"') {
        text += '"';
        i += 2;
        continue;
      }
      return { text, next: i + 1 };
    }
    text += c;
    i++;
  }
}

function splitRaw(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    let buf = '';
    if (line[i] === '"') {
      const q = readQuoted(line, i);
      buf = q.text;
      i = q.next;
    } else {
      while (i < line.length && line[i] !== ',') {
        if (line[i] === '"' && /^[^=]+=\s*$/.test(buf)) {
          const q = readQuoted(line, i);
          buf = buf.trimEnd() + q.text;
          i = q.next;
          break;
        }
        buf += line[i];
        i++;
      }
    }
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i < line.length && line[i] !== ',') {
      throw new FieldError(`unexpected '${line[i] ?? ''}' after a closing quote. Expected ',' or end of line`);
    }
    fields.push(buf);
    i++;
  }
  return fields;
}

export function splitFields(line: string): Field[] {
  const out: Field[] = [];
  for (const raw of splitRaw(line)) {
    // An empty field (`type=sha,`) carries nothing; csv-parse would turn it into
    // an empty bare value that silently clobbers `value=`.
    if (raw.trim() === '') continue;
    const eq = raw.indexOf('=');
    if (eq < 0) {
      out.push({ key: undefined, value: raw.trim() });
      continue;
    }
    const key = raw.slice(0, eq).trim().toLowerCase();
    if (key === '') throw new FieldError(`empty attribute name in '${raw.trim()}'. Expected key=value`);
    out.push({ key, value: raw.slice(eq + 1).trim() });
  }
  return out;
}

/** Non-empty, non-comment lines of a multi-line action input. */
export function inputLines(input: string | readonly string[]): string[] {
  const lines = typeof input === 'string' ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
