/**
 * A build reads `docker save` as the engine streams it: layers are compressed, and handed out for
 * upload, while later members are still arriving. A real dockerd never saves a layer that is not
 * its diff ID nor stops mid-archive, so a stand-in engine on a private unix socket serves crafted
 * archives (GET /images/<id>/get and /images/<id>/json, as the engine API does), in docker 20.10's
 * member order (layers, then the config, then manifest.json). Everything after the socket (tar
 * parsing, hashing, compression, and the upload into the real test registry) is pinship's code.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDockerImage } from '../../src/image/docker-save.js';
import type { BlobSource } from '../../src/image/model.js';
import { EarlyBlobs } from '../../src/publish/early.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { archive, file, symlink } from '../util/tar-fixtures.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());
const sha256 = (b: Buffer): string => digestOf(b).toString();
const layer = (name: string, size = 4096): Buffer => archive(file(name, randomBytes(size)));

interface Saved {
  /** The archive up to manifest.json, and manifest.json with what follows. */
  head: Buffer;
  tail: Buffer;
  diffIds: string[];
}

/** An image archive in docker 20.10's order; `claimed` replaces the config's diff IDs, `links` adds members linking to layers. */
function saved(layers: Buffer[], opts: { claimed?: string[]; links?: Array<[string, string]> } = {}): Saved {
  const diffIds = opts.claimed ?? layers.map(sha256);
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds }, config: {} }));
  const configName = `${digestOf(config).hex}.json`;
  const paths = layers.map((_, i) => `l${i}/layer.tar`);
  const links = opts.links ?? [];
  const manifest = [{ Config: configName, RepoTags: null, Layers: [...paths, ...links.map(([name]) => name)] }];
  const members = [...layers.map((l, i) => file(paths[i], l)), ...links.map(([name, target]) => symlink(name, target)), file(configName, config)];
  return { head: Buffer.concat(members), tail: Buffer.concat([file('manifest.json', JSON.stringify(manifest)), Buffer.alloc(1024)]), diffIds };
}

/**
 * Runs `body` against a stand-in engine serving `archive`. `holdTail`: manifest.json is sent only
 * once this resolves, as a slow engine might: a reader that waited for the whole archive would hang.
 */
async function withEngine<T>(a: Saved, body: () => Promise<T>, o: { holdTail?: Promise<unknown>; cut?: number; hint?: boolean } = {}): Promise<T> {
  const socket = join(mkdtempSync(join(tmpdir(), 'pinship-engine-')), 'docker.sock');
  const engine = http.createServer((req, res) => {
    if (req.url?.endsWith('/json')) {
      if (o.hint === false) return void res.writeHead(404).end('{"message":"no"}');
      return void res.writeHead(200).end(JSON.stringify({ RootFS: { Type: 'layers', Layers: a.diffIds } }));
    }
    res.writeHead(200, { 'content-type': 'application/x-tar' });
    const all = Buffer.concat([a.head, a.tail]);
    if (o.cut !== undefined) return void res.end(all.subarray(0, o.cut));
    res.write(a.head);
    void Promise.resolve(o.holdTail).then(() => res.end(a.tail));
  });
  await new Promise<void>((r) => engine.listen(socket, r));
  const saved = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = `unix://${socket}`;
  try {
    return await body();
  } finally {
    process.env.DOCKER_HOST = saved;
    engine.closeAllConnections();
    await new Promise<void>((r) => engine.close(() => r()));
  }
}

const noReuse = { layers: new Map(), client, log: () => undefined };

/** What reading `a` into a build's early uploads did: the image or the error, the blobs handed out, and what the repository holds. */
async function readInto(a: Saved, o: Parameters<typeof withEngine>[2] = {}, handedOut: BlobSource[] = []) {
  const repo = testRepo(env, 'plain', 'save-stream');
  const early = new EarlyBlobs(client, [repo], [client.repositoryKnown(repo)], () => undefined);
  const onBlob = (b: BlobSource): void => {
    handedOut.push(b);
    early.place(b);
  };
  const work = mkdtempSync(join(tmpdir(), 'pinship-work-'));
  const outcome = await withEngine(a, () => readDockerImage('sha256:feed', work, noReuse, { onBlob }), o).then(
    (node) => ({ node, error: undefined }),
    (error: Error) => ({ node: undefined, error }),
  );
  await early.stop();
  const uploaded = await Promise.all(handedOut.map(async (b) => (await client.statBlob(repo, Digest.parse(b.descriptor.digest))) !== undefined));
  return { ...outcome, handedOut, uploaded, tags: await tagsOf(client, repo) };
}

