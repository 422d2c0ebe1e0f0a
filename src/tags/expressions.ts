import type { GitContext } from '../git/event.js';
import { defaultDateFormat, formatDate } from './dates.js';
import type { Helper, HelperArg, Scope } from './template.js';

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
  /** Where a template's doubtful but accepted forms ({{date YYYYMMDD}}) are reported. */
  warn?: (message: string) => void;
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

const LITERAL_WORD = /^(-?\d+(\.\d+)?|true|false)$/;

/**
 * The text of a date helper's argument. An unquoted word Handlebars finds no value for reaches
 * metadata-action's helper as no format, and moment then prints its default ISO form
 * (`{{date YYYYMMDD}}` gives 2020-01-10T00:30:00Z): pinship does the same, and says so, since the
 * tag then differs from what the word suggests. Any other unquoted argument breaks its helper.
 */
function helperText(arg: HelperArg, what: string, example: string, warn: (m: string) => void): string | undefined {
  if ('quoted' in arg) return arg.quoted;
  if (arg.value === undefined && !LITERAL_WORD.test(arg.word)) {
    warn(`${what} ${arg.word} is not quoted, so it is read as a name that has no value, as metadata-action reads it; ${example}`);
    return undefined;
  }
  throw new Error(`${what} ${arg.word} must be quoted. Expected e.g. ${example}`);
}

function dateHelper(name: string, date: Date, warn: (m: string) => void): Helper {
  return (params, hash) => {
    for (const key of Object.keys(hash)) {
      if (key !== 'tz') throw new Error(`Unknown ${key} attribute`);
    }
    const given = params[0];
    if (given === undefined) throw new Error(`Missing date format. Expected e.g. {{${name} 'YYYYMMDD'}}`);
    const quoteIt = `write {{${name} '${'word' in given ? given.word : ''}'}} for that format.`;
    const format = helperText(given, `{{${name}}}: the format`, `moment's default format is used instead: ${quoteIt}`, warn);
    const tzArg = hash['tz'];
    const tz = tzArg === undefined ? 'UTC' : helperText(tzArg, `{{${name}}}: tz`, `{{${name} 'YYYYMMDD' tz='Europe/Paris'}}`, warn);
    if (tz === undefined) throw new Error(`{{${name}}}: tz has no value. Expected a quoted IANA name, e.g. tz='Europe/Paris'`);
    return formatDate(date, format ?? defaultDateFormat(date, tz), tz);
  };
}

/** {{date}} and {{commit_date}}: the only helpers a schedule pattern sees. */
export function dateScope(ctx: GitContext, now: Date, warn: (m: string) => void = () => undefined): Scope {
  return { date: dateHelper('date', now, warn), commit_date: dateHelper('commit_date', ctx.commitDate ?? now, warn) };
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
    ...dateScope(ctx, now, opts.warn),
    branch: refName(ctx.ref, 'heads') ?? '',
    tag: refName(ctx.ref, 'tags') ?? '',
    sha: shortSha(effectiveSha(ctx, opts), opts.shortShaLength),
    base_ref: baseRef,
    is_default_branch: String(isDefault),
    is_not_default_branch: String(!isDefault),
  };
}
