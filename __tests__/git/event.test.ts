import { gitContextFromEnv } from '../../src/git/event.js';

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'octocat/Hello-World',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_RUN_ID: '123456789',
  GITHUB_ACTOR: 'octocat',
  ...extra,
});

describe('gitContextFromEnv', () => {
  test('branch push with payload commit date and default branch', () => {
    const ctx = gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master' }), {
      repository: { default_branch: 'master', full_name: 'octocat/Hello-World' },
      commits: [{ id: '860c1904a1ce19322e91ac35af1ab07466440c37', timestamp: '2020-01-09T21:16:44+01:00' }],
    });
    expect(ctx).toEqual({
      eventName: 'push',
      ref: 'refs/heads/master',
      sha: '860c1904a1ce19322e91ac35af1ab07466440c37',
      repository: 'octocat/Hello-World',
      serverUrl: 'https://github.com',
      defaultBranch: 'master',
      runNumber: 42,
      runId: 123456789,
      actor: 'octocat',
      commitDate: new Date('2020-01-09T20:16:44Z'),
    });
  });

  test('tag push takes head_commit only when it is the built commit', () => {
    const payload = (id: string): unknown => ({
      base_ref: 'refs/heads/master',
      head_commit: { id, timestamp: '2020-01-10T00:00:00Z' },
    });
    const e = env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' });
    expect(gitContextFromEnv(e, payload('860c1904a1ce19322e91ac35af1ab07466440c37'))).toMatchObject({
      ref: 'refs/tags/v1.2.3',
      baseRef: 'refs/heads/master',
      commitDate: new Date('2020-01-10T00:00:00Z'),
    });
    expect(gitContextFromEnv(e, payload('somethingelse')).commitDate).toBeUndefined();
  });

  test('pull_request reads number, head and base from the payload', () => {
    const ctx = gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/15/merge', GITHUB_SHA: 'mergesha' }), {
      number: 15,
      pull_request: { number: 15, head: { sha: 'headsha', ref: 'feature/x' }, base: { ref: 'master' } },
      repository: { default_branch: 'master' },
    });
    expect(ctx).toMatchObject({ ref: 'refs/pull/15/merge', sha: 'mergesha', headSha: 'headsha', prNumber: 15, prHeadRef: 'feature/x', prBaseRef: 'master' });
  });

  test('pull_request_target is rewritten to the PR merge ref', () => {
    const ctx = gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/master' }), {
      number: 7,
      pull_request: { head: { sha: 'headsha' }, base: { ref: 'master' } },
    });
    expect(ctx).toMatchObject({ ref: 'refs/pull/7/merge', prNumber: 7, headSha: 'headsha' });
  });

  test('PR number falls back to pull_request.number', () => {
    const ctx = gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }), { pull_request: { number: 9 } });
    expect(ctx.prNumber).toBe(9);
  });

  test('schedule and workflow_dispatch keep the branch ref', () => {
    expect(gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master' }), {}).ref).toBe('refs/heads/master');
    expect(gitContextFromEnv(env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/dev' }), { ref: 'refs/heads/dev' })).toMatchObject({
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/dev',
    });
  });

  test('tolerates a missing payload and GHES server URLs', () => {
    const ctx = gitContextFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://ghe.example.com/' }, null);
    expect(ctx).toEqual({ eventName: 'push', ref: '', sha: '', repository: '', serverUrl: 'https://ghe.example.com' });
  });
});
