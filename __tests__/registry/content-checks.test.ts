/**
 * Content checked against its digest where it is read and written, in process against small loopback servers
 * (../helpers/hostile-server.ts) playing a registry that serves or stores other bytes than asked: fast enough to
 * rerun for every mutant of these checks in `npm run test:mutation`. integrity.e2e.test.ts shows the same
 * against the real registry through a fault proxy.
 */
import { afterEach, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/registry/client.js';
import { ContentVerificationError, digestOf, verifyingTransform } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { json, startServer, type HostileServer, type SeenRequest } from '../helpers/hostile-server.js';
import { readAll } from '../helpers/registry.js';

const servers: HostileServer[] = [];
const clients: RegistryClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

async function registry(route: (r: SeenRequest, res: ServerResponse) => void): Promise<{ client: RegistryClient; repo: Repository }> {
  const server = await startServer((r, res) => (r.url === '/v2/' ? json(res, 200, {}) : route(r, res)));
  servers.push(server);
  const client = new RegistryClient({ retry: { attempts: 1 } });
  clients.push(client);
  return { client, repo: new Repository(new Registry(server.host), 'acme/app') };
}

const manifest = (n: number): Buffer =>
  Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [], annotations: { n: `${n}` } }));
const serve = (bytes: Buffer) => (_r: SeenRequest, res: ServerResponse) =>
  void res.writeHead(200, { 'content-type': MediaType.OciIndex, 'content-length': String(bytes.length) }).end(bytes);

test('a manifest asked for by digest must hash to it, with that digest’s algorithm; by tag it is taken as served', async () => {
  const [asked, served] = [manifest(1), manifest(2)];
  const { client, repo } = await registry(serve(served));
  await expect(client.getManifest(repo, digestOf(asked))).rejects.toThrow(
    `manifest ${repo}@${digestOf(asked)} failed verification: its content hashes to ${digestOf(served)}`,
  );
  await expect(client.getManifest(repo, digestOf(asked, 'sha512'))).rejects.toThrow(`its content hashes to ${digestOf(served, 'sha512')}`);
  expect((await client.getManifest(repo, digestOf(served, 'sha512'))).digest).toEqual(digestOf(served, 'sha512'));
  const byTag = await client.getManifest(repo, 'v1');
  expect(byTag.digest).toEqual(digestOf(served));
  expect(byTag.bytes.equals(served)).toBe(true);
});

test('a manifest PUT answered with another Docker-Content-Digest is an error; the same digest, in either algorithm, or none is not', async () => {
  const bytes = manifest(3);
  let header: string | undefined;
  const { client, repo } = await registry((r, res) => {
    if (r.method === 'PUT') return void res.writeHead(201, header ? { 'docker-content-digest': header } : {}).end();
    res.writeHead(404).end();
  });
  header = digestOf(manifest(4)).toString();
  await expect(client.putManifest(repo, 'v1', bytes, MediaType.OciIndex)).rejects.toThrow(
    `registry stored manifest ${repo}:v1 as ${header}, expected ${digestOf(bytes)}`,
  );
  header = digestOf(manifest(4), 'sha512').toString();
  await expect(client.putManifest(repo, 'v1', bytes, MediaType.OciIndex)).rejects.toThrow(`as ${header}`);
  for (const ok of [digestOf(bytes).toString(), digestOf(bytes, 'sha512').toString(), undefined, 'not-a-digest']) {
    header = ok;
    expect(await client.putManifest(repo, 'v1', bytes, MediaType.OciIndex)).toEqual(digestOf(bytes));
  }
});

test('a blob is a stream that fails, never ends, when its bytes or its length are not what was asked', async () => {
  const [asked, served] = [Buffer.from('the blob asked for'), Buffer.from('another blob served')];
  let body = served;
  const { client, repo } = await registry((_r, res) => void res.writeHead(200, { 'content-length': String(body.length) }).end(body));
  await expect(readAll(await client.getBlob(repo, digestOf(asked)))).rejects.toThrow(
    new ContentVerificationError('digest', digestOf(asked).toString(), digestOf(served).toString()),
  );
  await expect(readAll(await client.getBlob(repo, digestOf(served), served.length - 1))).rejects.toThrow('size mismatch');
  body = asked;
  expect((await readAll(await client.getBlob(repo, digestOf(asked), asked.length))).equals(asked)).toBe(true);
  expect((await readAll(await client.getBlob(repo, digestOf(asked)))).equals(asked)).toBe(true);
});

test('without a size, content is checked by digest alone; with one, a single byte more or less fails', async () => {
  const bytes = Buffer.from('exactly this');
  const through = (size?: number): Promise<Buffer> => readAll(Readable.from([bytes]).pipe(verifyingTransform(digestOf(bytes), size)));
  expect((await through()).equals(bytes)).toBe(true);
  expect((await through(bytes.length)).equals(bytes)).toBe(true);
  await expect(through(bytes.length + 1)).rejects.toThrow(`size mismatch: expected ${bytes.length + 1} bytes, got ${bytes.length} bytes`);
  await expect(through(bytes.length - 1)).rejects.toThrow(`size mismatch: expected ${bytes.length - 1} bytes, got at least ${bytes.length} bytes`);
  await expect(readAll(Readable.from([Buffer.from('x')]).pipe(verifyingTransform(digestOf('y'), 1)))).rejects.toThrow('digest mismatch');
  await expect(readAll(Readable.from([Buffer.from('xy')]).pipe(verifyingTransform(digestOf('y'), 1)))).rejects.toThrow('expected 1 byte, got at least 2 bytes');
});
