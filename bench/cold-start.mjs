// Cold start of the action: `node dist/index.js` with no inputs must fail with a clear error fast.
// Reports the median of N runs beside `node -e 0` (Node's own start-up) on the same machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, runnerFiles } from './lib.mjs';

const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'pinship-cold-'));
const files = runnerFiles(dir);
const env = { PATH: process.env.PATH, ...files };

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout };
}
const action = [];
const bare = [];
let last;
for (let i = 0; i < runs; i++) {
  last = time(['dist/index.js']);
  action.push(last.ms);
  bare.push(time(['-e', '0']).ms);
}
if (last.status === 0 || !/::error::/.test(last.stdout))
  throw new Error(`expected a failing run with an error line, got status ${last.status}:\n${last.stdout}`);
console.log(`error line: ${last.stdout.split('\n').find((l) => l.startsWith('::error::'))}`);
console.log(
  `median of ${runs}: node dist/index.js (no inputs) ${median(action).toFixed(0)} ms, node -e 0 ${median(bare).toFixed(0)} ms (${(median(action) / median(bare)).toFixed(2)}×)`,
);
