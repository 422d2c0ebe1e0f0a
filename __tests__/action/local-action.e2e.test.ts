import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { SHAS } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

/**
 * The action run by GitHub's own local runner (@github/local-action), with the arguments of
 * `npm run local-action`: it imports src/app/run.ts, calls run() with no argument, applies action.yml's
 * defaults to every input the .env file leaves out, then runs the post entry.
 */
const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['local-action'];

function localAction(vars: Record<string, string>): { code: number | null; out: string } {
  const dotenv = join(mkdtempSync(join(tmpdir(), 'pinship-dotenv-')), '.env');
  writeFileSync(
    dotenv,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  const [bin, ...args] = script.split(' ').map((a) => (a === '.env' ? dotenv : a));
  const r = spawnSync(join('node_modules', '.bin', bin), args, { env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

const event = { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHAS.SHA };

test('build, then promote, through local-action: only the inputs that differ from action.yml are given', async () => {
  const built = new Repository(new Registry(env.registries.plain.host), uniqueRepo('local-action'));
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\n`);
  // command, push, tags, referrers, concurrency, github-token ... come from action.yml's defaults.
  const build = localAction({ INPUT_IMAGES: built.toString(), INPUT_CONTEXT: ctx, INPUT_BUILDER: 'docker', DOCKER_HOST: env.dockerHost, ...event });
  expect(build.out).not.toMatch(/::error::|Error:/);
  expect(build.code).toBe(0);
  expect(build.out).toContain('Running Post Step');
  const digest = (await client.resolve(built.tag('main'))).digest;
  expect((await client.resolve(built.tag(`sha-${SHAS.SHA.slice(0, 7)}`))).digest.toString()).toBe(digest.toString());
  expect(build.out).toContain(digest.toString());

  const prod = new Repository(new Registry(env.registries.plain.host), uniqueRepo('local-action-prod'));
  const promote = localAction({ INPUT_COMMAND: 'promote', INPUT_SOURCE: `${built}:main`, INPUT_IMAGES: prod.toString(), INPUT_TAGS: 'stable', ...event });
  expect(promote.out).not.toMatch(/::error::|Error:/);
  expect(promote.code).toBe(0);
  expect((await client.resolve(prod.tag('stable'))).digest.toString()).toBe(digest.toString());
});

test('the post step run by local-action removes what a failed build left in RUNNER_TEMP', () => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\nRUN exit 3\n`);
  const image = `${env.registries.plain.host}/${uniqueRepo('local-action-failed')}`;
  const r = localAction({ INPUT_IMAGES: image, INPUT_CONTEXT: ctx, INPUT_BUILDER: 'docker', DOCKER_HOST: env.dockerHost, RUNNER_TEMP: runnerTemp, ...event });
  expect(r.out).toContain('returned a non-zero code: 3');
  expect(r.out).toContain('Running Post Step');
  expect(readdirSync(runnerTemp)).toEqual([]);
});

test(".env.example works as shipped: the README's first local run builds examples/demo and pushes it to the test registry", async () => {
  const example = readFileSync('.env.example', 'utf8');
  const vars = Object.fromEntries(
    example
      .split('\n')
      .filter((l) => /^[A-Z]/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  // The file names the README's environment; a test environment started elsewhere differs only in its socket.
  expect(vars).toMatchObject({ INPUT_CONTEXT: 'examples/demo', INPUT_IMAGES: '127.0.0.1:5000/acme/app' });
  const r = localAction({ ...vars, DOCKER_HOST: env.dockerHost, ...event });
  expect(r.out).not.toMatch(/::error::|Error:/);
  expect(r.code).toBe(0);
  const digest = (await client.resolve(new Repository(new Registry(env.registries.plain.host), 'acme/app').tag('main'))).digest;
  expect(r.out).toContain(digest.toString());
});
