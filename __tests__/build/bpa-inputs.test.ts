/**
 * build-contexts, no-cache-filters, cgroup-parent and allow: parsed as docker/build-push-action lists
 * them, spelled into each builder's argv, and refused by a builder that cannot honour them.
 */
import { describe, expect, test } from '@jest/globals';
import { parseBuildContext, readBpaBuildInputs } from '../../src/commands/build/bpa-inputs.js';
import { buildxArgs } from '../../src/commands/build/builders/buildx.js';
import { dockerArgs } from '../../src/commands/build/builders/docker.js';
import { ociToolBuildArgs } from '../../src/commands/build/builders/buildah.js';
import { unsupportedInputs } from '../../src/commands/build/builders/support.js';
import type { BuilderName, BuildRequest } from '../../src/commands/build/builders/types.js';
import { buildRequest } from '../helpers/build-request.js';
import { inputsRuntime } from '../helpers/runtime.js';

const req = buildRequest;

describe('readBpaBuildInputs', () => {
  test("build-push-action's CI values", () => {
    const rt = inputsRuntime({
      'build-contexts': 'alpine=docker-image://localhost:5000/my-base-image:latest\nsrc=./other\n"quoted=oci-layout://./layout,with comma"',
      'no-cache-filters': 'build',
      'cgroup-parent': 'foo',
      allow: 'network.host, security.insecure',
    });
    expect(readBpaBuildInputs(rt)).toEqual({
      buildContexts: [
        { name: 'alpine', value: 'docker-image://localhost:5000/my-base-image:latest' },
        { name: 'src', value: './other' },
        { name: 'quoted', value: 'oci-layout://./layout,with comma' },
      ],
      noCacheFilters: ['build'],
      cgroupParent: 'foo',
      allow: ['network.host', 'security.insecure'],
      outputs: [],
    });
  });

  test.each<[string, string]>([
    ['docker.io/library/alpine:3.19=docker-image://127.0.0.1:5000/a@sha256:' + 'a'.repeat(64), 'docker-image://127.0.0.1:5000/a@sha256:' + 'a'.repeat(64)],
    ['src=https://example.com/src.tar', 'https://example.com/src.tar'],
  ])('build-contexts %s', (entry, value) => {
    expect(parseBuildContext(entry).value).toBe(value);
  });

  test.each<[Record<string, string>, string]>([
    [{ 'build-contexts': 'no-equals' }, "Invalid input 'build-contexts': 'no-equals'. Expected name=docker-image://image"],
    [{ 'build-contexts': '=./dir' }, "Invalid input 'build-contexts': '=./dir'."],
    [{ 'build-contexts': 'a=dockr-image://x' }, "Invalid input 'build-contexts': 'a=dockr-image://x'."],
    [{ 'build-contexts': 'alpine=target:base' }, 'target: names another docker buildx bake target'],
    [{ 'build-contexts': 'a={{defaultContext}}:sub' }, '{{defaultContext}} (its Git context) has no equivalent'],
    [{ 'no-cache-filters': 'build stage' }, "Invalid input 'no-cache-filters': 'build stage'. Expected build stage names"],
    [{ allow: 'network host' }, "Invalid input 'allow': 'network host'. Expected BuildKit entitlements"],
    [{ 'cgroup-parent': '--privileged' }, "Invalid input 'cgroup-parent': '--privileged'. Expected a cgroup path"],
  ])('refused (row %#): %s', (inputs, message) => {
    expect(() => readBpaBuildInputs(inputsRuntime(inputs))).toThrow(message);
  });
});

const ALL: Partial<BuildRequest> = {
  buildContexts: [{ name: 'alpine', value: 'docker-image://r/base:1' }],
  noCacheFilters: ['build'],
  cgroupParent: 'foo',
  allow: ['network.host'],
  secrets: [{ input: 'secrets', id: 'S', src: '/w/secrets/0' }],
};

describe('argv', () => {
  test('buildx: each input as its buildx flag', () => {
    expect(buildxArgs(req(ALL), 'docker')).toEqual([
      'buildx',
      'build',
      '--file',
      '/ctx/Dockerfile',
      '--cgroup-parent',
      'foo',
      '--build-context',
      'alpine=docker-image://r/base:1',
      '--no-cache-filter',
      'build',
      '--allow',
      'network.host',
      '--secret',
      'id=S,src=/w/secrets/0',
      '--provenance=false',
      '--sbom=false',
      '--iidfile',
      '/w/iid',
      '--metadata-file',
      '/w/metadata.json',
      '--load',
      '--',
      '/ctx',
    ]);
  });

  test('buildah: build contexts, secrets and cgroup-parent', () => {
    const { noCacheFilters: _n, allow: _a, ...rest } = ALL;
    expect(ociToolBuildArgs('buildah', req(rest), 'localhost/x')).toEqual([
      'build',
      '--file',
      '/ctx/Dockerfile',
      '--cgroup-parent',
      'foo',
      '--isolation',
      'chroot',
      '--tag',
      'localhost/x',
      '--build-context',
      'alpine=docker-image://r/base:1',
      '--secret',
      'id=S,src=/w/secrets/0',
      '--iidfile',
      '/w/iid',
      '--',
      '/ctx',
    ]);
  });

  test('classic docker builder: cgroup-parent', () => {
    expect(dockerArgs(req({ cgroupParent: 'foo' }))).toEqual([
      'build',
      '--file',
      '/ctx/Dockerfile',
      '--cgroup-parent',
      'foo',
      '--iidfile',
      '/w/iid',
      '--',
      '/ctx',
    ]);
  });
});

describe('unsupportedInputs: each names the input and the builders that have it', () => {
  test.each<[BuilderName, Partial<BuildRequest>, string[]]>([
    ['buildx', ALL, []],
    [
      'docker',
      { ...ALL, secrets: [{ input: 'secret-files', id: 'S', src: '/f' }] },
      [
        "'secret-files' (build secrets: buildx, buildah, podman)",
        "'build-contexts' (buildx; buildah and podman for directories, URLs and docker-image://)",
        "'no-cache-filters' (buildx)",
        "'allow' (BuildKit entitlements: buildx)",
      ],
    ],
    ['docker', { cgroupParent: 'foo' }, []],
    ['buildah', { buildContexts: ALL.buildContexts, secrets: ALL.secrets, cgroupParent: 'foo' }, []],
    [
      'podman',
      {
        buildContexts: [
          { name: 'l', value: 'oci-layout://./l' },
          { name: 'd', value: './dir' },
        ],
      },
      ["'build-contexts' with l=oci-layout://./l (oci-layout:// contexts: buildx)"],
    ],
    ['buildah', { secrets: [{ input: 'secret-files', id: 'S', src: '/a,b' }] }, ["'secret-files' with a comma in the path /a,b (buildx)"]],
  ])('%s (row %#)', (builder, over, expected) => {
    expect(unsupportedInputs(builder, req(over))).toEqual(expected);
  });
});
