import { writeFile } from 'node:fs/promises';
import { annotateProblems, annotateTemplated, problemLines } from '../../deployfiles/report.js';
import type { CommandResult, Runtime } from '../../runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { InputError } from '../../settings/inputs.js';
import { applyPlan, type PinOutcome } from './apply.js';
import { changesTable } from './changes-table.js';
import type { PullRequestResult } from './pull-request.js';
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

/** `pull-request: true` pushes to and opens a pull request on the run's own repository. */
function pullRequestRepository(rt: Runtime): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (rt.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length) {
    throw new InputError(
      'pull-request',
      'true',
      `Expected GITHUB_REPOSITORY to name owner/repo (found '${rt.env.GITHUB_REPOSITORY ?? ''}'): the pull request is opened on the run's repository.`,
    );
  }
  return { owner, repo };
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

/** The pin once its inputs have been read (./command.ts). */
export async function executePin(s: PinSettings, rt: Runtime): Promise<CommandResult> {
  const pullRequestTo = s.pullRequest ? pullRequestRepository(rt) : undefined;
  const plan = await scanAndPlanPin(s.workspace, s.files, { set: s.set, allow: s.allow });
  annotateTemplated(rt, plan.scans);
  for (const r of plan.unusedSet) rt.warning(`set: no file refers to ${r.repository.familiar()}; nothing was rewritten for it`);
  // Bad input stops pin before any registry request; a reference that cannot be resolved stops it after. Either way no file is written.
  if (plan.problems.length) {
    annotateProblems(rt, plan.problems);
    throw new Error(`${plan.problems.length} problem(s) in the deployment files (input 'files'); no file was changed:\n${problemLines(plan.problems)}`);
  }
  const outcome = applyPlan(plan, await resolveDigests(s, rt, plan), s.keepTag);
  if (outcome.problems.length) {
    annotateProblems(rt, outcome.problems);
    throw new Error(`${outcome.problems.length} reference(s) could not be pinned; no file was changed:\n${problemLines(outcome.problems)}`);
  }
  for (const f of outcome.files) await writeFile(f.path, f.text, 'utf8');
  const outputs: Record<string, string> = {
    'changed-files': outcome.files.map((f) => f.file).join('\n'),
    pinned: String(outcome.changed.length),
    metadata: JSON.stringify(outcome.references),
  };
  let pr: PullRequestResult | undefined;
  if (pullRequestTo) {
    // Loaded only here: git and octokit cost the other commands nothing.
    const { openPullRequest } = await import('./pull-request.js');
    pr = await openPullRequest({
      workspace: s.workspace,
      files: outcome.files.map((f) => f.file),
      changes: outcome.changed,
      branch: s.pullRequestBranch,
      token: s.registry.githubToken,
      repository: pullRequestTo,
      apiUrl: rt.env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: rt.env.GITHUB_SERVER_URL || 'https://github.com',
      base: rt.env.GITHUB_BASE_REF || undefined,
      log: rt.info,
    });
    if (pr) outputs['pull-request-url'] = pr.url;
  }
  return { outputs, summary: summary(outcome, pr) };
}
