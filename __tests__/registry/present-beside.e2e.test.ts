/**
 * Whether a blob is there already, asked beside the upload's opening (PutBlobOptions.present): against
 * the real registries, a blob found there is not sent and its session is given up; one not found, or
 * a check that fails, is uploaded as before.
 */
import { afterAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { digestOf } from '../../src/registry/digest.js';
import type { RegistryClient } from '../../src/registry/client.js';
import type { Repository } from '../../src/registry/reference.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

/** Uploads `bytes` with the check beside it; `read` counts the bytes the upload pulled from the source. */
async function upload(
  repo: Repository,
  bytes: Buffer,
  present: Promise<boolean>,
): Promise<{ result: Awaited<ReturnType<RegistryClient['putBlob']>>; read: number }> {
  let read = 0;
  const open = (): Readable =>
    Readable.from(
      (function* () {
        read += bytes.length;
        yield bytes;
      })(),
    );
  const result = await client.putBlob(repo, open, { digest: digestOf(bytes), size: bytes.length, present });
  return { result, read };
}

it.each(['plain', 'token'] as const)('%s registry: a blob the check finds is not sent, one it does not find is uploaded', async (kind) => {
  const repo = testRepo(env, kind, 'present-beside');
  const bytes = randomBytes(300 * 1024);
  const digest = digestOf(bytes);
  const first = await upload(
    repo,
    bytes,
    client.statBlob(repo, digest).then((n) => n !== undefined),
  );
  expect(first.result.present).toBeUndefined();
  expect(first.read).toBe(bytes.length);
  expect(await client.statBlob(repo, digest)).toBe(bytes.length);

  const again = await upload(
    repo,
    bytes,
    client.statBlob(repo, digest).then((n) => n !== undefined),
  );
  expect(again.result).toEqual({ digest, size: bytes.length, mounted: false, present: true });
  expect(again.read).toBe(0);
  expect(await client.statBlob(repo, digest)).toBe(bytes.length);
});

it('a check that fails counts as absent: the blob is uploaded', async () => {
  const repo = testRepo(env, 'plain', 'present-failed');
  const bytes = randomBytes(300 * 1024); // above the size that asks about the single POST (which would send it twice)
  const { result, read } = await upload(repo, bytes, Promise.reject(new Error('HEAD failed')));
  expect(result.present).toBeUndefined();
  expect(read).toBe(bytes.length);
  expect(await client.statBlob(repo, digestOf(bytes))).toBe(bytes.length);
});
