import type { RegistryClient } from '../../registry/client.js';
import { errorMessage } from '../../util/error-message.js';
import { checkProvenance, checkSignature } from '../../signing/verify.js';
import type { SignatureCheck } from '../../settings/signing.js';
import { mapLimit } from '../../util/pool.js';
import type { Site } from '../../deployfiles/types.js';
import type { Digest } from '../../registry/digest.js';
import type { Repository } from '../../registry/reference.js';
import { siteFinding, type Check, type Finding } from './plan.js';
import type { CheckResult } from './check.js';

/** The inputs naming the accepted signer, as a finding quotes them. */
const signerInputs = (want: SignatureCheck): string =>
  [want.publicKey ? 'public-key' : '', want.identity ? 'certificate-identity' : ''].filter(Boolean).join(' or ');

/**
 * Every pinned digest must carry a cosign signature that `public-key` verifies or whose certificate
 * names the signer identity given (and, with
 * require-provenance, SLSA provenance), in the repository it is pinned in. A signature belongs to
 * the digest, whatever tag the files write beside it: one check per digest and repository, reported
 * at every place that pins it. Checks already reported missing or unreachable (`failed`) are not
 * asked again: one finding per cause.
 */
export async function checkSignatures(
  client: RegistryClient,
  checks: Check[],
  failed: ReadonlySet<Check>,
  want: SignatureCheck,
  concurrency = 8,
): Promise<CheckResult> {
  const level: Finding['level'] = want.requireSignature ? 'error' : 'warning';
  const subjects = new Map<string, { repository: Repository; digest: Digest; sites: Site[] }>();
  for (const check of checks) {
    if (failed.has(check)) continue;
    const digest = check.ref.digest!;
    const key = `${check.ref.repository}@${digest}`;
    const subject = subjects.get(key) ?? { repository: check.ref.repository, digest, sites: [] };
    subject.sites.push(...check.sites);
    subjects.set(key, subject);
  }
  let requests = 0;
  const results = await mapLimit([...subjects.values()], concurrency, async ({ repository, digest, sites }): Promise<Finding[]> => {
    const name = `${repository.familiar()}@${digest}`;
    const at = (kind: Finding['kind'], message: string, lvl = level): Finding[] =>
      sites.map((s) => siteFinding(s, kind, kind === 'unreachable' ? 'error' : lvl, message));
    requests++;
    try {
      const out: Finding[] = [];
      if (want.publicKey || want.identity) {
        const verdict = await checkSignature(client, repository, digest, { key: want.publicKey, identity: want.identity });
        if (!verdict.ok) out.push(...at('unsigned', `${name} is not signed by ${signerInputs(want)}: ${verdict.reason}`));
      }
      if (want.requireProvenance) {
        requests++;
        const signer = want.publicKey || want.identity ? { key: want.publicKey, identity: want.identity } : undefined;
        const verdict = await checkProvenance(client, repository, digest, signer);
        if (!verdict.ok) out.push(...at('no-provenance', `${name} has no ${signer ? 'signed ' : ''}provenance: ${verdict.reason}`, 'error'));
      }
      return out;
    } catch (e) {
      return at('unreachable', `cannot check the signature of ${name}: ${errorMessage(e)}`);
    }
  });
  return { findings: results.flat(), requests };
}
