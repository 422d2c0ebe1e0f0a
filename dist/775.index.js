"use strict";
exports.id = 775;
exports.ids = [775];
exports.modules = {

/***/ 66775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPinCommand: () => (/* binding */ runPinCommand)
});

// EXTERNAL MODULE: ./lib/image/platforms.js
var platforms = __webpack_require__(40349);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(26815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/pull-request.js
var pull_request = __webpack_require__(45362);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
;// CONCATENATED MODULE: ./lib/commands/pin/settings.js






function parseSet(line) {
    let ref;
    try {
        ref = reference/* Reference */.Or.parse(line);
    }
    catch (e) {
        throw new inputs/* InputError */.dz('set', line, `Expected an image reference with a digest, e.g. ghcr.io/acme/app:1.4@sha256:... (${e.message}).`);
    }
    if (!ref.digest)
        throw new inputs/* InputError */.dz('set', line, 'Expected a reference with a digest (name@sha256:... or name:tag@sha256:...).');
    return ref;
}
function parsePlatform(value) {
    if (!value)
        return undefined;
    try {
        return (0,platforms/* parsePlatforms */.qA)([value])[0];
    }
    catch {
        throw new inputs/* InputError */.dz('platform', value, 'Expected os/arch[/variant], e.g. linux/amd64.');
    }
}
async function readPinSettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const set = (0,inputs/* linesInput */.WO)(rt, 'set').map(parseSet);
    const twice = set.find((r, i) => set.findIndex((o) => o.repository.equals(r.repository)) !== i);
    if (twice)
        throw new inputs/* InputError */.dz('set', twice.toString(), `Expected one reference per repository; ${twice.repository} is given more than once.`);
    const branch = rt.input('pull-request-branch') || 'pinship/pin';
    return {
        ...files,
        set,
        keepTag: (0,inputs/* boolInput */.Hm)(rt, 'keep-tag', true),
        platform: parsePlatform(rt.input('platform')),
        pullRequest: (0,pull_request/* readPullRequest */.D)(rt),
        pullRequestBranch: branch,
        // username/password apply to the registry of the first `set` reference.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, set[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/pin/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runPinCommand(rt) {
    const s = await readPinSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(26), __webpack_require__.e(999), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 36552))).executePin(s, rt);
}


/***/ }),

/***/ 40349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Tp: () => (/* binding */ filterIndex),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58926);

function parsePlatform(s) {
    const [os, architecture, variant, ...rest] = s.trim().split('/');
    if (!os || !architecture || rest.length)
        throw new Error(`Invalid platform '${s}': expected os/arch[/variant], e.g. linux/amd64`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
// arm64 images are often published without their default variant, and asked for with it.
const defaultVariant = (p) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
function platformMatches(have, want) {
    if (!have || have.os !== want.os || have.architecture !== want.architecture)
        return false;
    return !want.variant || defaultVariant(have) === defaultVariant(want);
}
/** Validates `platforms` before anything is read, so a typo fails fast. */
function parsePlatforms(platforms) {
    return platforms.map(parsePlatform);
}
/**
 * Keeps the children for `wanted`, plus buildx attestation manifests (platform unknown/unknown)
 * that describe a kept child, since dropping them would orphan provenance.
 */
function filterIndex(name, index, wanted) {
    const children = index.manifests ?? [];
    const images = children.filter((d) => wanted.some((w) => platformMatches(d.platform, w)));
    const keptDigests = new Set(images.map((d) => d.digest));
    const kept = children.filter((d) => keptDigests.has(d.digest) || keptDigests.has(d.annotations?.['vnd.docker.reference.digest'] ?? ''));
    if (!images.length) {
        const have = children.map((d) => (d.platform ? (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd)(d.platform) : 'unknown')).join(', ');
        throw new Error(`none of the platforms of ${name} (${have}) matches input 'platforms' (${wanted.map(_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd).join(', ')})`);
    }
    if (kept.length === children.length)
        return { kept, bytes: undefined };
    const json = { ...index, manifests: kept };
    return { kept, bytes: Buffer.from(JSON.stringify(json)) };
}


/***/ }),

