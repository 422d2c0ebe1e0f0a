import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fdWriter } from '../../src/host/runner-commands.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pinship-fdwriter-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Both ends of a real pipe (a FIFO), non-blocking, as stdout is once a Node process sharing it opened it as a stream. */
function nonBlockingPipe(): { readFd: number; writeFd: number } {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  // The read end first: opening a FIFO's write end without a reader fails with ENXIO.
  const readFd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writeFd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
  return { readFd, writeFd };
}

function readAll(fd: number): Promise<Buffer> {
  const reader = new Socket({ fd, readable: true, writable: false });
  const chunks: Buffer[] = [];
  reader.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    reader.on('end', () => resolve(Buffer.concat(chunks)));
    reader.on('error', reject);
  });
}

test('a full non-blocking pipe (EAGAIN) gets the rest through the stream, and later lines stay behind it', async () => {
  const { readFd, writeFd } = nonBlockingPipe();
  const stream = new Socket({ fd: writeFd, readable: false, writable: true });
  const write = fdWriter(writeFd, () => stream);
  // Nobody reads yet, so 4 MB cannot fit in the pipe (64 KiB on Linux): writeSync answers EAGAIN part-way,
  // likely inside a two-byte character.
  const big = Array.from({ length: 4096 }, (_, i) => `line ${i} ${'é'.repeat(500)}\n`).join('');
  write(big);
  expect(stream.writableLength).toBeGreaterThan(0);
  // Room in the pipe again while the stream still holds the rest: the next line must not take it first.
  const head = Buffer.alloc(65536);
  const headLength = readSync(readFd, head);
  write('::error::the last line\n');
  const rest = readAll(readFd);
  stream.end();
  const all = Buffer.concat([head.subarray(0, headLength), await rest]).toString('utf8');
  expect(all).toBe(`${big}::error::the last line\n`);
});

test('a pipe with room takes every line with writeSync, whole and in order', async () => {
  const { readFd, writeFd } = nonBlockingPipe();
  let streamUsed = false;
  const write = fdWriter(writeFd, () => {
    streamUsed = true;
    return process.stdout;
  });
  write('::warning::first\n');
  write('second ✓\n');
  const read = readAll(readFd);
  new Socket({ fd: writeFd, readable: false, writable: true }).end();
  expect((await read).toString('utf8')).toBe('::warning::first\nsecond ✓\n');
  expect(streamUsed).toBe(false);
});

test('an fd that cannot be written hands the line to the stream, as process.stdout took every line before', async () => {
  const { readFd, writeFd } = nonBlockingPipe();
  closeSync(readFd);
  // No reader: writeSync fails with EPIPE (Node ignores SIGPIPE); the stream gets the line whole.
  const lines = new PassThrough();
  const write = fdWriter(writeFd, () => lines);
  write('::error::first\n');
  write('::error::second\n');
  lines.end();
  expect((await lines.toArray()).join('')).toBe('::error::first\n::error::second\n');
  closeSync(writeFd);
});
