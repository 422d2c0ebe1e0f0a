import type { Runtime } from '../../../host/runtime.js';
import { prepareRunPullRequest } from '../../../pullrequest/for-run.js';
import type { PreparedPullRequest } from '../../../pullrequest/pull-request.js';
import { plural } from '../../../pullrequest/changes-table.js';
import type { EnvironmentSettings } from './settings.js';
import type { PinFilesOutcome } from './pin-files.js';

/** Every refusal of the pull request's target comes before any registry is read or file written, as with pin. */
export async function preparePromotePullRequest(s: EnvironmentSettings, rt: Runtime, images: () => number): Promise<PreparedPullRequest> {
  return prepareRunPullRequest(rt, {
    workspace: s.workspace,
    branch: s.pullRequestBranch,
    token: s.registry.githubToken,
    title: 'Promote container images',
    summary: (changes, files) =>
      `pinship promoted ${plural(images(), 'image')} by digest and pinned ${plural(changes, 'image reference')} in ${plural(files, 'file')} to the copies.`,
  });
}

/**
 * A pull request carries only files HEAD tracks: a matching file that is new or git-ignored is
 * named and left as it is, so the workspace and the pull request say the same.
 */
export async function onlyTracked(pr: PreparedPullRequest, o: PinFilesOutcome, rt: Runtime): Promise<PinFilesOutcome> {
  const { untracked } = await pr.tracked(o.files.map((f) => f.file));
  if (!untracked.length) return o;
  for (const f of untracked)
    rt.warning(`pull-request: ${JSON.stringify(f)} is not tracked at HEAD (new or git-ignored): promote leaves it as it is and does not commit it`);
  const skip = new Set(untracked);
  return { ...o, files: o.files.filter((f) => !skip.has(f.file)), changed: o.changed.filter((c) => !skip.has(c.file)) };
}
