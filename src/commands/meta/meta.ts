import { loadGitContext } from '../../git/context.js';
import type { Runtime } from '../../runtime.js';
import { computeLabels, computeTags } from '../../tags/index.js';
import type { BuildSettings } from '../build/settings.js';

export interface Meta {
  tags: string[];
  version: string;
  labels: Record<string, string>;
}

/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
export async function computeMeta(s: BuildSettings, rt: Runtime): Promise<Meta> {
  const ctx = await loadGitContext(rt.env, s.context);
  const now = new Date();
  const result = computeTags(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
  for (const w of result.warnings) rt.warning(w);
  const labels = computeLabels(ctx, result.version, s.labels, now, { prSha: s.prSha });
  if (!ctx.repository) {
    // A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one.
    for (const k of ['title', 'url', 'source', 'revision']) {
      const key = `org.opencontainers.image.${k}`;
      if (!(key in s.labels) && (k !== 'revision' || !labels[key])) delete labels[key];
    }
  }
  return { tags: result.tags, version: result.version, labels };
}

