/**
 * `secrets`, `secret-files` and `secret-envs` with docker/build-push-action's meaning, and how a
 * secret reaches a builder: a file in the build's private folder, named in the argv by path only.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildxSecretFlag, ociSecretFlag, readSecrets, writeSecretFiles, type SecretSource } from '../../src/commands/build/secrets.js';
import { inputsRuntime, type InputsRuntime } from '../helpers/runtime.js';

function rt(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputsRuntime & { warnings: string[] } {
  const base = inputsRuntime(inputs, env);
  const warnings: string[] = [];
  return Object.assign(base, { warnings, warning: (m: string) => void warnings.push(m) });
}

const dir = mkdtempSync(join(tmpdir(), 'pinship-secrets-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const secretFile = join(dir, 'secret.txt');
writeFileSync(secretFile, 'foo');

describe('secrets: ID=VALUE entries', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ["build-push-action's CI job: the value is the secret", 'MYSECRET=foo\nINVALID_SECRET=', [['MYSECRET', 'foo']]],
    ['a value may hold = and commas', 'TOKEN=a=b,c==', [['TOKEN', 'a=b,c==']]],
    [
      'a double-quoted value spans lines',
      '"KEY=-----BEGIN-----\nline two\n-----END-----"\nB=x',
      [
        ['KEY', '-----BEGIN-----\nline two\n-----END-----'],
        ['B', 'x'],
      ],
    ],
    ['the id is trimmed, the value kept as written', ' ID = v ', [['ID', ' v ']]],
  ])('%s', (_name, input, expected) => {
    const r = rt({ secrets: input });
    expect(readSecrets(r)).toEqual(expected.map(([id, value]) => ({ input: 'secrets', id, value })));
  });

  test('values are masked, and each long line of a multi-line one', () => {
    const r = rt({ secrets: 'A=short\n"B=first line is long\nsecond line is long too"' });
    readSecrets(r);
    expect(r.secrets).toEqual(['short', 'first line is long\nsecond line is long too', 'first line is long', 'second line is long too']);
  });

  test('an entry without a value, or without =, is skipped with a warning that shows no value, as build-push-action skips it', () => {
    const r = rt({ secrets: 'INVALID_SECRET=\ncontinuation-of-an-unquoted-value\n=novalue-id' });
    expect(readSecrets(r)).toEqual([]);
    expect(r.warnings).toEqual([
      "Input 'secrets': entry 1 ('INVALID_SECRET=') has no value; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=VALUE.",
      "Input 'secrets': entry 2 has no '=' (a value that spans lines must be double-quoted); it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=VALUE.",
      "Input 'secrets': entry 3 has no id before the =; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=VALUE.",
    ]);
    expect(r.warnings.join('\n')).not.toMatch(/continuation|novalue/);
  });

  test.each([['id=npmrc,src=.npmrc'], ['id=token,env=TOKEN'], ['type=file,id=a,src=b']])(
    "pinship's former buildx-spec form %s is refused, pointing at secret-files and secret-envs",
    (line) => {
      expect(() => readSecrets(rt({ secrets: line }))).toThrow(
        /^Invalid input 'secrets': entry 1 is a buildx --secret spec .* 'secret-files' \(ID=PATH\), .* 'secret-envs' \(ID=ENV_NAME\)\.$/,
      );
    },
  );

  test('an unclosed double quote fails without showing the value', () => {
    const err = (() => {
      try {
        readSecrets(rt({ secrets: 'A=1\n"B=hunter2\nrest' }));
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    expect(err).toContain("Invalid input 'secrets': entry 2 opens a double quote that never closes");
    expect(err).not.toContain('hunter2');
  });

  test('an id a builder flag could not carry is refused, naming it', () => {
    expect(() => readSecrets(rt({ secrets: 'a b=c' }))).toThrow("Invalid input 'secrets': 'a b'. Expected a secret id without spaces, commas or double quotes");
  });
});

describe('secret-files: ID=PATH, secret-envs: ID=ENV_NAME', () => {
  test("build-push-action's CI jobs: the file and the variable, the empty entry skipped with a warning", () => {
    const r = rt({ 'secret-files': `MYSECRET=${secretFile}\nINVALID_SECRET=`, 'secret-envs': 'MYSECRET=ENV_SECRET\nINVALID_SECRET=' }, { ENV_SECRET: 'foo' });
    expect(readSecrets(r)).toEqual([
      { input: 'secret-files', id: 'MYSECRET', file: secretFile },
      { input: 'secret-envs', id: 'MYSECRET', value: 'foo' },
    ]);
    expect(r.warnings).toHaveLength(2);
    expect(r.secrets).toEqual(['foo']);
  });

  test('secret-envs splits at commas, as build-push-action does', () => {
    expect(readSecrets(rt({ 'secret-envs': 'A=X, B=Y' }, { X: '1', Y: '2' })).map((s) => s.id)).toEqual(['A', 'B']);
  });

  test('a missing file fails the run (build-push-action warns and builds without it)', () => {
    expect(() => readSecrets(rt({ 'secret-files': `S=${join(dir, 'absent')}` }))).toThrow(
      `Invalid input 'secret-files': 'S=${join(dir, 'absent')}'. Expected ID=PATH naming a file; there is no file at ${join(dir, 'absent')}.`,
    );
  });

  test('an unset variable fails the run, naming it', () => {
    expect(() => readSecrets(rt({ 'secret-envs': 'S=NOT_SET_HERE' }))).toThrow(
      "Invalid input 'secret-envs': 'S=NOT_SET_HERE'. Expected ID=ENV_NAME naming a set environment variable; NOT_SET_HERE is not set.",
    );
  });
});

describe('writeSecretFiles', () => {
  test('values become owner-only files in a new owner-only folder; secret-files stay where they are', () => {
    const work = mkdtempSync(join(dir, 'work-'));
    const sources: SecretSource[] = [
      { input: 'secrets', id: 'A', value: 'line1\nline2' },
      { input: 'secret-files', id: 'B', file: secretFile },
    ];
    const out = writeSecretFiles(sources, join(work, 'secrets'));
    expect(out).toEqual([
      { input: 'secrets', id: 'A', src: join(work, 'secrets', '0') },
      { input: 'secret-files', id: 'B', src: secretFile },
    ]);
    expect(readFileSync(out[0].src, 'utf8')).toBe('line1\nline2');
    expect(lstatSync(out[0].src).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(work, 'secrets')).mode & 0o777).toBe(0o700);
  });

  test('a folder or file already in its place is never written through', () => {
    const work = mkdtempSync(join(dir, 'work-'));
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'original');
    symlinkSync(dir, join(work, 'secrets'));
    expect(() => writeSecretFiles([{ input: 'secrets', id: 'A', value: 'v' }], join(work, 'secrets'))).toThrow(/EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('original');
  });

  test('no folder when no secret is given by value', () => {
    const work = mkdtempSync(join(dir, 'work-'));
    writeSecretFiles([{ input: 'secret-files', id: 'B', file: secretFile }], join(work, 'secrets'));
    expect(() => lstatSync(join(work, 'secrets'))).toThrow(/ENOENT/);
  });
});

describe('--secret values: the path, never the value', () => {
  test.each<[string, string, string, string]>([
    ['plain', 'A', '/w/secrets/0', 'id=A,src=/w/secrets/0'],
    ['a comma in the path: buildx reads the flag as CSV', 'A', '/w/a,b', 'id=A,"src=/w/a,b"'],
    ['a quote in the path', 'A', '/w/a"b', 'id=A,"src=/w/a""b"'],
  ])('buildx, %s', (_name, id, src, flag) => {
    expect(buildxSecretFlag({ input: 'secrets', id, src })).toBe(flag);
  });

  test('buildah and podman', () => {
    expect(ociSecretFlag({ input: 'secrets', id: 'A', src: '/w/secrets/0' })).toBe('id=A,src=/w/secrets/0');
  });
});
