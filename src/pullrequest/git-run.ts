import { ExecError, execTool } from '../util/exec.js';

export interface Git {
  run(args: string[], opts?: { input?: string; env?: Record<string, string> }): Promise<string>;
}

/** git in `cwd`; `secrets` are redacted from anything git says, `extra` is added to its environment. */
export function gitIn(cwd: string, secrets: string[], extra: Record<string, string>): Git {
  return {
    async run(args, opts = {}) {
      // No prompt: a missing or wrong token must fail the push, not wait for a terminal.
      const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra, ...opts.env };
      try {
        const out = await execTool('git', args, { cwd, env, input: opts.input, secrets });
        return out.stdout.trim();
      } catch (e) {
        throw e instanceof ExecError ? new GitError(args[0] ?? '', cwd, e) : e;
      }
    },
  };
}

/** Whether git succeeds: for commands whose exit status is the answer. */
export function succeeds(git: Git, args: string[]): Promise<boolean> {
  return git.run(args).then(
    () => true,
    () => false,
  );
}

/** A failed git command, its message on one line, git's stderr (already redacted) kept for hints. */
export class GitError extends Error {
  readonly said: string;
  constructor(subcommand: string, cwd: string, e: ExecError) {
    const said = gitSays(e.stderr) || `git exited with ${e.exitCode ?? 'a signal'}`;
    super(`git ${subcommand} failed in ${cwd}: ${said}`);
    this.name = 'GitError';
    this.said = said;
  }
}

/** Git's own words on a failure (e.g. `remote: Permission denied`, `! [rejected]`), on one line. */
function gitSays(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('To ') && !l.startsWith('hint:'));
  return lines.slice(-3).join('; ');
}

export function said(e: unknown): string {
  return e instanceof GitError ? e.said : e instanceof Error ? e.message : String(e);
}
