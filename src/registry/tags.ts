import type { Repository } from './reference.js';
import type { Transport } from './transport.js';

/** The next page from an RFC 8288 Link header, as the distribution spec paginates tag lists. */
function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header);
  return m?.[1];
}

/** Every tag in the repository, following pagination; `pageSize` asks for pages of n. */
export async function listTags(t: Transport, repo: Repository, pageSize?: number): Promise<string[]> {
  const tags: string[] = [];
  let url: string | undefined = `/v2/${repo.path}/tags/list${pageSize ? `?n=${pageSize}` : ''}`;
  for (let pages = 0; url; pages++) {
    if (pages > 100_000) throw new Error(`tag list of ${repo} did not end after 100000 pages`);
    const res = await t.request({ method: 'GET', registry: repo.registry, url, scopes: [`repository:${repo.path}:pull`], ok: [200], what: `list tags of ${repo}` });
    const body = JSON.parse((await res.buffer()).toString('utf8')) as { tags?: string[] | null };
    tags.push(...(body.tags ?? []));
    const link = res.headers.link;
    url = nextLink(Array.isArray(link) ? link.join(', ') : link);
  }
  return tags;
}
