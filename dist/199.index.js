"use strict";
exports.id = 199;
exports.ids = [199];
exports.modules = {

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

/***/ 29199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readImages)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9758);
/* harmony import */ var _tags_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13812);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);



const EXPECTED = 'Expected a repository without tag (ghcr.io/acme/app), comma-separated repositories, or one repository with attributes (name=ghcr.io/acme/app,enable=false)';
function readEnable(value, line) {
    const v = value.toLowerCase();
    if (v !== 'true' && v !== 'false')
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', line, `enable '${value}' is not a boolean. Expected enable=true or enable=false.`);
    return v === 'true';
}
/**
 * One line as metadata-action reads it: fields without `=` are repositories (`a/b,c/d`), and a line
 * with any `key=value` field describes one repository (`name=a/b,enable=false`, or `a/b,enable=false`).
 * metadata-action keeps the last of several bare names on such a line; two names there are refused.
 */
function parseLine(line) {
    let fields;
    try {
        fields = (0,_tags_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .splitFields */ .Kp)(line);
    }
    catch (e) {
        if (e instanceof _tags_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldError */ .bg)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', line, `${e.message}. ${EXPECTED}.`);
        throw e;
    }
    if (fields.every((f) => f.key === undefined))
        return fields.map((f) => ({ name: f.value, enable: true, line }));
    const entry = { name: '', enable: true, line };
    for (const f of fields) {
        if (f.key === 'enable') {
            entry.enable = readEnable(f.value, line);
            continue;
        }
        if (f.key !== undefined && f.key !== 'name') {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', line, `Unknown attribute '${f.key}'. Expected name= and enable= (metadata-action's image attributes).`);
        }
        if (entry.name !== '')
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', line, `Two repositories on a line with attributes. ${EXPECTED}.`);
        entry.name = f.value;
    }
    if (entry.name === '')
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', line, `No repository on this line. ${EXPECTED}.`);
    return [entry];
}
/** The lines of `images`, each with its `enable` attribute; nothing checked beyond their form. */
function readEntries(rt) {
    return rt
        .input('images')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'))
        .flatMap(parseLine);
}
/**
 * `images`: repositories, one per line or comma-separated, or one per line with metadata-action's
 * attributes (`name=`, `enable=`); upper case is lowered with a notice. A repository with
 * `enable=false` is left out wherever `images` is read: not tagged, pushed, merged or promoted to.
 * Each keeps the user's spelling too (`written`): metadata-action's outputs say `acme/app`, not
 * `docker.io/acme/app`.
 */
function readImages(rt, required) {
    const entries = readEntries(rt);
    if (!entries.length && required)
        throw new Error(`Input 'images' is required: one repository per line, e.g. ghcr.io/acme/app`);
    // A disabled line is checked too: a typo must not wait for the event that enables it.
    const parsed = entries.map((e) => ({ ...e, repo: parseName(e.name) }));
    const enabled = parsed.filter((e) => e.enable);
    if (!enabled.length && required) {
        throw new Error(`Input 'images' names no enabled repository: every line has enable=false, and this command needs at least one`);
    }
    for (const { name, repo } of enabled) {
        if (repo.lowercased)
            rt.notice(`images: '${name}' lower-cased to '${repo.repository}' (repository names must be lower case)`);
    }
    return enabled.map((e) => e.repo);
}
function parseName(name) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryLenient */ .P6)(name);
    }
    catch (e) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', name, `Expected a repository without tag, e.g. ghcr.io/acme/app (${e.message}).`);
    }
}


/***/ }),

/***/ 13812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   Kp: () => (/* binding */ splitFields),
/* harmony export */   bg: () => (/* binding */ FieldError)
/* harmony export */ });
// Splits one `tags`/`flavor` line into key=value attributes. metadata-action
// runs each line through csv-parse; we keep its observable rules (comma
// separated, first `=` splits key from value, keys case-insensitive, a field
// without `=` is a bare value) and make quoting actually protect commas, both
// as `"pattern=v(\d{1,3})"` and `pattern="v(\d{1,3})"`.
class FieldError extends Error {
}
function readQuoted(line, start) {
    let text = '';
    let i = start + 1;
    for (;;) {
        if (i >= line.length)
            throw new FieldError('unterminated quote. Expected a closing "');
        const c = line[i];
        if (c === '"') {
            if (line[i + 1] === '"') {
                text += '"';
                i += 2;
                continue;
            }
            return { text, next: i + 1 };
        }
        text += c;
        i++;
    }
}
function splitRaw(line) {
    const fields = [];
    let i = 0;
    while (i <= line.length) {
        while (line[i] === ' ' || line[i] === '\t')
            i++;
        let buf = '';
        if (line[i] === '"') {
            const q = readQuoted(line, i);
            buf = q.text;
            i = q.next;
        }
        else {
            while (i < line.length && line[i] !== ',') {
                if (line[i] === '"' && /^[^=]+=\s*$/.test(buf)) {
                    const q = readQuoted(line, i);
                    buf = buf.trimEnd() + q.text;
                    i = q.next;
                    break;
                }
                buf += line[i];
                i++;
            }
        }
        while (line[i] === ' ' || line[i] === '\t')
            i++;
        if (i < line.length && line[i] !== ',') {
            throw new FieldError(`unexpected '${line[i] ?? ''}' after a closing quote. Expected ',' or end of line`);
        }
        fields.push(buf);
        i++;
    }
    return fields;
}
function splitFields(line) {
    const out = [];
    for (const raw of splitRaw(line)) {
        // An empty field (`type=sha,`) carries nothing; csv-parse would turn it into
        // an empty bare value that silently clobbers `value=`.
        if (raw.trim() === '')
            continue;
        const eq = raw.indexOf('=');
        if (eq < 0) {
            out.push({ key: undefined, value: raw.trim() });
            continue;
        }
        const key = raw.slice(0, eq).trim().toLowerCase();
        if (key === '')
            throw new FieldError(`empty attribute name in '${raw.trim()}'. Expected key=value`);
        out.push({ key, value: raw.slice(eq + 1).trim() });
    }
    return out;
}
/** Non-empty, non-comment lines of a multi-line action input. */
function inputLines(input) {
    const lines = typeof input === 'string' ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
    return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}


/***/ })

};
;