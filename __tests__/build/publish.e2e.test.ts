import { afterAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

interface PushStats {
  repository: string;
  blobsUploaded: number;
  blobsMounted: number;
  blobsSkipped: number;
}

test('a build to two repositories on one registry: its push metadata counts each new blob uploaded once and mounted into the second', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  writeFileSync(join(ctx, 'payload.txt'), randomBytes(64).toString('hex'));
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
  const repos = [uniqueRepo('publish-a'), uniqueRepo('publish-b')].map((n) => new Repository(new Registry(env.registries.plain.host), n));
  const run = await runAction({ images: repos.join('\n'), context: ctx, builder: 'docker', tags: 'type=raw,value=v1' }, events.pushMain(), {
    DOCKER_HOST: env.dockerHost,
  });
  expect(run.code).toBe(0);
  const push = (JSON.parse(run.outputs.metadata) as { push: PushStats[] }).push;
  // The config and the one layer: new to the registry, sent once.
  expect(push[0]).toMatchObject({ repository: repos[0].toString(), blobsUploaded: 2, blobsMounted: 0 });
  expect(push[1]).toMatchObject({ repository: repos[1].toString(), blobsUploaded: 0, blobsMounted: 2 });
  for (const repo of repos) expect((await client.resolve(repo.tag('v1'))).digest.toString()).toBe(run.outputs.digest);
  // New repositories: the image and its tag are new in both.
  expect(run.outputs.changed).toBe('true');
});
