import { generateKeyPairSync } from 'node:crypto';
import { inputsRuntime as fakeRuntime } from '../helpers/runtime.js';
import { readSignatureCheck, readSigningKey } from '../../src/settings/signing.js';

const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

test('signing-key and its password are masked whole and line by line before they are parsed', () => {
  const rt = fakeRuntime({ 'signing-key': pem, 'signing-key-password': 'hunter22' });
  expect(readSigningKey(rt)).toBeDefined();
  expect(rt.secrets).toContain(pem);
  expect(rt.secrets).toContain('hunter22');
  for (const line of pem
    .trim()
    .split('\n')
    .filter((l) => l.length > 8))
    expect(rt.secrets).toContain(line);
});

test('no signing-key: no signing; a password alone is an input error', () => {
  expect(readSigningKey(fakeRuntime({}))).toBeUndefined();
  expect(() => readSigningKey(fakeRuntime({ 'signing-key-password': 'x' }))).toThrow("input 'signing-key-password' is set but input 'signing-key' is empty");
});

test('require-signature needs public-key; require-provenance alone does not', () => {
  expect(() => readSignatureCheck(fakeRuntime({ 'require-signature': 'true' }), 'verify')).toThrow(
    "input 'require-signature' is true but input 'public-key' is empty",
  );
  expect(readSignatureCheck(fakeRuntime({ 'require-provenance': 'true' }), 'verify')).toEqual({
    publicKey: undefined,
    requireSignature: false,
    requireProvenance: true,
  });
  // promote checks no provenance: it does not read the input (and the run warns that it is ignored).
  expect(readSignatureCheck(fakeRuntime({ 'require-provenance': 'true' }), 'promote')).toEqual({
    publicKey: undefined,
    requireSignature: false,
    requireProvenance: false,
  });
  expect(() => readSignatureCheck(fakeRuntime({ 'require-signature': 'yes' }), 'promote')).toThrow("Invalid input 'require-signature': 'yes'");
});
