import { commitToBranch, GITHUB_ACTIONS_BOT, type Identity } from './git-branch.js';
import type { PinChange } from './apply.js';
import { changesTable, plural } from './changes-table.js';
import { upsertPullRequest } from './github-pulls.js';

export interface PullRequestRequest {
  /** The git work tree that holds the changed files (the workspace). */
  workspace: string;
  /** Paths relative to workspace that pin rewrote. */
  files: string[];
  changes: PinChange[];
  /** pull-request-branch input, default pinship/pin */
  branch: string;
  /** github-token (secret: never on a command line, never logged) */
  token: string;
  /** owner/repo from GITHUB_REPOSITORY */
  repository: { owner: string; repo: string };
  /** GITHUB_API_URL (https://api.github.com by default) */
  apiUrl: string;
  /** GITHUB_SERVER_URL, for the push remote when no remote is configured */
  serverUrl: string;
  /**
   * Base branch of the PR (the caller may pass GITHUB_BASE_REF, say); default: the branch checked
   * out in the workspace, else the repository's default branch.
   */
  base?: string;
  /** Author and committer of the branch's commit; default github-actions[bot]. */
  committer?: Identity;
  log: (m: string) => void;
}

export interface PullRequestResult {
  url: string;
  number: number;
  created: boolean;
  commit?: string;
}

export const PULL_REQUEST_TITLE = 'Pin container images to digests';

/** GitHub refuses a pull request body over 65,536 characters; leave room for the prose around the table. */
const BODY_TABLE_LIMIT = 60_000;

/**
 * Commits the files pin rewrote to `req.branch` and opens, or updates, its pull request.
 * Undefined when there is nothing to propose: no change, or the files already equal HEAD's.
 */
export async function openPullRequest(req: PullRequestRequest): Promise<PullRequestResult | undefined> {
  if (req.changes.length === 0 || req.files.length === 0) return undefined;
  if (!req.token) throw new Error('github-token is empty: pull-request: true needs a token to push the branch and open the pull request');
  const { owner, repo } = req.repository;
  const summary = `pinship pinned ${plural(req.changes.length, 'image reference')} in ${plural(req.files.length, 'file')} to digests.`;
  const branch = await commitToBranch({
    workspace: req.workspace,
    files: req.files,
    branch: req.branch,
    token: req.token,
    message: `${PULL_REQUEST_TITLE}\n\n${summary}\n`,
    committer: req.committer ?? GITHUB_ACTIONS_BOT,
    fallbackRemote: `${req.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}.git`,
  });
  if (!branch) {
    req.log('pull request: the pinned files already equal HEAD; nothing to propose');
    return undefined;
  }
  const short = branch.commit.slice(0, 12);
  req.log(branch.pushed ? `pushed ${short} to branch ${req.branch}` : `branch ${req.branch} already holds these files at ${short}; no new commit`);
  const checkedOut = branch.checkedOut === req.branch ? undefined : branch.checkedOut;
  const pr = await upsertPullRequest({
    token: req.token,
    apiUrl: req.apiUrl,
    owner,
    repo,
    branch: req.branch,
    base: req.base ?? checkedOut,
    title: PULL_REQUEST_TITLE,
    body: `${summary}\n\n${changesTable(req.changes, BODY_TABLE_LIMIT)}`,
  });
  req.log(`${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
  return { ...pr, commit: branch.commit };
}
