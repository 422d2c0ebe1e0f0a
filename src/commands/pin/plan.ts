import { allowList } from '../../deployfiles/allow.js';
import { scanWorkspace } from '../../deployfiles/scan.js';
import type { FileScan, Problem, Site } from '../../deployfiles/types.js';
import type { Reference } from '../../registry/reference.js';

/** One reference in the files and what pin will do about it. */
export interface PlannedSite {
  site: Site;
  /** `set` names its repository: rewrite to that, look nothing up. */
  set?: Reference;
  /** Key into `toResolve`: the tag must be looked up. */
  resolve?: string;
}

export interface PinPlan {
  scans: FileScan[];
  /** Bad input anywhere: pin then changes no file. */
  problems: Problem[];
  sites: PlannedSite[];
  /** Sites exempt by `allow`, or already pinned and not named by `set`: left as written. */
  untouched: Site[];
  /** Distinct references to resolve, one registry lookup each. */
  toResolve: Map<string, Reference>;
  /** `set` references that no file mentions. */
  unusedSet: Reference[];
}

export interface PinPlanOptions {
  set: Reference[];
  allow: string[];
}

/** Decides, without the network, what each reference becomes; `scans` come from scanWorkspace. */
export function planPin(scans: FileScan[], opts: PinPlanOptions): PinPlan {
  const allowed = allowList(opts.allow);
  const plan: PinPlan = { scans, problems: scans.flatMap((s) => s.problems), sites: [], untouched: [], toResolve: new Map(), unusedSet: [] };
  const used = new Set<Reference>();
  for (const site of scans.flatMap((s) => s.sites)) {
    if (allowed(site.ref, site.written)) {
      plan.untouched.push(site);
      continue;
    }
    if (opts.set.length) {
      const set = opts.set.find((r) => r.repository.equals(site.ref.repository));
      if (set) used.add(set);
      if (set) plan.sites.push({ site, set });
      else plan.untouched.push(site);
      continue;
    }
    if (site.ref.digest) {
      plan.untouched.push(site);
      continue;
    }
    const key = site.ref.toString();
    plan.toResolve.set(key, site.ref);
    plan.sites.push({ site, resolve: key });
  }
  plan.unusedSet = opts.set.filter((r) => !used.has(r));
  return plan;
}

/** Scan and plan with no registry request: what a benchmark times, and what pin does before the network. */
export async function scanAndPlanPin(workspace: string, patterns: string[], opts: PinPlanOptions): Promise<PinPlan> {
  return planPin(await scanWorkspace(workspace, patterns), opts);
}
