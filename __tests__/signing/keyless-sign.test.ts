import { digestOf } from '../../src/registry/digest.js';
import type { IdentityPolicy } from '../../src/signing/identity.js';
import { signKeyless } from '../../src/signing/keyless-sign.js';
import { verifyBundle, verifyCertificateLayer } from '../../src/signing/keyless-verify.js';
import { githubOidcToken } from '../../src/signing/oidc.js';
import { imageSignatureStatement, simpleSigningPayload } from '../../src/signing/signature.js';
import { COSIGN_SIGN_PREDICATE } from '../../src/signing/verify.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

// In process, against the local Fulcio, Rekor and OIDC token endpoint stand-ins (sigstore-local.ts).
let sigstore: LocalSigstore;
beforeAll(async () => {
  sigstore = await localSigstore();
});
afterAll(() => sigstore.close());

const digest = digestOf(Buffer.from('an image manifest'));
const reference = '127.0.0.1:5000/acme/app';
const policy = (ignoreTlog = false): IdentityPolicy => ({
  identity: { exact: sigstore.subject },
  issuer: GITHUB_ISSUER,
  trustedRoot: JSON.parse(sigstore.trustedRootJson) as IdentityPolicy['trustedRoot'],
  ignoreTlog,
});
const options = (tlogUpload: boolean) => ({
  fulcioUrl: sigstore.fulcioUrl,
  rekorUrl: sigstore.rekorUrl,
  tlogUpload,
  token: () => githubOidcToken(`${sigstore.tokenUrl}?api-version=2.0`, sigstore.tokenRequestToken, 'sigstore'),
});

test('signKeyless: both forms verify for the workflow identity, with the log entry; the bundle names the digest', async () => {
  const payload = simpleSigningPayload(reference, digest);
  const sig = await signKeyless(options(true), payload, imageSignatureStatement(reference, digest, COSIGN_SIGN_PREDICATE));
  expect(sig.chain).toContain('-----BEGIN CERTIFICATE-----');
  expect(JSON.parse(sig.rekorBundle!)).toEqual({
    SignedEntryTimestamp: expect.any(String),
    Payload: { body: expect.any(String), integratedTime: expect.any(Number), logIndex: expect.any(Number), logID: expect.stringMatching(/^[0-9a-f]{64}$/) },
  });
  expect(
    await verifyCertificateLayer(policy(), { payload, signature: sig.signature, certificate: sig.certificate, rekorBundle: sig.rekorBundle }),
  ).toBeUndefined();
  expect(await verifyBundle(policy(), sig.bundle, digest)).toBeUndefined();
  // the same signature over other bytes does not verify
  const other = simpleSigningPayload(reference, digestOf(Buffer.from('another manifest')));
  expect(
    await verifyCertificateLayer(policy(), { payload: other, signature: sig.signature, certificate: sig.certificate, rekorBundle: sig.rekorBundle }),
  ).toMatch(/^a signature that does not verify against trusted-root/);
});

test('signKeyless with tlog-upload false: no log entry, accepted only with insecure-ignore-tlog', async () => {
  const payload = simpleSigningPayload(reference, digest);
  const sig = await signKeyless(options(false), payload, imageSignatureStatement(reference, digest, COSIGN_SIGN_PREDICATE));
  expect(sig.rekorBundle).toBeUndefined();
  const layer = { payload, signature: sig.signature, certificate: sig.certificate };
  expect(await verifyCertificateLayer(policy(), layer)).toBe(
    'a certificate signature without a transparency-log entry (input insecure-ignore-tlog accepts that)',
  );
  expect(await verifyCertificateLayer(policy(true), layer)).toBeUndefined();
});

test('the OIDC token endpoint: the audience asked for, and a refused request token named with its fix', async () => {
  const token = await githubOidcToken(sigstore.tokenUrl, sigstore.tokenRequestToken, 'sigstore');
  expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))).toMatchObject({
    aud: 'sigstore',
    sub: sigstore.subject,
    iss: GITHUB_ISSUER,
  });
  await expect(githubOidcToken(sigstore.tokenUrl, 'wrong', 'sigstore')).rejects.toThrow(
    'the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) answered HTTP 401: does the job have permissions: id-token: write?',
  );
  await expect(githubOidcToken('http://127.0.0.1:1/token', 'x', 'sigstore')).rejects.toThrow(
    'cannot reach the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)',
  );
});

test('a Fulcio that refuses or is unreachable is named with its input', async () => {
  const payload = simpleSigningPayload(reference, digest);
  const statement = imageSignatureStatement(reference, digest, COSIGN_SIGN_PREDICATE);
  await expect(signKeyless({ ...options(true), fulcioUrl: 'http://127.0.0.1:1' }, payload, statement)).rejects.toThrow(
    "cannot reach Fulcio at http://127.0.0.1:1/api/v2/signingCert (input 'fulcio-url')",
  );
  await expect(signKeyless({ ...options(true), fulcioUrl: sigstore.rekorUrl }, payload, statement)).rejects.toThrow(
    `Fulcio at ${sigstore.rekorUrl}/api/v2/signingCert refused the certificate request: HTTP 404`,
  );
});
