/** The round trip the client measures to each registry, which sizes blob parallelism to the link. */
import { afterAll, describe, expect, it } from '@jest/globals';
import net, { type AddressInfo } from 'node:net';
import { Registry, Repository } from '../../src/registry/reference.js';
import { RoundTrips } from '../../src/registry/round-trips.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

/** A TCP proxy to the plain registry that holds every chunk `oneWayMs` in each direction: a longer link. */
async function slowLink(oneWayMs: number): Promise<{ host: string; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const upstream = net.connect(Number(env.registries.plain.host.split(':')[1]), '127.0.0.1');
    for (const [from, to] of [
      [inbound, upstream],
      [upstream, inbound],
    ]) {
      sockets.add(from);
      from.on('data', (d: Buffer) => setTimeout(() => to.writable && to.write(d), oneWayMs));
      from.on('end', () => setTimeout(() => to.end(), oneWayMs));
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      sockets.forEach((s) => s.destroy());
      server.close();
    },
  };
}

describe('round trips', () => {
  it('keeps the quickest answer per registry, host names compared without case', () => {
    const trips = new RoundTrips();
    expect(trips.of('r.example')).toBeUndefined();
    trips.observe('R.example', 30);
    trips.observe('r.example', 12);
    trips.observe('r.example', 40);
    expect(trips.of('r.EXAMPLE')).toBe(12);
  });

  it('measures a registry behind a 2 × 25 ms link as at least 50 ms, from requests without a body', async () => {
    const link = await slowLink(25);
    try {
      const registry = new Registry(link.host);
      expect(client.roundTripMs(registry)).toBeUndefined();
      const repo = new Repository(registry, env.baseRepository);
      await client.resolve(repo.tag(env.baseTag));
      await client.manifestExists(repo, env.baseImageDigest);
      expect(client.roundTripMs(registry)).toBeGreaterThanOrEqual(50);
    } finally {
      link.close();
    }
  });
});
