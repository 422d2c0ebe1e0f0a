import { events, runAction } from '../helpers/action.js';

test('a misspelled input is named in a warning with the closest valid input, and the run goes on', async () => {
  const run = await runAction({ command: 'meta', images: 'ghcr.io/acme/app', netwrok: 'host', registry_auth: '' }, events.pushMain(), { INPUT_IMAGSE: 'x' });
  expect(run.code).toBe(0);
  const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
  expect(warnings.find((w) => w.includes('INPUT_NETWROK'))).toMatch(/Did you mean 'network'\?/);
  expect(warnings.find((w) => w.includes('INPUT_IMAGSE'))).toMatch(/Did you mean 'images'\?/);
  // The shell spelling of a hyphenated input is that input, not a typo.
  expect(warnings.some((w) => w.includes('REGISTRY_AUTH'))).toBe(false);
  expect(warnings).toHaveLength(2);
  expect(run.outputs.tags.split('\n')).toContain('ghcr.io/acme/app:main');
});
