import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** STATE_* variables for the post step, as the runner would pass them. */
  state: Record<string, string>;
  /** RUNNER_TEMP as the step saw it (unless `env` named another), with the runner's own files in it. */
  runnerTemp: string;
  /** The runner's own files there (output, state, summary, event): everything else is the step's. */
  runnerFiles: string[];
}

/** A step still running: its process (to signal, as a cancelled workflow does) and what it gives when done. */
export interface StartedAction {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  log(): string;
  done: Promise<ActionRun>;
}

/** Parses the runner's file-command format: `name=value` or `name<<DELIM` ... `DELIM`. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface GitHubEvent {
  name: string;
  ref: string;
  sha: string;
  payload: unknown;
}

const dist = join(process.cwd(), 'dist', 'index.js');

/** The entry action.yml names for the post step, as the runner would run it. */
export const postEntry = join(process.cwd(), 'dist', 'post', 'index.js');

/** Runs `node dist/index.js` exactly as the runner does: INPUT_* variables and file commands; `script` picks another entry. */
export async function runAction(
  inputs: Record<string, string>,
  event: GitHubEvent,
  env: NodeJS.ProcessEnv = {},
  state: Record<string, string> = {},
  script = dist,
  node = process.execPath,
): Promise<ActionRun> {
  return startAction(inputs, event, env, state, script, node).done;
}

/** runAction, returning as soon as the step has started. */
export function startAction(
  inputs: Record<string, string>,
  event: GitHubEvent,
  env: NodeJS.ProcessEnv = {},
  state: Record<string, string> = {},
  script = dist,
  /** The Node.js binary that runs the step: the tests' own unless a test names the runner's (env.json node24). */
  node = process.execPath,
): StartedAction {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(state)) inputEnv[`STATE_${k}`] = v;
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: event.ref,
    GITHUB_SHA: event.sha,
    GITHUB_REPOSITORY: 'acme/pinship-demo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    ...files,
    ...inputEnv,
    ...env,
  };
  const child = spawn(node, [script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const stateVars = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        state: stateVars,
        runnerTemp: childEnv.RUNNER_TEMP ?? dir,
        runnerFiles: Object.values(files),
      });
    });
  });
  return { child, log: () => stdout + stderr, done };
}

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HEAD_SHA = 'f00dfacef00dfacef00dfacef00dfacef00dface';

/** Realistic payloads, trimmed to the fields tag computation reads. */
export const events = {
  pushMain: (): GitHubEvent => ({
    name: 'push',
    ref: 'refs/heads/main',
    sha: SHA,
    payload: {
      ref: 'refs/heads/main',
      after: SHA,
      repository: { full_name: 'acme/pinship-demo', default_branch: 'main' },
      head_commit: { id: SHA, timestamp: '2026-11-28T10:00:00Z' },
    },
  }),
  pushTag: (tag: string): GitHubEvent => ({
    name: 'push',
    ref: `refs/tags/${tag}`,
    sha: SHA,
    payload: {
      ref: `refs/tags/${tag}`,
      after: SHA,
      base_ref: 'refs/heads/main',
      repository: { full_name: 'acme/pinship-demo', default_branch: 'main' },
      head_commit: { id: SHA, timestamp: '2026-11-28T10:00:00Z' },
    },
  }),
  pullRequest: (n: number): GitHubEvent => ({
    name: 'pull_request',
    ref: `refs/pull/${n}/merge`,
    sha: SHA,
    payload: {
      action: 'synchronize',
      number: n,
      pull_request: { number: n, head: { sha: HEAD_SHA, ref: 'feature/login' }, base: { sha: '0'.repeat(40), ref: 'main' } },
      repository: { full_name: 'acme/pinship-demo', default_branch: 'main' },
    },
  }),
};

export const SHAS = { SHA, HEAD_SHA };
