import { loadGitContext } from '../../git/context.js';
import type { CommandResult, Runtime } from '../../host/runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { computeTags, DEFAULT_FLAVOR, parseTagRules } from '../../tags/index.js';
import { promote } from './copy.js';
import type { PromoteSettings } from './settings.js';
import { promoteOutputs, statsLine } from './outputs.js';
import { leftUntouched } from '../../report/failure.js';
import { readSignatureCheck, readSigner } from '../../settings/signing.js';

/** Plain names are used as given; lines with `type=` are tag rules, computed as the build command does. */
async function destinationTags(s: PromoteSettings, rt: Runtime): Promise<string[]> {
  if (!s.tagLines.some((l) => /(^|,)\s*type=/.test(l))) {
    for (const t of s.tagLines) s.destinations[0].tag(t);
    return s.tagLines;
  }
  let rules;
  try {
    rules = parseTagRules(s.tagLines);
  } catch (e) {
    throw new Error(`Invalid input 'tags': ${(e as Error).message}`, { cause: e });
  }
  const result = computeTags(rules, DEFAULT_FLAVOR, await loadGitContext(rt.env));
  return result.tags;
}

/** The promote once its inputs have been read (./command.ts). */
export async function executePromote(s: PromoteSettings, rt: Runtime): Promise<CommandResult> {
  const signingKey = readSigner(rt);
  const check = readSignatureCheck(rt, 'promote');
  let tags: string[];
  try {
    tags = await destinationTags(s, rt);
  } catch (e) {
    throw new Error(`Invalid input 'tags': ${(e as Error).message.replace(/^Invalid input 'tags': /, '')}`, { cause: e });
  }
  const client = registryClient(s.registry, rt);
  try {
    leftUntouched(
      `${s.source} itself. Promotion copies by digest first and moves tags last: the error says whether any destination tag was written ("no destination tag was written", or the tags already written).`,
    );
    const result = await promote(client, {
      source: s.source,
      destinations: s.destinations,
      tags,
      ...(s.expectedDigest ? { expectedDigest: s.expectedDigest } : {}),
      referrers: s.referrers,
      ...(s.platforms.length ? { platforms: s.platforms } : {}),
      allowDigestChange: s.allowDigestChange,
      concurrency: s.concurrency,
      ...(signingKey ? { signingKey } : {}),
      ...(check.requireSignature ? { requireSignedBy: { key: check.publicKey, identity: check.identity } } : {}),
      log: (m) => rt.info(m),
    });
    rt.info(`pinship: ${statsLine(result.stats)}`);
    return await promoteOutputs(client, s.destinations, result);
  } finally {
    client.close();
  }
}