/***/ 27099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ Digest)
/* harmony export */ });
// The digest value apart from hashing (./digest.ts, node:crypto): parsing inputs and references
// must not load node:crypto, so that a run failing on its inputs starts fast.
const HEX_LENGTH = { sha256: 64, sha512: 128 };
// OCI image-spec descriptor grammar; checked before the supported-algorithm list so that
// garbage and merely-unsupported digests get different messages, as go-digest does.
const ALGORITHM = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*$/;
const ENCODED = /^[a-zA-Z0-9=_-]+$/;
const LOWER_HEX = /^[a-f0-9]+$/;
function isSupported(algorithm) {
    return Object.prototype.hasOwnProperty.call(HEX_LENGTH, algorithm);
}
function expected(algorithm) {
    return `expected ${algorithm}:<${HEX_LENGTH[algorithm]} hex characters>`;
}
function encodedProblem(algorithm, hex) {
    if (hex.length !== HEX_LENGTH[algorithm])
        return expected(algorithm);
    if (!LOWER_HEX.test(hex)) {
        return /^[a-fA-F0-9]+$/.test(hex) ? `${expected(algorithm)} in lowercase` : expected(algorithm);
    }
    return undefined;
}
/** A content digest of an algorithm pinship can verify; anything else is rejected at parse time. */
class Digest {
    algorithm;
    hex;
    constructor(algorithm, hex) {
        this.algorithm = algorithm;
        this.hex = hex;
        // Guards `as` casts and stray callers: a Digest that exists is always well formed.
        const problem = isSupported(algorithm) ? encodedProblem(algorithm, hex) : `unsupported digest algorithm '${String(algorithm)}'`;
        if (problem)
            throw new Error(`Invalid digest '${String(algorithm)}:${hex}': ${problem}`);
    }
    toString() {
        return `${this.algorithm}:${this.hex}`;
    }
    equals(other) {
        return this.algorithm === other.algorithm && this.hex === other.hex;
    }
    /** Why `s` is not a usable digest, without the "Invalid digest" prefix; undefined when it is. */
    static problemWith(s) {
        const colon = s.indexOf(':');
        const algorithm = colon < 0 ? '' : s.slice(0, colon);
        const encoded = colon < 0 ? '' : s.slice(colon + 1);
        if (!ALGORITHM.test(algorithm) || !ENCODED.test(encoded)) {
            return isSupported(algorithm) ? expected(algorithm) : 'expected <algorithm>:<hex>, e.g. sha256:<64 hex characters>';
        }
        if (!isSupported(algorithm))
            return `unsupported digest algorithm '${algorithm}' (supported: sha256, sha512)`;
        return encodedProblem(algorithm, encoded);
    }
    static parse(s) {
        const problem = Digest.problemWith(s);
        if (problem)
            throw new Error(`Invalid digest '${s}': ${problem}`);
        const colon = s.indexOf(':');
        return new Digest(s.slice(0, colon), s.slice(colon + 1));
    }
    static isDigest(s) {
        return Digest.problemWith(s) === undefined;
    }
}


/***/ }),

/***/ 58926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Every manifest type pinship reads; order is preference only for servers that ignore q-values. */
const MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.DockerManifestList, MediaType.OciManifest, MediaType.DockerManifest].join(', ');
function isIndexType(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
function platformString(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The platform an image config names, if it names one. */
function configPlatform(config) {
    if (!config.os || !config.architecture)
        return undefined;
    return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}


/***/ }),

