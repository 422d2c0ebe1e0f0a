import { join } from 'node:path';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv } from '../helpers/registry.js';

const env = loadTestEnv();

/** A build that must stop at its inputs: one error line, and no tool ever started. */
async function refused(inputs: Record<string, string>): Promise<string> {
  const image = `${env.registries.plain.host}/${uniqueRepo('early')}`;
  const run = await runAction({ images: image, builder: 'docker', ...inputs }, events.pushMain(), { DOCKER_HOST: env.dockerHost });
  expect(run.code).toBe(1);
  expect(run.stdout + run.stderr).not.toContain('[command]');
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  return errors[0].slice('::error::'.length);
}

test('a missing context is named before anything builds', async () => {
  const missing = join(
    buildContext(() => 'FROM scratch\n'),
    'nope',
  );
  expect(await refused({ context: missing })).toBe(`Invalid input 'context': '${missing}'. Expected a directory; nothing is there.`);
});

test('a missing Dockerfile is named before anything builds, default or given', async () => {
  const ctx = buildContext(() => 'FROM scratch\n');
  expect(await refused({ context: ctx, file: join(ctx, 'Containerfile') })).toBe(
    `Invalid input 'file': '${join(ctx, 'Containerfile')}'. Expected a Dockerfile; nothing is there.`,
  );
  const empty = join(ctx, '..');
  expect(await refused({ context: empty })).toContain(
    `Invalid input 'file': '${join(empty, 'Dockerfile')}'. Expected a Dockerfile (the default, <context>/Dockerfile); nothing is there.`,
  );
});

test('a misspelled placeholder fails naming the rule, even on a branch push where the rule yields nothing', async () => {
  const ctx = buildContext(() => 'FROM scratch\n');
  const error = await refused({ context: ctx, tags: 'type=ref,event=branch\ntype=semver,pattern={{verison}}' });
  expect(error).toMatch(
    /^Invalid input 'tags': Invalid tag rule 'type=semver,pattern=\{\{verison\}\}': unknown placeholder '\{\{verison\}\}' in pattern\. Expected one of \{\{raw\}\}, \{\{version\}\}/,
  );
});
