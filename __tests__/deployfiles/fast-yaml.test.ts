import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fastParseYaml } from '../../src/deployfiles/fast-yaml.js';
import { MapNode, ScalarNode, SeqNode, type YNode } from '../../src/deployfiles/nodes.js';
import { fromYaml } from '../../src/deployfiles/yaml-resolve.js';
import { FIXTURE, listFiles } from '../pin/fixtures.js';

/** Structure, values, scalar types and scalar offsets: everything the locators read. */
function shape(node: YNode | null): unknown {
  if (node instanceof ScalarNode) return { v: Number.isNaN(node.value) ? 'NaN' : node.value, t: node.type, r: node.range };
  if (node instanceof MapNode) return { map: node.items.map((p) => [shape(p.key), shape(p.value)]), flow: node.flow };
  if (node instanceof SeqNode) return { seq: node.items.map(shape), flow: node.flow };
  return null;
}

function reference(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => {
    expect(d.errors).toEqual([]);
    const root = fromYaml(d, text, false);
    // An empty document: the yaml package gives a null scalar, the fast parser no node; locators see neither.
    return root instanceof ScalarNode && root.value === null ? null : shape(root);
  });
}

const SUPPORTED = [
  'a: 1\nb: two\n',
  'a:\n  b:\n    c: [1, "x", \'y\', {d: e}]\n',
  'list:\n- a\n- b: 1\n  c: 2\n-   - nested\n    - seq\n',
  'k: v # comment\n# full line\n\nx: "q # not a comment"\n',
  'on: push\nyes: no\nn: ~\nf: 1.20\nh: 0x1F\no: 0o17\ni: -12\ne: 1e3\nt: True\ns: 1_000\n',
  'url: http://a:80/b\nimage: 127.0.0.1:5000/a/b:1@sha256:' + 'a'.repeat(64) + '\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y',
  '---\na: 1\n---\nb: 2\n',
  'a: 1\n---\n',
  'key with spaces: v\n"quoted key": 1\n\'single\': 2\n',
  'e: {}\nf: []\ng: [a, [b, c], {x: y}]\nh: {a: , b: 1}\n',
  'a:\n  - name: x\n    env: [{name: A, value: "1"}]\n  - name: y\n',
  'digest:\nnext: 1\n',
  'a: # c\nb:   \nc:\n  - # c\n  -   \n',
  '# only a comment\n',
  '"<<": {image: a}\n',
  '',
];

const UNSUPPORTED = [
  'a: &x 1\nb: *x\n',
  'a: |\n  text\n',
  'a: >\n  folded\n',
  'a: "multi\n  line"\n',
  'a: plain\n  continued\n',
  'a: "esc\\n"\n',
  "a: 'it''s'\n",
  'a: !!str 1\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: [1,\n  2]\n',
  '\ta: 1\n',
  '? complex\n: key\n',
  'a: 1\na: 2\n',
  'a: b: c\n',
  'a:\n  b: 1\n c: 2\n',
  '- a\nb: 1\n',
  'just a scalar\n',
  '- a\n  - b\n',
  'a: [1, 2] x\n',
  "a: 'open\n",
  'a : 1\n',
  'a:b\n',
  'a: - x\n',
  'a: {b: 1}}\n',
  'a: [b: c]\n',
  'a: {b}\n',
  'a: {b: c, b: d}\n',
  'a:\tb\n',
  'a: 1\n...\n',
  // YAML 1.1 merge keys, even over a map written in place: the full parser resolves them.
  '<<: {image: a}\nb: 1\n',
  'a: {<<: {image: a}, b: 1}\n',
];

test.each(SUPPORTED)("the fast parser gives the yaml package's values and offsets: %j", (text) => {
  const fast = fastParseYaml(text);
  expect(fast).toBeDefined();
  expect(fast!.map((n) => shape(n as YNode | null))).toEqual(reference(text));
});

test.each(UNSUPPORTED)('the fast parser leaves anything outside its subset to the yaml package: %j', (text) => {
  expect(fastParseYaml(text)).toBeUndefined();
});

test('every YAML file of the fixture repository parses the same either way', () => {
  const dir = join(FIXTURE, 'input');
  const yamlFiles = listFiles(dir).filter((f) => /\.ya?ml$/.test(f));
  expect(yamlFiles.length).toBeGreaterThan(5);
  for (const f of yamlFiles) {
    const text = readFileSync(join(dir, f), 'utf8');
    const fast = fastParseYaml(text);
    expect([f, fast?.map((n) => shape(n as YNode | null))]).toEqual([f, reference(text)]);
  }
});

/**
 * Generated documents from pieces that sit on the edges of the subset (indicators inside plain
 * scalars, `#` and `:` without spaces, quotes, flows, odd indentation, CRLF, document markers): the
 * fast parser must either give exactly what the yaml package gives, or give up. It may never accept
 * text the yaml package rejects, nor read valid text differently.
 */
test('generated documents: the fast parser agrees with the yaml package or leaves the text to it', () => {
  let seed = 20261129;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)];
  const keys = ['image', 'name', 'a', 'key with space', '"q"', "'s'", 'x-y', 'on', 'true', '1', 'a#b', 'a:b', '-k', '?k', '@k'];
  const scalars = [
    'nginx:1.25',
    '127.0.0.1:5000/app:1@sha256:' + 'a'.repeat(64),
    'a # c',
    'a#b',
    'x: y',
    '"dq"',
    "'sq'",
    '"a\\"b"',
    "'it''s'",
    '~',
    'null',
    'yes',
    '0x1F',
    '1e3',
    '-',
    '- a',
    '[a, b]',
    '{a: b}',
    '{a: [1, {b: c}]}',
    '[a, ]',
    '{a: b,}',
    '*ref',
    '&anc v',
    '!tag v',
    '|',
    '>',
    '%x',
    '`b`',
    'a:',
    'a: ',
    'http://h:80/p',
    '[::1]:5000/a:1',
    '',
    ' ',
    '"open',
    "'open",
    '[open',
    '{ }',
    '[ ]',
  ];
  const indents = ['', ' ', '  ', '   ', '    ', '\t'];
  const eols = ['\n', '\r\n'];
  let accepted = 0;
  for (let i = 0; i < 4000; i++) {
    const eol = pick(eols);
    const lines: string[] = [];
    for (let n = 1 + rand(7); n > 0; n--) {
      const ind = pick(indents);
      const r = rand(10);
      if (r < 5) lines.push(`${ind}${pick(keys)}: ${pick(scalars)}`);
      else if (r < 7) lines.push(`${ind}${pick(keys)}:`);
      else if (r < 8) lines.push(`${ind}- ${pick(scalars)}`);
      else if (r < 9) lines.push(`${ind}- ${pick(keys)}: ${pick(scalars)}`);
      else lines.push(pick(['# comment', '---', '...', '', `${ind}# c`]));
    }
    const text = lines.join(eol) + (rand(4) ? eol : '');
    const fast = fastParseYaml(text);
    const docs = parseAllDocuments(text);
    const valid = docs.every((d) => d.errors.length === 0);
    if (fast === undefined) continue;
    accepted++;
    expect([text, valid]).toEqual([text, true]);
    const expected = docs.map((d) => {
      const root = fromYaml(d, text, false);
      return root instanceof ScalarNode && root.value === null ? null : shape(root);
    });
    expect([text, fast.map((n) => shape(n as YNode | null))]).toEqual([text, expected]);
  }
  // The generator must exercise the fast path, not only its refusals.
  expect(accepted).toBeGreaterThan(400);
});
