import { signPlan, type PublishPlan } from './index.js';
import type { Repository } from '../registry/reference.js';
import type { SigningKey } from '../signing/keys.js';

/** One thing pinship signed or attached, as the `metadata` output lists it. */
export interface Attached {
  kind: 'signature' | 'attestation';
  /** The digest signed or attested. */
  subject: string;
  /** The manifest written for it, and the tag naming it beside the image. */
  digest: string;
  tag: string;
}

/**
 * The plan with a cosign signature of its root when a key was given. The signed payload names the
 * first repository (cosign checks the digest, not the repository, so it verifies at every one).
 */
export function signedPlan(
  plan: PublishPlan,
  key: SigningKey | undefined,
  repos: Repository[],
  log: (m: string) => void,
): { plan: PublishPlan; signatures: Attached[] } {
  if (!key || !repos.length) return { plan, signatures: [] };
  const signed = signPlan(plan, key, repos[0].toString());
  const referrer = signed.referrer ? ` (and ${signed.referrer.digest}, its OCI 1.1 referrer form, where the registry has the referrers API)` : '';
  log(`signing ${plan.root.digest}: signature ${signed.signature.digest} tagged ${signed.tag}${referrer}, written before any tag moves`);
  return {
    plan: signed.plan,
    signatures: [{ kind: 'signature', subject: plan.root.digest.toString(), digest: signed.signature.digest.toString(), tag: signed.tag }],
  };
}
