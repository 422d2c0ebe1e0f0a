// Apart from ./image.ts so that a failed run's summary loads nothing more (src/app/run.ts).

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
  // The message quotes registries, files and git: a fence longer than any backtick run in it cannot be closed early.
  const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [`### pinship ${command} failed`, '', fence, message, fence, '', `**Left untouched:** ${untouched}`, ''].join('\n');
}
