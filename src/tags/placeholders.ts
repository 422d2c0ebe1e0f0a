import { FieldError } from './fields.js';
import { placeholders, TemplateError } from './template.js';

/**
 * The names each template may use. A name outside its list is a typo ({{verison}}), which
 * metadata-action would render as nothing: pinship refuses it when the rule is read.
 */
export const GLOBAL_NAMES = ['date', 'commit_date', 'branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'] as const;
export const SEMVER_NAMES = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'] as const;
export const PEP440_NAMES = ['raw', 'version', 'major', 'minor', 'patch'] as const;
export const SCHEDULE_NAMES = ['date', 'commit_date'] as const;

/** The names a rule attribute's template sees. */
export function namesFor(type: string, attr: string): readonly string[] {
  if (attr !== 'pattern') return GLOBAL_NAMES;
  if (type === 'semver') return SEMVER_NAMES;
  if (type === 'pep440') return PEP440_NAMES;
  if (type === 'schedule') return SCHEDULE_NAMES;
  return GLOBAL_NAMES;
}

/**
 * Parses one template attribute (`key`) once: a syntax error, or a name outside `names` (a typo
 * like {{verison}} would render as nothing and silently drop the tag), is the attribute's error.
 */
export function checkTemplate(names: readonly string[], key: string, template: string | undefined): void {
  if (template === undefined) return;
  let used: string[];
  try {
    used = placeholders(template);
  } catch (e) {
    if (e instanceof TemplateError) throw new FieldError(`${e.message} in ${key}. Expected {{expression}}`);
    throw e;
  }
  const unknown = used.find((n) => !names.includes(n));
  if (unknown !== undefined) {
    throw new FieldError(`unknown placeholder '{{${unknown}}}' in ${key}. Expected one of ${names.map((n) => `{{${n}}}`).join(', ')}`);
  }
}
