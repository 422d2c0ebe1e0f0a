import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMetaCommand } from '../../src/commands/meta/command.js';
import { inputsRuntime } from '../helpers/runtime.js';
import { labelWithoutValue, onMockedClock as clock, pinshipInputs, rowEnv, upstreamRows, type Row } from './metadata-action-table.js';

/**
 * metadata-action v6.2.0's own table (its __tests__/meta.test.ts, kept unchanged with its fixtures
 * under __tests__/fixtures/metadata-action), replayed through `command: meta` with each row's
 * GITHUB_* environment and event payload. Its mocks are the repository API (pinship calls none, and
 * no row's tags depend on it) and the clock: rows whose rules use {{date}} or {{commit_date}} get
 * their expected tags from a moment mocked to 2020-01-10 for both helpers, so they are left out.
 * Its default rules are given where a row gives none, since pinship's own defaults add semver and
 * sha tags. `version` and `tags` are compared; pinship's `tags` is one per line, so the sep-tags rows
 * compare their list.
 *
 * The same rows through dist/index.js, as the runner runs it: metadata-action-table.e2e.test.ts.
 */

const rows = upstreamRows();
const plain = rows.filter((r) => !clock(r) && !labelWithoutValue(r));

// No git checkout: rows without GITHUB_SHA (event_null, event_empty) must not read this repository's.
const outsideGit = mkdtempSync(join(tmpdir(), 'pinship-ma-table-'));

async function meta(r: Row, inputs = pinshipInputs(r, outsideGit)): Promise<{ version: string | undefined; tags: string[] }> {
  const res = await runMetaCommand(inputsRuntime(inputs, rowEnv(r.envFile)));
  return { version: r.version === undefined ? undefined : res.outputs.version, tags: res.outputs.tags ? res.outputs.tags.split('\n') : [] };
}

test('the table is read whole: 131 rows, 8 of them on the mocked clock, 4 with a label line without =', () => {
  expect(rows).toHaveLength(131);
  expect(rows.filter(clock).map((r) => `${r.group}:${r.name}`)).toEqual([
    'push:push17',
    'push:push21',
    'pr:pr12',
    'pr-head-sha:pr12',
    'schedule:schedule02',
    'schedule:schedule03',
    'schedule:schedule08',
    'release:release03',
  ]);
  expect(rows.filter(labelWithoutValue).map((r) => `${r.group}:${r.name}`)).toEqual([
    'json:json01',
    'json:json07',
    'bakeFile:bakeFile01',
    'bakeFileTagsLabels:bakeFileTagsLabels01',
  ]);
});

test.each(plain.map((r) => [`${r.group}:${r.name}`, r] as const))('%s: version and tags as metadata-action gives them', async (_n, r) => {
  expect(await meta(r)).toEqual({ version: r.version, tags: r.tags });
});

test.each(rows.filter((r) => !clock(r) && labelWithoutValue(r)).map((r) => [`${r.group}:${r.name}`, r] as const))(
  '%s: a label line without = is refused naming it; without that line, version and tags match',
  async (_n, r) => {
    await expect(meta(r)).rejects.toThrow(/^Invalid input 'labels': '(invalid|foo)'\. Expected KEY=VALUE/);
    const inputs = pinshipInputs(r, outsideGit);
    inputs.labels = (r.inputs.labels ?? []).filter((l) => l.includes('=')).join('\n');
    expect(await meta(r, inputs)).toEqual({ version: r.version, tags: r.tags });
  },
);
