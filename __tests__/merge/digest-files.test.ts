import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMergeSettings } from '../../src/commands/merge/settings.js';
import { inputsRuntime } from '../helpers/runtime.js';

const IMAGE = '127.0.0.1:5000/acme/app';
const DIGEST = `sha256:${'a'.repeat(64)}`;

function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-merge-ws-'));
  mkdirSync(join(ws, 'digests'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, 'digests', name), text);
  return ws;
}

const settings = (ws: string) =>
  readMergeSettings(inputsRuntime({ images: IMAGE, 'digest-files': 'digests/*', tags: 'type=raw,value=x' }, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmpdir() }));

test("a build's digest file is read; one past 256 KiB is refused naming it, before it is parsed", async () => {
  const record = { digest: DIGEST, image: `${IMAGE}@${DIGEST}` };
  expect((await settings(workspaceWith({ 'amd64.json': JSON.stringify(record) }))).digests.map(String)).toEqual([DIGEST]);
  // Valid JSON naming the right image and digest: only its size gives it away.
  const ws = workspaceWith({ 'big.json': JSON.stringify({ ...record, padding: 'x'.repeat(256 * 1024) }) });
  await expect(settings(ws)).rejects.toThrow(
    `Invalid input 'digest-files': ${join(ws, 'digests', 'big.json')} is larger than 262144 bytes. Expected the file a build's 'digest-file' wrote.`,
  );
});

test('a FIFO among the digest files is refused at once, not waited on', async () => {
  const ws = workspaceWith({});
  execFileSync('mkfifo', [join(ws, 'digests', 'pipe.json')]);
  await expect(settings(ws)).rejects.toThrow(`Invalid input 'digest-files': ${join(ws, 'digests', 'pipe.json')} is not a regular file.`);
}, 5_000);
