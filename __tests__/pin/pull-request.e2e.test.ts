/**
 * `pin` with `pull-request: true`, driven through dist/index.js as the runner drives it: the fixture
 * deployment repository is a real git checkout of a real bare remote (the push), and GitHub's REST API
 * is the one stand-in (it cannot run here): a loopback server that records what octokit sends.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { pushFixtureImages, workspace, type Values } from './fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
const TOKEN = `ghs_${randomBytes(16).toString('hex')}`;
// runAction's GITHUB_REPOSITORY
const [OWNER, REPO] = ['acme', 'pinship-demo'];
const FILES = 'k8s/**/*.yaml';
const ALLOW = 'docker.io/library/*\n[::1]:5000/*';
const auth = (['basic', 'token'] as const)
  .map((k) => `- registry: ${env.registries[k].host}\n  username: ${env.registries[k].username}\n  password: ${env.registries[k].password}`)
  .join('\n');

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  }).trim();

let values: Values;
let api: FakeGitHub;
let bare: string;
beforeAll(async () => {
  values = await pushFixtureImages(client, env);
  // The deployment repository on its remote: main holds the unpinned fixture.
  const root = mkdtempSync(join(tmpdir(), 'pinship-pr-e2e-'));
  bare = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  const seed = workspace(values);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'deployments');
  git(seed, 'push', '--quiet', `file://${bare}`, 'main');
  api = await startFakeGitHub(OWNER, REPO);
});
afterAll(async () => {
  client.close();
  await api.close();
});

/** A fresh clone of main, as actions/checkout gives every run, and pin with a pull request on it. */
function pinWithPullRequest(): Promise<{ run: ActionRun; ws: string }> {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-pr-ws-'));
  git(tmpdir(), 'clone', '--quiet', '--depth=1', `file://${bare}`, ws);
  return runAction({ command: 'pin', files: FILES, allow: ALLOW, 'registry-auth': auth, 'pull-request': 'true', 'github-token': TOKEN }, events.pushMain(), {
    GITHUB_WORKSPACE: ws,
    PINSHIP_CERTS_D: testCertsDir(env),
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
  }).then((run) => ({ run, ws }));
}

test('pull-request: true pushes the pinned files to a branch and opens one pull request; a rerun updates it', async () => {
  const first = await pinWithPullRequest();
  expect(first.run.stderr).toBe('');
  expect(first.run.code).toBe(0);
  expect(first.run.outputs['pull-request-url']).toBe(`https://github.example/${OWNER}/${REPO}/pull/1`);
  const branch = git(bare, 'rev-parse', 'refs/heads/pinship/pin');
  // One commit on top of main, holding exactly what pin wrote in the workspace.
  expect(git(bare, 'rev-parse', `${branch}^`)).toBe(git(bare, 'rev-parse', 'refs/heads/main'));
  const changed = first.run.outputs['changed-files'].split('\n');
  expect(git(bare, 'diff', '--name-only', 'main', branch).split('\n')).toEqual(changed);
  for (const f of changed)
    expect(execFileSync('git', ['show', `${branch}:${f}`], { cwd: bare, encoding: 'utf8' })).toBe(readFileSync(join(first.ws, f), 'utf8'));
  expect(readFileSync(join(first.ws, 'k8s/workloads.yaml'), 'utf8')).toContain(`web:1.0@${values.__DIGEST_web__}`);

  const create = api.requests.filter((r) => r.method === 'POST');
  expect(create).toHaveLength(1);
  expect(create[0].authorization).toBe(`token ${TOKEN}`);
  expect(create[0].body).toMatchObject({ head: 'pinship/pin', base: 'main' });
  expect(String(create[0].body!.body)).toContain(`web:1.0@${values.__DIGEST_web__}`);
  expect(first.run.summary).toContain(first.run.outputs['pull-request-url']);
  // The token reaches GitHub's API only: nothing the step displays carries it, except the mask command itself.
  expect(
    first.run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
  ).not.toContain(TOKEN);
  expect(JSON.stringify(first.run.outputs)).not.toContain(TOKEN);

  // The next run starts from main again and pins the same digests: no new commit, the pull request is updated.
  const second = await pinWithPullRequest();
  expect(second.run.code).toBe(0);
  expect(git(bare, 'rev-parse', 'refs/heads/pinship/pin')).toBe(branch);
  expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  expect(second.run.outputs['pull-request-url']).toBe(first.run.outputs['pull-request-url']);
});

test('pull-request: true without a repository to open it on fails naming the input, and changes no file', async () => {
  const ws = workspace(values);
  const before = readFileSync(join(ws, 'k8s/workloads.yaml'), 'utf8');
  const run = await runAction(
    { command: 'pin', files: FILES, allow: ALLOW, 'registry-auth': auth, 'pull-request': 'true', 'github-token': TOKEN },
    events.pushMain(),
    {
      GITHUB_WORKSPACE: ws,
      PINSHIP_CERTS_D: testCertsDir(env),
      GITHUB_REPOSITORY: '',
    },
  );
  expect(run.code).not.toBe(0);
  expectNoSecret(run, [TOKEN, env.registries.basic.password, env.registries.token.password]);
  expect(run.stdout).toContain(`::error::Invalid input 'pull-request': 'true'. Expected GITHUB_REPOSITORY to name owner/repo`);
  expect(readFileSync(join(ws, 'k8s/workloads.yaml'), 'utf8')).toBe(before);
});
