import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactUrl } from '../../registry/errors.js';
import { ExecError, execTool } from '../../util/exec.js';

export interface Identity {
  name: string;
  email: string;
}

/** The identity GITHUB_TOKEN's commits carry on GitHub (the bot's user id 41898282). */
export const GITHUB_ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface BranchRequest {
  workspace: string;
  files: string[];
  branch: string;
  token: string;
  message: string;
  committer: Identity;
  /** Where to push when the workspace has no `origin` remote (GITHUB_SERVER_URL/owner/repo.git). */
  fallbackRemote: string;
}

export interface BranchResult {
  /** The commit the branch names after this run. */
  commit: string;
  /** False when the branch already held exactly these files: nothing was committed or pushed. */
  pushed: boolean;
  /** The branch checked out in the workspace, if any (a sensible PR base). */
  checkedOut?: string;
}

interface Git {
  run(args: string[], opts?: { input?: string; env?: Record<string, string> }): Promise<string>;
}

/**
 * Commits the listed files, as they are in the work tree, on top of HEAD and force-pushes that one
 * commit to `branch`, or returns undefined when the files equal HEAD's (nothing to propose).
 * A temporary index keeps the user's work tree, index and HEAD untouched; the branch is rebuilt
 * from HEAD on every run, so reruns never pile up commits and the PR always shows one commit
 * against the current base. The lease protects a push made by someone else since we looked.
 */
export async function commitToBranch(req: BranchRequest): Promise<BranchResult | undefined> {
  const plain = gitIn(req.workspace, req.token, identityEnv(req.committer));
  await checkBranchName(plain, req.branch);
  const remote = await originOf(plain, req.fallbackRemote);
  const git = gitIn(req.workspace, req.token, { ...identityEnv(req.committer), ...authEnv(remote.url, req.token) });
  const head = await git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
  const checkedOut = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')) || undefined;
  const tree = await treeWithFiles(git, req.files);
  if (tree === (await git.run(['rev-parse', 'HEAD^{tree}']))) return undefined;
  const ref = `refs/heads/${req.branch}`;
  const remoteCommit = await remoteHead(git, remote.name, ref);
  if (remoteCommit && (await treeOf(git, remote.name, ref, remoteCommit)) === tree) {
    return { commit: remoteCommit, pushed: false, checkedOut };
  }
  const commit = await git.run(['commit-tree', tree, '-p', head, '-F', '-'], { input: req.message });
  await git.run(['push', `--force-with-lease=${ref}:${remoteCommit ?? ''}`, remote.name, `${commit}:${ref}`]).catch((e: unknown) => {
    throw new Error(`push of branch '${req.branch}' to ${remote.shown} was refused: ${said(e)}; ${pushHint(e)}`);
  });
  return { commit, pushed: true, checkedOut };
}

function gitIn(cwd: string, token: string, extra: Record<string, string>): Git {
  const header = basicHeader(token);
  return {
    async run(args, opts = {}) {
      // No prompt: a missing or wrong token must fail the push, not wait for a terminal.
      const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra, ...opts.env };
      try {
        const out = await execTool('git', args, { cwd, env, input: opts.input, secrets: [token, header] });
        return out.stdout.trim();
      } catch (e) {
        throw e instanceof ExecError ? new GitError(args[0] ?? '', cwd, e) : e;
      }
    },
  };
}

async function checkBranchName(git: Git, branch: string): Promise<void> {
  const ok =
    branch !== '' &&
    !branch.startsWith('-') &&
    (await git.run(['check-ref-format', `refs/heads/${branch}`]).then(
      () => true,
      () => false,
    ));
  if (!ok) throw new Error(`pull-request-branch '${branch}' is not a valid git branch name`);
}

interface Remote {
  /** What git is told: the remote's name, or the fallback URL. */
  name: string;
  url: string;
  shown: string;
}

async function originOf(git: Git, fallback: string): Promise<Remote> {
  const url = await git.run(['remote', 'get-url', 'origin']).catch(() => '');
  if (url) return { name: 'origin', url, shown: `origin (${shownUrl(url)})` };
  return { name: fallback, url: fallback, shown: shownUrl(fallback) };
}

function identityEnv(id: Identity): Record<string, string> {
  return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}

function basicHeader(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

/**
 * The token as an HTTP header scoped to the remote's origin, handed to git in GIT_CONFIG_* variables
 * (as actions/checkout persists it, but never written to .git/config nor put on a command line).
 * The empty value first clears a header that checkout persisted, so git does not send two
 * Authorization headers (which GitHub rejects). GIT_CONFIG_COUNT needs git 2.31 or later.
 */
export function authEnv(remoteUrl: string, token: string): Record<string, string> {
  let origin: string;
  try {
    const u = new URL(remoteUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return {};
    origin = `${u.protocol}//${u.host}/`;
  } catch {
    return {}; // scp-like ssh remotes (git@host:path) authenticate with their own keys
  }
  const n = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
  const key = `http.${origin}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(n + 2),
    [`GIT_CONFIG_KEY_${n}`]: key,
    [`GIT_CONFIG_VALUE_${n}`]: '',
    [`GIT_CONFIG_KEY_${n + 1}`]: key,
    [`GIT_CONFIG_VALUE_${n + 1}`]: `AUTHORIZATION: basic ${basicHeader(token)}`,
  };
}

/** HEAD's tree with the files replaced by their work-tree content, built in a throwaway index. */
async function treeWithFiles(git: Git, files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pinship-index-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    await git.run(['read-tree', 'HEAD'], { env });
    // Paths on stdin: a long list of files fits no command line.
    await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], { env, input: files.map((f) => `${f}\0`).join('') });
    return await git.run(['write-tree'], { env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function remoteHead(git: Git, remote: string, ref: string): Promise<string | undefined> {
  const out = await git.run(['ls-remote', remote, ref]).catch((e: unknown) => {
    throw new Error(`reading branch ${ref} from ${remote} failed: ${said(e)}; the github-token needs \`contents: read\``);
  });
  const line = out.split('\n').find((l) => l.endsWith(`\t${ref}`));
  return line?.split('\t')[0];
}

/** The tree of the remote branch's commit, fetched only when the workspace lacks it. */
async function treeOf(git: Git, remote: string, ref: string, commit: string): Promise<string> {
  const have = await git.run(['cat-file', '-e', `${commit}^{commit}`]).then(
    () => true,
    () => false,
  );
  // Fetched into FETCH_HEAD only: no remote-tracking ref appears in the user's checkout.
  if (!have) await git.run(['fetch', '--no-tags', '--quiet', remote, ref]);
  return git.run(['rev-parse', `${commit}^{tree}`]);
}

/** A failed git command, its message on one line, git's stderr (already redacted) kept for hints. */
class GitError extends Error {
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

function said(e: unknown): string {
  return e instanceof GitError ? e.said : e instanceof Error ? e.message : String(e);
}

function pushHint(e: unknown): string {
  if (said(e).includes('stale info')) return 'the branch changed on the remote while pinship ran; run again';
  return 'the github-token needs `contents: write` permission, and the branch must allow force pushes';
}

/** A remote URL fit for a log line: any user:password part (and query) removed; a path is shown as it is. */
function shownUrl(url: string): string {
  try {
    return redactUrl(url);
  } catch {
    return url;
  }
}
