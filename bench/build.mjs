// pinship build vs plain `docker buildx build --push`, same small uncached image, alternating runs.
// Usage: node bench/build.mjs [runs]   (starts the test environment first; reports medians)
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 7);
execFileSync('bash', ['scripts/test-env.sh'], { stdio: 'inherit' });
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const registry = env.registries.plain.host;
const childEnv = { ...process.env, DOCKER_HOST: env.dockerHost };

function context() {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-'));
  // A new payload each run: the COPY layer is never cached, the base layers always are.
  writeFileSync(join(dir, 'payload.bin'), randomBytes(64 * 1024));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${env.baseImage}\nCOPY payload.bin /payload.bin\n`);
  return dir;
}

function timed(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: childEnv, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pinship = [];
const plain = [];
for (let i = 0; i < runs; i++) {
  const tag = `run-${Date.now()}-${i}`;
  const a = timed(process.execPath, [resolve('dist/cli.js'), 'build', '--images', `${registry}/bench/pinship`, '--context', context(), '--builder', 'buildx', '--network', 'none', '--tags', `type=raw,value=${tag}`]);
  const out = JSON.parse(a.stdout);
  if (!out.digest) throw new Error('pinship printed no digest');
  const b = timed('docker', ['buildx', 'build', '--network', 'none', '--provenance=false', '--push', '-t', `${registry}/bench/plain:${tag}`, context()]);
  pinship.push(a.ms);
  plain.push(b.ms);
  console.log(`run ${i + 1}: pinship ${a.ms.toFixed(0)} ms, buildx --push ${b.ms.toFixed(0)} ms`);
}
const mp = median(pinship);
const mb = median(plain);
console.log(`median of ${runs}: pinship build ${mp.toFixed(0)} ms, docker buildx build --push ${mb.toFixed(0)} ms, difference ${(mp - mb).toFixed(0)} ms, ratio ${(mp / mb).toFixed(2)}`);
