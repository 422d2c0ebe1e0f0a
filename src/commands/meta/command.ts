import type { CommandResult, Runtime } from '../../host/runtime.js';
import { labelLines, lines } from '../../report/output-format.js';
import { tagTable } from '../../report/image.js';
import { computeMeta, type Meta } from '../../metadata/compute.js';
import { readMetaSettings, type MetaSettings } from './settings.js';
import type { Annotation } from '../../image/annotations.js';

/**
 * `command: meta`: metadata-action's output names, with full image:tag refs; with no `images` (or every
 * one disabled) the bare tags, as metadata-action gives them to tools that add the repository themselves.
 */
export function metaOutputs(s: Pick<MetaSettings, 'imageNames' | 'annotations'>, meta: Meta, env: NodeJS.ProcessEnv): CommandResult {
  const refs = s.imageNames.length ? s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`)) : meta.tags;
  const annotations = annotationLines(meta, s.annotations, env.DOCKER_METADATA_ANNOTATIONS_LEVELS);
  return {
    outputs: {
      tags: lines(refs),
      labels: labelLines(meta.labels),
      version: meta.version,
      annotations: lines(annotations),
      json: JSON.stringify({ tags: refs, labels: meta.labels, annotations }),
    },
    summary: [
      '### pinship meta',
      '',
      ...(s.imageNames.length ? tagTable(s.imageNames, refs, '(no tag for this event)') : bareTags(refs)),
      '',
      `**version** \`${meta.version || '(none)'}\` · computed only: nothing was built or pushed.`,
      '',
      '<details><summary>labels</summary>',
      '',
      '```',
      labelLines(meta.labels),
      '```',
      '',
      '</details>',
      '',
    ].join('\n'),
  };
}

function bareTags(tags: string[]): string[] {
  return [`**tags** (no \`images\`: names only) ${tags.map((t) => `\`${t}\``).join(' ') || '(no tag for this event)'}`];
}

/**
 * metadata-action's `annotations` output: every annotation once per level of
 * DOCKER_METADATA_ANNOTATIONS_LEVELS (comma-separated, default `manifest`), as `level:KEY=VALUE`.
 * Lines of input 'annotations' that name their own level follow as written.
 */
export function annotationLines(meta: Meta, given: Annotation[], levelsEnv: string | undefined): string[] {
  const levels = (levelsEnv || 'manifest')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const out = levels.flatMap((level) => Object.entries(meta.annotations).map(([k, v]) => `${level}:${k}=${v}`));
  for (const a of given.filter((g) => g.leveled)) out.push(`${a.levels.join(',')}${a.platform ? `[${a.platform}]` : ''}:${a.key}=${a.value}`);
  return out;
}

/** `command: meta`: what build would tag and label, computed without building anything. */
export async function runMetaCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readMetaSettings(rt);
  return metaOutputs(s, await computeMeta(s, rt), rt.env);
}
