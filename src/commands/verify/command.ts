import { annotateTemplated, cell } from '../../deployfiles/report.js';
import type { FileScan } from '../../deployfiles/types.js';
import type { CommandResult, Runtime } from '../../host/runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { runChecks } from './check.js';
import { scanAndPlanVerify, type Finding } from './plan.js';
import { readVerifySettings } from './settings.js';
import { checkSignatures } from './signatures.js';

function summary(findings: Finding[], references: number, templated: number, checked: boolean): string {
  const rows = findings.map(
    (f) => `| ${f.level} | \`${cell(f.file)}:${f.line}:${f.column}\` | ${f.reference ? `\`${cell(f.reference)}\`` : ''} | ${cell(f.message)} |`,
  );
  return [
    '### pinship verify',
    '',
    findings.length ? `${findings.length} findings in ${references} references` : `${references} references, all pinned${checked ? ' and present' : ''}`,
    '',
    ...(templated ? [`${templated} image values are templates (see the notices) and were not verified`, ''] : []),
    ...(rows.length ? ['| level | where | reference | finding |', '| --- | --- | --- | --- |', ...rows, ''] : []),
  ].join('\n');
}

/** With `templates: error`, each templated image position is a finding; how many were added. */
function templateFindings(scans: FileScan[], findings: Finding[]): number {
  const templated = scans.flatMap((scan) => scan.templated);
  for (const t of templated)
    findings.push({
      kind: 'templated',
      level: 'error',
      file: t.file,
      line: t.line,
      column: t.column,
      reference: '',
      message: `${t.message} (templates: error)`,
    });
  return templated.length;
}

const order = (a: Finding, b: Finding): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);

export async function runVerifyCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readVerifySettings(rt);
  const started = Date.now();
  const plan = await scanAndPlanVerify(s.workspace, s.files, { allow: s.allow, allowedRegistries: s.allowedRegistries });
  // Wall time per phase: the scan is what bench/verify.mjs holds against grep.
  const durations = { scanMs: Date.now() - started, checkMs: 0 };
  let requests = 0;
  const findings = [...plan.findings];
  if (plan.checks.length && s.registryCheck) {
    const client = registryClient(s.registry, rt);
    try {
      const checked = await runChecks(client, plan.checks, { drift: s.drift, platformPins: s.platformPins });
      findings.push(...checked.findings);
      requests = checked.requests;
      if (s.signatures.publicKey || s.signatures.identity || s.signatures.requireProvenance) {
        const signed = await checkSignatures(client, plan.checks, checked.failed, s.signatures);
        findings.push(...signed.findings);
        requests += signed.requests;
      }
    } finally {
      client.close();
    }
  }
  durations.checkMs = Date.now() - started - durations.scanMs;
  if (s.templates === 'error') templateFindings(plan.scans, findings);
  findings.sort(order);
  for (const f of findings) rt.annotate(f.level, f.message, { file: f.file, startLine: f.line, startColumn: f.column });
  const templated = s.templates === 'error' ? 0 : annotateTemplated(rt, plan.scans);
  const errors = findings.filter((f) => f.level === 'error').length;
  return {
    outputs: { metadata: JSON.stringify({ references: plan.references, requests, findings, durations }) },
    summary: summary(findings, plan.references, templated, s.registryCheck),
    ...(errors ? { failure: `verify: ${errors} finding(s) in the deployment files (input 'files'; see the annotations)` } : {}),
  };
}
