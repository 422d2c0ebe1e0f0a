/**
 * Registries and storage hosts that try to take credentials or downgrade the connection (issue 7,
 * findings 1 to 3). They are small servers on 127.0.0.1: no real registry behaves this way.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { digestOf } from '../../src/registry/digest.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { loadTestEnv } from '../helpers/env.js';
import { json, startServer, trustFor, withLocalResolver, type HostileServer, type SeenRequest } from '../helpers/hostile-server.js';
import { readAll } from '../helpers/registry.js';

const env = loadTestEnv();
const user = 'pinship';
const password = `pw-${randomBytes(8).toString('hex')}`;
const basic = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const goodToken = `token-${randomBytes(8).toString('hex')}`;

const servers: HostileServer[] = [];
const clients: RegistryClient[] = [];
const trusts: Array<{ remove(): void }> = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
  for (const t of trusts.splice(0)) t.remove();
});

async function server(handler: Parameters<typeof startServer>[0], tls = false): Promise<HostileServer> {
  const s = await startServer(handler, { env, tls });
  servers.push(s);
  return s;
}

function client(host: string, opts: { trust?: string[]; insecure?: string[] } = {}): RegistryClient {
  const trust = opts.trust ? trustFor(env, opts.trust) : undefined;
  if (trust) trusts.push(trust);
  const c = new RegistryClient({
    credentials: new StaticCredentials([{ registry: host, credential: { username: user, password } }]),
    ...(trust ? { certsDir: trust.dir } : {}),
    insecureRegistries: opts.insecure ?? [],
    retry: { attempts: 2, baseMs: 5, maxMs: 10 },
  });
  clients.push(c);
  return c;
}

/** Whether a request carries any of the registry's secrets, in any header, the query or the body. */
function leaks(r: SeenRequest): boolean {
  const text = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body.toString('utf8')}`;
  return r.headers.authorization !== undefined || [password, basic.slice(6), goodToken].some((s) => text.includes(s));
}

/**
 * A registry with bearer auth whose token endpoint is its own /token. `route` answers the
 * authenticated /v2/<name>/... requests; a missing or wrong token gets the registry's challenge.
 */
async function bearerRegistry(
  route: (r: SeenRequest, res: Parameters<Parameters<typeof startServer>[0]>[1]) => void,
  opts: { tls?: boolean; realm?: (self: string) => string } = {},
): Promise<HostileServer> {
  let self = '';
  const s = await server((r, res) => {
    if (r.url.startsWith('/token')) {
      if (r.headers.authorization !== basic) return json(res, 401, { errors: [{ code: 'UNAUTHORIZED' }] });
      return json(res, 200, { token: goodToken, expires_in: 300 });
    }
    if (r.headers.authorization !== `Bearer ${goodToken}`) {
      const realm = opts.realm ? opts.realm(self) : `${self}/token`;
      return json(res, 401, { errors: [{ code: 'UNAUTHORIZED' }] }, { 'www-authenticate': `Bearer realm="${realm}",service="hostile-test"` });
    }
    if (r.url === '/v2/') return json(res, 200, {});
    route(r, res);
  }, opts.tls);
  self = s.origin;
  return s;
}

describe('a redirect target never takes the registry credentials (finding 1)', () => {
  test('a 401 from storage on another origin fails that request, sends it nothing, and leaves the challenge alone', async () => {
    const stolen = randomBytes(16);
    const blob = randomBytes(64);
    // Host B: "storage" that answers the redirected download with its own challenge, pointing at itself.
    const storage = await server((r, res) => {
      if (r.url.startsWith('/steal')) return json(res, 200, { token: 'stolen' });
      json(res, 401, { errors: [{ code: 'UNAUTHORIZED' }] }, { 'www-authenticate': `Bearer realm="${storage.origin}/steal",service="evil"` });
    });
    const registry = await bearerRegistry((r, res) => {
      if (r.url.endsWith(`/blobs/${digestOf(stolen)}`)) return void res.writeHead(307, { location: `${storage.origin}/bucket/blob?X-Signature=abc` }).end();
      if (r.url.endsWith(`/blobs/${digestOf(blob)}`)) return void res.writeHead(200, { 'content-length': String(blob.length) }).end(blob);
      json(res, 404, { errors: [{ code: 'BLOB_UNKNOWN' }] });
    });
    const c = client(registry.host);
    const repo = new Repository(new Registry(registry.host), 'acme/app');

    const error = await c.getBlob(repo, digestOf(stolen), stolen.length).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'RefusedError', refusal: 'foreign-challenge' });
    expect(error!.message).toMatch(
      new RegExp(`^authentication challenge from another origin refused while trying to get blob ${registry.host}/acme/app@sha256:[0-9a-f]{64}: `),
    );
    expect(error!.message).toContain(`GET ${storage.origin}/bucket/blob, where ${registry.host} sent the request on, answered HTTP 401`);
    expect(error!.message).not.toContain('X-Signature');
    expect(error!.message).not.toContain(password);

    expect(storage.requests.map((r) => r.url)).toEqual(['/bucket/blob?X-Signature=abc']);
    expect(storage.requests.filter(leaks)).toEqual([]);

    // The registry's own challenge still holds: the next request gets its token from the registry's realm.
    expect((await readAll(await c.getBlob(repo, digestOf(blob), blob.length))).equals(blob)).toBe(true);
    expect(storage.requests).toHaveLength(1);
    const tokenRequests = registry.requests.filter((r) => r.url.startsWith('/token'));
    expect(tokenRequests.length).toBeGreaterThan(0);
    expect(tokenRequests.every((r) => r.headers.authorization === basic)).toBe(true);
  });

  test('a blob download redirected to storage on another local host succeeds, and that host receives no Authorization header', async () => {
    const blob = randomBytes(256);
    const storage = await server((_r, res) => void res.writeHead(200, { 'content-length': String(blob.length) }).end(blob));
    const registry = await bearerRegistry((r, res) => {
      if (r.url.endsWith(`/blobs/${digestOf(blob)}`)) return void res.writeHead(307, { location: `${storage.origin}/bucket/blob?X-Signature=abc` }).end();
      json(res, 404, { errors: [{ code: 'BLOB_UNKNOWN' }] });
    });
    const c = client(registry.host);
    const repo = new Repository(new Registry(registry.host), 'acme/app');
    expect((await readAll(await c.getBlob(repo, digestOf(blob), blob.length))).equals(blob)).toBe(true);
    expect(storage.requests.map((r) => r.url)).toEqual(['/bucket/blob?X-Signature=abc']);
    expect(storage.requests.map((r) => r.headers.authorization)).toEqual([undefined]);
    expect(storage.requests.filter(leaks)).toEqual([]);
    // The registry itself did get the token: credentials went where they belong.
    expect(registry.requests.some((r) => r.url.includes('/blobs/') && /^Bearer /.test(r.headers.authorization ?? ''))).toBe(true);
  });
});

describe('a plain-HTTP token realm for an HTTPS registry (finding 2)', () => {
  test('is refused before any connection to the realm', async () => {
    const registry = await bearerRegistry((_r, res) => json(res, 200, { name: 'acme/app', tags: ['v1'] }), {
      tls: true,
      realm: () => 'http://token.pinship.invalid/token',
    });
    const c = client(registry.host, { trust: [registry.host] });
    await withLocalResolver(async (looked) => {
      const error = await c.listTags(new Repository(new Registry(registry.host), 'acme/app')).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toMatchObject({ name: 'RefusedError', refusal: 'insecure-realm' });
      expect(error!.message).toBe(
        `plain-HTTP token realm refused: HTTPS registry ${registry.host} names http://token.pinship.invalid/token, which would receive its credentials unencrypted; use an HTTPS realm, or list token.pinship.invalid in insecure-registries`,
      );
      expect(looked).not.toContain('token.pinship.invalid');
    });
  });

  test('a realm that is not an http(s) URL is refused', async () => {
    const registry = await bearerRegistry((_r, res) => json(res, 200, { tags: [] }), { tls: true, realm: () => 'file:///etc/passwd' });
    const c = client(registry.host, { trust: [registry.host] });
    await expect(c.listTags(new Repository(new Registry(registry.host), 'acme/app'))).rejects.toMatchObject({
      name: 'RefusedError',
      message: `token realm refused: registry ${registry.host} names file:///etc/passwd, which is not an http(s) URL`,
    });
  });

  test.each([
    ['a loopback realm', (port: string) => `http://127.0.0.1:${port}/token`, [] as string[]],
    ['a realm host listed in insecure-registries', (port: string) => `http://auth.pinship.test:${port}/token`, ['auth.pinship.test:PORT']],
  ])('is accepted for %s', async (_name, realmFor, insecure) => {
    const tokens = await server((r, res) => (r.headers.authorization === basic ? json(res, 200, { token: goodToken }) : json(res, 401, {})));
    const port = tokens.host.split(':')[1];
    const registry = await bearerRegistry((_r, res) => json(res, 200, { name: 'acme/app', tags: ['v1'] }), { tls: true, realm: () => realmFor(port) });
    const c = client(registry.host, { trust: [registry.host], insecure: insecure.map((h) => h.replace('PORT', port)) });
    await withLocalResolver(async () => {
      expect(await c.listTags(new Repository(new Registry(registry.host), 'acme/app'))).toEqual(['v1']);
    });
    expect(tokens.requests.length).toBeGreaterThan(0);
  });

  test('a realm host in insecure-registries is the only exception: the registry host being listed is not enough', async () => {
    const tokens = await server((_r, res) => json(res, 200, { token: goodToken }));
    const registry = await bearerRegistry((_r, res) => json(res, 200, { tags: [] }), {
      tls: true,
      realm: () => `http://auth.pinship.test:${tokens.host.split(':')[1]}/token`,
    });
    const c = client(registry.host, { trust: [registry.host], insecure: [registry.host] });
    await withLocalResolver(async () => {
      await expect(c.listTags(new Repository(new Registry(registry.host), 'acme/app'))).rejects.toThrow(/^plain-HTTP token realm refused: /);
    });
    expect(tokens.requests).toEqual([]);
  });
});

