import type { RegistryClient } from '../../registry/client.js';
import { pushTree, tagAndVerify, type PushStats } from '../../image/push.js';
import type { ManifestNode } from '../../image/model.js';
import type { Runtime } from '../../runtime.js';
import type { BuildSettings } from './settings.js';

export interface Published {
  /** Tags actually written, per repository (none when pushing by digest). */
  tags: string[];
  stats: PushStats[];
}

/**
 * Build once, push everywhere: every repository gets all blobs and manifests by digest first; only
 * then do tags move, and each is read back from its registry, the source of truth for the outputs.
 */
export async function publish(client: RegistryClient, s: BuildSettings, root: ManifestNode, tags: string[], rt: Runtime): Promise<Published> {
  const stats = await Promise.all(s.images.map((repo) => pushTree(client, repo, root)));
  for (const [i, st] of stats.entries()) {
    rt.info(`pushed ${s.images[i]}@${root.digest}: ${st.blobsUploaded} uploaded, ${st.blobsMounted} mounted, ${st.blobsCopied} copied, ${st.blobsSkipped} already there`);
  }
  const written = s.pushByDigest ? [] : tags;
  if (!s.pushByDigest && !tags.length) rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
  await Promise.all(s.images.map((repo) => tagAndVerify(client, repo, root, written)));
  return { tags: written, stats };
}
