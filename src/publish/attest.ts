import { X509Certificate } from 'node:crypto';
import { MediaType } from '../registry/mediatypes.js';
import { digestOf } from '../registry/digest.js';
import type { Repository } from '../registry/reference.js';
import { bundleReferrer } from '../signing/signature.js';
import type { PlanManifest } from './plan.js';
import type { Attached } from './signed-plan.js';
import type { AttestRequest } from '../signing/attest-request.js';

export type { AttestRequest };

/** What an attestation left: the `attestation-id` and `attestation-url` outputs, and its referrer if pushed. */
export interface AttestResult {
  id: string;
  url: string;
  attached: Attached[];
}

/**
 * The subject name of an image, as actions/attest-build-provenance's `subject-name` for images: the
 * repository without tag, Docker Hub's as index.docker.io/<namespace>/<name> (GitHub's documented form).
 */
export const subjectName = (r: Repository): string => (r.registry.host === 'docker.io' ? `index.docker.io/${r.path}` : r.toString());

/**
 * Attests `root` once the image is in every repository, before any tag moves (publish's `beforeTags`):
 * one attestation whose subjects are every repository with the digest. With `attest-push` its bundle is
 * returned as the referrer @sigstore/oci writes for attest-build-provenance's `push-to-registry`, for
 * publish to write at every repository. `done` receives the outputs.
 */
export function attestBeforeTags(
  o: AttestRequest,
  root: PlanManifest,
  repos: Repository[],
  log: (m: string) => void,
  done: (r: AttestResult) => void,
): () => Promise<PlanManifest[]> {
  return async () => {
    const { attestProvenanceOf } = await import('../signing/github-attest.js');
    const made = await attestProvenanceOf([...new Set(repos.map(subjectName))], root.digest, o.token, o.repository);
    const url = `${o.serverUrl}/${o.repository}/attestations/${made.id}`;
    const san = (new X509Certificate(made.certificate).subjectAltName ?? 'no subject alternative name').replace(/^(?:URI|email):/, '');
    log(`attest: build provenance of ${root.digest} signed by ${san}, stored as ${url}`);
    if (!o.push) {
      done({ id: made.id, url, attached: [] });
      return [];
    }
    const subject = { mediaType: root.mediaType, size: root.bytes.length, digest: root.digest.toString() };
    const { bytes, blobs } = bundleReferrer(made.bundle, subject, made.predicateType, { mediaType: made.mediaType, created: new Date() });
    const referrer: PlanManifest = { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs, referrer: true };
    log(`attest-push: the attestation's bundle goes to ${repos.join(', ')} as ${referrer.digest}, a referrer of ${root.digest}`);
    done({ id: made.id, url, attached: [{ kind: 'attestation', subject: root.digest.toString(), digest: referrer.digest.toString(), tag: '' }] });
    return [referrer];
  };
}
