import type { IncomingMessage } from 'node:http';
import { AuthError, basicHeader, TokenCache, type TokenFetch } from './auth.js';
import { parseChallenge, type Challenge } from './challenge.js';
import { anonymous, type CredentialSource } from './credentials.js';
import { parseErrorBody, redactUrl, RefusedError, RegistryError } from './errors.js';
import { AgentPool, BodyError, readBody, send, type RequestBody } from './http.js';
import { SMALL_BODY_MAX_BYTES } from './limits.js';
import { PullLimitWatch, throwIfPullLimit } from './pull-limit.js';
import type { RegistryResponse } from './response.js';
import { RoundTrips } from './round-trips.js';
export type { RegistryResponse } from './response.js';
import type { Registry } from './reference.js';
import { runSignal, stopReason, throwIfStopped } from '../util/abort.js';
import { backoffMs, defaultRetryPolicy, isRetryableNetworkError, isRetryableStatus, parseRetryAfter, RetryableError, sleep } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface TransportOptions {
  credentials?: CredentialSource;
  /** Hosts (host[:port]) reachable over plain HTTP or unverified TLS; loopback always may use HTTP. */
  insecureRegistries?: string[];
  /** docker's certs.d layout for per-registry CAs and client certificates. */
  certsDir?: string;
  userAgent?: string;
  retry?: Partial<RetryPolicy>;
  /** Told about each retry, so a slow step explains itself in the log. */
  onRetry?: (message: string) => void;
  /** Told what deserves a warning, such as a pull limit running low. */
  onWarning?: (message: string) => void;
  /** A request that receives nothing for this long fails, retryably (input `idle-timeout`). */
  idleTimeoutMs?: number;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  registry: Registry;
  /** A path under the registry (`/v2/...`) or an absolute URL the registry gave (upload Location). */
  url: string;
  /** Token scopes this request needs, e.g. `repository:acme/app:pull,push`. */
  scopes: string[];
  headers?: Record<string, string>;
  body?: RequestBody;
  /** Statuses that count as success; anything else becomes a RegistryError. */
  ok: number[];
  /** What the caller was doing, for error messages: `push manifest 127.0.0.1:5000/a:1`. */
  what: string;
  /** Send once: an upload PATCH cannot be replayed on the same session; its caller restarts the upload. */
  noRetry?: boolean;
}

interface Endpoint {
  origin: string;
  challenge: Challenge | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** Ping, authentication, retries and redirects for every request pinship sends to a registry. */
export class Transport {
  private readonly endpoints = new Map<string, Promise<Endpoint>>();
  private readonly tokens = new TokenCache((host) => this.insecure.has(host.toLowerCase()));
  private readonly agents: AgentPool;
  private readonly credentials: CredentialSource;
  private readonly insecure: Set<string>;
  private readonly policy: RetryPolicy;
  private readonly userAgent: string;
  private readonly pullLimits = new PullLimitWatch((m) => this.options.onWarning?.(m));
  readonly roundTrips = new RoundTrips();

  constructor(private readonly options: TransportOptions = {}) {
    this.credentials = options.credentials ?? anonymous;
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.userAgent = options.userAgent ?? 'pinship';
    this.agents = new AgentPool({
      certsDir: options.certsDir ?? process.env.PINSHIP_CERTS_D ?? '/etc/docker/certs.d',
      skipVerify: (host) => this.insecure.has(host.toLowerCase()),
    });
    // Destroying the agents cuts every request and upload in flight; the loops below then throw why.
    runSignal().addEventListener('abort', this.abort);
  }

  private readonly abort = (): void => this.agents.destroy();
  private closed = false;

  close(): void {
    this.closed = true;
    runSignal().removeEventListener('abort', this.abort);
    this.agents.destroy();
  }

