import type { RegistryClient } from '../../registry/client.js';
import { isNotFound } from '../../registry/errors.js';
import { errorMessage } from '../../util/error-message.js';
import { isIndexType, type ImageIndex } from '../../registry/mediatypes.js';
import { mapLimit } from '../../util/pool.js';
import { siteFinding, type Check, type Finding } from './plan.js';
import type { Drift } from './settings.js';

export interface CheckResult {
  findings: Finding[];
  /** Registry requests made (token fetches not counted). */
  requests: number;
}

/**
 * One request in the usual case: with a tag and drift checking, resolving the tag both checks the
 * digest exists (they are equal) and that the tag has not moved. Only when they differ does verify ask
 * whether the pinned digest exists, and whether it is one platform of the tag's index (a platform pin).
 */
async function checkOne(client: RegistryClient, check: Check, drift: Drift, count: () => void): Promise<Finding[]> {
  const { ref } = check;
  const digest = ref.digest!;
  const at = (kind: Finding['kind'], level: Finding['level'], message: string): Finding[] => check.sites.map((s) => siteFinding(s, kind, level, message));
  const exists = async (): Promise<boolean> => {
    count();
    return client.manifestExists(ref.repository, digest);
  };
  try {
    if (ref.tag === undefined || drift === 'ignore') {
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
      if ((index.manifests ?? []).some((d) => d.digest === digest.toString())) return [];
    }
    const level = drift === 'error' ? 'error' : 'warning';
    const now = head ? `now points to ${head.digest}` : 'no longer exists';
    return at('drift', level, `tag ${ref.tag} of ${ref.repository.familiar()} ${now}, not the pinned ${digest}`);
  } catch (e) {
    return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${errorMessage(e)}`);
  }
}

/** `failed`: the checks whose digest is missing or could not be asked about; nothing more is asked of them. */
export async function runChecks(client: RegistryClient, checks: Check[], drift: Drift, concurrency = 8): Promise<CheckResult & { failed: ReadonlySet<Check> }> {
  let requests = 0;
  const results = await mapLimit(checks, concurrency, (c) => checkOne(client, c, drift, () => requests++));
  const failed = new Set(checks.filter((_, i) => results[i].some((f) => f.kind === 'missing' || f.kind === 'unreachable')));
  return { findings: results.flat(), requests, failed };
}
