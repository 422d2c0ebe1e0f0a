import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTestEnv, testCertsDir } from '../helpers/registry.js';
import { uniqueRepo } from '../helpers/env.js';

const env = loadTestEnv();
const MiB = 1024 * 1024;

/**
 * Peak memory is a property of a whole process, so the 200 MiB round trip runs in a child process
 * of its own over the compiled client, and reports the kernel's high-water mark (VmHWM).
 */
test('a 200 MiB blob streams up and down with peak RSS under 150 MiB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-mem-'));
  execFileSync(resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(dir, 'lib')], { stdio: 'inherit' });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const script = join(dir, 'roundtrip.mjs');
  writeFileSync(
    script,
    `
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RegistryClient } from './lib/registry/client.js';
import { StaticCredentials } from './lib/registry/credentials.js';
import { Registry, Repository } from './lib/registry/reference.js';
const [host, user, password, certsDir, path, total] = process.argv.slice(2);
const client = new RegistryClient({ certsDir, credentials: new StaticCredentials([{ registry: host, credential: { username: user, password } }]) });
const repo = new Repository(new Registry(host), path);
const chunk = randomBytes(1 << 20);
function* source() {
  // Each MiB differs from the last so nothing downstream can deduplicate.
  for (let i = 0; i < Number(total); i++) { chunk.writeUInt32BE(i, 0); yield Buffer.from(chunk); }
}
const up = await client.putBlob(repo, () => Readable.from(source(), { objectMode: false }));
let down = 0;
for await (const c of await client.getBlob(repo, up.digest, up.size)) down += c.length;
const stat = await client.statBlob(repo, up.digest);
client.close();
const hwm = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
console.log(JSON.stringify({ digest: up.digest.toString(), size: up.size, down, stat, hwm }));
`,
  );
  const b = env.registries.basic;
  const out = execFileSync(process.execPath, [script, b.host, b.username, b.password, testCertsDir(env), uniqueRepo('stream200'), '200'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { digest: string; size: number; down: number; stat: number; hwm: number };
  expect(r.size).toBe(200 * MiB);
  expect(r.down).toBe(200 * MiB);
  expect(r.stat).toBe(200 * MiB);
  expect(r.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(r.hwm).toBeLessThan(150 * MiB);
});
