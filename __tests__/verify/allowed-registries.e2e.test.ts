/**
 * allowed-registries is decided from the files alone: a reference outside it is a finding, and its
 * host is never contacted, nor its credential helper run. Counted where it happens: connections at a
 * listening socket, and a marker file the credential helper would write.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { pushImage } from '../promote/fixtures.js';
import { annotations } from '../signing/deploy.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

test('a pinned reference outside allowed-registries is a finding and its registry is never contacted', async () => {
  const sockets: Socket[] = [];
  const server = createServer((s) => {
    sockets.push(s);
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const foreign = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A credential helper for that host, as a docker login would set one up: running it leaves a mark.
  const home = mkdtempSync(join(tmpdir(), 'pinship-allowed-'));
  const mark = join(home, 'helper-ran');
  mkdirSync(join(home, 'bin'));
  mkdirSync(join(home, 'docker'));
  writeFileSync(join(home, 'bin', 'docker-credential-pinship-mark'), `#!/bin/sh\ntouch ${mark}\necho '{"Username":"u","Secret":"s"}'\n`);
  chmodSync(join(home, 'bin', 'docker-credential-pinship-mark'), 0o755);
  writeFileSync(join(home, 'docker', 'config.json'), JSON.stringify({ credHelpers: { [foreign]: 'pinship-mark' } }));

  const allowed = new Repository(new Registry(env.registries.plain.host), uniqueRepo('allowed'));
  const img = await pushImage(client, allowed, { tag: '1.0' });
  const ws = mkdtempSync(join(tmpdir(), 'pinship-allowed-ws-'));
  mkdirSync(join(ws, 'k8s'));
  const digest = `sha256:${'a'.repeat(64)}`;
  writeFileSync(
    join(ws, 'k8s', 'app.yaml'),
    `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${allowed}:1.0@${img.digest}\n    - image: ${foreign}/app:1.0@${digest}\n    - image: ${foreign}/app@${digest}\n`,
  );
  try {
    const run = await runAction({ command: 'verify', files: 'k8s/*.yaml', 'allowed-registries': env.registries.plain.host, retries: '1' }, events.pushMain(), {
      GITHUB_WORKSPACE: ws,
      DOCKER_CONFIG: join(home, 'docker'),
      PATH: `${join(home, 'bin')}${delimiter}${process.env.PATH}`,
    });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `k8s/app.yaml:6 error ${foreign}/app:1.0@${digest} is outside allowed-registries (${env.registries.plain.host})`,
      `k8s/app.yaml:7 error ${foreign}/app@${digest} is outside allowed-registries (${env.registries.plain.host})`,
    ]);
    expect(sockets).toHaveLength(0);
    expect(existsSync(mark)).toBe(false);
    // The allowed reference was still checked: one request, for it.
    expect((JSON.parse(run.outputs.metadata) as { requests: number }).requests).toBe(1);
  } finally {
    await new Promise((r) => server.close(r));
  }
});
