import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export interface PullRequestSpec {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** The head branch, in the same repository. */
  branch: string;
  /** Undefined: the repository's default branch. */
  base?: string;
  title: string;
  body: string;
}

export interface PullRequestInfo {
  url: string;
  number: number;
  created: boolean;
}

/**
 * Updates the open pull request from `branch`, or opens one. octokit is loaded here, on first
 * use, so commands that never open a pull request do not load it.
 */
export async function upsertPullRequest(spec: PullRequestSpec): Promise<PullRequestInfo> {
  const { getOctokit } = await import('@actions/github');
  const octokit: Octokit = getOctokit(spec.token, { baseUrl: spec.apiUrl.replace(/\/+$/, '') });
  const api = <T>(op: string, permission: string, call: () => Promise<T>): Promise<T> =>
    call().catch((e: unknown) => {
      throw apiError(e, op, permission, spec);
    });
  const { owner, repo, branch, title, body } = spec;
  const open = await api(`listing open pull requests from ${branch}`, 'pull-requests: read', () =>
    octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 }),
  );
  const existing = open.data.find((p) => p.head.ref === branch);
  if (existing) {
    const { data } = await api(`updating pull request #${existing.number}`, 'pull-requests: write', () =>
      octokit.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body }),
    );
    return { url: data.html_url, number: data.number, created: false };
  }
  const base = spec.base ?? (await api(`reading ${owner}/${repo}`, 'contents: read', () => octokit.rest.repos.get({ owner, repo }))).data.default_branch;
  const { data } = await api(`creating a pull request from ${branch} into ${base}`, 'pull-requests: write', () =>
    octokit.rest.pulls.create({ owner, repo, head: branch, base, title, body }),
  );
  return { url: data.html_url, number: data.number, created: true };
}

interface ApiFailure {
  status?: unknown;
  message?: unknown;
  response?: { data?: { message?: unknown; errors?: { message?: unknown; field?: unknown; code?: unknown }[] } };
}

/** One line, cause first: the status GitHub answered, its message, and what to change. */
function apiError(e: unknown, op: string, permission: string, spec: PullRequestSpec): Error {
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
