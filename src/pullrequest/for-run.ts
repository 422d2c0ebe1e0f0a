import type { Runtime } from '../host/runtime.js';
import { pullRequestRepository } from '../settings/pull-request.js';
import type { PreparedPullRequest, PullRequestSetup } from './pull-request.js';

/** What a command decides about its pull request; the run's repository and GitHub's addresses come from the runner. */
export type RunPullRequest = Omit<PullRequestSetup, 'repository' | 'apiUrl' | 'serverUrl' | 'log'>;

/**
 * The pull request for this run's repository, every refusal of its target made before any file is read
 * or written. git and octokit load only here, so a run without a pull request pays nothing for them.
 */
export async function prepareRunPullRequest(rt: Runtime, setup: RunPullRequest): Promise<PreparedPullRequest> {
  const repository = pullRequestRepository(rt);
  const { preparePullRequest } = await import('./pull-request.js');
  return preparePullRequest({
    ...setup,
    repository,
    apiUrl: rt.env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: rt.env.GITHUB_SERVER_URL || 'https://github.com',
    log: rt.info,
  });
}
