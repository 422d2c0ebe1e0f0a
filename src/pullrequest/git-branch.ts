import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../settings/inputs.js';
import { identityLine, looksProtected, notPinships, parseCommit, PIN_TRAILER, PROTECTED_NAMES, type Identity } from './branch-rules.js';
import { gitIn, said, succeeds, type Git } from './git-run.js';
import { authEnv, basicHeader, remoteOf, type Remote } from './git-remote.js';

export interface BranchSetup {
  workspace: string;
  branch: string;
  token: string;
  committer: Identity;
  /** Where to push when the workspace has no `origin` remote (GITHUB_SERVER_URL/owner/repo.git). */
  fallbackRemote: string;
  /** The pull request's base; default: the branch checked out, else the repository's default branch. */
  base?: string;
}

/** What GitHub knows of the repository, asked only when git cannot say. */
export interface RepositoryFacts {
  defaultBranch(): Promise<string>;
  /** Whether `commit` is `of` or one of its ancestors. */
  contains(of: string, commit: string): Promise<boolean>;
}

/** A branch pinship may force-push, as it was when pinship read it. */
export interface BranchTarget {
  branch: string;
  base: string;
  head: string;
  /** The branch's commit on the remote when pinship read it, the lease of the push; undefined: absent. */
  tip?: string;
  remote: Remote;
  git: Git;
}

export interface BranchResult {
  /** The commit the branch names after this run. */
  commit: string;
  /** False when the branch already held exactly these files: nothing was committed or pushed. */
  pushed: boolean;
}

function refuse(branch: string, why: string): InputError {
  return new InputError(
    'pull-request-branch',
    branch,
    `Expected a branch that only pinship writes, such as pinship/pin: ${why}, and pinship force-pushes its branch.`,
  );
}

/**
 * Every refusal of the target, before anything is written: a name that is not a branch or looks
 * protected, a remote the token may not travel to, the branch checked out, the repository's
 * default branch, the base, and a branch on the remote whose tip is not pinship's own single commit
 * on top of a commit of the base. The tip read here is the lease of the later push, so a change
 * made after this check fails that push.
 */
export async function prepareBranch(req: BranchSetup, github: RepositoryFacts): Promise<BranchTarget> {
  const { branch } = req;
  if (looksProtected(branch)) throw refuse(branch, `it looks like a protected branch (${PROTECTED_NAMES})`);
  const secrets = [req.token, basicHeader(req.token)];
  const plain = gitIn(req.workspace, secrets, identityEnv(req.committer));
  await checkBranchName(plain, branch);
  const remote = await remoteOf(plain, req.fallbackRemote);
  const git = gitIn(req.workspace, secrets, { ...identityEnv(req.committer), ...authEnv(remote.urls, req.token) });
  const head = await git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
  const checkedOut = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')) || undefined;
  if (checkedOut === branch) throw refuse(branch, 'it is the branch checked out in the workspace');
  const defaultBranch = await github.defaultBranch();
  if (defaultBranch === branch) throw refuse(branch, "it is the repository's default branch");
  const base = req.base ?? checkedOut ?? defaultBranch;
  if (base === branch) throw refuse(branch, "it is the pull request's base");
  const heads = await readRemote(git, remote, [branch, base]);
  if (heads.defaultBranch === branch) throw refuse(branch, "it is the repository's default branch (origin's HEAD)");
  const tip = heads.tips.get(branch);
  if (tip) {
    const why = await notOwned(git, github, { branch, committer: req.committer, remote, tip, base, baseTip: heads.tips.get(base) });
    if (why) {
      throw new Error(
        `pull-request-branch '${branch}' is at ${tip} on ${remote.shown}, and that is not pinship's own commit: ${why}. pinship force-pushes only a branch that is absent or whose tip is one commit by ${identityLine(req.committer)} with the trailer '${PIN_TRAILER}: ${branch}' on top of a commit of ${base}; delete that branch or choose another pull-request-branch`,
      );
    }
  }
  return { branch, base, head, tip, remote, git };
}

interface Owned {
  branch: string;
  committer: Identity;
  remote: Remote;
  tip: string;
  base: string;
  baseTip?: string;
}

async function notOwned(git: Git, github: RepositoryFacts, o: Owned): Promise<string | undefined> {
  // Fetched into FETCH_HEAD only: no remote-tracking ref appears in the user's checkout.
  if (!(await succeeds(git, ['cat-file', '-e', `${o.tip}^{commit}`])))
    await git.run(['fetch', '--no-tags', '--quiet', o.remote.name, `refs/heads/${o.branch}`]);
  if (!(await succeeds(git, ['cat-file', '-e', `${o.tip}^{commit}`]))) return 'it moved while pinship read it';
  const commit = parseCommit(await git.run(['cat-file', 'commit', o.tip]));
  const why = notPinships(commit, o.branch, o.committer);
  if (why) return why;
  const parent = commit.parents[0];
  if (parent === o.baseTip || (o.baseTip && (await github.contains(o.baseTip, parent)))) return undefined;
  return `its parent ${parent} is not a commit of ${o.base}`;
}

