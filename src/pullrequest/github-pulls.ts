import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubConnection {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
}

export interface PullRequestSpec {
  /** The head branch, in the same repository. */
  branch: string;
  base: string;
  title: string;
  body: string;
}

export interface PullRequestInfo {
  url: string;
  number: number;
  created: boolean;
}

export interface GitHubRepo {
  defaultBranch(): Promise<string>;
  /** Whether `commit` is `of` or one of its ancestors (GitHub's compare: identical, or `of` ahead). */
  contains(of: string, commit: string): Promise<boolean>;
  /** Updates the open pull request from `spec.branch`, or opens one. */
  upsertPullRequest(spec: PullRequestSpec): Promise<PullRequestInfo>;
}

/** The repository's REST API. octokit is loaded on first use, so commands that never open a pull request do not load it. */
export function gitHubRepo(conn: GitHubConnection): GitHubRepo {
  const { owner, repo } = conn;
  let client: Promise<Octokit> | undefined;
  const api = async <T>(op: string, permission: string, call: (o: Octokit) => Promise<T>): Promise<T> => {
    client ??= import('@actions/github').then(({ getOctokit }) => getOctokit(conn.token, { baseUrl: conn.apiUrl.replace(/\/+$/, '') }));
    const octokit = await client;
    return call(octokit).catch((e: unknown) => {
      throw apiError(e, op, permission, conn);
    });
  };
  let defaultBranch: Promise<string> | undefined;
  return {
    defaultBranch: () =>
      (defaultBranch ??= api("reading the repository's default branch", 'contents: read', (o) => o.rest.repos.get({ owner, repo })).then(
        (r) => r.data.default_branch,
      )),
    async contains(of, commit) {
      const answer = await api(`comparing ${commit.slice(0, 12)} with ${of.slice(0, 12)}`, 'contents: read', (o) =>
        o.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${commit}...${of}`, per_page: 1 }).then(
          (r) => r.data.status,
          (e: unknown) => {
            // GitHub answers 404 when the two commits share no history.
            if ((e as { status?: unknown }).status === 404) return 'unrelated';
            throw e;
          },
        ),
      );
      return answer === 'identical' || answer === 'ahead';
    },
    async upsertPullRequest({ branch, base, title, body }) {
      const open = await api(`listing open pull requests from ${branch}`, 'pull-requests: read', (o) =>
        o.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 }),
      );
      const existing = open.data.find((p) => p.head.ref === branch);
      if (existing) {
        const { data } = await api(`updating pull request #${existing.number}`, 'pull-requests: write', (o) =>
          o.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body }),
        );
        return { url: data.html_url, number: data.number, created: false };
      }
      const { data } = await api(`creating a pull request from ${branch} into ${base}`, 'pull-requests: write', (o) =>
        o.rest.pulls.create({ owner, repo, head: branch, base, title, body }),
      );
      return { url: data.html_url, number: data.number, created: true };
    },
  };
}

interface ApiFailure {
  status?: unknown;
  message?: unknown;
  response?: { data?: { message?: unknown; errors?: { message?: unknown; field?: unknown; code?: unknown }[] } };
}

/** One line, cause first: the status GitHub answered, its message, and what to change. */
function apiError(e: unknown, op: string, permission: string, spec: GitHubConnection): Error {
  const f = (typeof e === 'object' && e !== null ? e : {}) as ApiFailure;
  const data = f.response?.data;
  // GitHub's 422s name the offending field, e.g. {"field":"base","code":"invalid"}.
  const details = (data?.errors ?? []).map((x) => (typeof x.message === 'string' ? x.message : [x.field, x.code].filter(Boolean).join(' ')));
  const said = [typeof data?.message === 'string' ? data.message : String(f.message ?? e), ...details].filter(Boolean).join('; ');
  const message = said
    .split(spec.token)
    .join('***')
    .replace(/\s*\n\s*/g, ' ');
  const repo = `${spec.owner}/${spec.repo}`;
  // octokit reports a request that got no answer at all as status 500 without a response.
  if (typeof f.status !== 'number' || !f.response) return new Error(`GitHub API at ${spec.apiUrl} could not be reached for ${op} in ${repo}: ${message}`);
  const hint: Record<number, string> = {
    401: 'the github-token is invalid or expired',
    403: `the github-token needs \`${permission}\` permission in ${repo}`,
    404: `${repo} does not exist or the github-token cannot see it`,
  };
  // GitHub's answer when the workflow token may not open pull requests whatever its permissions.
  const setting = /not permitted to create/i.test(message)
    ? "with GITHUB_TOKEN, turn on the repository setting 'Allow GitHub Actions to create and approve pull requests'"
    : undefined;
  const advice = [hint[f.status], setting].filter(Boolean).join('; ');
  const tail = advice ? `: ${advice}` : '';
  return new Error(`GitHub API answered ${f.status} to ${op} in ${repo} (${message})${tail}`);
}
