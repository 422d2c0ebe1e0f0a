import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PinChange } from '../../src/commands/pin/apply.js';
import { preparePullRequest, PULL_REQUEST_TITLE, type PullRequestResult, type PullRequestSetup } from '../../src/pullrequest/pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { startGitHttp } from '../helpers/git-http.js';
import { checkout, fixture as gitFixture, git, recordGit, type Fixture, type GitOnPath } from './git-fixture.js';

// Git is real throughout: a work tree and a bare remote in a temp dir (file:// or git's own smart
// HTTP backend). GitHub's REST API cannot run here: startFakeGitHub stands in for it.

const TOKEN = `ghs_${randomBytes(16).toString('hex')}`;
const TOKEN_B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const OWNER = 'acme';
const REPO = 'deploy';
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const ORIGINAL = '# the web tier\nspec:\n  image: nginx:1.25 # keep\n  other: redis:7\n';

// Every git command pinship runs goes through this PATH entry, which records its argv.
let gitOnPath: GitOnPath;
beforeAll(() => void (gitOnPath = recordGit()));
afterAll(() => gitOnPath.restore());

/** A bare remote `origin` whose main holds deploy/app.yaml, and a workspace cloned from it. */
const fixture = (): Fixture => gitFixture({ files: { 'deploy/app.yaml': ORIGINAL, 'notes.txt': 'notes\n' } });

/** What pin would have done: rewrite the reference in place, and describe it. */
function pin(fx: Fixture, digest: string): PinChange[] {
  const next = `nginx:1.25@${digest}`;
  writeFileSync(join(fx.work, 'deploy', 'app.yaml'), ORIGINAL.replace('nginx:1.25', next));
  return [{ file: 'deploy/app.yaml', line: 3, column: 10, old: 'nginx:1.25', new: next }];
}

interface Request extends PullRequestSetup {
  files: string[];
  changes: PinChange[];
}

function request(fx: Fixture, api: FakeGitHub, changes: PinChange[], logs: string[], extra: Partial<Request> = {}): Request {
  api.gitDir = fx.bare;
  return {
    workspace: fx.work,
    files: ['deploy/app.yaml'],
    changes,
    branch: 'pinship/pin',
    token: TOKEN,
    repository: { owner: OWNER, repo: REPO },
    apiUrl: api.url,
    serverUrl: 'http://127.0.0.1:9',
    log: (m) => logs.push(m),
    ...extra,
  };
}

/** What pin does with a pull request: check the target, then commit and open. */
async function openPullRequest(req: Request): Promise<PullRequestResult | undefined> {
  return (await preparePullRequest(req)).open(req.files, req.changes);
}

const remoteGit = (fx: Fixture, ...args: string[]): string => git(fx.bare, ...args);

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub(OWNER, REPO, 'trunk');
});
afterEach(() => api.close());

