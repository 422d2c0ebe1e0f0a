import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { events, runAction } from '../helpers/action.js';

// A listening socket that only counts connections: whatever verify would say to a registry, it would have to connect first.
let server: Server;
let connections = 0;
let port = 0;
beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-regcheck-'));
  mkdirSync(join(ws, 'k8s'));
  const digest = `sha256:${'a'.repeat(64)}`;
  writeFileSync(
    join(ws, 'k8s', 'pod.yaml'),
    `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: 127.0.0.1:${port}/acme/app:1@${digest}\n`,
  );
  return ws;
}

test('registry-check: false decides from the files alone and opens no connection; true asks the registry', async () => {
  const ws = workspace();
  const offline = await runAction({ command: 'verify', files: 'k8s/*.yaml', 'registry-check': 'false' }, events.pushMain(), { GITHUB_WORKSPACE: ws });
  expect(offline.code).toBe(0);
  expect(JSON.parse(offline.outputs.metadata)).toMatchObject({ references: 1, requests: 0, findings: [] });
  expect(connections).toBe(0);

  const online = await runAction({ command: 'verify', files: 'k8s/*.yaml', retries: '1' }, events.pushMain(), { GITHUB_WORKSPACE: ws });
  expect(online.code).toBe(1);
  expect(connections).toBeGreaterThan(0);
});

test('registry-check: false with require-signature is refused: signatures live in the registry', async () => {
  const run = await runAction({ command: 'verify', files: 'k8s/*.yaml', 'registry-check': 'false', 'require-provenance': 'true' }, events.pushMain(), {
    GITHUB_WORKSPACE: workspace(),
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("Invalid input 'registry-check': 'false'.");
});

test("this repository's own workflows pass verify: every container image they run is pinned by digest", async () => {
  const run = await runAction({ command: 'verify', files: '.github/workflows/*.yml', 'registry-check': 'false' }, events.pushMain(), {
    GITHUB_WORKSPACE: process.cwd(),
  });
  expect(run.stdout).not.toContain('::error');
  expect(run.code).toBe(0);
  expect(JSON.parse(run.outputs.metadata)).toMatchObject({ findings: [] });
  expect((JSON.parse(run.outputs.metadata) as { references: number }).references).toBeGreaterThanOrEqual(2);
});

test("the CLI prints a failing verify's result on stdout, findings included, for a script to read", async () => {
  const ws = workspace();
  writeFileSync(join(ws, 'k8s', 'floating.yaml'), 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/app:1\n');
  const r = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'verify', '--files', 'k8s/*.yaml', '--registry-check', 'false'], {
    cwd: ws,
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: ws },
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  const metadata = JSON.parse((JSON.parse(r.stdout) as { metadata: string }).metadata) as { findings: Array<{ kind: string; file: string; line: number }> };
  expect(metadata.findings).toEqual([expect.objectContaining({ kind: 'unpinned', file: 'k8s/floating.yaml', line: 6 })]);
});

test('templates: error fails on an image a template fills, where the default only notes it (a literal tag with a template tail is not a pass)', async () => {
  const ws = workspace();
  mkdirSync(join(ws, 'chart', 'templates'), { recursive: true });
  writeFileSync(
    join(ws, 'chart', 'templates', 'deploy.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:latest{{ "" }}\n',
  );
  const inputs = { command: 'verify', files: 'chart/**/*.yaml', 'registry-check': 'false' };
  const notice = await runAction(inputs, events.pushMain(), { GITHUB_WORKSPACE: ws });
  expect(notice.code).toBe(0);
  expect(notice.stdout).toMatch(/^::notice file=chart\/templates\/deploy.yaml,line=8,col=\d+::.*template/m);

  const strict = await runAction({ ...inputs, templates: 'error' }, events.pushMain(), { GITHUB_WORKSPACE: ws });
  expect(strict.code).toBe(1);
  expect(strict.stdout).toMatch(/^::error file=chart\/templates\/deploy.yaml,line=8,col=\d+::.*\(templates: error\)/m);
  expect(JSON.parse(strict.outputs.metadata)).toMatchObject({ findings: [expect.objectContaining({ kind: 'templated', line: 8 })] });
});
