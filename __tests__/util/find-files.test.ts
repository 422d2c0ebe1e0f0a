import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFiles } from '../../src/util/find-files.js';
import { scanWorkspace } from '../../src/deployfiles/scan.js';
import { MAX_FILE_BYTES } from '../../src/deployfiles/text.js';

let ws: string;
let outside: string;
beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'pinship-outside-'));
  for (const f of ['k8s/a.yaml', 'k8s/sub/b.yml', 'k8s/tests/t.yaml', '.github/workflows/ci.yml', 'Dockerfile', 'README.md']) {
    mkdirSync(join(ws, f, '..'), { recursive: true });
    writeFileSync(join(ws, f), 'image: nginx\n');
  }
  writeFileSync(join(outside, 'secret.yaml'), 'image: nginx\n');
});
afterEach(() => {
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const names = async (patterns: string[]): Promise<string[]> => (await findFiles(ws, patterns)).map((f) => f.file);

test('**, braces, exclusions and dot directories', async () => {
  expect(await names(['k8s/**/*.{yaml,yml}', '!k8s/tests/**'])).toEqual(['k8s/a.yaml', 'k8s/sub/b.yml']);
  expect(await names(['**/*.yml'])).toEqual(['.github/workflows/ci.yml', 'k8s/sub/b.yml']);
  expect(await names(['Dockerfile', './k8s/*.yaml'])).toEqual(['Dockerfile', 'k8s/a.yaml']);
});

test('a pattern that leaves the workspace is an input error', async () => {
  await expect(names(['../*.yaml'])).rejects.toThrow("Invalid input 'files': '../*.yaml' escapes the workspace");
  await expect(names(['k8s/../../x.yaml'])).rejects.toThrow('escapes the workspace');
  await expect(names(['/etc/*.yaml'])).rejects.toThrow('is an absolute path');
  await expect(names(['!k8s/**'])).rejects.toThrow("Invalid input 'files': only exclusions ('!pattern')");
});

test('a symlink out of the workspace is an error, one inside is read once', async () => {
  symlinkSync(outside, join(ws, 'k8s', 'linked'));
  await expect(names(['k8s/**/*.yaml'])).rejects.toThrow(/'k8s\/linked' is a symbolic link to .*, outside the workspace/);
  rmSync(join(ws, 'k8s', 'linked'));
  symlinkSync(join(ws, 'k8s', 'a.yaml'), join(ws, 'k8s', 'z.yaml'));
  expect(await names(['k8s/*.yaml'])).toEqual(['k8s/a.yaml']);
});

test('a symlink into .git is an error, whether it names the directory or a file in it', async () => {
  mkdirSync(join(ws, '.git'));
  writeFileSync(join(ws, '.git', 'config'), '[remote "origin"]\n  url = https://x-access-token:ghs_secret@github.com/acme/app\nimage: nginx\n');
  symlinkSync('../.git', join(ws, 'k8s', 'gitdir'));
  await expect(names(['k8s/**'])).rejects.toThrow(/^Input 'files': 'k8s\/gitdir' is a symbolic link into git's own files \(.*\/\.git\)/);
  await expect(scanWorkspace(ws, ['**/*'])).rejects.toThrow("'k8s/gitdir' is a symbolic link into git's own files");
  rmSync(join(ws, 'k8s', 'gitdir'));
  symlinkSync('../.git/config', join(ws, 'k8s', 'config.yaml'));
  await expect(names(['k8s/*.yaml'])).rejects.toThrow(/'k8s\/config.yaml' is a symbolic link into git's own files \(.*\/\.git\/config\)/);
});

test("another input's scope names that input and its root in every error (merge's digest-files)", async () => {
  const scope = { input: 'digest-files', place: 'RUNNER_TEMP (/r)' };
  await expect(findFiles(ws, ['../*.json'], scope)).rejects.toThrow(
    "Invalid input 'digest-files': '../*.json' escapes RUNNER_TEMP (/r). Expected a pattern inside it.",
  );
  symlinkSync(join(outside, 'secret.yaml'), join(ws, 'k8s', 'x.yaml'));
  await expect(findFiles(ws, ['k8s/x.yaml'], scope)).rejects.toThrow(
    /^Input 'digest-files': 'k8s\/x\.yaml' is a symbolic link to .*secret\.yaml, outside RUNNER_TEMP \(\/r\)\. Expected files inside RUNNER_TEMP \(\/r\)\.$/,
  );
  await expect(findFiles(ws, ['!k8s/*'], scope)).rejects.toThrow("Invalid input 'digest-files': only exclusions ('!pattern')");
});

test('binary, non-UTF-8 and huge files are problems at line 1, never skipped', async () => {
  writeFileSync(join(ws, 'k8s', 'bin.yaml'), Buffer.from([0x69, 0x00, 0x01]));
  writeFileSync(join(ws, 'k8s', 'latin1.yaml'), Buffer.from([0x69, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(ws, 'k8s', 'huge.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
  const scans = await scanWorkspace(ws, ['k8s/*.yaml']);
  const problems = scans.flatMap((s) => s.problems.map((p) => `${p.file}:${p.line} ${p.message}`));
  expect(problems).toEqual([
    'k8s/bin.yaml:1 file is binary (contains NUL bytes), expected YAML, JSON or a Dockerfile',
    `k8s/huge.yaml:1 file is ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES}-byte limit for deployment files`,
    'k8s/latin1.yaml:1 file is not valid UTF-8 text',
  ]);
});

test('no matching file at all is an input error', async () => {
  await expect(scanWorkspace(ws, ['helm/**/*.yaml'])).rejects.toThrow("Input 'files': no file in the workspace matches 'helm/**/*.yaml'");
});

test('files are read whole past the shared read buffer, up to exactly the limit, each with its own text', async () => {
  // The scan reads every file into one reused buffer that grows from 64 KiB: a large file must not
  // be cut at a buffer boundary, and the files after it must not see its bytes.
  const padding = (n: number): string => `#${' '.repeat(n - 2)}\n`;
  writeFileSync(join(ws, 'k8s', 'a.yaml'), `${padding(200_000)}image: nginx:1.27\n`);
  const exact = 'image: redis:7\n';
  writeFileSync(join(ws, 'k8s', 'b.yaml'), `${padding(MAX_FILE_BYTES - exact.length)}${exact}`);
  writeFileSync(join(ws, 'k8s', 'c.yaml'), 'image: alpine:3\n');
  const scans = await scanWorkspace(ws, ['k8s/*.yaml']);
  expect(scans.map((s) => [s.file, s.text.length, s.problems.length, s.sites.map((x) => `${x.line}:${x.written}`)])).toEqual([
    ['k8s/a.yaml', 200_000 + 18, 0, ['2:nginx:1.27']],
    ['k8s/b.yaml', MAX_FILE_BYTES, 0, ['2:redis:7']],
    ['k8s/c.yaml', 16, 0, ['1:alpine:3']],
  ]);
});
