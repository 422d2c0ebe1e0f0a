import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BLOCK, isZeroBlock, MAX_META_BODY, paxSize, parseHeader, parsePaxRecords } from './tar-header.js';

export type TarEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink';

/** One archive member as written, pax and GNU long-name headers already applied. */
export interface TarEntry {
  name: string;
  kind: TarEntryKind;
  /** Symlink or hardlink target, as written. */
  linkname: string;
  size: number;
}

/** Where a regular file's bytes go; `end` is awaited before the next member is read. */
export interface EntrySink {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

const KINDS: Record<string, TarEntryKind> = { '0': 'file', '7': 'file', '5': 'directory', '2': 'symlink', '1': 'hardlink' };
const META = new Set(['x', 'g', 'L', 'K']);

interface Overrides {
  path?: string;
  linkpath?: string;
  size?: number;
}

type Body = { kind: 'meta'; type: string; at: number; chunks: Buffer[] } | { kind: 'data'; entry: TarEntry; sink: EntrySink | undefined };

/** A push parser: bytes in, entries out, with the sink's backpressure honoured. */
class TarParser {
  private pending: Buffer = Buffer.alloc(0);
  /** Archive offset of pending[0], for error messages. */
  private offset = 0;
  private remaining = 0;
  private padding = 0;
  private body: Body | undefined;
  private overrides: Overrides = {};
  private ended = false;

  constructor(private readonly onEntry: (entry: TarEntry) => Promise<EntrySink | undefined>) {}

  private take(n: number): Buffer {
    const out = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    this.offset += n;
    return out;
  }

  async push(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (!this.ended) {
      if (this.remaining > 0) {
        if (!this.pending.length) return;
        const part = this.take(Math.min(this.remaining, this.pending.length));
        this.remaining -= part.length;
        if (this.body?.kind === 'meta') this.body.chunks.push(Buffer.from(part));
        else if (this.body?.sink) await this.body.sink.write(part);
        if (this.remaining === 0) await this.endBody();
        continue;
      }
      if (this.padding > 0) {
        this.padding -= this.take(Math.min(this.padding, this.pending.length)).length;
        if (this.padding > 0) return;
        continue;
      }
      if (this.pending.length < BLOCK) return;
      const at = this.offset;
      await this.header(Buffer.from(this.take(BLOCK)), at);
    }
  }

  private async header(block: Buffer, at: number): Promise<void> {
    if (isZeroBlock(block)) {
      this.ended = true;
      return;
    }
    const h = parseHeader(block, at);
    let size: number;
    if (META.has(h.type)) {
      if (h.size > MAX_META_BODY)
        throw new Error(`tar header at byte ${at}: a '${h.type}' header body of ${h.size} bytes exceeds pinship's limit of ${MAX_META_BODY} bytes (1 MiB)`);
      this.body = { kind: 'meta', type: h.type, at, chunks: [] };
      size = h.size;
    } else {
      const kind = KINDS[h.type];
      const name = this.overrides.path ?? h.name;
      if (!kind) throw new Error(`tar member '${name}' at byte ${at} has type '${h.type}' (device, fifo, sparse or unknown), which pinship does not extract`);
      // As Go's archive/tar does: links and directories carry no body, whatever their size field says.
      size = kind === 'file' ? (this.overrides.size ?? h.size) : 0;
      const entry: TarEntry = { name, kind, linkname: this.overrides.linkpath ?? h.linkname, size };
      this.overrides = {};
      this.body = { kind: 'data', entry, sink: await this.onEntry(entry) };
    }
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) await this.endBody();
  }

  private async endBody(): Promise<void> {
    const body = this.body;
    this.body = undefined;
    if (!body) return;
    if (body.kind === 'data') await body.sink?.end();
    else this.applyMeta(body.type, Buffer.concat(body.chunks), body.at);
  }

  private applyMeta(type: string, bytes: Buffer, at: number): void {
    if (type === 'L' || type === 'K') {
      const end = bytes.indexOf(0);
      const value = bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
      if (type === 'L') this.overrides.path = value;
      else this.overrides.linkpath = value;
      return;
    }
    const records = parsePaxRecords(bytes, at);
    // Global ('g') records are checked but not applied: nothing pinship reads depends on them.
    if (type === 'g') return;
    for (const key of records.keys()) {
      if (key.startsWith('GNU.sparse.')) throw new Error(`pax header at byte ${at}: sparse members are not supported`);
    }
    const path = records.get('path');
    const linkpath = records.get('linkpath');
    const size = records.get('size');
    if (path) this.overrides.path = path;
    if (linkpath) this.overrides.linkpath = linkpath;
    if (size) this.overrides.size = paxSize(size, at);
  }

  finish(): void {
    if (this.ended) return;
    const body = this.body;
    const where =
      body?.kind === 'data' ? ` in the middle of member '${body.entry.name}' (${body.entry.size} bytes)` : body ? ' in the middle of a header body' : '';
    throw new Error(`tar stream ended at byte ${this.offset + this.pending.length}${where || ' without its end-of-archive blocks'}: truncated`);
  }
}

/**
 * Reads a tar stream member by member. `onEntry` sees every file, directory and link; for a
 * regular file it may return a sink for the bytes. Headers are checksummed, sizes may be
 * base-256 or pax, pax and long-name bodies are bounded by MAX_META_BODY.
 */
export async function readTar(source: Readable, onEntry: (entry: TarEntry) => Promise<EntrySink | undefined>): Promise<void> {
  const parser = new TarParser(onEntry);
  await pipeline(
    source,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        parser.push(chunk).then(() => cb(), cb);
      },
      final(cb) {
        try {
          parser.finish();
          cb();
        } catch (e) {
          cb(e as Error);
        }
      },
    }),
  );
}
