"use strict";
exports.id = 83;
exports.ids = [83];
exports.modules = {

/***/ 3256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(9930);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 6 modules
var registry_client = __webpack_require__(409);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(9860);
// EXTERNAL MODULE: ./lib/deployfiles/allow.js
var allow = __webpack_require__(9399);
// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 18 modules
var scan = __webpack_require__(4613);
;// CONCATENATED MODULE: ./lib/commands/verify/plan.js


function siteFinding(site, kind, level, message) {
    return { kind, level, file: site.file, line: site.line, column: site.column, reference: site.written, message };
}
/** Everything verify can decide from the files alone, and the registry checks the rest needs. */
function planVerify(scans, opts) {
    const allowed = (0,allow/* allowList */.e)(opts.allow);
    const findings = scans.flatMap((s) => s.problems.map((p) => ({ kind: 'invalid', level: 'error', ...p, reference: '' })));
    const checks = new Map();
    let references = 0;
    for (const site of scans.flatMap((s) => s.sites)) {
        if (allowed(site.ref, site.written))
            continue;
        references++;
        if (opts.allowedRegistries.length && !(0,allow/* registryAllowed */.E)(opts.allowedRegistries, site.ref)) {
            findings.push(siteFinding(site, 'registry', 'error', `${site.written} is outside allowed-registries (${opts.allowedRegistries.join(', ')})`));
        }
        if (!site.ref.digest) {
            findings.push(siteFinding(site, 'unpinned', 'error', `${site.written} is not pinned to a digest; run pinship pin or write ${site.written}@sha256:...`));
            continue;
        }
        const key = site.ref.toString();
        const check = checks.get(key) ?? { ref: site.ref, sites: [] };
        check.sites.push(site);
        checks.set(key, check);
    }
    return { findings, checks: [...checks.values()], references, scans };
}
/** Scan and plan with no registry request: what a benchmark times against grep. */
async function scanAndPlanVerify(workspace, patterns, opts) {
    return planVerify(await (0,scan/* scanWorkspace */.H)(workspace, patterns), opts);
}

;// CONCATENATED MODULE: ./lib/commands/verify/check.js




/**
 * One request in the usual case: with a tag and drift checking, resolving the tag both checks the
 * digest exists (they are equal) and that the tag has not moved. Only when they differ does verify ask
 * whether the pinned digest exists, and whether it is one platform of the tag's index (a platform pin).
 */
async function checkOne(client, check, drift, count) {
    const { ref } = check;
    const digest = ref.digest;
    const at = (kind, level, message) => check.sites.map((s) => siteFinding(s, kind, level, message));
    const exists = async () => {
        count();
        return client.manifestExists(ref.repository, digest);
    };
    try {
        if (ref.tag === undefined || drift === 'ignore') {
            return (await exists()) ? [] : at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
        }
        count();
        const head = await client.resolve(ref.repository.tag(ref.tag)).catch((e) => {
            if ((0,errors/* isNotFound */.c4)(e))
                return undefined;
            throw e;
        });
        if (head?.digest.equals(digest))
            return [];
        if (!(await exists()))
            return at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
        if (head && (0,mediatypes/* isIndexType */.$U)(head.mediaType)) {
            count();
            const index = (await client.getManifest(ref.repository, head.digest)).json;
            if ((index.manifests ?? []).some((d) => d.digest === digest.toString()))
                return [];
        }
        const level = drift === 'error' ? 'error' : 'warning';
        const now = head ? `now points to ${head.digest}` : 'no longer exists';
        return at('drift', level, `tag ${ref.tag} of ${ref.repository.familiar()} ${now}, not the pinned ${digest}`);
    }
    catch (e) {
        return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
/** `failed`: the checks whose digest is missing or could not be asked about; nothing more is asked of them. */
async function runChecks(client, checks, drift, concurrency = 8) {
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)(checks, concurrency, (c) => checkOne(client, c, drift, () => requests++));
    const failed = new Set(checks.filter((_, i) => results[i].some((f) => f.kind === 'missing' || f.kind === 'unreachable')));
    return { findings: results.flat(), requests, failed };
}

// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(6815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
// EXTERNAL MODULE: ./lib/settings/signing.js + 1 modules
var signing = __webpack_require__(4893);
;// CONCATENATED MODULE: ./lib/commands/verify/settings.js




const DRIFT = ['error', 'warn', 'ignore'];
async function readVerifySettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const allowedRegistries = (0,inputs/* linesInput */.WO)(rt, 'allowed-registries');
    for (const p of allowedRegistries) {
        if (!/^(?:[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?(?:\/[a-z0-9._/-]+)?$/.test(p)) {
            throw new inputs/* InputError */.dz('allowed-registries', p, 'Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.');
        }
    }
    return {
        ...files,
        allowedRegistries,
        drift: (0,inputs/* choiceInput */.ij)(rt, 'drift', DRIFT, 'error'),
        signatures: (0,signing/* readSignatureCheck */.H)(rt, 'verify'),
        // username/password apply to the first allowed registry.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, allowedRegistries[0]?.split('/')[0]),
    };
}

// EXTERNAL MODULE: ./lib/signing/verify.js
var verify = __webpack_require__(9670);
;// CONCATENATED MODULE: ./lib/commands/verify/signatures.js




/**
 * Every pinned digest must carry a cosign signature that `public-key` verifies (and, with
 * require-provenance, SLSA provenance), in the repository it is pinned in. A signature belongs to
 * the digest, whatever tag the files write beside it: one check per digest and repository, reported
 * at every place that pins it. Checks already reported missing or unreachable (`failed`) are not
 * asked again: one finding per cause.
 */
async function checkSignatures(client, checks, failed, want, concurrency = 8) {
    const level = want.requireSignature ? 'error' : 'warning';
    const subjects = new Map();
    for (const check of checks) {
        if (failed.has(check))
            continue;
        const digest = check.ref.digest;
        const key = `${check.ref.repository}@${digest}`;
        const subject = subjects.get(key) ?? { repository: check.ref.repository, digest, sites: [] };
        subject.sites.push(...check.sites);
        subjects.set(key, subject);
    }
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)([...subjects.values()], concurrency, async ({ repository, digest, sites }) => {
        const name = `${repository.familiar()}@${digest}`;
        const at = (kind, message, lvl = level) => sites.map((s) => siteFinding(s, kind, kind === 'unreachable' ? 'error' : lvl, message));
        requests++;
        try {
            const out = [];
            if (want.publicKey) {
                const verdict = await (0,verify/* checkSignature */.j)(client, repository, digest, want.publicKey);
                if (!verdict.ok)
                    out.push(...at('unsigned', `${name} is not signed by public-key: ${verdict.reason}`));
            }
            if (want.requireProvenance) {
                requests++;
                const verdict = await (0,verify/* checkProvenance */.c)(client, repository, digest, want.publicKey);
                if (!verdict.ok)
                    out.push(...at('no-provenance', `${name} has no ${want.publicKey ? 'signed ' : ''}provenance: ${verdict.reason}`, 'error'));
            }
            return out;
        }
        catch (e) {
            return at('unreachable', `cannot check the signature of ${name}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    });
    return { findings: results.flat(), requests };
}

;// CONCATENATED MODULE: ./lib/commands/verify/command.js






function summary(findings, references, templated) {
    const rows = findings.map((f) => `| ${f.level} | \`${(0,report/* cell */.Hn)(f.file)}:${f.line}:${f.column}\` | ${f.reference ? `\`${(0,report/* cell */.Hn)(f.reference)}\`` : ''} | ${(0,report/* cell */.Hn)(f.message)} |`);
    return [
        '### pinship verify',
        '',
        findings.length ? `${findings.length} findings in ${references} references` : `${references} references, all pinned and present`,
        '',
        ...(templated ? [`${templated} image values are templates (see the notices) and were not verified`, ''] : []),
        ...(rows.length ? ['| level | where | reference | finding |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ].join('\n');
}
const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
async function runVerifyCommand(rt) {
    const s = await readVerifySettings(rt);
    const started = Date.now();
    const plan = await scanAndPlanVerify(s.workspace, s.files, { allow: s.allow, allowedRegistries: s.allowedRegistries });
    // Wall time per phase: the scan is what bench/verify.mjs holds against grep.
    const durations = { scanMs: Date.now() - started, checkMs: 0 };
    let requests = 0;
    const findings = [...plan.findings];
    if (plan.checks.length) {
        const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
        try {
            const checked = await runChecks(client, plan.checks, s.drift);
            findings.push(...checked.findings);
            requests = checked.requests;
            if (s.signatures.publicKey || s.signatures.requireProvenance) {
                const signed = await checkSignatures(client, plan.checks, checked.failed, s.signatures);
                findings.push(...signed.findings);
                requests += signed.requests;
            }
        }
        finally {
            client.close();
        }
    }
    durations.checkMs = Date.now() - started - durations.scanMs;
    findings.sort(order);
    for (const f of findings)
        rt.annotate(f.level, f.message, { file: f.file, startLine: f.line, startColumn: f.column });
    const templated = (0,report/* annotateTemplated */.DP)(rt, plan.scans);
    const errors = findings.filter((f) => f.level === 'error').length;
    return {
        outputs: { metadata: JSON.stringify({ references: plan.references, requests, findings, durations }) },
        summary: summary(findings, plan.references, templated),
        ...(errors ? { failure: `verify: ${errors} finding(s) in the deployment files (input 'files'; see the annotations)` } : {}),
    };
}


/***/ }),

/***/ 7099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ Digest)
/* harmony export */ });
// The digest value apart from hashing (./digest.ts, node:crypto): parsing inputs and references
// must not load node:crypto, so that a run failing on its inputs starts fast (issue 13).
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

/***/ 8926:
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
/* harmony export */   Or: () => (/* binding */ Reference),
/* harmony export */   P6: () => (/* binding */ parseRepositoryLenient),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* unused harmony exports REPOSITORY_PATH_MAX, Registry, Repository */
/* harmony import */ var _digest_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7099);

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

/***/ 6815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readDeployFilesSettings)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

function readDeployFilesSettings(rt) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredInput */ .YF)(rt, 'files', 'glob patterns of deployment files, one per line, e.g. k8s/**/*.yaml');
    return {
        workspace: rt.env.GITHUB_WORKSPACE || process.cwd(),
        files: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO)(rt, 'files'),
        allow: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO)(rt, 'allow'),
    };
}


/***/ }),

/***/ 4798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRegistrySettings),
/* harmony export */   p: () => (/* binding */ inputCredentials)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _reliability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5437);


/** docker/login-action's `registry-auth`: a YAML list of {registry, username, password}. */
async function parseRegistryAuth(text) {
    if (!text)
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
    return { credentials, githubToken, insecureRegistries, attempts: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .retriesInput */ .dD)(rt) };
}
/** The credentials the inputs give: explicit entries, then the GitHub token for ghcr.io. */
function inputCredentials(s, env) {
    const entries = [...s.credentials];
    if (s.githubToken)
        entries.push({ registry: 'ghcr.io', credential: { username: env.GITHUB_ACTOR || 'x-access-token', password: s.githubToken } });
    return entries;
}


/***/ }),

/***/ 4893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ readSignatureCheck),
  j: () => (/* binding */ readSigningKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
;// CONCATENATED MODULE: ./lib/signing/keys.js


const ENCRYPTED = /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]*?)-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/;
/**
 * Reads `signing-key`: cosign's encrypted key file (scrypt-derived key, NaCl secretbox around a
 * PKCS#8 DER key, as `cosign generate-key-pair` writes it) or a PKCS#8/SEC1 EC private key PEM.
 * Only ECDSA P-256 is accepted: that is what cosign verifies with SHA-256.
 */
function parseSigningKey(text, password) {
    const encrypted = ENCRYPTED.exec(text);
    const privateKey = encrypted ? decryptCosignKey(encrypted[1], password) : pemKey(text);
    const curve = privateKey.asymmetricKeyDetails?.namedCurve;
    if (privateKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
        throw new Error(`input 'signing-key' must be an ECDSA P-256 key, got ${privateKey.asymmetricKeyType ?? 'an unknown type'}${curve ? ` on ${curve}` : ''}`);
    }
    return { privateKey, publicKey: (0,external_node_crypto_.createPublicKey)(privateKey) };
}
function pemKey(text) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'signing-key' is neither a cosign key file nor a PEM private key`);
    }
}
function decryptCosignKey(body, password) {
    let env;
    try {
        env = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new Error(`input 'signing-key' is a cosign key file whose body is not base64 JSON`);
    }
    if (env.kdf?.name !== 'scrypt' || env.cipher?.name !== 'nacl/secretbox') {
        throw new Error(`input 'signing-key' uses ${env.kdf?.name}/${env.cipher?.name}, expected scrypt/nacl/secretbox`);
    }
    const { N, r, p } = env.kdf.params;
    // scrypt needs 128·N·r bytes: cosign's N=65536, r=8 is 64 MiB, above node's 32 MiB default cap.
    const key = (0,external_node_crypto_.scryptSync)(password, Buffer.from(env.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    const plain = nacl_fast.secretbox.open(Buffer.from(env.ciphertext, 'base64'), Buffer.from(env.cipher.nonce, 'base64'), key);
    key.fill(0);
    if (!plain)
        throw new Error(`input 'signing-key-password' does not decrypt input 'signing-key' (wrong password or damaged key)`);
    const der = Buffer.from(plain);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    finally {
        der.fill(0);
        plain.fill(0);
    }
}
/** Reads `public-key`: a PEM public key (cosign.pub), or a private key whose public half is meant. */
function parsePublicKey(text) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'public-key' is not a PEM public key (expected the contents of cosign.pub)`);
    }
}

// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/settings/signing.js


/** Masks a secret whole and line by line: a multi-line value is logged a line at a time. */
function mask(rt, value) {
    rt.setSecret(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length > 8)
            rt.setSecret(line.trim());
}
/** `signing-key` (+ `signing-key-password`), masked at once; undefined when signing was not asked for. */
function readSigningKey(rt) {
    const text = rt.input('signing-key');
    const password = rt.input('signing-key-password');
    if (password)
        mask(rt, password);
    if (!text) {
        if (password)
            throw new Error(`input 'signing-key-password' is set but input 'signing-key' is empty`);
        return undefined;
    }
    mask(rt, text);
    return parseSigningKey(text, password);
}
/**
 * `public-key` and `require-signature`: requiring a signature without a key to check it is an input error.
 * Only verify checks provenance; promote leaves `require-provenance` unread, so a value given there is warned about.
 */
function readSignatureCheck(rt, command) {
    const text = rt.input('public-key');
    const requireSignature = (0,inputs/* boolInput */.Hm)(rt, 'require-signature', false);
    if (requireSignature && !text)
        throw new Error(`input 'require-signature' is true but input 'public-key' is empty: there is no key to check signatures with`);
    return {
        publicKey: text ? parsePublicKey(text) : undefined,
        requireSignature,
        requireProvenance: command === 'verify' && (0,inputs/* boolInput */.Hm)(rt, 'require-provenance', false),
    };
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ IN_TOTO),
/* harmony export */   K_: () => (/* binding */ dsseEnvelope),
/* harmony export */   P6: () => (/* binding */ slsaStatement),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   ck: () => (/* binding */ SLSA_V1),
/* harmony export */   um: () => (/* binding */ DSSE)
/* harmony export */ });
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2445);

const IN_TOTO = 'application/vnd.in-toto+json';
const DSSE = 'application/vnd.dsse.envelope.v1+json';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/pinship/pinship/build/v1';
/** An in-toto v1 statement with a SLSA v1 provenance predicate for `subject`. */
function slsaStatement(name, subject, f) {
    const run = f.env.GITHUB_RUN_ID
        ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_REPOSITORY}/actions/runs/${f.env.GITHUB_RUN_ID}/attempts/${f.env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : undefined;
    const deps = [
        ...(f.source && f.revision ? [{ uri: `git+${f.source}`, digest: { gitCommit: f.revision } }] : []),
        ...f.baseImages.map((b) => ({ uri: b.uri, digest: { [b.digest.algorithm]: b.digest.hex } })),
    ];
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name, digest: { [subject.algorithm]: subject.hex } }],
        predicateType: SLSA_V1,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: { ...f.parameters, ...(f.env.GITHUB_WORKFLOW_REF ? { workflow: f.env.GITHUB_WORKFLOW_REF } : {}) },
                internalParameters: { builder: f.builder },
                resolvedDependencies: deps,
            },
            runDetails: {
                builder: {
                    id: f.env.GITHUB_WORKFLOW_REF ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_WORKFLOW_REF}` : 'pinship-cli',
                    version: { pinship: f.pinshipVersion },
                },
                metadata: { ...(run ? { invocationId: run } : {}), startedOn: new Date().toISOString() },
            },
        },
    };
    return Buffer.from(JSON.stringify(statement));
}
/** DSSE's pre-authentication encoding: what the envelope's signature covers. */
function pae(type, payload) {
    return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}
