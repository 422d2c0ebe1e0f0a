import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RegistryClient } from '../../src/registry/client.js';
import { digestOf, type Digest } from '../../src/registry/digest.js';
import { MediaType, type Descriptor, type Platform } from '../../src/registry/mediatypes.js';
import type { Reference, Repository } from '../../src/registry/reference.js';
import type { PromoteRequest } from '../../src/commands/promote/types.js';

export interface Pushed {
  digest: Digest;
  bytes: Buffer;
  mediaType: string;
  descriptor: Descriptor;
}

export async function pushBlob(client: RegistryClient, repo: Repository, data: Buffer, mediaType: string): Promise<Descriptor> {
  const digest = digestOf(data);
  await client.putBlob(repo, () => Readable.from([data]), { digest, size: data.length });
  return { mediaType, digest: digest.toString(), size: data.length };
}

export async function pushManifest(
  client: RegistryClient,
  repo: Repository,
  json: object,
  mediaType: string,
  tag?: string,
  platform?: Platform,
): Promise<Pushed> {
  const bytes = Buffer.from(JSON.stringify(json, null, 3)); // unusual indentation: any re-serialization would show
  const digest = await client.putManifest(repo, tag ?? digestOf(bytes), bytes, mediaType);
  const descriptor: Descriptor = { mediaType, digest: digest.toString(), size: bytes.length, ...(platform ? { platform } : {}) };
  return { digest, bytes, mediaType, descriptor };
}

/** A runnable-looking image: random "layers" (registries do not look inside) and a config naming its platform. */
export async function pushImage(
  client: RegistryClient,
  repo: Repository,
  opts: { tag?: string; docker?: boolean; platform?: Platform } = {},
): Promise<Pushed & { blobs: Descriptor[] }> {
  const platform = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const layerType = opts.docker ? MediaType.DockerLayerGzip : MediaType.OciLayerGzip;
  const layers = [await pushBlob(client, repo, randomBytes(300_000), layerType), await pushBlob(client, repo, randomBytes(1234), layerType)];
  const config = { ...platform, rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) }, config: {} };
  const configDesc = await pushBlob(client, repo, Buffer.from(JSON.stringify(config)), opts.docker ? MediaType.DockerConfig : MediaType.OciConfig);
  const mediaType = opts.docker ? MediaType.DockerManifest : MediaType.OciManifest;
  const pushed = await pushManifest(client, repo, { schemaVersion: 2, mediaType, config: configDesc, layers }, mediaType, opts.tag, platform);
  return { ...pushed, blobs: [configDesc, ...layers] };
}

export const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
export const ARM64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };

export async function pushIndex(
  client: RegistryClient,
  repo: Repository,
  opts: { tag?: string; docker?: boolean } = {},
): Promise<Pushed & { children: Pushed[] }> {
  const children = [
    await pushImage(client, repo, { ...opts, tag: undefined, platform: AMD64 }),
    await pushImage(client, repo, { ...opts, tag: undefined, platform: ARM64 }),
  ];
  const mediaType = opts.docker ? MediaType.DockerManifestList : MediaType.OciIndex;
  const pushed = await pushManifest(client, repo, { schemaVersion: 2, mediaType, manifests: children.map((c) => c.descriptor) }, mediaType, opts.tag);
  return { ...pushed, children };
}

/** An OCI 1.1 artifact attached to `subject`, as `oras attach` or notation would push it. */
export async function pushReferrer(client: RegistryClient, repo: Repository, subject: Descriptor, artifactType: string): Promise<Pushed> {
  const empty = await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciEmpty);
  const layer = await pushBlob(client, repo, randomBytes(2048), 'application/vnd.example.sbom+json');
  const json = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType,
    config: empty,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
  };
  return pushManifest(client, repo, json, MediaType.OciManifest);
}

/** A cosign signature the classic way: a manifest under tag sha256-<hex>.sig, with no subject. */
export async function pushCosignSignature(client: RegistryClient, repo: Repository, subject: Digest): Promise<Pushed & { tag: string }> {
  const tag = `${subject.algorithm}-${subject.hex}.sig`;
  const payload = await pushBlob(
    client,
    repo,
    Buffer.from(JSON.stringify({ critical: { image: { 'docker-manifest-digest': subject.toString() } } })),
    'application/vnd.dev.cosign.simplesigning.v1+json',
  );
  const config = await pushBlob(
    client,
    repo,
    Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [payload.digest] } })),
    MediaType.OciConfig,
  );
  const layer = { ...payload, annotations: { 'dev.cosignproject.cosign/signature': randomBytes(32).toString('base64') } };
  const pushed = await pushManifest(client, repo, { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers: [layer] }, MediaType.OciManifest, tag);
  return { ...pushed, tag };
}

/** A promote request with the action's defaults; tests override what they exercise. */
export function promoteRequest(source: Reference, destinations: Repository[], extra: Partial<PromoteRequest> = {}): PromoteRequest {
  return { source, destinations, tags: [], referrers: true, allowDigestChange: false, concurrency: 4, log: () => undefined, ...extra };
}
