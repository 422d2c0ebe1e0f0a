import { loadGitContext } from '../../git/context.js';
import type { CommandResult, Runtime } from '../../runtime.js';
import { registryClient } from '../../settings/registry.js';
import { computeTags, DEFAULT_FLAVOR, parseTagRules } from '../../tags/index.js';
import { lines } from '../output-format.js';
import { promote } from './copy.js';
import { readPromoteSettings, type PromoteSettings } from './settings.js';
import type { PromoteResult } from './types.js';

/** Plain names are used as given; lines with `type=` are tag rules, computed as the build command does. */
async function destinationTags(s: PromoteSettings, rt: Runtime): Promise<string[]> {
  if (!s.tagLines.some((l) => /(^|,)\s*type=/.test(l))) {
    for (const t of s.tagLines) s.destinations[0]!.tag(t);
    return s.tagLines;
  }
  let rules;
  try {
    rules = parseTagRules(s.tagLines);
  } catch (e) {
    throw new Error(`Invalid input 'tags': ${(e as Error).message}`);
  }
  const result = computeTags(rules, DEFAULT_FLAVOR, await loadGitContext(rt.env));
  return result.tags;
}

function outputs(r: PromoteResult): CommandResult {
  const metadata = { digest: r.digest.toString(), sourceDigest: r.sourceDigest.toString(), images: r.images, tags: r.tags, stats: r.stats, durationMs: r.durationMs };
  const rows = r.images.map((i) => `| \`${i}\` |`);
  return {
    outputs: {
      digest: r.digest.toString(),
      image: r.images[0] ?? '',
      images: lines(r.images),
      tags: lines(r.tags),
      metadata: JSON.stringify(metadata),
    },
    summary: [
      '### pinship promote',
      '',
      `source digest \`${r.sourceDigest}\``,
      '',
      '| destination |',
      '| --- |',
      ...rows,
      '',
      `${r.stats.blobsCopied} blobs copied (${(r.stats.bytesCopied / 1024 / 1024).toFixed(1)} MiB), ${r.stats.blobsMounted} mounted, ${r.stats.blobsSkipped} already there, ${r.stats.referrersCopied} referrers`,
      '',
    ].join('\n'),
  };
}

export async function runPromoteCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readPromoteSettings(rt);
  let tags: string[];
  try {
    tags = await destinationTags(s, rt);
  } catch (e) {
    throw new Error(`Invalid input 'tags': ${(e as Error).message.replace(/^Invalid input 'tags': /, '')}`);
  }
  const client = registryClient(s.registry, rt);
  try {
    const result = await promote(client, {
      source: s.source,
      destinations: s.destinations,
      tags,
      ...(s.expectedDigest ? { expectedDigest: s.expectedDigest } : {}),
      referrers: s.referrers,
      ...(s.platforms.length ? { platforms: s.platforms } : {}),
      allowDigestChange: s.allowDigestChange,
      concurrency: s.concurrency,
      log: (m) => rt.info(m),
    });
    return outputs(result);
  } finally {
    client.close();
  }
}