/***/ 9758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ Repository),
/* harmony export */   Or: () => (/* binding */ Reference),
/* harmony export */   P6: () => (/* binding */ parseRepositoryLenient),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* unused harmony exports REPOSITORY_PATH_MAX, Registry */
/* harmony import */ var _digest_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27099);

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
const REPOSITORY_PATH_MAX = 255;
/** Whether a host name (no port; IPv6 in brackets) names this machine's loopback interface. */
function isLoopbackHost(hostname) {
    // WHATWG URL canonicalises LOCALHOST, 127.1 and [0:0::1] to the forms compared here.
    const name = URL.canParse(`http://${hostname}/`) ? new URL(`http://${hostname}/`).hostname : '';
    return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
class Registry {
    /** As written (docker keeps the domain's case), except index.docker.io becomes docker.io. */
    host;
    constructor(host) {
        if (!DOMAIN_RE.test(host))
            throw new Error(`Invalid registry host '${host}': expected host[:port], e.g. ghcr.io or [::1]:5000`);
        this.host = host === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : host;
    }
    /** Host without the port; IPv6 keeps its brackets so it can be joined with a port again. */
    get hostname() {
        return this.host.replace(/:[0-9]+$/, '');
    }
    get port() {
        const port = /:([0-9]+)$/.exec(this.host)?.[1];
        return port === undefined ? undefined : Number(port);
    }
    // Network identity is case-insensitive even though the names docker prints are not.
    get isDockerHub() {
        const h = this.host.toLowerCase();
        return h === DEFAULT_DOMAIN || h === LEGACY_DEFAULT_DOMAIN;
    }
    /** Where the /v2/ API lives: Docker Hub's is not at the name users write. */
    get apiHost() {
        return this.isDockerHub ? 'registry-1.docker.io' : this.host;
    }
    get isLoopback() {
        return isLoopbackHost(this.hostname);
    }
    equals(other) {
        return this.host.toLowerCase() === other.host.toLowerCase();
    }
    toString() {
        return this.host;
    }
}
class Repository {
    registry;
    path;
    constructor(registry, 
    /** Path inside the registry, e.g. 'library/nginx'. */
    path) {
        this.registry = registry;
        this.path = path;
        if (!REMOTE_NAME_RE.test(path))
            throw new Error(`Invalid repository path '${path}': expected lowercase components like 'owner/name'`);
        if (path.length > REPOSITORY_PATH_MAX)
            throw new Error(`Invalid repository path '${path}': repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
    }
    toString() {
        return `${this.registry.host}/${this.path}`;
    }
    /** Docker's FamiliarName: drops docker.io/ and a single-level library/ (exact-case domain, as upstream). */
    familiar() {
        if (this.registry.host !== DEFAULT_DOMAIN)
            return this.toString();
        const rest = this.path.startsWith(OFFICIAL_REPO_PREFIX) ? this.path.slice(OFFICIAL_REPO_PREFIX.length) : undefined;
        return rest !== undefined && !rest.includes('/') ? rest : this.path;
    }
    equals(other) {
        return this.registry.equals(other.registry) && this.path === other.path;
    }
    tag(tag) {
        return new Reference(this, tag);
    }
    digest(digest) {
        return new Reference(this, undefined, digest);
    }
    /** A repository alone: 'nginx' → docker.io/library/nginx. A tag or digest is an error, not ignored. */
    static parse(s) {
        const ref = parseNormalized(s, `Invalid repository '${s}'`);
        if (ref.tag !== undefined || ref.digest) {
            const suffix = ref.toString().slice(ref.repository.toString().length);
            throw new Error(`Invalid repository '${s}': a repository must not include a tag or digest (found '${suffix}')`);
        }
        return ref.repository;
    }
}
class Reference {
    repository;
    tag;
    digest;
    constructor(repository, tag, digest) {
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
        if (tag !== undefined && !TAG_RE.test(tag)) {
            throw new Error(`Invalid tag '${tag}': a tag is 1-128 letters, digits, '_', '.' or '-', and must not start with '.' or '-'`);
        }
    }
    get registry() {
        return this.repository.registry;
    }
    /** Fully qualified; with both tag and digest the digest is what registries resolve. */
    toString() {
        return this.suffixed(this.repository.toString());
    }
    familiar() {
        return this.suffixed(this.repository.familiar());
    }
    /** What goes after /manifests/: the digest wins over the tag. */
    identifier() {
        return this.digest?.toString() ?? this.tag ?? DEFAULT_TAG;
    }
    withTag(tag) {
        return new Reference(this.repository, tag, this.digest);
    }
    withDigest(digest) {
        return new Reference(this.repository, this.tag, digest);
    }
    equals(other) {
        const sameDigest = this.digest && other.digest ? this.digest.equals(other.digest) : this.digest === other.digest;
        return this.repository.equals(other.repository) && this.tag === other.tag && sameDigest;
    }
    suffixed(name) {
        return `${name}${this.tag !== undefined ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
    }
    /** Docker's ParseNormalizedNamed: 'nginx' → docker.io/library/nginx, 'localhost:5000/a:t' as is. */
    static parse(s, opts = {}) {
        const ref = parseNormalized(s, `Invalid image reference '${s}'`);
        if (opts.canonical && ref.toString() !== s) {
            throw new Error(`Invalid image reference '${s}': repository name must be canonical (write '${ref}')`);
        }
        return opts.defaultTag && ref.tag === undefined && !ref.digest ? ref.withTag(DEFAULT_TAG) : ref;
    }
}
/** Docker's splitDockerDomain, v0.6 rules in upstream order. */
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
    let domain = name.slice(0, slash);
    let remainder = name.slice(slash + 1);
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    else if (domain !== 'localhost' && !/[.:]/.test(domain) && domain.toLowerCase() === domain) {
        [domain, remainder] = [DEFAULT_DOMAIN, name];
    }
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = OFFICIAL_REPO_PREFIX + remainder;
    return [domain, remainder];
}
function parseNormalized(s, prefix) {
    const fail = (reason) => {
        throw new Error(`${prefix}: ${reason}`);
    };
    if (s === '')
        fail('invalid reference format: the reference is empty');
    if (IDENTIFIER_RE.test(s))
        fail('invalid repository name, cannot specify 64-byte hexadecimal strings');
    const [domain, remainder] = splitDockerDomain(s);
    const colon = remainder.indexOf(':');
    const remote = colon < 0 ? remainder : remainder.slice(0, colon);
    if (remote.toLowerCase() !== remote)
        fail('repository name must be lowercase');
    // Upstream Parse() on the rebuilt string, including its own uppercase fallback.
    const full = `${domain}/${remainder}`;
    const m = REFERENCE_RE.exec(full);
    if (!m) {
        if (REFERENCE_RE.test(full.toLowerCase()))
            fail('repository name must be lowercase');
        return fail(`invalid reference format${hint(s)}`);
    }
    const [name, tag, digest] = m.slice(1);
    const nm = ANCHORED_NAME_RE.exec(name ?? '');
    const host = nm?.[1];
    const path = nm?.[2] ?? '';
    if (path.length > REPOSITORY_PATH_MAX)
        fail(`repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
    // Upstream would accept 'a.b_c/d' as a domain-less name; a registry client cannot use one.
    if (host === undefined)
        return fail(`invalid reference format: '${domain}' is not a valid registry host`);
    const problem = digest === undefined ? undefined : _digest_value_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .n.problemWith(digest);
    if (problem)
        fail(`invalid digest '${digest}': ${problem}`);
    return new Reference(new Repository(new Registry(host), path), tag, digest === undefined ? undefined : _digest_value_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .n.parse(digest));
}
/** Best-effort pointer at the usual mistakes; the grammar above stays the only authority. */
function hint(s) {
    if (/\s/.test(s))
        return ': contains whitespace';
    if (/^\[[^\]]*%/.test(s))
        return ': IPv6 zone identifiers are not allowed';
    if (/^\[/.test(s) && !s.includes('/'))
        return ': a registry host must be followed by /repository';
    if (/^\/|\/\/|\/$|\/[:@]/.test(s))
        return ': empty path component';
    const at = s.indexOf('@');
    const name = at < 0 ? s : s.slice(0, at);
    const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
    const tag = colon < 0 ? undefined : name.slice(colon + 1);
    if (tag !== undefined && !TAG_RE.test(tag)) {
        if (tag.length > 128)
            return `: tag is ${tag.length} characters, the limit is 128`;
        if (/^[.-]/.test(tag))
            return `: tag must not start with '${tag[0]}'`;
        return tag === '' ? ': empty tag' : `: tag '${tag}' may only contain letters, digits, '_', '.' and '-'`;
    }
    if (at >= 0 && !new RegExp(`^${DIGEST}$`).test(s.slice(at + 1)))
        return ': expected <algorithm>:<hex> after @';
    return '';
}
/**
 * For user-supplied image names such as `ghcr.io/${{ github.repository }}`: lowercases the
 * path, then parses strictly. Unlike splitDockerDomain, an uppercase first component without
 * '.' or ':' is treated as a path ('MyOrg/app' → docker.io/myorg/app), since lowercasing it is
 * the point; the domain's case is left alone.
 */
function parseRepositoryLenient(s) {
    const slash = s.indexOf('/');
    const first = slash < 0 ? '' : s.slice(0, slash);
    const hasDomain = first === 'localhost' || /[.:]/.test(first);
    const rest = hasDomain ? s.slice(slash + 1) : s;
    const lowered = (hasDomain ? `${first}/` : '') + rest.toLowerCase();
    try {
        return { repository: Repository.parse(lowered), lowercased: lowered !== s, written: lowered };
    }
    catch (error) {
        if (lowered === s)
            throw error;
        // Quote what the user wrote, not our rewrite of it.
        const reason = error.message.replace(`Invalid repository '${lowered}': `, '');
        throw new Error(`Invalid repository '${s}' (lowercased to '${lowered}'): ${reason}`, { cause: error });
    }
}


/***/ }),

/***/ 26815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readDeployFilesSettings)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _run_roots_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13472);


function readDeployFilesSettings(rt) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredInput */ .YF)(rt, 'files', 'glob patterns of deployment files, one per line, e.g. k8s/**/*.yaml');
    return {
        workspace: (0,_run_roots_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceOf */ .B3)(rt.env),
        files: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO)(rt, 'files'),
        allow: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO)(rt, 'allow'),
    };
}


/***/ }),

/***/ 45362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readPullRequest),
/* harmony export */   b: () => (/* binding */ pullRequestRepository)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/**
 * Events whose checkout holds a pull request's changes (the merge commit GitHub makes, or the merge
 * queue's): a commit pinship builds on it would carry those untrusted changes into a branch it pushes
 * with the workflow's token.
 */
const UNTRUSTED_CHECKOUT = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group']);
/** `pull-request`, refused on events whose checkout is not the repository's own. */
function readPullRequest(rt) {
    const on = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolInput */ .Hm)(rt, 'pull-request', false);
    const event = rt.env.GITHUB_EVENT_NAME ?? '';
    if (on && UNTRUSTED_CHECKOUT.has(event)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pull-request', 'true', `Expected a run on push, schedule or workflow_dispatch: on a ${event} event the checkout may hold the pull request's untrusted changes (its merge commit), and pinship's commit would carry them.`);
    }
    return on;
}
/** `pull-request: true` pushes to and opens a pull request on the run's own repository. */
function pullRequestRepository(rt) {
    const [owner, repo, ...rest] = (rt.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pull-request', 'true', `Expected GITHUB_REPOSITORY to name owner/repo (found '${rt.env.GITHUB_REPOSITORY ?? ''}'): the pull request is opened on the run's repository.`);
    }
    return { owner, repo };
}


/***/ }),

