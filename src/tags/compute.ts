import type { GitContext } from '../git/event.js';
import { evaluateRule } from './evaluate.js';
import type { RuleEnv, RuleOutput } from './evaluate.js';
import { dateScope, globalScope } from './expressions.js';
import type { ComputeOptions } from './expressions.js';
import type { Flavor } from './flavor.js';
import type { TagRule } from './rules.js';
import { render } from './template.js';

export interface TagResult {
  /**
   * Bare tag names: one per rule that applied, in priority order (ties keep
   * input order), deduplicated, followed by `latest` when it was added.
   */
  tags: string[];
  /**
   * metadata-action's `version` output: the first tag, i.e. the one from the
   * highest-priority rule that produced something, *including* its rule or
   * flavor prefix/suffix and after sanitizing. '' when no tag was produced.
   */
  version: string;
  /** Whether the flavor's latest handling appended a `latest` tag. */
  latest: boolean;
  /** Non-fatal notes (invalid semver, non-matching regex, ...), as metadata-action warns. */
  warnings: string[];
}

const TAG_MAX = 128;

/**
 * Makes a string a valid image tag. metadata-action only replaces runs of
 * characters outside [a-zA-Z0-9._-] with '-'; pinship also drops leading
 * '.'/'-' and cuts at 128 characters, since registries reject those tags
 * outright and a failed push is worse than a trimmed name.
 */
export function sanitizeTag(tag: string): string {
  return tag
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, TAG_MAX);
}

function isEnabled(rule: TagRule, env: RuleEnv): boolean {
  const enabled = render(rule.enable, env.scope);
  if (enabled !== 'true' && enabled !== 'false') {
    throw new Error(`enable evaluated to '${enabled}'. Expected true or false`);
  }
  return enabled === 'true';
}

/**
 * Computes image tags from parsed rules, following docker/metadata-action
 * v5/v6 semantics. Pure apart from the clock, which opts.now pins.
 */
export function computeTags(rules: readonly TagRule[], flavor: Flavor, ctx: GitContext, opts: ComputeOptions = {}): TagResult {
  const now = opts.now ?? new Date();
  const warnings: string[] = [];
  // Three default semver rules on a `release1` tag, or one date placeholder in several rules, say the same thing once.
  const warn = (m: string): void => void (warnings.includes(m) || warnings.push(m));
  const env: RuleEnv = {
    ctx,
    flavor,
    opts,
    scope: globalScope(ctx, { ...opts, warn }, now),
    dates: dateScope(ctx, now, warn),
    warn,
  };
  // Array#sort is stable, so equal priorities keep their input order.
  const ordered = [...rules].sort((a, b) => b.priority - a.priority);

  const tags: string[] = [];
  // Like metadata-action, the first rule that yields a tag alone decides
  // latest=auto: a semver release wins over a later sha rule, but a raw rule
  // with a higher priority than semver suppresses latest.
  let wantLatest: boolean | undefined;
  for (const rule of ordered) {
    let out: RuleOutput | undefined;
    try {
      if (!isEnabled(rule, env)) continue;
      out = evaluateRule(rule, env);
    } catch (e) {
      throw new Error(`Invalid tag rule '${rule.source}': ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    if (!out || out.value === '') continue;
    const tag = sanitizeTag(out.value);
    if (tag === '') {
      warnings.push(`Tag rule '${rule.source}' produced '${out.value}', which is not a usable tag; skipped.`);
      continue;
    }
    wantLatest ??= flavor.latest === 'auto' ? out.latestAuto : flavor.latest === 'true';
    if (!tags.includes(tag)) tags.push(tag);
  }

  const version = tags[0] ?? '';
  const latest = wantLatest === true && tags.length > 0;
  if (latest) {
    // metadata-action pastes the flavor prefix/suffix in unevaluated here; we
    // evaluate it so prefix={{branch}}- gives main-latest, not -branch--latest.
    const prefix = flavor.prefixLatest ? render(flavor.prefix, env.scope) : '';
    const suffix = flavor.suffixLatest ? render(flavor.suffix, env.scope) : '';
    const name = sanitizeTag(`${prefix}latest${suffix}`);
    if (!tags.includes(name)) tags.push(name);
  }
  return { tags, version, latest, warnings };
}
