import { FieldError, inputLines, splitFields } from './fields.js';
import { checkTemplate, namesFor } from './placeholders.js';

export const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type TagType = (typeof TAG_TYPES)[number];
export const REF_EVENTS = ['branch', 'tag', 'pr'] as const;
export type RefEvent = (typeof REF_EVENTS)[number];
export type ShaFormat = 'short' | 'long';

/** metadata-action's default priorities; the highest-priority tag becomes `version`. */
export const DEFAULT_PRIORITIES: Readonly<Record<TagType, number>> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

/**
 * pinship's rules when `tags` is empty: metadata-action's four (schedule, ref
 * branch/tag/pr), so a workflow moving over keeps every tag it had, a `release1`
 * tag included, plus semver tags and the commit sha, so every build is
 * addressable by commit and `1.2` follows its latest patch. semver's higher
 * priority makes `version` `1.2.3` rather than the git tag `v1.2.3`, and keeps
 * `latest` off pre-releases.
 */
export const DEFAULT_TAG_RULES: readonly string[] = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
  'type=sha',
];

interface RuleCommon {
  priority: number;
  /** 'true', 'false' or a template such as {{is_default_branch}}, evaluated per run. */
  enable: string;
  /** Present means "set on the rule": it then replaces the flavor prefix, even when empty. */
  prefix?: string;
  suffix?: string;
  /** The input line, for error messages. */
  source: string;
}

export interface ScheduleRule extends RuleCommon {
  type: 'schedule';
  pattern: string;
}
export interface SemverRule extends RuleCommon {
  type: 'semver';
  pattern: string;
  value: string;
  match: string;
}
export interface Pep440Rule extends RuleCommon {
  type: 'pep440';
  pattern: string;
  value: string;
  match: string;
}
export interface MatchRule extends RuleCommon {
  type: 'match';
  pattern: string;
  group: number;
  value: string;
}
export interface EdgeRule extends RuleCommon {
  type: 'edge';
  branch: string;
}
export interface RefRule extends RuleCommon {
  type: 'ref';
  event: RefEvent;
}
export interface RawRule extends RuleCommon {
  type: 'raw';
  value: string;
}
export interface ShaRule extends RuleCommon {
  type: 'sha';
  format: ShaFormat;
}

export type TagRule = ScheduleRule | SemverRule | Pep440Rule | MatchRule | EdgeRule | RefRule | RawRule | ShaRule;

const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS: Record<TagType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};
const TEMPLATE_ATTRS = ['enable', 'prefix', 'suffix', 'value'];

export type WarningSink = (message: string) => void;

function isTagType(s: string): s is TagType {
  return (TAG_TYPES as readonly string[]).includes(s);
}

function checkRegex(source: string, what: string): void {
  const literal = /^\/(.+)\/(.*)$/.exec(source);
  try {
    if (literal) new RegExp(literal[1] ?? '', literal[2]);
    else new RegExp(source);
  } catch {
    throw new FieldError(`invalid regular expression '${source}' in ${what}. Expected a JavaScript regular expression`);
  }
}