/** The paths of `files` that HEAD holds as regular files, and the rest (new, git-ignored, or not a file at HEAD). */
export async function trackedAtHead(t: BranchTarget, files: string[]): Promise<{ tracked: string[]; untracked: string[] }> {
  const regular = new Set<string>();
  for (const entry of (await t.git.run(['ls-tree', '-r', '-z', t.head])).split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab > 0 && /^100(644|755) blob /.test(entry)) regular.add(entry.slice(tab + 1));
  }
  return { tracked: files.filter((f) => regular.has(f)), untracked: files.filter((f) => !regular.has(f)) };
}

/**
 * Commits the files, as they are in the work tree, on top of HEAD and force-pushes that one commit
 * to the branch (leased on the tip prepareBranch checked), or returns undefined when the files equal
 * HEAD's. A temporary index keeps the user's work tree, index and HEAD untouched; the branch is
 * rebuilt from HEAD on every run, so reruns never pile up commits.
 */
export async function commitToBranch(t: BranchTarget, files: string[], message: string): Promise<BranchResult | undefined> {
  const { git } = t;
  const tree = await treeWithFiles(git, t.head, files);
  if (tree === (await git.run(['rev-parse', `${t.head}^{tree}`]))) return undefined;
  if (t.tip && (await git.run(['rev-parse', `${t.tip}^{tree}`])) === tree) return { commit: t.tip, pushed: false };
  const body = `${message.trimEnd()}\n\n${PIN_TRAILER}: ${t.branch}\n`;
  const commit = await git.run(['commit-tree', tree, '-p', t.head, '-F', '-'], { input: body });
  const ref = `refs/heads/${t.branch}`;
  await git.run(['push', `--force-with-lease=${ref}:${t.tip ?? ''}`, t.remote.name, `${commit}:${ref}`]).catch((e: unknown) => {
    throw new Error(`push of branch '${t.branch}' to ${t.remote.shown} was refused: ${said(e)}; ${pushHint(e, t.tip)}`);
  });
  return { commit, pushed: true };
}

async function checkBranchName(git: Git, branch: string): Promise<void> {
  const ok = branch !== '' && !branch.startsWith('-') && (await succeeds(git, ['check-ref-format', `refs/heads/${branch}`]));
  if (!ok) throw new Error(`pull-request-branch '${branch}' is not a valid git branch name`);
}

function identityEnv(id: Identity): Record<string, string> {
  return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}

/** HEAD's tree with the files replaced by their work-tree content, built in a throwaway index. */
async function treeWithFiles(git: Git, head: string, files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pinship-index-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    await git.run(['read-tree', head], { env });
    // No --add: a path HEAD does not hold is an error here, never a new file in the commit.
    // Paths on stdin: a long list of files fits no command line.
    await git.run(['update-index', '-z', '--stdin'], { env, input: files.map((f) => `${f}\0`).join('') });
    return await git.run(['write-tree'], { env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One read of the remote: the branch HEAD names, and the tips of the given branches. */
async function readRemote(git: Git, remote: Remote, branches: string[]): Promise<{ defaultBranch?: string; tips: Map<string, string> }> {
  const refs = branches.map((b) => `refs/heads/${b}`);
  const out = await git.run(['ls-remote', '--symref', remote.name, 'HEAD', ...refs]).catch((e: unknown) => {
    throw new Error(`reading branches from ${remote.shown} failed: ${said(e)}; the github-token needs \`contents: read\``);
  });
  const tips = new Map<string, string>();
  let defaultBranch: string | undefined;
  for (const line of out.split('\n')) {
    const [left = '', name] = line.split('\t');
    if (name === 'HEAD' && left.startsWith('ref: refs/heads/')) defaultBranch = left.slice('ref: refs/heads/'.length);
    else if (name && refs.includes(name)) tips.set(name.slice('refs/heads/'.length), left);
  }
  return { defaultBranch, tips };
}

function pushHint(e: unknown, tip: string | undefined): string {
  if (said(e).includes('stale info')) {
    const was = tip ? `read it at ${tip.slice(0, 12)}` : 'found it absent';
    return `the branch changed on the remote since pinship ${was}; run again`;
  }
  return 'the github-token needs `contents: write` permission, and the branch must allow force pushes';
}
