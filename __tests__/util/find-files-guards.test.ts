import { afterEach, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFiles } from '../../src/util/find-files.js';

// What the walk never reads or reads once, each alone (find-files.test.ts covers the patterns).
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-walk-'));
  made.push(ws);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(ws, f, '..'), { recursive: true });
    writeFileSync(join(ws, f), text);
  }
  return ws;
}

const names = async (ws: string, patterns: string[]): Promise<string[]> => (await findFiles(ws, patterns)).map((f) => f.file);

test('.git is never read, whatever the pattern, at the top or below', async () => {
  const ws = tree({ '.git/config': 'x', 'sub/.git/HEAD': 'x', 'a.yaml': 'x', '.github/ci.yml': 'x' });
  expect(await names(ws, ['**'])).toEqual(['.github/ci.yml', 'a.yaml']);
  expect(await names(ws, ['.git/*', 'sub/.git/*', 'a.yaml'])).toEqual(['a.yaml']);
});

test('files come sorted by name (code points) at every level, a folder where its name sorts', async () => {
  const ws = tree({ 'b.yaml': 'x', 'a/z.yaml': 'x', 'a/b.yaml': 'x', 'C.yaml': 'x', 'a.yaml': 'x', 'b/a.yaml': 'x' });
  expect(await names(ws, ['**/*.yaml'])).toEqual(['C.yaml', 'a/b.yaml', 'a/z.yaml', 'a.yaml', 'b/a.yaml', 'b.yaml']);
});

test('a broken symbolic link that a pattern selects is an error naming it', async () => {
  const ws = tree({ 'a.yaml': 'x' });
  symlinkSync(join(ws, 'missing.yaml'), join(ws, 'b.yaml'));
  await expect(names(ws, ['*.yaml'])).rejects.toThrow("Input 'files': 'b.yaml' is a broken symbolic link");
  // One no pattern reaches is not looked at.
  expect(await names(ws, ['a.yaml'])).toEqual(['a.yaml']);
});

test('a symlink back to the workspace or to a folder already walked is not walked again', async () => {
  const ws = tree({ 'k8s/a.yaml': 'x' });
  symlinkSync(ws, join(ws, 'k8s', 'root'));
  symlinkSync(join(ws, 'k8s'), join(ws, 'again'));
  // The link sorts first, so its path is the one read; k8s/ itself is then the same folder, skipped.
  expect(await names(ws, ['**/*.yaml'])).toEqual(['again/a.yaml']);
});

test('an excluded folder is not descended into: a bad link inside it is never seen', async () => {
  const ws = tree({ 'k8s/a.yaml': 'x', 'vendor/ok.yaml': 'x' });
  symlinkSync('/etc', join(ws, 'vendor', 'etc'));
  expect(await names(ws, ['**/*.yaml', '!vendor/**'])).toEqual(['k8s/a.yaml']);
  expect(await names(ws, ['**/*.yaml', '!vendor'])).toEqual(['k8s/a.yaml']);
  await expect(names(ws, ['**/*.yaml'])).rejects.toThrow(/'vendor\/etc' is a symbolic link to \/etc, outside the workspace/);
});