test('commits exactly the pinned files in one commit, opens the PR; a rerun changes nothing; a new pin updates branch and PR', async () => {
  const fx = fixture();
  const logs: string[] = [];
  writeFileSync(join(fx.work, 'notes.txt'), 'a local edit pin did not make\n');
  const mainBefore = git(fx.work, 'rev-parse', 'HEAD');

  const first = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), logs));
  expect(first).toMatchObject({ number: 1, created: true, url: `https://github.example/${OWNER}/${REPO}/pull/1` });
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(first?.commit);
  expect(remoteGit(fx, 'rev-list', '--count', 'main..pinship/pin')).toBe('1');
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin^')).toBe(mainBefore);
  expect(remoteGit(fx, 'diff', '--name-only', 'main', 'pinship/pin')).toBe('deploy/app.yaml');
  expect(remoteGit(fx, 'show', 'pinship/pin:deploy/app.yaml')).toBe(readFileSync(join(fx.work, 'deploy', 'app.yaml'), 'utf8').trim());
  expect(remoteGit(fx, 'log', '-1', '--format=%an <%ae>|%cn|%s', 'pinship/pin')).toBe(
    'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]|Pin container images to digests',
  );
  expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    `GET /repos/${OWNER}/${REPO}`,
    `GET /repos/${OWNER}/${REPO}/pulls?state=open&head=${OWNER}%3Apinship%2Fpin&per_page=100`,
    `POST /repos/${OWNER}/${REPO}/pulls`,
  ]);
  // The base is the branch checked out, not the repository's default (trunk).
  expect(api.requests[2]?.body).toMatchObject({ head: 'pinship/pin', base: 'main', title: PULL_REQUEST_TITLE });
  expect(api.requests[2]?.body?.body).toContain(`| \`deploy/app.yaml\` | 3:10 | \`nginx:1.25\` | \`nginx:1.25@${DIGEST_A}\` |`);
  // The user's checkout is as it was: same HEAD, no local branch, pin's edit and the other edit still unstaged.
  expect(git(fx.work, 'rev-parse', 'HEAD')).toBe(mainBefore);
  expect(git(fx.work, 'branch', '--list', 'pinship/pin')).toBe('');
  expect(git(fx.work, 'status', '--porcelain')).toBe('M deploy/app.yaml\n M notes.txt'); // trimmed: the first line's leading space is gone

  // The next run starts from a fresh checkout that lacks the branch's commit: it is fetched to compare.
  fx.work = checkout(fx);
  api.requests.length = 0;
  const again = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), logs));
  expect(again).toMatchObject({ number: 1, created: false, commit: first?.commit });
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(first?.commit);
  expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
  expect(api.requests[2]?.path).toBe(`/repos/${OWNER}/${REPO}/pulls/1`);
  expect(logs).toContain(`branch pinship/pin already holds these files at ${first?.commit?.slice(0, 12)}; no new commit`);

  api.requests.length = 0;
  const third = await openPullRequest(request(fx, api, pin(fx, DIGEST_B), logs));
  expect(third).toMatchObject({ number: 1, created: false });
  expect(third?.commit).not.toBe(first?.commit);
  // pinship's own commit, recognised by its author and trailer, on top of main: force-updated under a lease on it.
  expect(gitOnPath.argv()).toContain(`push --force-with-lease=refs/heads/pinship/pin:${first?.commit} origin`);
  expect(remoteGit(fx, 'log', '-1', '--format=%(trailers:key=Pinship-Pin)', 'pinship/pin')).toBe('Pinship-Pin: pinship/pin');
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(third?.commit);
  // Force-updated from HEAD: still one commit on top of main, not a pile.
  expect(remoteGit(fx, 'rev-list', '--count', 'main..pinship/pin')).toBe('1');
  expect(remoteGit(fx, 'show', 'pinship/pin:deploy/app.yaml')).toContain(`nginx:1.25@${DIGEST_B} # keep`);
  expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
  expect(api.pulls).toHaveLength(1);
  expect(api.pulls[0]?.body).toContain(DIGEST_B);
  expect(api.pulls[0]?.body).not.toContain(DIGEST_A);

  // The token went to the API, and nowhere else.
  expect(new Set(api.requests.map((r) => r.authorization))).toEqual(new Set([`token ${TOKEN}`]));
  expect(gitOnPath.argv()).toContain('fetch --no-tags --quiet origin refs/heads/pinship/pin');
  for (const text of [
    gitOnPath.argv(),
    readFileSync(join(fx.work, '.git', 'config'), 'utf8'),
    readFileSync(join(fx.bare, 'config'), 'utf8'),
    logs.join('\n'),
  ]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN_B64);
  }
  expect(gitOnPath.argv()).toContain('push --force-with-lease=refs/heads/pinship/pin:');
});

test('after the base moves on, the branch is rebuilt on the new HEAD: one commit, no merge', async () => {
  const fx = fixture();
  await openPullRequest(request(fx, api, pin(fx, DIGEST_A), []));
  const seed = checkout(fx);
  writeFileSync(join(seed, 'notes.txt'), 'someone else changed main\n');
  git(seed, 'commit', '--quiet', '-am', 'unrelated');
  git(seed, 'push', '--quiet', 'origin', 'main');
  const [oldBase, newBase] = [remoteGit(fx, 'rev-parse', 'pinship/pin^'), remoteGit(fx, 'rev-parse', 'main')];
  fx.work = checkout(fx);
  const rebuilt = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), []));
  // The old branch's parent is an earlier commit of main, as GitHub's compare told.
  expect(api.requests.map((r) => r.path)).toContain(`/repos/${OWNER}/${REPO}/compare/${oldBase}...${newBase}?per_page=1`);
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin^')).toBe(remoteGit(fx, 'rev-parse', 'main'));
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(rebuilt?.commit);
  expect(remoteGit(fx, 'diff', '--name-only', 'main', 'pinship/pin')).toBe('deploy/app.yaml');
  expect(api.pulls).toHaveLength(1);
});

test('on a detached HEAD the base is the repository default branch, read from the API', async () => {
  const fx = fixture();
  git(fx.work, 'checkout', '--quiet', '--detach');
  const result = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), []));
  expect(result?.created).toBe(true);
  expect(api.requests.map((r) => `${r.method} ${r.path}`)).toContain(`GET /repos/${OWNER}/${REPO}`);
  expect(api.requests.at(-1)?.body).toMatchObject({ head: 'pinship/pin', base: 'trunk' });
});

