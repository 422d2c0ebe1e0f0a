import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promote } from '../../src/commands/promote/copy.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { Digest } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { parseSigningKey } from '../../src/signing/keys.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { uniqueRepo, type TestEnv } from '../helpers/env.js';
import { testCertsDir } from '../helpers/registry.js';
import { listFiles, substitute, type Values } from '../pin/fixtures.js';
import { promoteRequest, pushImage, pushIndex } from './fixtures.js';

/** staging/ pins images in the plain registry; production/ names their copies in the token and basic registries. */
export const FIXTURE = join(process.cwd(), '__tests__', 'fixtures', 'promote-env');
export const MAP = '__PLAIN__/__NS__/staging/ => __TOKEN__/__NS__/prod/\n__PLAIN__/__NS__/staging/cache => __BASIC__/__NS__/mirror/cache';
export const auth = (env: TestEnv): string =>
  (['basic', 'token'] as const)
    .map((k) => `- registry: ${env.registries[k].host}\n  username: ${env.registries[k].username}\n  password: ${env.registries[k].password}`)
    .join('\n');
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
export const signingKey = parseSigningKey(keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), '');

export function workspace(values: Values): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-release-'));
  for (const f of listFiles(join(FIXTURE, 'input'))) {
    mkdirSync(join(ws, f, '..'), { recursive: true });
    writeFileSync(join(ws, f), substitute(readFileSync(join(FIXTURE, 'input', f), 'utf8'), values));
  }
  return ws;
}

/** The staging images, pushed to the plain registry; `missing` names one left out (its digest then names nothing). */
export async function pushStaging(client: RegistryClient, env: TestEnv, missing?: string): Promise<Values> {
  const ns = uniqueRepo('release');
  const values: Values = { __PLAIN__: env.registries.plain.host, __TOKEN__: env.registries.token.host, __BASIC__: env.registries.basic.host, __NS__: ns };
  const repo = (name: string): Repository => new Repository(new Registry(env.registries.plain.host), `${ns}/staging/${name}`);
  const set = (name: string, digest: Digest): void => void (values[`__DIGEST_${name}__`] = digest.toString());
  set('web', (await pushIndex(client, repo('web'), { tag: '1.4' })).digest);
  const api = await pushImage(client, repo('api'), { tag: '2.0' });
  // Signed the way pinship signs (signing-key), in place: what a signed staging build looks like.
  await promote(client, promoteRequest(repo('api').digest(api.digest), [repo('api')], { signingKey }));
  set('api', api.digest);
  set('cache', (await pushImage(client, repo('cache'), { tag: '7', docker: true })).digest);
  set('worker', missing === 'worker' ? new Digest('sha256', randomBytes(32).toString('hex')) : (await pushImage(client, repo('worker'))).digest);
  return values;
}

export function runPromote(
  env: TestEnv,
  ws: string,
  values: Values,
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction(
    {
      command: 'promote',
      files: 'staging/**/*.yaml\nstaging/**/*.yml',
      map: substitute(MAP, values),
      'pin-files': 'production/**',
      tags: 'release-42',
      'registry-auth': auth(env),
      ...inputs,
    },
    events.pushMain(),
    { GITHUB_WORKSPACE: ws, PINSHIP_CERTS_D: testCertsDir(env), ...extraEnv },
  );
}