/** The statement in a signed DSSE envelope, as `cosign attest` stores it. */
function dsseEnvelope(statement, key) {
    const sig = (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .signBytes */ .b_)(key, pae(IN_TOTO, statement));
    return Buffer.from(JSON.stringify({ payloadType: IN_TOTO, payload: statement.toString('base64'), signatures: [{ keyid: '', sig }] }));
}


/***/ }),

/***/ 2445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Mn: () => (/* binding */ signatureManifest),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   j_: () => (/* binding */ COSIGN_TYPE),
/* harmony export */   kq: () => (/* binding */ signatureReferrer),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   s$: () => (/* binding */ SIGNATURE_ARTIFACT)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8926);




const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const COSIGN_TYPE = 'cosign container image signature';
/** The artifact type of cosign's OCI 1.1 signature referrer (cosign's ArtifactType("sig")). */
const SIGNATURE_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
/** cosign's tag for what it attaches to `digest`: sha256-<hex>.sig, .att, ... */
const cosignTag = (digest, suffix) => `${(0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .fallbackTag */ .fH)(digest)}${suffix}`;
/** The simple-signing payload cosign signs: the repository (no tag) and the manifest digest. */
function simpleSigningPayload(dockerReference, digest) {
    const payload = {
        critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest.toString() }, type: COSIGN_TYPE },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