test('nothing to propose: no changes, or files equal to HEAD, make no branch and no pull-request call', async () => {
  const fx = fixture();
  expect(await openPullRequest(request(fx, api, [], []))).toBeUndefined();
  const logs: string[] = [];
  const unchanged = [{ file: 'deploy/app.yaml', line: 3, column: 10, old: 'nginx:1.25', new: 'nginx:1.25' }];
  expect(await openPullRequest(request(fx, api, unchanged, logs))).toBeUndefined();
  expect(logs).toEqual(['pull request: the pinned files already equal HEAD; nothing to propose']);
  expect(remoteGit(fx, 'branch', '--list', 'pinship/pin')).toBe('');
  // Only the target's checks asked GitHub anything: the default branch, once per run.
  expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/${OWNER}/${REPO}`, `GET /repos/${OWNER}/${REPO}`]);
});

test('a 403 from the API is one line naming the permission, without the token', async () => {
  const fx = fixture();
  api.fail = { status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.', method: 'POST' };
  const run = openPullRequest(request(fx, api, pin(fx, DIGEST_A), []));
  const error = await run.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(
    /^GitHub API answered 403 to creating a pull request from pinship\/pin into main in acme\/deploy \(GitHub Actions is not permitted to create or approve pull requests\.\): the github-token needs `pull-requests: write` permission in acme\/deploy; with GITHUB_TOKEN, turn on the repository setting 'Allow GitHub Actions to create and approve pull requests'$/,
  );
  expect(error?.message).not.toContain('\n');
  expect(error?.message).not.toContain(TOKEN);
  // A token without any pull-requests permission fails at the first pull-request call.
  api.fail = { status: 403, message: 'Resource not accessible by integration', method: 'GET' };
  const branch = remoteGit(fx, 'rev-parse', 'pinship/pin');
  await expect(openPullRequest(request(fx, api, pin(fx, DIGEST_B), []))).rejects.toThrow(
    "GitHub API answered 403 to reading the repository's default branch in acme/deploy (Resource not accessible by integration): the github-token needs `contents: read` permission in acme/deploy",
  );
  // Refused before git pushed anything.
  expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(branch);
});

test("a 422 names GitHub's complaint about the field", async () => {
  const fx = fixture();
  // What GitHub answers when the base branch does not exist.
  api.fail = { status: 422, message: 'Validation Failed', method: 'POST', errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] };
  await expect(openPullRequest(request(fx, api, pin(fx, DIGEST_A), [], { base: 'gone' }))).rejects.toThrow(
    'GitHub API answered 422 to creating a pull request from pinship/pin into gone in acme/deploy (Validation Failed; base invalid)',
  );
});

test('an invalid branch name or an empty token is an input error', async () => {
  const fx = fixture();
  await expect(openPullRequest(request(fx, api, pin(fx, DIGEST_A), [], { token: '' }))).rejects.toThrow(/^github-token is empty/);
  await expect(openPullRequest(request(fx, api, pin(fx, DIGEST_A), [], { branch: 'pin..me' }))).rejects.toThrow(
    "pull-request-branch 'pin..me' is not a valid git branch name",
  );
});

describe('over HTTP, as with GitHub', () => {
  test('git authenticates with the token from the environment, replacing a header checkout persisted', async () => {
    const fx = fixture();
    const server = await startGitHttp(fx.root, TOKEN);
    try {
      git(fx.work, 'remote', 'set-url', 'origin', `${server.url}remote.git`);
      // actions/checkout persists its own token this way; git must not send it too.
      const stale = Buffer.from('x-access-token:stale').toString('base64');
      git(fx.work, 'config', `http.${server.url}.extraheader`, `AUTHORIZATION: basic ${stale}`);
      const result = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), []));
      expect(remoteGit(fx, 'rev-parse', 'pinship/pin')).toBe(result?.commit);
      expect(server.authorizations.length).toBeGreaterThan(0);
      expect(new Set(server.authorizations)).toEqual(new Set([`basic ${TOKEN_B64}`]));
      for (const text of [gitOnPath.argv(), readFileSync(join(fx.work, '.git', 'config'), 'utf8')]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(TOKEN_B64);
      }
    } finally {
      await server.close();
    }
  });

  test('a refused push is one line leading with the refusal and naming contents: write', async () => {
    const fx = fixture();
    const server = await startGitHttp(fx.root, TOKEN);
    try {
      git(fx.work, 'remote', 'set-url', 'origin', `${server.url}remote.git`);
      server.refuseWrites = true;
      const error = await openPullRequest(request(fx, api, pin(fx, DIGEST_A), [])).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        /^push of branch 'pinship\/pin' to origin \(http:\/\/127\.0\.0\.1:\d+\/remote\.git\) was refused: .*403.*`contents: write`/,
      );
      expect(error?.message).not.toContain('\n');
      expect(error?.message).not.toContain(TOKEN);
      expect(api.requests.filter((r) => r.path.includes('/pulls'))).toEqual([]);
      expect(existsSync(join(fx.bare, 'refs', 'heads', 'pinship', 'pin'))).toBe(false);
    } finally {
      await server.close();
    }
  });
});
