import semver from 'semver';

import type { GitContext } from '../git/event.js';
import { effectiveSha, refName, shortSha } from './expressions.js';
import type { ComputeOptions } from './expressions.js';
import type { Flavor } from './flavor.js';
import { cleanPep440, parsePep440 } from './pep440.js';
import type { MatchRule, Pep440Rule, SemverRule, TagRule } from './rules.js';
import { isRawStatement, render } from './template.js';
import type { Scope } from './template.js';

export interface RuleEnv {
  ctx: GitContext;
  flavor: Flavor;
  opts: ComputeOptions;
  /** Global expressions ({{branch}}, {{is_default_branch}}, ...). */
  scope: Scope;
  /** Only {{date}} / {{commit_date}}: schedule patterns see nothing else. */
  dates: Scope;
  warn: (message: string) => void;
}

export interface RuleOutput {
  /** Tag text with prefix/suffix applied, not yet sanitized. */
  value: string;
  /** Whether this rule asks for `latest` under latest=auto. */
  latestAuto: boolean;
}

// A rule-level prefix/suffix (even an empty one, or sha-/pr- defaults) wins
// over the flavor's; that is why flavor prefixes never reach sha-/pr- tags.
function affix(value: string, rule: TagRule, env: RuleEnv): string {
  const prefix = render(rule.prefix ?? env.flavor.prefix, env.scope);
  const suffix = render(rule.suffix ?? env.flavor.suffix, env.scope);
  return `${prefix}${value}${suffix}`;
}

// semver and pep440 read the git tag (or `value`), optionally narrowed by the
// `match` regex's first group, with `/` made tag-safe before parsing.
function versionSource(rule: SemverRule | Pep440Rule, env: RuleEnv): string | undefined {
  const tag = refName(env.ctx.ref, 'tags');
  if (tag === undefined && rule.value === '') return undefined;
  let raw = rule.value !== '' ? render(rule.value, env.scope) : (tag ?? '');
  if (rule.match !== '') {
    const m = new RegExp(rule.match).exec(raw);
    if (!m) env.warn(`${rule.match} does not match ${raw}.`);
    else raw = m[1] ?? m[0];
  }
  return raw.replace(/\//g, '-');
}

function evalSemver(rule: SemverRule, env: RuleEnv): RuleOutput | undefined {
  const raw = versionSource(rule, env);
  if (raw === undefined) return undefined;
  const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null;
  if (!parsed) {
    env.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
    return undefined;
  }
  const scope: Scope = {
    raw: parsed.raw,
    version: parsed.version,
    major: String(parsed.major),
    minor: String(parsed.minor),
    patch: String(parsed.patch),
    prerelease: parsed.prerelease.join(','),
    build: parsed.build.join(','),
  };
  // Pre-releases only ever get {{version}} (or a lone {{raw}}): a 1.2 tag must
  // not move to an rc, and no latest either.
  const pre = parsed.prerelease.length > 0;
  const pattern = !pre || isRawStatement(rule.pattern) ? rule.pattern : '{{version}}';
  return { value: affix(render(pattern, scope), rule, env), latestAuto: !pre };
}

function evalPep440(rule: Pep440Rule, env: RuleEnv): RuleOutput | undefined {
  const raw = versionSource(rule, env);
  if (raw === undefined) return undefined;
  const v = parsePep440(raw);
  if (!v) {
    env.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
    return undefined;
  }
  const clean = cleanPep440(v);
  if (v.isPrerelease || v.isPostrelease || v.isDevrelease) {
    return { value: affix(isRawStatement(rule.pattern) ? raw : clean, rule, env), latestAuto: false };
  }
  const scope: Scope = {
    raw,
    version: clean,
    major: String(v.release[0] ?? 0),
    minor: String(v.release[1] ?? 0),
    patch: String(v.release[2] ?? 0),
  };
  return { value: affix(render(rule.pattern, scope), rule, env), latestAuto: true };
}

function evalMatch(rule: MatchRule, env: RuleEnv): RuleOutput | undefined {
  const tag = refName(env.ctx.ref, 'tags');
  if (tag === undefined && rule.value === '') return undefined;
  const raw = rule.value !== '' ? render(rule.value, env.scope) : (tag ?? '');
  const literal = /^\/(.+)\/(.*)$/.exec(rule.pattern);
  const re = literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(rule.pattern);
  // String#match, not exec: with a /g literal metadata-action indexes the list
  // of all matches, and `group` then picks one of them.
  const m = raw.match(re);
  if (!m) {
    env.warn(`${rule.pattern} does not match ${raw}.`);
    return undefined;
  }
  const picked = m[rule.group];
  if (picked === undefined) {
    env.warn(`Group ${rule.group} does not exist for ${rule.pattern} pattern.`);
    return undefined;
  }
  // Matching is the user's statement that this tag is a release: latest=auto
  // says yes even for something that looks like a pre-release.
  return { value: affix(picked, rule, env), latestAuto: true };
}

/** The (unsanitized) tag a rule yields for this run, or undefined if it does not apply. */
export function evaluateRule(rule: TagRule, env: RuleEnv): RuleOutput | undefined {
  const { ctx } = env;
  switch (rule.type) {
    case 'schedule':
      if (!/schedule/.test(ctx.eventName)) return undefined;
      return { value: affix(render(rule.pattern, env.dates), rule, env), latestAuto: false };
    case 'semver':
      return evalSemver(rule, env);
    case 'pep440':
      return evalPep440(rule, env);
    case 'match':
      return evalMatch(rule, env);
    case 'edge': {
      const branch = refName(ctx.ref, 'heads');
      const target = rule.branch !== '' ? rule.branch : ctx.defaultBranch;
      if (branch === undefined || target !== branch) return undefined;
      return { value: affix('edge', rule, env), latestAuto: false };
    }
    case 'ref': {
      if (rule.event === 'branch') {
        const branch = refName(ctx.ref, 'heads');
        return branch === undefined ? undefined : { value: affix(branch, rule, env), latestAuto: false };
      }
      if (rule.event === 'tag') {
        const tag = refName(ctx.ref, 'tags');
        return tag === undefined ? undefined : { value: affix(tag, rule, env), latestAuto: true };
      }
      if (!ctx.ref.startsWith('refs/pull/')) return undefined;
      const pr = ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '');
      return { value: affix(pr, rule, env), latestAuto: false };
    }
    case 'raw':
      return { value: affix(render(rule.value, env.scope), rule, env), latestAuto: false };
    case 'sha': {
      const sha = effectiveSha(ctx, env.opts);
      if (sha === '') return undefined;
      const value = rule.format === 'short' ? shortSha(sha, env.opts.shortShaLength) : sha;
      return { value: affix(value, rule, env), latestAuto: false };
    }
  }
}