function signBytes(key, data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(data).sign(key).toString('base64');
}
function verifyBytes(key, data, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256').update(data).verify(key, Buffer.from(signature, 'base64'));
    }
    catch {
        return false;
    }
}
function signatureLayer(payload, signature, mediaType = SIMPLE_SIGNING, annotations = {}) {
    const descriptor = {
        mediaType,
        size: payload.length,
        digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(payload).toString(),
        annotations: { [SIGNATURE_ANNOTATION]: signature, ...annotations },
    };
    return { descriptor, blob: { descriptor, origin: { kind: 'bytes', bytes: payload } } };
}
/**
 * cosign's signature manifest: an OCI manifest whose config lists the layers' digests as diff_ids
 * (what go-containerregistry writes for it) and whose layers each carry one signed payload.
 * `earlier` keeps layers of a signature manifest already there (cosign appends, it never replaces).
 */
function signatureManifest(layers, earlier = []) {
    const all = [...earlier.map((b) => ({ descriptor: b.descriptor, blob: b })), ...layers];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map((l) => l.descriptor.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciConfig, size: config.length, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(config).toString() };
    const manifest = { schemaVersion: 2, mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest, config: configDescriptor, layers: all.map((l) => l.descriptor) };
    return {
        bytes: Buffer.from(JSON.stringify(manifest)),
        blobs: [{ descriptor: configDescriptor, origin: { kind: 'bytes', bytes: config } }, ...all.map((l) => l.blob)],
    };
}
/**
 * A signature manifest in the OCI 1.1 form `cosign sign --registry-referrers-mode=oci-1-1` writes
 * (cosign's WriteSignaturesExperimentalOCI): the same config blob and layers as the .sig tag's
 * manifest, the config's media type replaced by the artifact type, the signed manifest as `subject`,
 * and the artifact type at the top as well (cosign 3.1.2 on; before, readers took it from the config).
 */
