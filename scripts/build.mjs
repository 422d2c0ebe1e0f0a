// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both come from the same sources; the CLI is a second entry point, not a second implementation.
// tsc emits ESM first because ncc's own TypeScript loader treats sources as CommonJS, which cannot
// import the ESM-only @actions packages.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
rmSync('lib', { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
// Each entry gets its own directory: ncc numbers lazily imported chunks per build, so two bundles
// must not share one folder.
for (const [entry, out] of [['lib/index.js', 'dist'], ['lib/cli.js', 'dist/cli']]) {
  execFileSync(bin('ncc'), ['build', entry, '-o', out, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
}
rmSync('lib', { recursive: true, force: true });
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n');
const cli = join('dist', 'cli.js');
writeFileSync(cli, "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(cli, 0o755);
