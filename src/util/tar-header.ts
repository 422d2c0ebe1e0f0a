/**
 * One 512-byte tar header and the pax records that amend it: ustar, GNU (long names, base-256
 * numbers) and pax, the formats `docker save` (Go's archive/tar) and GNU tar write.
 */

export const BLOCK = 512;

/**
 * The largest pax or GNU long-name body read into memory: real ones hold a path or a few
 * records, so 1 MiB is generous while a hostile archive cannot make pinship buffer gigabytes.
 */
export const MAX_META_BODY = 1024 * 1024;

export interface RawHeader {
  /** ustar name, with the ustar prefix when the magic says the prefix field is one. */
  name: string;
  linkname: string;
  size: number;
  /** The type flag, '0' for the old NUL flag. */
  type: string;
}

function text(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

/**
 * A numeric field: octal digits (NUL- or space-terminated), or GNU base-256 when the high bit of
 * the first byte is set, which is how sizes of 8 GiB and more are written.
 */
export function numericField(block: Buffer, offset: number, length: number, what: string): number {
  const first = block[offset];
  if (first & 0x80) {
    if (first === 0xff) throw new Error(`${what} is a negative base-256 number`);
    let n = BigInt(first & 0x7f);
    for (let i = 1; i < length; i++) n = (n << 8n) | BigInt(block[offset + i]);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`${what} is ${n}, larger than pinship can address`);
    return Number(n);
  }
  const digits = text(block, offset, length).trim();
  if (!/^[0-7]*$/.test(digits)) throw new Error(`${what} is '${digits}', expected octal digits`);
  return digits ? parseInt(digits, 8) : 0;
}

/** The stored checksum against the unsigned (POSIX) and signed (old Unix tar) byte sums. */
function checkChecksum(block: Buffer, at: number): void {
  const stored = numericField(block, 148, 8, `tar header at byte ${at}: checksum field`);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) {
    throw new Error(`tar header at byte ${at}: checksum ${stored} does not match the header's bytes (${unsigned}): not a tar archive, or a corrupted one`);
  }
}

export function isZeroBlock(block: Buffer): boolean {
  return block.every((b) => b === 0);
}

/** A checked header; the caller has already recognised the all-zero end-of-archive block. */
export function parseHeader(block: Buffer, at: number): RawHeader {
  checkChecksum(block, at);
  const name = text(block, 0, 100);
  // Only POSIX ustar ("ustar\0") has a name prefix at 345; GNU ("ustar  \0") keeps times there.
  const ustar = block.subarray(257, 263).toString('latin1') === 'ustar\0';
  const prefix = ustar ? text(block, 345, 155) : '';
  return {
    name: prefix ? `${prefix}/${name}` : name,
    linkname: text(block, 157, 100),
    size: numericField(block, 124, 12, `tar header at byte ${at} ('${name}'): size`),
    type: block[156] ? String.fromCharCode(block[156]) : '0',
  };
}

/** `<length> <key>=<value>\n` records of a pax extended header, each length checked. */
export function parsePaxRecords(body: Buffer, at: number): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  const bad = (why: string): Error => new Error(`pax header at byte ${at}: ${why} at record offset ${pos}`);
  while (pos < body.length) {
    // Some writers pad the body with NULs.
    if (body.subarray(pos).every((b) => b === 0)) break;
    const space = body.indexOf(0x20, pos);
    const lengthText = space < 0 ? '' : body.subarray(pos, space).toString('latin1');
    if (!/^[1-9][0-9]{0,7}$/.test(lengthText)) throw bad('a record does not start with its length');
    const end = pos + Number(lengthText);
    if (end > body.length || end <= space + 1 || body[end - 1] !== 0x0a) throw bad('a record length does not match its newline');
    const record = body.subarray(space + 1, end - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq <= 0) throw bad('a record has no key=value');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    pos = end;
  }
  return out;
}

/** pax `size=`: decimal, and within what a JavaScript number holds exactly. */
export function paxSize(value: string, at: number): number {
  if (!/^[0-9]{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER) throw new Error(`pax header at byte ${at}: size '${value}' is not a byte count`);
  return Number(value);
}
