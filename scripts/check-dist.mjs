// Fails when dist/ is not what a fresh `npm run build` produces: the action runs dist/, not src/.
// On a difference it prints the start of the diff, so a CI failure shows what changed, not only that something did.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'pinship-dist-')), 'dist');
execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: 'inherit' });
try {
  const diff = spawnSync('diff', ['-r', '-u', 'dist', fresh], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (diff.status === 0) console.log('check-dist: dist/ is fresh');
  else {
    const lines = `${diff.stdout}${diff.stderr}`.split('\n');
    console.error(lines.slice(0, 80).join('\n'));
    if (lines.length > 80) console.error(`… ${lines.length - 80} more lines of diff`);
    console.error('check-dist: dist/ is stale (above: committed dist/ against a fresh build): run `npm run build` and commit dist/');
    process.exitCode = 1;
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
