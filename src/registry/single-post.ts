import type { Readable } from 'node:stream';
import type { Digest } from './digest.js';
import { RegistryError } from './errors.js';
import type { Repository } from './reference.js';
import { pushScopes } from './scopes.js';
import type { Transport } from './transport.js';

/**
 * Up to this size a known blob goes in one POST where the registry takes it so: the round trip saved
 * is worth most to small blobs, and a registry that answers otherwise than it did before (a fleet
 * half upgraded) costs at most this many bytes sent for nothing.
 */
export const SINGLE_POST_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Only a blob up to this size finds out whether a registry takes the single POST. A registry that
 * does not may read the whole body before it answers (distribution does, even with Expect:
 * 100-continue, waiting for the body until the client's timer sends it), and its session then needs
 * the bytes again: so the bytes sent for nothing stay few, and within the 256 KiB a Go server
 * drains to keep the connection.
 */
export const ASK_MAX_BYTES = 256 * 1024;

/**
 * What each registry did with a blob in one POST, learned once per client: the first small upload
 * asks, uploads started meanwhile (and larger ones before the answer) go the two-request way, and
 * later ones follow the answer.
 */
export class SinglePostSupport {
  private readonly answers = new Map<string, boolean | 'asking'>();

  /** 'single': one POST; 'ask': one POST that finds out; 'session': POST then PUT. */
  claim(host: string, size: number): 'single' | 'ask' | 'session' {
    const key = host.toLowerCase();
    const known = this.answers.get(key);
    if (known === true) return 'single';
    if (known !== undefined || size > ASK_MAX_BYTES) return 'session';
    this.answers.set(key, 'asking');
    return 'ask';
  }

  /** What the registry answered; undefined (the request failed before it said) lets the next upload ask. */
  learn(host: string, supported: boolean | undefined): void {
    const key = host.toLowerCase();
    if (supported === undefined) {
      if (this.answers.get(key) === 'asking') this.answers.delete(key);
    } else this.answers.set(key, supported);
  }
}

type Open = () => Readable | Promise<Readable>;

/**
 * The OCI single-POST upload: 201 when the registry stored the blob; a registry that ignores the
 * digest opens an upload session instead (202, its Location returned for the PUT that completes it);
 * 'unsupported' when it refused the form itself, for the caller to go the two-request way.
 */
export async function postWhole(
  t: Transport,
  repo: Repository,
  open: Open,
  blob: { digest: Digest; size: number },
  asking: boolean,
): Promise<'created' | 'unsupported' | { location: string }> {
  let res;
  try {
    res = await t.request({
      method: 'POST',
      registry: repo.registry,
      url: `/v2/${repo.path}/blobs/uploads/?digest=${encodeURIComponent(blob.digest.toString())}`,
      scopes: pushScopes(repo),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
      // As with the PUT: the registry checks digest and length, a verifying source fails the request.
      body: open,
      ok: [201, 202],
      noRetry: true,
      what: `upload blob ${blob.digest} to ${repo} in one request`,
    });
  } catch (e) {
    if (asking && e instanceof RegistryError && refusesForm(e)) return 'unsupported';
    throw e;
  }
  res.discard();
  if (res.status === 201) return 'created';
  const location = res.headers.location;
  if (!location) throw new Error(`registry ${repo.registry} opened an upload for ${repo} without a Location header`);
  return { location };
}

/** Statuses a registry gives a request form it does not implement (not a bad blob, not a denial). */
function refusesForm(e: RegistryError): boolean {
  return [405, 415, 501].includes(e.status) || (e.status === 400 && e.hasCode('UNSUPPORTED'));
}
