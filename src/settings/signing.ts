import type { Runtime } from '../host/runtime.js';
import { parsePublicKey, parseSigningKey, type SigningKey } from '../signing/keys.js';
import type { KeyObject } from 'node:crypto';
import { boolInput } from './inputs.js';

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

export interface SignatureCheck {
  publicKey: KeyObject | undefined;
  requireSignature: boolean;
  /** `require-provenance` (verify): SLSA provenance for every pinned digest, signed by `public-key` when one is given. */
  requireProvenance: boolean;
}

/**
 * `public-key` and `require-signature`: requiring a signature without a key to check it is an input error.
 * Only verify checks provenance; promote leaves `require-provenance` unread, so a value given there is warned about.
 */
export function readSignatureCheck(rt: Runtime, command: 'verify' | 'promote'): SignatureCheck {
  const text = rt.input('public-key');
  const requireSignature = boolInput(rt, 'require-signature', false);
  if (requireSignature && !text) throw new Error(`input 'require-signature' is true but input 'public-key' is empty: there is no key to check signatures with`);
  return {
    publicKey: text ? parsePublicKey(text) : undefined,
    requireSignature,
    requireProvenance: command === 'verify' && boolInput(rt, 'require-provenance', false),
  };
}
