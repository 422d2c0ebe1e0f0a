import { spawn } from 'node:child_process';

export interface ExecOptions {
  /** Written to the tool's stdin: the only way secrets reach a tool. */
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Echo the tool's stdout/stderr to ours as it runs (builder logs); captured either way. */
  stream?: boolean;
  /** Redacted from the command line pinship prints and from error messages. */
  secrets?: string[];
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

export class ExecError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    const tail = stderr.trim().split('\n').slice(-5).join('\n');
    super(`${command} failed with exit code ${exitCode ?? 'signal'}${tail ? `: ${tail}` : ''}`);
    this.name = 'ExecError';
  }
}

function redact(s: string, secrets: string[] | undefined): string {
  let out = s;
  for (const secret of secrets ?? []) if (secret) out = out.split(secret).join('***');
  return out;
}

/**
 * The one place pinship runs another program. Success is the exit code alone: builders print
 * progress on stderr, so stderr is never read as failure, and a non-zero exit always fails.
 */
export function execTool(cmd: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const shown = redact([cmd, ...args].join(' '), opts.secrets);
  if (opts.stream) process.stderr.write(`[command]${shown}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      if (opts.stream) process.stderr.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      err.push(d);
      if (opts.stream) process.stderr.write(d);
    });
    child.on('error', (e) => reject(new ExecError(shown, null, e.message)));
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new ExecError(shown, code, stderr));
    });
    child.stdin.on('error', () => {
      // A tool that exits without reading stdin closes the pipe; its exit code tells the story.
    });
    child.stdin.end(opts.input ?? '');
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
