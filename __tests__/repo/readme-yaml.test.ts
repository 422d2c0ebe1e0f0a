import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// A reader copies these blocks into a workflow: each must be YAML GitHub accepts, and every input it gives pinship must be one
// action.yml declares (GitHub only warns about an unexpected input; the step then runs without it).
const readme = readFileSync('README.md', 'utf8');
const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);

/** Each ```yaml block with the README line it starts on. */
function yamlBlocks(text: string): Array<{ line: number; text: string }> {
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({ line: text.slice(0, m.index).split('\n').length, text: m[1] }));
}

type Step = { uses?: string; with?: Record<string, unknown> };

/** Every step, at any depth, that uses pinship: a workflow's jobs, a bare step list or a single step. */
function pinshipSteps(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(pinshipSteps);
  if (!node || typeof node !== 'object') return [];
  const step = node as Step;
  const own = typeof step.uses === 'string' && /^(pinship\/pinship@|\.\/?$)/.test(step.uses) ? [step] : [];
  return [...own, ...Object.values(node).flatMap(pinshipSteps)];
}

const blocks = yamlBlocks(readme);

test('the README has workflow examples', () => {
  expect(blocks.length).toBeGreaterThan(5);
});

test.each(blocks.map((b) => [b.line, b.text]))('README block at line %i parses as YAML and gives pinship only inputs action.yml declares', (_line, text) => {
  const doc: unknown = parse(text);
  for (const step of pinshipSteps(doc)) expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
});

test('the check catches a flow mapping holding an expression and an unknown input', () => {
  expect(() => void parse('with: { name: digest-${{ strategy.job-index }} }')).toThrow();
  const steps = pinshipSteps(parse('steps:\n  - uses: pinship/pinship@v0\n    with: { imagse: a }\n'));
  expect(steps.flatMap((s) => Object.keys(s.with ?? {})).filter((k) => !declared.includes(k))).toEqual(['imagse']);
});
