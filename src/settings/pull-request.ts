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
