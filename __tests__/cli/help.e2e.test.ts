import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const cliPath = join(process.cwd(), 'dist', 'cli.js');
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description: string }>; outputs: Record<string, unknown> };

/** `node dist/cli.js` in an empty directory: were it to build, it would fail on a missing Dockerfile. */
function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'pinship-cli-'));
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('pinship --help helps instead of building', () => {
  const r = cli('--help');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: pinship/);
  for (const c of ['build', 'meta', 'promote', 'merge', 'pin', 'verify']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  expect(r.stderr).toBe('');
});

test('pinship <command> --help lists the inputs that command reads, and the outputs it sets', () => {
  const build = cli('build', '--help');
  expect(build.code).toBe(0);
  for (const name of ['images', 'context', 'tags', 'signing-key', 'retries']) expect(build.stdout).toContain(`--${name} `);
  for (const name of ['expected-digest', 'files', 'digests', 'drift']) expect(build.stdout).not.toContain(`--${name} `);
  const outputs = (text: string): string[] => Object.keys(action.outputs).filter((name) => new RegExp(`^  ${name} `, 'm').test(text));
  expect(outputs(build.stdout)).toEqual([
    'digest',
    'image',
    'images',
    'tags',
    'version',
    'imageid',
    'platform-digests',
    'labels',
    'metadata',
    'changed',
    'attestation-id',
    'attestation-url',
  ]);
  expect(outputs(cli('promote', '--help').stdout)).not.toContain('pinned');
  expect(outputs(cli('verify', '--help').stdout)).toEqual(['metadata']);
  expect(outputs(cli('pin', '--help').stdout)).toEqual(['metadata', 'changed-files', 'pinned', 'pull-request-url']);
  const meta = cli('meta', '--help').stdout;
  expect(outputs(meta)).toEqual(['tags', 'version', 'labels', 'annotations', 'json']);
  for (const name of ['images', 'tags', 'flavor', 'labels']) expect(meta).toContain(`--${name} `);
  for (const name of ['push', 'builder', 'cache-from', 'signing-key', 'registry-auth']) expect(meta).not.toContain(`--${name} `);
  expect(cli('promote', '--help').stdout).toContain('--expected-digest ');
  expect(cli('verify', '--help').stdout).not.toContain('--context ');
});

test('a value given to an input the command does not read is warned about, by name, and the command runs', () => {
  const r = cliWith({ INPUT_PUSH: 'false' }, 'meta', '--images', 'ghcr.io/acme/app', '--builder', 'buildah');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("warning: Input 'push' is not used by command 'meta' and is ignored (it applies to build).");
  expect(r.stderr).toContain("warning: Input 'builder' is not used by command 'meta' and is ignored (it applies to build).");
});

test('pinship --version prints the package version', () => {
  const r = cli('--version');
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});

test('an unknown flag is an error with a suggestion, and nothing runs', () => {
  const r = cli('meta', '--imagse', 'ghcr.io/acme/app');
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe("error: Unknown option '--imagse'. Did you mean '--images'? See pinship --help.");
  expect(r.stdout).toBe('');
});

test('a misspelled INPUT_* variable gets a warning naming the closest input, as in the action', () => {
  const r = cliWith({ INPUT_NETWROK: 'host' }, 'meta', '--images', 'ghcr.io/acme/app');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("warning: Unexpected input 'netwrok' (INPUT_NETWROK): action.yml has no such input, so it is ignored. Did you mean 'network'?");
});
