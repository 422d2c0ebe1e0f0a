/**
 * Transport security choices: `insecure-registries`, no HTTP downgrade for a registry that is not
 * on loopback, and client certificates from docker's certs.d layout.
 */
import { execFileSync } from 'node:child_process';
import dns from 'node:dns';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { RegistryClient } from '../../src/registry/client.js';
import { StaticCredentials } from '../../src/registry/credentials.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { pushImage } from '../promote/fixtures.js';

const env = loadTestEnv();
const emptyCertsDir = (): string => mkdtempSync(join(tmpdir(), 'pinship-nocerts-'));

describe('insecure-registries', () => {
  test('lets a listed host use a certificate nobody vouches for, and only that host', async () => {
    const b = env.registries.basic;
    const writer = testClient(env);
    const repo = testRepo(env, 'basic', 'insecure-tls');
    const image = await pushImage(writer, repo, { tag: 'v1' });
    writer.close();
    const credentials = new StaticCredentials([{ registry: b.host, credential: { username: b.username, password: b.password } }]);
    // No CA for the test registries anywhere: only insecure-registries can make this work.
    const listed = new RegistryClient({ certsDir: emptyCertsDir(), credentials, insecureRegistries: [b.host], retry: { attempts: 1 } });
    const unlisted = new RegistryClient({ certsDir: emptyCertsDir(), credentials, insecureRegistries: ['127.0.0.1:1'], retry: { attempts: 1 } });
    try {
      expect((await listed.resolve(repo.tag('v1'))).digest.toString()).toBe(image.digest.toString());
      await expect(unlisted.resolve(repo.tag('v1'))).rejects.toThrow(/cannot reach registry.*(certificate|self.signed)/i);
    } finally {
      listed.close();
      unlisted.close();
    }
  });
});

/**
 * A DNS stand-in (real DNS cannot be used here: nothing may leave 127.0.0.1): names under
 * `.pinship.test` resolve to 127.0.0.1, and each lookup is recorded. To pinship such a name is an
 * ordinary remote registry, not loopback.
 */
async function withTestDomain(body: (lookups: string[]) => Promise<void>): Promise<void> {
  const original = dns.lookup;
  const lookups: string[] = [];
  const standIn = (host: string, options: unknown, callback?: unknown): void => {
    const cb = (typeof options === 'function' ? options : callback) as (err: Error | null, address?: unknown, family?: number) => void;
    if (!host.endsWith('.pinship.test')) return void (original as (...a: unknown[]) => void)(host, options, callback);
    lookups.push(host);
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
    else cb(null, '127.0.0.1', 4);
  };
  (dns as { lookup: unknown }).lookup = standIn;
  try {
    await body(lookups);
  } finally {
    (dns as { lookup: unknown }).lookup = original;
  }
}

describe('a registry that is not on loopback', () => {
  test('never downgrades to HTTP unless listed in insecure-registries', async () => {
    // A plain-HTTP registry (the test registry behind a proxy that counts requests) under a remote-looking name.
    const proxy = await startFaultProxy(env.registries.plain.host, {});
    const host = `registry.pinship.test:${proxy.host.split(':')[1]}`;
    const repo = new Repository(new Registry(host), uniqueRepo('downgrade'));
    try {
      await withTestDomain(async (lookups) => {
        const strict = new RegistryClient({ retry: { attempts: 2, baseMs: 5 } });
        try {
          await expect(strict.listTags(repo)).rejects.toThrow(`cannot reach registry ${host}`);
        } finally {
          strict.close();
        }
        // It did connect (over TLS, which the HTTP server could not answer), and never sent a plain request.
        expect(lookups.length).toBeGreaterThanOrEqual(1);
        expect(proxy.requests).toBe(0);

        const insecure = new RegistryClient({ insecureRegistries: [host], retry: { attempts: 2, baseMs: 5 } });
        try {
          const image = await pushImage(insecure, repo, { tag: 'v1' });
          expect((await insecure.resolve(repo.tag('v1'))).digest.toString()).toBe(image.digest.toString());
        } finally {
          insecure.close();
        }
        expect(proxy.seen[0]).toMatchObject({ method: 'GET', path: '/v2/' });
      });
    } finally {
      await proxy.close();
    }
  });
});

