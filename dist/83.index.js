"use strict";
exports.id = 83;
exports.ids = [83];
exports.modules = {

/***/ 33256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(59930);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
// EXTERNAL MODULE: ./lib/util/error-message.js
var error_message = __webpack_require__(36228);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(79860);
// EXTERNAL MODULE: ./lib/deployfiles/allow.js
var allow = __webpack_require__(19399);
// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 22 modules
var scan = __webpack_require__(87190);
;// CONCATENATED MODULE: ./lib/commands/verify/plan.js



function siteFinding(site, kind, level, message) {
    return { kind, level, file: site.file, line: site.line, column: site.column, reference: site.written, message: message + (0,report/* usesText */.Sn)(site) };
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
        const outside = opts.allowedRegistries.length > 0 && !(0,allow/* registryAllowed */.E)(opts.allowedRegistries, site.ref);
        if (outside) {
            findings.push(siteFinding(site, 'registry', 'error', `${site.written} is outside allowed-registries (${opts.allowedRegistries.join(', ')})`));
        }
        if (!site.ref.digest) {
            findings.push(siteFinding(site, 'unpinned', 'error', `${site.written} is not pinned to a digest; run pinship pin or write ${site.written}@sha256:...`));
            continue;
        }
        // Never asked about: a file in a pull request must not make the runner call (and send credentials to) a host of its choosing.
        if (outside)
            continue;
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





/** Registry text, shown as is only when it reads like a platform. */
const shown = (platform) => (/^[A-Za-z0-9._/-]+$/.test(platform) ? platform : JSON.stringify(platform));
/** The platforms an index offers a node to run; attestation entries (unknown/unknown) run nowhere. */
function runnablePlatforms(index) {
    const all = (index.manifests ?? []).map((d) => (d.platform ? (0,mediatypes/* platformString */.Fd)(d.platform) : 'unknown'));
    return [...new Set(all.filter((p) => p !== 'unknown/unknown' && p !== 'unknown'))];
}
/**
 * A digest that is one entry of the tag's index: the tag's own image, as far as drift goes, but only one
 * platform of it when the index offers several (a cluster whose nodes are of another platform cannot run it).
 */
function platformPin(index, indexDigest, check, policy) {
    const { ref } = check;
    const entry = (index.manifests ?? []).find((d) => d.digest === ref.digest.toString());
    const platforms = runnablePlatforms(index);
    const platform = entry?.platform ? (0,mediatypes/* platformString */.Fd)(entry.platform) : 'unknown';
    // buildx lists its provenance and SBOM manifests as unknown/unknown: no node can run one, whatever the index holds.
    const runnable = platforms.includes(platform);
    if (policy.platformPins === 'ignore' || (runnable && platforms.length < 2))
        return [];
    const level = policy.platformPins === 'error' ? 'error' : 'warning';
    const what = runnable ? `only the ${shown(platform)} image` : `an attestation or other non-image entry (${shown(platform)})`;
    const message = `${ref.familiar()} pins ${what} of the ${platforms.length > 1 ? 'multi-platform ' : ''}index ${indexDigest} that tag ${ref.tag} names ` +
        `(${platforms.map(shown).join(', ')}): ${runnable ? 'nodes of other platforms cannot run it' : 'no node can run it'}. Pin the index (pinship pin without 'platform'), ` +
        `or set platform-pins: ignore where one platform is meant`;
    return check.sites.map((s) => siteFinding(s, 'platform-pin', level, message));
}
/**
 * One request in the usual case: with a tag, resolving it both checks the digest exists (they are equal)
 * and that the tag has not moved. Only when they differ does verify ask whether the pinned digest exists,
 * and whether it is one platform of the tag's index (a platform pin, not drift).
 */
async function checkOne(client, check, policy, count) {
    const { ref } = check;
    const digest = ref.digest;
    const at = (kind, level, message) => check.sites.map((s) => siteFinding(s, kind, level, message));
    const exists = async () => {
        count();
        return client.manifestExists(ref.repository, digest);
    };
    try {
        if (ref.tag === undefined || (policy.drift === 'ignore' && policy.platformPins === 'ignore')) {
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
                return platformPin(index, head.digest.toString(), check, policy);
        }
        if (policy.drift === 'ignore')
            return [];
        const level = policy.drift === 'error' ? 'error' : 'warning';
        const now = head ? `now points to ${head.digest}` : 'no longer exists';
        return at('drift', level, `tag ${ref.tag} of ${ref.repository.familiar()} ${now}, not the pinned ${digest}`);
    }
    catch (e) {
        return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${(0,error_message/* errorMessage */.g)(e)}`);
    }
}
/** `failed`: the checks whose digest is missing or could not be asked about; nothing more is asked of them. */
async function runChecks(client, checks, policy, concurrency = 8) {
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)(checks, concurrency, (c) => checkOne(client, c, policy, () => requests++));
    const failed = new Set(checks.filter((_, i) => results[i].some((f) => f.kind === 'missing' || f.kind === 'unreachable')));
    return { findings: results.flat(), requests, failed };
}

// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(26815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
;// CONCATENATED MODULE: ./lib/commands/verify/settings.js




const DRIFT = ['error', 'warn', 'ignore'];
const PLATFORM_PINS = ['error', 'warn', 'ignore'];
const TEMPLATE_POLICIES = ['notice', 'error'];
async function readVerifySettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const allowedRegistries = (0,inputs/* linesInput */.WO)(rt, 'allowed-registries');
    for (const p of allowedRegistries) {
        if (!/^(?:[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?(?:\/[a-z0-9._/-]+)?$/.test(p)) {
            throw new inputs/* InputError */.dz('allowed-registries', p, 'Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.');
        }
    }
    const registryCheck = (0,inputs/* boolInput */.Hm)(rt, 'registry-check', true);
    const signatures = (0,signing/* readSignatureCheck */.HA)(rt, 'verify');
    if (!registryCheck && (signatures.requireSignature || signatures.requireProvenance)) {
        throw new inputs/* InputError */.dz('registry-check', 'false', 'Signatures and provenance are read from the registry: set registry-check: true, or drop require-signature and require-provenance.');
    }
    return {
        ...files,
        allowedRegistries,
        registryCheck,
        templates: (0,inputs/* choiceInput */.ij)(rt, 'templates', TEMPLATE_POLICIES, 'notice'),
        drift: (0,inputs/* choiceInput */.ij)(rt, 'drift', DRIFT, 'error'),
        platformPins: (0,inputs/* choiceInput */.ij)(rt, 'platform-pins', PLATFORM_PINS, 'warn'),
        signatures,
        // username/password apply to the first allowed registry.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, allowedRegistries[0]?.split('/')[0]),
    };
}

// EXTERNAL MODULE: ./lib/signing/verify.js + 1 modules
var verify = __webpack_require__(57010);
;// CONCATENATED MODULE: ./lib/commands/verify/signatures.js




/** The inputs naming the accepted signer, as a finding quotes them. */
const signerInputs = (want) => [want.publicKey ? 'public-key' : '', want.identity ? 'certificate-identity' : ''].filter(Boolean).join(' or ');
/**
 * Every pinned digest must carry a cosign signature that `public-key` verifies or whose certificate
 * names the signer identity given (and, with
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
            if (want.publicKey || want.identity) {
                const verdict = await (0,verify/* checkSignature */.jC)(client, repository, digest, { key: want.publicKey, identity: want.identity });
                if (!verdict.ok)
                    out.push(...at('unsigned', `${name} is not signed by ${signerInputs(want)}: ${verdict.reason}`));
            }
            if (want.requireProvenance) {
                requests++;
                const signer = want.publicKey || want.identity ? { key: want.publicKey, identity: want.identity } : undefined;
                const verdict = await (0,verify/* checkProvenance */.ch)(client, repository, digest, signer);
                if (!verdict.ok)
                    out.push(...at('no-provenance', `${name} has no ${signer ? 'signed ' : ''}provenance: ${verdict.reason}`, 'error'));
            }
            return out;
        }
        catch (e) {
            return at('unreachable', `cannot check the signature of ${name}: ${(0,error_message/* errorMessage */.g)(e)}`);
        }
    });
    return { findings: results.flat(), requests };
}

;// CONCATENATED MODULE: ./lib/commands/verify/command.js






function summary(findings, references, templated, checked) {
    const rows = findings.map((f) => `| ${f.level} | \`${(0,report/* cell */.Hn)(f.file)}:${f.line}:${f.column}\` | ${f.reference ? `\`${(0,report/* cell */.Hn)(f.reference)}\`` : ''} | ${(0,report/* cell */.Hn)(f.message)} |`);
    return [
        '### pinship verify',
        '',
        findings.length ? `${findings.length} findings in ${references} references` : `${references} references, all pinned${checked ? ' and present' : ''}`,
        '',
        ...(templated ? [`${templated} image values are templates (see the notices) and were not verified`, ''] : []),
        ...(rows.length ? ['| level | where | reference | finding |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ].join('\n');
}
/** With `templates: error`, each templated image position is a finding; how many were added. */
function templateFindings(scans, findings) {
    const templated = scans.flatMap((scan) => scan.templated);
    for (const t of templated)
        findings.push({
            kind: 'templated',
            level: 'error',
            file: t.file,
            line: t.line,
            column: t.column,
            reference: '',
            message: `${t.message} (templates: error)`,
        });
    return templated.length;
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
    if (plan.checks.length && s.registryCheck) {
        const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
        try {
            const checked = await runChecks(client, plan.checks, { drift: s.drift, platformPins: s.platformPins });
            findings.push(...checked.findings);
            requests = checked.requests;
            if (s.signatures.publicKey || s.signatures.identity || s.signatures.requireProvenance) {
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
    if (s.templates === 'error')
        templateFindings(plan.scans, findings);
    findings.sort(order);
    for (const f of findings)
        rt.annotate(f.level, f.message, { file: f.file, startLine: f.line, startColumn: f.column });
    const templated = s.templates === 'error' ? 0 : (0,report/* annotateTemplated */.DP)(rt, plan.scans);
    const errors = findings.filter((f) => f.level === 'error').length;
    return {
        outputs: { metadata: JSON.stringify({ references: plan.references, requests, findings, durations }) },
        summary: summary(findings, plan.references, templated, s.registryCheck),
        ...(errors ? { failure: `verify: ${errors} finding(s) in the deployment files (input 'files'; see the annotations)` } : {}),
    };
}


/***/ }),

/***/ 19399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ registryAllowed),
/* harmony export */   e: () => (/* binding */ allowList)
/* harmony export */ });
function allowList(patterns) {
    const res = patterns.map((p) => new RegExp(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`));
    if (!res.length)
        return () => false;
    return (ref, written) => {
        // Any spelling the user might have in mind: as written, canonical, familiar, with or without the tag.
        const names = [written, ref.toString(), ref.familiar(), ref.repository.toString(), ref.repository.familiar()];
        return res.some((re) => names.some((n) => re.test(n)));
    };
}
/**
 * `allowed-registries`: a registry host (`ghcr.io`, `127.0.0.1:5000`) or a repository prefix
 * (`ghcr.io/acme`); `docker.io` covers Docker Hub short names.
 */
function registryAllowed(prefixes, ref) {
    const repo = ref.repository.toString().toLowerCase();
    return prefixes.some((p) => {
        const prefix = p
            .toLowerCase()
            .replace(/\/+$/, '')
            .replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
        return repo === prefix || repo.startsWith(`${prefix}/`);
    });
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