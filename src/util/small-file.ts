import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A file's text when it is a regular file of at most `max` bytes. Files a pattern selects in the
 * workspace are the pull request's to write: reading a huge one (or a FIFO, which would never end)
 * must fail at once, naming the file. `what` says what the file should have been.
 */
export async function readSmallFile(path: string, max: number, what: string): Promise<string> {
  // O_NONBLOCK: opening a FIFO with no writer must not hang before the check below can refuse it.
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await file.stat()).isFile()) throw new Error(`${path} is not a regular file. Expected ${what}.`);
    const buf = Buffer.alloc(max + 1);
    let size = 0;
    for (let n = -1; n !== 0 && size <= max; size += n) n = (await file.read(buf, size, max + 1 - size, size)).bytesRead;
    if (size > max) throw new Error(`${path} is larger than ${max} bytes. Expected ${what}.`);
    return buf.subarray(0, size).toString('utf8');
  } finally {
    await file.close();
  }
}
