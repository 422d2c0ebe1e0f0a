import type { Runtime } from '../host/runtime.js';
import { boolInput } from './inputs.js';
import type { AttestRequest } from '../signing/attest-request.js';

/**
 * `attest` and `attest-push`, checked before anything is built or pushed. A run that pushes nothing
 * (`push: false`, a pull request's build) has no digest to attest: it is said and skipped rather than
 * refused, so one workflow serves both events.
 */
export function readAttest(rt: Runtime, githubToken: string, pushing = true): AttestRequest | undefined {
  const attest = boolInput(rt, 'attest', false);
  const push = boolInput(rt, 'attest-push', false);
  if (!attest) {
    if (push) throw new Error(`input 'attest-push' is true but input 'attest' is false: it pushes the attestation that 'attest: true' makes`);
    return undefined;
  }
  if (!pushing) {
    rt.info(`attest: nothing is pushed (push: false), so no attestation is made`);
    return undefined;
  }
  const env = rt.env;
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    throw new Error(
      `input 'attest' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then) and 'attestations: write'`,
    );
  rt.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new Error(`input 'attest' is true but GITHUB_REPOSITORY is '${repository}', not owner/name: GitHub keeps attestations in the workflow's repository`);
  if (!githubToken)
    throw new Error(
      `input 'attest' is true but input 'github-token' is empty: GitHub's attestations API needs the job's token, with 'permissions: attestations: write'`,
    );
  return { push, token: githubToken, repository, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}
