/** The classic builder's argv (exact arrays) and what it refuses, and how the engine's image store is told. */
import { describe, expect, test } from '@jest/globals';
import { DockerBuilder, dockerArgs } from '../../src/commands/build/builders/docker.js';
import { isContainerdStore } from '../../src/commands/build/builders/engine-store.js';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import type { BuildSecret } from '../../src/commands/build/secrets.js';
import { BASE_REQUEST } from '../helpers/build-request.js';

const sec = (id: string, src: string): BuildSecret => ({ input: 'secrets', id, src });
const req = (over: Partial<BuildRequest> = {}): BuildRequest => ({ ...BASE_REQUEST, ...over });
const F = ['--file', '/ctx/Dockerfile'];

test('ssh with the classic builder is refused before docker starts, naming the input and the builder to use', async () => {
  await expect(new DockerBuilder().build(req({ ssh: ['default'] }))).rejects.toThrow(
    "Input 'builder: docker' (the classic builder) does not support ssh; use builder: buildx",
  );
});

describe('isContainerdStore (docker info DriverStatus)', () => {
  test.each<[string, unknown, boolean]>([
    ['dockerd 26 with containerd-snapshotter', [['driver-type', 'io.containerd.snapshotter.v1']], true],
    [
      'overlay2 graph driver',
      [
        ['Backing Filesystem', 'extfs'],
        ['Supports d_type', 'true'],
      ],
      false,
    ],
    ['no status at all', null, false],
  ])('%s', (_name, status, expected) => {
    expect(isContainerdStore(status)).toBe(expected);
  });
});

describe('dockerArgs (classic builder)', () => {
  test.each<[string, Partial<BuildRequest>, string[]]>([
    ['minimal', {}, ['build', ...F, '--iidfile', '/w/iid', '--', '/ctx']],
    ['a context that looks like an option stays an operand', { context: '-q' }, ['build', ...F, '--iidfile', '/w/iid', '--', '-q']],
    [
      'add-hosts, shm-size, ulimit: the classic builder has them too',
      { addHosts: ['docker:10.0.0.1'], shmSize: '64m', ulimits: ['nproc=64'] },
      ['build', ...F, '--add-host', 'docker:10.0.0.1', '--shm-size', '64m', '--ulimit', 'nproc=64', '--iidfile', '/w/iid', '--', '/ctx'],
    ],
    [
      'target, build-arg, label, no-cache, network, platform, cache-from, pull',
      {
        target: 't',
        buildArgs: { A: '1' },
        labels: { l: 'v' },
        noCache: true,
        network: 'none',
        platforms: ['linux/arm64'],
        cacheFrom: ['r/app:cache'],
        pull: true,
      },
      [
        'build',
        ...F,
        '--target',
        't',
        '--build-arg',
        'A=1',
        '--label',
        'l=v',
        '--no-cache',
        '--network',
        'none',
        '--platform',
        'linux/arm64',
        '--cache-from',
        'r/app:cache',
        '--pull',
        '--iidfile',
        '/w/iid',
        '--',
        '/ctx',
      ],
    ],
    // The builder refuses these before building; the argv carries none of them.
    [
      'no secrets, cache-to or attestation flags',
      { secrets: [sec('s', 'f')], cacheTo: ['ct'], provenance: true, sbom: true },
      ['build', ...F, '--iidfile', '/w/iid', '--', '/ctx'],
    ],
  ])('%s', (_name, over, argv) => {
    expect(dockerArgs(req(over))).toEqual(argv);
  });
});
