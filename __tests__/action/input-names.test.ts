import { actionMeta } from '../../src/action-meta.js';
import { inputNames } from '../../src/input-names.js';

// The unknown-input check scans action.yml without a YAML parser (start-up cost); it must see
// exactly the inputs the full parse sees.
test('the line scan of action.yml finds the same inputs as the YAML parse', () => {
  const parsed = actionMeta().inputs.map((i) => i.name);
  expect(parsed.length).toBeGreaterThan(10);
  expect(inputNames()).toEqual(parsed);
});

test('the line scan ignores outputs, nested keys and comments', () => {
  const text = 'name: x\ninputs:\n  a-b:\n    description: d\n    default: c\n  # note:\n  c_d:\n    description: |\n      e:\noutputs:\n  out:\n';
  expect(inputNames(text)).toEqual(['a-b', 'c_d']);
});
