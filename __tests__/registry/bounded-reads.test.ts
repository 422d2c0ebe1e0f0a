/**
 * A registry that sends more than any real one would: a manifest, config or tag list large enough
 * to exhaust memory if pinship believed it (issue 7, finding 6). Small servers on 127.0.0.1 play it.
 */
import type { ServerResponse } from 'node:http';
import { RegistryClient } from '../../src/registry/client.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType, type Descriptor } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { json, startServer, type HostileServer, type SeenRequest } from '../helpers/hostile-server.js';

const MiB = 1024 * 1024;
const servers: HostileServer[] = [];
const clients: RegistryClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

/** An anonymous plain-HTTP registry on loopback whose /v2/<name>/... answers come from `route`. */
async function registry(route: (r: SeenRequest, res: ServerResponse) => void): Promise<{ server: HostileServer; client: RegistryClient; repo: Repository }> {
  const server = await startServer((r, res) => (r.url === '/v2/' ? json(res, 200, {}) : route(r, res)));
  servers.push(server);
  const client = new RegistryClient({ retry: { attempts: 1 } });
  clients.push(client);
  return { server, client, repo: new Repository(new Registry(server.host), 'acme/app') };
}

/** Valid JSON of at least `bytes` bytes: an index whose annotation is padding. */
function bigIndex(bytes: number): Buffer {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [], annotations: { pad: 'x'.repeat(bytes) } }));
}

/** Sends `body` in 64 KiB chunks, without a Content-Length: the size is only known by reading. */
function sendChunked(res: ServerResponse, body: Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, headers);
  for (let i = 0; i < body.length; i += 65536) res.write(body.subarray(i, i + 65536));
  res.end();
}

describe('manifests are read up to 4 MiB', () => {
  const big = bigIndex(5 * MiB);

  test('a Content-Length over the limit is refused before the body is read', async () => {
    const { client, repo } = await registry(
      (_r, res) => void res.writeHead(200, { 'content-type': MediaType.OciIndex, 'content-length': String(big.length) }).end(big),
    );
    await expect(client.getManifest(repo, 'v1')).rejects.toMatchObject({
      name: 'TooLargeError',
      limit: 4 * MiB,
      message: `manifest ${repo}:v1 is too large: the registry announced Content-Length ${big.length}, over pinship's limit of 4 MiB`,
    });
  });

  test('a body without a length is cut off once it passes the limit', async () => {
    const { client, repo } = await registry((_r, res) => sendChunked(res, big, { 'content-type': MediaType.OciIndex }));
    await expect(client.getManifest(repo, digestOf(big))).rejects.toThrow(
      `manifest ${repo}@${digestOf(big)} is too large: the registry sent more than ${4 * MiB} bytes, over pinship's limit of 4 MiB`,
    );
  });

  test('a manifest just under the limit is read', async () => {
    const fits = bigIndex(4 * MiB - 200);
    const { client, repo } = await registry((_r, res) => sendChunked(res, fits, { 'content-type': MediaType.OciIndex }));
    expect((await client.getManifest(repo, digestOf(fits))).bytes.equals(fits)).toBe(true);
  });
});

describe('JSON blobs (image configs) are read up to 8 MiB', () => {
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', history: [{ comment: 'x'.repeat(9 * MiB) }] }));

  test('a descriptor claiming more is refused without asking the registry', async () => {
    const { server, client, repo } = await registry((_r, res) => void res.writeHead(200, { 'content-length': String(config.length) }).end(config));
    const descriptor: Descriptor = { mediaType: MediaType.OciConfig, digest: digestOf(config).toString(), size: config.length };
    await expect(client.getJsonBlob(repo, descriptor)).rejects.toThrow(
      `blob ${repo}@${descriptor.digest} (${MediaType.OciConfig}) is too large: its descriptor gives ${config.length} bytes, over pinship's limit of 8 MiB`,
    );
    expect(server.requests.filter((r) => r.url.includes('/blobs/'))).toEqual([]);
  });

  test('a descriptor without a size does not lift the limit', async () => {
    const { client, repo } = await registry((_r, res) => sendChunked(res, config));
    // Descriptors arrive as JSON from a registry: nothing guarantees the size is there.
    const descriptor = JSON.parse(JSON.stringify({ mediaType: MediaType.OciConfig, digest: digestOf(config).toString() })) as Descriptor;
    await expect(client.getJsonBlob(repo, descriptor)).rejects.toMatchObject({ name: 'TooLargeError', limit: 8 * MiB });
  });
});

describe('tag lists are bounded in page size, tag count and pages', () => {
  test('a page over 16 MiB is refused', async () => {
    const page = Buffer.from(JSON.stringify({ name: 'acme/app', tags: Array.from({ length: 140_000 }, (_, i) => `tag-${i}-${'x'.repeat(110)}`) }));
    expect(page.length).toBeGreaterThan(16 * MiB);
    const { client, repo } = await registry((_r, res) => sendChunked(res, page, { 'content-type': 'application/json' }));
    await expect(client.listTags(repo)).rejects.toThrow(
      `tag list of ${repo} (page 1) is too large: the registry sent more than ${16 * MiB} bytes, over pinship's limit of 16 MiB`,
    );
  });

  /** Pages of `perPage` tags, each linking the next, until `pages` (a bound so the old code ends too). */
  function paginating(perPage: number, pages: number) {
    return (r: SeenRequest, res: ServerResponse): void => {
      const n = Number(new URL(r.url, 'http://x').searchParams.get('page') ?? 1);
      const tags = Array.from({ length: perPage }, (_, i) => `p${n}-${i}`);
      json(res, 200, { name: 'acme/app', tags }, n < pages ? { link: `</v2/acme/app/tags/list?page=${n + 1}>; rel="next"` } : {});
    };
  }

  test('more than 100000 tags in all are refused', async () => {
    const { server, client, repo } = await registry(paginating(1000, 150));
    await expect(client.listTags(repo)).rejects.toThrow(
      `tag list of ${repo} is too large: the registry sent 101000 tags in 101 pages, over pinship's limit of 100000 tags`,
    );
    expect(server.requests.filter((r) => r.url.includes('/tags/list'))).toHaveLength(101);
  });

  test('more than 10000 pages are refused, however small', async () => {
    const { server, client, repo } = await registry(paginating(0, 10_050));
    await expect(client.listTags(repo)).rejects.toThrow(
      `tag list of ${repo} is too large: the registry linked page 10001, over pinship's limit of 10000 pages`,
    );
    expect(server.requests.filter((r) => r.url.includes('/tags/list'))).toHaveLength(10_000);
  });

  test('a page that is not a list of strings is refused', async () => {
    const { client, repo } = await registry((_r, res) => json(res, 200, { name: 'acme/app', tags: ['v1', { evil: true }] }));
    await expect(client.listTags(repo)).rejects.toThrow(`tag list of ${repo} (page 1) is not a tag list: expected {"tags": [strings]}`);
  });
});
