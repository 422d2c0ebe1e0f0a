/**
 * The run's one abort signal: a cancelled workflow (SIGINT, then SIGTERM) or the `timeout` input
 * aborts it, and every wait, registry request and child process pinship starts listens to it.
 * Module state rather than a parameter threaded through every call: there is one run per process.
 */
const controller = new AbortController();

export const runSignal: AbortSignal = controller.signal;

/** The run was stopped from outside: the runner cancelled the job, or `timeout` passed. */
export class StoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoppedError';
  }
}

export function stopRun(reason: StoppedError): void {
  if (!controller.signal.aborted) controller.abort(reason);
}

/** The reason the run was stopped, when it was; a StoppedError replaces whatever a cut-off request threw. */
export function stopReason(): StoppedError | undefined {
  const r: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
  return r instanceof StoppedError ? r : undefined;
}

export function throwIfStopped(): void {
  const r = stopReason();
  if (r) throw r;
}
