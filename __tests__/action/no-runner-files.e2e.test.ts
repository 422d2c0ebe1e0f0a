import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands } from '../helpers/action.js';

// Some local runners give a step no GITHUB_OUTPUT or GITHUB_STATE. @actions/core then writes `::set-output` and `::save-state`
// commands (its documented fallback); pinship writes the same commands itself, so that path does not load @actions/core.
const bundle = join(process.cwd(), 'dist', 'index.js');
// A multi-line output (labels) and a `%` in a value: both need the command format's escapes.
const inputs = { INPUT_COMMAND: 'meta', INPUT_IMAGES: 'ghcr.io/acme/app', INPUT_TAGS: 'type=raw,value=v1', INPUT_LABELS: 'note=100%' };

function run(env: Record<string, string>): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH, ...inputs, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

/** `::set-output name=N::V` lines, V unescaped as the runner does (%25, %0D, %0A). */
function setOutputs(stdout: string): Record<string, string> {
  const unescape = (v: string): string => v.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return Object.fromEntries([...stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1], unescape(m[2])]));
}

test('without the runner files the outputs are set-output commands with the values the output file gets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-runner-files-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const withFiles = run(files);
  expect(withFiles.status).toBe(0);
  expect(withFiles.stdout).not.toContain('::set-output');
  const fromFile = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));

  const without = run({});
  expect(without.status).toBe(0);
  const fromCommands = setOutputs(without.stdout);
  expect(Object.keys(fromCommands).sort()).toEqual(Object.keys(fromFile).sort());
  expect(fromCommands.tags).toBe(fromFile.tags);
  expect(fromCommands.labels).toContain('note=100%\n');
  // The created label is the run's own time: everything else is the same.
  const noTime = (v: string): string => v.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
  expect(noTime(fromCommands.labels)).toBe(noTime(fromFile.labels));
});

test('a successful run without the runner files sets every output by command', () => {
  const r = spawnSync(process.execPath, [bundle], {
    env: { PATH: process.env.PATH, INPUT_COMMAND: 'meta', INPUT_IMAGES: 'ghcr.io/acme/app', INPUT_TAGS: 'type=raw,value=v1' },
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const outputs = setOutputs(r.stdout);
  expect(outputs.tags).toBe('ghcr.io/acme/app:v1');
  expect(outputs.version).toBe('v1');
  expect(JSON.parse(outputs.json)).toMatchObject({ tags: ['ghcr.io/acme/app:v1'] });
});
