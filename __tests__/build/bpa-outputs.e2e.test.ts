/**
 * build-push-action's `outputs` (type=local, type=tar) through dist/index.js with buildx on the
 * containerd-store engine (dockerd 26, BuildKit 0.13, which runs several exporters): the folder and
 * the tarball get the image's files while pinship's own export is still pushed; a dest outside the
 * workspace and RUNNER_TEMP stops the step before anything is built or pushed. RUN steps get
 * `network: none`: the test engines have no bridge network. On the classic engine (dockerd 20.10)
 * the step is refused before building: its BuildKit runs a single exporter.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const ws = mkdtempSync(join(tmpdir(), 'pinship-outputs-e2e-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
mkdirSync(join(ws, 'out'));
writeFileSync(join(ws, 'Dockerfile'), `FROM ${env.baseImage}\nRUN echo made-by-run > /made.txt\n`);

function step(repo: Repository, outputs: string, host = env.dockerHost26) {
  return runAction({ builder: 'buildx', network: 'none', images: repo.toString(), tags: 'type=raw,value=out', context: ws, outputs }, events.pushMain(), {
    ...builderEnv(env),
    DOCKER_HOST: host,
    GITHUB_WORKSPACE: ws,
  });
}

test('a local folder and a tarball of the image files, beside the push', async () => {
  const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('bpa-outputs'));
  const run = await step(repo, `type=local,dest=${join(ws, 'files')}\ntype=tar,dest=${join(ws, 'out', 'files.tar')}`);
  expect(run.code).toBe(0);
  expect(readFileSync(join(ws, 'files', 'made.txt'), 'utf8')).toBe('made-by-run\n');
  const listing = execFileSync('tar', ['-tf', join(ws, 'out', 'files.tar')], { encoding: 'utf8' }).split('\n');
  expect(listing).toContain('made.txt');
  const command = run.stderr.split('\n').find((l) => l.startsWith('[command]') && l.includes('buildx'));
  expect(command).toContain(`--output type=local,dest=${join(ws, 'files')}`);
  // The push still happened: the registry serves the tag at the digest the step reported.
  expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  const client = testClient(env);
  try {
    const pushed = await client.getManifest(repo, 'out');
    expect(pushed.digest.toString()).toBe(run.outputs.digest);
  } finally {
    client.close();
  }
});

test('a dest outside the workspace and RUNNER_TEMP: refused before the build, nothing written', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'pinship-outputs-outside-'));
  try {
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('bpa-outputs-refused'));
    const run = await step(repo, `type=tar,dest=${join(outside, 'x.tar')}`);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`::error::Invalid input 'outputs': 'type=tar,dest=${join(outside, 'x.tar')}'. Expected a dest inside the workspace`);
    expect(existsSync(join(outside, 'x.tar'))).toBe(false);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('[command]') && l.includes('buildx build'))).toEqual([]);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('dockerd 20.10: its BuildKit runs one exporter, so the step fails naming the input, and pushes nothing', async () => {
  const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('bpa-outputs-old'));
  const run = await step(repo, `type=local,dest=${join(ws, 'old')}`, env.dockerHost);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/::error::buildx cannot honour input 'outputs' with docker engine 20\.10\.\S+: its BuildKit 0\.\d+ runs one exporter/);
  expect(run.stderr.split('\n').filter((l) => l.startsWith('[command]') && l.includes('buildx build'))).toEqual([]);
  expect(existsSync(join(ws, 'old'))).toBe(false);
  const client = testClient(env);
  try {
    await expect(client.getManifest(repo, 'out')).rejects.toThrow();
  } finally {
    client.close();
  }
});
