import net from 'node:net';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { json, startServer } from '../helpers/hostile-server.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { startRulesProxy } from '../helpers/rules-proxy.js';
import { pushImage } from '../promote/fixtures.js';

// Registries that stall, through dist/index.js: one that accepts connections and never answers (a hung
// load balancer or registry process), one that stops sending mid-blob, and one that asks for patience
// with Retry-After on its very first answer (RFC 9110 10.2.3; distribution and Docker Hub send it with 503/429).
const env = loadTestEnv();
const client = testClient(env);
const plain = env.registries.plain.host;
afterAll(() => client.close());
const log = (run: { stdout: string; stderr: string }): string => run.stdout + run.stderr;

test('a registry that accepts and never answers fails within retries x idle-timeout, naming the idle timeout', async () => {
  const held: net.Socket[] = [];
  const server = net.createServer((s) => held.push(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  try {
    const started = Date.now();
    const run = await runAction(
      { command: 'promote', source: `${host}/stalled/app:v1`, images: `${plain}/${uniqueRepo('stall-dest')}`, retries: '2', 'idle-timeout': '1s' },
      events.pushMain(),
    );
    const took = Date.now() - started;
    expect(run.code).not.toBe(0);
    expect(log(run)).toContain(`${host} sent nothing for 1 s (input 'idle-timeout')`);
    // Two attempts, HTTPS and plain HTTP each bounded by 1 s, one backoff of at most 250 ms, and Node's start.
    expect(took).toBeLessThan(12_000);
  } finally {
    for (const s of held) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test('a blob download that stalls mid-way is cut after idle-timeout and retried; the promote completes', async () => {
  const path = uniqueRepo('stall-src');
  const image = await pushImage(client, new Repository(new Registry(plain), path), { tag: 'v1' });
  const proxy = await startRulesProxy(plain, { stallBlobAfter: 1000 });
  try {
    const dest = `${plain}/${uniqueRepo('stall-dest')}`;
    const started = Date.now();
    const run = await runAction({ command: 'promote', source: `${proxy.host}/${path}:v1`, images: dest, 'idle-timeout': '2s' }, events.pushMain());
    expect(log(run)).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(proxy.stalled).toBe(1);
    expect(run.outputs.digest).toBe(image.digest.toString());
    expect(Date.now() - started).toBeLessThan(20_000);
  } finally {
    await proxy.close();
  }
});

test('Retry-After on the first /v2/ request is honoured', async () => {
  const pings: number[] = [];
  const server = await startServer((req, res) => {
    if (req.url === '/v2/') {
      pings.push(Date.now());
      if (pings.length === 1) return json(res, 503, { errors: [{ code: 'UNAVAILABLE', message: 'starting' }] }, { 'retry-after': '1' });
      return json(res, 200, {});
    }
    json(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
  });
  try {
    const run = await runAction({ command: 'promote', source: `${server.host}/app:v1`, images: `${plain}/${uniqueRepo('stall-dest')}` }, events.pushMain());
    expect(run.code).not.toBe(0);
    expect(log(run)).toContain('MANIFEST_UNKNOWN');
    expect(log(run)).toContain('Retry-After 1 s');
    expect(pings.length).toBeGreaterThanOrEqual(2);
    expect(pings[1] - pings[0]).toBeGreaterThanOrEqual(950);
  } finally {
    await server.close();
  }
});
