import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { digestOf } from '../../src/registry/digest.js';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFaultProxy, tokenExpiry, type FaultPlan, type FaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testCertsDir } from '../helpers/registry.js';
import { startPrivateTokenServer, type PrivateTokenServer } from '../helpers/token-server.js';

const env = loadTestEnv();
const ca = readFileSync(env.caFile);
const t = env.registries.token;

/**
 * The token registry behind a loopback proxy whose challenges name a token server private to this
 * test: its counters and token lifetime are this test's alone, whatever else runs in parallel.
 */
async function privateTokenRegistry(
  ttlSeconds: number,
  plan: FaultPlan,
): Promise<{ tokens: PrivateTokenServer; proxy: FaultProxy; client: RegistryClient; repo: Repository }> {
  const tokens = await startPrivateTokenServer(env, ttlSeconds);
  const proxy = await startFaultProxy(t.host, { upstreamCa: ca, realm: tokens.realm, ...plan });
  const client = new RegistryClient({
    credentials: new StaticCredentials([{ registry: proxy.host, credential: { username: t.username, password: t.password } }]),
    certsDir: testCertsDir(env),
  });
  return { tokens, proxy, client, repo: new Repository(new Registry(proxy.host), uniqueRepo('expiry')) };
}

/** A slow producer: one chunk, then a pause, so a single upload outlives its token. */
async function* slowly(parts: Buffer[], pauseMs: number): AsyncGenerator<Buffer> {
  for (const p of parts) {
    yield p;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}

const bearer = (seen: FaultProxy['seen']): string[] => seen.map((s) => s.authorization ?? '').filter((a) => a.startsWith('Bearer '));

test('a token that expires in the middle of a chunked upload is refreshed and the upload completes', async () => {
  // Two-second tokens, and a stand-in that refuses any token past its exp: the real registry
  // honours tokens for a minute after they expire, so it alone would never show a missed refresh.
  const { tokens, proxy, client, repo } = await privateTokenRegistry(2, { strictTokenExpiry: true });
  try {
    const parts = Array.from({ length: 5 }, () => randomBytes(64 * 1024));
    const data = Buffer.concat(parts);
    const result = await client.putBlob(repo, () => Readable.from(slowly(parts, 800)), { chunkSize: 64 * 1024 });
    expect(result.digest.toString()).toBe(digestOf(data).toString());
    expect(await client.statBlob(repo, result.digest)).toBe(data.length);
    const used = bearer(proxy.seen);
    const patches = proxy.seen.filter((s) => s.method === 'PATCH');
    expect(patches.length).toBeGreaterThanOrEqual(5);
    // Five PATCHes over ~4 s with 2 s tokens: the upload went on with tokens issued after it began.
    expect(new Set(used).size).toBeGreaterThanOrEqual(2);
    expect((await tokens.stats()).tokens).toBeGreaterThanOrEqual(2);
    // What reached the registry last carried a token that outlived the first one.
    expect(tokenExpiry(used.at(-1))!).toBeGreaterThan(tokenExpiry(used[0])!);
  } finally {
    client.close();
    await proxy.close();
    await tokens.close();
  }
});

test('a registry that rejects a cached token mid-operation (401) gets a fresh token and the operation goes on', async () => {
  // The 4th request (ping, POST, PUT, then the second POST) is refused as if its token had expired.
  const { tokens, proxy, client, repo } = await privateTokenRegistry(300, {
    unauthorizedAt: { request: 4, challenge: `Bearer realm="rewritten by the proxy",service="${t.service}"` },
  });
  try {
    const data = randomBytes(10_000);
    for (let i = 0; i < 3; i++) {
      const blob = Buffer.concat([data, Buffer.from([i])]);
      await client.putBlob(repo, () => Readable.from([blob]), { digest: digestOf(blob), size: blob.length });
    }
    expect(proxy.failures).toBe(1);
    // One token for the first upload, exactly one more after the refusal; long-lived tokens need no other.
    expect((await tokens.stats()).tokens).toBe(2);
    const refused = proxy.seen[3].authorization;
    const retried = proxy.seen[4];
    expect(retried.method).toBe('POST');
    expect(retried.authorization).toMatch(/^Bearer /);
    expect(retried.authorization).not.toBe(refused);
    expect(await client.statBlob(repo, digestOf(Buffer.concat([data, Buffer.from([2])])))).toBe(data.length + 1);
  } finally {
    client.close();
    await proxy.close();
    await tokens.close();
  }
});
