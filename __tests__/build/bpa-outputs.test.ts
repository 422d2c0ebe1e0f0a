/**
 * build-push-action's `outputs` for exporters beside the push: parsed into local folders and
 * tarballs inside the workspace or RUNNER_TEMP, passed to buildx after pinship's own export, and
 * refused by the builders that have no second exporter.
 */
import { mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseOutput } from '../../src/commands/build/bpa-outputs.js';
import { readBpaBuildInputs } from '../../src/commands/build/bpa-inputs.js';
import { buildxArgs } from '../../src/commands/build/builders/buildx.js';
import { unsupportedInputs } from '../../src/commands/build/builders/support.js';
import type { BuilderName } from '../../src/commands/build/builders/types.js';
import { buildRequest } from '../helpers/build-request.js';
import { inputsRuntime } from '../helpers/runtime.js';

const ws = mkdtempSync(join(tmpdir(), 'pinship-outputs-ws-'));
const temp = mkdtempSync(join(tmpdir(), 'pinship-outputs-temp-'));
const outside = mkdtempSync(join(tmpdir(), 'pinship-outputs-out-'));
mkdirSync(join(ws, 'sub'));
symlinkSync(outside, join(ws, 'escape'));
const env = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp };

describe('parseOutput', () => {
  test.each<[string, { type: string; dest: string }]>([
    ['type=local,dest=out', { type: 'local', dest: join(ws, 'out') }],
    ['type=tar,dest=sub/image.tar', { type: 'tar', dest: join(ws, 'sub', 'image.tar') }],
    [`type=tar,dest=${temp}/b.tar`, { type: 'tar', dest: join(temp, 'b.tar') }],
    [`type=local,dest=${temp}/a/b`, { type: 'local', dest: join(temp, 'a', 'b') }],
    [' Type=LOCAL , dest=out ', { type: 'local', dest: join(ws, 'out') }],
    ['out', { type: 'local', dest: join(ws, 'out') }],
  ])('%s', (line, expected) => {
    expect(parseOutput(line, env, ws)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['type=image,name=r/x,push=true', "pinship exports the image itself (inputs 'images', 'push'"],
    ['type=registry', "pinship exports the image itself (inputs 'images', 'push'"],
    ['type=docker,dest=x.tar', 'pinship exports the image itself'],
    ['type=oci,dest=x', 'pinship exports the image itself'],
    ['type=local', 'Expected type=local,dest=PATH or type=tar,dest=PATH'],
    ['type=local,dest=o,platform-split=false', 'Expected type=local,dest=PATH'],
    ['type=local,dest=o,dest=p', 'Expected type=local,dest=PATH'],
    ['type=zip,dest=o', 'Expected type=local,dest=PATH'],
    ['type=tar,dest=-', 'a dest of - (stdout) is not taken'],
    ['type=tar,dest=a"b', 'a dest with a double quote is not taken'],
    ['type=tar,dest=missing/x.tar', 'Its folder'],
    ['type=local,dest=../x', 'Expected a dest inside the workspace'],
    ['type=local,dest=/etc/pinship', 'Expected a dest inside the workspace'],
    ['type=local,dest=escape/x', 'Expected a dest inside the workspace'],
  ])('refused: %s', (line, message) => {
    expect(() => parseOutput(line, env, ws)).toThrow(`Invalid input 'outputs': '${line}'`);
    expect(() => parseOutput(line, env, ws)).toThrow(message);
  });

  test('read as a build-push-action list: one exporter a line, its commas kept', () => {
    const rt = inputsRuntime({ outputs: 'type=local,dest=out\ntype=tar,dest=sub/i.tar' }, env);
    const cwd = process.cwd();
    process.chdir(ws);
    try {
      expect(readBpaBuildInputs(rt).outputs).toEqual([
        { type: 'local', dest: join(ws, 'out') },
        { type: 'tar', dest: join(ws, 'sub', 'i.tar') },
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});

const outputs = [
  { type: 'local' as const, dest: '/ws/out' },
  { type: 'tar' as const, dest: '/ws/i.tar' },
];
const after = (args: string[], flag: string): string[] => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));

describe('buildx argv: each output after pinship own export', () => {
  test.each<[string, Parameters<typeof buildxArgs>, string[]]>([
    [
      'containerd store, push',
      [buildRequest({ outputs, push: true }), 'docker', true],
      ['type=oci,dest=/w/oci,tar=false', 'type=local,dest=/ws/out', 'type=tar,dest=/ws/i.tar'],
    ],
    [
      'docker-container driver',
      [buildRequest({ outputs, push: true }), 'docker-container'],
      ['type=oci,dest=/w/oci,tar=false', 'type=local,dest=/ws/out', 'type=tar,dest=/ws/i.tar'],
    ],
    [
      'with rewrite-timestamp',
      [buildRequest({ outputs, push: true }), 'docker', true, true],
      [
        'type=oci,dest=/w/oci,tar=false,rewrite-timestamp=true',
        'type=local,dest=/ws/out,rewrite-timestamp=true',
        'type=tar,dest=/ws/i.tar,rewrite-timestamp=true',
      ],
    ],
    ['none given', [buildRequest({ push: true }), 'docker', true], ['type=oci,dest=/w/oci,tar=false']],
  ])('%s', (_name, args, expected) => {
    expect(after(buildxArgs(...args), '--output')).toEqual(expected);
  });

  test('no --iidfile beside them (buildx refuses one with a local or tar exporter); the metadata file stays', () => {
    expect(buildxArgs(buildRequest({ outputs }), 'docker', true)).not.toContain('--iidfile');
    expect(buildxArgs(buildRequest({ outputs }), 'docker', true)).toContain('--metadata-file');
    expect(buildxArgs(buildRequest({}), 'docker', true)).toContain('--iidfile');
  });

  test('classic store: --load is kept beside the outputs', () => {
    const args = buildxArgs(buildRequest({ outputs, push: false }), 'docker');
    expect(args).toContain('--load');
    expect(after(args, '--output')).toEqual(['type=local,dest=/ws/out', 'type=tar,dest=/ws/i.tar']);
  });
});

describe('unsupportedInputs: outputs only on buildx', () => {
  test.each<[BuilderName, string[]]>([
    ['buildx', []],
    ['docker', ["'outputs' (exporters beside the push: buildx)"]],
    ['buildah', ["'outputs' (exporters beside the push: buildx)"]],
    ['podman', ["'outputs' (exporters beside the push: buildx)"]],
  ])('%s', (builder, expected) => {
    expect(unsupportedInputs(builder, buildRequest({ outputs }))).toEqual(expected);
  });
});
