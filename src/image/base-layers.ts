import { readFile } from 'node:fs/promises';
import type { RegistryClient } from '../registry/client.js';
import { isIndexType, platformString, type Descriptor, type ImageIndex, type ImageManifest } from '../registry/mediatypes.js';
import { Reference, type Repository } from '../registry/reference.js';

/** diff ID → the compressed blob a registry already holds for it, and where. */
export type BaseLayers = Map<string, { descriptor: Descriptor; repository: Repository }>;

/**
 * The images a Dockerfile builds FROM, with `${ARG}` defaults and build-args applied. Stage
 * names and `scratch` are not images.
 */
export function baseImages(dockerfile: string, buildArgs: Record<string, string>): string[] {
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const out: string[] = [];
  const expand = (s: string): string => s.replace(/\$\{?(\w+)\}?/g, (_, n: string) => buildArgs[n] ?? args[n] ?? '');
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const arg = /^\s*ARG\s+(\w+)(?:=(\S*))?/i.exec(line);
    if (arg && !out.length) args[arg[1]!] = (arg[2] ?? '').replace(/^"(.*)"$/, '$1');
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = expand(from[1]!);
    if (image !== 'scratch' && !stages.has(image.toLowerCase())) out.push(image);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return [...new Set(out)];
}

async function layersOf(client: RegistryClient, ref: Reference, platform: string, into: BaseLayers): Promise<void> {
  const repo = ref.repository;
  let manifest = await client.getManifest(repo, ref.identifier());
  if (isIndexType(manifest.mediaType) || 'manifests' in manifest.json) {
    const child = (manifest.json as ImageIndex).manifests.find((d) => d.platform && platformString(d.platform) === platform);
    if (!child) return;
    manifest = await client.getManifest(repo, child.digest);
  }
  const m = manifest.json as ImageManifest;
  const diffIds = (await client.getJsonBlob<{ rootfs?: { diff_ids?: string[] } }>(repo, m.config)).rootfs?.diff_ids ?? [];
  m.layers.forEach((layer, i) => {
    const diffId = diffIds[i];
    if (diffId && !into.has(diffId)) into.set(diffId, { descriptor: layer, repository: repo });
  });
}

/**
 * Looks up the base images' layers in their registries. Best effort: a base that cannot be read
 * (Docker Hub rate limits, no credentials) only means its layers get compressed and uploaded.
 */
export async function findBaseLayers(client: RegistryClient, dockerfilePath: string, buildArgs: Record<string, string>, platform: string, log: (m: string) => void): Promise<BaseLayers> {
  const found: BaseLayers = new Map();
  let text: string;
  try {
    text = await readFile(dockerfilePath, 'utf8');
  } catch {
    return found;
  }
  for (const image of baseImages(text, buildArgs)) {
    try {
      await layersOf(client, Reference.parse(image, { defaultTag: true }), platform, found);
    } catch (e) {
      log(`base image ${image}: layers not reused (${(e as Error).message})`);
    }
  }
  return found;
}
