import { generateKeyPairSync } from 'node:crypto';
import { inputsRuntime as fakeRuntime } from '../helpers/runtime.js';
import { readIdentityPolicy, readSignatureCheck, readSigner } from '../../src/settings/signing.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

test('an identity needs its issuer, one of exact or regexp, and qualifiers only beside it', () => {
  expect(readIdentityPolicy(fakeRuntime({}))).toBeUndefined();
  expect(() => readIdentityPolicy(fakeRuntime({ 'certificate-identity': WORKFLOW }))).toThrow(
    "input 'certificate-oidc-issuer' is empty: a certificate identity is only meaningful with its issuer",
  );
  expect(() =>
    readIdentityPolicy(fakeRuntime({ 'certificate-identity': WORKFLOW, 'certificate-identity-regexp': '^x$', 'certificate-oidc-issuer': ISSUER })),
  ).toThrow("inputs 'certificate-identity' and 'certificate-identity-regexp' are both set: give one");
  expect(() => readIdentityPolicy(fakeRuntime({ 'certificate-oidc-issuer': ISSUER }))).toThrow(
    "input 'certificate-oidc-issuer' is set but input 'certificate-identity' (or 'certificate-identity-regexp') is empty",
  );
  expect(() => readIdentityPolicy(fakeRuntime({ 'insecure-ignore-tlog': 'true' }))).toThrow(
    "input 'insecure-ignore-tlog' is set but input 'certificate-identity'",
  );
  expect(() => readIdentityPolicy(fakeRuntime({ 'certificate-identity-regexp': '^(acme', 'certificate-oidc-issuer': ISSUER }))).toThrow(
    "input 'certificate-identity-regexp' is not a regular expression: '^(acme'",
  );
  expect(readIdentityPolicy(fakeRuntime({ 'certificate-identity-regexp': '^https://github\\.com/acme/', 'certificate-oidc-issuer': ISSUER }))).toEqual({
    identity: { pattern: /^https:\/\/github\.com\/acme\//u },
    issuer: ISSUER,
    trustedRoot: undefined,
    ignoreTlog: false,
  });
});

test('trusted-root is a trusted_root.json, a PEM bundle or a file holding one; anything else is refused, quoted', () => {
  const given = (root: string) =>
    readIdentityPolicy(fakeRuntime({ 'certificate-identity': WORKFLOW, 'certificate-oidc-issuer': ISSUER, 'trusted-root': root }));
  expect(() => given('{"mediaType": "application/json"}')).toThrow("input 'trusted-root' is JSON without a Sigstore trusted root mediaType");
  expect(() => given('{not json')).toThrow("input 'trusted-root' starts like JSON but does not parse");
  expect(() => given('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toThrow(
    "input 'trusted-root': certificate 1 of the PEM bundle does not parse",
  );
  expect(() => given('/nonexistent/trusted_root.json')).toThrow(
    "input 'trusted-root' is neither a trusted_root.json, a PEM bundle, nor a readable file: '/nonexistent/trusted_root.json'",
  );
});

test('require-signature is satisfied by an identity alone', () => {
  const check = readSignatureCheck(fakeRuntime({ 'require-signature': 'true', 'certificate-identity': WORKFLOW, 'certificate-oidc-issuer': ISSUER }), 'verify');
  expect(check.publicKey).toBeUndefined();
  expect(check.identity).toEqual({ identity: { exact: WORKFLOW }, issuer: ISSUER, trustedRoot: undefined, ignoreTlog: false });
});

test('keyless: its inputs checked, a key beside it refused, the OIDC variables required and the request token masked', () => {
  expect(readSigner(fakeRuntime({}))).toBeUndefined();
  expect(() => readSigner(fakeRuntime({ keyless: 'true', 'fulcio-url': 'fulcio.example' }))).toThrow(
    "input 'fulcio-url' is not a URL: 'fulcio.example' (expected https://host[:port])",
  );
  expect(() => readSigner(fakeRuntime({ keyless: 'true' }))).toThrow(
    "input 'keyless' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write'",
  );
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => readSigner(fakeRuntime({ keyless: 'true', 'signing-key': pem }))).toThrow("inputs 'keyless' and 'signing-key' are both set");
  const rt = fakeRuntime(
    { keyless: 'true', 'tlog-upload': 'false' },
    { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret' },
  );
  expect(readSigner(rt)).toEqual({
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    tlogUpload: false,
    token: expect.any(Function),
  });
  expect(rt.secrets).toContain('request-secret');
});
