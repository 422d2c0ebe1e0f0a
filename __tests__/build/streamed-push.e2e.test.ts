/**
 * A build whose image leaves the engine by `docker save` (buildx's docker driver on the classic image
 * store, dockerd 20.10) has its layers compressed and uploaded while the archive is still being read.
 * Whatever the order the blobs went out in, each registry must end up serving the image pinship
 * reports: the manifest by the digest output, every layer a blob that decompresses to the diff ID
 * its config names, the tags on that manifest.
 */
import { randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Digest } from '../../src/registry/digest.js';
import type { ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { builderEnv, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, readAll, testClient } from '../helpers/registry.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

test('layers of very different sizes, streamed to two registries: each serves the reported digest, every layer its diff ID', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  const sizes = [64, 300 * 1024, 2 << 20, 16];
  sizes.forEach((n, i) => writeFileSync(join(ctx, `p${i}`), randomBytes(n)));
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${env.baseImage}\n${sizes.map((_, i) => `COPY p${i} /p${i}\n`).join('')}`);
  const name = uniqueRepo('streamed');
  const repos = [new Repository(new Registry(env.registries.plain.host), name), new Repository(new Registry(env.registries.token.host), name)];
  const run = await runAction(
    { images: repos.join('\n'), context: ctx, builder: 'buildx', network: 'none', tags: 'type=raw,value=v1', 'registry-auth': tokenRegistryAuth(env) },
    events.pushMain(),
    builderEnv(env),
  );
  expect(run.code).toBe(0);
  const digest = Digest.parse(run.outputs.digest);
  const push = (JSON.parse(run.outputs.metadata) as { push: Array<{ blobsUploaded: number; blobsMounted: number; blobsCopied: number }> }).push;
  for (const [i, repo] of repos.entries()) {
    expect((await client.resolve(repo.tag('v1'))).digest.toString()).toBe(digest.toString());
    const m = (await client.getManifest(repo, digest)).json as ImageManifest;
    expect(m.config.digest).toBe(run.outputs.imageid);
    const config = JSON.parse((await readAll(await client.getBlob(repo, Digest.parse(m.config.digest)))).toString()) as { rootfs: { diff_ids: string[] } };
    expect(m.layers).toHaveLength(config.rootfs.diff_ids.length);
    for (const [j, layer] of m.layers.entries()) {
      const tar = gunzipSync(await readAll(await client.getBlob(repo, Digest.parse(layer.digest))));
      expect(`sha256:${createHash('sha256').update(tar).digest('hex')}`).toBe(config.rootfs.diff_ids[j]);
    }
    // The new layers and the config were sent to each registry once; the base's layer came from the registry.
    expect(push[i].blobsUploaded).toBe(sizes.length + 1);
    expect(push[i].blobsMounted + push[i].blobsCopied).toBeGreaterThanOrEqual(1);
  }
});