const openssl = (dir: string, ...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });

/** A CA of this test's own, a server certificate for mtls.pinship.test and 127.0.0.1, and a client certificate (CN pinship-ci). */
function makeCertificates(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-mtls-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=pinship mtls test CA', '-days', '2');
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=DNS:mtls.pinship.test,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, cn] of [
    ['server', 'mtls.pinship.test'],
    ['client', 'pinship-ci'],
  ] as const) {
    openssl(dir, 'req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    openssl(
      dir,
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  }
  return dir;
}

describe('client certificates from certs.d', () => {
  const pki = makeCertificates();
  const read = (f: string): Buffer => readFileSync(join(pki, f));
  const clientNames: string[] = [];
  let refused = 0;
  // A stand-in registry: registries that require client certificates are fronted by a TLS server like this one.
  const server = https.createServer(
    { key: read('server.key'), cert: read('server.crt'), ca: read('ca.crt'), requestCert: true, rejectUnauthorized: false },
    (req, res) => {
      const socket = req.socket as TLSSocket;
      if (!socket.authorized) {
        refused++;
        return void res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"code":"DENIED","message":"client certificate required"}]}');
      }
      clientNames.push(String(socket.getPeerCertificate().subject.CN));
      if (req.url === '/v2/') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      if (req.url === '/v2/acme/app/tags/list') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"name":"acme/app","tags":["v1"]}');
      res.writeHead(404).end();
    },
  );
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    clientNames.length = 0;
    refused = 0;
  });

  /** docker's layout: `<dir>/<host:port>/ca.crt`, and `client.cert` + `client.key` when asked. */
  const certsDir = (host: string, withClientCert: boolean): string => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-certs.d-'));
    mkdirSync(join(dir, host));
    writeFileSync(join(dir, host, 'ca.crt'), read('ca.crt'));
    if (withClientCert) {
      writeFileSync(join(dir, host, 'client.cert'), read('client.crt'));
      writeFileSync(join(dir, host, 'client.key'), read('client.key'));
    }
    return dir;
  };

  test('are presented to a registry that requires them; without them it refuses', async () => {
    // A remote-looking name, as such registries are.
    const host = `mtls.pinship.test:${port}`;
    const repo = new Repository(new Registry(host), 'acme/app');
    const withCert = new RegistryClient({ certsDir: certsDir(host, true), retry: { attempts: 1 } });
    const without = new RegistryClient({ certsDir: certsDir(host, false), retry: { attempts: 1 } });
    try {
      await withTestDomain(async () => {
        expect(await withCert.listTags(repo)).toEqual(['v1']);
        expect(clientNames).toEqual(['pinship-ci', 'pinship-ci']);
        expect(refused).toBe(0);
        await expect(without.listTags(repo)).rejects.toThrow(new RegExp(`cannot reach registry ${host}.*HTTP 403`));
        expect(refused).toBe(1);
      });
    } finally {
      withCert.close();
      without.close();
    }
  });

  test("a loopback registry's refusal over TLS is the error, not the failure of an HTTP retry", async () => {
    // Loopback may use plain HTTP, but a server that answered over TLS does speak TLS.
    const host = `127.0.0.1:${port}`;
    const without = new RegistryClient({ certsDir: certsDir(host, false), retry: { attempts: 1 } });
    try {
      await expect(without.listTags(new Repository(new Registry(host), 'acme/app'))).rejects.toThrow(new RegExp(`cannot reach registry ${host}.*HTTP 403`));
      expect(refused).toBe(1);
    } finally {
      without.close();
    }
  });
});
