import { copyFileSync, existsSync, statSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { Repository, Registry } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

/** The post entry exactly as action.yml names it: the runner runs that file, whatever it is. */
const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { main: string; post: string; 'post-if'?: string } };
const postScript = join(process.cwd(), action.runs.post);

test('action.yml runs a post entry of its own, always, not the main bundle', () => {
  expect(action.runs.post).not.toBe(action.runs.main);
  expect(action.runs['post-if']).toBe('always()');
  expect(existsSync(postScript)).toBe(true);
});

test('post step without saved state (local runner, runner mishap) builds nothing, pushes nothing', async () => {
  const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('post-nostate'));
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\n`);
  const run = await runAction(
    { images: repo.toString(), context: ctx, builder: 'docker', command: 'build', push: 'true' },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost },
    {},
    postScript,
  );
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).not.toContain('[command]');
  expect(run.outputs).toEqual({});
  expect(run.summary).toBe('');
  expect(await tagsOf(client, repo)).toEqual([]);
});

test('post step removes the saved paths, and a garbled state removes nothing', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'pinship-post-'));
  const a = join(temp, 'pinship-build-a');
  const b = join(temp, 'pinship-build-b');
  mkdirSync(join(a, 'deep'), { recursive: true });
  writeFileSync(join(b), 'x');
  const garbled = await runAction({}, events.pushMain(), { RUNNER_TEMP: temp }, { cleanupPaths: `{"not":"a list"} ${a}` }, postScript);
  expect(garbled.code).toBe(0);
  expect(existsSync(a)).toBe(true);
  const run = await runAction({}, events.pushMain(), { RUNNER_TEMP: temp }, { cleanupPaths: JSON.stringify([a, b]) }, postScript);
  expect(run.code).toBe(0);
  expect(existsSync(a)).toBe(false);
  expect(existsSync(b)).toBe(false);
  expect(existsSync(temp)).toBe(true);
});

test('post step removes only what pinship makes, RUNNER_TEMP/pinship-*, whatever else its state names', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'pinship-post-'));
  const ours = join(temp, 'pinship-build-x');
  // Stand-ins for /etc and the checkout (the tests run as root: the real /etc is not put at risk).
  const etc = mkdtempSync(join(tmpdir(), 'etc-'));
  const ws = mkdtempSync(join(tmpdir(), 'workspace-'));
  const notOurs = join(temp, 'someone-else');
  for (const d of [ours, join(etc, 'passwd.d'), join(ws, '.git'), notOurs]) mkdirSync(d, { recursive: true });
  const named = [
    etc,
    ws,
    join(ws, '.git'),
    notOurs,
    temp,
    join(temp, 'pinship-build-x', '..', '..', basename(etc)),
    `${temp}/pinship-build-x/../someone-else`,
    'pinship-build-x',
    ours,
  ];
  const run = await runAction({}, events.pushMain(), { RUNNER_TEMP: temp, GITHUB_WORKSPACE: ws }, { cleanupPaths: JSON.stringify(named) }, postScript);
  expect(run.code).toBe(0);
  expect(existsSync(ours)).toBe(false);
  for (const kept of [join(etc, 'passwd.d'), join(ws, '.git'), notOurs, temp]) expect(existsSync(kept)).toBe(true);
  // Each path left alone is named in a warning.
  const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
  expect(warnings).toHaveLength(named.length - 1);
  expect(warnings[0]).toBe(`::warning::not removing '${etc}': pinship removes only what it created, ${temp}/pinship-*`);
});

test('with nothing to clean, the post entry loads no other file: it costs a bare Node start', async () => {
  // The entry alone, without its chunks or the main bundle: any load beyond it would fail the step.
  // .cjs: the bundles are CommonJS (scripts/build.mjs), and dist/package.json is not copied along.
  const alone = mkdtempSync(join(tmpdir(), 'pinship-post-alone-'));
  copyFileSync(postScript, join(alone, 'index.cjs'));
  const run = await runAction({ images: 'ghcr.io/acme/app' }, events.pushMain(), {}, {}, join(alone, 'index.cjs'));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  // Nor does it carry the runner toolkit inline (a megabyte to parse): only the cleanup code.
  expect(statSync(postScript).size).toBeLessThan(64 * 1024);
});
