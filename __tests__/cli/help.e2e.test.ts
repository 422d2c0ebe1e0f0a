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
  for (const c of ['build', 'meta', 'promote']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  expect(r.stderr).toBe('');
});

test('pinship build --help lists the inputs and outputs of action.yml', () => {
  const r = cli('build', '--help');
  expect(r.code).toBe(0);
  for (const [name, input] of Object.entries(action.inputs)) {
    if (name === 'command' || input.description.startsWith('promote:')) continue;
    expect(r.stdout).toContain(`--${name} `);
  }
  expect(r.stdout).not.toContain('--expected-digest');
  for (const name of Object.keys(action.outputs)) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  expect(cli('promote', '--help').stdout).toContain('--expected-digest ');
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
