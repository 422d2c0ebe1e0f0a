import { loadGitContext } from '../../git/context.js';
import type { Runtime } from '../../runtime.js';
import { computeLabels, computeTags } from '../../tags/index.js';
import type { TagSettings } from '../../settings/tagging.js';
import type { Annotation } from '../../image/annotations.js';

export interface Meta {
  tags: string[];
  version: string;
  labels: Record<string, string>;
  /** metadata-action's annotations: the default OCI values with the unprefixed `annotations` lines over them, sorted by key. */
  annotations: Record<string, string>;
}

/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
export async function computeMeta(s: TagSettings & { annotations?: Annotation[]; context?: string }, rt: Runtime): Promise<Meta> {
  const ctx = await loadGitContext(rt.env, s.context);
  const now = new Date();
  const result = computeTags(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
  const warnings = new Set(result.warnings);
  const opts = { prSha: s.prSha, warn: (m: string) => void warnings.add(m) };
  const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
  const labels = withoutUnknown(computeLabels(ctx, result.version, s.labels, now, opts), s.labels, !ctx.repository);
  const annotations = withoutUnknown(computeLabels(ctx, result.version, customAnnotations, now, opts), customAnnotations, !ctx.repository);
  for (const w of warnings) rt.warning(w);
  return { tags: result.tags, version: result.version, labels, annotations };
}

/** A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one. */
function withoutUnknown(values: Record<string, string>, given: Record<string, string>, unknownRepository: boolean): Record<string, string> {
  if (!unknownRepository) return values;
  for (const k of ['title', 'url', 'source', 'revision']) {
    const key = `org.opencontainers.image.${k}`;
    if (!(key in given) && (k !== 'revision' || !values[key])) delete values[key];
  }
  return values;
}
