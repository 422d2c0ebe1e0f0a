// Apart from ./report.ts so that a failed run's summary loads nothing more (src/main.ts, issue 13).

let untouched = 'Nothing was written to any registry.';

/**
 * What a failure at this point leaves as it was, for the failed run's summary. A command updates it as
 * it starts to change things (build: before the push starts).
 */
export function leftUntouched(note: string): void {
  untouched = note;
}

/** The summary of a failed run: what failed, and what was left untouched. */
export function failureSummary(command: string, message: string): string {
  return [`### pinship ${command} failed`, '', '```', message, '```', '', `**Left untouched:** ${untouched}`, ''].join('\n');
}
