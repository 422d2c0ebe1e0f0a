import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { digestOf, Digest } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Reference, Repository } from '../../src/registry/reference.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { loadTestEnv, readAll, testClient, testRepo, type Kind } from '../helpers/registry.js';

const env = loadTestEnv();

async function pushBytes(client: RegistryClient, repo: Repository, bytes: Buffer): Promise<Digest> {
  const digest = digestOf(bytes);
  await client.putBlob(repo, () => Readable.from([bytes]), { digest, size: bytes.length });
  return digest;
}

describe.each<Kind>(['plain', 'basic', 'token'])('registry client against the %s registry', (kind) => {
  let client: RegistryClient;
  beforeAll(() => {
    client = testClient(env);
  });
  afterAll(() => client.close());

  test('manifests of all four media types round-trip byte for byte', async () => {
    const repo = testRepo(env, kind, 'manifests');
    const layer = randomBytes(2048);
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [digestOf(layer).toString()] } }));
    const layerDigest = await pushBytes(client, repo, layer);
    const configDigest = await pushBytes(client, repo, config);
    // Odd whitespace and key order: a client that re-serializes would change the digest.
    const ociManifest = Buffer.from(
      `{\n   "schemaVersion": 2,\n   "mediaType": "${MediaType.OciManifest}",\n   "config": {"mediaType": "${MediaType.OciConfig}", "size": ${config.length}, "digest": "${configDigest}"},\n   "layers": [{"size": ${layer.length}, "mediaType": "${MediaType.OciLayerGzip}", "digest": "${layerDigest}"}]\n}`,
    );
    const dockerManifest = Buffer.from(
      JSON.stringify(
        {
          schemaVersion: 2,
          mediaType: MediaType.DockerManifest,
          config: { mediaType: MediaType.DockerConfig, size: config.length, digest: configDigest.toString() },
          layers: [{ mediaType: MediaType.DockerLayerGzip, size: layer.length, digest: layerDigest.toString() }],
        },
        null,
        3,
      ),
    );
    const cases: Array<[string, string, Buffer | (() => Buffer)]> = [
      ['oci-manifest', MediaType.OciManifest, ociManifest],
      ['docker-manifest', MediaType.DockerManifest, dockerManifest],
      [
        'oci-index',
        MediaType.OciIndex,
        () =>
          Buffer.from(
            JSON.stringify({
              schemaVersion: 2,
              mediaType: MediaType.OciIndex,
              manifests: [
                {
                  mediaType: MediaType.OciManifest,
                  size: ociManifest.length,
                  digest: digestOf(ociManifest).toString(),
                  platform: { architecture: 'amd64', os: 'linux' },
                },
              ],
            }),
          ),
      ],
      [
        'docker-list',
        MediaType.DockerManifestList,
        () =>
          Buffer.from(
            JSON.stringify(
              {
                schemaVersion: 2,
                mediaType: MediaType.DockerManifestList,
                manifests: [
                  {
                    mediaType: MediaType.DockerManifest,
                    size: dockerManifest.length,
                    digest: digestOf(dockerManifest).toString(),
                    platform: { architecture: 'amd64', os: 'linux' },
                  },
                ],
              },
              null,
              1,
            ),
          ),
      ],
    ];
    for (const [tag, mediaType, make] of cases) {
      const bytes = typeof make === 'function' ? make() : make;
      const pushed = await client.putManifest(repo, tag, bytes, mediaType);
      expect(pushed.toString()).toBe(digestOf(bytes).toString());
      const got = await client.getManifest(repo, tag);
      expect(got.bytes.equals(bytes)).toBe(true);
      expect(got.mediaType).toBe(mediaType);
      const head = await client.resolve(repo.tag(tag));
      expect(head.digest.toString()).toBe(pushed.toString());
      expect(head.mediaType).toBe(mediaType);
      const byDigest = await client.getManifest(repo, pushed);
      expect(byDigest.bytes.equals(bytes)).toBe(true);
    }
  });

  test('blobs upload monolithic, chunked and streamed, and download verified', async () => {
    const repo = testRepo(env, kind, 'blobs');
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const digest = digestOf(data);
    expect(await client.statBlob(repo, digest)).toBeUndefined();
    const mono = await client.putBlob(repo, () => Readable.from([data]), { digest, size: data.length });
    expect(mono.digest.toString()).toBe(digest.toString());
    expect(await client.statBlob(repo, digest)).toBe(data.length);
    expect((await readAll(await client.getBlob(repo, digest, data.length))).equals(data)).toBe(true);

    const other = randomBytes(1024 * 1024 + 5);
    const chunked = await client.putBlob(testRepo(env, kind, 'chunked'), () => Readable.from([other.subarray(0, 100), other.subarray(100)]), {
      chunkSize: 256 * 1024,
    });
    expect(chunked.digest.toString()).toBe(digestOf(other).toString());
    expect(chunked.size).toBe(other.length);

    const streamedRepo = testRepo(env, kind, 'streamed');
    const third = randomBytes(700_000);
    const streamed = await client.putBlob(streamedRepo, () => Readable.from([third.subarray(0, 1000), third.subarray(1000)]));
    expect(streamed.digest.toString()).toBe(digestOf(third).toString());
    expect((await readAll(await client.getBlob(streamedRepo, streamed.digest))).equals(third)).toBe(true);
  });

  test('a blob whose bytes do not match the given digest is refused', async () => {
    const repo = testRepo(env, kind, 'badblob');
    const data = randomBytes(1000);
    const wrong = digestOf(Buffer.from('something else'));
    await expect(client.putBlob(repo, () => Readable.from([data]), { digest: wrong, size: data.length })).rejects.toThrow(
      /HTTP 400|DIGEST_INVALID|BLOB_UPLOAD_INVALID/,
    );
    expect(await client.statBlob(repo, wrong)).toBeUndefined();
  });

  test('cross-repository mount', async () => {
    const from = testRepo(env, kind, 'mount-src');
    const to = testRepo(env, kind, 'mount-dst');
    const data = randomBytes(4096);
    const digest = await pushBytes(client, from, data);
    expect(await client.mountBlob(to, digest, from)).toBe(true);
    expect(await client.statBlob(to, digest)).toBe(data.length);
    const missing = digestOf(randomBytes(10));
    expect(await client.mountBlob(to, missing, from)).toBe(false);
    expect(await client.statBlob(to, missing)).toBeUndefined();
  });

  test('tag listing follows pagination', async () => {
    const repo = testRepo(env, kind, 'tags');
    const config = Buffer.from('{}');
    const configDigest = await pushBytes(client, repo, config);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { mediaType: MediaType.OciConfig, size: 2, digest: configDigest.toString() },
        layers: [],
      }),
    );
    const tags = Array.from({ length: 23 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    for (const t of tags) await client.putManifest(repo, t, manifest, MediaType.OciManifest);
    const listed = await client.listTags(repo, 5);
    expect([...listed].sort()).toEqual(tags);
  });
});

test('Reference of a pushed manifest resolves through the public API', async () => {
  const client = testClient(env);
  try {
    const repo = testRepo(env, 'plain', 'resolve');
    const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
    const configDigest = await pushBytes(client, repo, config);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { mediaType: MediaType.OciConfig, size: config.length, digest: configDigest.toString() },
        layers: [],
      }),
    );
    const pushed = await client.putManifest(repo, 'v1', manifest, MediaType.OciManifest);
    // References parsed from the strings a user writes, not built from the repository object.
    const byTag = await client.resolve(Reference.parse(`${repo}:v1`));
    expect(byTag).toEqual({ digest: digestOf(manifest), mediaType: MediaType.OciManifest, size: manifest.length });
    const byDigest = await client.resolve(Reference.parse(`${repo}@${pushed}`));
    expect(byDigest.digest.toString()).toBe(digestOf(manifest).toString());
    await expect(client.resolve(Reference.parse(`${repo}:v2`))).rejects.toThrow(/HTTP 404/);
  } finally {
    client.close();
  }
});
