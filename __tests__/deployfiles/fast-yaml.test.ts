import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fastParseYaml } from '../../src/deployfiles/fast-yaml.js';
import { fromYaml, MapNode, ScalarNode, SeqNode, type YNode } from '../../src/deployfiles/nodes.js';
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
    const root = fromYaml(d.contents);
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
];

test.each(SUPPORTED)('the fast parser gives the yaml package\'s values and offsets: %j', (text) => {
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
