import { X509Certificate, type KeyObject } from 'node:crypto';

/** Who must have signed, by certificate: what `cosign verify --certificate-identity ... --certificate-oidc-issuer ...` checks. */
export interface IdentityPolicy {
  /** The certificate's subject alternative name: the exact value, or a pattern it must match (cosign's regexp, unanchored). */
  identity: { exact: string } | { pattern: RegExp };
  /** The OIDC issuer Fulcio recorded in the certificate, exactly. */
  issuer: string;
  /** The CAs (and logs) trusted: undefined is Sigstore's public-good instance. */
  trustedRoot: TrustedRootJson | undefined;
  /** Accept signatures without a transparency-log entry, the certificate then checked at the current time. */
  ignoreTlog: boolean;
}

/** Whatever verifies a signature: a key, an identity, or either (a signature that satisfies one of them is accepted). */
export interface SignerPolicy {
  key?: KeyObject;
  identity?: IdentityPolicy;
}

/** A Sigstore trusted_root.json, as parsed; its fields are checked by the verifier when it is loaded. */
export type TrustedRootJson = Record<string, unknown> & { mediaType: string };

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

/** A readable name for the identity required, for messages. */
export const describeIdentity = (p: IdentityPolicy): string =>
  `${'exact' in p.identity ? p.identity.exact : `/${p.identity.pattern.source}/`} issued by ${p.issuer}`;

/** Whether a certificate's identity satisfies the policy; the reason names what it holds instead. */
export function identityMismatch(p: IdentityPolicy, san: string | undefined, issuer: string | undefined): string | undefined {
  const sanOk = san !== undefined && ('exact' in p.identity ? san === p.identity.exact : p.identity.pattern.test(san));
  if (sanOk && issuer === p.issuer) return undefined;
  return `a certificate for ${san ?? 'no identity'} issued by ${issuer ?? 'no issuer'}, not ${describeIdentity(p)}`;
}

/**
 * `trusted-root`: a Sigstore trusted_root.json, or a PEM bundle of CA certificates made into one with
 * those CAs alone (no transparency log or CT log: such a root goes with `insecure-ignore-tlog`).
 */
export function parseTrustedRoot(text: string): TrustedRootJson {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new Error(`input 'trusted-root' starts like JSON but does not parse; expected a Sigstore trusted_root.json or a PEM bundle of CA certificates`);
    }
    const root = json as Partial<TrustedRootJson>;
    if (
      typeof root !== 'object' ||
      root === null ||
      typeof root.mediaType !== 'string' ||
      !root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')
    )
      throw new Error(`input 'trusted-root' is JSON without a Sigstore trusted root mediaType (expected '${TRUSTED_ROOT_MEDIA_TYPE}')`);
    return root as TrustedRootJson;
  }
  const pems = trimmed.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  if (!pems) throw new Error(`input 'trusted-root' is neither a Sigstore trusted_root.json nor a PEM bundle of CA certificates`);
  const certs = pems.map((pem, i) => {
    try {
      return new X509Certificate(pem);
    } catch {
      throw new Error(`input 'trusted-root': certificate ${i + 1} of the PEM bundle does not parse`);
    }
  });
  const earliest = certs.map((c) => new Date(c.validFrom)).reduce((a, b) => (a < b ? a : b));
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [],
    ctlogs: [],
    timestampAuthorities: [],
    certificateAuthorities: [
      {
        subject: { organization: 'trusted-root', commonName: certs[0].subject.replace(/\n/g, ', ') },
        uri: '',
        certChain: { certificates: certs.map((c) => ({ rawBytes: c.raw.toString('base64') })) },
        validFor: { start: earliest.toISOString() },
      },
    ],
  };
}

/** `keyless: true`: where to get a certificate and log the signature, and the workflow's OIDC token. */
export interface KeylessOptions {
  fulcioUrl: string;
  rekorUrl: string;
  /** Whether signatures are logged in Rekor (false for a private PKI without a log). */
  tlogUpload: boolean;
  /** The OIDC token, audience `sigstore`: fetched when signing, so a run that fails earlier asks for none. */
  token: () => Promise<string>;
}
