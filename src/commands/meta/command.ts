import type { CommandResult, Runtime } from '../../runtime.js';
import { readBuildSettings, type BuildSettings } from '../build/settings.js';
import { labelLines, lines } from '../output-format.js';
import { tagTable } from '../report.js';
import { computeMeta, type Meta } from './meta.js';

/** `command: meta`: metadata-action's output names, with full image:tag refs. */
export function metaOutputs(s: BuildSettings, meta: Meta): CommandResult {
  const refs = s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`));
  return {
    outputs: {
      tags: lines(refs),
      labels: labelLines(meta.labels),
      version: meta.version,
      json: JSON.stringify({ tags: refs, labels: meta.labels }),
    },
    summary: [
      '### pinship meta',
      '',
      ...tagTable(s.imageNames, refs, '(no tag for this event)'),
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

/** `command: meta`: what build would tag and label, computed without building anything. */
export async function runMetaCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readBuildSettings(rt, 'meta');
  return metaOutputs(s, await computeMeta(s, rt));
}
