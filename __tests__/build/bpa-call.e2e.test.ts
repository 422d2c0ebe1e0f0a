/**
 * `call` through dist/index.js, on build-push-action's test/ Dockerfiles (the fixtures of
 * bpa-replay.e2e.test.ts, changed in the copy as __tests__/fixtures/build-push-action/NOTE.md says),
 * on the containerd-store engine (dockerd 26, BuildKit 0.13). --call came in buildx 0.15 and this
 * machine's buildx is Debian trixie's 0.13, so the calls run with Debian unstable's buildx (env.json
 * `buildxCall`), put in a private DOCKER_CONFIG's cli-plugins where pinship finds its plugin; the
 * refusal runs with the system's 0.13. BuildKit 0.13 answers outline and targets. It has no lint
 * (`check`, BuildKit 0.14): buildx then pulls docker/dockerfile:1.8.1 from Docker Hub as the
 * frontend, which no test here may reach, so build-push-action's call-check job cannot run (see
 * bpa-replay.e2e.test.ts); its failing step is shown here with buildx's output imitated.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'build-push-action', 'test');
const root = mkdtempSync(join(tmpdir(), 'pinship-bpa-call-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The job's checkout: the fixtures with NOTE.md's changes (no `# syntax`, FROM the local base). */
const testDir = join(root, 'test');
cpSync(FIXTURES, testDir, { recursive: true });
for (const name of ['secret.Dockerfile', 'nocachefilter.Dockerfile']) {
  const path = join(testDir, name);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace(/^# syntax=.*\n/m, '')
      .replace(/^FROM (busybox|alpine|debian)\b/gm, `FROM ${env.baseImage}`),
  );
}

/** A DOCKER_CONFIG whose cli-plugins hold `plugin` as docker-buildx. */
function dockerConfig(name: string, plugin: (dir: string) => void): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'cli-plugins'), { recursive: true });
  plugin(join(dir, 'cli-plugins', 'docker-buildx'));
  return dir;
}
const withCall = dockerConfig('config-call', (p) => symlinkSync(env.buildxCall, p));

const repo = (): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo('bpa-call'));

function step(inputs: Record<string, string>, config: string | null = withCall): Promise<ActionRun> {
  const runner = { ...builderEnv(env), DOCKER_HOST: env.dockerHost26, ...(config ? { DOCKER_CONFIG: config } : {}) };
  return runAction({ builder: 'buildx', context: testDir, ...inputs }, events.pushMain(), runner);
}

/** The step's log lines that are not workflow commands. */
const logLines = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => !l.startsWith('::'));

/** Nothing reached the registry: the repository has no tag at all. */
async function expectNothingPushed(target: Repository): Promise<void> {
  const client = testClient(env);
  try {
    await expect(client.listTags(target)).rejects.toThrow(/404/);
  } finally {
    client.close();
  }
}

test("call: outline on the secret job's Dockerfile prints its secret, pushes nothing and says so in metadata", async () => {
  const target = repo();
  const run = await step({ images: target.toString(), file: join(testDir, 'secret.Dockerfile'), call: 'outline' });
  expect(run.code).toBe(0);
  expect(logLines(run)).toEqual(expect.arrayContaining(['SECRET     REQUIRED', 'MYSECRET   ']));
  expect(JSON.parse(run.outputs.metadata)).toMatchObject({ call: 'outline', builder: 'buildx', result: { secrets: [{ name: 'MYSECRET' }] } });
  expect(run.outputs.digest ?? '').toBe('');
  const command = run.stderr.split('\n').find((l) => l.startsWith('[command]') && l.includes(' build '));
  expect(command).toContain('--call outline');
  expect(command).not.toMatch(/--output|--load|--push|--iidfile/);
  await expectNothingPushed(target);
});

test("call: targets on the no-cache-filters job's Dockerfile lists its stages; images may be left out", async () => {
  const run = await step({ file: join(testDir, 'nocachefilter.Dockerfile'), call: 'targets' });
  expect(run.code).toBe(0);
  expect(logLines(run)).toEqual(expect.arrayContaining(['TARGET    DESCRIPTION', 'base      ', 'build     ', '(default) ']));
  const result = (JSON.parse(run.outputs.metadata) as { result: { targets: Array<{ name?: string; default?: boolean }> } }).result;
  expect(result.targets.map((t) => t.name ?? (t.default ? '(default)' : ''))).toEqual(['base', 'build', '(default)']);
});

test('the answer quotes the Dockerfile, and reaches the log escaped: a default value the runner would read as a command is not one', async () => {
  const ctx = join(root, 'inject');
  mkdirSync(ctx, { recursive: true });
  writeFileSync(join(ctx, 'Dockerfile'), `ARG TARGET_ENV=##[error]injected\nFROM ${env.baseImage}\nARG TARGET_ENV\nRUN true\n`);
  const run = await step({ context: ctx, call: 'outline' });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^TARGET_ENV +##\\\[error\]injected +$/m);
  expect(run.stdout).not.toContain('##[error]');
});

test("check's warnings fail the step with buildx's first line, as build-push-action fails it; the warnings are printed", async () => {
  // Imitates buildx 0.15+ on a BuildKit with lint (0.14+, which this engine lacks) checking
  // build-push-action's lint.Dockerfile: the warnings on stdout in buildx's form, exit status 1.
  // Everything else (version, the other calls) is the real buildx.
  const fake = dockerConfig('config-check', (p) => {
    const warnings = [
      'Check complete, 2 warnings have been found!',
      '',
      'WARNING: StageNameCasing - https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
      "Stage name 'base' should be lowercase",
      '',
      'WARNING: MaintainerDeprecated - https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
      'Maintainer instruction is deprecated in favor of using label',
    ].join('\n');
    writeFileSync(p, `#!/bin/sh\ncase " $* " in *" --call check "*) cat <<'EOF'\n${warnings}\nEOF\nexit 1;; esac\nexec ${env.buildxCall} "$@"\n`);
    chmodSync(p, 0o755);
  });
  const target = repo();
  const run = await step({ images: target.toString(), file: join(testDir, 'secret.Dockerfile'), call: 'check' }, fake);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain('::error::call check: Check complete, 2 warnings have been found!');
  expect(logLines(run)).toEqual(expect.arrayContaining(['WARNING: StageNameCasing - https://docs.docker.com/go/dockerfile/rule/stage-name-casing/']));
  await expectNothingPushed(target);
});

test("this machine's buildx 0.13 has no --call: refused in one line before buildx is asked to build anything", async () => {
  const target = repo();
  const run = await step({ images: target.toString(), file: join(testDir, 'secret.Dockerfile'), call: 'outline' }, null);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/^::error::Input 'call: outline' needs buildx 0\.15 or later \(its --call\); this runner's buildx is 0\.1[0-4]\.\d+$/m);
  expect(run.stderr).not.toMatch(/^\[command\].* build /m);
  await expectNothingPushed(target);
});

test('the classic builder refuses call, naming the builder that has it', async () => {
  const run = await step({ builder: 'docker', file: join(testDir, 'secret.Dockerfile'), call: 'targets' });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(
    "::error::builder: docker (the classic builder) cannot honour input 'call' (buildx 0.15 or later). The builders in parentheses can.",
  );
  expect(run.stderr).not.toContain('[command]docker build');
});
