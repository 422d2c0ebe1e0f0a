import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPinCommand } from '../../src/commands/pin/command.js';
import type { CommandResult } from '../../src/host/runtime.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { startGitHttp } from '../helpers/git-http.js';
import { inputsRuntime } from '../helpers/runtime.js';
import { checkout, fixture, git, gitAs, recordGit, remoteRefs, type Fixture, type GitOnPath } from './git-fixture.js';

// The whole `pin` command with `pull-request: true`, in process, over real git (a bare remote, shallow
// clones, and git's own smart HTTP backend on loopback). `set` names the digest, so no registry is
// asked. GitHub's REST API cannot run here: startFakeGitHub stands in for it.

const TOKEN = `ghs_${randomBytes(16).toString('hex')}`;
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const APP = 'spec:\n  image: nginx:1.25\n';
const BOT = { GIT_AUTHOR_NAME: 'github-actions[bot]', GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com' };

let api: FakeGitHub;
let gitOnPath: GitOnPath;
beforeAll(() => void (gitOnPath = recordGit()));
afterAll(() => gitOnPath.restore());
beforeEach(async () => {
  api = await startFakeGitHub('acme', 'deploy', 'next');
  gitOnPath.reset();
});
afterEach(() => api.close());

interface Run {
  result?: CommandResult;
  error?: Error;
  warnings: string[];
}

async function pin(fx: Fixture, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<Run> {
  api.gitDir = fx.bare;
  const rt = inputsRuntime(
    { files: 'deploy/*.yaml', set: `nginx@${DIGEST_A}`, 'pull-request': 'true', 'github-token': TOKEN, ...inputs },
    {
      GITHUB_WORKSPACE: fx.work,
      GITHUB_REPOSITORY: 'acme/deploy',
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: 'http://127.0.0.1:9',
      GITHUB_EVENT_NAME: 'push',
      ...env,
    },
  );
  const warnings: string[] = [];
  rt.warning = (m) => void warnings.push(m);
  return runPinCommand(rt).then(
    (result) => ({ result, warnings }),
    (error: unknown) => ({ error: error as Error, warnings }),
  );
}

const writes = (): string[] => api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

/** A refused run: one line, and the workspace file, every remote ref and the pull requests untouched. */
async function expectRefused(fx: Fixture, run: Promise<Run>, message: RegExp): Promise<Error | undefined> {
  const refs = remoteRefs(fx);
  const { error } = await run;
  expect(error?.message).toMatch(message);
  expect(error?.message).not.toContain('\n');
  expect(error?.message).not.toContain(TOKEN);
  expect(readFileSync(join(fx.work, 'deploy', 'app.yaml'), 'utf8')).toBe(APP);
  expect(remoteRefs(fx)).toBe(refs);
  expect(writes()).toEqual([]);
  return error;
}

test('a matching file not tracked at HEAD (git-ignored, or new) is named in a warning, and neither rewritten nor committed', async () => {
  const fx = fixture({ files: { 'deploy/app.yaml': APP, '.gitignore': 'deploy/rendered-*.yaml\n' } });
  const rendered = 'image: nginx:1.25\npassword: hunter2-rendered\n';
  const odd = 'deploy/new\n::error::x.yaml';
  writeFileSync(join(fx.work, 'deploy', 'rendered-prod.yaml'), rendered);
  writeFileSync(join(fx.work, 'deploy', 'new.yaml'), rendered);
  writeFileSync(join(fx.work, odd), rendered);

  const { result, error, warnings } = await pin(fx);
  expect(error).toBeUndefined();
  expect(result?.outputs['changed-files']).toBe('deploy/app.yaml');
  expect(result?.outputs.pinned).toBe('1');
  expect(git(fx.bare, 'diff', '--name-only', 'main', 'pinship/pin')).toBe('deploy/app.yaml');
  // Nothing of the untracked files reached the remote, in any object.
  expect(git(fx.bare, 'cat-file', '--batch-all-objects', '--batch')).not.toContain('hunter2');
  for (const f of ['rendered-prod.yaml', 'new.yaml', 'new\n::error::x.yaml']) expect(readFileSync(join(fx.work, 'deploy', f), 'utf8')).toBe(rendered);
  expect(readFileSync(join(fx.work, 'deploy', 'app.yaml'), 'utf8')).toBe(`spec:\n  image: nginx@${DIGEST_A}\n`);
  for (const f of ['deploy/rendered-prod.yaml', 'deploy/new.yaml', odd]) {
    expect(warnings.filter((w) => w.includes(JSON.stringify(f)) && w.includes('not tracked at HEAD'))).toHaveLength(1);
  }
  for (const w of warnings) expect(w).not.toContain('\n');
  expect(api.pulls[0]?.body).not.toContain('rendered-prod');
});

describe('a branch pinship does not own is never the target', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['the branch checked out', { branch: 'feature' }, /^Invalid input 'pull-request-branch': 'feature'\. Expected .*: it is the branch checked out/],
    ["the repository's default branch (GitHub API)", { branch: 'next' }, /'next'\. Expected .*: it is the repository's default branch/],
    ["origin's HEAD", { branch: 'stable', head: 'stable' }, /'stable'\. Expected .*: it is the repository's default branch/],
    ['main', { branch: 'main', work: 'feature' }, /'main'\. Expected .*: it looks like a protected branch/],
    ['master', { branch: 'master' }, /'master'\. Expected .*: it looks like a protected branch/],
    ['a release branch', { branch: 'release/1.2' }, /'release\/1\.2'\. Expected .*: it looks like a protected branch/],
  ])('%s', async (_name, c, message) => {
    const fx = fixture({ files: { 'deploy/app.yaml': APP }, branches: ['feature', 'next', 'stable', 'master', 'release/1.2'] });
    if (c.head) git(fx.bare, 'symbolic-ref', 'HEAD', `refs/heads/${c.head}`);
    if (c.branch === 'feature' || c.work) fx.work = checkout(fx, 'feature');
    await expectRefused(fx, pin(fx, { 'pull-request-branch': c.branch }), message);
  });

  test.each<[string, (seed: string) => void, RegExp]>([
    ["someone's commit", (s) => git(s, 'commit', '--quiet', '--allow-empty', '-m', 'wip'), /authored by "Dev <dev@example\.com>"/],
    [
      "pinship's commit on top of someone's",
      (s) => {
        git(s, 'commit', '--quiet', '--allow-empty', '-m', 'wip');
        gitAs(BOT, s, 'commit', '--quiet', '--allow-empty', '-m', 'Pin\n\nPinship-Pin: pinship/pin');
      },
      /its parent [0-9a-f]{40} is not a commit of main/,
    ],
    ['a bot commit without the trailer', (s) => gitAs(BOT, s, 'commit', '--quiet', '--allow-empty', '-m', 'Pin'), /has no 'Pinship-Pin: pinship\/pin' trailer/],
    [
      'a commit with two parents',
      (s) => {
        git(s, 'checkout', '--quiet', '-b', 'side');
        git(s, 'commit', '--quiet', '--allow-empty', '-m', 'side');
        git(s, 'checkout', '--quiet', 'main');
        gitAs(BOT, s, 'merge', '--quiet', '--no-ff', '-m', 'Pin\n\nPinship-Pin: pinship/pin', 'side');
      },
      /has 2 parents/,
    ],
  ])('nor a pinship/pin whose tip is %s: the error names the tip', async (_name, make, reason) => {
    const fx = fixture({ files: { 'deploy/app.yaml': APP } });
    const seed = checkout(fx);
    make(seed);
    git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/pinship/pin');
    const tip = git(fx.bare, 'rev-parse', 'pinship/pin');
    const error = await expectRefused(fx, pin(fx), reason);
    expect(error?.message).toContain(`pull-request-branch 'pinship/pin' is at ${tip} on origin`);
  });
});

test("the lease is the tip pinship checked: a push to the branch after that makes pinship's push fail", async () => {
  const fx = fixture({ files: { 'deploy/app.yaml': APP } });
  expect((await pin(fx)).error).toBeUndefined();
  // Someone else's commit lands on the branch after pinship read it, just before pinship commits.
  const other = checkout(fx);
  git(other, 'commit', '--quiet', '--allow-empty', '-m', 'pushed meanwhile');
  const theirs = git(other, 'rev-parse', 'HEAD');
  gitOnPath.before('commit-tree', `cd '${other}' && git push --quiet --force origin HEAD:refs/heads/pinship/pin`);
  fx.work = checkout(fx);
  const { error } = await pin(fx, { set: `nginx@${DIGEST_B}` });
  expect(error?.message).toMatch(
    /^push of branch 'pinship\/pin' to origin .* was refused: .*stale info.*changed on the remote since pinship read it at [0-9a-f]{12}/,
  );
  expect(git(fx.bare, 'rev-parse', 'pinship/pin')).toBe(theirs);
  expect(gitOnPath.argv()).toMatch(/push --force-with-lease=refs\/heads\/pinship\/pin:[0-9a-f]{40} origin/);
});

test.each(['pull_request', 'pull_request_target'])('pull-request: true on a %s event is refused before git or GitHub is asked', async (event) => {
  const fx = fixture({ files: { 'deploy/app.yaml': APP } });
  await expectRefused(fx, pin(fx, {}, { GITHUB_EVENT_NAME: event }), new RegExp(`^Invalid input 'pull-request': 'true'\\. Expected .*: on a ${event} event`));
  expect(gitOnPath.argv()).toBe('');
  expect(api.requests).toEqual([]);
});

describe('the token goes over HTTPS only (plain HTTP to 127.0.0.1, localhost or ::1 alone)', () => {
  test.each<[string, (fx: Fixture, url: string) => void]>([
    ['origin', (fx, url) => git(fx.work, 'remote', 'set-url', 'origin', url)],
    ["origin's push URL", (fx, url) => git(fx.work, 'remote', 'set-url', '--push', 'origin', url)],
  ])('%s on plain HTTP elsewhere is refused, and that host is sent nothing', async (_name, point) => {
    const fx = fixture({ files: { 'deploy/app.yaml': APP } });
    // 127.0.0.2 stands in for a plain-HTTP host elsewhere: a real git server, on an address outside the test exception.
    const server = await startGitHttp(fx.root, TOKEN, '127.0.0.2');
    try {
      point(fx, `${server.url}remote.git`);
      await expectRefused(fx, pin(fx), /^pull-request: origin's (push )?URL "http:\/\/127\.0\.0\.2:\d+\/remote\.git" is not HTTPS: /);
      expect(server.authorizations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test.each([
    ['git://127.0.0.1:9/remote.git', /"git:\/\/127\.0\.0\.1:9\/remote\.git" is not HTTPS/],
    ['ext::sh -c true', /"ext::sh -c true" is not HTTPS/],
  ])('origin %s is refused', async (url, message) => {
    const fx = fixture({ files: { 'deploy/app.yaml': APP } });
    git(fx.work, 'remote', 'set-url', 'origin', url);
    await expectRefused(fx, pin(fx), message);
  });

  test('without origin, a plain-HTTP GITHUB_SERVER_URL elsewhere is refused', async () => {
    const fx = fixture({ files: { 'deploy/app.yaml': APP } });
    git(fx.work, 'remote', 'remove', 'origin');
    await expectRefused(
      fx,
      pin(fx, {}, { GITHUB_SERVER_URL: 'http://127.0.0.2:9' }),
      /^pull-request: the repository's URL from GITHUB_SERVER_URL "http:\/\/127\.0\.0\.2:9\/acme\/deploy\.git" is not HTTPS/,
    );
  });
});
