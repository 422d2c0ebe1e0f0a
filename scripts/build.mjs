// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both come from the same sources; the CLI is a second entry point, not a second implementation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ncc = join('node_modules', '.bin', 'ncc');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [entry, out] of [['src/index.ts', 'index.js'], ['src/cli.ts', 'cli.js']]) {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-ncc-'));
  execFileSync(ncc, ['build', entry, '-o', dir, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
  for (const f of readdirSync(dir)) {
    if (f === 'index.js') renameSync(join(dir, f), join('dist', out));
    else if (f.endsWith('.js') || f === 'package.json') {
      // ncc chunk files keep their names; both entries produce the same chunk for the same module.
      renameSync(join(dir, f), join('dist', f));
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
const cli = join('dist', 'cli.js');
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + body);
chmodSync(cli, 0o755);
