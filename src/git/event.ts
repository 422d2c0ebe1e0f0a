// The slice of the GitHub Actions run that tag computation depends on. Kept as
// plain data so computeTags stays pure and tests need no environment.
export interface GitContext {
  eventName: string;
  /** refs/heads/x, refs/tags/v1, refs/pull/12/merge */
  ref: string;
  /** GITHUB_SHA: on pull_request this is the merge commit. */
  sha: string;
  /** pull_request.head.sha from the event payload. */
  headSha?: string;
  prNumber?: number;
  /** pull_request.head.ref */
  prHeadRef?: string;
  /** pull_request.base.ref */
  prBaseRef?: string;
  /** base_ref of a push payload (refs/heads/x); GitHub fills it on some tag pushes. */
  baseRef?: string;
  /** repository.default_branch from the event payload. */
  defaultBranch?: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  runNumber?: number;
  runId?: number;
  actor?: string;
  /** Commit timestamp from the push payload, for {{commit_date}}. */
  commitDate?: Date;
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function int(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

function date(v: unknown): Date | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

// Like metadata-action, only trust a payload timestamp that belongs to the
// commit being built; otherwise {{commit_date}} falls back to "now".
function commitDateFor(payload: Record<string, unknown>, sha: string): Date | undefined {
  const commits = payload['commits'];
  if (Array.isArray(commits)) {
    const hit = commits.map(obj).find((c) => c['id'] === sha);
    const d = hit ? date(hit['timestamp']) : undefined;
    if (d) return d;
  }
  const head = obj(payload['head_commit']);
  return head['id'] === sha ? date(head['timestamp']) : undefined;
}

/**
 * Builds a GitContext from GITHUB_* variables and the parsed event payload
 * (the JSON at GITHUB_EVENT_PATH, read by the caller).
 */
export function gitContextFromEnv(env: NodeJS.ProcessEnv, event: unknown): GitContext {
  const payload = obj(event);
  const pr = obj(payload['pull_request']);
  const repo = obj(payload['repository']);
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const sha = env['GITHUB_SHA'] ?? '';
  let ref = env['GITHUB_REF'] ?? '';

  const isPrEvent = /^pull_request/.test(eventName);
  const prNumber = isPrEvent ? (int(payload['number']) ?? int(pr['number'])) : undefined;
  // pull_request_target runs on the base branch ref; metadata-action rewrites
  // it so that type=ref,event=pr still yields pr-N.
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && prNumber !== undefined) {
    ref = `refs/pull/${prNumber}/merge`;
  }

  const ctx: GitContext = {
    eventName,
    ref,
    sha,
    repository: env['GITHUB_REPOSITORY'] ?? str(repo['full_name']) ?? '',
    serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
  };
  const optional: Partial<GitContext> = {
    headSha: isPrEvent ? str(obj(pr['head'])['sha']) : undefined,
    prNumber,
    prHeadRef: isPrEvent ? (str(obj(pr['head'])['ref']) ?? str(env['GITHUB_HEAD_REF'])) : undefined,
    prBaseRef: isPrEvent ? (str(obj(pr['base'])['ref']) ?? str(env['GITHUB_BASE_REF'])) : undefined,
    baseRef: str(payload['base_ref']),
    defaultBranch: str(repo['default_branch']),
    runNumber: int(env['GITHUB_RUN_NUMBER']),
    runId: int(env['GITHUB_RUN_ID']),
    actor: str(env['GITHUB_ACTOR']),
    commitDate: commitDateFor(payload, sha),
  };
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined) Object.assign(ctx, { [k]: v });
  }
  return ctx;
}
