/**
 * Keyless signing: a short-lived Fulcio certificate for the workflow's OIDC identity, signatures logged
 * in Rekor through @sigstore/sign. Imported only when `keyless` is asked for.
 */
import { createSign, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { bundleToJSON, type Bundle, type TransparencyLogEntry } from '@sigstore/bundle';
import { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness, type Signer, type Witness } from '@sigstore/sign';
import type { KeylessOptions } from './identity.js';

/** What a keyless signature of one image amounts to, in both forms cosign reads. */
export interface KeylessSignature {
  /** The `.sig` layer: signature over the simple-signing payload, the leaf certificate, the chain, the Rekor SET. */
  signature: string;
  certificate: string;
  chain: string;
  rekorBundle?: string;
  /** A Sigstore bundle (DSSE in-toto statement), cosign 3's referrer form. */
  bundle: Buffer;
}

/** Signs `payload` (the simple-signing payload) and `statement` (cosign's in-toto image signature) with one certificate. */
export async function signKeyless(o: KeylessOptions, payload: Buffer, statement: Buffer): Promise<KeylessSignature> {
  const token = await o.token();
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const chain = await fulcioCertificate(o.fulcioUrl, token, privateKey, publicKey);
  const signer: Signer = {
    sign: (data) =>
      Promise.resolve({ signature: createSign('sha256').update(data).sign(privateKey), key: { $case: 'x509Certificate', certificate: chain[0] } }),
  };
  // The DSSE statement goes in as an `intoto` entry, the kind npm's provenance uses: every Rekor v1 takes it.
  const witnesses = (entryType: 'intoto' | undefined): Witness[] =>
    o.tlogUpload ? [new RekorWitness({ rekorBaseURL: o.rekorUrl, ...(entryType ? { entryType } : {}), retry: 2, timeout: 30_000 })] : [];
  const message = await new MessageSignatureBundleBuilder({ signer, witnesses: witnesses(undefined) }).create({ data: payload });
  const dsse = await new DSSEBundleBuilder({ signer, witnesses: witnesses('intoto') }).create({ data: statement, type: 'application/vnd.in-toto+json' });
  const entry = message.verificationMaterial.tlogEntries[0];
  if (message.content.$case !== 'messageSignature') throw new Error('keyless signing produced no message signature');
  return {
    signature: message.content.messageSignature.signature.toString('base64'),
    certificate: chain[0],
    chain: chain.slice(1).join(''),
    ...(entry ? { rekorBundle: cosignRekorBundle(entry) } : {}),
    bundle: Buffer.from(JSON.stringify(bundleToJSON(dsse as Bundle))),
  };
}

/**
 * Fulcio's v2 signingCert call (fulcio's fulcio.proto): the token, the public key, and the token's
 * subject signed as proof of possession. Made here rather than through @sigstore/sign's FulcioSigner,
 * which keeps only the leaf: cosign's chain annotation needs the rest.
 */
async function fulcioCertificate(base: string, token: string, privateKey: KeyObject, publicKey: KeyObject): Promise<string[]> {
  const subject = jwtSubject(token);
  const body = {
    credentials: { oidcIdentityToken: token },
    publicKeyRequest: {
      publicKey: { algorithm: 'ECDSA', content: publicKey.export({ format: 'pem', type: 'spki' }).toString() },
      proofOfPossession: createSign('sha256').update(subject).sign(privateKey).toString('base64'),
    },
  };
  const url = `${base.replace(/\/+$/, '')}/api/v2/signingCert`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  } catch (e) {
    throw new Error(`cannot reach Fulcio at ${url} (input 'fulcio-url'): ${(e as Error).message}`, { cause: e });
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`Fulcio at ${url} refused the certificate request: HTTP ${res.status} ${JSON.stringify(text.slice(0, 300))}`);
  type Chain = { chain?: { certificates?: string[] } };
  const answer = JSON.parse(text) as { signedCertificateEmbeddedSct?: Chain; signedCertificateDetachedSct?: Chain };
  const certs = (answer.signedCertificateEmbeddedSct ?? answer.signedCertificateDetachedSct)?.chain?.certificates ?? [];
  if (!certs.length) throw new Error(`Fulcio at ${url} answered without a certificate chain`);
  // Normalised through node's parser: whatever Fulcio's PEM spacing, the annotations are plain PEM.
  return certs.map((pem) => new X509Certificate(pem).toString());
}

function jwtSubject(token: string): string {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: string; email?: string };
    const subject = claims.email ?? claims.sub;
    if (subject) return subject;
  } catch {
    // reported below
  }
  throw new Error('the OIDC token is not a JWT with a subject');
}

/** cosign's `dev.sigstore.cosign/bundle` annotation: the Rekor entry and its signed entry timestamp. */
function cosignRekorBundle(e: TransparencyLogEntry): string {
  return JSON.stringify({
    SignedEntryTimestamp: Buffer.from(e.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0)).toString('base64'),
    Payload: {
      body: Buffer.from(e.canonicalizedBody).toString('base64'),
      integratedTime: Number(e.integratedTime),
      logIndex: Number(e.logIndex),
      logID: Buffer.from(e.logId.keyId).toString('hex'),
    },
  });
}
