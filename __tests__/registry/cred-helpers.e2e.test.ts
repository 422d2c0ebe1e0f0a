import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { pushImage } from '../promote/fixtures.js';

// The docker config that amazon-ecr-login and gcloud's credential helper setup leave behind: no `auths`,
// only `credHelpers` naming a docker-credential-* program on PATH. The action finds it with no auth input.
const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());
const token = env.registries.token;

function loginActionLeftovers(): { dockerConfig: string; bin: string; log: string } {
  const dockerConfig = mkdtempSync(join(tmpdir(), 'pinship-credhelpers-'));
  const bin = mkdtempSync(join(tmpdir(), 'pinship-credhelper-bin-'));
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  // The docker-credential protocol: `get`, the server URL on stdin, JSON with Username/Secret on stdout.
  const helper = `#!/bin/sh
read server
echo "$1 $server" >> '${log}'
[ "$1" = get ] && [ "$server" = "${token.host}" ] || { echo "credentials not found in native keychain" >&2; exit 1; }
printf '{"ServerURL":"%s","Username":"${token.username}","Secret":"${token.password}"}' "$server"
`;
  writeFileSync(join(bin, 'docker-credential-pinship-e2e'), helper);
  chmodSync(join(bin, 'docker-credential-pinship-e2e'), 0o755);
  writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify({ credHelpers: { [token.host]: 'pinship-e2e' } }));
  return { dockerConfig, bin, log };
}

async function promoteInto(dest: Repository, path: string, dockerConfig: string) {
  const source = new Repository(new Registry(env.registries.plain.host), uniqueRepo('credhelper-src'));
  const pushed = await pushImage(client, source, { tag: 'v1' });
  const run = await runAction(
    { command: 'promote', source: `${source}:v1`, images: dest.toString(), tags: 'stable', 'expected-digest': pushed.digest.toString() },
    events.pushMain(),
    { DOCKER_CONFIG: dockerConfig, PATH: path, PINSHIP_CERTS_D: testCertsDir(env) },
  );
  return { run, digest: pushed.digest.toString() };
}

test('a credHelpers entry and its helper on PATH authenticate a push to a token registry', async () => {
  const { dockerConfig, bin, log } = loginActionLeftovers();
  const dest = new Repository(new Registry(token.host), uniqueRepo('credhelper-dst'));
  const { run, digest } = await promoteInto(dest, `${bin}:${process.env.PATH}`, dockerConfig);
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stdout + run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.outputs.digest).toBe(digest);
  expect((await client.resolve(dest.tag('stable'))).digest.toString()).toBe(digest);
  expect(readFileSync(log, 'utf8').split('\n')).toContain(`get ${token.host}`);
});

test('without the helper on PATH the same config gives no credential and the push is refused', async () => {
  const { dockerConfig } = loginActionLeftovers();
  const dest = new Repository(new Registry(token.host), uniqueRepo('credhelper-dst'));
  const { run } = await promoteInto(dest, process.env.PATH ?? '', dockerConfig);
  expect(run.code).not.toBe(0);
  await expect(client.resolve(dest.tag('stable'))).rejects.toThrow();
});