function signatureReferrer(signature, subject) {
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
        config: { ...signature.config, mediaType: SIGNATURE_ARTIFACT },
        layers: signature.layers,
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: SIGNATURE_ARTIFACT,
    };
    return Buffer.from(JSON.stringify(manifest));
}


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkProvenance),
/* harmony export */   j: () => (/* binding */ checkSignature)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _registry_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9127);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2445);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9656);





const PAYLOAD_MAX_BYTES = 1024 * 1024;
/** Referrers of one image looked at, at most: each costs a manifest GET, and the list comes from the registry. */
const REFERRERS_MAX = 32;
/**
 * Whether `repo` holds a cosign signature of `digest` that `key` verifies and whose payload names
 * exactly that digest, in either form cosign writes: the sha256-<hex>.sig tag, or a referrer of the
 * digest with cosign's signature artifact type (its OCI 1.1 form, found through the referrers API or
 * the fallback tag, as cosign's own --experimental-oci11 finds it). The reason says what was found instead.
 */
async function checkSignature(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.sig');
    const tagged = await manifestIfAny(client, repo, tag);
    const findings = [];
    if (tagged) {
        const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    const referrers = await client.listReferrers(repo, digest, _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ARTIFACT */ .s$);
    for (const d of referrers.slice(0, REFERRERS_MAX)) {
        // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
        const manifest = await manifestIfAny(client, repo, d.digest);
        if (!manifest)
            continue;
        const verdict = await judge(client, repo, `referrer ${repo}@${d.digest}`, manifest, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    if (!findings.length)
        return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
    const unread = referrers.length > REFERRERS_MAX ? `; ${referrers.length - REFERRERS_MAX} more signature referrers not read` : '';
    return { ok: false, reason: `no valid signature for the public key: ${findings.join('; ')}${unread}` };
}
const manifestIfAny = (client, repo, ref) => client.getManifest(repo, ref).catch((e) => {
    if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
        return undefined;
    throw e;
});
/** One signature manifest's verdict; `name` says where it was found. */
async function judge(client, repo, name, manifest, digest, key) {
    const layers = (manifest.json.layers ?? []).filter((l) => l.annotations?.[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB]);
    if (!layers.length)
        return { ok: false, reason: `${name} holds no layer with a ${_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB} annotation` };
    const found = [];
    for (const layer of layers) {
        const what = `signature payload ${repo}@${layer.digest}`;
        const payload = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
        if (!(0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, payload, layer.annotations[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB])) {
            found.push('a signature the public key does not verify');
            continue;
        }
        const claim = parseJson(payload);
        if (claim.critical?.type !== _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_TYPE */ .j_ || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
            found.push(`a valid signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
            continue;
        }
        return { ok: true, signature: manifest.digest };
    }
    return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}
/** Whether the predicate type is SLSA provenance, any version. */
const isSlsa = (t) => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);
/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies and whose statement names the digest
 * counts; without, any form does: that, an in-toto referrer, or buildx's attestation manifest.
 */
async function checkProvenance(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.att');
    const att = await manifestIfAny(client, repo, tag);
    const layers = att ? (att.json.layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
    for (const layer of layers) {
        if (!key)
            return { ok: true, signature: att.digest };
        const bytes = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `attestation ${repo}@${layer.digest}`);
        const env = parseJson(bytes);
        const payload = Buffer.from(env.payload ?? '', 'base64');
        const covered = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .pae */ .Zg)(env.payloadType ?? '', payload);
        if (!(env.signatures ?? []).some((s) => (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, covered, s.sig ?? '')))
            continue;
        const statement = parseJson(payload);
        if (isSlsa(statement.predicateType) && (statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex))
            return { ok: true, signature: att.digest };
    }
    if (key)
        return {
            ok: false,
            reason: layers.length
                ? `${repo}:${tag} holds provenance the public key does not verify for this digest`
                : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}`,
        };
    const referrers = await client.listReferrers(repo, digest);
    const inToto = referrers.find((d) => d.artifactType === 'application/vnd.in-toto+json');
    if (inToto)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(inToto.digest) };
    const root = await client.getManifest(repo, digest);
    const buildx = 'manifests' in root.json && (root.json.manifests ?? []).find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    if (buildx)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(buildx.digest) };
    return { ok: false, reason: `no provenance: no cosign attestation (${tag}), in-toto referrer or buildx attestation manifest` };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return {};
    }
}


/***/ })

};
;