describe('the streamed docker save reader', () => {
  const [a, b, big] = [layer('a'), layer('b'), layer('big', 1 << 20)];

  test.each<[string, Buffer[], { claimed?: (ids: string[]) => string[]; links?: Array<[string, string]> }, number]>([
    ['two layers', [a, b], {}, 2],
    ['a large layer among small ones', [a, big, b], {}, 3],
    ['a repeated layer, linked as docker 20.10 does: compressed once', [a, b], { links: [['l2/layer.tar', '../l1/layer.tar']] }, 3],
  ])('%s: each layer a gzip blob of itself, handed out for upload before manifest.json arrives, and uploaded', async (_name, layers, o, count) => {
    const s = saved(layers, { links: o.links, claimed: o.links ? [...layers.map(sha256), sha256(layers[1])] : undefined });
    const handedOut: BlobSource[] = [];
    let release: () => void = () => undefined;
    const holdTail = new Promise<void>((r) => (release = r));
    // The engine sends manifest.json only once every distinct layer has been handed out for upload.
    const distinct = new Set(layers.map(sha256)).size;
    const watch = setInterval(() => handedOut.length >= distinct && release(), 5);
    const r = await readInto(s, { holdTail }, handedOut).finally(() => clearInterval(watch));
    expect(r.error).toBeUndefined();
    const blobs = r.node!.blobs.slice(1);
    expect(blobs).toHaveLength(count);
    expect(blobs.every((x) => x.descriptor.mediaType === MediaType.DockerLayerGzip)).toBe(true);
    // A repeated layer is the same blob, compressed and handed out once (with the config: one more).
    expect(new Set(blobs.map((x) => x.descriptor.digest)).size).toBe(distinct);
    expect(r.handedOut).toHaveLength(distinct + 1);
    expect(r.uploaded.every(Boolean)).toBe(true);
    expect(r.tags).toEqual([]);
  });

  test.each<[string, () => { s: Saved; o?: Parameters<typeof withEngine>[2] }, RegExp]>([
    [
      'a layer that is not its diff ID',
      () => ({ s: saved([a, b], { claimed: [sha256(a), sha256(Buffer.from('another layer'))] }) }),
      new RegExp(`^docker save: layer l1/layer\\.tar hashes to ${sha256(b)}, but the image config names ${sha256(Buffer.from('another layer'))}$`),
    ],
    [
      'layers in another order than the config names',
      () => ({ s: saved([a, b], { claimed: [sha256(b), sha256(a)] }) }),
      /^docker save: layer l0\/layer\.tar hashes to/,
    ],
    [
      'an archive cut in the middle of a layer',
      () => ({ s: saved([a, big]), o: { cut: 4096 + 512 * 3 + 100_000 } }),
      /^docker save archive: tar stream ended at byte \d+ in the middle of member 'l1\/layer\.tar' \(\d+ bytes\): truncated$/,
    ],
    [
      'an archive cut before manifest.json',
      () => ({ s: { ...saved([a]), tail: Buffer.alloc(0) } }),
      /^docker save archive: .*without its end-of-archive blocks: truncated$/,
    ],
    [
      'no engine hint: layers only start once the config is in, same checks',
      () => ({ s: saved([a, b], { claimed: [sha256(b), sha256(b)] }), o: { hint: false } }),
      /hashes to/,
    ],
  ])('%s: the read fails with one clear error, and no manifest or tag is written', async (_name, make, message) => {
    const { s, o } = make();
    const r = await readInto(s, o);
    expect(r.error?.message).toMatch(message);
    expect(r.node).toBeUndefined();
    expect(r.tags).toEqual([]);
  });
});
