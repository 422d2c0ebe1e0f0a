import { allowList, registryAllowed } from '../../deployfiles/allow.js';
import { usesText } from '../../deployfiles/report.js';
import { scanWorkspace } from '../../deployfiles/scan.js';
import type { FileScan, Site } from '../../deployfiles/types.js';
import type { Reference } from '../../registry/reference.js';

export type FindingKind =
  'invalid' | 'templated' | 'unpinned' | 'registry' | 'missing' | 'drift' | 'platform-pin' | 'unreachable' | 'unsigned' | 'no-provenance';

export interface Finding {
  kind: FindingKind;
  level: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** As written; empty for a file that could not be read as YAML, JSON or a Dockerfile. */
  reference: string;
  message: string;
}

/** A pinned reference to check against its registry, with every place it is written. */
export interface Check {
  ref: Reference;
  sites: Site[];
}

export interface VerifyPlan {
  /** Found without the network: bad input, unpinned, outside allowed-registries. */
  findings: Finding[];
  /** Distinct pinned references inside allowed-registries: one registry request each (two when a tag has moved). */
  checks: Check[];
  /** References looked at, exempt ones excluded. */
  references: number;
  scans: FileScan[];
}

export interface VerifyPlanOptions {
  allow: string[];
  allowedRegistries: string[];
}

export function siteFinding(site: Site, kind: FindingKind, level: Finding['level'], message: string): Finding {
  return { kind, level, file: site.file, line: site.line, column: site.column, reference: site.written, message: message + usesText(site) };
}

/** Everything verify can decide from the files alone, and the registry checks the rest needs. */
export function planVerify(scans: FileScan[], opts: VerifyPlanOptions): VerifyPlan {
  const allowed = allowList(opts.allow);
  const findings: Finding[] = scans.flatMap((s) => s.problems.map((p) => ({ kind: 'invalid' as const, level: 'error' as const, ...p, reference: '' })));
  const checks = new Map<string, Check>();
  let references = 0;
  for (const site of scans.flatMap((s) => s.sites)) {
    if (allowed(site.ref, site.written)) continue;
    references++;
    const outside = opts.allowedRegistries.length > 0 && !registryAllowed(opts.allowedRegistries, site.ref);
    if (outside) {
      findings.push(siteFinding(site, 'registry', 'error', `${site.written} is outside allowed-registries (${opts.allowedRegistries.join(', ')})`));
    }
    if (!site.ref.digest) {
      findings.push(siteFinding(site, 'unpinned', 'error', `${site.written} is not pinned to a digest; run pinship pin or write ${site.written}@sha256:...`));
      continue;
    }
    // Never asked about: a file in a pull request must not make the runner call (and send credentials to) a host of its choosing.
    if (outside) continue;
    const key = site.ref.toString();
    const check = checks.get(key) ?? { ref: site.ref, sites: [] };
    check.sites.push(site);
    checks.set(key, check);
  }
  return { findings, checks: [...checks.values()], references, scans };
}

/** Scan and plan with no registry request: what a benchmark times against grep. */
export async function scanAndPlanVerify(workspace: string, patterns: string[], opts: VerifyPlanOptions): Promise<VerifyPlan> {
  return planVerify(await scanWorkspace(workspace, patterns), opts);
}
