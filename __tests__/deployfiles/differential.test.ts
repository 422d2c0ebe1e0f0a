import { scanText } from '../../src/deployfiles/scan.js';
import { generate, type CorpusFile, type Format } from './corpus/formats.js';
import { Gen } from './corpus/gen.js';
import { referenceRead } from './corpus/reference.js';

/*
 * A generated corpus, read twice: by a reference reader with full semantics (the `yaml` package with
 * merge keys, JSON.parse) and by pinship. Every image the reference sees must be one of pinship's
 * references (or, where the format's deployer fills it in, one of its templates), once per place it is
 * deployed, found at the line its text is on; pinship may find nothing the reference does not. Files the
 * generator made to be refused (a repeated key, a custom tag, nesting past the limit) must be refused
 * with the reason, and no other file may be.
 */

const FORMATS: Format[] = ['kubernetes', 'compose', 'helm', 'kustomize', 'workflow', 'ecs', 'json', 'yaml'];
const PER_FORMAT = 250;
const SEED = 20261207;

function corpus(): CorpusFile[] {
  const g = new Gen(SEED);
  return FORMATS.flatMap((format) => Array.from({ length: PER_FORMAT }, (_, i) => generate(g, format, i)));
}

const sorted = (xs: string[]): string[] => [...xs].sort();

/** What went wrong with one file, or nothing. */
function compare(f: CorpusFile): string | undefined {
  const scan = scanText(f.file, `/w/${f.file}`, f.text);
  const problems = scan.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  if (f.expect) {
    if (problems.length !== 1 || !f.expect.test(problems[0]) || scan.sites.length) return `expected one problem ${f.expect}, got ${JSON.stringify(problems)}`;
    return undefined;
  }
  if (problems.length) return `unexpected problems ${JSON.stringify(problems)}`;
  const ref = referenceRead(f.format, f.text);
  if ('refused' in ref) return `the reference reader refused it: ${ref.refused}`;
  const templates = scan.templated.map((t) => /^'(.*)' is a template/.exec(t.message)?.[1] ?? t.message);
  const found = { images: sorted(scan.sites.map((s) => s.written)), templates: sorted(templates) };
  const expected = { images: sorted(ref.images), templates: sorted(ref.templates) };
  if (JSON.stringify(found) !== JSON.stringify(expected)) return `pinship read ${JSON.stringify(found)}\nthe reference ${JSON.stringify(expected)}`;
  const lines = f.text.split('\n');
  for (const s of scan.sites) {
    // Each value is unique in its file: the site's line is where its text is, which is what pin rewrites.
    if (s.target.kind === 'inline' && !lines[s.line - 1].includes(s.written)) return `${s.written} reported at line ${s.line}, which does not hold it`;
    for (const u of s.uses ?? []) if (!/[*]/.test(lines[u.line - 1])) return `${s.written} used at line ${u.line}, which holds no alias`;
  }
  return undefined;
}

test('pinship finds every image a deployer runs, in thousands of generated files of every format', () => {
  const files = corpus();
  const failures = files.flatMap((f) => {
    const wrong = compare(f);
    return wrong ? [`${f.file}: ${wrong}\n--- ${f.file}\n${f.text}`] : [];
  });
  expect(failures.slice(0, 3)).toEqual([]);
  // The corpus holds what it is for: aliases, merges, flow maps, quoting, tags, several documents, and refusals of each kind.
  const all = files.map((f) => f.text).join('\n');
  for (const feature of [/<<: \*/, /<<: \[\*/, /: \*[a-z]\d+/, /- \*[a-z]\d+/, /\{[^}\n]*image/, /!!str /, /"image":/, /'image':/, /^---$/m, /image: '/]) {
    expect([feature, feature.test(all)]).toEqual([feature, true]);
  }
  const expects = files.map((f) => f.expect?.source ?? 'read');
  for (const kind of ['read', 'Map keys must be unique', 'appears twice in one object', 'has the tag !custom', 'nested more than 256 levels deep']) {
    expect([kind, expects.filter((e) => e === kind).length]).toEqual([kind, expect.any(Number)]);
    expect(expects.some((e) => e === kind)).toBe(true);
  }
});
