// `verify` over 10,000 Kubernetes manifests (a few hundred distinct references), run as the runner runs
// the action (node dist/index.js, INPUT_* variables), side by side with `grep -rn 'image:'` over the
// same tree: the floor for reading every file. Alternating runs; medians of wall time, of verify's own
// scan-and-plan time (metadata.durations.scanMs) and of the registry requests, counted by a proxy in
// front of the plain registry (one per distinct reference is the target).
// Usage: npm run build && node bench/verify.mjs [runs] [files] [repositories] [tags]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { loadRegistryLib } from './registry-lib.mjs';
import { median } from './lib.mjs';

const [runs, files, repos, tags] = [5, 10000, 30, 10].map((d, i) => Number(process.argv[i + 2] ?? d));
execFileSync('bash', ['scripts/test-env.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const plain = env.registries.plain.host;

// Counts requests on their way to the plain registry; pinship reaches it as 127.0.0.1:<proxy port>.
let requests = 0;
const proxy = http.createServer((req, res) => {
  requests++;
  const [host, port] = plain.split(':');
  const upstream = http.request({ host, port, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
const via = `127.0.0.1:${proxy.address().port}`;

// One small image under `tags` tags in each of `repos` repositories: repos × tags distinct references.
const { RegistryClient, Reference, digestOf } = await loadRegistryLib();
const client = new RegistryClient({});
const ns = `bench/verify-${Date.now().toString(36)}`;
const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config).toString(), size: config.length },
    layers: [],
  }),
);
const digest = digestOf(manifest).toString();
const refs = [];
for (let r = 0; r < repos; r++) {
  const repo = Reference.parse(`${plain}/${ns}/app-${r}:x`).repository;
  await client.putBlob(repo, () => Readable.from([config]), { digest: digestOf(config), size: config.length });
  for (let t = 0; t < tags; t++) {
    await client.putManifest(repo, `1.${t}`, manifest, 'application/vnd.oci.image.manifest.v1+json');
    refs.push(`${via}/${ns}/app-${r}:1.${t}@${digest}`);
  }
}
client.close();

// The tree: a Deployment per file, 100 folders, comments and a sidecar as real manifests have.
const tree = mkdtempSync(join(tmpdir(), 'pinship-bench-tree-'));
for (let i = 0; i < files; i++) {
  const dir = join(tree, `team-${i % 100}`);
  if (i < 100) mkdirSync(dir);
  const ref = refs[i % refs.length];
  const sidecar = refs[(i * 7 + 3) % refs.length];
  writeFileSync(
    join(dir, `app-${i}.yaml`),
    `# generated workload ${i}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  labels: {app: app-${i}, tier: "web"}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${ref} # pinned\n          ports: [{containerPort: 8080}]\n          env:\n            - name: MODE\n              value: "production"\n        - name: sidecar\n          image: '${sidecar}'\n`,
  );
}

/** Wall time of a child process (and its output files), without blocking the proxy's event loop. */
function timed(cmd, args, extraEnv = {}) {
  return new Promise((resolveRun, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d.length < 1 << 16 ? d : ''));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, out, err }));
  });
}

async function verifyRun() {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-runner-'));
  const output = join(dir, 'output');
  for (const f of ['output', 'state', 'summary']) writeFileSync(join(dir, f), '');
  const before = requests;
  const r = await timed(process.execPath, [resolve('dist/index.js')], {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: tree,
    GITHUB_OUTPUT: output,
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    INPUT_COMMAND: 'verify',
    INPUT_FILES: '**/*.yaml',
    'INPUT_GITHUB-TOKEN': '',
  });
  if (r.code !== 0) throw new Error(`verify failed (${r.code}):\n${r.out.slice(-3000)}${r.err.slice(-2000)}`);
  const metadata = JSON.parse(/^metadata<<(.+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(output, 'utf8'))[2]);
  return { ms: r.ms, scanMs: metadata.durations.scanMs, references: metadata.references, requests: requests - before };
}

const grep = [];
const verify = [];
await timed('grep', ['-rn', 'image:', tree]); // warm the page cache for both
for (let i = 0; i < runs; i++) {
  grep.push((await timed('grep', ['-rn', 'image:', tree])).ms);
  verify.push(await verifyRun());
}
proxy.close();
const g = median(grep);
const v = median(verify.map((r) => r.ms));
const scan = median(verify.map((r) => r.scanMs));
console.log(`tree: ${files} manifests, ${verify[0].references} references, ${refs.length} distinct (${repos} repositories × ${tags} tags)`);
console.log(`median of ${runs}: grep -rn 'image:' ${g.toFixed(0)} ms | verify (node dist/index.js) ${v.toFixed(0)} ms, of which scan+plan ${scan} ms`);
console.log(`ratios: scan+plan / grep ${(scan / g).toFixed(2)}× (target ≤ 10×) | whole verify / grep ${(v / g).toFixed(2)}×`);
console.log(`registry requests per run: ${verify.map((r) => r.requests).join(', ')} (distinct references: ${refs.length}; the ping adds one)`);
