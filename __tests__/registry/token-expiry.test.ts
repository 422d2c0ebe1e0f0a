import https from 'node:https';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { digestOf } from '../../src/registry/digest.js';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testCertsDir, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const ca = readFileSync(env.caFile);

function tokenServer(method: 'GET' | 'POST', path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.request(new URL(path, env.tokenServer.url), { method, ca }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}
const tokensIssued = async (): Promise<number> => (JSON.parse(await tokenServer('GET', '/stats')) as { tokens: number }).tokens;

/** A slow producer: one chunk, then a pause, so a single upload outlives its token. */
async function* slowly(parts: Buffer[], pauseMs: number): AsyncGenerator<Buffer> {
  for (const p of parts) {
    yield p;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}

test('a token that expires in the middle of a chunked upload is refreshed and the upload completes', async () => {
  // Two-second tokens for this test; other suites running meanwhile merely refresh more often.
  await tokenServer('POST', '/admin/ttl?seconds=2');
  const client = testClient(env);
  try {
    const repo = testRepo(env, 'token', 'expiry');
    const parts = Array.from({ length: 5 }, () => randomBytes(64 * 1024));
    const data = Buffer.concat(parts);
    const before = await tokensIssued();
    const result = await client.putBlob(repo, () => Readable.from(slowly(parts, 800)), { chunkSize: 64 * 1024 });
    const after = await tokensIssued();
    expect(result.digest.toString()).toBe(digestOf(data).toString());
    expect(await client.statBlob(repo, result.digest)).toBe(data.length);
    // Five PATCHes over ~4 s with 2 s tokens: at least one refresh beyond the first token.
    expect(after - before).toBeGreaterThanOrEqual(2);
  } finally {
    client.close();
    await tokenServer('POST', '/admin/ttl?seconds=default');
  }
});

test('a registry that rejects a cached token mid-operation (401) gets a fresh token and the operation goes on', async () => {
  const t = env.registries.token;
  const challenge = `Bearer realm="${t.realm}",service="${t.service}"`;
  // The 401 comes from a loopback proxy in front of the real token registry: the registry itself
  // honours tokens for a minute past expiry, so only a stand-in can reject one on cue.
  const proxy = await startFaultProxy(t.host, { upstreamCa: ca, unauthorizedAt: { request: 4, challenge } });
  const client = new RegistryClient({ credentials: new StaticCredentials([{ registry: proxy.host, credential: { username: t.username, password: t.password } }]), certsDir: testCertsDir(env) });
  try {
    const repo = new Repository(new Registry(proxy.host), uniqueRepo('reject'));
    const data = randomBytes(10_000);
    const before = await tokensIssued();
    for (let i = 0; i < 3; i++) {
      const blob = Buffer.concat([data, Buffer.from([i])]);
      await client.putBlob(repo, () => Readable.from([blob]), { digest: digestOf(blob), size: blob.length });
    }
    expect(proxy.failures).toBe(1);
    expect((await tokensIssued()) - before).toBeGreaterThanOrEqual(2);
    expect(await client.statBlob(repo, digestOf(Buffer.concat([data, Buffer.from([2])])))).toBe(data.length + 1);
  } finally {
    client.close();
    await proxy.close();
  }
});
