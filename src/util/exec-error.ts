import { toolFailure } from './tool-error.js';

// Apart from ./exec.ts (node:child_process) because every run's error handling checks for it (src/app/run.ts).

/**
 * `docker buildx build` from `docker buildx build --file ...`: the words before the first option, the
 * program by its file name (`docker-buildx build` for `/usr/libexec/docker/cli-plugins/docker-buildx build`).
 */
function toolName(command: string): string {
  const words = command.split(' ');
  const end = words.findIndex((w, i) => i > 0 && (w.startsWith('-') || i >= 3));
  const named = words.slice(0, end < 0 ? words.length : end);
  named[0] = named[0].slice(named[0].lastIndexOf('/') + 1);
  return named.join(' ');
}

/**
 * A tool that failed. The message (what an annotation shows) leads with the tool's own error lines and
 * names the failed step; the full command line, often hundreds of characters, is `command`, for the log.
 */
export class ExecError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly stdout = '',
  ) {
    // The classic builder names its steps on stdout; every builder's errors are on stderr, read last.
    const { errors, step } = toolFailure(`${stdout}\n${stderr}`);
    const how = `${toolName(command)} ${exitCode === null ? 'could not run or was killed' : `exited with code ${exitCode}`}`;
    super(errors.length ? `${errors.join('\n')}\n(${step ? `at step ${step}; ` : ''}${how})` : how);
    this.name = 'ExecError';
  }
}
