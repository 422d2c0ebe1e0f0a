/** `attest: true`: a GitHub artifact attestation (SLSA build provenance) of the pushed digest. */
export interface AttestRequest {
  /** `attest-push`: the attestation's Sigstore bundle also goes to the registry, a referrer of the image. */
  push: boolean;
  /** The token GitHub's attestations API is called with (input github-token). */
  token: string;
  /** The workflow's repository, where GitHub keeps the attestation: owner/name. */
  repository: string;
  /** GITHUB_SERVER_URL: the attestation-url output is made from it. */
  serverUrl: string;
}