  async request(req: RegistryRequest): Promise<RegistryResponse> {
    // The ping knows only the registry; say what the caller was doing when it could not be reached.
    throwIfStopped();
    const ep = await this.endpoint(req.registry).catch((e: unknown) => {
      const stopped = stopReason();
      if (stopped) throw stopped;
      throw new Error(`${(e as Error).message} (while trying to ${req.what})`, { cause: e });
    });
    let authRetried = false;
    for (let attempt = 1; ; attempt++) {
      let res: IncomingMessage;
      let url: URL;
      try {
        ({ res, url } = await this.once(ep, req));
      } catch (e) {
        throwIfStopped();
        if (
          e instanceof BodyError ||
          e instanceof AuthError ||
          e instanceof RefusedError ||
          !isRetryableNetworkError(e) ||
          req.noRetry ||
          attempt >= this.policy.attempts
        ) {
          throw e instanceof BodyError ? e.cause : e;
        }
        await this.pause(req.what, attempt, `${(e as Error).message}`);
        continue;
      }
      const status = res.statusCode ?? 0;
      if (status === 401 && url.origin !== ep.origin) {
        // Storage a blob was redirected to (or an upload location elsewhere) must not steer the registry's credentials to a realm of its choosing.
        res.resume();
        throw new RefusedError(
          'foreign-challenge',
          `authentication challenge from another origin refused while trying to ${req.what}: ${req.method} ${redactUrl(url)}, where ${req.registry.host} sent the request on, answered HTTP 401; challenges are only taken from ${ep.origin} and no credentials were sent there`,
        );
      }
      if (status === 401 && !authRetried && ep.challenge) {
        // A token that expired mid-operation, or a scope the cached token lacks: fetch a fresh one once.
        res.resume();
        authRetried = true;
        attempt--;
        this.tokens.invalidate(req.registry.host, req.scopes);
        const fresh = parseChallenge(res.headers['www-authenticate']);
        if (fresh && fresh.scheme === ep.challenge.scheme) ep.challenge = { ...fresh, params: { ...ep.challenge.params, ...fresh.params } };
        continue;
      }
      if (status === 429) throwIfPullLimit(req.registry.host, res, req.what);
      if (isRetryableStatus(status) && !req.noRetry && attempt < this.policy.attempts) {
        res.resume();
        await this.pause(req.what, attempt, `HTTP ${status}`, parseRetryAfter(res.headers['retry-after']));
        continue;
      }
      this.pullLimits.observe(req.registry.host, res.headers);
      if (req.ok.includes(status)) return wrap(res, url);
      // A HEAD answer has no body, but it must still be consumed or its keep-alive socket is never freed.
      if (req.method === 'HEAD') res.resume();
      const body = req.method === 'HEAD' ? Buffer.alloc(0) : await readBody(res, SMALL_BODY_MAX_BYTES, 'error response').catch(() => Buffer.alloc(0));
      if (status === 401) {
        const given = await this.credentials.lookup(req.registry.host);
        const hint = given
          ? `check the credentials given for ${req.registry.host} (inputs 'registry-auth', 'username' and 'password', or the docker config)`
          : `no credentials were found for ${req.registry.host} (registry-auth, username/password or the docker config)`;
        throw new AuthError(`authentication to ${req.registry.host} failed while trying to ${req.what}: HTTP 401; ${hint}`);
      }
      throw new RegistryError(req.method, redactUrl(url), status, parseErrorBody(body.toString('utf8')), req.what);
    }
  }

  private async pause(what: string, attempt: number, why: string, retryAfterMs?: number): Promise<void> {
    // A request still in flight when its run closed the client (it failed elsewhere) ends here, unannounced.
    if (this.closed) throw new Error(`${what}: ${why}; the run had already ended`);
    const ms = backoffMs(this.policy, attempt, retryAfterMs);
    const asked =
      retryAfterMs === undefined
        ? ''
        : ` (Retry-After ${Math.round(retryAfterMs / 1000)} s${retryAfterMs > ms ? `, capped at ${Math.round(ms / 1000)} s` : ''})`;
    this.options.onRetry?.(`${what}: ${why}; retry ${attempt}/${this.policy.attempts - 1} in ${ms} ms${asked}`);
    await sleep(ms);
  }

