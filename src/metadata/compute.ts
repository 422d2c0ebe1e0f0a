import { loadGitContext } from '../git/context.js';
import type { Runtime } from '../host/runtime.js';
import { computeLabels, computeTags } from '../tags/index.js';
import type { TagSettings } from '../settings/tagging.js';
import type { Annotation } from '../image/annotations.js';
import type { SourceDateEpoch } from '../settings/source-date-epoch.js';
import { committerTime } from '../git/commit-time.js';

export interface Meta {
  tags: string[];
  version: string;
  labels: Record<string, string>;
  /** metadata-action's annotations: the default OCI values with the unprefixed `annotations` lines over them, sorted by key. */
  annotations: Record<string, string>;
  /** `source-date-epoch` resolved to seconds: the image's `created` time, which the builder stamps too. */
  sourceDateEpoch?: number;
}

/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
export async function computeMeta(
  s: TagSettings & { annotations?: Annotation[]; context?: string; sourceDateEpoch?: SourceDateEpoch },
  rt: Runtime,
): Promise<Meta> {
  const ctx = await loadGitContext(rt.env, s.context);
  const now = new Date();
  const epoch = s.sourceDateEpoch === 'commit' ? await committerTime(s.context ?? '.', ctx) : s.sourceDateEpoch?.seconds;
  // Tags keep the real time (a nightly's date tag is today's); what the image records comes from the epoch.
  const created = epoch === undefined ? now : new Date(epoch * 1000);
  const shortShaLength = shortShaLengthFrom(rt.env.DOCKER_METADATA_SHORT_SHA_LENGTH);
  const result = computeTags(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now, shortShaLength });
  const warnings = new Set(result.warnings);
  const opts = { prSha: s.prSha, shortShaLength, warn: (m: string) => void warnings.add(m) };
  const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
  const labels = withoutUnknown(computeLabels(ctx, result.version, s.labels, created, opts), s.labels, !ctx.repository);
  const annotations = withoutUnknown(computeLabels(ctx, result.version, customAnnotations, created, opts), customAnnotations, !ctx.repository);
  for (const w of warnings) rt.warning(w);
  return { tags: result.tags, version: result.version, labels, annotations, ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }) };
}

/** metadata-action's variable for the length of `type=sha` and {{sha}}; a workflow moving over keeps it. */
function shortShaLengthFrom(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is '${value}'. Expected a whole number of characters from 1 to 64, e.g. 12`);
  }
  return n;
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
