import { applyEdits, describeEdit, editsFor, type Edit, type PinTarget } from '../../deployfiles/rewrite.js';
import type { Problem, Site } from '../../deployfiles/types.js';
import type { PinPlan, PlannedSite } from './plan.js';
import type { Resolution } from './resolve.js';
import type { PinChange } from '../../pullrequest/changes-table.js';

export type { PinChange };

export interface PinOutcome {
  /** Files whose text changes, by workspace-relative name, with their new text and absolute path. */
  files: Array<{ file: string; path: string; text: string }>;
  /** Every reference pin looked at, changed or not. */
  references: PinChange[];
  /** The references that changed. */
  changed: PinChange[];
  problems: Problem[];
}

function targetFor(p: PlannedSite, resolved: Map<string, Resolution>, keepTag: boolean): PinTarget | { error: string } {
  // The line's own tag is kept (or replaced by the one `set` gives); a line without a tag gets none.
  const lineTag = keepTag && p.site.ref.tag !== undefined;
  if (p.set) return { digest: p.set.digest!, tag: lineTag ? p.set.tag : undefined };
  const r = resolved.get(p.resolve!)!;
  return 'error' in r ? r : { digest: r.digest, tag: lineTag ? p.site.ref.tag : undefined };
}

const where = (s: Site): { file: string; line: number; column: number } => ({ file: s.file, line: s.line, column: s.column });

/** The new text of every file, or the problems that stop pin from writing any. */
export function applyPlan(plan: PinPlan, resolved: Map<string, Resolution>, keepTag: boolean): PinOutcome {
  const out: PinOutcome = { files: [], references: [], changed: [], problems: [...plan.problems] };
  const edits = new Map<string, Edit[]>();
  const texts = new Map(plan.scans.map((s) => [s.file, s.text]));
  for (const p of plan.sites) {
    const target = targetFor(p, resolved, keepTag);
    if ('error' in target) {
      out.problems.push({ ...where(p.site), message: target.error });
      continue;
    }
    try {
      const e = editsFor(p.site, texts.get(p.site.file)!, target);
      const change = { ...where(p.site), old: p.site.written, new: e.length ? describeEdit(p.site, target) : p.site.written };
      out.references.push(change);
      if (!e.length) continue;
      out.changed.push(change);
      const forFile = edits.get(p.site.file);
      if (forFile) forFile.push(...e);
      else edits.set(p.site.file, [...e]);
    } catch (err) {
      out.problems.push({ ...where(p.site), message: (err as Error).message });
    }
  }
  for (const s of plan.untouched) out.references.push({ ...where(s), old: s.written, new: s.written });
  out.references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  for (const scan of plan.scans) {
    const e = edits.get(scan.file);
    if (!e) continue;
    // Identical edits at one place (an ARG default shared by two stages) are one edit.
    const unique = [...new Map(e.map((x) => [`${x.start}:${x.end}:${x.text}`, x])).values()];
    out.files.push({ file: scan.file, path: scan.path, text: applyEdits(scan.text, unique) });
  }
  return out;
}

/** The outcome with `files` left as they are: their references are reported unchanged, their text is not written. */
export function withoutFiles(o: PinOutcome, files: Set<string>): PinOutcome {
  const kept = (c: PinChange): boolean => !files.has(c.file);
  return {
    files: o.files.filter((f) => !files.has(f.file)),
    references: o.references.map((c) => (kept(c) ? c : { ...c, new: c.old })),
    changed: o.changed.filter(kept),
    problems: o.problems,
  };
}
