// Tags a release: vX.Y.Z on HEAD and the moving major tag vX (what `uses: owner/pinship@vX` follows).
// Refuses, tagging nothing, unless: X.Y.Z is package.json's version and has a CHANGELOG.md heading,
// the work tree is clean, vX.Y.Z does not exist yet, dist/ is what `npm run build` makes, and `npm test`
// passes. `--push` pushes both tags to origin (vX with --force, since it moves).
//   node scripts/release.mjs 1.2.3 [--push]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const push = args.includes('--push');

function refuse(why) {
  console.error(`release: refused: ${why}; nothing was tagged`);
  process.exit(1);
}

const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();

/** A step that must exit 0; its output goes to ours. */
function mustPass(what, cmd, cmdArgs) {
  console.log(`release: ${what}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) refuse(`${what} failed (exit ${r.status ?? r.signal})`);
}

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) refuse(`expected a version X.Y.Z as the argument, got '${version ?? ''}'`);
const major = `v${version.split('.')[0]}`;
const tag = `v${version}`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.version !== version) refuse(`package.json says version ${pkg.version}, not ${version}: bump it and commit first`);
if (!new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?`, 'm').test(readFileSync('CHANGELOG.md', 'utf8'))) {
  refuse(`CHANGELOG.md has no '## ${version}' heading`);
}
if (git('status', '--porcelain') !== '') refuse('the work tree has uncommitted changes');
if (git('tag', '--list', tag) !== '') refuse(`tag ${tag} exists already`);

// dist/ first: it is quicker than the tests and the likelier to be wrong.
mustPass('dist/ is fresh', process.execPath, ['scripts/check-dist.mjs']);
mustPass('tests', 'npm', ['test']);

git('tag', '-a', tag, '-m', `pinship ${tag}`);
git('tag', '-f', '-a', major, '-m', `pinship ${major} (moves to the newest ${major}.x.y; now ${tag})`);
console.log(`release: tagged ${tag} and moved ${major} to ${git('rev-parse', '--short', 'HEAD')}`);
if (push) {
  git('push', 'origin', tag);
  git('push', '--force', 'origin', major);
  console.log(`release: pushed ${tag} and ${major}`);
} else {
  console.log(`release: push with: git push origin ${tag} && git push --force origin ${major}`);
}
