import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Digest } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { cosign } from '../signing/cosign.js';

/**
 * The runner starts dist/ with the Node major action.yml's `runs.using` names, not with the Node
 * these tests run on. These runs go through that Node (the official build, env.json node24): a
 * build that signs and pushes, its post step, a promote and a verify, each as the runner runs it.
 */
const env = loadTestEnv();
const client = testClient(env);
const tool = cosign(env);
afterAll(() => client.close());

const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string; main: string; post: string } };
const entry = (file: string): string => join(process.cwd(), file);
const PASSWORD = 'node twenty-four';

/** Anything Node prints about the bundle itself: a deprecated API or an experimental feature it uses. */
const nodeWarnings = (r: ActionRun): string[] =>
  (r.stdout + r.stderr).split('\n').filter((l) => /\((node|Use `node)|DeprecationWarning|ExperimentalWarning/.test(l));

test('the Node these runs use is the major action.yml declares', () => {
  const major = /^node(\d+)$/.exec(action.runs.using)?.[1];
  expect(major).toBeDefined();
  const version = execFileSync(env.node24, ['--version'], { encoding: 'utf8' }).trim();
  expect(version.split('.')[0]).toBe(`v${major}`);
  expect(process.version.split('.')[0]).not.toBe(`v${major}`);
});

test('build, its post step, promote and verify run on that Node as on the tests’ own', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const name = uniqueRepo('node24');
  const repo = new Repository(new Registry(env.registries.plain.host), name);
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const built = await runAction(
    { images: repo.toString(), context: ctx, builder: 'docker', tags: 'type=raw,value=v1', 'signing-key': keys.key, 'signing-key-password': PASSWORD },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost },
    {},
    entry(action.runs.main),
    env.node24,
  );
  expect(built.code).toBe(0);
  expect(nodeWarnings(built)).toEqual([]);
  const digest = Digest.parse(built.outputs.digest);
  expect((await client.resolve(repo.tag('v1'))).digest.toString()).toBe(digest.toString());
  expect((await tool.verify(`${repo}@${digest}`, keys.pub)).code).toBe(0);

  // The post step gets the main step's saved state, as the runner passes it, and removes what it names.
  const paths = JSON.parse(built.state.cleanupPaths ?? '[]') as string[];
  const leftover = join(built.runnerTemp, 'pinship-build-node24');
  mkdirSync(leftover);
  const post = await runAction(
    {},
    events.pushMain(),
    { RUNNER_TEMP: built.runnerTemp },
    { cleanupPaths: JSON.stringify([...paths, leftover]) },
    entry(action.runs.post),
    env.node24,
  );
  expect(post.code).toBe(0);
  expect(nodeWarnings(post)).toEqual([]);
  expect(existsSync(leftover)).toBe(false);

  const prod = new Repository(new Registry(env.registries.plain.host), `${name}-prod`);
  const promoted = await runAction(
    { command: 'promote', source: `${repo}:v1`, images: prod.toString(), tags: 'stable', 'public-key': keys.pub, 'require-signature': 'true' },
    events.pushMain(),
    {},
    {},
    entry(action.runs.main),
    env.node24,
  );
  expect(promoted.code).toBe(0);
  expect(nodeWarnings(promoted)).toEqual([]);
  expect((await client.resolve(prod.tag('stable'))).digest.toString()).toBe(digest.toString());

  const ws = mkdtempSync(join(tmpdir(), 'pinship-node24-'));
  mkdirSync(join(ws, 'k8s'));
  const pod = (image: string): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`;
  const verify = (file: string): Promise<ActionRun> =>
    runAction(
      { command: 'verify', files: file, 'public-key': keys.pub, 'require-signature': 'true' },
      events.pushMain(),
      { GITHUB_WORKSPACE: ws },
      {},
      entry(action.runs.main),
      env.node24,
    );
  writeFileSync(join(ws, 'k8s', 'pinned.yaml'), pod(`${prod}@${digest}`));
  writeFileSync(join(ws, 'k8s', 'floating.yaml'), pod(`${prod}:stable`));
  const pinned = await verify('k8s/pinned.yaml');
  expect(pinned.code).toBe(0);
  expect(nodeWarnings(pinned)).toEqual([]);
  const floating = await verify('k8s/floating.yaml');
  expect(floating.code).not.toBe(0);
  expect(floating.stdout + floating.stderr).toContain('::error file=k8s/floating.yaml,line=7,');
}, 180_000);
