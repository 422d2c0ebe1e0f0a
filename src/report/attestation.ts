/** A GitHub artifact attestation of the pushed digest, as build and merge report it. */
export interface AttestationFacts {
  id: string;
  url: string;
}

/**
 * `attestation-id` and `attestation-url`, set only when an attestation was made: without `attest`, build and
 * merge set the outputs promote sets, the same names with the same meaning.
 */
export function attestationOutputs(a: AttestationFacts | undefined): Record<string, string> {
  return a ? { 'attestation-id': a.id, 'attestation-url': a.url } : {};
}

/** The job summary's line for it: where GitHub shows the attestation. */
export function attestationLines(a: AttestationFacts | undefined): string[] {
  return a ? [`**attestation** [${a.id}](${a.url})`] : [];
}
