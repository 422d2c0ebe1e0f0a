import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildxPlugin } from '../../src/commands/build/builders/buildx.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, postEntry, runAction } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testCertsDir } from '../helpers/registry.js';
import { expectNoSecret } from '../helpers/secrets.js';

/**
 * Credentials stay out of every tool's argv, live in a private docker config (0700 directory, 0600 file)
 * while the builder runs, and are gone afterwards, whether the build succeeded or failed.
 * (Credentials going only to their own registry, redirects included: __tests__/registry/hostile-registry.e2e.test.ts.)
 */
const env = loadTestEnv();
const b = env.registries.basic;
const t = env.registries.token;
const secrets = [
  b.password,
  t.password,
  Buffer.from(`${b.username}:${b.password}`).toString('base64'),
  Buffer.from(`${t.username}:${t.password}`).toString('base64'),
];
const base = `${b.host}/${env.baseRepository}:${env.baseTag}`;
const realDocker = execFileSync('sh', ['-c', 'command -v docker']).toString().trim();

const realBuildx = await buildxPlugin(process.env);

/**
 * Recording stand-ins for the tools pinship starts: a PATH entry whose `docker`, and a user docker config
 * whose buildx plugin (pinship starts the plugin binary directly where the CLI would find it), each record
 * their argv and the modes of the DOCKER_CONFIG they were given, then run the real tool.
 */
function recordingPath(): { path: string; log: string; dockerConfig: string } {
  const bin = mkdtempSync(join(tmpdir(), 'pinship-bin-'));
  const log = join(bin, 'argv.log');
  const record = `printf 'argv %s\\n' "$*" >> '${log}'\nif [ -n "$DOCKER_CONFIG" ] && [ -f "$DOCKER_CONFIG/config.json" ]; then echo "modes $(stat -c %a "$DOCKER_CONFIG") $(stat -c %a "$DOCKER_CONFIG/config.json")" >> '${log}'; fi\n`;
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\n${record}exec '${realDocker}' "$@"\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  const dockerConfig = mkdtempSync(join(tmpdir(), 'pinship-user-docker-'));
  if (realBuildx) {
    mkdirSync(join(dockerConfig, 'cli-plugins'));
    writeFileSync(join(dockerConfig, 'cli-plugins', 'docker-buildx'), `#!/bin/sh\n${record}exec '${realBuildx}' "$@"\n`);
    chmodSync(join(dockerConfig, 'cli-plugins', 'docker-buildx'), 0o755);
  }
  return { path: `${bin}:${process.env.PATH ?? ''}`, log, dockerConfig };
}

const auth = `- registry: ${b.host}\n  username: ${b.username}\n  password: ${b.password}\n${tokenRegistryAuth(env)}`;

test.each(['docker', 'buildx'])(
  '%s: a build with credentials shows no secret anywhere, passes none in argv, and keeps them in a private config gone afterwards',
  async (builder) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'pinship-temp-'));
    const rec = recordingPath();
    const workspace = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
    const digestFile = join(workspace, 'digest.json');
    const image = new Repository(new Registry(t.host), uniqueRepo(`secrets-${builder}`));
    const run = await runAction(
      {
        images: image.toString(),
        context: buildContext((p) => `FROM ${base}\nCOPY ${p} /p\n`),
        builder,
        pull: 'true',
        'registry-auth': auth,
        'digest-file': digestFile,
      },
      events.pushMain(),
      {
        DOCKER_HOST: env.dockerHost,
        DOCKER_CONFIG: rec.dockerConfig,
        PINSHIP_CERTS_D: testCertsDir(env),
        RUNNER_TEMP: runnerTemp,
        PATH: rec.path,
        GITHUB_WORKSPACE: workspace,
      },
    );
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(existsSync(digestFile)).toBe(true);
    expectNoSecret(run, secrets, [digestFile]);
    const log = readFileSync(rec.log, 'utf8');
    expect(log).toMatch(/^argv /m);
    // The build itself went through a recorder: `docker build ...`, or buildx's plugin started directly.
    expect(log).toMatch(/^argv (build|buildx build) /m);
    for (const s of secrets) expect(log.includes(s)).toBe(false);
    // Every docker call that had the private config saw it private.
    const modes = [...log.matchAll(/^modes (\d+) (\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['700 600']));
    expect(readdirSync(runnerTemp)).toEqual([]);
  },
  180_000,
);

test('a failed build shows no secret, passes none in argv, and leaves no private config once the post step has run', async () => {
  const rec = recordingPath();
  const image = new Repository(new Registry(t.host), uniqueRepo('secrets-failed'));
  const run = await runAction(
    {
      images: image.toString(),
      context: buildContext((p) => `FROM ${base}\nCOPY ${p} /p\nRUN exit 3\n`),
      builder: 'docker',
      pull: 'true',
      'registry-auth': auth,
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: testCertsDir(env), PATH: rec.path },
  );
  expect(run.code).toBe(1);
  expectNoSecret(run, secrets);
  for (const s of secrets) expect(readFileSync(rec.log, 'utf8').includes(s)).toBe(false);
  const post = await runAction({}, events.pushMain(), { RUNNER_TEMP: run.runnerTemp }, run.state, postEntry);
  expect(post.code).toBe(0);
  const own = new Set(run.runnerFiles.map((f) => f.slice(run.runnerTemp.length + 1)));
  expect(readdirSync(run.runnerTemp).filter((f) => !own.has(f))).toEqual([]);
}, 180_000);
