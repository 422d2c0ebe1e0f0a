import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands } from '../helpers/action.js';
import { labelWithoutValue, onMockedClock, pinshipInputs, rowEnv, upstreamRows } from './metadata-action-table.js';

/**
 * metadata-action v6.2.0's table (see metadata-action-table.test.ts for what is replayed and what is
 * left out) run as the runner runs pinship: `node dist/index.js` with the row's GITHUB_* environment
 * and event file, inputs as INPUT_* variables, outputs read from GITHUB_OUTPUT (~0.25 s a row). Then
 * what the table does not cover: pinship's own defaults on a non-semver tag, and a date format written
 * without quotes.
 */

const outsideGit = mkdtempSync(join(tmpdir(), 'pinship-ma-dist-'));

function runDist(inputs: Record<string, string>, env: Record<string, string>): { code: number; outputs: Record<string, string>; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-runner-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_STATE: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputEnv = Object.fromEntries(Object.entries({ command: 'meta', ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const r = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'index.js')], {
    // The fixtures name the recorded run's own file-command paths; this run's replace them.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, RUNNER_TEMP: dir, ...files, ...inputEnv },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')), log: r.stdout + r.stderr };
}

const rows = upstreamRows().filter((r) => !onMockedClock(r) && !labelWithoutValue(r));

test.each(rows.map((r) => [`${r.group}:${r.name}`, r] as const))('%s through dist/index.js: version and tags as metadata-action gives them', (_n, r) => {
  const run = runDist(pinshipInputs(r, outsideGit), rowEnv(r.envFile));
  expect(run.code).toBe(0);
  const got = { version: r.version === undefined ? undefined : run.outputs.version, tags: run.outputs.tags ? run.outputs.tags.split('\n') : [] };
  expect(got).toEqual({ version: r.version, tags: r.tags });
});

test("pinship's default rules keep a non-semver tag's name and latest, as metadata-action's do, and add the sha", () => {
  const run = runDist({ images: 'user/app', context: outsideGit }, rowEnv('event_tag_release1.env'));
  expect(run.code).toBe(0);
  expect(run.outputs.tags.split('\n')).toEqual(['user/app:release1', 'user/app:sha-860c190', 'user/app:latest']);
  expect(run.outputs.version).toBe('release1');
});

test('an unquoted date format gives the default format, never an empty value, and the log says how to quote it', () => {
  const run = runDist(
    { images: 'user/app', tags: 'type=raw,value=src-{{commit_date YYYY-MM-DD}}\ntype=raw,value=d-{{date YYYYMMDD}}', context: outsideGit },
    rowEnv('event_push_master.env'),
  );
  expect(run.code).toBe(0);
  // The push payload's head commit is this run's commit: {{commit_date}} is its timestamp.
  const tags = run.outputs.tags.split('\n');
  expect(tags[0]).toMatch(/^user\/app:src-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  expect(tags[1]).toMatch(/^user\/app:d-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  expect(run.log).toContain('::warning::{{commit_date}}: the format YYYY-MM-DD is not quoted');
  expect(run.log).toContain("write {{date 'YYYYMMDD'}} for that format.");
});
