import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/registry/client.js';
import { DockerConfigCredentials, StaticCredentials } from '../../src/registry/credentials.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Reference, Registry, Repository } from '../../src/registry/reference.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, readAll, testCertsDir, testClient, testRepo } from '../helpers/registry.js';
import { uniqueRepo } from '../helpers/env.js';

const env = loadTestEnv();

async function pushImage(client: RegistryClient, repo: Repository, tag: string): Promise<string> {
  const layer = randomBytes(5000);
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}');
  for (const b of [layer, config]) await client.putBlob(repo, () => Readable.from([b]), { digest: digestOf(b), size: b.length });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: MediaType.OciConfig, size: config.length, digest: digestOf(config).toString() },
      layers: [{ mediaType: MediaType.OciLayer, size: layer.length, digest: digestOf(layer).toString() }],
    }),
  );
  return (await client.putManifest(repo, tag, manifest, MediaType.OciManifest)).toString();
}

describe('authentication failures', () => {
  test.each(['basic', 'token'] as const)('a wrong password on the %s registry fails clearly and prints no secret', async (kind) => {
    const secret = `not-the-password-${randomBytes(4).toString('hex')}`;
    const client = testClient(env, { password: secret });
    try {
      const repo = testRepo(env, kind, 'wrongpw');
      const error = await client.listTags(repo).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error!.message).toContain(env.registries[kind].host);
      expect(error!.message).toMatch(/401|refused/);
      expect(error!.message).not.toContain(secret);
      expect(error!.message).not.toContain(Buffer.from(`pinship:${secret}`).toString('base64'));
    } finally {
      client.close();
    }
  });

  test('anonymous access to an authenticated registry names the registry', async () => {
    const client = new RegistryClient({ certsDir: testCertsDir(env) });
    try {
      await expect(client.listTags(testRepo(env, 'basic', 'anon'))).rejects.toThrow(
        new RegExp(`${env.registries.basic.host.replace(/\./g, '\\.')}.*401|401.*${env.registries.basic.host.replace(/\./g, '\\.')}`),
      );
    } finally {
      client.close();
    }
  });

  test('an untrusted TLS certificate is refused, not silently accepted', async () => {
    const client = new RegistryClient({ certsDir: mkdtempSync(join(tmpdir(), 'pinship-nocerts-')), retry: { attempts: 1 } });
    try {
      await expect(client.listTags(testRepo(env, 'basic', 'untrusted'))).rejects.toThrow(/cannot reach registry.*(certificate|self.signed)/i);
    } finally {
      client.close();
    }
  });
});

describe('retries through a faulty network', () => {
  test('one request in four answered 503: every operation still succeeds', async () => {
    const proxy = await startFaultProxy(env.registries.plain.host, { failEvery: 4 });
    const retries: string[] = [];
    const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 50 }, onRetry: (m) => retries.push(m) });
    try {
      const repo = new Repository(new Registry(proxy.host), uniqueRepo('flaky'));
      const digest = await pushImage(client, repo, 'v1');
      expect((await client.resolve(repo.tag('v1'))).digest.toString()).toBe(digest);
      expect(await client.listTags(repo)).toEqual(['v1']);
      expect(proxy.failures).toBeGreaterThan(0);
      expect(retries.length).toBeGreaterThan(0);
      expect(retries[0]).toMatch(/HTTP 503; retry 1\/11/);
    } finally {
      client.close();
      await proxy.close();
    }
  });

  test('Retry-After is honoured', async () => {
    const proxy = await startFaultProxy(env.registries.plain.host, { failEvery: 2, retryAfter: 1 });
    const waits: number[] = [];
    const client = new RegistryClient({ retry: { baseMs: 5, maxMs: 5000 }, onRetry: (m) => waits.push(Number(/in (\d+) ms/.exec(m)?.[1])) });
    try {
      const repo = new Repository(new Registry(proxy.host), uniqueRepo('retryafter'));
      await client.listTags(repo).catch(() => undefined);
      await client.listTags(repo).catch(() => undefined);
      expect(waits).toContain(1000);
    } finally {
      client.close();
      await proxy.close();
    }
  });

  test('a registry that always fails gives up after the bounded attempts, naming registry, repository and status', async () => {
    const proxy = await startFaultProxy(env.registries.plain.host, { failEvery: 1 });
    const client = new RegistryClient({ retry: { attempts: 3, baseMs: 5, maxMs: 20 } });
    try {
      const repo = new Repository(new Registry(proxy.host), uniqueRepo('down'));
      const error = await client.listTags(repo).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain(`cannot reach registry ${proxy.host}`);
      expect(error?.message).toContain('HTTP 503');
      expect(error?.message).toContain(repo.toString());
      // The ping itself is tried three times and nothing more is sent (its HTTPS attempts never get as far as a request).
      expect(proxy.requests).toBe(3);
    } finally {
      client.close();
      await proxy.close();
    }
  });

  test('a blob corrupted in transit is an error, never data', async () => {
    const client = new RegistryClient({});
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('corrupt'));
    const data = randomBytes(100_000);
    const digest = digestOf(data);
    await client.putBlob(repo, () => Readable.from([data]), { digest, size: data.length });
    const proxy = await startFaultProxy(env.registries.plain.host, { corruptBlobs: true });
    const viaProxy = new RegistryClient({});
    try {
      const stream = await viaProxy.getBlob(new Repository(new Registry(proxy.host), repo.path), digest, data.length);
      await expect(readAll(stream)).rejects.toThrow(/digest mismatch/);
    } finally {
      client.close();
      viaProxy.close();
      await proxy.close();
    }
  });
});

