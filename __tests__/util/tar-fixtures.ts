/** Hand-made tar headers, for archives no well-behaved tar writer produces. */

export interface HeaderSpec {
  name: string;
  /** Type flag; '0' (regular file) by default. */
  type?: string;
  /** Written in octal into the size field, unless `sizeField` is given. */
  size?: number;
  /** The 12 raw bytes of the size field (a base-256 number, say). */
  sizeField?: Buffer;
  linkname?: string;
  /** Added to the stored checksum, to make it wrong. */
  checksumSkew?: number;
}

/** A POSIX ustar header with a correct checksum (unless skewed). */
export function header(spec: HeaderSpec): Buffer {
  const h = Buffer.alloc(512);
  h.write(spec.name, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  if (spec.sizeField) spec.sizeField.copy(h, 124);
  else h.write((spec.size ?? 0).toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write(spec.type ?? '0', 156);
  if (spec.linkname) h.write(spec.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263);
  h.write('        ', 148);
  const sum = h.reduce((a, b) => a + b, 0) + (spec.checksumSkew ?? 0);
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

const pad = (n: number): Buffer => Buffer.alloc((512 - (n % 512)) % 512);

/** A header and its body, padded to whole blocks. The header's size defaults to the body's. */
export function member(spec: HeaderSpec, body: Buffer | string = Buffer.alloc(0)): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([header({ size: spec.sizeField ? undefined : bytes.length, ...spec }), bytes, pad(bytes.length)]);
}

export const file = (name: string, body: string | Buffer): Buffer => member({ name }, body);
export const dir = (name: string): Buffer => member({ name, type: '5' });
export const symlink = (name: string, target: string): Buffer => member({ name, type: '2', linkname: target });
export const hardlink = (name: string, target: string): Buffer => member({ name, type: '1', linkname: target });

/** A pax extended header ('x', or 'g' for a global one) carrying `records`. */
export function pax(records: Record<string, string>, type = 'x'): Buffer {
  const lines = Object.entries(records).map(([k, v]) => {
    const rest = ` ${k}=${v}\n`;
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len++;
    return `${len}${rest}`;
  });
  return member({ name: 'PaxHeaders/x', type }, lines.join(''));
}

/** A GNU long-name ('L') header naming the next member. */
export const longName = (name: string): Buffer => member({ name: '././@LongLink', type: 'L' }, `${name}\0`);

/** Members followed by the two zero blocks that end an archive. */
export const archive = (...members: Buffer[]): Buffer => Buffer.concat([...members, Buffer.alloc(1024)]);

/** A 12-byte GNU base-256 number. */
export function base256(n: bigint): Buffer {
  const b = Buffer.alloc(12);
  let v = n;
  for (let i = 11; i > 0; i--) {
    b[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  b[0] = 0x80;
  return b;
}

/** The bytes in chunks of `size`, so headers and bodies straddle chunk boundaries. */
export function chunked(bytes: Buffer, size = 100): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}
