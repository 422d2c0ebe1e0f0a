// What every bench script shares: the median it reports, the runner's file-command files an action
// run as the runner runs it writes to, and one child's wall, CPU and peak RSS as GNU time sees them.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The middle value (the upper one of an even count): runs vary, so every figure is a median. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY as empty files in `dir`, as variables for the child's environment. */
export function runnerFiles(dir) {
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(dir, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

/** Wall ms, CPU ms (user+sys) and peak RSS (MiB) of one child, from GNU time; async so in-process proxies keep running. */
export function measure(cmd, args, extraEnv = {}) {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { env: { ...process.env, ...extraEnv } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => {
      if (status !== 0) return fail(new Error(`${cmd} ${args.join(' ')} failed (${status}):\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      const [secs, user, sys, kib] = err.trim().split('\n').pop().split(' ').map(Number);
      done({ wall: secs * 1000, cpu: (user + sys) * 1000, rss: kib / 1024, out });
    });
  });
}

/**
 * skopeo remembers where it saw each blob and mounts from there next time; every run starts from a
 * forgotten cache, as pinship does.
 */
export function forgetSkopeoCache() {
  for (const f of ['blob-info-cache-v1.boltdb', 'blob-info-cache-v1.sqlite']) rmSync(join('/var/lib/containers/cache', f), { force: true });
}

/** The load average when a bench starts: the ratios are what counts on a shared machine, and this says how shared. */
export async function machineLine() {
  const os = await import('node:os');
  return `${new Date().toISOString().slice(0, 16)}Z; ${os.cpus().length} cores; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; Node ${process.version}`;
}
