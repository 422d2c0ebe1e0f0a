import type { GitContext } from './context.js';
import { formatDate } from './dates.js';
import type { Helper, Scope } from './template.js';

export interface ComputeOptions {
  /**
   * Which commit `type=sha`, {{sha}} and the revision label describe on
   * pull_request events. pinship defaults to the PR head (what the author
   * pushed); 'merge' keeps metadata-action's GITHUB_SHA (the test merge commit).
   */
  prSha?: 'head' | 'merge';
  /** Clock for {{date}} and the created label; defaults to the current time. */
  now?: Date;
  /** metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH; default 7. */
  shortShaLength?: number;
}

export function effectiveSha(ctx: GitContext, opts: ComputeOptions = {}): string {
  // Same event test as metadata-action's DOCKER_METADATA_PR_HEAD_SHA switch.
  if (opts.prSha !== 'merge' && /pull_request/.test(ctx.eventName) && ctx.headSha) return ctx.headSha;
  return ctx.sha;
}

export function shortSha(sha: string, length = 7): string {
  return length >= sha.length ? sha : sha.slice(0, length);
}

export function refName(ref: string, kind: 'heads' | 'tags'): string | undefined {
  const prefix = `refs/${kind}/`;
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

function dateHelper(date: Date): Helper {
  return (params, hash) => {
    for (const key of Object.keys(hash)) {
      if (key !== 'tz') throw new Error(`Unknown ${key} attribute`);
    }
    const format = params[0];
    if (format === undefined) throw new Error(`Missing date format. Expected e.g. {{date 'YYYYMMDD'}}`);
    return formatDate(date, format, hash['tz'] ?? 'UTC');
  };
}

/** {{date}} and {{commit_date}}: the only helpers a schedule pattern sees. */
export function dateScope(ctx: GitContext, now: Date): Scope {
  return { date: dateHelper(now), commit_date: dateHelper(ctx.commitDate ?? now) };
}

export function isDefaultBranch(ctx: GitContext): boolean {
  // metadata-action strips refs/heads/ only, so a tag or PR ref never equals the
  // default branch name; the events below always run on the default branch.
  const branch = ctx.ref.replace(/^refs\/heads\//, '');
  if (branch === '') return false;
  if (ctx.defaultBranch !== undefined && ctx.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(ctx.eventName);
}

/** The global expressions available in value, prefix, suffix, enable and labels. */
export function globalScope(ctx: GitContext, opts: ComputeOptions, now: Date): Scope {
  const isDefault = isDefaultBranch(ctx);
  let baseRef = '';
  if (ctx.ref.startsWith('refs/tags/') && ctx.baseRef !== undefined) {
    baseRef = ctx.baseRef.replace(/^refs\/heads\//, '');
  } else if (ctx.ref.startsWith('refs/pull/') && ctx.prBaseRef !== undefined) {
    baseRef = ctx.prBaseRef;
  }
  return {
    ...dateScope(ctx, now),
    branch: refName(ctx.ref, 'heads') ?? '',
    tag: refName(ctx.ref, 'tags') ?? '',
    sha: shortSha(effectiveSha(ctx, opts), opts.shortShaLength),
    base_ref: baseRef,
    is_default_branch: String(isDefault),
    is_not_default_branch: String(!isDefault),
  };
}
