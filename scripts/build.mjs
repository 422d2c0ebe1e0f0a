// Bundles the action and the CLI with ncc into one bundle, dist/index.js (the post step: dist/post/index.js); dist/cli.js is a
// three-line launcher that starts the same bundle in CLI mode (see src/entry.ts).
// tsc emits ESM first because ncc's own TypeScript loader treats sources as CommonJS, which cannot
// import the ESM-only @actions packages.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
// `--out DIR` builds elsewhere, so scripts/check-dist.mjs can compare a fresh build with dist/.
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
// A fixed place inside the repo: ncc names chunks after module paths, so a random one would change dist/.
const lib = 'lib';
rmSync(lib, { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
execFileSync(bin('ncc'), ['build', join(lib, 'index.js'), '-o', out, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
// The post step is its own small bundle: it can only clean up, and starts without loading the main bundle.
execFileSync(bin('ncc'), ['build', join(lib, 'post.js'), '-o', join(out, 'post'), '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
rmSync(lib, { recursive: true, force: true });
// The version is what `pinship --version` prints (src/cli-help.ts reads this file once bundled).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(join(out, 'package.json'), `{ "type": "module", "version": "${version}" }\n`);
const cli = join(out, 'cli.js');
writeFileSync(cli, "#!/usr/bin/env node\nglobalThis.pinshipCli = true;\nawait import('./index.js');\n");
chmodSync(cli, 0o755);
