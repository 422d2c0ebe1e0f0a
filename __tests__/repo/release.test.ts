import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// scripts/release.mjs in a clone of this repository's HEAD: it must refuse, tagging nothing.
const root = resolve('.');
let dir: string;
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const git = (...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8', env: gitEnv }).trim();
const release = (...a: string[]) => spawnSync(process.execPath, ['scripts/release.mjs', ...a], { cwd: dir, encoding: 'utf8', env: gitEnv });
const version = (JSON.parse(execFileSync('git', ['show', 'HEAD:package.json'], { encoding: 'utf8' })) as { version: string }).version;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'pinship-release-')), 'repo');
  execFileSync('git', ['clone', '-q', '--no-hardlinks', root, dir]);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // The clone ignores node_modules as a directory only; a symlink must not make the tree dirty.
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

test("refuses a version that is not X.Y.Z, or not package.json's", () => {
  expect(release('v1').stderr).toContain("expected a version X.Y.Z as the argument, got 'v1'");
  expect(release('99.0.0').stderr).toContain(`package.json says version ${version}, not 99.0.0`);
  expect(git('tag', '--list')).toBe('');
});

test('refuses when the work tree has uncommitted changes', () => {
  appendFileSync(join(dir, 'README.md'), '\nlocal edit\n');
  expect(release(version).stderr).toContain('the work tree has uncommitted changes');
  git('checkout', '--', 'README.md');
  expect(git('tag', '--list')).toBe('');
});

test('refuses when dist/ is stale, before running the tests', () => {
  appendFileSync(join(dir, 'dist', 'index.js'), '\n// edited by hand\n');
  git('commit', '-qam', 'stale dist');
  const r = release(version);
  expect(r.status).toBe(1);
  expect(r.stdout + r.stderr).toContain('check-dist: dist/ is stale');
  expect(r.stderr).toContain('release: refused: dist/ is fresh failed');
  expect(r.stdout).not.toContain('release: tests');
  expect(git('tag', '--list')).toBe('');
});
