import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext, builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';

const env = loadTestEnv();
const b = env.registries.basic;
/** The base image as it sits in the registry behind basic auth: the builder must log in to pull it. */
const base = `${b.host}/${env.baseRepository}:${env.baseTag}`;
const runnerEnv = builderEnv(env);

describe.each(['docker', 'buildah'])('a base image behind authentication, builder %s', (builder) => {
  const inputs = (extra: Record<string, string>) => ({
    images: new Repository(new Registry(env.registries.plain.host), uniqueRepo(`base-auth-${builder}`)).toString(),
    context: buildContext((payload) => `FROM ${base}\nCOPY ${payload} /payload.txt\n`),
    builder,
    pull: 'true',
    tags: 'type=raw,value=t',
    ...extra,
  });

  test('is pulled with the registry-auth credentials, given to the builder in a private config that is gone afterwards', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
    const run = await runAction(
      inputs({ 'registry-auth': `- registry: ${b.host}\n  username: ${b.username}\n  password: ${b.password}\n` }),
      events.pushMain(),
      { ...runnerEnv, RUNNER_TEMP: runnerTemp },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expectNoSecret(run, [b.password, Buffer.from(`${b.username}:${b.password}`).toString('base64')]);
    // The private config lived in the build's directory under RUNNER_TEMP, removed once the push was verified.
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test('fails without them (so the credentials above were what made it work)', async () => {
    const run = await runAction(inputs({}), events.pushMain(), runnerEnv);
    expect(run.code).toBe(1);
    // dockerd, refused anonymously, retries the insecure-listed registry over HTTP and reports that
    // connection instead of the 401; either way the error names the base image's registry or the refusal.
    expect(run.stdout).toMatch(new RegExp(`::error::.*(401|unauthorized|authentication required|${b.host.replace(/\./g, '\\.')})`, 'i'));
  });
});
