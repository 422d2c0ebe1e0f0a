/**
 * docker/build-push-action's list inputs (actions-toolkit's Util.getList): the value is read as CSV
 * (csv-parse with relaxQuotes, skipEmptyLines), so an entry in double quotes may span lines and
 * hold commas, and `""` inside quotes is one `"`. With `ignoreComma` an entry's comma-separated
 * fields are joined again (a comma belongs to the value); without it each field is an entry.
 * Implemented here rather than pulled in: these inputs need only this much of csv-parse, and a
 * workflow moved from build-push-action must read the same entries.
 */
export interface BpaListOptions {
  ignoreComma: boolean;
  /** build-push-action keeps `secrets` entries untrimmed: whitespace may be part of a value. */
  trim: boolean;
}

/** A double-quoted entry left open: which entry, never its text (it may be a secret). */
export class UnclosedQuoteError extends Error {
  constructor(readonly entry: number) {
    super(`a double-quoted entry (entry ${entry}) has no closing quote`);
  }
}

const LINE_ENDS = ['\r\n', '\n', '\r'];

/** Records of fields, as csv-parse returns them with build-push-action's options. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoting = false;
  let wasQuoting = false;
  // csv-parse takes the first line ending it meets outside quotes as the only one.
  let lineEnd = '';
  const lineEndAt = (pos: number): string => {
    if (!lineEnd) lineEnd = LINE_ENDS.find((e) => text.startsWith(e, pos)) ?? '';
    return lineEnd && text.startsWith(lineEnd, pos) ? lineEnd : '';
  };
  const endField = (): void => {
    fields.push(field);
    field = '';
    wasQuoting = false;
  };
  for (let pos = 0; pos < text.length; pos++) {
    const chr = text[pos];
    if (quoting && chr === '"') {
      if (text[pos + 1] === '"') {
        field += '"';
        pos++;
        continue;
      }
      quoting = false;
      wasQuoting = true;
      const next = pos + 1;
      if (next >= text.length || text[next] === ',' || lineEndAt(next)) continue;
      // relaxQuotes: a quote closed in the middle of a field was no quote; the field keeps both.
      field = `"${field}"`;
      continue;
    }
    if (quoting) {
      field += chr;
      continue;
    }
    const end = lineEndAt(pos);
    if (end) {
      if (wasQuoting || fields.length || field) {
        endField();
        records.push(fields);
        fields = [];
      }
      pos += end.length - 1;
    } else if (chr === ',') endField();
    else if (chr === '"' && !field && !wasQuoting) quoting = true;
    else field += chr;
  }
  if (quoting) throw new UnclosedQuoteError(records.length + 1);
  if (wasQuoting || fields.length || field) {
    endField();
    records.push(fields);
  }
  return records;
}

/** The entries build-push-action reads from a list input's value. */
export function bpaList(text: string, opts: BpaListOptions): string[] {
  // As actions-toolkit: a one-field record splits at commas; quoted fields of a longer one stay whole.
  const entries = csvRecords(text).flatMap((r) => (opts.ignoreComma ? [r.join(',')] : r.length === 1 ? r[0].split(',') : r));
  return entries.filter((e) => e).map((e) => (opts.trim ? e.trim() : e));
}
