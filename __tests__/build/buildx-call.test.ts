/**
 * `call` (build-push-action's, buildx's --call): how the input is read, the argv it becomes (exact
 * arrays, beside buildx-args.test.ts's build argv), the buildx version it needs, what fails the step,
 * and its refusal by the builders without it. The calls themselves: bpa-call.e2e.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import { buildxCallArgs, callFailure, callVersionProblem, parseBuildxVersion } from '../../src/commands/build/call.js';
import { parseCall, type BuildCall } from '../../src/commands/build/call-input.js';
import { checkSupport, unsupportedInputs } from '../../src/commands/build/builders/support.js';
import { readBuildSettings } from '../../src/commands/build/settings.js';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import { buildRequest } from '../helpers/build-request.js';
import { inputsRuntime } from '../helpers/runtime.js';

const call = (spec: string): BuildCall => parseCall(spec)!;

describe('parseCall', () => {
  test.each<[string, BuildCall | undefined]>([
    ['', undefined],
    ['build', undefined],
    ['check', { name: 'check', json: false, ignoreStatus: false, spec: 'check' }],
    ['outline', { name: 'outline', json: false, ignoreStatus: false, spec: 'outline' }],
    ['targets', { name: 'targets', json: false, ignoreStatus: false, spec: 'targets' }],
    [' check , format=json ', { name: 'check', json: true, ignoreStatus: false, spec: 'check,format=json' }],
    ['format=JSON,targets', { name: 'targets', json: true, ignoreStatus: false, spec: 'targets,format=json' }],
    ['check,format=text,ignorestatus=true', { name: 'check', json: false, ignoreStatus: true, spec: 'check,ignorestatus=true' }],
    ['outline,ignorestatus=false', { name: 'outline', json: false, ignoreStatus: false, spec: 'outline' }],
  ])('%j', (value, expected) => {
    expect(parseCall(value)).toEqual(expected);
  });

  const EXPECTED =
    "Expected check, outline or targets, optionally with buildx's ,format=json or ,ignorestatus=true (check,format=json); build (or nothing) builds.";
  test.each<[string, string]>([
    ['lint', `Invalid input 'call': 'lint'. ${EXPECTED}`],
    ['Check', `Invalid input 'call': 'Check'. ${EXPECTED}`],
    ['check,outline', `Invalid input 'call': 'check,outline'. ${EXPECTED}`],
    ['format=json', `Invalid input 'call': 'format=json'. ${EXPECTED}`],
    ['check,format=yaml', `Invalid input 'call': 'check,format=yaml'. ${EXPECTED}`],
    ['targets,ignorestatus=maybe', `Invalid input 'call': 'targets,ignorestatus=maybe'. ${EXPECTED}`],
    ['check --push', `Invalid input 'call': 'check --push'. ${EXPECTED}`],
    [
      'check,error=true',
      `Invalid input 'call': 'check,error=true'. ${EXPECTED.slice(0, -1)}. To fail on a check's warnings write '# check=error=true' at the top of the Dockerfile.`,
    ],
  ])('%j is refused naming the input and the forms', (value, message) => {
    expect(() => parseCall(value)).toThrow(message);
  });
});

describe('buildxCallArgs', () => {
  const F = ['--file', '/ctx/Dockerfile'];
  const TAIL = ['--metadata-file', '/w/metadata.json', '--', '/ctx'];
  test.each<[string, Partial<BuildRequest>, string, string[]]>([
    ['the plain call', {}, 'outline', ['buildx', 'build', ...F, '--call', 'outline', ...TAIL]],
    [
      'format and ignorestatus as buildx reads them',
      {},
      'check,format=json,ignorestatus=true',
      ['buildx', 'build', ...F, '--call', 'check,format=json,ignorestatus=true', ...TAIL],
    ],
    [
      'what is evaluated goes with it: builder, target, build-args, platforms, named contexts, secrets, pull',
      {
        buildxBuilder: 'ci',
        target: 'build',
        buildArgs: { A: '1' },
        platforms: ['linux/amd64', 'linux/arm64'],
        buildContexts: [{ name: 'alpine', value: 'docker-image://127.0.0.1:5000/base' }],
        secrets: [{ input: 'secrets', id: 'MYSECRET', src: '/w/secrets/0' }],
        pull: true,
      },
      'targets',
      [
        'buildx',
        'build',
        '--builder',
        'ci',
        ...F,
        '--target',
        'build',
        '--build-arg',
        'A=1',
        '--platform',
        'linux/amd64,linux/arm64',
        '--build-context',
        'alpine=docker-image://127.0.0.1:5000/base',
        '--secret',
        'id=MYSECRET,src=/w/secrets/0',
        '--pull',
        '--call',
        'targets',
        ...TAIL,
      ],
    ],
    [
      'nothing that makes or records an image: no exporter, load, iidfile, cache export or attestation',
      { push: true, load: true, cacheTo: ['type=inline'], provenance: true, sbom: true, attests: ['type=sbom'], outputs: [{ type: 'local', dest: '/o' }] },
      'check',
      ['buildx', 'build', ...F, '--call', 'check', ...TAIL],
    ],
  ])('%s', (_name, over, spec, expected) => {
    expect(buildxCallArgs(buildRequest(over), call(spec))).toEqual(expected);
  });
});

describe('the buildx version call needs', () => {
  test.each<[string, [number, number, number] | undefined]>([
    ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', [0, 13, 1]],
    ['github.com/docker/buildx 0.29.1+ds1 0.29.1+ds1-4', [0, 29, 1]],
    ['github.com/docker/buildx v0.15.1 1c1b0ac', [0, 15, 1]],
    ['github.com/docker/buildx v0.14.0-desktop.1 abc', [0, 14, 0]],
    ['github.com/docker/buildx 7e2c8fd 7e2c8fd', undefined],
  ])('%s', (out, version) => {
    expect(parseBuildxVersion(`${out}\n`)).toEqual(version);
  });

  test('0.14 and older are refused in one line naming the input, the version found and the version needed', () => {
    expect(callVersionProblem(call('outline'), [0, 13, 1])).toBe(
      "Input 'call: outline' needs buildx 0.15 or later (its --call); this runner's buildx is 0.13.1",
    );
    expect(callVersionProblem(call('check,format=json'), [0, 14, 9])).toBe(
      "Input 'call: check,format=json' needs buildx 0.15 or later (its --call); this runner's buildx is 0.14.9",
    );
  });

  test.each<[string, [number, number, number] | undefined]>([
    ['0.15.0', [0, 15, 0]],
    ['0.29.1', [0, 29, 1]],
    ['1.0.0', [1, 0, 0]],
    ['a build that names no release', undefined],
  ])('%s goes ahead', (_name, version) => {
    expect(callVersionProblem(call('targets'), version)).toBeUndefined();
  });
});

describe('callFailure', () => {
  const err = 'ERROR: failed to solve: unsupported request frontend.lint\n(docker-buildx build exited with code 1)';
  test("check's warnings: build-push-action's message, stdout's first line", () => {
    const stdout = 'Check complete, 2 warnings have been found!\n\nWARN: StageNameCasing - ...\n';
    expect(callFailure(call('check'), stdout, err)).toBe('call check: Check complete, 2 warnings have been found!');
  });
  test("check in JSON: the answer is above, buildx's exit named", () => {
    expect(callFailure(call('check,format=json'), '{"warnings":[]}\n', err)).toBe(`call check,format=json: the answer above has a failing status (${err})`);
  });
  test("nothing on stdout, or another call: buildx's own error", () => {
    expect(callFailure(call('check'), '', err)).toBe(err);
    expect(callFailure(call('outline'), 'ARG  VALUE\n', err)).toBe(err);
  });
});

describe('builders without --call', () => {
  test.each<['docker' | 'buildah' | 'podman', string]>([
    ['docker', 'builder: docker (the classic builder)'],
    ['buildah', 'builder: buildah'],
    ['podman', 'builder: podman'],
  ])('%s refuses it in one line naming the builder that has it', (builder, who) => {
    const r = buildRequest({ call: call('outline') });
    expect(() => checkSupport(builder, r)).toThrow(`${who} cannot honour input 'call' (buildx 0.15 or later). The builders in parentheses can.`);
  });
  test('buildx takes it', () => {
    expect(unsupportedInputs('buildx', buildRequest({ call: call('outline') }))).toEqual([]);
  });
});

describe('reading call with the other build inputs', () => {
  test('images may be left out: a call pushes nothing', async () => {
    const s = await readBuildSettings(inputsRuntime({ call: 'targets' }));
    expect(s.call?.spec).toBe('targets');
    expect(s.images).toEqual([]);
  });
  test('without call, images stay required while push is on', async () => {
    await expect(readBuildSettings(inputsRuntime({}))).rejects.toThrow("Input 'images' is required");
  });
  test.each<[Record<string, string>, string]>([
    [{ load: 'true' }, "'load: true'"],
    [{ 'push-by-digest': 'true', images: '127.0.0.1:5000/a/b' }, "'push-by-digest: true'"],
    [{ 'digest-file': 'out.json' }, "'digest-file'"],
  ])('an input that wants an image is refused beside it: %j', async (inputs, named) => {
    await expect(readBuildSettings(inputsRuntime({ call: 'check', ...inputs }))).rejects.toThrow(
      `Input 'call: check' contradicts input ${named}: a call evaluates the build and makes no image to load, push or record; drop one`,
    );
  });
});