test('a redirect to another host (blob storage) does not carry the registry credentials', async () => {
  // Stand-ins for a registry behind basic auth and its storage CDN, which cannot run here.
  const seen: Array<string | undefined> = [];
  const cdn = http.createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.end('blob-bytes');
  });
  await new Promise<void>((r) => cdn.listen(0, '127.0.0.2', r));
  const cdnPort = (cdn.address() as AddressInfo).port;
  const bytes = Buffer.from('blob-bytes');
  const registry = http.createServer((req, res) => {
    if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
    if (req.url === '/v2/') return void res.writeHead(200).end();
    res.writeHead(307, { location: `http://127.0.0.2:${cdnPort}/storage/blob?sig=abc` }).end();
  });
  await new Promise<void>((r) => registry.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
  const client = new RegistryClient({ credentials: new StaticCredentials([{ registry: host, credential: { username: 'u', password: 'p' } }]) });
  try {
    const got = await readAll(await client.getBlob(new Repository(new Registry(host), 'a/b'), digestOf(bytes), bytes.length));
    expect(got.equals(bytes)).toBe(true);
    expect(seen).toEqual([undefined]);
  } finally {
    client.close();
    cdn.close();
    registry.close();
  }
});

test('credentials come from the docker config, including a credential helper', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-dockercfg-'));
  const bin = mkdtempSync(join(tmpdir(), 'pinship-helper-'));
  const b = env.registries.basic;
  const t = env.registries.token;
  // A real helper program speaking the docker-credential protocol (server URL on stdin, JSON out).
  writeFileSync(
    join(bin, 'docker-credential-pinshiptest'),
    `#!/bin/sh\nread server\n[ "$1" = get ] && [ "$server" = "${t.host}" ] && printf '{"ServerURL":"%s","Username":"${t.username}","Secret":"${t.password}"}' "$server" && exit 0\necho "credentials not found in native keychain" >&2; exit 1\n`,
  );
  chmodSync(join(bin, 'docker-credential-pinshiptest'), 0o755);
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      auths: { [`https://${b.host}`]: { auth: Buffer.from(`${b.username}:${b.password}`).toString('base64') } },
      credHelpers: { [t.host]: 'pinshiptest' },
    }),
  );
  const oldPath = process.env.PATH;
  process.env.PATH = `${bin}:${oldPath}`;
  const client = new RegistryClient({ certsDir: testCertsDir(env), credentials: new DockerConfigCredentials(dir) });
  try {
    for (const kind of ['basic', 'token'] as const) {
      const repo = testRepo(env, kind, 'dockercfg');
      const digest = await pushImage(client, repo, 'v1');
      expect((await client.resolve(Reference.parse(`${repo}:v1`))).digest.toString()).toBe(digest);
    }
  } finally {
    process.env.PATH = oldPath;
    client.close();
  }
});

test('the digest docker push prints is the digest the client resolves', async () => {
  const repo = `${env.registries.plain.host}/${uniqueRepo('dockerpush')}`;
  const docker = (...args: string[]): string => execFileSync('docker', ['-H', env.dockerHost, ...args], { encoding: 'utf8' });
  docker('tag', env.baseImage, `${repo}:pushed`);
  const out = docker('push', `${repo}:pushed`);
  const printed = /digest: (sha256:[0-9a-f]{64})/.exec(out)?.[1];
  expect(printed).toBeDefined();
  const client = new RegistryClient({});
  try {
    expect((await client.resolve(Reference.parse(`${repo}:pushed`))).digest.toString()).toBe(printed);
    const m = await client.getManifest(Repository.parse(repo), 'pushed');
    expect(digestOf(m.bytes).toString()).toBe(printed);
  } finally {
    client.close();
  }
});

test('a registry that refuses large request bodies (413) gets the blob in chunks', async () => {
  const proxy = await startFaultProxy(env.registries.plain.host, { maxBodyBytes: 20 * 1024 * 1024 });
  const client = new RegistryClient({});
  try {
    const repo = new Repository(new Registry(proxy.host), uniqueRepo('capped'));
    const data = randomBytes(40 * 1024 * 1024 + 3);
    const digest = digestOf(data);
    const r = await client.putBlob(repo, () => Readable.from([data.subarray(0, 1 << 20), data.subarray(1 << 20)]), { digest, size: data.length });
    expect(r.digest.toString()).toBe(digest.toString());
    expect(proxy.failures).toBe(1);
    expect(await client.statBlob(repo, digest)).toBe(data.length);
  } finally {
    client.close();
    await proxy.close();
  }
});
