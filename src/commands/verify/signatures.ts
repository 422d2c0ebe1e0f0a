import type { RegistryClient } from '../../registry/client.js';
import { errorMessage } from '../../registry/errors.js';
import { checkProvenance, checkSignature } from '../../signing/verify.js';
import type { SignatureCheck } from '../../settings/signing.js';
import { mapLimit } from '../../util/pool.js';
import { siteFinding, type Check, type Finding } from './plan.js';
import type { CheckResult } from './check.js';

/**
 * Every pinned digest must carry a cosign signature that `public-key` verifies (and, with
 * require-provenance, SLSA provenance), in the repository it is pinned in. References already reported missing or unreachable are not asked again: one finding
 * per cause.
 */
export async function checkSignatures(
  client: RegistryClient,
  checks: Check[],
  earlier: Finding[],
  want: SignatureCheck,
  concurrency = 8,
): Promise<CheckResult> {
  const level: Finding['level'] = want.requireSignature ? 'error' : 'warning';
  const failed = new Set(earlier.filter((f) => f.kind === 'missing' || f.kind === 'unreachable').map((f) => `${f.file}:${f.line}:${f.column}`));
  const todo = checks.filter((c) => !c.sites.every((s) => failed.has(`${s.file}:${s.line}:${s.column}`)));
  let requests = 0;
  const results = await mapLimit(todo, concurrency, async (check): Promise<Finding[]> => {
    const at = (kind: Finding['kind'], message: string, lvl = level): Finding[] =>
      check.sites.map((s) => siteFinding(s, kind, kind === 'unreachable' ? 'error' : lvl, message));
    const digest = check.ref.digest!;
    requests++;
    try {
      const out: Finding[] = [];
      const name = `${check.ref.repository.familiar()}@${digest}`;
      if (want.publicKey) {
        const verdict = await checkSignature(client, check.ref.repository, digest, want.publicKey);
        if (!verdict.ok) out.push(...at('unsigned', `${name} is not signed by public-key: ${verdict.reason}`));
      }
      if (want.requireProvenance) {
        requests++;
        const verdict = await checkProvenance(client, check.ref.repository, digest, want.publicKey);
        if (!verdict.ok) out.push(...at('no-provenance', `${name} has no ${want.publicKey ? 'signed ' : ''}provenance: ${verdict.reason}`, 'error'));
      }
      return out;
    } catch (e) {
      return at('unreachable', `cannot check the signature of ${check.ref.familiar()}: ${errorMessage(e)}`);
    }
  });
  return { findings: results.flat(), requests };
}
