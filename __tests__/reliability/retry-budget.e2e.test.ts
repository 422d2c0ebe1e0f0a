import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { withFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, tagsOf, testClient } from '../helpers/registry.js';
import { pushImage } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const plain = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));
const errorLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'));

test('a registry down for 8 s, twice the old ~4 s budget, then back: promote succeeds with the default retries, saying what it waits for', async () => {
  const source = plain('outage-src');
  const image = await pushImage(client, source, { tag: 'v1' });
  const dest = plain('outage-dest');
  await withFaultProxy(env.registries.plain.host, { outageMs: 8000 }, async (proxy) => {
    const run = await runAction({ command: 'promote', source: `${source}:v1`, images: `${proxy.host}/${dest.path}`, tags: 'stable' }, events.pushMain());
    expect(run.stdout + run.stderr).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(proxy.failures).toBeGreaterThan(3);
    expect(run.stdout).toMatch(/retrying: reach registry .*HTTP 503.*; retry \d+\/11 in \d+ ms/);
  });
  expect((await client.resolve(dest.tag('stable'))).digest.toString()).toBe(image.digest.toString());
}, 120_000);

test('a registry that never recovers: the command stops at `timeout` with one line naming it, and no tag is moved', async () => {
  const source = plain('dead-src');
  await pushImage(client, source, { tag: 'v1' });
  const dest = plain('dead-dest');
  await withFaultProxy(env.registries.plain.host, { outageMs: Infinity }, async (proxy) => {
    const run = await runAction(
      { command: 'promote', source: `${source}:v1`, images: `${proxy.host}/${dest.path}`, tags: 'stable', timeout: '6s' },
      events.pushMain(),
    );
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::pinship did not finish within 6s \(input 'timeout'\) and was stopped; no tag was moved/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(proxy.seen.some((r) => r.method === 'PUT' && /\/manifests\//.test(r.path))).toBe(false);
  });
  expect(await tagsOf(client, dest)).toEqual([]);
}, 120_000);

test('retries: 1 gives up on the first 503 and says how to ride longer', async () => {
  const dest = plain('one-try');
  const source = plain('one-try-src');
  await pushImage(client, source, { tag: 'v1' });
  await withFaultProxy(env.registries.plain.host, { outageMs: Infinity }, async (proxy) => {
    const run = await runAction({ command: 'promote', source: `${source}:v1`, images: `${proxy.host}/${dest.path}`, retries: '1' }, events.pushMain());
    expect(run.code).toBe(1);
    expect(proxy.requests).toBeLessThanOrEqual(2);
    expect(errorLines(run.stdout)).toHaveLength(1);
  });
  expect(await tagsOf(client, dest)).toEqual([]);
}, 60_000);
