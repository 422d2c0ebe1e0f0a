import { Digest } from './digest-value.js';

// Grammar transcribed from github.com/distribution/reference (regexp.go, v0.6): the
// productions are kept separate so a diff against upstream stays readable.
const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
// Zone ids (fe80::1%eth0) and IPv4-mapped forms are deliberately excluded upstream.
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`;

const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN_AND_PORT}$`);
const REMOTE_NAME_RE = new RegExp(`^${REMOTE_NAME}$`);
const TAG_RE = new RegExp(`^${TAG}$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
/** Upstream applies this to the path only (distribution/reference#9), not the domain. */
export const REPOSITORY_PATH_MAX = 255;

/** Whether a host name (no port; IPv6 in brackets) names this machine's loopback interface. */
export function isLoopbackHost(hostname: string): boolean {
  // WHATWG URL canonicalises LOCALHOST, 127.1 and [0:0::1] to the forms compared here.
  const name = URL.canParse(`http://${hostname}/`) ? new URL(`http://${hostname}/`).hostname : '';
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

export class Registry {
  /** As written (docker keeps the domain's case), except index.docker.io becomes docker.io. */
  readonly host: string;

  constructor(host: string) {
    if (!DOMAIN_RE.test(host)) throw new Error(`Invalid registry host '${host}': expected host[:port], e.g. ghcr.io or [::1]:5000`);
    this.host = host === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : host;
  }

  /** Host without the port; IPv6 keeps its brackets so it can be joined with a port again. */
  get hostname(): string {
    return this.host.replace(/:[0-9]+$/, '');
  }

  get port(): number | undefined {
    const port = /:([0-9]+)$/.exec(this.host)?.[1];
    return port === undefined ? undefined : Number(port);
  }

  // Network identity is case-insensitive even though the names docker prints are not.
  get isDockerHub(): boolean {
    const h = this.host.toLowerCase();
    return h === DEFAULT_DOMAIN || h === LEGACY_DEFAULT_DOMAIN;
  }

  /** Where the /v2/ API lives: Docker Hub's is not at the name users write. */
  get apiHost(): string {
    return this.isDockerHub ? 'registry-1.docker.io' : this.host;
  }

  get isLoopback(): boolean {
    return isLoopbackHost(this.hostname);
  }

  equals(other: Registry): boolean {
    return this.host.toLowerCase() === other.host.toLowerCase();
  }
  toString(): string {
    return this.host;
  }
}

export class Repository {
  constructor(
    readonly registry: Registry,
    /** Path inside the registry, e.g. 'library/nginx'. */
    readonly path: string,
  ) {
    if (!REMOTE_NAME_RE.test(path)) throw new Error(`Invalid repository path '${path}': expected lowercase components like 'owner/name'`);
    if (path.length > REPOSITORY_PATH_MAX)
      throw new Error(`Invalid repository path '${path}': repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
  }

  toString(): string {
    return `${this.registry.host}/${this.path}`;
  }

  /** Docker's FamiliarName: drops docker.io/ and a single-level library/ (exact-case domain, as upstream). */
  familiar(): string {
    if (this.registry.host !== DEFAULT_DOMAIN) return this.toString();
    const rest = this.path.startsWith(OFFICIAL_REPO_PREFIX) ? this.path.slice(OFFICIAL_REPO_PREFIX.length) : undefined;
    return rest !== undefined && !rest.includes('/') ? rest : this.path;
  }

  equals(other: Repository): boolean {
    return this.registry.equals(other.registry) && this.path === other.path;
  }

  tag(tag: string): Reference {
    return new Reference(this, tag);
  }
  digest(digest: Digest): Reference {
    return new Reference(this, undefined, digest);
  }

  /** A repository alone: 'nginx' → docker.io/library/nginx. A tag or digest is an error, not ignored. */
  static parse(s: string): Repository {
    const ref = parseNormalized(s, `Invalid repository '${s}'`);
    if (ref.tag !== undefined || ref.digest) {
      const suffix = ref.toString().slice(ref.repository.toString().length);
      throw new Error(`Invalid repository '${s}': a repository must not include a tag or digest (found '${suffix}')`);
    }
    return ref.repository;
  }
}

export interface ReferenceParseOptions {
  /** Add tag 'latest' when neither tag nor digest is given (docker's TagNameOnly). */
  defaultTag?: boolean;
  /** Require the input to already be fully qualified (docker's ParseNamed). */
  canonical?: boolean;
}

export class Reference {
  constructor(
    readonly repository: Repository,
    readonly tag?: string,
    readonly digest?: Digest,
  ) {
    if (tag !== undefined && !TAG_RE.test(tag)) {
      throw new Error(`Invalid tag '${tag}': a tag is 1-128 letters, digits, '_', '.' or '-', and must not start with '.' or '-'`);
    }
  }

  get registry(): Registry {
    return this.repository.registry;
  }

  /** Fully qualified; with both tag and digest the digest is what registries resolve. */
  toString(): string {
    return this.suffixed(this.repository.toString());
  }

  familiar(): string {
    return this.suffixed(this.repository.familiar());
  }

  /** What goes after /manifests/: the digest wins over the tag. */
  identifier(): string {
    return this.digest?.toString() ?? this.tag ?? DEFAULT_TAG;
  }

  withTag(tag: string): Reference {
    return new Reference(this.repository, tag, this.digest);
  }
  withDigest(digest: Digest): Reference {
    return new Reference(this.repository, this.tag, digest);
  }

  equals(other: Reference): boolean {
    const sameDigest = this.digest && other.digest ? this.digest.equals(other.digest) : this.digest === other.digest;
    return this.repository.equals(other.repository) && this.tag === other.tag && sameDigest;
  }

  private suffixed(name: string): string {
    return `${name}${this.tag !== undefined ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
  }

  /** Docker's ParseNormalizedNamed: 'nginx' → docker.io/library/nginx, 'localhost:5000/a:t' as is. */
  static parse(s: string, opts: ReferenceParseOptions = {}): Reference {
    const ref = parseNormalized(s, `Invalid image reference '${s}'`);
    if (opts.canonical && ref.toString() !== s) {
      throw new Error(`Invalid image reference '${s}': repository name must be canonical (write '${ref}')`);
    }
    return opts.defaultTag && ref.tag === undefined && !ref.digest ? ref.withTag(DEFAULT_TAG) : ref;
  }
}

/** Docker's splitDockerDomain, v0.6 rules in upstream order. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  let domain = name.slice(0, slash);
  let remainder = name.slice(slash + 1);
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  else if (domain !== 'localhost' && !/[.:]/.test(domain) && domain.toLowerCase() === domain) {
    [domain, remainder] = [DEFAULT_DOMAIN, name];
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return [domain, remainder];
}

function parseNormalized(s: string, prefix: string): Reference {
  const fail = (reason: string): never => {
    throw new Error(`${prefix}: ${reason}`);
  };
  if (s === '') fail('invalid reference format: the reference is empty');
  if (IDENTIFIER_RE.test(s)) fail('invalid repository name, cannot specify 64-byte hexadecimal strings');
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) fail('repository name must be lowercase');

  // Upstream Parse() on the rebuilt string, including its own uppercase fallback.
  const full = `${domain}/${remainder}`;
  const m = REFERENCE_RE.exec(full);
  if (!m) {
    if (REFERENCE_RE.test(full.toLowerCase())) fail('repository name must be lowercase');
    return fail(`invalid reference format${hint(s)}`);
  }
  const [name, tag, digest]: (string | undefined)[] = m.slice(1);
  const nm = ANCHORED_NAME_RE.exec(name ?? '');
  const host: string | undefined = nm?.[1];
  const path = nm?.[2] ?? '';
  if (path.length > REPOSITORY_PATH_MAX) fail(`repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
  // Upstream would accept 'a.b_c/d' as a domain-less name; a registry client cannot use one.
  if (host === undefined) return fail(`invalid reference format: '${domain}' is not a valid registry host`);
  const problem = digest === undefined ? undefined : Digest.problemWith(digest);
  if (problem) fail(`invalid digest '${digest}': ${problem}`);
  return new Reference(new Repository(new Registry(host), path), tag, digest === undefined ? undefined : Digest.parse(digest));
}

/** Best-effort pointer at the usual mistakes; the grammar above stays the only authority. */
function hint(s: string): string {
  if (/\s/.test(s)) return ': contains whitespace';
  if (/^\[[^\]]*%/.test(s)) return ': IPv6 zone identifiers are not allowed';
  if (/^\[/.test(s) && !s.includes('/')) return ': a registry host must be followed by /repository';
  if (/^\/|\/\/|\/$|\/[:@]/.test(s)) return ': empty path component';
  const at = s.indexOf('@');
  const name = at < 0 ? s : s.slice(0, at);
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  const tag = colon < 0 ? undefined : name.slice(colon + 1);
  if (tag !== undefined && !TAG_RE.test(tag)) {
    if (tag.length > 128) return `: tag is ${tag.length} characters, the limit is 128`;
    if (/^[.-]/.test(tag)) return `: tag must not start with '${tag[0]}'`;
    return tag === '' ? ': empty tag' : `: tag '${tag}' may only contain letters, digits, '_', '.' and '-'`;
  }
  if (at >= 0 && !new RegExp(`^${DIGEST}$`).test(s.slice(at + 1))) return ': expected <algorithm>:<hex> after @';
  return '';
}

export interface LenientRepository {
  repository: Repository;
  /** True when the path had uppercase letters that were lowercased; callers should say so. */
  lowercased: boolean;
  /** The input with its path lowercased, in the user's own spelling (no docker.io/ or library/ added). */
  written: string;
}

/**
 * For user-supplied image names such as `ghcr.io/${{ github.repository }}`: lowercases the
 * path, then parses strictly. Unlike splitDockerDomain, an uppercase first component without
 * '.' or ':' is treated as a path ('MyOrg/app' → docker.io/myorg/app), since lowercasing it is
 * the point; the domain's case is left alone.
 */
export function parseRepositoryLenient(s: string): LenientRepository {
  const slash = s.indexOf('/');
  const first = slash < 0 ? '' : s.slice(0, slash);
  const hasDomain = first === 'localhost' || /[.:]/.test(first);
  const rest = hasDomain ? s.slice(slash + 1) : s;
  const lowered = (hasDomain ? `${first}/` : '') + rest.toLowerCase();
  try {
    return { repository: Repository.parse(lowered), lowercased: lowered !== s, written: lowered };
  } catch (error) {
    if (lowered === s) throw error;
    // Quote what the user wrote, not our rewrite of it.
    const reason = (error as Error).message.replace(`Invalid repository '${lowered}': `, '');
    throw new Error(`Invalid repository '${s}' (lowercased to '${lowered}'): ${reason}`, { cause: error });
  }
}
