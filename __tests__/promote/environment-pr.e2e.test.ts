/**
 * promote with files, pin-files and `pull-request: true`, through dist/index.js: the workspace is a real
 * clone of a real bare remote (the push); GitHub's REST API is the one stand-in (it cannot run here), a
 * loopback server that records what octokit sends, as pin's pull-request test does.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { pushStaging, runPromote, workspace } from './environment-fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());
const TOKEN = `ghs_${randomBytes(16).toString('hex')}`;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  }).trim();

test('pull-request: true commits the production change to pinship/promote and opens one pull request', async () => {
  const values = await pushStaging(client, env);
  const root = mkdtempSync(join(tmpdir(), 'pinship-promote-pr-'));
  const bare = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  const seed = workspace(values);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'environments');
  git(seed, 'push', '--quiet', `file://${bare}`, 'main');
  const ws = join(root, 'checkout');
  git(root, 'clone', '--quiet', '--depth=1', `file://${bare}`, ws);
  // runAction's GITHUB_REPOSITORY
  const api = await startFakeGitHub('acme', 'pinship-demo');
  try {
    const run = await runPromote(
      env,
      ws,
      values,
      { 'pull-request': 'true', 'github-token': TOKEN },
      { GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'http://127.0.0.1:9' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectNoSecret(run, [TOKEN]);
    expect(run.outputs['pull-request-url']).toBe('https://github.example/acme/pinship-demo/pull/1');
    const branch = git(bare, 'rev-parse', 'refs/heads/pinship/promote');
    expect(git(bare, 'rev-parse', `${branch}^`)).toBe(git(bare, 'rev-parse', 'refs/heads/main'));
    const changed = run.outputs['changed-files'].split('\n');
    expect(changed).toEqual(['production/compose/docker-compose.yml', 'production/helm/values.yaml', 'production/k8s/app.yaml']);
    expect(git(bare, 'diff', '--name-only', 'main', branch).split('\n')).toEqual(changed);
    for (const f of changed) expect(execFileSync('git', ['show', `${branch}:${f}`], { cwd: bare, encoding: 'utf8' })).toBe(readFileSync(join(ws, f), 'utf8'));
    expect(api.pulls).toEqual([expect.objectContaining({ head: 'pinship/promote', base: 'main', title: 'Promote container images' })]);
    expect(api.pulls[0].body).toContain('pinship promoted 4 images by digest and pinned 6 image references in 3 files to the copies.');
  } finally {
    await api.close();
  }
});
