import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const repo = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));
const labelMap = (lines: string): Record<string, string> =>
  Object.fromEntries(
    lines
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

test('promote sets the outputs build sets, with the same meaning; its summary lists tags and its log counts are the metadata', async () => {
  const built = repo('outputs-build');
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\n`);
  const build = await runAction({ images: built.toString(), context: ctx, builder: 'docker', labels: 'team=core' }, events.pushMain(), {
    DOCKER_HOST: env.dockerHost,
  });
  expect(build.code).toBe(0);
  const prod = repo('outputs-prod');
  const promote = await runAction({ command: 'promote', source: `${built}:main`, images: prod.toString(), tags: 'stable\n1.4.2' }, events.pushMain());
  expect(promote.code).toBe(0);
  expect(Object.keys(promote.outputs).sort()).toEqual(Object.keys(build.outputs).sort());
  expect(promote.outputs.digest).toBe(build.outputs.digest);
  expect(promote.outputs.version).toBe('stable');
  expect(promote.outputs.imageid).toBe(build.outputs.imageid);
  expect(JSON.parse(promote.outputs['platform-digests'])).toEqual(JSON.parse(build.outputs['platform-digests']));
  // The labels the image carries: build's own, read back from the destination.
  const labels = labelMap(promote.outputs.labels);
  for (const [k, v] of Object.entries(labelMap(build.outputs.labels))) expect(labels[k]).toBe(v);
  expect(labels.team).toBe('core');
  expect(promote.summary).toMatch(new RegExp(`\\| \`${prod}\` \\| \`stable\` \`1\\.4\\.2\` \\|`));
  const stats = (JSON.parse(promote.outputs.metadata) as { stats: { manifestsPushed: number; blobsCopied: number } }).stats;
  expect(promote.stdout + promote.stderr).toContain(`${stats.blobsCopied} blobs copied`);
  expect(promote.stdout + promote.stderr).toContain(`${stats.manifestsPushed} manifest writes (tags included)`);
});

test('meta writes a job summary with the tags it computed', async () => {
  const run = await runAction({ command: 'meta', images: 'ghcr.io/acme/app' }, events.pushTag('v1.2.3'));
  expect(run.code).toBe(0);
  expect(run.summary).toContain('### pinship meta');
  expect(run.summary).toContain('| `ghcr.io/acme/app` | `1.2.3` `1.2` `1` `v1.2.3` `sha-a1b2c3d` `latest` |');
});

test('a failed build writes a job summary: what failed, and what was left untouched', async () => {
  const image = repo('outputs-failed');
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\nRUN exit 3\n`);
  const run = await runAction({ images: image.toString(), context: ctx, builder: 'docker', network: 'none' }, events.pushMain(), {
    DOCKER_HOST: env.dockerHost,
  });
  expect(run.code).toBe(1);
  expect(run.summary).toContain('### pinship build failed');
  expect(run.summary).toContain("The command '/bin/sh -c exit 3' returned a non-zero code: 3");
  expect(run.summary).toContain(`**Left untouched:** Nothing was pushed: every tag of ${image} is as it was.`);
});

test('a refused promotion says in its summary that nothing was copied', async () => {
  const run = await runAction({ command: 'promote', source: `${repo('outputs-missing')}:nope`, images: repo('outputs-dest').toString() }, events.pushMain());
  expect(run.code).toBe(1);
  expect(run.summary).toContain('### pinship promote failed');
  expect(run.summary).toContain('**Left untouched:**');
});
