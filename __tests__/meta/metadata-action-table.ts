import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

export const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'metadata-action');

/** metadata-action's `Inputs`, as far as its table sets them. */
export interface UpstreamInputs {
  images?: string[];
  tags?: string[];
  flavor?: string[];
  labels?: string[];
  annotations?: string[];
}

/** One row of metadata-action's table, reduced to what it expects of `version` and `tags`. */
export interface Row {
  /** The table's describe block: push, tag, pr, pr-head-sha, json, bakeFile, ... */
  group: string;
  name: string;
  envFile: string;
  inputs: UpstreamInputs;
  /** metadata-action's `version` output (`version.main || ''`), where the row states it. */
  version: string | undefined;
  tags: string[];
}

type Each = (rows: unknown[][]) => (title: string, fn: unknown) => void;

// Whatever the table's module does with its imports at load time (vi.spyOn(GitHub.prototype, ...),
// vi.mock) must not fail: every import is this, which answers any property or call with itself.
const anything: unknown = new Proxy(() => undefined, { get: (_t, p) => (p === 'then' ? undefined : anything), apply: () => anything });

/** The rows of every `test.each` in the file, by describe block, exactly as the file builds them. */
function loadTables(): { group: string; rows: unknown[][] }[] {
  const source = readFileSync(join(FIXTURES, 'meta.test.ts.txt'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const tables: { group: string; rows: unknown[][] }[] = [];
  let group = '';
  const each: Each = (rows) => () => void tables.push({ group, rows });
  const vitest = {
    describe: (name: string, body: () => void) => {
      group = name;
      body();
    },
    test: { each },
    beforeEach: () => undefined,
    expect: anything,
    vi: anything,
  };
  const require = (id: string): unknown => (id === 'vitest' ? vitest : anything);
  runInNewContext(js, { require, exports: {}, module: { exports: {} }, __dirname: FIXTURES, global: anything, process: { env: {} } });
  return tables;
}

interface UpstreamVersion {
  main?: string;
}
type Target = Record<string, { tags: string[]; args?: { DOCKER_META_VERSION?: string } }>;

function bakeTarget(def: unknown): { tags: string[]; args?: { DOCKER_META_VERSION?: string } } {
  const targets = (def as { target: Target }).target;
  const first = Object.values(targets)[0];
  if (!first) throw new Error('bake definition without a target');
  return first;
}

/** What a row expects, whichever of the table's shapes it has. */
function expectation(group: string, row: unknown[]): { version: string | undefined; tags: string[] } {
  switch (group) {
    case 'json': {
      const json = row[3] as { tags: string[]; labels: Record<string, string> };
      return { version: json.labels['org.opencontainers.image.version'], tags: json.tags };
    }
    case 'bakeFile':
    case 'bakeFileTagsLabels': {
      const t = bakeTarget(row[3]);
      return { version: t.args?.DOCKER_META_VERSION, tags: t.tags };
    }
    case 'sepTags': {
      const sep = (row[2] as { sepTags: string }).sepTags;
      return { version: undefined, tags: (row[3] as string).split(sep) };
    }
    default:
      return { version: (row[3] as UpstreamVersion).main ?? '', tags: row[4] as string[] };
  }
}

/** Every row of metadata-action v6.2.0's meta table that computes tags. */
export function upstreamRows(): Row[] {
  return loadTables()
    .filter((t) => t.group !== 'isRawStatement')
    .flatMap((t) =>
      t.rows.map((row) => ({
        group: t.group,
        name: row[0] as string,
        envFile: row[1] as string,
        inputs: row[2] as UpstreamInputs,
        ...expectation(t.group, row),
      })),
    );
}

/** The row's GITHUB_* environment, its event payload path made absolute. */
export function rowEnv(envFile: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(FIXTURES, envFile), 'utf8').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) env[m[1]] = m[2];
  }
  if (env.GITHUB_EVENT_PATH) env.GITHUB_EVENT_PATH = join(FIXTURES, env.GITHUB_EVENT_PATH.replace(/^.*\//, ''));
  return env;
}

/** metadata-action's default rules (its src/tag.ts), spelled out for rows that give none: pinship's own add semver and sha. */
export const METADATA_ACTION_DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

/**
 * The pinship inputs for a row: its own, line by line, and `pr-sha: merge` (metadata-action names a
 * pull request's image by the merge commit unless DOCKER_METADATA_PR_HEAD_SHA, which its pr-head-sha
 * rows set; pinship's default is the head). `context` is where a run without GITHUB_SHA reads git.
 */
export function pinshipInputs(r: Row, context: string): Record<string, string> {
  const i = r.inputs;
  return {
    images: (i.images ?? []).join('\n'),
    tags: (i.tags?.length ? i.tags : METADATA_ACTION_DEFAULT_RULES).join('\n'),
    flavor: (i.flavor ?? []).join('\n'),
    labels: (i.labels ?? []).join('\n'),
    annotations: (i.annotations ?? []).join('\n'),
    'pr-sha': r.group === 'pr-head-sha' ? 'head' : 'merge',
    context,
  };
}

/** A row whose rules use {{date}} or {{commit_date}}: its tags come from a moment mocked to one instant for both. */
export const onMockedClock = (r: Row): boolean => [...(r.inputs.tags ?? []), ...(r.inputs.flavor ?? [])].some((l) => /\{\{\s*(date|commit_date)\b/.test(l));

/** A row with a label line without '=': metadata-action drops it silently, pinship refuses it (README, Differences). */
export const labelWithoutValue = (r: Row): boolean => (r.inputs.labels ?? []).some((l) => !l.includes('='));
