import type { Challenge } from './challenge.js';
import type { Credential } from './credentials.js';
import { RefusedError } from './errors.js';
import { isLoopbackHost } from './reference.js';

/** A bearer token and when to stop using it. */
interface CachedToken {
  token: string;
  expiresAt: number;
  /** Refresh this long before expiresAt, so a token does not expire between our check and the registry's. */
  marginMs: number;
}

/** Fetches a URL for the token exchange; the transport supplies it so TLS and redirects are shared. */
export type TokenFetch = (
  url: URL,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; body: string }>;

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

/** One token exchange: which registry, reached at which origin, for what. */
export interface TokenRequest {
  host: string;
  /** The registry's origin as the ping found it (`https://host:port`): decides whether an HTTP realm is a downgrade. */
  origin: string;
  scopes: string[];
  challenge: Challenge;
  credential: Credential | undefined;
}

/**
 * Why a realm must not receive this registry's credentials, or undefined if it may. A registry reached
 * over HTTPS may only name an HTTPS realm: a plain-HTTP one would carry the password or refresh token
 * in the clear. Loopback realms and hosts the user listed in insecure-registries are exempt.
 */
export function realmRefusal(realm: URL, registry: { host: string; origin: string }, plainAllowed: (host: string) => boolean): string | undefined {
  const named = `${realm.protocol}//${realm.host}${realm.pathname}`;
  if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
    return `token realm refused: registry ${registry.host} names ${named}, which is not an http(s) URL`;
  }
  if (realm.protocol === 'https:' || !registry.origin.startsWith('https:')) return undefined;
  if (isLoopbackHost(realm.hostname) || plainAllowed(realm.host) || plainAllowed(realm.hostname)) return undefined;
  return `plain-HTTP token realm refused: HTTPS registry ${registry.host} names ${named}, which would receive its credentials unencrypted; use an HTTPS realm, or list ${realm.host} in insecure-registries`;
}

/** The distribution token spec defaults to 60 s when the server omits expires_in. */
const DEFAULT_TOKEN_SECONDS = 60;
/** At most this early a refresh; short-lived tokens refresh at three quarters of their life. */
const MAX_EXPIRY_MARGIN_MS = 5_000;

export function basicHeader(c: Credential): string {
  return 'Basic ' + Buffer.from(`${c.username}:${c.password}`).toString('base64');
}

/**
 * Bearer tokens cached per registry and set of scopes. A push that also mounts from another
 * repository asks for both scopes in one token, as the token spec allows.
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    /** `insecure-registries`: realm hosts (host[:port]) that may be reached over plain HTTP. */
    private readonly plainRealmAllowed: (host: string) => boolean = () => false,
    private readonly now: () => number = Date.now,
  ) {}

  private key(host: string, scopes: string[]): string {
    return `${host}|${[...scopes].sort().join(' ')}`;
  }

  invalidate(host: string, scopes: string[]): void {
    this.tokens.delete(this.key(host, scopes));
  }

  async get(req: TokenRequest, fetchToken: TokenFetch): Promise<string> {
    const key = this.key(req.host, req.scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - cached.marginMs > this.now()) return cached.token;
    // Parallel blob uploads share one token request instead of stampeding the auth server.
    let p = this.pending.get(key);
    if (!p) {
      p = this.fetch(req, fetchToken)
        .then((t) => {
          this.tokens.set(key, t);
          return t.token;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  private async fetch({ host, origin, scopes, challenge, credential }: TokenRequest, fetchToken: TokenFetch): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) throw new AuthError(`${host} asked for a bearer token but its challenge names no realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new AuthError(`${host} named an invalid token realm '${realm}'`);
    }
    const refusal = realmRefusal(url, { host, origin }, this.plainRealmAllowed);
    if (refusal) throw new RefusedError('insecure-realm', refusal);
    const service = challenge.params.service;
    const started = this.now();
    let res: { status: number; body: string };
    if (credential?.identityToken) {
      // docker login's refresh token: the OAuth2 POST form of the token spec.
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'pinship' });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      res = await fetchToken(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const s of scopes) url.searchParams.append('scope', s);
      const headers: Record<string, string> = {};
      if (credential) headers.authorization = basicHeader(credential);
      res = await fetchToken(url, { method: 'GET', headers });
    }
    if (res.status === 401 || res.status === 403) {
      const who = credential ? `user '${credential.username || '<token>'}'` : 'anonymous access';
      throw new AuthError(
        `authentication to ${host} failed: the token server ${url.origin}${url.pathname} refused ${who} (HTTP ${res.status}); check the username and password for ${host}`,
      );
    }
    if (res.status !== 200) {
      throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned HTTP ${res.status}`);
    }
    let parsed: { token?: string; access_token?: string; expires_in?: number };
    try {
      parsed = JSON.parse(res.body) as typeof parsed;
    } catch {
      throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned a body that is not JSON`);
    }
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned no token`);
    const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: started + seconds * 1000, marginMs: Math.min(MAX_EXPIRY_MARGIN_MS, (seconds * 1000) / 4) };
  }
}
