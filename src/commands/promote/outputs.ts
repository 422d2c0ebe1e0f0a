import type { RegistryClient } from '../../registry/client.js';
import { Digest } from '../../registry/digest.js';
import { configPlatform, platformString, type Descriptor } from '../../registry/mediatypes.js';
import type { Manifest } from '../../registry/manifests.js';
import type { Repository } from '../../registry/reference.js';
import type { CommandResult } from '../../host/runtime.js';
import { commonLabels, imageOutputs, imageSummary, type ImageFacts } from '../../report/image.js';
import type { PromoteResult } from './types.js';
import { changedOutput } from '../../publish/stats.js';

interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  config?: { Labels?: Record<string, string> | null };
}

interface Described {
  imageid: string;
  platformDigests: Record<string, string>;
  labels: Record<string, string>;
}

/** Attestation manifests sit in an index as unknown/unknown platforms; they are not images to run. */
const isImageEntry = (d: Descriptor): boolean => Boolean(d.platform && d.platform.os !== 'unknown');

/**
 * The promoted image as the destination serves it: its platforms and labels, read back from the
 * first destination so that the outputs describe what was written there, as build's do. Manifests
 * this promotion wrote there by digest are taken from `written` (the same digest is the same bytes,
 * and their writes were checked), the configs from the reads started while the blobs copied.
 */
async function describe(client: RegistryClient, repo: Repository, digest: Digest, r: PromoteResult): Promise<Described> {
  const manifest = async (d: Digest): Promise<Manifest> => r.written.get(d.toString()) ?? (await client.getManifest(repo, d));
  // A config read early from the source is the same bytes (read by digest, verified); if that read failed, the destination is asked.
  const config = (d: Descriptor): Promise<ImageConfig> =>
    (r.configs.get(d.digest) as Promise<ImageConfig> | undefined)?.catch(() => client.getJsonBlob<ImageConfig>(repo, d)) ??
    client.getJsonBlob<ImageConfig>(repo, d);
  const root = await manifest(digest);
  const json = root.json as { config?: Descriptor; manifests?: Descriptor[] };
  const single = async (d: Descriptor): Promise<{ platform: string; labels: Record<string, string> }> => {
    const c = await config(d);
    const p = configPlatform(c);
    return { platform: p ? platformString(p) : '', labels: c.config?.Labels ?? {} };
  };
  if (json.config) {
    const { platform, labels } = await single(json.config);
    return { imageid: json.config.digest, platformDigests: platform ? { [platform]: digest.toString() } : {}, labels };
  }
  const entries = (json.manifests ?? []).filter(isImageEntry);
  const configs = await Promise.all(
    entries.map(async (d) => {
      const child = (await manifest(Digest.parse(d.digest))).json as { config?: Descriptor };
      return child.config ? (await single(child.config)).labels : {};
    }),
  );
  return {
    imageid: digest.toString(),
    platformDigests: Object.fromEntries(entries.map((d) => [platformString(d.platform!), d.digest])),
    labels: commonLabels(configs),
  };
}

/** The counts of the metadata's `stats`, worded for the log and the summary. */
export function statsLine(s: PromoteResult['stats']): string {
  return `${s.blobsCopied} blobs copied (${(s.bytesCopied / 1024 / 1024).toFixed(1)} MiB), ${s.blobsMounted} mounted, ${s.blobsSkipped} already there; ${s.manifestsPushed} manifest writes (tags included), ${s.referrersCopied} referrers`;
}

export async function promoteOutputs(client: RegistryClient, named: Repository[], r: PromoteResult): Promise<CommandResult> {
  // promote writes a repository named twice once; so do the outputs.
  const destinations = [...new Map(named.map((d) => [d.toString(), d])).values()];
  const d = await describe(client, destinations[0], r.digest, r);
  const first = destinations[0].toString();
  const version = r.tags.find((t) => t.startsWith(`${first}:`))?.slice(first.length + 1) ?? '';
  const facts: ImageFacts = { repositories: destinations.map(String), digest: r.digest.toString(), tags: r.tags, version, ...d };
  const metadata = { ...facts, images: r.images, sourceDigest: r.sourceDigest.toString(), stats: r.stats, durationMs: r.durationMs, attached: r.attached };
  return {
    outputs: { ...imageOutputs(facts, metadata), changed: changedOutput([r.stats]) },
    summary: imageSummary('pinship promote', facts, [`source digest \`${r.sourceDigest}\``, statsLine(r.stats)]),
  };
}
