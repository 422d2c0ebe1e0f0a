/**
 * Checks certificate-based (keyless) signatures with Sigstore's own verifier. This module and the
 * libraries it loads are imported only when an identity is required: key-based runs never load them.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { bundleFromJSON, type Bundle, type SerializedBundle, type TransparencyLogEntry } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type SignedEntity } from '@sigstore/verify';
import type { Digest } from '../registry/digest.js';
import { COSIGN_SIGN_PREDICATE } from './verify.js';
import { identityMismatch, type IdentityPolicy, type TrustedRootJson } from './identity.js';

const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';

/** One layer of a cosign `.sig` manifest signed with a certificate, as its annotations carry it. */
export interface CertificateLayer {
  payload: Buffer;
  signature: string;
  certificate: string;
  /** The Rekor entry's signed timestamp, cosign's `dev.sigstore.cosign/bundle` annotation. */
  rekorBundle?: string;
}

/** undefined when the signature is good and names the identity; else what was wrong. */
export type Finding = string | undefined;

const verifiers = new WeakMap<IdentityPolicy, Promise<Verifier>>();

function verifierFor(p: IdentityPolicy): Promise<Verifier> {
  let v = verifiers.get(p);
  if (!v) {
    v = loadRoot(p.trustedRoot).then((root) => {
      const material = toTrustMaterial(root);
      return new Verifier(material, {
        tlogThreshold: p.ignoreTlog ? 0 : 1,
        // A root without CT logs (a private CA's PEM bundle) cannot require SCTs.
        ctlogThreshold: material.ctlogs.length ? 1 : 0,
        timestampThreshold: 1,
      });
    });
    verifiers.set(p, v);
  }
  return v;
}

async function loadRoot(json: TrustedRootJson | undefined): Promise<TrustedRoot> {
  if (json) return TrustedRoot.fromJSON(json);
  const { getTrustedRoot } = await import('@sigstore/tuf');
  // The public-good root comes through TUF, whose freshness checks need the network: a copy that could be
  // stale (a revoked key still trusted) is not used in its place.
  return getTrustedRoot({ timeout: 10_000, retry: 1 }).catch((e: unknown) => {
    throw new Error(
      `cannot fetch Sigstore's public-good trusted root through TUF (${(e as Error).message}); without network access give input 'trusted-root' (a trusted_root.json)`,
      { cause: e },
    );
  });
}

/** cosign's `.sig` form: the certificate, signature and Rekor SET annotations made into the Sigstore bundle they amount to. */
export async function verifyCertificateLayer(p: IdentityPolicy, layer: CertificateLayer): Promise<Finding> {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(cosignLayerBundle(layer));
  } catch (e) {
    return `a certificate signature whose annotations do not parse (${shown((e as Error).message)})`;
  }
  return verifyEntity(p, bundle, layer.payload);
}

/**
 * A Sigstore bundle (cosign 3's referrer form): a DSSE envelope whose in-toto statement is cosign's
 * image signature of exactly `digest`.
 */
export async function verifyBundle(
  p: IdentityPolicy,
  bytes: Buffer,
  digest: Digest,
  predicate: (t: string | undefined) => boolean = isImageSignature,
): Promise<Finding> {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')));
  } catch (e) {
    return `a Sigstore bundle that does not parse (${shown((e as Error).message)})`;
  }
  if (bundle.content.$case !== 'dsseEnvelope') return 'a Sigstore bundle holding a message signature, not a DSSE image signature';
  const envelope = bundle.content.dsseEnvelope;
  let statement: { predicateType?: string; subject?: Array<{ digest?: Record<string, string> }> };
  try {
    statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8')) as typeof statement;
  } catch {
    return 'a Sigstore bundle whose DSSE payload is not JSON';
  }
  if (!predicate(statement.predicateType))
    return `a Sigstore bundle of ${statement.predicateType === undefined ? 'no predicate' : shown(String(statement.predicateType))}, not the statement asked for`;
  const named = (Array.isArray(statement.subject) ? statement.subject : [])
    .map((s) => s?.digest?.[digest.algorithm])
    .filter((h): h is string => typeof h === 'string');
  if (!named.includes(digest.hex))
    return `a Sigstore bundle signing ${named.map((h) => (/^[0-9a-f]{64}$/.test(h) ? `${digest.algorithm}:${h}` : shown(h))).join(', ') || 'no digest'}, not ${digest}`;
  return verifyEntity(p, bundle, undefined);
}

/** Text read from a registry, quoted and cut short: it reaches logs and annotations. */
const shown = (text: string): string => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text);

