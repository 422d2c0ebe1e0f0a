import { platformString, type Descriptor, type ImageIndex, type Platform } from '../registry/mediatypes.js';

function parsePlatform(s: string): Platform {
  const [os, architecture, variant, ...rest] = s.trim().split('/');
  if (!os || !architecture || rest.length) throw new Error(`Invalid platform '${s}': expected os/arch[/variant], e.g. linux/amd64`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

// arm64 images are often published without their default variant, and asked for with it.
const defaultVariant = (p: Platform): string | undefined => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);

export function platformMatches(have: Platform | undefined, want: Platform): boolean {
  if (!have || have.os !== want.os || have.architecture !== want.architecture) return false;
  return !want.variant || defaultVariant(have) === defaultVariant(want);
}

/** Validates `platforms` before anything is read, so a typo fails fast. */
export function parsePlatforms(platforms: string[]): Platform[] {
  return platforms.map(parsePlatform);
}

export interface FilteredIndex {
  kept: Descriptor[];
  /** The new index, or undefined when every child matched and the source bytes stay as they are. */
  bytes: Buffer | undefined;
}

/**
 * Keeps the children for `wanted`, plus buildx attestation manifests (platform unknown/unknown)
 * that describe a kept child, since dropping them would orphan provenance.
 */
export function filterIndex(name: string, index: ImageIndex, wanted: Platform[]): FilteredIndex {
  const children = index.manifests ?? [];
  const images = children.filter((d) => wanted.some((w) => platformMatches(d.platform, w)));
  const keptDigests = new Set(images.map((d) => d.digest));
  const kept = children.filter((d) => keptDigests.has(d.digest) || keptDigests.has(d.annotations?.['vnd.docker.reference.digest'] ?? ''));
  if (!images.length) {
    const have = children.map((d) => (d.platform ? platformString(d.platform) : 'unknown')).join(', ');
    throw new Error(`none of the platforms of ${name} (${have}) matches input 'platforms' (${wanted.map(platformString).join(', ')})`);
  }
  if (kept.length === children.length) return { kept, bytes: undefined };
  const json: ImageIndex = { ...index, manifests: kept };
  return { kept, bytes: Buffer.from(JSON.stringify(json)) };
}
