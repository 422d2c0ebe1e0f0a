import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cliPath = join(process.cwd(), 'dist', 'cli.js');

/** A repository with one commit on `branch`, committed at a fixed date; returns its directory and HEAD. */
function repo(branch: string, date: string): { dir: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-git-'));
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { env })
      .toString()
      .trim();
  git('init', '-q', '-b', branch);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

test('outside Actions, git facts come from the repository holding context, not the current directory', () => {
  const app = repo('feature-x', '2020-01-02T03:04:05Z');
  const elsewhere = repo('main', '2024-06-07T08:09:10Z');
  const r = spawnSync(
    process.execPath,
    [
      cliPath,
      'meta',
      '--images',
      'ghcr.io/acme/app',
      '--context',
      app.dir,
      '--tags',
      "type=ref,event=branch\ntype=sha\ntype=raw,value={{commit_date 'YYYYMMDD'}}",
    ],
    { cwd: elsewhere.dir, env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8' },
  );
  expect(r.stderr).not.toContain('error');
  expect(r.status).toBe(0);
  const outputs = JSON.parse(r.stdout) as { tags: string };
  expect(outputs.tags.split('\n').sort()).toEqual(['ghcr.io/acme/app:20200102', 'ghcr.io/acme/app:feature-x', `ghcr.io/acme/app:sha-${app.sha.slice(0, 7)}`]);
});
