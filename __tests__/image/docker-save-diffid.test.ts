/**
 * readDockerImage checks each layer of a `docker save` against the diff_id its config names.
 * A real dockerd never saves a mismatching layer, so a stand-in engine on a private unix socket
 * serves a crafted save archive (GET /images/<id>/get, as the engine API does); everything after
 * the socket (tar extraction, hashing, compression) is pinship's real code.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readDockerImage } from '../../src/image/docker-save.js';
import type { LayerReuse } from '../../src/image/base-layers.js';
import { RegistryClient } from '../../src/registry/client.js';
import { digestOf } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';

const sha256 = (b: Buffer): string => digestOf(b).toString();

/** A layer tar as docker saves it: one file, archived by GNU tar. */
function layerTar(dir: string, name: string): Buffer {
  const src = mkdtempSync(join(tmpdir(), 'pinship-layer-'));
  writeFileSync(join(src, name), randomBytes(4096));
  const out = join(dir, `${name}.tar`);
  execFileSync('tar', ['-cf', out, '-C', src, name]);
  return readFileSync(out);
}

/** A `docker save` archive (legacy layout: manifest.json, <config>.json, <id>/layer.tar) whose config names `diffIds`. */
function savedImage(layers: Buffer[], diffIds: string[]): { archive: Buffer; configDigest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-saved-'));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds }, config: {} }));
  const configName = `${digestOf(config).hex}.json`;
  writeFileSync(join(dir, configName), config);
  const layerPaths = layers.map((l, i) => {
    mkdirSync(join(dir, `layer${i}`));
    writeFileSync(join(dir, `layer${i}`, 'layer.tar'), l);
    return `layer${i}/layer.tar`;
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: null, Layers: layerPaths }]));
  const archive = join(mkdtempSync(join(tmpdir(), 'pinship-save-')), 'image.tar');
  execFileSync('tar', ['-cf', archive, '-C', dir, 'manifest.json', configName, ...layerPaths.map((p) => p.split('/')[0])]);
  return { archive: readFileSync(archive), configDigest: sha256(config) };
}

/** Runs `body` with DOCKER_HOST naming a stand-in engine that saves every image as `archive`. */
async function withEngine<T>(archive: Buffer, body: () => Promise<T>): Promise<T> {
  const socket = join(mkdtempSync(join(tmpdir(), 'pinship-engine-')), 'docker.sock');
  const requests: string[] = [];
  const engine = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (!/^\/images\/[^/]+\/get$/.test(req.url ?? '')) return void res.writeHead(404).end('{"message":"not found"}');
    res.writeHead(200, { 'content-type': 'application/x-tar' }).end(archive);
  });
  await new Promise<void>((r) => engine.listen(socket, r));
  const saved = { host: process.env.DOCKER_HOST, context: process.env.DOCKER_CONTEXT };
  process.env.DOCKER_HOST = `unix://${socket}`;
  delete process.env.DOCKER_CONTEXT;
  try {
    const result = await body();
    // The save, and the engine's list of diff IDs (a hint this stand-in does not give).
    expect(requests.sort()).toEqual([`/images/${encodeURIComponent('sha256:feed')}/get`, `/images/${encodeURIComponent('sha256:feed')}/json`]);
    return result;
  } finally {
    if (saved.host === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved.host;
    if (saved.context !== undefined) process.env.DOCKER_CONTEXT = saved.context;
    await new Promise<void>((r) => engine.close(() => r()));
  }
}

// No base layers known: every layer is hashed and compressed locally, the path under test.
const noReuse: LayerReuse = { layers: new Map(), client: new RegistryClient(), log: () => undefined };

test('layers that match their diff_ids become gzip blobs, the config kept byte for byte', async () => {
  const work = mkdtempSync(join(tmpdir(), 'pinship-work-'));
  const layers = [layerTar(work, 'a'), layerTar(work, 'b')];
  const { archive, configDigest } = savedImage(layers, layers.map(sha256));
  const node = await withEngine(archive, () => readDockerImage('sha256:feed', work, noReuse));
  expect(node.configDigest?.toString()).toBe(configDigest);
  const blobs = node.blobs.slice(1);
  expect(blobs.map((b) => b.descriptor.mediaType)).toEqual([MediaType.DockerLayerGzip, MediaType.DockerLayerGzip]);
  blobs.forEach((b, i) => {
    if (b.origin.kind !== 'file') throw new Error(`layer ${i} is not a file`);
    const gz = readFileSync(b.origin.path);
    expect(b.descriptor.digest).toBe(sha256(gz));
    expect(b.descriptor.size).toBe(gz.length);
    expect(gunzipSync(gz).equals(layers[i])).toBe(true);
  });
});

test('a layer that does not hash to its diff_id is refused, naming both digests', async () => {
  const work = mkdtempSync(join(tmpdir(), 'pinship-work-'));
  const layers = [layerTar(work, 'a'), layerTar(work, 'b')];
  const claimed = sha256(Buffer.from('another layer entirely'));
  const { archive } = savedImage(layers, [sha256(layers[0]), claimed]);
  await expect(withEngine(archive, () => readDockerImage('sha256:feed', work, noReuse))).rejects.toThrow(
    new RegExp(`layer .*layer1/layer\\.tar hashes to ${sha256(layers[1])}, but the image config names ${claimed}`),
  );
});
