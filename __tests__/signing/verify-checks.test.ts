import { Registry, Repository } from '../../src/registry/reference.js';
import { MemoryRegistry } from '../helpers/memory-registry.js';
import { verifyCases } from './verify-cases.js';

// The cases of verify-checks.e2e.test.ts against an in-memory registry: fast enough to rerun for every mutant of
// src/signing/verify.ts in `npm run test:mutation`. Its listing of referrers stands for the referrers API.
let n = 0;
verifyCases(() => {
  const registry = new MemoryRegistry();
  registry.referrersApi = true;
  const repo = (prefix: string): Repository => new Repository(new Registry('registry.test'), `pinship-test/${prefix}-${n++}`);
  return { client: registry.client, repo, withApi: repo };
});
