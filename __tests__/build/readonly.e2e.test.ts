import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';

const env = loadTestEnv();
const t = env.registries.token;
const client = testClient(env);
afterAll(() => client.close());
const readonlyAuth = (host: string): string => `- registry: ${host}\n  username: ${t.readonlyUsername}\n  password: ${t.readonlyPassword}\n`;

test('read-only credentials fail the push-access check: one clear error, nothing pushed', async () => {
  const repo = new Repository(new Registry(t.host), uniqueRepo('readonly-build'));
  const run = await runAction(
    {
      images: repo.toString(),
      context: buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`),
      builder: 'docker',
      tags: 'type=raw,value=t',
      'registry-auth': readonlyAuth(t.host),
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: testCertsDir(env) },
  );
  expect(run.code).toBe(1);
  expectNoSecret(run, [t.readonlyPassword]);
  expect(run.stdout).toMatch(new RegExp(`::error::.*check push access to ${repo.toString().replace(/[./]/g, '\\$&')}.*HTTP 40[13]`));
  expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
  expect(run.outputs.digest ?? '').toBe('');
  expect(await tagsOf(client, repo)).toEqual([]);
});

/** A TCP proxy to `port` that holds every chunk `delayMs` each way: a registry far away. */
async function slowProxy(port: number, delayMs: number): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((a) => {
    const b = net.connect(port, '127.0.0.1');
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      sockets.add(from);
      from.on('data', (d) => setTimeout(() => to.writable && to.write(d), delayMs));
      from.on('end', () => setTimeout(() => to.end(), delayMs));
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, close: () => (sockets.forEach((s) => s.destroy()), server.close()) };
}

test('a refusal that arrives while the builder works stops the build: the same error, nothing pushed, no build left running', async () => {
  // Each round trip to the registry takes 2 s, so the refusal comes long after the builder started.
  const proxy = await slowProxy(Number(t.host.split(':')[1]), 1000);
  try {
    const host = `127.0.0.1:${proxy.port}`;
    const certs = mkdtempSync(join(tmpdir(), 'pinship-certs-'));
    for (const h of [host, new URL(t.realm).host]) {
      mkdirSync(join(certs, h));
      copyFileSync(env.caFile, join(certs, h, 'ca.crt'));
    }
    const repo = new Repository(new Registry(host), uniqueRepo('readonly-slow'));
    const marker = `pinship-refused-${process.pid}-${Date.now()}`;
    const run = await runAction(
      {
        images: repo.toString(),
        // Were the build not stopped, this step alone would outlast the test.
        context: buildContext(() => `FROM ${env.baseImage}\nRUN sleep 600 # ${marker}\n`),
        builder: 'docker',
        tags: 'type=raw,value=t',
        'registry-auth': readonlyAuth(host),
      },
      events.pushMain(),
      { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: certs },
    );
    expect(run.code).toBe(1);
    // The builder did start: the check no longer holds it back.
    expect(run.stdout + run.stderr).toContain('[command]docker build');
    expect(run.stdout).toMatch(new RegExp(`::error::.*check push access to ${repo.toString().replace(/[./]/g, '\\$&')}.*HTTP 40[13]`));
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
    expect(run.outputs.digest ?? '').toBe('');
    // The engine cancels the build with its client: its step's container goes (after the engine's stop
    // grace period: `sh` as PID 1 ignores SIGTERM), long before the step itself would have ended.
    const running = (): string => execFileSync('docker', ['-H', env.dockerHost, 'ps', '--no-trunc', '--format', '{{.Command}}']).toString();
    for (let i = 0; i < 120 && running().includes(marker); i++) await new Promise((r) => setTimeout(r, 500));
    expect(running()).not.toContain(marker);
    expect(await tagsOf(client, new Repository(new Registry(t.host), repo.path))).toEqual([]);
  } finally {
    proxy.close();
  }
});
