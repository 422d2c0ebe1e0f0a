// pinship promote vs `skopeo copy --all --preserve-digests`, same copies, alternating runs.
// Source: 8 layers of 64 MiB of random (incompressible) bytes in the plain registry.
// Usage: npm run build && node bench/promote.mjs [runs]   (reports medians of wall time and peak RSS)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
execFileSync('bash', ['scripts/test-env.sh'], { stdio: 'inherit' });
const env = JSON.parse(readFileSync(join(process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test', 'env.json'), 'utf8'));
const plain = env.registries.plain.host;
const dest = env.registries.token;
const certs = mkdtempSync(join(tmpdir(), 'pinship-bench-certs-'));
for (const h of [dest.host, new URL(dest.realm).host]) {
  mkdirSync(join(certs, h), { recursive: true });
  copyFileSync(env.caFile, join(certs, h, 'ca.crt'));
}
const source = `${plain}/bench/promote-source:512m`;
execFileSync(process.execPath, [resolve('bench/make-large-image.mjs'), source, '8', '64'], { stdio: 'inherit' });

/** Wall time and peak RSS (KiB, from GNU time) of one command. */
function measure(cmd, args, extraEnv = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { env: { ...process.env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const [secs, kib] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { ms: secs * 1000, rssMiB: kib / 1024 };
}

const pinshipEnv = {
  PINSHIP_CERTS_D: certs,
  INPUT_REGISTRY_AUTH: `- registry: ${dest.host}\n  username: ${dest.username}\n  password: ${dest.password}\n`,
};
const pinship = (to) => measure(process.execPath, [resolve('dist/cli.js'), 'promote', '--source', source, '--images', to, '--tags', 'promoted'], pinshipEnv);
// skopeo remembers where it saw each blob and mounts from there next time; a later run would
// then copy nothing. Each run starts from a forgotten cache, as pinship does.
const forgetSkopeoCache = () => {
  for (const f of ['blob-info-cache-v1.boltdb', 'blob-info-cache-v1.sqlite']) rmSync(join('/var/lib/containers/cache', f), { force: true });
};
const skopeo = (to, tls) =>
  forgetSkopeoCache() ??
  measure('skopeo', ['copy', '--all', '--preserve-digests', '--src-tls-verify=false', ...(tls ? ['--dest-cert-dir', join(certs, dest.host), '--dest-creds', `${dest.username}:${dest.password}`] : ['--dest-tls-verify=false']), `docker://${source}`, `docker://${to}:promoted`]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { cross: { pinship: [], skopeo: [] }, same: { pinship: [], skopeo: [] } };
for (let i = 0; i < runs; i++) {
  const id = `${Date.now().toString(36)}-${i}`;
  results.cross.pinship.push(pinship(`${dest.host}/bench/pinship-${id}`));
  results.cross.skopeo.push(skopeo(`${dest.host}/bench/skopeo-${id}`, true));
  results.same.pinship.push(pinship(`${plain}/bench/pinship-${id}`));
  results.same.skopeo.push(skopeo(`${plain}/bench/skopeo-${id}`, false));
  console.log(`run ${i + 1}: ${JSON.stringify(results, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
}
for (const kind of ['cross', 'same']) {
  const p = results[kind].pinship;
  const s = results[kind].skopeo;
  const pm = median(p.map((r) => r.ms));
  const sm = median(s.map((r) => r.ms));
  console.log(
    `${kind}-registry, median of ${runs}: pinship ${pm.toFixed(0)} ms (peak RSS ${median(p.map((r) => r.rssMiB)).toFixed(0)} MiB), ` +
      `skopeo ${sm.toFixed(0)} ms (peak RSS ${median(s.map((r) => r.rssMiB)).toFixed(0)} MiB), ratio pinship/skopeo ${(pm / sm).toFixed(2)}`,
  );
}
