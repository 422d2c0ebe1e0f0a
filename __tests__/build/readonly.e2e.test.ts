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

test('read-only credentials fail the push-access check before anything is built or written', async () => {
  const repo = new Repository(new Registry(t.host), uniqueRepo('readonly-build'));
  const run = await runAction(
    {
      images: repo.toString(),
      context: buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`),
      builder: 'docker',
      tags: 'type=raw,value=t',
      'registry-auth': `- registry: ${t.host}\n  username: ${t.readonlyUsername}\n  password: ${t.readonlyPassword}\n`,
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: testCertsDir(env) },
  );
  expect(run.code).toBe(1);
  expectNoSecret(run, [t.readonlyPassword]);
  expect(run.stdout).toMatch(new RegExp(`::error::.*check push access to ${repo.toString().replace(/[./]/g, '\\$&')}.*HTTP 40[13]`));
  // The builder was never started, and the registry holds nothing under the repository.
  expect(run.stdout).not.toContain('pinship: building with');
  expect(run.outputs.digest ?? '').toBe('');
  expect(await tagsOf(client, repo)).toEqual([]);
});
