import type { Runtime } from '../../host/runtime.js';
import { Digest } from '../../registry/digest-value.js';
import { Reference, type Repository } from '../../registry/reference.js';
import { boolInput, InputError, intInput, listInput, linesInput, requiredInput } from '../../settings/inputs.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';
import { readImages } from '../../settings/images.js';

/** `command: promote`: copy an image by digest, parsed at the edge. */
export interface PromoteSettings {
  /** `source`: the image to promote, by tag or digest. */
  source: Reference;
  /** `images`: destination repositories. */
  destinations: Repository[];
  /** `tags`: plain tag names, or tag rules (lines with `type=`) computed as the build command does. */
  tagLines: string[];
  /** `expected-digest`: refuse unless the source resolves to this. */
  expectedDigest: Digest | undefined;
  /** `referrers`: copy signatures, attestations and SBOMs too. */
  referrers: boolean;
  /** `platforms`: keep only these children of an index (changes the digest). */
  platforms: string[];
  /** `allow-digest-change`: required with `platforms`. */
  allowDigestChange: boolean;
  /** `concurrency`: blob copies in flight. */
  concurrency: number;
  registry: RegistrySettings;
}

export async function readPromoteSettings(rt: Runtime): Promise<PromoteSettings> {
  const sourceText = requiredInput(rt, 'source', 'the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:...');
  let source: Reference;
  try {
    source = Reference.parse(sourceText, { defaultTag: true });
  } catch (e) {
    throw new InputError('source', sourceText, `Expected an image reference by tag or digest (${(e as Error).message}).`);
  }
  const destinations = readImages(rt, true).map((p) => p.repository);
  const expected = rt.input('expected-digest');
  if (expected && !Digest.isDigest(expected)) throw new InputError('expected-digest', expected, 'Expected sha256:<64 hex characters>.');
  const platforms = listInput(rt, 'platforms');
  const allowDigestChange = boolInput(rt, 'allow-digest-change', false);
  if (platforms.length && !allowDigestChange) {
    throw new Error(`Input 'platforms' filters the image and so changes its digest; set 'allow-digest-change: true' to accept that`);
  }
  return {
    source,
    destinations,
    tagLines: linesInput(rt, 'tags'),
    expectedDigest: expected ? Digest.parse(expected) : undefined,
    referrers: boolInput(rt, 'referrers', true),
    platforms,
    allowDigestChange,
    concurrency: intInput(rt, 'concurrency', 16, 1, 32),
    registry: await readRegistrySettings(rt, destinations[0]?.registry.host),
  };
}
