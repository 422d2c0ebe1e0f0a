/**
 * Text from a registry, a deployment file or git, laced with workflow commands, driven through
 * dist/index.js (and dist/cli.js) as the runner drives them: whatever the step prints on stdout and
 * stderr, read as the runner reads it (helpers/runner-parse.ts), holds no command pinship did not
 * write itself. GitHub's REST API is the one stand-in (helpers/fake-github.ts): the git remote, the
 * registries and the hostile registry are real servers on loopback.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { json, startServer } from '../helpers/hostile-server.js';
import { foreignCommands } from '../helpers/runner-parse.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { pushImage, pushReferrer } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const MARK = 'INJECTED';
/** Every form the runner takes: after LF and CR, indented, and the legacy `##[` in mid-line. */
const PAYLOAD = [
  'x',
  `::set-output name=pwned::${MARK}`,
  '::add-mask::pinship',
  `::error::${MARK} error`,
  '::save-state name=cleanupPaths::["/etc"]',
  `  ::warning::${MARK} indented`,
  `${MARK} ##[set-output name=legacy;]${MARK}`,
  `\u00a0::notice::${MARK} after a no-break space`,
].join('\n');
const HOSTILE = `${PAYLOAD}\r::stop-commands::${MARK}`;

/** The test's own check first: the payload read raw is every one of those commands. */
test('the payload, printed raw, is commands of every kind the runner would run', () => {
  expect(foreignCommands(HOSTILE, MARK).map((c) => c.name)).toEqual([
    'set-output',
    'add-mask',
    'error',
    'save-state',
    'warning',
    'set-output',
    'notice',
    'stop-commands',
  ]);
});

function expectNoForeignCommand(run: { stdout: string; stderr: string }): void {
  expect(foreignCommands(run.stdout, MARK)).toEqual([]);
  expect(foreignCommands(run.stderr, MARK)).toEqual([]);
}

const plainRepo = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));

test('registry text: a referrer artifactType and an error detail carrying commands print as text', async () => {
  const src = plainRepo('inject-src');
  const img = await pushImage(client, src, { tag: 'v1' });
  await pushReferrer(client, src, img.descriptor, `application/vnd.example+json${HOSTILE}`);
  const promoted = await runAction({ command: 'promote', source: `${src}:v1`, images: plainRepo('inject-dst').toString() }, events.pushMain());
  expect(promoted.code).toBe(0);
  // The referrer is logged, line breaks and all, as one entry.
  expect(promoted.stdout).toContain('application/vnd.example+json');
  expectNoForeignCommand(promoted);

  // A registry answering every request with an error whose detail is the payload; asked again once.
  const hostile = await startServer((req, res) => {
    if (req.url === '/v2/') return json(res, 200, {});
    json(res, 503, { errors: [{ code: 'UNAVAILABLE', message: HOSTILE }] }, { 'retry-after': '0' });
  });
  try {
    const failed = await runAction(
      { command: 'promote', source: `${hostile.host}/app:v1`, images: plainRepo('inject-dst').toString(), retries: '2' },
      events.pushMain(),
    );
    expect(failed.code).toBe(1);
    expect(hostile.requests.length).toBeGreaterThan(2);
    expect(failed.stdout).toContain('retrying');
    expectNoForeignCommand(failed);
    expect(failed.outputs).toEqual({});
  } finally {
    await hostile.close();
  }
});

/** A workspace whose deployment file writes the payload as an image (a YAML double-quoted string, escapes and all). */
function hostileWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-inject-ws-'));
  mkdirSync(join(ws, 'k8s'));
  const quoted = JSON.stringify(`app:1${HOSTILE}`);
  writeFileSync(
    join(ws, 'k8s', 'app.yaml'),
    `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${quoted}\n    - image: ${quoted.replace('app:1', 'app')}\n`,
  );
  return ws;
}

/** dist/cli.js in a runner's environment: its stderr is read for commands as the action's stdout is. */
function runCli(args: string[], extra: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

test('file text: references holding commands are reported, in the action and in the CLI, as text', async () => {
  const ws = hostileWorkspace();
  const run = await runAction({ command: 'verify', files: 'k8s/*.yaml' }, events.pushMain(), { GITHUB_WORKSPACE: ws });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error file=k8s\/app.yaml,line=5/);
  expectNoForeignCommand(run);

  const cli = await runCli(['verify', '--files', 'k8s/*.yaml'], { GITHUB_WORKSPACE: ws });
  expect(cli.code).toBe(1);
  expect(cli.stderr).toContain('k8s/app.yaml:5:');
  expectNoForeignCommand(cli);
});

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  }).trim();

test("git text: a remote's refusal carrying commands fails pin's pull request, as text", async () => {
  const repo = plainRepo('inject-pin');
  await pushImage(client, repo, { tag: '1.0' });
  const root = mkdtempSync(join(tmpdir(), 'pinship-inject-git-'));
  const bare = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  // The remote's hook speaks through git's own stderr ("remote: ..."), then refuses the push; armed after the seed push.
  // pin quotes the last lines git prints: the legacy form, which works in mid-line, comes last.
  writeFileSync(join(bare, 'message'), `${PAYLOAD}\n${MARK} ##[set-output name=legacy;]${MARK}\n`);
  const hook = join(bare, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\n[ -f armed ] || exit 0\ncat message >&2\nexit 1\n');
  chmodSync(hook, 0o755);
  const seed = join(root, 'seed');
  mkdirSync(join(seed, 'k8s'), { recursive: true });
  writeFileSync(join(seed, 'k8s', 'app.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${repo}:1.0\n`);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'deployments');
  git(seed, 'push', '--quiet', `file://${bare}`, 'main');
  writeFileSync(join(bare, 'armed'), '');
  const api = await startFakeGitHub('acme', 'pinship-demo');
  try {
    const clone = (): string => {
      const ws = mkdtempSync(join(tmpdir(), 'pinship-inject-ws-'));
      git(tmpdir(), 'clone', '--quiet', `file://${bare}`, ws);
      return ws;
    };
    const inputs = { command: 'pin', files: 'k8s/*.yaml', 'pull-request': 'true', 'github-token': 'ghs_test' };
    const runEnv = { GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'http://127.0.0.1:9' };
    const run: ActionRun = await runAction(inputs, events.pushMain(), { GITHUB_WORKSPACE: clone(), ...runEnv });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(MARK);
    expect(foreignCommands(run.stdout, MARK, ['ghs_test'])).toEqual([]);
    expect(foreignCommands(run.stderr, MARK, ['ghs_test'])).toEqual([]);
    expect(run.state).toEqual({});

    const cli = await runCli(['pin', '--files', 'k8s/*.yaml', '--pull-request'], {
      GITHUB_WORKSPACE: clone(),
      INPUT_GITHUB_TOKEN: 'ghs_test',
      GITHUB_REPOSITORY: 'acme/pinship-demo',
      ...runEnv,
    });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(MARK);
    expectNoForeignCommand(cli);
  } finally {
    await api.close();
  }
});