/***/ 44798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRegistrySettings),
/* harmony export */   p: () => (/* binding */ inputCredentials)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _reliability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55437);


/** docker/login-action's `registry-auth`: a YAML list of {registry, username, password}. */
async function parseRegistryAuth(text) {
    if (!text)
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const expected = 'Expected a YAML list of {registry, username, password} entries.';
    let doc;
    try {
        doc = parse(text);
    }
    catch {
        // The value holds passwords: never quote it back.
        throw new Error(`Invalid input 'registry-auth': not valid YAML. ${expected}`);
    }
    if (!Array.isArray(doc))
        throw new Error(`Invalid input 'registry-auth': not a list. ${expected}`);
    return doc.map((entry, i) => {
        const e = (entry ?? {});
        const registry = typeof e.registry === 'string' && e.registry ? e.registry : 'docker.io';
        if (typeof e.username !== 'string' || typeof e.password !== 'string' || !e.password) {
            throw new Error(`Invalid input 'registry-auth': entry ${i + 1} (registry '${registry}') needs a username and a password. ${expected}`);
        }
        return { registry, credential: { username: e.username, password: e.password } };
    });
}
async function readRegistrySettings(rt, defaultRegistry) {
    const credentials = await parseRegistryAuth(rt.input('registry-auth'));
    const username = rt.input('username');
    const password = rt.input('password');
    if (password)
        rt.setSecret(password);
    for (const c of credentials)
        rt.setSecret(c.credential.password);
    if (username || password) {
        if (!username || !password)
            throw new Error(`Inputs 'username' and 'password' go together: only '${username ? 'username' : 'password'}' was given`);
        if (!defaultRegistry)
            throw new Error(`Inputs 'username' and 'password' apply to the first image's registry, but there is no image`);
        credentials.push({ registry: defaultRegistry, credential: { username, password } });
    }
    // action.yml's default is an expression only the runner expands; local runners (local-action) pass it verbatim.
    const rawToken = rt.input('github-token');
    const githubToken = /^\$\{\{.*\}\}$/.test(rawToken) ? '' : rawToken;
    if (githubToken)
        rt.setSecret(githubToken);
    const insecureRegistries = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .listInput */ .dt)(rt, 'insecure-registries');
    for (const h of insecureRegistries) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(h))
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('insecure-registries', h, 'Expected host[:port], one per line.');
    }
    return { credentials, githubToken, insecureRegistries, attempts: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .retriesInput */ .dD)(rt), idleTimeoutMs: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutInput */ .eR)(rt) };
}
/** The credentials the inputs give: explicit entries, then the GitHub token for ghcr.io. */
function inputCredentials(s, env) {
    const entries = [...s.credentials];
    if (s.githubToken)
        entries.push({ registry: 'ghcr.io', credential: { username: env.GITHUB_ACTOR || 'x-access-token', password: s.githubToken } });
    return entries;
}


/***/ }),

/***/ 13472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   ZR: () => (/* binding */ runRoots),
/* harmony export */   ek: () => (/* binding */ placesOf)
/* harmony export */ });
/** The workspace: GITHUB_WORKSPACE, else (the CLI) the working directory. */
const workspaceOf = (env, cwd = process.cwd()) => env.GITHUB_WORKSPACE || cwd;
/**
 * The workspace and RUNNER_TEMP when set: build's
 * `digest-file` writes only there, and merge's `digest-files` read only there. A pull request controls
 * the checkout, so nothing outside them is touched.
 */
function runRoots(env, cwd = process.cwd()) {
    const workspace = workspaceOf(env, cwd);
    return [
        { root: workspace, place: `the workspace (${workspace})` },
        ...(env.RUNNER_TEMP ? [{ root: env.RUNNER_TEMP, place: `RUNNER_TEMP (${env.RUNNER_TEMP})` }] : []),
    ];
}
/** "the workspace (…) or RUNNER_TEMP (…)", for an error that says where a path must be. */
const placesOf = (roots) => roots.map((r) => r.place).join(' or ');


/***/ })

};
;