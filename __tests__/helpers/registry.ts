import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { Repository, Registry } from '../../src/registry/reference.js';
import type { TransportOptions } from '../../src/registry/transport.js';
import { loadTestEnv, uniqueRepo, type TestEnv } from './env.js';

export type Kind = 'plain' | 'basic' | 'token';

/** A certs.d tree trusting the test CA for every TLS endpoint of the test environment. */
export function testCertsDir(env: TestEnv): string {
  // Inside the environment's own folder: the same for every test, nothing left in /tmp.
  const dir = join(env.dir, 'pinship-certs.d');
  // Jest workers share this folder and a client reads ca.crt once per host: an in-place copy would let
  // another worker read a truncated file and distrust that host for the rest of its suite. So a file
  // that already holds the CA is left alone, and any other is replaced by rename, which is atomic.
  const hosts = [env.registries.basic.host, env.registries.token.host, new URL(env.registries.token.realm).host];
  const ca = readFileSync(env.caFile);
  for (const h of hosts) {
    const file = join(dir, h, 'ca.crt');
    mkdirSync(join(dir, h), { recursive: true });
    if (sameBytes(file, ca)) continue;
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, ca);
    renameSync(temp, file);
  }
  return dir;
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/** A client that knows the credentials of every test registry, unless told otherwise. */
export function testClient(env: TestEnv, opts: Partial<TransportOptions> & { password?: string } = {}): RegistryClient {
  const entries = (['basic', 'token'] as const).map((k) => ({
    registry: env.registries[k].host,
    credential: { username: env.registries[k].username, password: opts.password ?? env.registries[k].password },
  }));
  return new RegistryClient({ certsDir: testCertsDir(env), credentials: new StaticCredentials(entries), retry: { baseMs: 50 }, ...opts });
}

export function testRepo(env: TestEnv, kind: Kind, prefix: string): Repository {
  return new Repository(new Registry(env.registries[kind].host), uniqueRepo(prefix));
}

export { loadTestEnv };

/** The repository's tags; a registry answers 404 for a repository without any, which is none, not an error. */
export async function tagsOf(client: RegistryClient, repo: Repository): Promise<string[]> {
  try {
    return await client.listTags(repo);
  } catch (e) {
    if ((e as { status?: number }).status === 404) return [];
    throw e;
  }
}

/** A whole stream in memory, for test-sized blobs. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}
