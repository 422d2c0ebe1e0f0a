import type { Runtime } from '../host/runtime.js';
import type { FileScan, Problem, Site } from './types.js';

/** One error annotation per problem, at its place in the file. */
export function annotateProblems(rt: Runtime, problems: Problem[]): void {
  for (const p of problems) rt.annotate('error', p.message, { file: p.file, startLine: p.line, startColumn: p.column });
}

/** A notice per image position filled by a template: not an error, but not silently passed over either. */
export function annotateTemplated(rt: Runtime, scans: FileScan[]): number {
  const templated = scans.flatMap((s) => s.templated);
  for (const t of templated) rt.annotate('notice', t.message, { file: t.file, startLine: t.line, startColumn: t.column });
  return templated.length;
}

/** Markdown table cell: pipes and newlines would break the row. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `file:line:column: message`, one line per problem, for the step's failure message. */
export function problemLines(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
}

/** How a reference written under a YAML anchor reaches this use, for a finding at the anchor's line: '' where it is used as written. */
export function usesText(site: Site): string {
  if (!site.uses?.length) return '';
  return ` (used through ${site.uses.map((u) => `the ${u.kind === 'alias' ? 'alias' : 'merge key'} at line ${u.line}`).join(', then ')})`;
}
