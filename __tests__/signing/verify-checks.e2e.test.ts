import { afterAll, beforeAll } from '@jest/globals';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { verifyCases } from './verify-cases.js';

// The cases in process against the real plain registry (distribution 2.8, no referrers API: pinship's fallback tag),
// and through the referrers proxy where the OCI 1.1 API is wanted (see referrers-proxy.ts).
const env = loadTestEnv();
const client = testClient(env);
let proxy: ReferrersProxy;
beforeAll(async () => {
  proxy = await startReferrersProxy(env.registries.plain.host);
});
afterAll(async () => {
  client.close();
  await proxy.close();
});

verifyCases(() => ({ client, repo: (prefix) => testRepo(env, 'plain', prefix), withApi: (prefix) => viaProxy(proxy, testRepo(env, 'plain', prefix)) }));
