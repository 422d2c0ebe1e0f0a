// Build overhead over plain `docker buildx build --push` (same small uncached image), for pinship and
// for docker/build-push-action, both run as the runner runs them: `node <main>` with INPUT_* variables
// (action.yml defaults filled in, as the runner does) and GITHUB_* files, then `node <post>` with the
// saved state as STATE_* variables. Alternating runs; medians of wall time per step; overhead ratios.
// build-push-action's dist comes from a checkout given as BPA_DIR (action.yml + dist/index.cjs); without
// it only pinship vs plain buildx is measured. pinship's metadata.durations show where its time goes.
// With ONE_WAY_MS=25 the registry (the base image's and the push's) is reached through
// bench/delay-proxy.mjs (a 50 ms round trip) and the image is the WAN shape: FROM the base plus six new
// layers (2 × 64 KiB, 3 × 2 MiB, 8 MiB).
// Usage: npm run build && BPA_DIR=/path/to/build-push-action [ONE_WAY_MS=25] node bench/build.mjs [runs=7]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { median, runnerFiles } from './lib.mjs';

const runs = Number(process.argv[2] ?? 7);
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const oneWayMs = Number(process.env.ONE_WAY_MS ?? 0);
/** The proxy runs as its own process: this script's loop blocks on each timed run. */
async function delayed(host) {
  const child = spawn(process.execPath, [resolve('bench/delay-proxy.mjs'), host.split(':')[1], String(oneWayMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill());
  const port = await new Promise((done) => child.stdout.once('data', (d) => done(String(d).trim())));
  return `127.0.0.1:${port}`;
}
const registry = oneWayMs ? await delayed(env.registries.plain.host) : env.registries.plain.host;
const baseImage = oneWayMs ? `${registry}/${env.baseRepository}:${env.baseTag}` : env.baseImage;
const KiB = 1024;
const layers = oneWayMs ? [64 * KiB, 64 * KiB, 2048 * KiB, 2048 * KiB, 2048 * KiB, 8192 * KiB] : [64 * KiB];
const bpa = process.env.BPA_DIR && existsSync(join(process.env.BPA_DIR, 'dist/index.cjs')) ? process.env.BPA_DIR : undefined;
const work = mkdtempSync(join(tmpdir(), 'pinship-bench-build-'));

function context() {
  const dir = mkdtempSync(join(work, 'ctx-'));
  // A new payload each run: the COPY layers are never cached, the base layers always are.
  layers.forEach((size, i) => writeFileSync(join(dir, `payload${i}.bin`), randomBytes(size)));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${baseImage}\n${layers.map((_, i) => `COPY payload${i}.bin /payload${i}.bin\n`).join('')}`);
  return dir;
}

function timed(cmd, args, childEnv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: childEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return ms;
}

/** The runner's file-command format: `name<<delimiter`, lines, `delimiter`. */
function readFileCommands(file) {
  const out = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

const defaults = (actionYml) =>
  Object.fromEntries(
    Object.entries(parse(readFileSync(actionYml, 'utf8')).inputs)
      .filter(([, v]) => v.default !== undefined)
      .map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v.default)]),
  );

/** Main step, then post step, as the runner runs a node action; returns both wall times and the outputs. */
function runAction(main, post, actionYml, inputs) {
  const dir = mkdtempSync(join(work, 'run-'));
  const files = runnerFiles(dir);
  mkdirSync(join(dir, 'tmp'));
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: env.dockerHost,
    ...files,
    RUNNER_TEMP: join(dir, 'tmp'),
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    // No network beyond 127.0.0.1: GitHub's API points at a closed local port.
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const mainMs = timed(process.execPath, [main], { ...base, ...defaults(actionYml), ...inputs });
  const state = Object.fromEntries(Object.entries(readFileCommands(files.GITHUB_STATE)).map(([k, v]) => [`STATE_${k}`, v]));
  const postMs = timed(process.execPath, [post], { ...base, ...defaults(actionYml), ...inputs, ...state });
  return { mainMs, postMs, outputs: readFileCommands(files.GITHUB_OUTPUT) };
}

const peers = {
  plain: (tag) => ({
    mainMs: timed('docker', ['buildx', 'build', '--network', 'none', '--provenance=false', '--push', '-t', `${registry}/bench/plain:${tag}`, context()], {
      ...process.env,
      DOCKER_HOST: env.dockerHost,
    }),
    postMs: 0,
  }),
  pinship: (tag) => {
    const r = runAction(resolve('dist/index.js'), resolve('dist/post/index.js'), resolve('action.yml'), {
      INPUT_IMAGES: `${registry}/bench/pinship`,
      INPUT_CONTEXT: context(),
      INPUT_BUILDER: 'buildx',
      INPUT_NETWORK: 'none',
      INPUT_TAGS: `type=raw,value=${tag}`,
    });
    if (!r.outputs.digest) throw new Error('pinship set no digest output');
    r.durations = JSON.parse(r.outputs.metadata ?? '{}').durations;
    return r;
  },
  ...(bpa && {
    'build-push-action': (tag) =>
      runAction(join(bpa, 'dist/index.cjs'), join(bpa, 'dist/index.cjs'), join(bpa, 'action.yml'), {
        INPUT_CONTEXT: context(),
        INPUT_PUSH: 'true',
        INPUT_TAGS: `${registry}/bench/bpa:${tag}`,
        INPUT_PROVENANCE: 'false',
        INPUT_SBOM: 'false',
        INPUT_NETWORK: 'none',
      }),
  }),
};

const names = Object.keys(peers);
const res = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < runs; i++) {
  // Rotate the order so no peer always follows the same one.
  for (const n of names.slice(i % names.length).concat(names.slice(0, i % names.length))) res[n].push(peers[n](`run-${Date.now()}-${i}`));
  console.log(
    `run ${i + 1}: ${names.map((n) => `${n} ${res[n][i].mainMs.toFixed(0)}+${res[n][i].postMs.toFixed(0)} ms`).join(', ')}${res.pinship[i].durations ? `; pinship durations ${JSON.stringify(res.pinship[i].durations)}` : ''}`,
  );
}
const plainMs = median(res.plain.map((r) => r.mainMs));
const bare = median(Array.from({ length: runs }, () => timed(process.execPath, ['-e', '0'], process.env)));
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${(await import('node:os')).cpus().length} cores, median of ${runs}: docker buildx build --push ${plainMs.toFixed(0)} ms; node -e 0 ${bare.toFixed(0)} ms`,
);
const over = {};
for (const n of names.filter((x) => x !== 'plain')) {
  const main = median(res[n].map((r) => r.mainMs));
  const post = median(res[n].map((r) => r.postMs));
  over[n] = main - plainMs;
  console.log(
    `${n}: main ${main.toFixed(0)} ms (overhead over buildx ${over[n].toFixed(0)} ms), post ${post.toFixed(0)} ms (${(post / bare).toFixed(2)}× node -e 0)`,
  );
}
// Where pinship's main step goes: the median of each metadata.durations phase, in run order
// (startMs: node's start to the first phase; buildMs: the builder's own run, the part plain buildx also pays).
const phases = Object.keys(res.pinship[0].durations ?? {});
if (phases.length) {
  const med = phases.map((k) => [k, median(res.pinship.map((r) => r.durations?.[k] ?? 0))]);
  const outside = med.filter(([k]) => k !== 'buildMs').reduce((n, [, v]) => n + v, 0);
  console.log(`pinship phases (median ms): ${med.map(([k, v]) => `${k.replace(/Ms$/, '')} ${v}`).join(', ')}; outside the builder ${outside} ms`);
}
// The same overheads run by run (each peer against the plain build of its own round, minutes apart at most
// instead of across the whole bench): less swayed by a load that changes while the bench runs.
const paired = Object.fromEntries(Object.keys(over).map((n) => [n, median(res[n].map((r, i) => r.mainMs - res.plain[i].mainMs))]));
if (over['build-push-action']) {
  console.log(`main-step overhead ratio pinship / build-push-action: ${(over.pinship / over['build-push-action']).toFixed(2)} (target ≤ 0.15)`);
  console.log(
    `paired per round: pinship +${paired.pinship.toFixed(0)} ms, build-push-action +${paired['build-push-action'].toFixed(0)} ms, ratio ${(paired.pinship / paired['build-push-action']).toFixed(2)}`,
  );
} else console.log('build-push-action not measured (set BPA_DIR to a checkout with dist/index.cjs)');
if (oneWayMs) {
  const main = median(res.pinship.map((r) => r.mainMs));
  const perRound = median(res.pinship.map((r, i) => r.mainMs / res.plain[i].mainMs));
  console.log(
    `main step across the ${2 * oneWayMs} ms link, pinship / plain buildx: ${(main / plainMs).toFixed(2)} (per round ${perRound.toFixed(2)}; target ≤ 0.8)`,
  );
}
// The delay proxy's child process would keep this one alive.
process.exit(0);
