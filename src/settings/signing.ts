import type { Runtime } from '../host/runtime.js';
import { parsePublicKey, parseSigningKey, type SigningKey } from '../signing/keys.js';
import type { KeyObject } from 'node:crypto';
import { boolInput } from './inputs.js';
import { readFileSync } from 'node:fs';
import { parseTrustedRoot, type IdentityPolicy, type KeylessOptions } from '../signing/identity.js';
import { githubOidcToken } from '../signing/oidc.js';

/** Masks a secret whole and line by line: a multi-line value is logged a line at a time. */
function mask(rt: Runtime, value: string): void {
  rt.setSecret(value);
  for (const line of value.split(/\r?\n/)) if (line.trim().length > 8) rt.setSecret(line.trim());
}

/** `signing-key` (+ `signing-key-password`), masked at once; undefined when signing was not asked for. */
export function readSigningKey(rt: Runtime): SigningKey | undefined {
  const text = rt.input('signing-key');
  const password = rt.input('signing-key-password');
  if (password) mask(rt, password);
  if (!text) {
    if (password) throw new Error(`input 'signing-key-password' is set but input 'signing-key' is empty`);
    return undefined;
  }
  mask(rt, text);
  return parseSigningKey(text, password);
}

export const PUBLIC_GOOD_FULCIO = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';

/** `signing-key` or `keyless` (with `fulcio-url`, `rekor-url`, `tlog-upload`); undefined when signing was not asked for. */
export function readSigner(rt: Runtime): SigningKey | KeylessOptions | undefined {
  const key = readSigningKey(rt);
  const keyless = boolInput(rt, 'keyless', false);
  const fulcioUrl = urlInput(rt, 'fulcio-url', PUBLIC_GOOD_FULCIO);
  const rekorUrl = urlInput(rt, 'rekor-url', PUBLIC_GOOD_REKOR);
  const tlogUpload = boolInput(rt, 'tlog-upload', true);
  if (!keyless) return key;
  if (key) throw new Error(`inputs 'keyless' and 'signing-key' are both set: sign with one (a key, or the workflow's identity)`);
  const requestUrl = rt.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = rt.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken)
    throw new Error(
      `input 'keyless' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then)`,
    );
  rt.setSecret(requestToken);
  return {
    fulcioUrl,
    rekorUrl,
    tlogUpload,
    token: async () => {
      const token = await githubOidcToken(requestUrl, requestToken, 'sigstore');
      rt.setSecret(token);
      return token;
    },
  };
}

function urlInput(rt: Runtime, name: string, fallback: string): string {
  const value = rt.input(name) || fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`input '${name}' is not a URL: '${value}' (expected https://host[:port])`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`input '${name}' is not an http(s) URL: '${value}'`);
  return value.replace(/\/+$/, '');
}

export interface SignatureCheck {
  publicKey: KeyObject | undefined;
  /** `certificate-identity` (or `-regexp`) with `certificate-oidc-issuer`: signatures by certificate naming that signer. */
  identity?: IdentityPolicy | undefined;
  requireSignature: boolean;
  /** `require-provenance` (verify): SLSA provenance for every pinned digest, signed by `public-key` when one is given. */
  requireProvenance: boolean;
}

/**
 * `public-key`, the identity inputs and `require-signature`: requiring a signature with neither a key nor
 * an identity to check it against is an input error. Only verify checks provenance; promote leaves
 * `require-provenance` unread, so a value given there is warned about.
 */
export function readSignatureCheck(rt: Runtime, command: 'verify' | 'promote'): SignatureCheck {
  const text = rt.input('public-key');
  const requireSignature = boolInput(rt, 'require-signature', false);
  const identity = readIdentityPolicy(rt);
  if (requireSignature && !text && !identity)
    throw new Error(
      `input 'require-signature' is true but input 'public-key' is empty and so is input 'certificate-identity': there is no key or signer identity to check signatures with`,
    );
  return {
    publicKey: text ? parsePublicKey(text) : undefined,
    ...(identity ? { identity } : {}),
    requireSignature,
    requireProvenance: command === 'verify' && boolInput(rt, 'require-provenance', false),
  };
}

/** The identity inputs, checked together; undefined when none is given. */
export function readIdentityPolicy(rt: Runtime): IdentityPolicy | undefined {
  const exact = rt.input('certificate-identity');
  const pattern = rt.input('certificate-identity-regexp');
  const issuer = rt.input('certificate-oidc-issuer');
  const root = rt.input('trusted-root');
  const ignoreTlog = boolInput(rt, 'insecure-ignore-tlog', false);
  if (exact && pattern) throw new Error(`inputs 'certificate-identity' and 'certificate-identity-regexp' are both set: give one`);
  if (!exact && !pattern) {
    const stray = issuer ? 'certificate-oidc-issuer' : root ? 'trusted-root' : ignoreTlog ? 'insecure-ignore-tlog' : undefined;
    if (stray)
      throw new Error(
        `input '${stray}' is set but input 'certificate-identity' (or 'certificate-identity-regexp') is empty: it only qualifies a signer identity`,
      );
    return undefined;
  }
  if (!issuer)
    throw new Error(
      `input 'certificate-oidc-issuer' is empty: a certificate identity is only meaningful with its issuer (on GitHub Actions, https://token.actions.githubusercontent.com)`,
    );
  return {
    identity: exact ? { exact } : { pattern: compilePattern(pattern) },
    issuer,
    trustedRoot: root ? parseTrustedRoot(readRootText(root)) : undefined,
    ignoreTlog,
  };
}

function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch (e) {
    throw new Error(`input 'certificate-identity-regexp' is not a regular expression: '${pattern}' (${(e as Error).message})`, { cause: e });
  }
}

/** `trusted-root` is the text itself, or the path of a file holding it (a trusted_root.json kept in the repository). */
function readRootText(value: string): string {
  if (/^\s*(\{|-----BEGIN)/.test(value)) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch {
    throw new Error(`input 'trusted-root' is neither a trusted_root.json, a PEM bundle, nor a readable file: '${value}'`);
  }
}
