// promote across a WAN: both registries behind bench/delay-proxy.mjs (each chunk delayed `oneWayMs`
// each way, bandwidth uncapped), a two-platform image of 24 layers a platform (bench/make-multiarch-image.mjs),
// pinship run as the runner runs the action against `skopeo copy --all --preserve-digests`, alternating
// which goes first. The destination is the plain registry seen through its own proxy, another
// host:port, so both tools copy every byte. Prints medians of wall, CPU and peak RSS, and the ratios.
// Usage: npm run build && node bench/promote-wan.mjs [runs=5] [oneWayMs=25]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDelayProxy } from './delay-proxy.mjs';
import { forgetSkopeoCache, machineLine, measure, median, runnerFiles } from './lib.mjs';

const [runs, oneWayMs] = [5, 25].map((d, i) => Number(process.argv[2 + i] ?? d));
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const plainPort = Number(env.registries.plain.host.split(':')[1]);
const source = `${env.registries.plain.host}/bench/promote-wan-source:2x24`;
execFileSync(process.execPath, [resolve('bench/make-multiarch-image.mjs'), source], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'pinship-bench-wan-'));

const srcProxy = await startDelayProxy(plainPort, oneWayMs);
const destProxy = await startDelayProxy(plainPort, oneWayMs);
const src = source.replace(`:${plainPort}/`, `:${srcProxy.port}/`);
const destHost = `127.0.0.1:${destProxy.port}`;

const tools = {
  pinship: (dest) =>
    measure(process.execPath, [resolve('dist/index.js')], {
      ...runnerFiles(work),
      INPUT_COMMAND: 'promote',
      INPUT_SOURCE: src,
      INPUT_IMAGES: dest,
      INPUT_TAGS: 'promoted',
      ...(process.env.BENCH_CONCURRENCY ? { INPUT_CONCURRENCY: process.env.BENCH_CONCURRENCY } : {}),
    }),
  skopeo: (dest) => {
    forgetSkopeoCache();
    return measure('skopeo', [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${src}`,
      `docker://${dest}:promoted`,
    ]);
  },
};

console.log(`promote across a ${2 * oneWayMs} ms round trip, pinship (node dist/index.js) vs skopeo; ${await machineLine()}`);
const res = { pinship: [], skopeo: [] };
try {
  for (let i = 0; i < runs; i++) {
    const id = `${Date.now().toString(36)}-${i}`;
    // Alternate which tool goes first, so neither always runs on a machine the other just warmed.
    for (const tool of i % 2 ? ['skopeo', 'pinship'] : ['pinship', 'skopeo']) {
      const r = await tools[tool](`${destHost}/bench/wan-${tool}-${id}`);
      res[tool].push(r);
      console.log(`  ${tool}: ${r.wall.toFixed(0)} ms wall, ${r.cpu.toFixed(0)} ms CPU, ${r.rss.toFixed(0)} MiB`);
    }
  }
} finally {
  srcProxy.close();
  destProxy.close();
  rmSync(work, { recursive: true, force: true });
}
const m = (tool, k) => median(res[tool].map((r) => r[k]));
const ratios = res.pinship.map((r, i) => r.wall / res.skopeo[i].wall);
console.log(
  `promote-wan: median of ${runs}: wall ${m('pinship', 'wall').toFixed(0)} vs ${m('skopeo', 'wall').toFixed(0)} ms (${(m('pinship', 'wall') / m('skopeo', 'wall')).toFixed(2)}×; ` +
    `pair by pair ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×), CPU ${m('pinship', 'cpu').toFixed(0)} vs ${m('skopeo', 'cpu').toFixed(0)} ms ` +
    `(${(m('pinship', 'cpu') / m('skopeo', 'cpu')).toFixed(2)}×), peak RSS ${m('pinship', 'rss').toFixed(0)} vs ${m('skopeo', 'rss').toFixed(0)} MiB; ` +
    `${await machineLine()} at the end`,
);