function build(type: TagType, attrs: Map<string, string>, common: RuleCommon): TagRule {
  const need = (key: string, example: string): string => {
    const v = attrs.get(key);
    if (v === undefined) throw new FieldError(`missing ${key}. Expected e.g. ${example}`);
    return v;
  };
  switch (type) {
    case 'schedule':
      return { ...common, type, pattern: attrs.get('pattern') ?? 'nightly' };
    case 'semver':
    case 'pep440': {
      const pattern = need('pattern', `type=${type},pattern={{version}}`);
      const match = attrs.get('match') ?? '';
      if (match !== '') checkRegex(match, 'match');
      return { ...common, type, pattern, value: attrs.get('value') ?? '', match };
    }
    case 'match': {
      const pattern = need('pattern', 'type=match,pattern=v(.*),group=1');
      checkRegex(pattern, 'pattern');
      const group = attrs.get('group') ?? '0';
      if (!/^\d+$/.test(group)) throw new FieldError(`group '${group}' is not a number. Expected a non-negative integer`);
      return { ...common, type, pattern, group: Number(group), value: attrs.get('value') ?? '' };
    }
    case 'edge':
      return { ...common, type, branch: attrs.get('branch') ?? '' };
    case 'ref': {
      const event = need('event', 'type=ref,event=branch');
      if (!(REF_EVENTS as readonly string[]).includes(event)) {
        throw new FieldError(`unknown event '${event}'. Expected one of ${REF_EVENTS.join(', ')}`);
      }
      // Like metadata-action, the pr- prefix is a rule-level default, which
      // means a flavor prefix never applies to pr tags.
      const prefix = common.prefix ?? (event === 'pr' ? 'pr-' : undefined);
      const rule: RefRule = { ...common, type, event: event as RefEvent };
      if (prefix !== undefined) rule.prefix = prefix;
      return rule;
    }
    case 'raw':
      return { ...common, type, value: need('value', 'type=raw,value=latest') };
    case 'sha': {
      const format = attrs.get('format') ?? 'short';
      if (format !== 'short' && format !== 'long') throw new FieldError(`unknown format '${format}'. Expected short or long`);
      return { ...common, type, format, prefix: common.prefix ?? 'sha-' };
    }
  }
}

function parseLine(line: string, onWarning?: WarningSink): TagRule {
  const attrs = new Map<string, string>();
  let type: TagType = 'raw';
  for (const field of splitFields(line)) {
    if (field.key === undefined) {
      attrs.set('value', field.value);
    } else if (field.key === 'type') {
      if (!isTagType(field.value)) {
        throw new FieldError(`unknown type '${field.value}'. Expected one of ${TAG_TYPES.join(', ')}`);
      }
      type = field.value;
    } else {
      attrs.set(field.key, field.value);
    }
  }
  for (const key of attrs.keys()) {
    if (!COMMON_ATTRS.includes(key) && !TYPE_ATTRS[type].includes(key)) {
      onWarning?.(`Tag rule '${line}': attribute '${key}' is not used by type=${type} and is ignored`);
    }
  }
  const templated = [...TEMPLATE_ATTRS, ...(type === 'match' ? [] : ['pattern'])];
  for (const key of templated) checkTemplate(namesFor(type, key), key, attrs.get(key));
  const priorityText = attrs.get('priority');
  if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
    throw new FieldError(`priority '${priorityText}' is not a number. Expected an integer`);
  }
  const enable = attrs.get('enable') ?? 'true';
  if (!enable.includes('{{') && enable !== 'true' && enable !== 'false') {
    throw new FieldError(`enable '${enable}' is not a boolean. Expected true, false or an expression like {{is_default_branch}}`);
  }
  const common: RuleCommon = {
    priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITIES[type],
    enable,
    source: line,
  };
  const prefix = attrs.get('prefix');
  const suffix = attrs.get('suffix');
  if (prefix !== undefined) common.prefix = prefix;
  if (suffix !== undefined) common.suffix = suffix;
  return build(type, attrs, common);
}

/** Parses one rule line; a line without `type=` is shorthand for type=raw,value=<line>. */
export function parseTagRule(line: string, onWarning?: WarningSink): TagRule {
  const trimmed = line.trim();
  try {
    return parseLine(trimmed, onWarning);
  } catch (e) {
    if (e instanceof FieldError) throw new Error(`Invalid tag rule '${trimmed}': ${e.message}`, { cause: e });
    throw e;
  }
}

/**
 * Parses the `tags` input (one rule per line, `#` comment lines skipped).
 * An input with no rules yields pinship's DEFAULT_TAG_RULES.
 */
export function parseTagRules(input: string | readonly string[], onWarning?: WarningSink): TagRule[] {
  const lines = inputLines(input);
  return (lines.length > 0 ? lines : DEFAULT_TAG_RULES).map((l) => parseTagRule(l, onWarning));
}
