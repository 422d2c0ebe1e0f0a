import { Digest } from '../../src/registry/digest.js';
import { TRUSTED_ROOT_MEDIA_TYPE, type IdentityPolicy } from '../../src/signing/identity.js';
import { verifyBundle } from '../../src/signing/keyless-verify.js';
import { COSIGN_SIGN_PREDICATE } from '../../src/signing/verify.js';

// A bundle's statement is read before any signature is checked: these bundles never reach the verifier,
// so their certificate and the (empty) trusted root play no part.
const digest = Digest.parse(`sha256:${'a'.repeat(64)}`);
const policy = (): IdentityPolicy => ({ identity: { exact: 'x' }, issuer: 'y', trustedRoot: { mediaType: TRUSTED_ROOT_MEDIA_TYPE }, ignoreTlog: true });

function bundle(statement: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  return Buffer.from(
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: Buffer.from('not a certificate').toString('base64') },
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
      },
      dsseEnvelope: { payload, payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln', keyid: '' }] },
    }),
  );
}

test('a bundle for another digest, or of another predicate, is refused by what it says, quoted when it is not a digest', async () => {
  const other = 'b'.repeat(64);
  expect(await verifyBundle(policy(), bundle({ predicateType: COSIGN_SIGN_PREDICATE, subject: [{ digest: { sha256: other } }] }), digest)).toBe(
    `a Sigstore bundle signing sha256:${other}, not ${digest}`,
  );
  expect(
    await verifyBundle(policy(), bundle({ predicateType: COSIGN_SIGN_PREDICATE, subject: [{ digest: { sha256: '\u001b[31m\n::error::x' } }] }), digest),
  ).toBe(`a Sigstore bundle signing "\\u001b[31m\\n::error::x", not ${digest}`);
  expect(await verifyBundle(policy(), bundle({ predicateType: 'https://example.com/\n::warning::', subject: 'not a list' }), digest)).toBe(
    'a Sigstore bundle of "https://example.com/\\n::warning::", not the statement asked for',
  );
  expect(await verifyBundle(policy(), bundle({ predicateType: COSIGN_SIGN_PREDICATE, subject: 'not a list' }), digest)).toBe(
    `a Sigstore bundle signing no digest, not ${digest}`,
  );
  expect(await verifyBundle(policy(), Buffer.from('{"mediaType": 1}'), digest)).toMatch(/^a Sigstore bundle that does not parse \(/);
});