describe('HTTPS never downgrades to HTTP (finding 3)', () => {
  const manifest = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}');

  test.each([
    ['GET', 'manifest', (c: RegistryClient, repo: Repository) => c.getManifest(repo, 'v1')],
    ['HEAD', 'manifest', (c: RegistryClient, repo: Repository) => c.resolve(repo.tag('v1'))],
    ['GET', 'blob', (c: RegistryClient, repo: Repository) => c.getBlob(repo, digestOf(manifest), manifest.length)],
  ])('a %s %s redirected to http: is refused and the HTTP host hears nothing', async (method, kind, call) => {
    const plain = await server((_r, res) => void res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' }).end(manifest));
    const registry = await bearerRegistry((_r, res) => void res.writeHead(307, { location: `${plain.origin}/cdn/${kind}?sig=secret` }).end(), { tls: true });
    const c = client(registry.host, { trust: [registry.host] });
    const error = await call(c, new Repository(new Registry(registry.host), 'acme/app')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'RefusedError', refusal: 'downgrade' });
    expect(error!.message).toMatch(
      new RegExp(
        `^HTTPS downgrade refused: ${method} https://${registry.host}/v2/acme/app/${kind}s/\\S+ redirected to plain-HTTP ${plain.origin}/cdn/${kind} while trying to `,
      ),
    );
    expect(error!.message).not.toContain('sig=secret');
    expect(plain.requests).toEqual([]);
  });

  test.each([
    ['PUT', { digest: true }],
    ['PATCH', { digest: false }],
  ])('an upload location on http: is refused before the %s', async (method, { digest }) => {
    const data = randomBytes(1000);
    const plain = await server((_r, res) => void res.writeHead(201).end());
    const registry = await bearerRegistry(
      (r, res) => {
        if (r.method === 'POST')
          return void res.writeHead(202, { location: `${plain.origin}/v2/acme/app/blobs/uploads/1?_state=secret`, 'content-length': '0' }).end();
        json(res, 404, {});
      },
      { tls: true },
    );
    const c = client(registry.host, { trust: [registry.host] });
    const opts = digest ? { digest: digestOf(data), size: data.length } : {};
    const error = await c
      .putBlob(new Repository(new Registry(registry.host), 'acme/app'), () => Readable.from([data]), opts)
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error).toMatchObject({ name: 'RefusedError', refusal: 'downgrade' });
    expect(error!.message).toBe(
      `HTTPS downgrade refused: ${registry.host} gave the plain-HTTP location ${plain.origin}/v2/acme/app/blobs/uploads/1 for ${method} while trying to ${digest ? `upload blob ${digestOf(data)} to` : 'upload blob to'} ${registry.host}/acme/app; pinship sends nothing for an HTTPS registry over HTTP`,
    );
    expect(plain.requests).toEqual([]);
  });
});
