import { createPrivateKey, createPublicKey, scryptSync, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';

/** A signing key held only in memory: decrypted here, never written anywhere. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

const ENCRYPTED = /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]*?)-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/;

/**
 * Reads `signing-key`: cosign's encrypted key file (scrypt-derived key, NaCl secretbox around a
 * PKCS#8 DER key, as `cosign generate-key-pair` writes it) or a PKCS#8/SEC1 EC private key PEM.
 * Only ECDSA P-256 is accepted: that is what cosign verifies with SHA-256.
 */
export function parseSigningKey(text: string, password: string): SigningKey {
  const encrypted = ENCRYPTED.exec(text);
  const privateKey = encrypted ? decryptCosignKey(encrypted[1], password) : pemKey(text);
  const curve = privateKey.asymmetricKeyDetails?.namedCurve;
  if (privateKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
    throw new Error(`input 'signing-key' must be an ECDSA P-256 key, got ${privateKey.asymmetricKeyType ?? 'an unknown type'}${curve ? ` on ${curve}` : ''}`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

function pemKey(text: string): KeyObject {
  try {
    return createPrivateKey({ key: text, format: 'pem' });
  } catch {
    throw new Error(`input 'signing-key' is neither a cosign key file nor a PEM private key`);
  }
}

function decryptCosignKey(body: string, password: string): KeyObject {
  let env: EncryptedKey;
  try {
    env = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')) as EncryptedKey;
  } catch {
    throw new Error(`input 'signing-key' is a cosign key file whose body is not base64 JSON`);
  }
  if (env.kdf?.name !== 'scrypt' || env.cipher?.name !== 'nacl/secretbox') {
    throw new Error(`input 'signing-key' uses ${env.kdf?.name}/${env.cipher?.name}, expected scrypt/nacl/secretbox`);
  }
  const { N, r, p } = env.kdf.params;
  // scrypt needs 128·N·r bytes: cosign's N=65536, r=8 is 64 MiB, above node's 32 MiB default cap.
  const key = scryptSync(password, Buffer.from(env.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  const plain = nacl.secretbox.open(Buffer.from(env.ciphertext, 'base64'), Buffer.from(env.cipher.nonce, 'base64'), key);
  key.fill(0);
  if (!plain) throw new Error(`input 'signing-key-password' does not decrypt input 'signing-key' (wrong password or damaged key)`);
  const der = Buffer.from(plain);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
    plain.fill(0);
  }
}

/** Reads `public-key`: a PEM public key (cosign.pub), or a private key whose public half is meant. */
export function parsePublicKey(text: string): KeyObject {
  try {
    return createPublicKey({ key: text, format: 'pem' });
  } catch {
    throw new Error(`input 'public-key' is not a PEM public key (expected the contents of cosign.pub)`);
  }
}
