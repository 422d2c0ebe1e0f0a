import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { parsePublicKey, parseSigningKey } from '../../src/signing/keys.js';
import { signBytes, verifyBytes } from '../../src/signing/signature.js';
import { loadTestEnv } from '../helpers/registry.js';
import { cosign } from './cosign.js';

const tool = cosign(loadTestEnv());
const spki = (k: ReturnType<typeof createPublicKey>): string => k.export({ type: 'spki', format: 'pem' }).toString();

test('a key file from cosign generate-key-pair decrypts to the key of its cosign.pub', async () => {
  const pair = await tool.keyPair('s3cret');
  const key = parseSigningKey(pair.key, 's3cret');
  expect(spki(key.publicKey)).toBe(spki(parsePublicKey(pair.pub)));
  const data = Buffer.from('payload');
  expect(verifyBytes(parsePublicKey(pair.pub), data, signBytes(key.privateKey, data))).toBe(true);
  expect(verifyBytes(parsePublicKey(pair.pub), Buffer.from('other'), signBytes(key.privateKey, data))).toBe(false);
});

test('a wrong password names the password input', async () => {
  const pair = await tool.keyPair('right');
  expect(() => parseSigningKey(pair.key, 'wrong')).toThrow("input 'signing-key-password' does not decrypt input 'signing-key' (wrong password or damaged key)");
});

test('a PKCS#8 P-256 PEM is accepted; other key types and curves are refused by name', () => {
  const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = p256.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(spki(parseSigningKey(pem, '').publicKey)).toBe(spki(p256.publicKey));
  const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => parseSigningKey(p384, '')).toThrow("input 'signing-key' must be an ECDSA P-256 key, got ec on secp384r1");
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => parseSigningKey(rsa, '')).toThrow("input 'signing-key' must be an ECDSA P-256 key, got rsa");
  expect(() => parseSigningKey('not a key', '')).toThrow("input 'signing-key' is neither a cosign key file nor a PEM private key");
  expect(() => parsePublicKey('nope')).toThrow("input 'public-key' is not a PEM public key");
});
