import type { KeyObject } from 'node:crypto';
import type { RegistryClient } from '../../registry/client.js';
import { errorMessage } from '../../registry/errors.js';
import { checkSignature } from '../../signing/verify.js';
import { mapLimit } from '../../util/pool.js';
import { siteFinding, type Check, type Finding } from './plan.js';
import type { CheckResult } from './check.js';

/**
 * Every pinned digest must carry a cosign signature that `key` verifies, in the repository it is
 * pinned in. References already reported missing or unreachable are not asked again: one finding
 * per cause.
 */
export async function checkSignatures(client: RegistryClient, checks: Check[], earlier: Finding[], key: KeyObject, level: Finding['level'], concurrency = 8): Promise<CheckResult> {
  const failed = new Set(earlier.filter((f) => f.kind === 'missing' || f.kind === 'unreachable').map((f) => `${f.file}:${f.line}:${f.column}`));
  const todo = checks.filter((c) => !c.sites.every((s) => failed.has(`${s.file}:${s.line}:${s.column}`)));
  let requests = 0;
  const results = await mapLimit(todo, concurrency, async (check): Promise<Finding[]> => {
    const at = (kind: Finding['kind'], message: string): Finding[] => check.sites.map((s) => siteFinding(s, kind, kind === 'unreachable' ? 'error' : level, message));
    const digest = check.ref.digest!;
    requests++;
    try {
      const verdict = await checkSignature(client, check.ref.repository, digest, key);
      return verdict.ok ? [] : at('unsigned', `${check.ref.repository.familiar()}@${digest} is not signed by public-key: ${verdict.reason}`);
    } catch (e) {
      return at('unreachable', `cannot check the signature of ${check.ref.familiar()}: ${errorMessage(e)}`);
    }
  });
  return { findings: results.flat(), requests };
}
