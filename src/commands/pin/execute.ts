import { writeFile } from 'node:fs/promises';
import { annotateProblems, annotateTemplated, problemLines } from '../../deployfiles/report.js';
import type { CommandResult, Runtime } from '../../host/runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { prepareRunPullRequest } from '../../pullrequest/for-run.js';
import { applyPlan, withoutFiles, type PinOutcome } from './apply.js';
import { changesTable } from '../../pullrequest/changes-table.js';
import type { PreparedPullRequest, PullRequestResult } from '../../pullrequest/pull-request.js';
import { scanAndPlanPin } from './plan.js';
import { resolveAll, type Resolution } from './resolve.js';
import type { PinSettings } from './settings.js';

function summary(o: PinOutcome, pr: PullRequestResult | undefined): string {
  return [
    '### pinship pin',
    '',
    `${o.changed.length} of ${o.references.length} references pinned in ${o.files.length} files`,
    ...(pr ? ['', `Pull request: ${pr.url} (${pr.created ? 'opened' : 'updated'})`] : []),
    '',
    ...(o.changed.length ? [changesTable(o.changed)] : []),
  ].join('\n');
}

async function resolveDigests(s: PinSettings, rt: Runtime, plan: Awaited<ReturnType<typeof scanAndPlanPin>>): Promise<Map<string, Resolution>> {
  if (!plan.toResolve.size) return new Map();
  const client = registryClient(s.registry, rt);
  try {
    rt.info(`resolving ${plan.toResolve.size} distinct references`);
    return await resolveAll(client, plan.toResolve, s.platform);
  } finally {
    client.close();
  }
}

/** Every refusal of the pull request's target (see prepareBranch) comes before any file is read or written. */
async function preparePullRequestFor(s: PinSettings, rt: Runtime): Promise<PreparedPullRequest> {
  return prepareRunPullRequest(rt, { workspace: s.workspace, branch: s.pullRequestBranch, token: s.registry.githubToken });
}

/**
 * A pull request carries only files HEAD tracks: a matching file that is new or git-ignored (a
 * rendered manifest, say, with whatever secrets it holds) is named, and left as it is, not rewritten,
 * so the workspace and the pull request say the same.
 */
async function onlyTracked(pr: PreparedPullRequest, outcome: PinOutcome, rt: Runtime): Promise<PinOutcome> {
  const { untracked } = await pr.tracked(outcome.files.map((f) => f.file));
  for (const f of untracked) {
    rt.warning(`pull-request: ${JSON.stringify(f)} is not tracked at HEAD (new or git-ignored): pin leaves it as it is and does not commit it`);
  }
  return untracked.length ? withoutFiles(outcome, new Set(untracked)) : outcome;
}

/** The pin once its inputs have been read (./command.ts). */
export async function executePin(s: PinSettings, rt: Runtime): Promise<CommandResult> {
  const pullRequest = s.pullRequest ? await preparePullRequestFor(s, rt) : undefined;
  const plan = await scanAndPlanPin(s.workspace, s.files, { set: s.set, allow: s.allow });
  annotateTemplated(rt, plan.scans);
  for (const r of plan.unusedSet) rt.warning(`set: no file refers to ${r.repository.familiar()}; nothing was rewritten for it`);
  // Bad input stops pin before any registry request; a reference that cannot be resolved stops it after. Either way no file is written.
  if (plan.problems.length) {
    annotateProblems(rt, plan.problems);
    throw new Error(`${plan.problems.length} problem(s) in the deployment files (input 'files'); no file was changed:\n${problemLines(plan.problems)}`);
  }
  let outcome = applyPlan(plan, await resolveDigests(s, rt, plan), s.keepTag);
  if (outcome.problems.length) {
    annotateProblems(rt, outcome.problems);
    throw new Error(`${outcome.problems.length} reference(s) could not be pinned; no file was changed:\n${problemLines(outcome.problems)}`);
  }
  if (pullRequest) outcome = await onlyTracked(pullRequest, outcome, rt);
  for (const f of outcome.files) await writeFile(f.path, f.text, 'utf8');
  const outputs: Record<string, string> = {
    'changed-files': outcome.files.map((f) => f.file).join('\n'),
    pinned: String(outcome.changed.length),
    metadata: JSON.stringify(outcome.references),
  };
  const pr = await pullRequest?.open(
    outcome.files.map((f) => f.file),
    outcome.changed,
  );
  if (pr) outputs['pull-request-url'] = pr.url;
  return { outputs, summary: summary(outcome, pr) };
}
