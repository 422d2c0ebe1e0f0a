import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  return text ? parseInt(text, 8) : 0;
}

/** `path=` from a pax extended header, the only pax record docker writes that matters here. */
function paxPath(body: Buffer): string | undefined {
  for (const m of body.toString('utf8').matchAll(/\d+ path=([^\n]*)\n/g)) return m[1];
  return undefined;
}

/** A member name safe to create under `dir`: no absolute paths, no climbing out with `..`. */
function safePath(dir: string, name: string): string {
  const rel = normalize(name).replace(/^(\.\/)+/, '');
  if (rel.startsWith('/') || rel === '..' || rel.startsWith(`..${sep}`)) throw new Error(`tar member '${name}' would be written outside ${dir}`);
  return join(dir, rel);
}

/**
 * Extracts a tar stream (regular files, directories, symlinks; ustar, GNU long names and pax
 * paths) into `dir` as it arrives, with backpressure: `docker save` straight from the engine's
 * socket without a temporary archive or a `tar` process.
 */
export async function extractTar(source: Readable, dir: string): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let remaining = 0;
  let padding = 0;
  let file: WriteStream | undefined;
  let meta: { kind: 'pax' | 'longname'; chunks: Buffer[] } | undefined;
  let nextName: string | undefined;
  let ended = false;

  const closeFile = async (): Promise<void> => {
    const f = file;
    file = undefined;
    if (f) await new Promise<void>((resolve, reject) => f.end((e?: Error | null) => (e ? reject(e) : resolve())));
  };

  const startEntry = async (header: Buffer): Promise<void> => {
    if (header.every((b) => b === 0)) {
      ended = true;
      return;
    }
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = field(header, 345, 155);
    const name = nextName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    nextName = undefined;
    remaining = size;
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === 'x' || type === 'L') {
      meta = { kind: type === 'x' ? 'pax' : 'longname', chunks: [] };
      return;
    }
    if (type === 'g') return;
    const path = safePath(dir, name);
    if (type === '5') await mkdir(path, { recursive: true });
    else if (type === '2') {
      const target = field(header, 157, 100);
      safePath(dir, join(dirname(name), target));
      await mkdir(dirname(path), { recursive: true });
      await symlink(target, path);
    } else if (type === '0' || type === '7') {
      await mkdir(dirname(path), { recursive: true });
      file = createWriteStream(path);
    }
  };

  const finishEntry = async (): Promise<void> => {
    await closeFile();
    if (meta) {
      const body = Buffer.concat(meta.chunks);
      nextName = meta.kind === 'pax' ? paxPath(body) : body.toString('utf8').replace(/\0+$/, '');
      meta = undefined;
    }
  };

  const consume = async (chunk: Buffer): Promise<void> => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (!ended) {
      if (remaining > 0) {
        if (!pending.length) return;
        const take = pending.subarray(0, Math.min(remaining, pending.length));
        pending = pending.subarray(take.length);
        remaining -= take.length;
        if (meta) meta.chunks.push(Buffer.from(take));
        else if (file && !file.write(take)) await new Promise<void>((r) => file!.once('drain', () => r()));
        if (remaining === 0) await finishEntry();
        continue;
      }
      if (padding > 0) {
        const skip = Math.min(padding, pending.length);
        pending = pending.subarray(skip);
        padding -= skip;
        if (padding > 0) return;
        continue;
      }
      if (pending.length < BLOCK) return;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      await startEntry(Buffer.from(header));
      if (remaining === 0 && !ended) await finishEntry();
    }
  };

  await pipeline(
    source,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        consume(chunk).then(() => cb(), cb);
      },
      final(cb) {
        if (remaining > 0 || meta) cb(new Error('tar stream ended in the middle of a member'));
        else closeFile().then(() => cb(), cb);
      },
    }),
  );
}
