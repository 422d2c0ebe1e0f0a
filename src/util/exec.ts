import { existsSync } from 'node:fs';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { runSignal, stopReason } from './abort.js';
import { ExecError } from './exec-error.js';
import { lineGuard, logText } from './log-text.js';

export { ExecError };

export interface ExecOptions {
  /** Written to the tool's stdin: the only way secrets reach a tool. */
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Echo the tool's stdout/stderr to ours as it runs (builder logs); captured either way. `stderr`:
   * its progress only, when stdout is an answer the caller shows itself.
   */
  stream?: boolean | 'stderr';
  /** Redacted from the command line pinship prints and from error messages. */
  secrets?: string[];
  /** Stops the tool as the run's own stop does (a build refused push access while it ran). */
  signal?: AbortSignal;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

function redact(s: string, secrets: string[] | undefined): string {
  let out = s;
  for (const secret of secrets ?? []) if (secret) out = out.split(secret).join('***');
  return out;
}

/**
 * A child's environment: everything but the INPUT_* variables. Those are pinship's inputs, and
 * credentials are among them (password, registry-auth, github-token, signing-key): no tool needs
 * them, and a builder's plugins and credential helpers would see them.
 */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^INPUT_/i.test(k)));
}

/**
 * The one place a child process starts; whatever must reach every child (a signal to stop it) goes here.
 *
 * Why node:child_process and not @actions/exec (tried): its exec() writes the input to the
 * child's stdin with no 'error' listener, so a tool that exits before reading (a failing probe, a
 * helper that dies early) crashes pinship with an uncaught `write EPIPE`: 14 of 40 runs of
 * `sh -c 'exit 1'` with an input here, and __tests__/util/exec.test.ts fails on it. Leaving stdin
 * unwritten instead keeps the pipe open, so a tool that reads stdin waits forever. It also hands back
 * no ChildProcess, which stopping a child on cancellation needs. It is not loaded for this reason.
 */
function startChild(cmd: string, args: string[], opts: ExecOptions): ChildProcessWithoutNullStreams {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: childEnv(opts.env ?? process.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    // A cancelled or timed-out run stops the tool (a builder's client; buildkit then cancels the build).
    signal: opts.signal ? AbortSignal.any([runSignal(), opts.signal]) : runSignal(),
    killSignal: 'SIGTERM',
  });
  child.stdin.on('error', () => {
    // A tool that exits without reading stdin closes the pipe; its exit code tells the story.
  });
  child.stdin.end(opts.input ?? '');
  return child;
}

/**
 * The one place pinship runs another program. Success is the exit code alone: builders print
 * progress on stderr, so stderr is never read as failure, and a non-zero exit always fails.
 */
export function execTool(cmd: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const shown = redact([cmd, ...args].join(' '), opts.secrets);
  if (opts.stream) process.stderr.write(`[command]${logText(shown)}\n`);
  return new Promise((resolve, reject) => {
    const child = startChild(cmd, args, opts);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // One guard per stream: a line is only known whole within its own stream. A build's log carries
    // what base images and registries said, and the runner would take it for workflow commands.
    const echo = (text: string): void => void process.stderr.write(text);
    const guards = opts.stream === 'stderr' ? [undefined, lineGuard(echo)] : opts.stream ? [lineGuard(echo), lineGuard(echo)] : [];
    const collect = (into: Buffer[], i: number) => (d: Buffer) => {
      into.push(d);
      guards[i]?.push(d);
    };
    child.stdout.on('data', collect(out, 0));
    child.stderr.on('data', collect(err, 1));
    child.on('error', (e: NodeJS.ErrnoException) => {
      // spawn says ENOENT for a missing working directory too.
      const missing = opts.cwd && !existsSync(opts.cwd) ? `working directory ${opts.cwd} does not exist` : `${cmd}: not found on PATH`;
      const why = e.code === 'ENOENT' ? missing : e.message;
      reject(stopReason() ?? new ExecError(shown, null, redact(why, opts.secrets)));
    });
    child.on('close', (code) => {
      for (const g of guards) g?.end();
      const stopped = stopReason();
      if (stopped) return reject(stopped);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new ExecError(shown, code, stderr, redact(stdout, opts.secrets)));
    });
  });
}

/** True when the command runs and exits 0; for capability probes like `docker buildx version`. */
export async function probe(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await execTool(cmd, args, env ? { env } : {});
    return true;
  } catch {
    return false;
  }
}
