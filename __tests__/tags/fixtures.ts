import type { GitContext } from '../../src/git/event.js';

// Commit ids borrowed from docker/metadata-action's own fixtures so expected
// short shas can be checked against its documentation by eye.
export const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
export const HEAD_SHA = 'a9c8c5828b91be19d9728548b24759e352367ef1';
export const NOW = new Date('2020-01-10T00:30:00.000Z');

const base = { sha: SHA, repository: 'octocat/Hello-World', serverUrl: 'https://github.com', defaultBranch: 'master' };

export function push(branch: string, extra: Partial<GitContext> = {}): GitContext {
  return { ...base, eventName: 'push', ref: `refs/heads/${branch}`, ...extra };
}

export function tagPush(tag: string, extra: Partial<GitContext> = {}): GitContext {
  return { ...base, eventName: 'push', ref: `refs/tags/${tag}`, ...extra };
}

export function pullRequest(n: number, extra: Partial<GitContext> = {}): GitContext {
  return {
    ...base,
    eventName: 'pull_request',
    ref: `refs/pull/${n}/merge`,
    headSha: HEAD_SHA,
    prNumber: n,
    prHeadRef: 'feature/thing',
    prBaseRef: 'master',
    ...extra,
  };
}

export function schedule(extra: Partial<GitContext> = {}): GitContext {
  return { ...base, eventName: 'schedule', ref: 'refs/heads/master', ...extra };
}

export function dispatch(branch: string, extra: Partial<GitContext> = {}): GitContext {
  return { ...base, eventName: 'workflow_dispatch', ref: `refs/heads/${branch}`, ...extra };
}
