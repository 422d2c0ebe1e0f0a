// The registry client from src/, compiled for the bench scripts: they push their fixtures with
// pinship's own client rather than through the bundle, which exports nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export async function loadRegistryLib() {
  const lib = mkdtempSync(join(tmpdir(), 'pinship-bench-lib-'));
  execFileSync(resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib]);
  writeFileSync(join(lib, 'package.json'), '{"type":"module"}');
  const { RegistryClient } = await import(join(lib, 'registry/client.js'));
  const { Reference } = await import(join(lib, 'registry/reference.js'));
  const { digestOf } = await import(join(lib, 'registry/digest.js'));
  return { RegistryClient, Reference, digestOf };
}
