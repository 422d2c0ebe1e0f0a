import { GITHUB_ACTIONS_BOT, type Identity } from './branch-rules.js';
import { commitToBranch, prepareBranch, trackedAtHead } from './git-branch.js';
import { changesTable, plural, type PinChange } from './changes-table.js';
import { gitHubRepo } from './github-pulls.js';

export interface PullRequestSetup {
  /** The git work tree that holds the changed files (the workspace). */
  workspace: string;
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
  /** Base branch of the PR; default: the branch checked out in the workspace, else the repository's default branch. */
  base?: string;
  /** Author and committer of the branch's commit; default github-actions[bot]. */
  committer?: Identity;
  /** The pull request's title and commit subject; default PULL_REQUEST_TITLE. */
  title?: string;
  /** The first paragraph of the body and commit message; default: how many references pin pinned. */
  summary?: (changes: number, files: number) => string;
  log: (m: string) => void;
}

export interface PullRequestResult {
  url: string;
  number: number;
  created: boolean;
  commit?: string;
}

/** A pull request whose target passed every check, ready to be opened once pin knows its files. */
export interface PreparedPullRequest {
  /** Of these workspace-relative paths, those HEAD holds as files (a pull request carries only these), and the others. */
  tracked(files: string[]): Promise<{ tracked: string[]; untracked: string[] }>;
  /**
   * Commits the files pin rewrote to the branch and opens, or updates, its pull request. Undefined
   * when there is nothing to propose: no change, or the files already equal HEAD's.
   */
  open(files: string[], changes: PinChange[]): Promise<PullRequestResult | undefined>;
}

export const PULL_REQUEST_TITLE = 'Pin container images to digests';

/** GitHub refuses a pull request body over 65,536 characters; leave room for the prose around the table. */
const BODY_TABLE_LIMIT = 60_000;

/** Refuses a target pinship may not push to, before pin writes anything; see prepareBranch. */
export async function preparePullRequest(s: PullRequestSetup): Promise<PreparedPullRequest> {
  if (!s.token) throw new Error('github-token is empty: pull-request: true needs a token to push the branch and open the pull request');
  const { owner, repo } = s.repository;
  const github = gitHubRepo({ token: s.token, apiUrl: s.apiUrl, owner, repo });
  const target = await prepareBranch(
    {
      workspace: s.workspace,
      branch: s.branch,
      token: s.token,
      committer: s.committer ?? GITHUB_ACTIONS_BOT,
      fallbackRemote: `${s.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}.git`,
      base: s.base,
    },
    github,
  );
  return {
    tracked: (files) => trackedAtHead(target, files),
    async open(files, changes) {
      if (changes.length === 0 || files.length === 0) return undefined;
      const summary =
        s.summary?.(changes.length, files.length) ??
        `pinship pinned ${plural(changes.length, 'image reference')} in ${plural(files.length, 'file')} to digests.`;
      const title = s.title ?? PULL_REQUEST_TITLE;
      const branch = await commitToBranch(target, files, `${title}\n\n${summary}\n`);
      if (!branch) {
        s.log('pull request: the pinned files already equal HEAD; nothing to propose');
        return undefined;
      }
      const short = branch.commit.slice(0, 12);
      s.log(branch.pushed ? `pushed ${short} to branch ${s.branch}` : `branch ${s.branch} already holds these files at ${short}; no new commit`);
      const pr = await github.upsertPullRequest({
        branch: s.branch,
        base: target.base,
        title,
        body: `${summary}\n\n${changesTable(changes, BODY_TABLE_LIMIT)}`,
      });
      s.log(`${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
      return { ...pr, commit: branch.commit };
    },
  };
}
