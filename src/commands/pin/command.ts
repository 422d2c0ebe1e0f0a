import { writeFile } from 'node:fs/promises';
import { annotateProblems, annotateTemplated, cell, problemLines } from '../../deployfiles/report.js';
import type { CommandResult, Runtime } from '../../runtime.js';
import { registryClient } from '../../settings/registry.js';
import { applyPlan, type PinOutcome } from './apply.js';
import { scanAndPlanPin } from './plan.js';
import { resolveAll, type Resolution } from './resolve.js';
import { readPinSettings, type PinSettings } from './settings.js';

function summary(o: PinOutcome): string {
  const rows = o.changed.map((c) => `| \`${cell(c.file)}\` | ${c.line} | \`${cell(c.old)}\` | \`${cell(c.new)}\` |`);
  return [
    '### pinship pin',
    '',
    `${o.changed.length} of ${o.references.length} references pinned in ${o.files.length} files`,
    '',
    ...(rows.length ? ['| file | line | was | now |', '| --- | --- | --- | --- |', ...rows, ''] : []),
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

export async function runPinCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readPinSettings(rt);
  if (s.pullRequest) {
    // LEAD-WIRING: remove this guard once src/pin/pull-request.ts is merged; the call site is below.
    throw new Error(`Input 'pull-request': 'true' is not available in this build of pinship yet. Expected false.`);
  }
  const plan = await scanAndPlanPin(s.workspace, s.files, { set: s.set, allow: s.allow });
  annotateTemplated(rt, plan.scans);
  for (const r of plan.unusedSet) rt.warning(`set: no file refers to ${r.repository.familiar()}; nothing was rewritten for it`);
  // Bad input stops pin before any registry request; a reference that cannot be resolved stops it after. Either way no file is written.
  if (plan.problems.length) {
    annotateProblems(rt, plan.problems);
    throw new Error(`${plan.problems.length} problem(s) in the deployment files; no file was changed:\n${problemLines(plan.problems)}`);
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
  // LEAD-WIRING: pull-request path. With s.pullRequest, hand the written files to src/pin/pull-request.ts:
  //   const { openPullRequest, changesTable } = await import('./pull-request.js');
  //   const pr = await openPullRequest({ branch: s.pullRequestBranch, files: outcome.files.map((f) => f.file),
  //     workspace: s.workspace, body: changesTable(outcome.changed), token: s.registry.githubToken, ... });
  //   if (pr) outputs['pull-request-url'] = pr.url;
  return { outputs, summary: summary(outcome) };
}
