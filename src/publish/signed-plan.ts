import { X509Certificate } from 'node:crypto';
import { signPlan, signPlanWith, type PublishPlan, type SignedPlan } from './index.js';
import type { KeylessOptions } from '../signing/identity.js';
import { imageSignatureStatement, signatureLayer, SIMPLE_SIGNING, simpleSigningPayload } from '../signing/signature.js';
import { CERTIFICATE_ANNOTATION, CHAIN_ANNOTATION, COSIGN_SIGN_PREDICATE, REKOR_BUNDLE_ANNOTATION } from '../signing/verify.js';
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

/** What signs what is pushed: a key, or the workflow's identity through Fulcio (`keyless`). */
export type PlanSigner = SigningKey | KeylessOptions;

export const isKeySigner = (s: PlanSigner | undefined): s is SigningKey => !!s && 'privateKey' in s;

/**
 * The plan with a cosign signature of its root when a signer was given. The signed payload names the
 * first repository (cosign checks the digest, not the repository, so it verifies at every one). A keyless
 * signature is made here, before anything is pushed: a refused certificate or log entry leaves every
 * registry as it was.
 */
export async function signedPlan(
  plan: PublishPlan,
  signer: PlanSigner | undefined,
  repos: Repository[],
  log: (m: string) => void,
): Promise<{ plan: PublishPlan; signatures: Attached[] }> {
  if (!signer || !repos.length) return { plan, signatures: [] };
  const signed = isKeySigner(signer) ? signPlan(plan, signer, repos[0].toString()) : await keylessPlan(plan, signer, repos[0].toString(), log);
  const referrer = signed.referrer ? ` (and ${signed.referrer.digest}, its OCI 1.1 referrer form, where the registry has the referrers API)` : '';
  log(`signing ${plan.root.digest}: signature ${signed.signature.digest} tagged ${signed.tag}${referrer}, written before any tag moves`);
  return {
    plan: signed.plan,
    signatures: [{ kind: 'signature', subject: plan.root.digest.toString(), digest: signed.signature.digest.toString(), tag: signed.tag }],
  };
}

async function keylessPlan(plan: PublishPlan, o: KeylessOptions, dockerReference: string, log: (m: string) => void): Promise<SignedPlan> {
  const { signKeyless } = await import('../signing/keyless-sign.js');
  const payload = simpleSigningPayload(dockerReference, plan.root.digest);
  const statement = imageSignatureStatement(dockerReference, plan.root.digest, COSIGN_SIGN_PREDICATE);
  const sig = await signKeyless(o, payload, statement);
  const identity = (new X509Certificate(sig.certificate).subjectAltName ?? 'no subject alternative name').replace(/^(?:URI|email):/, '');
  log(`keyless: certificate for ${identity} from ${o.fulcioUrl}${sig.rekorBundle ? `, logged in ${o.rekorUrl}` : ', not logged (tlog-upload: false)'}`);
  const layer = signatureLayer(payload, sig.signature, SIMPLE_SIGNING, {
    [CERTIFICATE_ANNOTATION]: sig.certificate,
    [CHAIN_ANNOTATION]: sig.chain,
    ...(sig.rekorBundle ? { [REKOR_BUNDLE_ANNOTATION]: sig.rekorBundle } : {}),
  });
  return signPlanWith(plan, layer, { bytes: sig.bundle, predicateType: COSIGN_SIGN_PREDICATE });
}