const isImageSignature = (t: string | undefined): boolean => t === COSIGN_SIGN_PREDICATE;

/** A cosign attestation layer (`.att`) signed with a certificate: its DSSE envelope and cosign's annotations. */
export async function verifyCertificateEnvelope(p: IdentityPolicy, envelope: Buffer, certificate: string, rekorBundle: string | undefined): Promise<Finding> {
  let bundle: Bundle;
  try {
    const env = JSON.parse(envelope.toString('utf8')) as { payload?: string; payloadType?: string; signatures?: Array<{ sig?: string; keyid?: string }> };
    const serialized = cosignLayerBundle({
      payload: Buffer.alloc(0),
      signature: '',
      certificate,
      ...(rekorBundle ? { rekorBundle } : {}),
    }) as unknown as Record<string, unknown>;
    delete serialized.messageSignature;
    serialized.dsseEnvelope = {
      payload: env.payload ?? '',
      payloadType: env.payloadType ?? '',
      signatures: (env.signatures ?? []).map((s) => ({ sig: s.sig ?? '', keyid: s.keyid ?? '' })),
    };
    bundle = bundleFromJSON(serialized);
  } catch (e) {
    return `an attestation whose envelope or annotations do not parse (${shown((e as Error).message)})`;
  }
  return verifyEntity(p, bundle, undefined);
}

async function verifyEntity(p: IdentityPolicy, bundle: Bundle, artifact: Buffer | undefined): Promise<Finding> {
  const verifier = await verifierFor(p);
  let entity: SignedEntity = toSignedEntity(bundle, artifact);
  if (p.ignoreTlog) entity = { ...entity, tlogEntries: [], timestamps: [nowStamp()] };
  else if (!entity.tlogEntries.length) return 'a certificate signature without a transparency-log entry (input insecure-ignore-tlog accepts that)';
  try {
    const signer = verifier.verify(entity);
    return identityMismatch(p, signer.identity?.subjectAlternativeName, signer.identity?.extensions?.issuer);
  } catch (e) {
    return `a signature that does not verify against trusted-root (${verificationMessage(e)})`;
  }
}

/**
 * Without a log entry the certificate is judged at the current time, as cosign's --insecure-ignore-tlog
 * does. The verifier takes its times only from timestamps, so "now" is handed to it as one; it reads
 * nothing of it but the time (the log entries it verifies are `tlogEntries`, emptied beside it).
 */
function nowStamp(): SignedEntity['timestamps'][number] {
  const tlogEntry = {
    logIndex: '0',
    logId: { keyId: Buffer.from('current time') },
    integratedTime: String(Math.floor(Date.now() / 1000)),
    inclusionPromise: { signedEntryTimestamp: Buffer.alloc(0) },
  } as unknown as TransparencyLogEntry;
  return { $case: 'transparency-log', tlogEntry };
}

function verificationMessage(e: unknown): string {
  const err = e as { message?: string; cause?: { message?: string } };
  const cause = err.cause?.message ? `: ${err.cause.message}` : '';
  return `${err.message ?? String(e)}${cause}`;
}

interface CosignRekorBundle {
  SignedEntryTimestamp?: string;
  Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string };
}

/** The v0.1 bundle a cosign `.sig` layer amounts to: what cosign itself verifies, field for field. */
function cosignLayerBundle(layer: CertificateLayer): SerializedBundle {
  const leaf = new X509Certificate(layer.certificate);
  const rekor = layer.rekorBundle ? (JSON.parse(layer.rekorBundle) as CosignRekorBundle) : undefined;
  const tlogEntries = rekor ? [rekorEntry(rekor)] : [];
  return {
    mediaType: BUNDLE_V01,
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: leaf.raw.toString('base64') }] },
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(layer.payload).digest('base64') },
      signature: layer.signature,
    },
  } as unknown as SerializedBundle;
}

function rekorEntry(r: CosignRekorBundle): Record<string, unknown> {
  const p = r.Payload ?? {};
  const body = JSON.parse(Buffer.from(p.body ?? '', 'base64').toString('utf8')) as { kind?: string; apiVersion?: string };
  return {
    logIndex: String(p.logIndex ?? ''),
    logId: { keyId: Buffer.from(p.logID ?? '', 'hex').toString('base64') },
    kindVersion: { kind: body.kind ?? '', version: body.apiVersion ?? '' },
    integratedTime: String(p.integratedTime ?? ''),
    inclusionPromise: { signedEntryTimestamp: r.SignedEntryTimestamp ?? '' },
    canonicalizedBody: p.body ?? '',
  };
}
