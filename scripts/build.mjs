// Bundles the action and the CLI with ncc into one bundle, dist/index.js (the post step: dist/post/index.js); dist/cli.js is a
// three-line launcher that starts the same bundle in CLI mode (see src/app/entry.ts).
// tsc emits ESM first because ncc's own TypeScript loader treats sources as CommonJS, which cannot
// import the ESM-only @actions packages.
// The bundles themselves are CommonJS (ncc's API with esm: false; its CLI picks ESM for an ESM entry): Node
// then never starts its ESM loader, which alone cost ~0.2x of bare Node's start-up, and each chunk is one
// require() rather than an ESM import (bench/cold-start.mjs). Webpack still runs the sources'
// top-level await and dynamic imports, and ncc turns import.meta.url into the bundle's own file URL.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
// `--out DIR` builds elsewhere, so scripts/check-dist.mjs can compare a fresh build with dist/.
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
// A fixed place inside the repo: ncc names chunks after module paths, so a random one would change dist/.
const lib = 'lib';
rmSync(lib, { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
const ncc = createRequire(import.meta.url)('@vercel/ncc');

/** What `ncc build ENTRY -o DIR --target es2022` writes, as CommonJS: index.js, its chunks and assets (action.yml). */
async function bundle(entry, dir) {
  // No cache: ncc's default keeps webpack's cache in ~/.cache/ncc per working directory, state outside the
  // repository that check-dist and CI would then depend on; a cold build is what CI makes anyway.
  const { code, assets } = await ncc(resolve(entry), { esm: false, filename: 'index.js', target: 'es2022', quiet: true, cache: false });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), asset.source, { mode: asset.permissions });
  }
}
await bundle(join(lib, 'index.js'), out);
// The post step is its own small bundle: it can only clean up, and starts without loading the main bundle.
await bundle(join(lib, 'post.js'), join(out, 'post'));
rmSync(lib, { recursive: true, force: true });
// The version is what `pinship --version` prints (src/version.ts reads this file once bundled). The type keeps
// dist/ CommonJS under the package's own "type": "module".
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(join(out, 'package.json'), `{ "type": "commonjs", "version": "${version}" }\n`);
const cli = join(out, 'cli.js');
writeFileSync(cli, "#!/usr/bin/env node\nglobalThis.pinshipCli = true;\nrequire('./index.js');\n");
chmodSync(cli, 0o755);
