/** Offsets to 1-based line and column, counting UTF-16 units as editors and GitHub annotations do. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** A byte-order mark is kept in the text (and written back) but is no column. */
  private readonly bom: boolean;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + (lo === 0 && this.bom ? 0 : 1) };
  }
}

/** The file's own line ending, so inserted lines match their neighbours. */
export function lineEnding(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** Files larger than this are reported, not read: deployment files are small, and the limit keeps a stray dump out of memory. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a deployment file, or why it is not one (binary content, invalid UTF-8, too large). */
export function sizeProblem(size: number): { problem: string } | undefined {
  return size > MAX_FILE_BYTES ? { problem: `file is ${size} bytes, more than the ${MAX_FILE_BYTES}-byte limit for deployment files` } : undefined;
}

export function decodeText(bytes: Buffer): { text: string } | { problem: string } {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.includes(0)) return { problem: 'file is binary (contains NUL bytes), expected YAML, JSON or a Dockerfile' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'file is not valid UTF-8 text' };
  }
}
