import { expect, test } from '@jest/globals';
import { Digest } from '../../src/registry/digest.js';
import { RegistryError } from '../../src/registry/errors.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { checkProvenance, checkSignature } from '../../src/signing/verify.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { newKey, verifyCases } from './verify-cases.js';

// The cases of verify-checks.e2e.test.ts against an in-memory registry: fast enough to rerun for every mutant of
// src/signing/verify.ts in `npm run test:mutation`. Its listing of referrers stands for the referrers API.
let n = 0;
verifyCases(() => {
  const registry = new MemoryRegistry();
  registry.referrersApi = true;
  const repo = (prefix: string): Repository => new Repository(new Registry('registry.test'), `pinship-test/${prefix}-${n++}`);
  return { client: registry.client, repo, withApi: repo };
});

test('a registry error other than 404 while looking for a signature or provenance is an error, not "unsigned"', async () => {
  const registry = new MemoryRegistry();
  const repo = new Repository(new Registry('registry.test'), 'pinship-test/errors');
  const d = Digest.parse(`sha256:${'a'.repeat(64)}`);
  registry.failGet = () => new RegistryError('GET', 'memory://x', 500, [], 'get manifest');
  const key = newKey();
  await expect(checkSignature(registry.client, repo, d, key.publicKey)).rejects.toThrow('returned HTTP 500');
  await expect(checkProvenance(registry.client, repo, d, key.publicKey)).rejects.toThrow('returned HTTP 500');
});
