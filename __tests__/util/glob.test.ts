import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globInside } from '../../src/util/glob.js';

function workspace(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'pinship-glob-')));
  mkdirSync(join(root, 'digests', 'nested'), { recursive: true });
  for (const f of ['digests/a.json', 'digests/b.json', 'digests/notes.txt', 'digests/nested/c.json']) writeFileSync(join(root, f), '{}');
  return root;
}

describe('globInside', () => {
  it('matches * within a folder and ** across folders, sorted', async () => {
    const root = workspace();
    expect(await globInside(root, 'digests/*.json')).toEqual([join(root, 'digests/a.json'), join(root, 'digests/b.json')]);
    expect(await globInside(root, 'digests/**/*.json')).toEqual([
      join(root, 'digests/a.json'),
      join(root, 'digests/b.json'),
      join(root, 'digests/nested/c.json'),
    ]);
    expect(await globInside(root, 'digests/?.json')).toHaveLength(2);
  });

  it('refuses patterns and symlinks that lead outside the root', async () => {
    const root = workspace();
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'pinship-outside-')));
    writeFileSync(join(outside, 'x.json'), '{}');
    await expect(globInside(root, '../*.json')).rejects.toThrow(/points outside/);
    await expect(globInside(root, join(outside, '*.json'))).rejects.toThrow(/points outside/);
    symlinkSync(join(outside, 'x.json'), join(root, 'digests', 'link.json'));
    await expect(globInside(root, 'digests/*.json')).rejects.toThrow(/is a symlink to .*x\.json, outside/);
  });
});
