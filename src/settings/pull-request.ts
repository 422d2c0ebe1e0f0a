import type { Runtime } from '../host/runtime.js';
import { boolInput, InputError } from './inputs.js';

/**
 * Events whose checkout holds a pull request's changes (the merge commit GitHub makes, or the merge
 * queue's): a commit pinship builds on it would carry those untrusted changes into a branch it pushes
 * with the workflow's token.
 */
const UNTRUSTED_CHECKOUT = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group']);

/** `pull-request`, refused on events whose checkout is not the repository's own. */
export function readPullRequest(rt: Runtime): boolean {
  const on = boolInput(rt, 'pull-request', false);
  const event = rt.env.GITHUB_EVENT_NAME ?? '';
  if (on && UNTRUSTED_CHECKOUT.has(event)) {
    throw new InputError(
      'pull-request',
      'true',
      `Expected a run on push, schedule or workflow_dispatch: on a ${event} event the checkout may hold the pull request's untrusted changes (its merge commit), and pinship's commit would carry them.`,
    );
  }
  return on;
}

/** `pull-request: true` pushes to and opens a pull request on the run's own repository. */
export function pullRequestRepository(rt: Runtime): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (rt.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length) {
    throw new InputError(
      'pull-request',
      'true',
      `Expected GITHUB_REPOSITORY to name owner/repo (found '${rt.env.GITHUB_REPOSITORY ?? ''}'): the pull request is opened on the run's repository.`,
    );
  }
  return { owner, repo };
}
