/**
 * A manifest referenced by a sha512 digest is verified with sha512 (issue 7, finding 10).
 * distribution 2.8 (the test registries) stores manifests under sha256 only: it answers a sha512
 * reference with MANIFEST_UNKNOWN and refuses a sha512 PUT. So the manifests live in the real plain
 * registry and a small proxy on 127.0.0.1 plays a registry that also serves them by sha512.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { RegistryClient } from '../../src/registry/client.js';
import { digestOf, type Digest } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo } from '../helpers/env.js';
import { startServer, type HostileServer } from '../helpers/hostile-server.js';
import { loadTestEnv } from '../helpers/registry.js';

const env = loadTestEnv();

/** Forwards to the plain registry, rewriting `manifests/sha512:…` to the sha256 digest `served` maps it to. */
async function sha512Proxy(served: Map<string, Digest>): Promise<HostileServer> {
  const [upstreamHost, upstreamPort] = env.registries.plain.host.split(':') as [string, string];
  return startServer((r, res) => {
    const path = r.url.replace(/\/manifests\/(sha512:[0-9a-f]{128})$/, (_m, d: string) => `/manifests/${served.get(d)?.toString() ?? d}`);
    const headers = { ...r.headers, host: env.registries.plain.host };
    const up = http.request({ host: upstreamHost, port: Number(upstreamPort), method: r.method, path, headers }, (answer) => {
      const { 'docker-content-digest': _sha256, ...rest } = answer.headers;
      res.writeHead(answer.statusCode ?? 502, rest);
      answer.pipe(res);
    });
    up.on('error', () => res.destroy());
    up.end(r.body);
  });
}

function index(note: string): Buffer {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [], annotations: { note } }));
}

describe('a manifest referenced by a sha512 digest', () => {
  const served = new Map<string, Digest>();
  const path = uniqueRepo('sha512');
  const wanted = index(`wanted ${randomBytes(4).toString('hex')}`);
  const other = index(`other ${randomBytes(4).toString('hex')}`);
  let proxy: HostileServer;
  let client: RegistryClient;

  beforeAll(async () => {
    client = new RegistryClient({ retry: { attempts: 1 } });
    const plain = new Repository(new Registry(env.registries.plain.host), path);
    for (const [tag, bytes] of [
      ['wanted', wanted],
      ['other', other],
    ] as const)
      await client.putManifest(plain, tag, bytes, MediaType.OciIndex);
    proxy = await sha512Proxy(served);
  });
  afterAll(async () => {
    client.close();
    await proxy.close();
  });

  test('is fetched and verified with sha512', async () => {
    const sha512 = digestOf(wanted, 'sha512');
    served.set(sha512.toString(), digestOf(wanted));
    const m = await client.getManifest(new Repository(new Registry(proxy.host), path), sha512);
    expect(m.bytes.equals(wanted)).toBe(true);
    expect(m.digest.toString()).toBe(sha512.toString());
  });

  test('with other content behind it fails verification, naming both digests', async () => {
    const sha512 = digestOf(wanted, 'sha512');
    served.set(sha512.toString(), digestOf(other));
    const repo = new Repository(new Registry(proxy.host), path);
    await expect(client.getManifest(repo, sha512)).rejects.toThrow(
      `manifest ${repo}@${sha512} failed verification: its content hashes to ${digestOf(other, 'sha512')}`,
    );
  });
});
