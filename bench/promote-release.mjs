// A release promoted as one `promote` with `files` against the same release promoted image by image
// (one `promote` with `source` per image, as a workflow of one step per image runs them). Both run as the
// runner runs the action (node dist/index.js with INPUT_* variables) and copy from the plain registry to
// the plain registry seen through bench/delay-proxy.mjs (another host:port, so every byte crosses, with
// added latency). Every image shares its first `shared` layers with the others, as images on one base do.
// Usage: npm run build && node bench/promote-release.mjs [runs=3] [images=30] [layers=20] [KiB=256] [shared=5] [rttMs=20]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { startDelayProxy } from './delay-proxy.mjs';
import { median, runnerFiles } from './lib.mjs';
import { loadRegistryLib } from './registry-lib.mjs';

const [runs, images, layers, kib, shared, rttMs] = [3, 30, 20, 256, 5, 20].map((d, i) => Number(process.argv[2 + i] ?? d));
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const plain = env.registries.plain.host;
const { RegistryClient, Reference, digestOf } = await loadRegistryLib();
const client = new RegistryClient({});
const prefix = `${plain}/bench/release-${images}x${layers}x${kib}k`;

async function putBlob(repo, bytes) {
  const digest = digestOf(bytes);
  await client.putBlob(repo, () => Readable.from([bytes]), { digest, size: bytes.length });
  return { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digest.toString(), size: bytes.length };
}

/** The release's images, pushed once and reused by later invocations (their tags say they are there). */
async function pushRelease() {
  const base = Array.from({ length: shared }, () => randomBytes(kib * 1024));
  const refs = [];
  for (let i = 0; i < images; i++) {
    const ref = Reference.parse(`${prefix}/app-${i}:1`);
    if (!(await client.manifestExists(ref.repository, '1'))) {
      const descs = [];
      for (let l = 0; l < layers; l++) descs.push(await putBlob(ref.repository, l < shared ? base[l] : randomBytes(kib * 1024)));
      const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: descs.map((d) => d.digest) } }));
      const c = await putBlob(ref.repository, config);
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { ...c, mediaType: 'application/vnd.oci.image.config.v1+json' },
        layers: descs,
      };
      await client.putManifest(ref.repository, '1', Buffer.from(JSON.stringify(manifest)), manifest.mediaType);
    }
    refs.push(`${ref.repository}:1@${(await client.resolve(ref)).digest}`);
  }
  return refs;
}

/** Wall ms of one `node dist/index.js` with these inputs. */
function action(work, inputs) {
  const started = process.hrtime.bigint();
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('dist/index.js')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...runnerFiles(work), GITHUB_WORKSPACE: work, ...vars },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) =>
      status === 0 ? done(Number(process.hrtime.bigint() - started) / 1e6) : fail(new Error(`promote failed (${status}):\n${out.slice(-3000)}`)),
    );
  });
}

const refs = await pushRelease();
const proxy = await startDelayProxy(Number(plain.split(':')[1]), rttMs / 2);
const dest = `127.0.0.1:${proxy.port}`;
const results = { release: [], oneByOne: [] };
try {
  for (let r = 0; r < runs; r++) {
    const id = `${Date.now().toString(36)}${r}`;
    const work = mkdtempSync(join(tmpdir(), 'pinship-bench-release-'));
    mkdirSync(join(work, 'staging'));
    writeFileSync(
      join(work, 'staging', 'app.yaml'),
      refs.map((ref, i) => `---\nkind: Pod\nmetadata: { name: app-${i} }\nspec:\n  containers:\n    - image: ${ref}\n`).join(''),
    );
    // Alternating which goes first, so neither always meets a warmer registry.
    const release = () =>
      action(work, {
        command: 'promote',
        files: 'staging/*.yaml',
        map: `${prefix}/ => ${dest}/bench/dst-${id}/release/`,
        concurrency: process.env.BENCH_CONCURRENCY ?? '',
      });
    const oneByOne = async () => {
      const started = Date.now();
      for (const ref of refs) {
        const name = ref.slice(prefix.length + 1).split(':')[0];
        await action(work, { command: 'promote', source: ref, images: `${dest}/bench/dst-${id}/single/${name}`, tags: '1' });
      }
      return Date.now() - started;
    };
    const [a, b] = r % 2 ? [await oneByOne(), await release()] : [await release(), await oneByOne()].reverse();
    results.oneByOne.push(a);
    results.release.push(b);
    console.log(`run ${r + 1}: release ${Math.round(b)} ms, image by image ${Math.round(a)} ms`);
  }
} finally {
  proxy.close();
  client.close?.();
}
const [rel, one] = [median(results.release), median(results.oneByOne)];
console.log(`${images} images × ${layers} layers of ${kib} KiB (${shared} shared), +${rttMs} ms RTT, median of ${runs}:`);
console.log(`  promote with files: ${Math.round(rel)} ms; image by image: ${Math.round(one)} ms; ratio ${(rel / one).toFixed(2)}×`);
