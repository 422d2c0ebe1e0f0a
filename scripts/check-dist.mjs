// Fails when dist/ is not what a fresh `npm run build` produces: the action runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'pinship-dist-')), 'dist');
execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: 'inherit' });
try {
  execFileSync('diff', ['-r', '-q', fresh, 'dist'], { stdio: 'inherit' });
  console.log('check-dist: dist/ is fresh');
} catch {
  console.error('check-dist: dist/ is stale: run `npm run build` and commit dist/');
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
