// Fails when dist/ is not what a fresh `npm run build` produces: the action runs dist/, not src/.
// On a difference it prints the start of the diff, so a CI failure shows what changed, not only that something did.
//
// A stale dist/ can never equal a fresh build, so a second build that does is proof enough. It runs only
// after a first build differed: CI once saw dist/index.js differ where no build here ever did, and the
// printed diff of that first build is what would say why.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The diff of dist/ against a fresh build, or '' when they are the same. */
function diffFreshBuild() {
  const root = mkdtempSync(join(tmpdir(), 'pinship-dist-'));
  try {
    const fresh = join(root, 'dist');
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: 'inherit' });
    const diff = spawnSync('diff', ['-r', '-u', 'dist', fresh], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return diff.status === 0 ? '' : `${diff.stdout}${diff.stderr}`;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const head = (diff) => {
  const lines = diff.split('\n');
  return lines.slice(0, 80).join('\n') + (lines.length > 80 ? `\n… ${lines.length - 80} more lines of diff` : '');
};

const first = diffFreshBuild();
if (!first) console.log('check-dist: dist/ is fresh');
else {
  console.error(head(first));
  console.error('check-dist: a fresh build differs from dist/ (above); building once more to tell a stale dist/ from a build that varies');
  const second = diffFreshBuild();
  if (!second) console.log('check-dist: dist/ is fresh (the second build matched it; the first build above did not: the build varies)');
  else {
    if (second !== first) console.error(head(second));
    console.error('check-dist: dist/ is stale: run `npm run build` and commit dist/');
    process.exitCode = 1;
  }
}
