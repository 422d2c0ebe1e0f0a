/**
 * How source-date-epoch reaches each builder's argv, and how a BuildKit's support for it is told from
 * the version buildx or the docker engine reports. The builds themselves: reproducible.e2e.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildxArgs } from '../../src/commands/build/builders/buildx.js';
import { ociToolBuildArgs } from '../../src/commands/build/builders/buildah.js';
import { engineBuildkit, epochSupport, parseBuildkitVersion } from '../../src/commands/build/builders/buildkit-epoch.js';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import { committerTime } from '../../src/git/commit-time.js';
import type { GitContext } from '../../src/git/event.js';

const req = (over: Partial<BuildRequest> = {}): BuildRequest => ({
  context: '/ctx',
  file: '/ctx/Dockerfile',
  buildArgs: {},
  labels: {},
  target: '',
  platforms: [],
  secrets: [],
  buildContexts: [],
  noCacheFilters: [],
  cgroupParent: '',
  allow: [],
  outputs: [],
  cacheFrom: [],
  cacheTo: [],
  noCache: false,
  pull: false,
  network: '',
  ssh: [],
  addHosts: [],
  shmSize: '',
  ulimits: [],
  provenance: false,
  sbom: false,
  attests: [],
  buildxBuilder: '',
  push: true,
  load: false,
  workDir: '/w',
  env: {},
  sourceDateEpoch: 1700000000,
  ...over,
});

const after = (args: string[], flag: string): string[] => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));

test('buildx gets SOURCE_DATE_EPOCH as a build argument, and rewrite-timestamp on every exporter where its BuildKit can', () => {
  const layout = buildxArgs(req(), 'docker-container', false, true);
  expect(after(layout, '--build-arg')).toEqual(['SOURCE_DATE_EPOCH=1700000000']);
  expect(after(layout, '--output')).toEqual(['type=oci,dest=/w/oci,tar=false,rewrite-timestamp=true']);
  // Loaded too: `--load` spelled as the exporter it stands for, to carry the option.
  const both = buildxArgs(req({ load: true }), 'docker-container', false, true);
  expect(after(both, '--output')).toEqual(['type=oci,dest=/w/oci,tar=false,rewrite-timestamp=true', 'type=docker,rewrite-timestamp=true']);
  expect(both).not.toContain('--load');
  const old = buildxArgs(req({ load: true }), 'docker', false, false);
  expect(after(old, '--build-arg')).toEqual(['SOURCE_DATE_EPOCH=1700000000']);
  expect(old).toContain('--load');
  expect(buildxArgs(req({ sourceDateEpoch: undefined }), 'docker-container', false, false).join(' ')).not.toContain('SOURCE_DATE_EPOCH');
});

test('buildah and podman get --source-date-epoch with --rewrite-timestamp', () => {
  for (const tool of ['buildah', 'podman'] as const) {
    const args = ociToolBuildArgs(tool, req(), 'localhost/x');
    expect(args.slice(args.indexOf('--source-date-epoch'), args.indexOf('--source-date-epoch') + 3)).toEqual([
      '--source-date-epoch',
      '1700000000',
      '--rewrite-timestamp',
    ]);
    expect(args.indexOf('--source-date-epoch')).toBeLessThan(args.indexOf('--'));
  }
});

test("BuildKit's version from buildx inspect, or from the docker engine's release; what each does with SOURCE_DATE_EPOCH", () => {
  expect(parseBuildkitVersion('Name: b\nDriver: docker-container\n\nNodes:\nBuildKit version: v0.13.2\n')).toEqual([0, 13]);
  expect(parseBuildkitVersion('Buildkit:  v0.10.6\n')).toEqual([0, 10]);
  expect(parseBuildkitVersion('BuildKit version: v0.0.0+unknown\n')).toBeUndefined();
  expect(parseBuildkitVersion('Driver: docker\n')).toBeUndefined();
  expect(engineBuildkit('26.1.5+dfsg1')).toEqual([0, 13]);
  expect(engineBuildkit('28.0.1')).toEqual([0, 13]);
  expect(engineBuildkit('24.0.7')).toEqual([0, 11]);
  expect(engineBuildkit('20.10.24+dfsg1')).toEqual([0, 8]);
  expect(engineBuildkit('dev')).toBeUndefined();
  expect(epochSupport([0, 8], true)).toBe('none');
  expect(epochSupport([0, 11], true)).toBe('config');
  expect(epochSupport([0, 13], true)).toBe('rewrite');
  // The classic image store's exporter takes no rewrite-timestamp, whatever the BuildKit.
  expect(epochSupport([0, 13], false)).toBe('config');
  expect(epochSupport([1, 0], true)).toBe('rewrite');
});

describe("source-date-epoch: commit is the commit's committer time", () => {
  const ctx = (over: Partial<GitContext> = {}): GitContext => ({
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: '',
    repository: 'a/b',
    serverUrl: 'https://github.com',
    ...over,
  });

  test("git's own record, over a payload that says otherwise (the author's time differs too)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-commit-time-'));
    writeFileSync(join(dir, 'f'), 'x');
    const gitEnv = {
      ...process.env,
      GIT_AUTHOR_DATE: '1600000000 +0200',
      GIT_COMMITTER_DATE: '1700000000 +0100',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    const git = (...a: string[]): string => execFileSync('git', ['-C', dir, ...a], { env: gitEnv, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'c');
    const sha = git('rev-parse', 'HEAD');
    expect(await committerTime(dir, ctx({ sha, commitDate: new Date('2026-01-01T00:00:00Z') }))).toBe(1700000000);
  });

  test("the push payload's time of that commit where the checkout lacks it, else an error naming the input", async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pinship-commit-time-'));
    expect(await committerTime(empty, ctx({ sha: 'a'.repeat(40), commitDate: new Date('2023-11-14T22:13:20.900Z') }))).toBe(1700000000);
    await expect(committerTime(empty, ctx({ sha: 'a'.repeat(40) }))).rejects.toThrow(
      `Input 'source-date-epoch': 'commit' needs the time of commit ${'a'.repeat(40)}, which neither the checkout at ${empty} nor the event payload holds`,
    );
  });
});
