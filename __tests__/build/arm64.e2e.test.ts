import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { builderEnv } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, readAll, testClient } from '../helpers/registry.js';

/*
 * Real arm64: each builder runs the Dockerfile's RUN once per platform, the arm64 one under the
 * environment's QEMU (binfmt_misc), on the two-platform busybox base. What each RUN wrote is read
 * back from the pushed layers, so a builder that ran the amd64 step twice, or put one platform's
 * layer under the other's manifest, fails here. One tiny build per builder, to keep CI short.
 */
const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

/** What `uname -m` prints on each platform: the kernel's machine name, emulated for arm64. */
const MACHINE: Record<string, string> = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' };

/** The file a layer holds under `name` (any leading ./), read with tar in the layer's own compression. */
function fileInLayer(layer: Buffer, mediaType: string, name: string): string {
  const compression = mediaType.endsWith('+gzip') || mediaType.endsWith('.tar.gzip') ? ['-z'] : mediaType.endsWith('+zstd') ? ['--zstd'] : [];
  return execFileSync('tar', ['-xO', ...compression, '-f', '-', '--wildcards', '--no-anchored', name], { input: layer, encoding: 'utf8' });
}

async function blob(repo: Repository, digest: string): Promise<Buffer> {
  return readAll(await client.getBlob(repo, Digest.parse(digest)));
}

interface ImageConfig {
  architecture: string;
  rootfs: { diff_ids: string[] };
}

async function imageConfig(repo: Repository, manifest: ImageManifest): Promise<ImageConfig> {
  return JSON.parse((await blob(repo, manifest.config.digest)).toString()) as ImageConfig;
}

/**
 * The base's layer by platform, as uncompressed digests: buildah and podman recompress the base
 * layer when they push, so only its content, not its blob, is the same.
 */
async function baseLayers(): Promise<Record<string, string>> {
  const base = new Repository(new Registry(env.registries.plain.host), env.multiBaseRepository);
  const index = (await client.getManifest(base, 'latest')).json as ImageIndex;
  const out: Record<string, string> = {};
  for (const m of index.manifests) {
    const config = await imageConfig(base, (await client.getManifest(base, m.digest)).json as ImageManifest);
    out[`${m.platform?.os}/${m.platform?.architecture}`] = config.rootfs.diff_ids[0];
  }
  return out;
}

const BUILDERS: [string, Record<string, string>, NodeJS.ProcessEnv][] = [
  // the containerd image store is what lets dockerd's own BuildKit build and push several platforms
  ['buildx', { network: 'none' }, { DOCKER_HOST: env.dockerHost26 }],
  ['buildah', {}, {}],
  ['podman', { network: 'none' }, {}],
];

test.each(BUILDERS)(
  '%s builds linux/amd64,linux/arm64 with a RUN step: each platform layer holds what its own RUN wrote',
  async (builder, inputs, runnerEnv) => {
    const ctx = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
    // a new RUN line each time: a layer cached from an earlier run proves nothing about emulation
    const nonce = randomBytes(8).toString('hex');
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${env.multiBaseImage}\nRUN echo ${nonce} > /nonce && uname -m > /arch\n`);
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo(`arm64-${builder}`));
    const run = await runAction(
      { images: String(repo), context: ctx, builder, platforms: 'linux/amd64,linux/arm64', tags: 'type=raw,value=arch', ...inputs },
      events.pushMain(),
      { ...builderEnv(env), ...runnerEnv },
    );
    if (run.code !== 0) throw new Error(`${builder} failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);

    const index = await client.getManifest(repo, 'arch');
    expect(index.digest.toString()).toBe(run.outputs.digest);
    const entries = (index.json as ImageIndex).manifests.filter((m) => m.platform?.os === 'linux');
    expect(entries.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    const platformDigests = JSON.parse(run.outputs['platform-digests']) as Record<string, string>;
    const base = await baseLayers();
    for (const entry of entries) {
      const platform = `${entry.platform?.os}/${entry.platform?.architecture}`;
      expect(platformDigests[platform]).toBe(entry.digest);
      const manifest = (await client.getManifest(repo, entry.digest)).json as ImageManifest;
      const config = await imageConfig(repo, manifest);
      expect(config.architecture).toBe(entry.platform?.architecture);
      expect(manifest.layers).toHaveLength(2);
      expect(config.rootfs.diff_ids[0]).toBe(base[platform]);
      const layer = await blob(repo, manifest.layers[1].digest);
      expect(fileInLayer(layer, manifest.layers[1].mediaType, 'nonce')).toBe(`${nonce}\n`);
      expect(fileInLayer(layer, manifest.layers[1].mediaType, 'arch')).toBe(`${MACHINE[platform]}\n`);
    }
  },
);
