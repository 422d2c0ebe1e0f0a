import { planVerify } from '../../src/commands/verify/plan.js';
import { MAX_DEPTH } from '../../src/deployfiles/nodes.js';
import { usesText } from '../../src/deployfiles/report.js';
import { applyEdits, editsFor } from '../../src/deployfiles/rewrite.js';
import { scanText } from '../../src/deployfiles/scan.js';
import { Digest } from '../../src/registry/digest.js';

const D = Digest.parse(`sha256:${'ab'.repeat(32)}`);
const PINNED = `registry.example/db@sha256:${'cd'.repeat(32)}`;

/** `line:column written (uses)` for every site; throws on problems so a refusal cannot pass for a reading. */
function sites(file: string, text: string): string[] {
  const scan = scanText(file, `/w/${file}`, text);
  if (scan.problems.length) throw new Error(scan.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return scan.sites.map((s) => `${s.line}:${s.column} ${s.written}${usesText(s)}`);
}

function problems(file: string, text: string): string[] {
  const scan = scanText(file, `/w/${file}`, text);
  expect(scan.sites).toEqual([]);
  return scan.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

function pinned(file: string, text: string): string {
  const scan = scanText(file, `/w/${file}`, text);
  expect(scan.problems).toEqual([]);
  const edits = scan.sites.flatMap((s) => editsFor(s, text, { digest: D, tag: s.ref.tag }));
  // Uses of one anchor ask for the same edit at the same place: written once.
  return applyEdits(text, [...new Map(edits.map((e) => [`${e.start}:${e.end}:${e.text}`, e])).values()]);
}

describe('JSON objects with a repeated key', () => {
  const ecs = `{\n  "containerDefinitions": [\n    {\n      "name": "web",\n      "image": "${PINNED}",\n      "image": "registry.example/web:latest"\n    }\n  ]\n}\n`;

  test('are refused at the second key, naming it, so the pinned first value cannot hide the last that AWS deploys', () => {
    expect(problems('ecs/task.json', ecs)).toEqual([
      'ecs/task.json:6:7 key "image" appears twice in one object (first at line 5); readers differ on which counts (AWS, Terraform and JSON.parse take the last); keep one',
    ]);
  });

  test('anywhere on the way to an image, and in any JSON file', () => {
    const generic = '{"spec": {"image": "a:1"}, "spec": {"image": "b:latest"}}';
    expect(problems('deploy.json', generic)[0]).toMatch(/^deploy\.json:1:28 key "spec" appears twice/);
  });

  test('YAML maps with a repeated key are refused by both parsers, block and flow', () => {
    expect(problems('values.yaml', `image: ${PINNED}\nimage: registry.example/web:latest\n`)[0]).toMatch(
      /^values\.yaml:2:1 not valid YAML: Map keys must be unique/,
    );
    expect(problems('values.yaml', `x: {image: ${PINNED}, image: web:latest}\n`)[0]).toMatch(/Map keys must be unique/);
  });
});

describe('YAML anchors, aliases and merge keys, read as compose, kubectl and helm read them', () => {
  const compose = `x-app: &app {image: registry.example/app:latest}\nservices:\n  db: {image: "${PINNED}"}\n  web: {<<: *app}\n  worker: *app\n`;

  test('compose services that merge or alias an anchor are found at the anchor, once per use', () => {
    expect(sites('docker-compose.yml', compose)).toEqual([
      '1:21 registry.example/app:latest (used through the merge key at line 4)',
      '1:21 registry.example/app:latest (used through the alias at line 5)',
      `3:16 ${PINNED}`,
    ]);
  });

  test('verify reports each use as unpinned, at the anchor, naming the use', () => {
    const plan = planVerify([scanText('docker-compose.yml', '/w/docker-compose.yml', compose)], { allow: [], allowedRegistries: [] });
    expect(plan.references).toBe(3);
    expect(plan.findings.map((f) => `${f.line} ${f.kind} ${f.message}`)).toEqual([
      '1 unpinned registry.example/app:latest is not pinned to a digest; run pinship pin or write registry.example/app:latest@sha256:... (used through the merge key at line 4)',
      '1 unpinned registry.example/app:latest is not pinned to a digest; run pinship pin or write registry.example/app:latest@sha256:... (used through the alias at line 5)',
    ]);
  });

  test('pin rewrites the anchored text once, for every use', () => {
    expect(pinned('docker-compose.yml', compose)).toBe(compose.replace('app:latest}', `app:latest@${D}}`).replace(PINNED, `registry.example/db@${D}`));
  });

  test('keys the map writes win over merged ones, and earlier merged maps over later ones', () => {
    const text = [
      'x-a: &a {image: a.example/first:1, restart: always}',
      'x-b: &b {image: b.example/second:1}',
      'services:',
      '  own:',
      '    <<: [*a, *b]',
      '    image: c.example/own:1',
      '  listed: {<<: [*b, *a]}',
      '  twice:',
      '    <<: *a',
      '    <<: *b',
    ].join('\n');
    expect(sites('compose.yaml', text)).toEqual([
      '1:17 a.example/first:1 (used through the merge key at line 9)',
      '2:17 b.example/second:1 (used through the merge key at line 7)',
      '6:12 c.example/own:1',
    ]);
  });

  test('Kubernetes containers and Helm values through aliases; merges through an alias are named outermost first', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - &c {name: a, image: "registry.example/a:1"}\n    - *c\n  initContainers: [*c]\n';
    expect(sites('pod.yaml', pod)).toEqual([
      '5:28 registry.example/a:1',
      '5:28 registry.example/a:1 (used through the alias at line 6)',
      '5:28 registry.example/a:1 (used through the alias at line 7)',
    ]);
    const values = 'base: &base {image: {repository: registry.example/api, tag: "2"}}\nmid: &mid {<<: *base}\nworker: *mid\n';
    expect(sites('values.yaml', values)).toEqual([
      '1:34 registry.example/api:2',
      '1:34 registry.example/api:2 (used through the merge key at line 2)',
      '1:34 registry.example/api:2 (used through the alias at line 3, then the merge key at line 2)',
    ]);
  });

  test('a Helm image map that merges its fields gets its own digest; the anchor is left alone', () => {
    const values = 'x-img: &img\n  repository: registry.example/api\n  tag: "2"\nimage:\n  <<: *img\n';
    expect(pinned('values.yaml', values)).toBe(`${values}  digest: ${D}\n`);
    const flow = 'x-img: &img {repository: registry.example/api, tag: "2", digest: ""}\nimage: {<<: *img}\n';
    expect(pinned('values.yaml', flow)).toBe(flow.replace('{<<: *img}', `{<<: *img, digest: ${D}}`));
  });

  test('kustomize images[] and workflow containers through aliases', () => {
    const k = 'x: &e {name: app, newName: registry.example/app, newTag: v2}\nimages:\n  - *e\n';
    expect(sites('kustomization.yaml', k)).toEqual(['1:28 registry.example/app:v2 (used through the alias at line 3)']);
    const wf = 'x: &img registry.example/ci:1\njobs:\n  t:\n    container: *img\n    services:\n      db: {image: *img}\n';
    expect(sites('.github/workflows/ci.yml', wf)).toEqual([
      '1:9 registry.example/ci:1 (used through the alias at line 4)',
      '1:9 registry.example/ci:1 (used through the alias at line 6)',
    ]);
  });

  test('anchors belong to their document; a later anchor of the same name wins', () => {
    const text = 'a: &i registry.example/one:1\na2: &i registry.example/two:1\nspec: {image: *i}\n---\nb: &i registry.example/three:1\nspec: {image: *i}\n';
    expect(sites('x.yaml', text)).toEqual([
      '2:8 registry.example/two:1 (used through the alias at line 3)',
      '5:7 registry.example/three:1 (used through the alias at line 6)',
    ]);
  });

  test('a merge of something not a map, and an alias inside what it names, are problems', () => {
    expect(problems('compose.yaml', 'x: &s just-a-string\nservices:\n  web: {<<: *s}\n')[0]).toMatch(/^compose\.yaml:3:13 a merge key \(<<\) takes a map/);
    expect(problems('x.yaml', 'x: &a [*a]\nimage: *a\n')[0]).toMatch(/^x\.yaml:1:8 alias \*a is inside the node it names/);
  });

  test('few aliases that expand to a great many nodes are refused as an alias bomb', () => {
    const lines = ['a0: &a0 {image: registry.example/x:1, pad: [1, 2, 3, 4, 5, 6, 7, 8]}'];
    for (let i = 1; i <= 20; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    expect(problems('bomb.yaml', lines.join('\n'))[0]).toMatch(/expand to more than 100000 nodes, as in an alias bomb/);
  });
});

describe('tags and quoting', () => {
  test('a !!str image is a reference; quoted keys are keys', () => {
    expect(sites('x.yaml', 'a: &z 1\nspec: {"image": !!str registry.example/a:1}\n\'image\': !!str "registry.example/b:1"\n')).toEqual([
      '2:23 registry.example/a:1',
      '3:17 registry.example/b:1',
    ]);
  });

  test('a custom tag at an image position is a problem: each tool resolves it its own way', () => {
    expect(problems('pod.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: !custom registry.example/a:1\n')).toEqual([
      'pod.yaml:5:22 image value has the tag !custom, which each tool resolves its own way; write it untagged (or !!str)',
    ]);
  });
});

describe('deep nesting is a problem naming the file, never a crash', () => {
  const deep = 10_000;
  test.each([
    ['flow sequences', 'deep.yaml', `${'['.repeat(deep)}${']'.repeat(deep)}\n`],
    ['block sequence entries', 'deep.yaml', `${'- '.repeat(deep)}x\n`],
    ['block entries, full parser', 'deep.yaml', `x: &a 1\ny:\n${'  - '.repeat(1)}${'- '.repeat(deep)}x\n`],
    ['indented maps', 'deep.yaml', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
    ['JSON', 'deep.json', `${'['.repeat(deep)}${']'.repeat(deep)}`],
    ['JSON objects', 'deep.json', `${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}`],
  ])('%s', (_name, file, text) => {
    const found = problems(file, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+ nested more than ${MAX_DEPTH} levels deep`));
  });

  test('nesting up to the limit is read', () => {
    const depth = MAX_DEPTH - 1;
    const text = `${'[ '.repeat(depth)}{image: registry.example/a:1}${' ]'.repeat(depth)}\n`;
    expect(sites('x.yaml', text)).toEqual([`1:${2 * depth + 9} registry.example/a:1`]);
    expect(sites('x.json', text.replace('image: registry.example/a:1', '"image": "registry.example/a:1"'))).toHaveLength(1);
  });
});
