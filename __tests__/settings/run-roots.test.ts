import { expect, test } from '@jest/globals';
import { placesOf, runRoots, workspaceOf } from '../../src/settings/run-roots.js';

test('the workspace is GITHUB_WORKSPACE, else (the CLI) the working directory', () => {
  expect(workspaceOf({ GITHUB_WORKSPACE: '/w' }, '/cwd')).toBe('/w');
  expect(workspaceOf({ GITHUB_WORKSPACE: '' }, '/cwd')).toBe('/cwd');
  expect(workspaceOf({}, '/cwd')).toBe('/cwd');
});

test('a run may use the workspace and RUNNER_TEMP when it is set, nothing else; errors name each with its path', () => {
  const both = runRoots({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t' }, '/cwd');
  expect(both).toEqual([
    { root: '/w', place: 'the workspace (/w)' },
    { root: '/t', place: 'RUNNER_TEMP (/t)' },
  ]);
  expect(placesOf(both)).toBe('the workspace (/w) or RUNNER_TEMP (/t)');
  const cli = runRoots({ RUNNER_TEMP: '' }, '/cwd');
  expect(cli).toEqual([{ root: '/cwd', place: 'the workspace (/cwd)' }]);
  expect(placesOf(cli)).toBe('the workspace (/cwd)');
});
