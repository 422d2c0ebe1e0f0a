import { RegistryError, TooLargeError } from './errors.js';
import { TAG_LIST_MAX_PAGES, TAG_LIST_MAX_TAGS, TAG_PAGE_MAX_BYTES } from './limits.js';
import type { Repository } from './reference.js';
import { pullScopes } from './scopes.js';
import type { Transport } from './transport.js';

/** The next page from an RFC 8288 Link header, as the distribution spec paginates tag lists. */
function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header);
  return m?.[1];
}

/** A page's tags; anything but `{"tags": [strings]}` (or null tags, as distribution sends for none) is refused. */
function parsePage(bytes: Buffer, what: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error(`${what} is not valid JSON`);
  }
  const tags = (body as { tags?: unknown } | null)?.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) {
    throw new Error(`${what} is not a tag list: expected {"tags": [strings]}`);
  }
  return tags;
}

/**
 * Every tag in the repository, following pagination; `pageSize` asks for pages of n. Bounded in
 * pages, tags and bytes per page (limits.ts), so an endless or huge listing fails instead of filling memory.
 */
export async function listTags(t: Transport, repo: Repository, pageSize?: number): Promise<string[]> {
  const tags: string[] = [];
  let url: string | undefined = `/v2/${repo.path}/tags/list${pageSize ? `?n=${pageSize}` : ''}`;
  for (let pages = 1; url; pages++) {
    if (pages > TAG_LIST_MAX_PAGES) throw new TooLargeError(`tag list of ${repo}`, TAG_LIST_MAX_PAGES, `the registry linked page ${pages}`, 'pages');
    const what = `tag list of ${repo} (page ${pages})`;
    const res = await t.request({
      method: 'GET',
      registry: repo.registry,
      url,
      scopes: pullScopes(repo),
      ok: [200],
      what: `list tags of ${repo}`,
    });
    tags.push(...parsePage(await res.buffer(TAG_PAGE_MAX_BYTES, what), what));
    if (tags.length > TAG_LIST_MAX_TAGS) {
      throw new TooLargeError(`tag list of ${repo}`, TAG_LIST_MAX_TAGS, `the registry sent ${tags.length} tags in ${pages} pages`, 'tags');
    }
    const link = res.headers.link;
    url = nextLink(Array.isArray(link) ? link.join(', ') : link);
  }
  return tags;
}

/**
 * False when the registry says it has no such repository (a tag list answered NAME_UNKNOWN): then
 * nothing is in it yet, and a publication there need not ask about each blob. Anything else (a list,
 * an empty one, another error) counts as known. Some registries answer NAME_UNKNOWN for a repository
 * holding only untagged manifests too: for a publication that costs bytes sent again, never correctness.
 */
export async function repositoryKnown(t: Transport, repo: Repository): Promise<boolean> {
  try {
    const res = await t.request({
      method: 'GET',
      registry: repo.registry,
      url: `/v2/${repo.path}/tags/list?n=1`,
      scopes: pullScopes(repo),
      ok: [200],
      what: `ask whether ${repo} exists`,
    });
    res.discard();
    return true;
  } catch (e) {
    return !(e instanceof RegistryError && e.status === 404 && e.hasCode('NAME_UNKNOWN'));
  }
}
