import { afterAll, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { attestPlan, publish, signPlan, treePlan } from '../../src/publish/index.js';
import type { Digest } from '../../src/registry/digest.js';
import type { Repository } from '../../src/registry/reference.js';
import { parseSigningKey, type SigningKey } from '../../src/signing/keys.js';
import { slsaStatement, SLSA_V1 } from '../../src/signing/provenance.js';
import { cosignTag } from '../../src/signing/signature.js';
import { checkProvenance, checkSignature } from '../../src/signing/verify.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { localImage } from '../publish/local-image.js';

// In process against the real plain registry: signatures and attestations are written by pinship's own
// signing code (what build and promote publish), then moved as an attacker with push access would.
const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const quiet = { log: () => undefined };

function newKey(): SigningKey {
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return parseSigningKey(pem, '');
}

/** Two images in one repository, A signed (and attested) with `key`, B neither. */
async function twoImages(prefix: string, key: SigningKey): Promise<{ repo: Repository; a: Digest; b: Digest }> {
  const repo = testRepo(env, 'plain', prefix);
  const [a, b] = [localImage(1000), localImage(1000)];
  const signed = signPlan(treePlan(a), key, repo.toString());
  const statement = slsaStatement(repo.toString(), a.digest, { builder: 'test', pinshipVersion: '0', parameters: {}, baseImages: [], env: {} });
  const attested = attestPlan(signed.plan, statement, SLSA_V1, key);
  await publish(client, attested.plan, [repo], { tags: ['a'], ...quiet });
  await publish(client, treePlan(b), [repo], { tags: ['b'], ...quiet });
  return { repo, a: a.digest, b: b.digest };
}

/** Copies what is tagged at A's cosign tag to B's: the same bytes, so the same valid signature. */
async function copyTag(repo: Repository, from: Digest, to: Digest, suffix: '.sig' | '.att'): Promise<void> {
  const m = await client.getManifest(repo, cosignTag(from, suffix));
  await client.putManifest(repo, cosignTag(to, suffix), m.bytes, m.mediaType);
}

test("a valid signature of image A copied to image B's .sig tag does not sign B", async () => {
  const key = newKey();
  const { repo, a, b } = await twoImages('copied-sig', key);
  expect(await checkSignature(client, repo, a, key.publicKey)).toMatchObject({ ok: true });
  await copyTag(repo, a, b, '.sig');
  expect(await checkSignature(client, repo, b, key.publicKey)).toEqual({
    ok: false,
    reason: `no valid signature for the public key: ${repo}:${cosignTag(b, '.sig')} holds a valid signature of ${a} (1 in all)`,
  });
  // Another key verifies neither.
  expect(await checkSignature(client, repo, a, newKey().publicKey)).toMatchObject({ ok: false });
});

test("signed provenance of image A copied to image B's .att tag is not B's provenance", async () => {
  const key = newKey();
  const { repo, a, b } = await twoImages('copied-att', key);
  expect(await checkProvenance(client, repo, a, key.publicKey)).toMatchObject({ ok: true });
  await copyTag(repo, a, b, '.att');
  expect(await checkProvenance(client, repo, b, key.publicKey)).toEqual({
    ok: false,
    reason: `${repo}:${cosignTag(b, '.att')} holds provenance the public key does not verify for this digest`,
  });
  expect(await checkProvenance(client, repo, a, newKey().publicKey)).toMatchObject({ ok: false });
});
