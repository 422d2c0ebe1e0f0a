export { DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, REF_EVENTS, TAG_TYPES, parseTagRule, parseTagRules } from './rules.js';
export type {
  EdgeRule,
  MatchRule,
  Pep440Rule,
  RawRule,
  RefEvent,
  RefRule,
  ScheduleRule,
  SemverRule,
  ShaFormat,
  ShaRule,
  TagRule,
  TagType,
  WarningSink,
} from './rules.js';
export { DEFAULT_FLAVOR, parseFlavor } from './flavor.js';
export type { Flavor, LatestMode } from './flavor.js';
export { computeTags, sanitizeTag } from './compute.js';
export type { TagResult } from './compute.js';
export { effectiveSha } from './expressions.js';
export type { ComputeOptions } from './expressions.js';
export { computeLabels } from './labels.js';
export { formatDate } from './dates.js';
