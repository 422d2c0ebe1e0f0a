import { actionMeta } from '../../src/host/action-meta.js';
import { actionInputs, inputNames } from '../../src/host/input-names.js';

// The unknown-input check scans action.yml without a YAML parser (start-up cost); it must see
// exactly the inputs the full parse sees.
test('the line scan of action.yml finds the same inputs as the YAML parse', () => {
  const parsed = actionMeta().inputs.map((i) => i.name);
  expect(parsed.length).toBeGreaterThan(10);
  expect(inputNames()).toEqual(parsed);
  // Defaults too: a value equal to its default is not reported as given to a command that ignores it.
  expect(Object.fromEntries(actionInputs())).toEqual(Object.fromEntries(actionMeta().inputs.map((i) => [i.name, i.default])));
});

test('the line scan ignores outputs, nested keys and comments', () => {
  const text = 'name: x\ninputs:\n  a-b:\n    description: d\n    default: c\n  # note:\n  c_d:\n    description: |\n      e:\noutputs:\n  out:\n';
  expect(inputNames(text)).toEqual(['a-b', 'c_d']);
  expect(actionInputs(text).get('a-b')).toBe('c');
  expect(actionInputs(text).get('c_d')).toBeUndefined();
});
