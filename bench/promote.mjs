// pinship promote, run as the runner runs the action (node dist/index.js with INPUT_* variables and
// GITHUB_OUTPUT/GITHUB_STATE files), against `skopeo copy --all --preserve-digests`, alternating runs.
// Scenarios: HTTP→HTTP and HTTP→TLS+token, each directly and through bench/delay-proxy.mjs with added
// latency. The HTTP destination is the plain registry seen through a proxy, i.e. another host:port,
// so both tools copy every byte. Reports medians of wall, CPU (user+sys) and peak RSS, and ratios.
// Usage: npm run build && [BENCH_SCENARIOS=name,...] [BENCH_CONCURRENCY=n] node bench/promote.mjs [runs=5] [layers=8] [MiB=32] [rttMs=20]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDelayProxy } from './delay-proxy.mjs';
import { forgetSkopeoCache, measure, median, runnerFiles } from './lib.mjs';

const [runs, layers, mib, rttMs] = [5, 8, 32, 20].map((d, i) => Number(process.argv[2 + i] ?? d));
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const plainPort = Number(env.registries.plain.host.split(':')[1]);
const token = env.registries.token;
const tokenPort = Number(token.host.split(':')[1]);
const source = `${env.registries.plain.host}/bench/promote-source:${layers}x${mib}m`;
execFileSync(process.execPath, [resolve('bench/make-large-image.mjs'), source, String(layers), String(mib)], { stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'pinship-bench-promote-'));
const certs = join(work, 'certs');
const trust = (host) => {
  mkdirSync(join(certs, host), { recursive: true });
  copyFileSync(env.caFile, join(certs, host, 'ca.crt'));
};

function pinship(src, dest, auth) {
  const files = runnerFiles(work);
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return measure(process.execPath, [...nodeArgs, resolve('dist/index.js')], {
    ...files,
    PINSHIP_CERTS_D: certs,
    INPUT_COMMAND: 'promote',
    INPUT_SOURCE: src,
    INPUT_IMAGES: dest,
    INPUT_TAGS: 'promoted',
    'INPUT_REGISTRY-AUTH': auth ? `- registry: ${auth.host}\n  username: ${token.username}\n  password: ${token.password}\n` : '',
    ...(process.env.BENCH_CONCURRENCY ? { INPUT_CONCURRENCY: process.env.BENCH_CONCURRENCY } : {}),
  });
}

function skopeo(src, dest, auth) {
  forgetSkopeoCache();
  const destTls = auth ? ['--dest-cert-dir', join(certs, auth.host), '--dest-creds', `${token.username}:${token.password}`] : ['--dest-tls-verify=false'];
  return measure('skopeo', ['copy', '--all', '--preserve-digests', '--src-tls-verify=false', ...destTls, `docker://${src}`, `docker://${dest}:promoted`]);
}

trust(new URL(token.realm).host);
const nodeRss = median(
  [await measure(process.execPath, ['-e', '0']), await measure(process.execPath, ['-e', '0']), await measure(process.execPath, ['-e', '0'])].map((r) => r.rss),
);

/** One scenario: proxies in front of the source and destination (oneWayMs each way), then alternating runs. */
async function scenario(name, oneWayMs, tlsDest, sameRegistry = false) {
  const srcProxy = oneWayMs ? await startDelayProxy(plainPort, oneWayMs) : undefined;
  const destProxy = sameRegistry ? undefined : await startDelayProxy(tlsDest ? tokenPort : plainPort, oneWayMs);
  const src = srcProxy ? source.replace(`:${plainPort}/`, `:${srcProxy.port}/`) : source;
  const destHost = destProxy ? `127.0.0.1:${destProxy.port}` : env.registries.plain.host;
  if (tlsDest) trust(destHost);
  const auth = tlsDest ? { host: destHost } : undefined;
  const res = { pinship: [], skopeo: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const id = `${Date.now().toString(36)}-${i}`;
      // Alternate which tool goes first, so neither always runs on a machine the other just warmed.
      const order = i % 2 ? ['skopeo', 'pinship'] : ['pinship', 'skopeo'];
      for (const tool of order) {
        const dest = `${destHost}/bench/${tool}-${id}`;
        res[tool].push(await (tool === 'pinship' ? pinship(src, dest, auth) : skopeo(src, dest, auth)));
      }
    }
  } finally {
    srcProxy?.close();
    destProxy?.close();
  }
  const m = (tool, k) => median(res[tool].map((r) => r[k]));
  const row = { name };
  for (const k of ['wall', 'cpu', 'rss']) row[k] = { pinship: m('pinship', k), skopeo: m('skopeo', k), ratio: m('pinship', k) / m('skopeo', k) };
  console.log(
    `${name}: median of ${runs}: wall ${row.wall.pinship.toFixed(0)} vs ${row.wall.skopeo.toFixed(0)} ms (${row.wall.ratio.toFixed(2)}×), ` +
      `CPU ${row.cpu.pinship.toFixed(0)} vs ${row.cpu.skopeo.toFixed(0)} ms (${row.cpu.ratio.toFixed(2)}×), ` +
      `peak RSS ${row.rss.pinship.toFixed(0)} vs ${row.rss.skopeo.toFixed(0)} MiB (node -e 0: ${nodeRss.toFixed(0)} MiB, +${(row.rss.pinship - nodeRss).toFixed(0)})`,
  );
  return row;
}

const only = process.env.BENCH_SCENARIOS?.split(',');
const all = [
  ['http-to-http', 0, false],
  ['http-to-tls-token', 0, true],
  [`http-to-http +${rttMs}ms RTT`, rttMs / 2, false],
  [`http-to-tls-token +${rttMs}ms RTT`, rttMs / 2, true],
  // Same registry: both tools mount instead of copying.
  ['same-registry', 0, false, true],
];
console.log(
  `pinship (action: node dist/index.js) vs skopeo; ${layers} × ${mib} MiB random layers; ${new Date().toISOString().slice(0, 10)}; ${(await import('node:os')).cpus().length} cores`,
);
for (const [name, oneWay, tls, same] of all) if (!only || only.includes(name)) await scenario(name, oneWay, tls, same);
rmSync(work, { recursive: true, force: true });
