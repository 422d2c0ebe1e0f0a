import type { GitContext } from '../git/event.js';
import { effectiveSha, globalScope } from './expressions.js';
import type { ComputeOptions } from './expressions.js';
import { render } from './template.js';

const OCI = 'org.opencontainers.image';

/**
 * The OCI labels metadata-action emits, from the run context alone: title is
 * the repository name, url and source the repository page, revision the
 * commit actually built (the PR head by default, see ComputeOptions.prSha).
 * description stays empty and licenses is omitted because both need the
 * repository API. `extra` values may use the global expressions
 * ({{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}, ...) and override the defaults.
 * Keys come back sorted, as metadata-action prints them.
 */
export function computeLabels(
  ctx: GitContext,
  version: string,
  extra: Readonly<Record<string, string>> = {},
  now: Date = new Date(),
  opts: ComputeOptions = {},
): Record<string, string> {
  const url = `${ctx.serverUrl}/${ctx.repository}`;
  const labels: Record<string, string> = {
    [`${OCI}.title`]: ctx.repository.split('/').pop() ?? '',
    [`${OCI}.description`]: '',
    [`${OCI}.url`]: url,
    [`${OCI}.source`]: url,
    [`${OCI}.version`]: version,
    [`${OCI}.created`]: now.toISOString(),
    [`${OCI}.revision`]: effectiveSha(ctx, opts),
  };
  const scope = globalScope(ctx, opts, now);
  for (const [key, value] of Object.entries(extra)) {
    try {
      labels[key] = render(value, scope);
    } catch (e) {
      throw new Error(`Invalid label '${key}=${value}': ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(labels).sort((a, b) => a.localeCompare(b))) sorted[key] = labels[key] ?? '';
  return sorted;
}