  private async once(ep: Endpoint, req: RegistryRequest): Promise<{ res: IncomingMessage; url: URL }> {
    let url = new URL(req.url, ep.origin);
    // An upload Location is the registry's to choose, but not a plain-HTTP one for an HTTPS registry.
    if (url.protocol === 'http:' && ep.origin.startsWith('https:')) {
      throw new RefusedError(
        'downgrade',
        `HTTPS downgrade refused: ${req.registry.host} gave the plain-HTTP location ${redactUrl(url)} for ${req.method} while trying to ${req.what}; pinship sends nothing for an HTTPS registry over HTTP`,
      );
    }
    const authorization = await this.authorization(ep, req.registry, req.scopes);
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...req.headers };
      // Blob downloads redirect to storage on another host: the registry's credentials stay home.
      if (authorization && url.origin === ep.origin) headers.authorization = authorization;
      const sent = performance.now();
      const res = await send(url, req.method, headers, req.body, this.agents.agentFor(url), this.options.idleTimeoutMs);
      if (req.body === undefined) this.roundTrips.observe(req.registry.host, performance.now() - sent);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location && (req.method === 'GET' || req.method === 'HEAD') && hops < MAX_REDIRECTS) {
        res.resume();
        const next = new URL(location, url);
        if (url.protocol === 'https:' && next.protocol === 'http:') {
          throw new RefusedError(
            'downgrade',
            `HTTPS downgrade refused: ${req.method} ${redactUrl(url)} redirected to plain-HTTP ${redactUrl(next)} while trying to ${req.what}; pinship does not follow HTTPS to HTTP`,
          );
        }
        url = next;
        continue;
      }
      return { res, url };
    }
  }

  private async authorization(ep: Endpoint, registry: Registry, scopes: string[]): Promise<string | undefined> {
    if (!ep.challenge) return undefined;
    const credential = await this.credentials.lookup(registry.host);
    if (ep.challenge.scheme === 'basic') return credential ? basicHeader(credential) : undefined;
    if (ep.challenge.scheme !== 'bearer') return undefined;
    return 'Bearer ' + (await this.tokens.get({ host: registry.host, origin: ep.origin, scopes, challenge: ep.challenge, credential }, this.tokenFetch));
  }

  private readonly tokenFetch: TokenFetch = async (url, init) => {
    const headers = { 'user-agent': this.userAgent, ...init.headers };
    const res = await send(url, init.method, headers, init.body, this.agents.agentFor(url), this.options.idleTimeoutMs);
    const body = await readBody(res, SMALL_BODY_MAX_BYTES, `token response from ${url.origin}${url.pathname}`);
    return { status: res.statusCode ?? 0, body: body.toString('utf8') };
  };

  private endpoint(registry: Registry): Promise<Endpoint> {
    const key = registry.host.toLowerCase();
    let ep = this.endpoints.get(key);
    if (!ep) {
      ep = this.ping(registry);
      ep.catch(() => this.endpoints.delete(key));
      this.endpoints.set(key, ep);
    }
    return ep;
  }

  /** Learns the scheme (HTTPS, or HTTP where allowed) and the auth challenge once per registry. */
  private async ping(registry: Registry): Promise<Endpoint> {
    const plainAllowed = registry.isLoopback || this.insecure.has(registry.host.toLowerCase());
    for (let attempt = 1; ; attempt++) {
      let error: unknown;
      // Where plain HTTP is allowed, both are asked at once (HTTPS failing first cost a round trip); HTTPS still decides.
      const plain = plainAllowed ? settle(this.pingAt(`http://${registry.apiHost}`)) : undefined;
      try {
        return await this.pingAt(`https://${registry.apiHost}`);
      } catch (e) {
        error = e;
      }
      throwIfStopped();
      // A certificate problem or an HTTP answer means the server does speak TLS: falling back to HTTP would hide it.
      if (plain && !isCertificateError(error) && !(error as { answered?: boolean } | null)?.answered) {
        const p = await plain;
        if (p.ok) return p.value;
        error = p.error;
      }
      throwIfStopped();
      if (!isRetryableNetworkError(error) || attempt >= this.policy.attempts) {
        const tries = attempt > 1 ? ` (tried ${attempt} times; input 'retries' sets how often)` : '';
        throw new Error(`cannot reach registry ${registry.host}: ${(error as Error).message}${tries}`);
      }
      await this.pause(`reach registry ${registry.host}`, attempt, (error as Error).message, (error as { retryAfterMs?: number }).retryAfterMs);
    }
  }

  private async pingAt(origin: string): Promise<Endpoint> {
    const url = new URL('/v2/', origin);
    const res = await send(url, 'GET', { 'user-agent': this.userAgent }, undefined, this.agents.agentFor(url), this.options.idleTimeoutMs);
    res.resume();
    const status = res.statusCode ?? 0;
    if (status === 200) return { origin, challenge: undefined };
    if (status === 401) return { origin, challenge: parseChallenge(res.headers['www-authenticate']) };
    const message = `GET ${url.href} answered HTTP ${status}, expected 200 or 401 from an OCI registry`;
    const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
    throw Object.assign(isRetryableStatus(status) ? new RetryableError(message) : new Error(message), { answered: true, retryAfterMs });
  }
}

function isCertificateError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code);
}

function wrap(res: IncomingMessage, url: URL): RegistryResponse {
  return {
    status: res.statusCode ?? 0,
    headers: res.headers,
    url,
    body: res,
    buffer: (limit, what) => readBody(res, limit, what),
    discard: () => void res.resume(),
  };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so one started early and perhaps never awaited cannot go unhandled. */
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
