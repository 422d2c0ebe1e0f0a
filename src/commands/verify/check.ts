import type { RegistryClient } from '../../registry/client.js';
import { isNotFound } from '../../registry/errors.js';
import { errorMessage } from '../../util/error-message.js';
import { isIndexType, platformString, type ImageIndex } from '../../registry/mediatypes.js';
import { mapLimit } from '../../util/pool.js';
import { siteFinding, type Check, type Finding } from './plan.js';
import type { Drift, PlatformPins } from './settings.js';

export interface CheckResult {
  findings: Finding[];
  /** Registry requests made (token fetches not counted). */
  requests: number;
}

/** How findings that depend on what the tag names now are reported. */
export interface CheckPolicy {
  drift: Drift;
  platformPins: PlatformPins;
}

/** Registry text, shown as is only when it reads like a platform. */
const shown = (platform: string): string => (/^[A-Za-z0-9._/-]+$/.test(platform) ? platform : JSON.stringify(platform));

/** The platforms an index offers a node to run; attestation entries (unknown/unknown) run nowhere. */
function runnablePlatforms(index: ImageIndex): string[] {
  const all = (index.manifests ?? []).map((d) => (d.platform ? platformString(d.platform) : 'unknown'));
  return [...new Set(all.filter((p) => p !== 'unknown/unknown' && p !== 'unknown'))];
}

/**
 * A digest that is one entry of the tag's index: the tag's own image, as far as drift goes, but only one
 * platform of it when the index offers several (a cluster whose nodes are of another platform cannot run it).
 */
function platformPin(index: ImageIndex, indexDigest: string, check: Check, policy: CheckPolicy): Finding[] {
  const { ref } = check;
  const entry = (index.manifests ?? []).find((d) => d.digest === ref.digest!.toString());
  const platforms = runnablePlatforms(index);
  const platform = entry?.platform ? platformString(entry.platform) : 'unknown';
  // buildx lists its provenance and SBOM manifests as unknown/unknown: no node can run one, whatever the index holds.
  const runnable = platforms.includes(platform);
  if (policy.platformPins === 'ignore' || (runnable && platforms.length < 2)) return [];
  const level = policy.platformPins === 'error' ? 'error' : 'warning';
  const what = runnable ? `only the ${shown(platform)} image` : `an attestation or other non-image entry (${shown(platform)})`;
  const message =
    `${ref.familiar()} pins ${what} of the ${platforms.length > 1 ? 'multi-platform ' : ''}index ${indexDigest} that tag ${ref.tag} names ` +
    `(${platforms.map(shown).join(', ')}): ${runnable ? 'nodes of other platforms cannot run it' : 'no node can run it'}. Pin the index (pinship pin without 'platform'), ` +
    `or set platform-pins: ignore where one platform is meant`;
  return check.sites.map((s) => siteFinding(s, 'platform-pin', level, message));
}

/**
 * One request in the usual case: with a tag, resolving it both checks the digest exists (they are equal)
 * and that the tag has not moved. Only when they differ does verify ask whether the pinned digest exists,
 * and whether it is one platform of the tag's index (a platform pin, not drift).
 */
async function checkOne(client: RegistryClient, check: Check, policy: CheckPolicy, count: () => void): Promise<Finding[]> {
  const { ref } = check;
  const digest = ref.digest!;
  const at = (kind: Finding['kind'], level: Finding['level'], message: string): Finding[] => check.sites.map((s) => siteFinding(s, kind, level, message));
  const exists = async (): Promise<boolean> => {
    count();
    return client.manifestExists(ref.repository, digest);
  };
  try {
    if (ref.tag === undefined || (policy.drift === 'ignore' && policy.platformPins === 'ignore')) {
      return (await exists()) ? [] : at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
    }
    count();
    const head = await client.resolve(ref.repository.tag(ref.tag)).catch((e: unknown) => {
      if (isNotFound(e)) return undefined;
      throw e;
    });
    if (head?.digest.equals(digest)) return [];
    if (!(await exists())) return at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
    if (head && isIndexType(head.mediaType)) {
      count();
      const index = (await client.getManifest(ref.repository, head.digest)).json as ImageIndex;
      if ((index.manifests ?? []).some((d) => d.digest === digest.toString())) return platformPin(index, head.digest.toString(), check, policy);
    }
    if (policy.drift === 'ignore') return [];
    const level = policy.drift === 'error' ? 'error' : 'warning';
    const now = head ? `now points to ${head.digest}` : 'no longer exists';
    return at('drift', level, `tag ${ref.tag} of ${ref.repository.familiar()} ${now}, not the pinned ${digest}`);
  } catch (e) {
    return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${errorMessage(e)}`);
  }
}

/** `failed`: the checks whose digest is missing or could not be asked about; nothing more is asked of them. */
export async function runChecks(
  client: RegistryClient,
  checks: Check[],
  policy: CheckPolicy,
  concurrency = 8,
): Promise<CheckResult & { failed: ReadonlySet<Check> }> {
  let requests = 0;
  const results = await mapLimit(checks, concurrency, (c) => checkOne(client, c, policy, () => requests++));
  const failed = new Set(checks.filter((_, i) => results[i].some((f) => f.kind === 'missing' || f.kind === 'unreachable')));
  return { findings: results.flat(), requests, failed };
}
