import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv } from '../helpers/registry.js';

const env = loadTestEnv();
const docker = (...args: string[]) => spawnSync('docker', ['-H', env.dockerHost, ...args], { encoding: 'utf8' });
const imageExists = (id: string): boolean => docker('image', 'inspect', id).status === 0;

test.each(['docker', 'buildx'])(
  '%s: a pushed image leaves no dangling image in the engine and no export in RUNNER_TEMP, before any post step',
  async (builder) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
    const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\n`);
    const image = `${env.registries.plain.host}/${uniqueRepo(`leftovers-${builder}`)}`;
    const run = await runAction({ images: image, context: ctx, builder }, events.pushMain(), { DOCKER_HOST: env.dockerHost, RUNNER_TEMP: runnerTemp });
    expect(run.code).toBe(0);
    expect(run.outputs.imageid).toMatch(/^sha256:/);
    expect(imageExists(run.outputs.imageid)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
  },
);

test('push: false keeps the image, tagged, as before', async () => {
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\n`);
  const image = `${env.registries.plain.host}/${uniqueRepo('leftovers-local')}`;
  const run = await runAction({ images: image, context: ctx, builder: 'docker', push: 'false' }, events.pushMain(), { DOCKER_HOST: env.dockerHost });
  expect(run.code).toBe(0);
  expect(
    execFileSync('docker', ['-H', env.dockerHost, 'image', 'inspect', '--format', '{{.Id}}', `${image}:main`])
      .toString()
      .trim(),
  ).toBe(run.outputs.imageid);
  docker('image', 'rm', `${image}:main`, `${image}:sha-a1b2c3d`);
});
