/**
 * The run's one abort signal: a cancelled workflow (SIGINT, then SIGTERM) or the `timeout` input
 * aborts it, and every wait, registry request and child process pinship starts listens to it.
 * Module state rather than a parameter threaded through every call: there is one run per process.
 */
let controller: AbortController | undefined;

/** Made on first use: AbortController loads internal/abort_controller, which a failing input check never needs. */
const runController = (): AbortController => (controller ??= new AbortController());

export const runSignal = (): AbortSignal => runController().signal;

/** The run was stopped from outside: the runner cancelled the job, or `timeout` passed. */
export class StoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoppedError';
  }
}

export function stopRun(reason: StoppedError): void {
  const c = runController();
  if (!c.signal.aborted) c.abort(reason);
}

/** The reason the run was stopped, when it was; a StoppedError replaces whatever a cut-off request threw. */
export function stopReason(): StoppedError | undefined {
  const r: unknown = controller?.signal.aborted ? controller.signal.reason : undefined;
  return r instanceof StoppedError ? r : undefined;
}

export function throwIfStopped(): void {
  const r = stopReason();
  if (r) throw r;
}
