import { platformMatches } from '../../image/platforms.js';
import type { RegistryClient } from '../../registry/client.js';
import { Digest } from '../../registry/digest.js';
import { errorMessage } from '../../util/error-message.js';
import { isIndexType, platformString, type ImageIndex, type Platform } from '../../registry/mediatypes.js';
import type { Reference } from '../../registry/reference.js';
import { mapLimit } from '../../util/pool.js';

export type Resolution = { digest: Digest } | { error: string };

/** The digest `ref` names now: the index (works everywhere), or with `platform` that platform's manifest. */
async function resolveOne(client: RegistryClient, ref: Reference, platform: Platform | undefined): Promise<Digest> {
  const head = await client.resolve(ref);
  if (!platform || !isIndexType(head.mediaType)) return head.digest;
  const index = (await client.getManifest(ref.repository, head.digest)).json as ImageIndex;
  const child = (index.manifests ?? []).find((d) => platformMatches(d.platform, platform));
  if (!child) {
    const have = (index.manifests ?? []).map((d) => (d.platform ? platformString(d.platform) : 'unknown')).join(', ');
    throw new Error(`${ref.familiar()} has no ${platformString(platform)} image (it has ${have}); check input 'platform'`);
  }
  return Digest.parse(child.digest);
}

/** Each distinct reference once, concurrently; a failure is recorded per reference, not thrown, so all are reported. */
export async function resolveAll(
  client: RegistryClient,
  refs: Map<string, Reference>,
  platform: Platform | undefined,
  concurrency = 8,
): Promise<Map<string, Resolution>> {
  const entries = [...refs];
  const results = await mapLimit(entries, concurrency, async ([, ref]): Promise<Resolution> => {
    try {
      return { digest: await resolveOne(client, ref, platform) };
    } catch (e) {
      return { error: `cannot resolve ${ref.familiar()}: ${errorMessage(e)}` };
    }
  });
  return new Map(entries.map(([key], i) => [key, results[i]]));
}
