/**
 * GitHub artifact attestations through GitHub's own @actions/attest, what actions/attest-build-provenance
 * runs: the workflow's SLSA build provenance (GitHub's workflow buildType, built from the job's OIDC
 * token), signed with a Sigstore certificate for the workflow (public-good Sigstore for a public
 * repository, GitHub's own instance otherwise) and stored with POST /repos/{owner}/{repo}/attestations.
 * Imported only when `attest` is asked for: the library and its Sigstore client stay out of other runs.
 */
import { attestProvenance } from '@actions/attest';
import type { Digest } from '../registry/digest.js';

export interface GitHubAttestation {
  id: string;
  /** The Sigstore bundle, serialized as GitHub stores it. */
  bundle: Buffer;
  mediaType: string;
  predicateType: string;
  /** The signing certificate (PEM): whom it names is logged. */
  certificate: string;
}

/** One attestation of `digest` naming every repository in `names` (each an image name without tag). */
export async function attestProvenanceOf(names: string[], digest: Digest, token: string, repository: string): Promise<GitHubAttestation> {
  let made: Awaited<ReturnType<typeof attestProvenance>>;
  try {
    made = await attestProvenance({ subjects: names.map((name) => ({ name, digest: { [digest.algorithm]: digest.hex } })), token });
  } catch (e) {
    throw new Error(attestFailure((e as Error).message ?? String(e), digest, repository), { cause: e });
  }
  // The id goes into a URL, outputs and the job summary: only the number GitHub documents is taken.
  const id = String(made.attestationID ?? '');
  if (!/^\d{1,20}$/.test(id))
    throw new Error(`GitHub's attestations API (POST /repos/${repository}/attestations) answered without a numeric attestation id for ${digest}`);
  const statement = JSON.parse(Buffer.from(made.bundle.dsseEnvelope?.payload ?? '', 'base64').toString('utf8')) as { predicateType?: string };
  return {
    id,
    bundle: Buffer.from(JSON.stringify(made.bundle)),
    mediaType: made.bundle.mediaType,
    predicateType: statement.predicateType ?? '',
    certificate: made.certificate,
  };
}

/**
 * @actions/attest's errors name the step that failed, not the permission that is missing: the two a job
 * is most often without are said by name.
 */
function attestFailure(message: string, digest: Digest, repository: string): string {
  const said = JSON.stringify(message.length > 300 ? `${message.slice(0, 300)}...` : message);
  if (/^Failed to persist attestation/.test(message))
    return `GitHub's attestations API (POST /repos/${repository}/attestations) refused the attestation of ${digest}: ${said}; the job needs 'permissions: attestations: write' (a private repository, also a plan with artifact attestations)`;
  if (/^Failed to get ID token/.test(message))
    return `the attestation of ${digest} could not get or check the workflow's OIDC token: ${said}; does the job have 'permissions: id-token: write'?`;
  return `attesting ${digest} failed: ${said}`;
}
