import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// action.yml against the runner's documented metadata syntax ("Metadata syntax for GitHub Actions"):
// no packaged schema accepts `using: node24` yet (@action-validator/cli 0.6.0 rejects it).
type Entry = Record<string, unknown>;
const action = parse(readFileSync('action.yml', 'utf8')) as Record<string, unknown>;
const readme = readFileSync('README.md', 'utf8');

const TOP = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
const inputs = Object.entries(action.inputs as Record<string, Entry>);
const outputs = Object.entries(action.outputs as Record<string, Entry>);

test('only documented top-level keys; name and description are non-empty strings', () => {
  expect(Object.keys(action).filter((k) => !TOP.includes(k))).toEqual([]);
  expect(typeof action.name === 'string' && action.name.length > 0).toBe(true);
  expect(typeof action.description === 'string' && action.description.length > 0).toBe(true);
});

test.each(inputs)('input %s: described, documented keys only, a string default', (name, input) => {
  expect(Object.keys(input).filter((k) => !INPUT_KEYS.includes(k))).toEqual([]);
  expect(typeof input.description === 'string' && input.description.trim().length > 0).toBe(true);
  expect('default' in input ? typeof input.default : 'string').toBe('string');
  expect('required' in input ? typeof input.required : 'boolean').toBe('boolean');
  expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
});

test.each(outputs)('output %s: described, no value (only composite actions have one)', (_name, output) => {
  expect(Object.keys(output)).toEqual(['description']);
  expect(typeof output.description === 'string' && output.description.trim().length > 0).toBe(true);
});

test('runs: a node24 action with main and an always-run post entry that exist', () => {
  const runs = action.runs as Record<string, string>;
  expect(Object.keys(runs).sort()).toEqual(['main', 'post', 'post-if', 'using']);
  expect(runs.using).toBe('node24');
  // dist/ is committed: the runner runs these files as they are in the repository.
  expect(() => readFileSync(runs.main)).not.toThrow();
  expect(() => readFileSync(runs.post)).not.toThrow();
  expect(runs['post-if']).toBe('always()');
});

test('branding: a documented colour and a Feather icon name', () => {
  const branding = action.branding as Record<string, string>;
  expect(Object.keys(branding).sort()).toEqual(['color', 'icon']);
  expect(COLORS).toContain(branding.color);
  expect(branding.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test.each([...inputs, ...outputs].map(([name]) => name))('README names %s in backticks', (name) => {
  expect(readme).toContain(`\`${name}\``);
});
