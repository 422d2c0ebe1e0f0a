import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real git for pin's pull-request tests: a bare remote and shallow clones of it in a temp dir, and a
 * `git` on PATH that records the argv of every git command pinship runs (and can act once, between
 * two of pinship's commands, as someone else pushing at that moment would).
 */
export const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

const DEV = { GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };

/** git as a developer (`Dev <dev@example.com>`) unless `env` names another identity. */
export function git(cwd: string, ...args: string[]): string {
  return gitAs({}, cwd, ...args);
}

export function gitAs(env: Record<string, string>, cwd: string, ...args: string[]): string {
  return execFileSync(realGit, args, { cwd, env: { ...process.env, ...DEV, ...env }, encoding: 'utf8' }).trim();
}

export interface Fixture {
  root: string;
  work: string;
  bare: string;
}

export interface Seed {
  /** Files of the first commit on main, by path. */
  files: Record<string, string>;
  /** Extra branches on the remote, each one commit by Dev on top of main. */
  branches?: string[];
}

/** A bare remote `origin` whose main holds `seed.files`, and a workspace cloned from it. */
export function fixture(seed: Seed): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'pinship-pr-'));
  const bare = join(root, 'remote.git');
  const dir = join(root, 'seed');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(root, 'init', '--quiet', '--initial-branch=main', dir);
  for (const [file, text] of Object.entries(seed.files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'initial');
  git(dir, 'push', '--quiet', `file://${bare}`, 'main');
  for (const b of seed.branches ?? []) {
    git(dir, 'commit', '--quiet', '--allow-empty', '-m', `work on ${b}`);
    git(dir, 'push', '--quiet', `file://${bare}`, `HEAD:refs/heads/${b}`);
    git(dir, 'reset', '--quiet', '--hard', 'main');
  }
  return { root, bare, work: checkout({ root, bare }) };
}

/** A fresh shallow clone, as actions/checkout makes on every run (fetch-depth 1). */
export function checkout(fx: { root: string; bare: string }, branch?: string): string {
  const work = mkdtempSync(join(fx.root, 'work-'));
  git(fx.root, 'clone', '--quiet', '--depth=1', ...(branch ? ['--branch', branch] : []), `file://${fx.bare}`, work);
  return work;
}

/** Every ref of the remote with its commit: what a refused run must leave exactly as it was. */
export function remoteRefs(fx: Fixture): string {
  return git(fx.bare, 'for-each-ref', '--format=%(objectname) %(refname)');
}

export interface GitOnPath {
  /** The argv of every git command run since the last reset, one per line. */
  argv(): string;
  reset(): void;
  /** Runs `script` (sh) once, just before the next git command whose first argument is `subcommand`. */
  before(subcommand: string, script: string): void;
  restore(): void;
}

export function recordGit(): GitOnPath {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-pr-argv-'));
  const log = join(dir, 'git-argv.log');
  const hook = join(dir, 'hook');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'git'),
    [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >> '${log}'`,
      `if [ -f '${hook}.sub' ] && [ "$1" = "$(cat '${hook}.sub')" ]; then rm -f '${hook}.sub'; sh '${hook}' >&2 || exit 99; fi`,
      `exec '${realGit}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'git'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${bin}:${saved ?? ''}`;
  return {
    argv: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
    reset: () => rmSync(log, { force: true }),
    before(subcommand, script) {
      writeFileSync(hook, `PATH='${saved ?? ''}'\n${script}\n`);
      writeFileSync(`${hook}.sub`, subcommand);
    },
    restore: () => void (process.env.PATH = saved),
  };
}
