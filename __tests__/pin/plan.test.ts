import { scanText } from '../../src/deployfiles/scan.js';
import { applyPlan } from '../../src/commands/pin/apply.js';
import { planPin } from '../../src/commands/pin/plan.js';
import type { Resolution } from '../../src/commands/pin/resolve.js';
import { Digest } from '../../src/registry/digest.js';
import { Reference } from '../../src/registry/reference.js';
import { planVerify } from '../../src/commands/verify/plan.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

const manifest = [
  'apiVersion: v1',
  'kind: Pod',
  'spec:',
  '  containers:',
  '    - image: ghcr.io/acme/app:1.4 # app',
  '    - image: docker.io/library/nginx:1.25',
  `    - image: ghcr.io/acme/db:16@${A}`,
  '    - image: 127.0.0.1:5000/test/fixture:dev',
  '',
].join('\n');
const scans = () => [scanText('k8s/pod.yaml', '/ws/k8s/pod.yaml', manifest)];

test('without set: tags are resolved once each, pinned references and allowed ones are left alone', () => {
  const plan = planPin(scans(), { set: [], allow: ['127.0.0.1:5000/test/*'] });
  expect([...plan.toResolve.keys()]).toEqual(['ghcr.io/acme/app:1.4', 'docker.io/library/nginx:1.25']);
  const resolved = new Map<string, Resolution>([
    ['ghcr.io/acme/app:1.4', { digest: Digest.parse(A) }],
    ['docker.io/library/nginx:1.25', { error: 'cannot resolve nginx:1.25: offline' }],
  ]);
  const out = applyPlan(plan, resolved, true);
  expect(out.problems).toEqual([{ file: 'k8s/pod.yaml', line: 6, column: 14, message: 'cannot resolve nginx:1.25: offline' }]);
});

test('keep-tag false drops the tag; set without a tag drops it too, set with one replaces it', () => {
  const dropped = applyPlan(
    planPin(scans(), { set: [], allow: ['*fixture*', 'nginx*'] }),
    new Map([['ghcr.io/acme/app:1.4', { digest: Digest.parse(A) }]]),
    false,
  );
  expect(dropped.files[0].text).toContain(`image: ghcr.io/acme/app@${A} # app\n`);
  const set = applyPlan(planPin(scans(), { set: [Reference.parse(`nginx:1.27@${B}`), Reference.parse(`ghcr.io/acme/db@${B}`)], allow: [] }), new Map(), true);
  expect(set.changed.map((c) => c.new)).toEqual([`docker.io/library/nginx:1.27@${B}`, `ghcr.io/acme/db@${B}`]);
  expect(set.files[0].text).toBe(manifest.replace('nginx:1.25', `nginx:1.27@${B}`).replace(`db:16@${A}`, `db@${B}`));
});

test('set names a repository no file mentions: reported, nothing rewritten for it', () => {
  const plan = planPin(scans(), { set: [Reference.parse(`ghcr.io/acme/other@${B}`)], allow: [] });
  expect(plan.unusedSet.map(String)).toEqual([`ghcr.io/acme/other@${B}`]);
  expect(plan.sites).toEqual([]);
});

test('verify plans findings without the network and one check per distinct pinned reference', () => {
  const plan = planVerify([...scans(), ...scans()], { allow: ['127.0.0.1:5000/test/*'], allowedRegistries: ['ghcr.io/acme'] });
  expect(plan.findings.map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual([
    '5:14 unpinned',
    '6:14 registry',
    '6:14 unpinned',
    '5:14 unpinned',
    '6:14 registry',
    '6:14 unpinned',
  ]);
  expect(plan.checks.map((c) => [c.ref.toString(), c.sites.length])).toEqual([[`ghcr.io/acme/db:16@${A}`, 2]]);
  expect(plan.references).toBe(6);
});

test('allowed-registries: a host, a repository prefix, and docker.io for Docker Hub short names', async () => {
  const { registryAllowed } = await import('../../src/deployfiles/allow.js');
  const allowed = (prefixes: string[], ref: string): boolean => registryAllowed(prefixes, Reference.parse(ref));
  expect(allowed(['docker.io'], 'nginx:1.25')).toBe(true);
  expect(allowed(['docker.io/library'], 'nginx')).toBe(true);
  expect(allowed(['docker.io/library'], 'acme/app')).toBe(false);
  expect(allowed(['ghcr.io/acme'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['ghcr.io/acme'], 'ghcr.io/acme-evil/app:1')).toBe(false);
  expect(allowed(['127.0.0.1:5000'], '127.0.0.1:5000/a/b')).toBe(true);
  expect(allowed(['127.0.0.1:5000'], 'localhost:5000/a/b')).toBe(false);
  expect(allowed(['index.docker.io'], 'docker.io/library/nginx')).toBe(true);
});
