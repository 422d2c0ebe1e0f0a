import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { events, runAction, type ActionRun } from '../helpers/action.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { FIXTURE, listFiles, placehold, pushFixtureImages, snapshot, substitute, workspace, type Values } from './fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const FILES = ['k8s/**/*.yaml', 'helm/**/values*.yaml', '**/kustomization.yaml', 'compose/*.yml', '**/Dockerfile', '.github/workflows/*.yml', 'ecs/*.json', 'config/*.json'].join('\n');
// Docker Hub cannot be reached from the tests, and the registry is not listening on [::1]: both stay as written here
// (the `set` test rewrites them, the parser tests parse them).
const ALLOW = 'docker.io/library/*\n[::1]:5000/*';
const auth = (['basic', 'token'] as const).map((k) => `- registry: ${env.registries[k].host}\n  username: ${env.registries[k].username}\n  password: ${env.registries[k].password}`).join('\n');

let values: Values;
beforeAll(async () => {
  values = await pushFixtureImages(client, env);
});

function run(command: 'pin' | 'verify', ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ command, files: FILES, allow: ALLOW, 'registry-auth': auth, ...inputs }, events.pushMain(), { GITHUB_WORKSPACE: ws, PINSHIP_CERTS_D: testCertsDir(env) });
}

/** `::error file=F,line=L,col=C::message` lines as `F:L:C level message`. */
function annotations(stdout: string): string[] {
  return [...stdout.matchAll(/^::(error|warning) file=([^,]+),line=(\d+),col=(\d+)::(.*)$/gm)].map((m) => `${m[2]}:${m[3]}:${m[4]} ${m[1]} ${m[5]}`);
}

test('pin rewrites every format to the golden files, a second run changes nothing, verify then passes', async () => {
  const ws = workspace(values);
  const first = await run('pin', ws);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const after = snapshot(ws);
  if (process.env.PINSHIP_UPDATE_GOLDEN === '1') {
    // Regenerates the goldens from this run; review the diff before committing.
    for (const [f, text] of Object.entries(after)) {
      mkdirSync(join(FIXTURE, 'golden', f, '..'), { recursive: true });
      writeFileSync(join(FIXTURE, 'golden', f), placehold(text, values));
    }
  }
  const golden = Object.fromEntries(listFiles(join(FIXTURE, 'golden')).map((f) => [f, substitute(readFileSync(join(FIXTURE, 'golden', f), 'utf8'), values)]));
  expect(after).toEqual(golden);

  const changed = first.outputs['changed-files']!.split('\n');
  expect(changed).toEqual(['.github/workflows/deploy.yml', 'compose/docker-compose.yml', 'config/app.json', 'docker/Dockerfile', 'ecs/task-definition.json', 'helm/values.yaml', 'k8s/debug-pod.yaml', 'k8s/workloads.yaml', 'kustomize/overlays/prod/kustomization.yaml']);
  const metadata = JSON.parse(first.outputs.metadata!) as Array<{ file: string; line: number; column: number; old: string; new: string }>;
  const pinned = metadata.filter((m) => m.old !== m.new);
  expect(pinned).toHaveLength(Number(first.outputs.pinned));
  expect(pinned.find((m) => m.file === 'k8s/workloads.yaml')).toEqual({ file: 'k8s/workloads.yaml', line: 14, column: 18, old: `${values.__PLAIN__}/${values.__NS__}/web:1.0`, new: `${values.__PLAIN__}/${values.__NS__}/web:1.0@${values.__DIGEST_web__}` });
  expect(first.summary).toContain('| file | line | was | now |');

  const second = await run('pin', ws);
  expect(second.code).toBe(0);
  expect(second.outputs.pinned).toBe('0');
  expect(second.outputs['changed-files']).toBe('');
  expect(snapshot(ws)).toEqual(golden);

  const verify = await run('verify', ws, { 'allowed-registries': `${values.__PLAIN__}\n${values.__TOKEN__}\nlocalhost:5000` });
  expect(annotations(verify.stdout)).toEqual([]);
  expect(verify.code).toBe(0);
  const report = JSON.parse(verify.outputs.metadata!) as { references: number; requests: number; findings: unknown[] };
  expect(report.findings).toEqual([]);
  // One registry request per distinct reference: every tag@digest resolves to its own digest.
  const distinct = new Set(metadata.filter((m) => !/^(docker\.io\/library\/|\[::1\]|nginx)/.test(m.new)).map((m) => m.new));
  expect(report.requests).toBe(distinct.size);
});

test('verify on the original files fails with one annotation per finding at file:line:column', async () => {
  const ws = workspace(values);
  const before = snapshot(ws);
  const verify = await run('verify', ws, { files: `${FILES}\nbad/*.yaml`, 'allowed-registries': `${values.__PLAIN__}\n${values.__TOKEN__}\nlocalhost:5000` });
  expect(verify.code).toBe(1);
  const found = annotations(verify.stdout).map((a) => a.replace(values.__NS__!, 'NS').replace(/ (error|warning) .*?(is not pinned|is outside allowed-registries|does not exist|now points to).*/, ' $1 $2'));
  expect(found).toEqual(EXPECTED_FINDINGS);
  expect(verify.stdout).toContain('::error::verify: ');
  expect(verify.summary).toContain('| level | where | reference | finding |');
  expect(snapshot(ws)).toEqual(before);
});

// Every unpinned reference outside `allow`, plus bad/: a moved tag, a digest the registry lacks, a registry not allowed.
const EXPECTED_FINDINGS = [
  '.github/workflows/deploy.yml:6:16 error is not pinned',
  '.github/workflows/deploy.yml:8:14 error is not pinned',
  '.github/workflows/deploy.yml:10:16 error is not pinned',
  '.github/workflows/deploy.yml:13:24 error is not pinned',
  'bad/findings.yaml:9:14 error now points to',
  'bad/findings.yaml:11:14 error does not exist',
  'bad/findings.yaml:13:14 error is outside allowed-registries',
  'compose/docker-compose.yml:3:12 error is not pinned',
  'compose/docker-compose.yml:6:13 error is not pinned',
  'config/app.json:1:41 error is not pinned',
  'docker/Dockerfile:2:10 error is not pinned',
  'docker/Dockerfile:3:32 error is not pinned',
  'docker/Dockerfile:5:28 error is not pinned',
  'docker/Dockerfile:9:13 error is not pinned',
  'ecs/task-definition.json:4:32 error is not pinned',
  'ecs/task-definition.json:5:35 error is not pinned',
  'helm/values.yaml:5:15 error is not pinned',
  'helm/values.yaml:11:17 error is not pinned',
  'helm/values.yaml:15:10 error is not pinned',
  'k8s/debug-pod.yaml:8:14 error is not pinned',
  'k8s/debug-pod.yaml:11:14 error is not pinned',
  'k8s/debug-pod.yaml:15:20 error is not pinned',
  'k8s/workloads.yaml:14:18 error is not pinned',
  'k8s/workloads.yaml:30:22 error is not pinned',
  'kustomize/overlays/prod/kustomization.yaml:5:14 error is not pinned',
];
