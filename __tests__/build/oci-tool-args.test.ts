/** buildah's and podman's argv (one builder for both tools), exact arrays as the tools read them. */
import { describe, expect, test } from '@jest/globals';
import { ociToolBuildArgs, ociToolPushArgs, type OciTool } from '../../src/commands/build/builders/buildah.js';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import type { BuildSecret } from '../../src/commands/build/secrets.js';
import { BASE_REQUEST } from '../helpers/build-request.js';

const sec = (id: string, src: string): BuildSecret => ({ input: 'secrets', id, src });
const req = (over: Partial<BuildRequest> = {}): BuildRequest => ({ ...BASE_REQUEST, ...over });
const F = ['--file', '/ctx/Dockerfile'];
const TWO = ['linux/amd64', 'linux/arm64'];

describe('ociToolBuildArgs (buildah, podman)', () => {
  const N = 'localhost/pinship-build-x';
  const IID = ['--iidfile', '/w/iid'];
  test.each<[OciTool, string, Partial<BuildRequest>, string[]]>([
    ['buildah', 'single platform: chroot isolation, tag, iidfile', {}, ['build', ...F, '--isolation', 'chroot', '--tag', N, ...IID, '--', '/ctx']],
    [
      'buildah',
      'ssh and add-hosts',
      { ssh: ['default'], addHosts: ['docker:10.0.0.1'] },
      ['build', ...F, '--add-host', 'docker:10.0.0.1', '--isolation', 'chroot', '--tag', N, '--ssh', 'default', ...IID, '--', '/ctx'],
    ],
    ['podman', 'single platform: its own isolation, no layer cache', {}, ['build', ...F, '--layers=false', '--tag', N, ...IID, '--', '/ctx']],
    [
      'buildah',
      'one explicit platform',
      { platforms: ['linux/arm64'] },
      ['build', ...F, '--isolation', 'chroot', '--platform', 'linux/arm64', '--tag', N, ...IID, '--', '/ctx'],
    ],
    [
      'podman',
      'one explicit platform, network none',
      { platforms: ['linux/arm64'], network: 'none' },
      ['build', ...F, '--network', 'none', '--layers=false', '--platform', 'linux/arm64', '--tag', N, ...IID, '--', '/ctx'],
    ],
    [
      'buildah',
      'multi-platform: a manifest list, no iidfile',
      { platforms: TWO },
      ['build', ...F, '--isolation', 'chroot', '--platform', 'linux/amd64,linux/arm64', '--manifest', N, '--', '/ctx'],
    ],
    [
      'podman',
      'multi-platform: a manifest list, no iidfile',
      { platforms: TWO, network: 'none' },
      ['build', ...F, '--network', 'none', '--layers=false', '--platform', 'linux/amd64,linux/arm64', '--manifest', N, '--', '/ctx'],
    ],
    [
      'podman',
      'cache-from/cache-to on one platform turn layers on',
      { cacheFrom: ['r/app-cache'], cacheTo: ['r/app-cache'] },
      ['build', ...F, '--layers', '--tag', N, '--cache-from', 'r/app-cache', '--cache-to', 'r/app-cache', ...IID, '--', '/ctx'],
    ],
    [
      'podman',
      'cache-from on several platforms keeps layers off',
      { platforms: TWO, cacheFrom: ['r/app-cache'] },
      ['build', ...F, '--layers=false', '--platform', 'linux/amd64,linux/arm64', '--manifest', N, '--cache-from', 'r/app-cache', '--', '/ctx'],
    ],
    [
      'buildah',
      'cache flags turn the layer cache on',
      { cacheFrom: ['r/app-cache'], cacheTo: ['r/app-cache'] },
      ['build', ...F, '--isolation', 'chroot', '--layers', '--tag', N, '--cache-from', 'r/app-cache', '--cache-to', 'r/app-cache', ...IID, '--', '/ctx'],
    ],
    [
      'buildah',
      'network none: default isolation, which allows it',
      { network: 'none' },
      ['build', ...F, '--network', 'none', '--tag', N, ...IID, '--', '/ctx'],
    ],
    [
      'buildah',
      'a context that looks like an option stays an operand',
      { context: '--isolation=rootless' },
      ['build', ...F, '--isolation', 'chroot', '--tag', N, ...IID, '--', '--isolation=rootless'],
    ],
    [
      'podman',
      'a context that looks like an option stays an operand',
      { context: '-v/:/host' },
      ['build', ...F, '--layers=false', '--tag', N, ...IID, '--', '-v/:/host'],
    ],
    [
      'buildah',
      'target, build-args, labels, no-cache, secrets, pull',
      { target: 't', buildArgs: { A: '1' }, labels: { l: 'v' }, noCache: true, secrets: [sec('a', 'f'), sec('b', 'g')], pull: true },
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
        '--isolation',
        'chroot',
        '--tag',
        N,
        '--secret',
        'id=a,src=f',
        '--secret',
        'id=b,src=g',
        '--pull=always',
        ...IID,
        '--',
        '/ctx',
      ],
    ],
    [
      'podman',
      'target, build-args, labels, no-cache, secrets, pull',
      { target: 't', buildArgs: { A: '1' }, labels: { l: 'v' }, noCache: true, secrets: [sec('a', 'f')], pull: true, network: 'none' },
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
        '--layers=false',
        '--tag',
        N,
        '--secret',
        'id=a,src=f',
        '--pull=always',
        ...IID,
        '--',
        '/ctx',
      ],
    ],
  ])('%s: %s', (tool, _name, over, argv) => {
    expect(ociToolBuildArgs(tool, req(over), N)).toEqual(argv);
  });

  test.each<[OciTool, string[], string[]]>([
    ['buildah', [], ['push', N, 'oci:/w/oci']],
    ['podman', [], ['push', N, 'oci:/w/oci']],
    ['buildah', ['linux/arm64'], ['push', N, 'oci:/w/oci']],
    ['podman', ['linux/arm64'], ['push', N, 'oci:/w/oci']],
    ['buildah', TWO, ['manifest', 'push', '--all', N, 'oci:/w/oci']],
    ['podman', TWO, ['manifest', 'push', '--all', N, 'oci:/w/oci']],
  ])('ociToolPushArgs %s, platforms %j', (tool, platforms, argv) => {
    expect(ociToolPushArgs(tool, req({ platforms }), N)).toEqual(argv);
  });
});
