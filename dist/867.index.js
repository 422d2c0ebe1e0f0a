"use strict";
exports.id = 867;
exports.ids = [867];
exports.modules = {

/***/ 66903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeMerge: () => (/* binding */ executeMerge)
});

// EXTERNAL MODULE: ./lib/settings/registry-client.js + 8 modules
var registry_client = __webpack_require__(6211);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/publish/index.js + 1 modules
var publish = __webpack_require__(19794);
// EXTERNAL MODULE: ./lib/metadata/compute.js + 1 modules
var compute = __webpack_require__(59140);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
;// CONCATENATED MODULE: ./lib/commands/merge/children.js



const ATTESTATION = 'attestation-manifest';
const platformKey = (p) => (0,mediatypes/* platformString */.Fd)(p) + (p['os.version'] ? `:${p['os.version']}` : '');
async function fetchChild(client, repo, digest, what) {
    try {
        return await client.getManifest(repo, registry_digest/* Digest */.np.parse(digest));
    }
    catch (e) {
        if ((0,errors/* isNotFound */.c4)(e))
            throw new Error(`${what} ${digest} does not exist in ${repo}; nothing was written`, { cause: e });
        throw e;
    }
}
/** The platform an image's config names: never the descriptor's or the digest file's word for it. */
async function configPlatformOf(client, repo, m) {
    const config = m.json.config;
    if (!config)
        throw new Error(`${repo}@${m.digest} is not an image manifest (no config); merge joins images`);
    const c = await client.getJsonBlob(repo, config);
    if (!c.os || !c.architecture)
        throw new Error(`${repo}@${m.digest}: its config names no os/architecture, so it has no platform to merge under`);
    const platform = {
        os: c.os,
        architecture: c.architecture,
        ...(c.variant ? { variant: c.variant } : {}),
        ...(c['os.version'] ? { 'os.version': c['os.version'] } : {}),
    };
    return { platform, labels: c.config?.Labels ?? {}, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}
async function imageChild(client, repo, m) {
    const { platform, created, labels } = await configPlatformOf(client, repo, m);
    return { manifest: m, descriptor: entry(m, platform), platform, created, labels };
}
const entry = (m, platform) => ({
    mediaType: m.mediaType,
    digest: m.digest.toString(),
    size: m.bytes.length,
    ...(platform ? { platform } : {}),
});
/**
 * Every child of the index to be: an image contributes itself; an index (buildx with attestations,
 * or an already multi-platform build) contributes its platform manifests and their attestation
 * manifests, as `docker buildx imagetools create` does.
 */
async function readChildren(client, repo, digests) {
    const out = [];
    for (const digest of digests) {
        const m = await fetchChild(client, repo, digest.toString(), 'input digest');
        if (!(0,mediatypes/* isIndexType */.$U)(m.mediaType) && !('manifests' in m.json)) {
            out.push(await imageChild(client, repo, m));
            continue;
        }
        for (const d of m.json.manifests) {
            const child = await fetchChild(client, repo, d.digest, `${repo}@${m.digest} names child`);
            if (d.annotations?.['vnd.docker.reference.type'] === ATTESTATION) {
                out.push({
                    manifest: child,
                    descriptor: { ...entry(child), platform: d.platform ?? { os: 'unknown', architecture: 'unknown' }, annotations: d.annotations },
                });
                continue;
            }
            out.push(await imageChild(client, repo, child));
        }
    }
    return dedupe(out);
}
/** The same manifest named twice is one child; two manifests for one platform are a mistake. */
function dedupe(children) {
    const byDigest = new Map();
    for (const c of children)
        byDigest.set(c.manifest.digest.toString(), c);
    const byPlatform = new Map();
    for (const c of byDigest.values()) {
        if (!c.platform)
            continue;
        const key = platformKey(c.platform);
        const other = byPlatform.get(key);
        if (other)
            throw new Error(`two children for platform ${key}: ${other.manifest.digest} and ${c.manifest.digest}; nothing was written`);
        byPlatform.set(key, c);
    }
    if (!byPlatform.size)
        throw new Error('no platform image among the inputs: nothing to merge, nothing was written');
    return [...byDigest.values()];
}
/** Sorted by platform, then digest: the same children give the same index in any input order. */
function sortChildren(children) {
    const key = (c) => (c.descriptor.platform ? platformKey(c.descriptor.platform) : '');
    return [...children].sort((a, b) => key(a).localeCompare(key(b)) || a.manifest.digest.toString().localeCompare(b.manifest.digest.toString()));
}
/** A Docker manifest list only when every child is a Docker manifest, as buildx chooses. */
function indexMediaType(children) {
    return children.every((c) => c.manifest.mediaType === mediatypes/* MediaType */.zu.DockerManifest) ? mediatypes/* MediaType */.zu.DockerManifestList : mediatypes/* MediaType */.zu.OciIndex;
}

// EXTERNAL MODULE: ./lib/image/annotations.js
var image_annotations = __webpack_require__(5531);
;// CONCATENATED MODULE: ./lib/commands/merge/index.js




/** Levels merge can honour: it writes the index and its entries, never the children themselves. */
function checkMergeAnnotations(annotations) {
    for (const a of annotations) {
        const bad = a.levels.find((l) => l === 'manifest' || l === 'index-descriptor');
        if (bad)
            throw new Error(`Invalid input 'annotations': '${bad}:${a.key}' cannot be set by merge, which writes only the index; set manifest annotations on each platform's build, and index or manifest-descriptor ones here`);
    }
}
/**
 * The index over sorted children: the OCI label values and `index:` annotations on it,
 * `manifest-descriptor:` ones on its platform entries. A Docker manifest list carries them the
 * same way, as build's Docker manifests do: registries keep the bytes, and readers look there.
 */
function buildIndex(children, annotations, labels) {
    const mediaType = indexMediaType(children);
    const manifests = children.map((c) => {
        const extra = c.platform ? (0,image_annotations/* annotationsAt */.wv)(annotations, 'manifest-descriptor', (0,mediatypes/* platformString */.Fd)(c.platform)) : undefined;
        return extra ? { ...c.descriptor, annotations: { ...c.descriptor.annotations, ...extra } } : c.descriptor;
    });
    const indexAnnotations = (0,image_annotations/* annotationsAt */.wv)(annotations, 'index', undefined, { ...(0,image_annotations/* ociLabelAnnotations */.I_)(labels), ...createdOf(children) });
    const json = { schemaVersion: 2, mediaType, manifests, ...(indexAnnotations ? { annotations: indexAnnotations } : {}) };
    const bytes = Buffer.from(JSON.stringify(json));
    return { digest: (0,registry_digest/* digestOf */.ol)(bytes), mediaType, bytes, blobs: [], json };
}
/**
 * The index is as old as its newest child, not the merge run: the same children then give the
 * same index, however often and in whatever order they are merged.
 */
function createdOf(children) {
    const times = children.map((c) => c.created).filter((t) => !!t && !Number.isNaN(Date.parse(t)));
    if (!times.length)
        return {};
    const newest = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    return { 'org.opencontainers.image.created': new Date(Date.parse(newest)).toISOString() };
}
/** Children come from the source repository, which holds them and their blobs; the index is new. */
function mergePlan(source, children, index) {
    const manifests = children.map(({ manifest }) => {
        const json = manifest.json;
        const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({
            descriptor,
            origin: { kind: 'remote', repository: source },
        }));
        return { digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes, blobs };
    });
    return {
        root: index,
        manifests: [...manifests, index],
        holders: [{ repository: source, manifests: new Set(manifests.map((m) => m.digest.toString())) }],
        extraTags: [],
    };
}

// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
// EXTERNAL MODULE: ./lib/publish/signed-plan.js
var signed_plan = __webpack_require__(54107);
;// CONCATENATED MODULE: ./lib/commands/merge/execute.js









/**
 * `command: merge`: per-platform images (pushed by digest from a build matrix) joined into one
 * index, pushed to every repository of `images` and tagged as `build` would tag it. Every child is
 * read from the registry and every input checked before anything is written.
 */
/** The merge once its inputs have been read (./command.ts). */
async function executeMerge(s, rt) {
    const signingKey = (0,signing/* readSigner */.$2)(rt);
    checkMergeAnnotations(s.annotations);
    const meta = await (0,compute/* computeMeta */.t)(s, rt);
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        const children = sortChildren(await readChildren(client, s.source, s.digests));
        const index = buildIndex(children, s.annotations, meta.labels);
        rt.info(`merging ${children.length} manifests from ${s.source} into ${index.digest} (${index.mediaType})`);
        if (!meta.tags.length)
            rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
        const { plan, signatures } = await (0,signed_plan/* signedPlan */.s)(mergePlan(s.source, children, index), signingKey, s.images, (m) => rt.info(m));
        const stats = await (0,publish/* publish */.mk)(client, plan, s.images, { tags: meta.tags, log: (m) => rt.info(m) });
        return mergeOutputs(s, meta, index.digest.toString(), children, stats, signatures);
    }
    finally {
        client.close();
    }
}
function mergeOutputs(s, meta, digest, children, stats, attached) {
    const images = s.images.map((r) => `${r}@${digest}`);
    const tags = s.images.flatMap((r) => meta.tags.map((t) => `${r}:${t}`));
    const platforms = {};
    for (const c of children)
        if (c.platform)
            platforms[(0,mediatypes/* platformString */.Fd)(c.platform)] = c.manifest.digest.toString();
    const labels = (0,report_image/* commonLabels */.xJ)(children.filter((c) => c.platform).map((c) => c.labels ?? {}));
    // An index has no config: its own digest is its image ID, as promote reports for an index.
    const facts = { repositories: s.images.map(String), digest, tags, version: meta.version, imageid: digest, platformDigests: platforms, labels };
    const metadata = {
        ...facts,
        images,
        source: s.source.toString(),
        children: children.map((c) => c.descriptor),
        attached,
        push: stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })),
    };
    return {
        outputs: { ...(0,report_image/* imageOutputs */.am)(facts, metadata), changed: (0,publish/* changedOutput */.uf)(stats) },
        summary: (0,report_image/* imageSummary */.IW)('pinship merge', facts, [`${children.length} manifests from \`${s.source}\``]),
    };
}


/***/ }),

/***/ 59140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ computeMeta)
});

// EXTERNAL MODULE: ./lib/git/context.js + 1 modules
var context = __webpack_require__(27300);
// EXTERNAL MODULE: ./lib/tags/index.js + 6 modules
var tags = __webpack_require__(48437);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
;// CONCATENATED MODULE: ./lib/git/commit-time.js

/**
 * The committer time of the commit built, in whole seconds: git's own record in the checkout holding
 * `dir` (exact, and the same on every run of that commit), else the event payload's timestamp of that
 * commit (a push's), for a build whose checkout lacks the commit's history.
 */
async function committerTime(dir, ctx) {
    const sha = ctx.sha || 'HEAD';
    try {
        const { stdout } = await (0,exec/* execTool */.wc)('git', ['-C', dir, 'log', '-1', '--format=%ct', sha, '--']);
        const seconds = Number(stdout.trim());
        if (/^\d+$/.test(stdout.trim()) && Number.isSafeInteger(seconds))
            return seconds;
    }
    catch {
        // Not a checkout holding the commit: the payload may still name its time.
    }
    if (ctx.commitDate)
        return Math.floor(ctx.commitDate.getTime() / 1000);
    throw new Error(`Input 'source-date-epoch': 'commit' needs the time of commit ${sha}, which neither the checkout at ${dir} nor the event payload holds; check out the commit (actions/checkout) or give a Unix time`);
}

;// CONCATENATED MODULE: ./lib/metadata/compute.js



/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
async function computeMeta(s, rt) {
    const ctx = await (0,context/* loadGitContext */.I)(rt.env, s.context);
    const now = new Date();
    const epoch = s.sourceDateEpoch === 'commit' ? await committerTime(s.context ?? '.', ctx) : s.sourceDateEpoch?.seconds;
    // Tags keep the real time (a nightly's date tag is today's); what the image records comes from the epoch.
    const created = epoch === undefined ? now : new Date(epoch * 1000);
    const shortShaLength = shortShaLengthFrom(rt.env.DOCKER_METADATA_SHORT_SHA_LENGTH);
    const result = (0,tags/* computeTags */.$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now, shortShaLength });
    const warnings = new Set(result.warnings);
    const opts = { prSha: s.prSha, shortShaLength, warn: (m) => void warnings.add(m) };
    const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
    const labels = withoutUnknown((0,tags/* computeLabels */.zt)(ctx, result.version, s.labels, created, opts), s.labels, !ctx.repository);
    const annotations = withoutUnknown((0,tags/* computeLabels */.zt)(ctx, result.version, customAnnotations, created, opts), customAnnotations, !ctx.repository);
    for (const w of warnings)
        rt.warning(w);
    return { tags: result.tags, version: result.version, labels, annotations, ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }) };
}
/** metadata-action's variable for the length of `type=sha` and {{sha}}; a workflow moving over keeps it. */
function shortShaLengthFrom(value) {
    if (!value)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
        throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is '${value}'. Expected a whole number of characters from 1 to 64, e.g. 12`);
    }
    return n;
}
/** A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one. */
function withoutUnknown(values, given, unknownRepository) {
    if (!unknownRepository)
        return values;
    for (const k of ['title', 'url', 'source', 'revision']) {
        const key = `org.opencontainers.image.${k}`;
        if (!(key in given) && (k !== 'revision' || !values[key]))
            delete values[key];
    }
    return values;
}


/***/ }),

/***/ 50228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   qB: () => (/* binding */ TooLargeError)
/* harmony export */ });
class RegistryError extends Error {
    method;
    url;
    status;
    details;
    constructor(method, 
    /** Query strings are dropped: upload URLs and token realms may carry state or secrets. */
    url, status, details, what) {
        const codes = details.map((d) => (d.message ? `${d.code}: ${d.message}` : d.code)).join('; ');
        super(`${what ? what + ': ' : ''}${method} ${url} returned HTTP ${status}${codes ? ` (${codes})` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.details = details;
        this.name = 'RegistryError';
    }
    hasCode(code) {
        return this.details.some((d) => d.code === code);
    }
    /** What the status means to a caller deciding what to do next. */
    get kind() {
        if (this.status === 404)
            return 'not-found';
        if (this.status === 401)
            return 'unauthorized';
        if (this.status === 403)
            return 'denied';
        return 'other';
    }
}
/** The registry has no such manifest, blob, tag list or repository. */
function isNotFound(e) {
    return e instanceof RegistryError && e.kind === 'not-found';
}
function redactUrl(u) {
    const url = new URL(u.toString());
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
}
/** Parses the distribution spec's error body; anything else becomes an empty list. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed && typeof parsed === 'object' && Array.isArray(parsed.errors)) {
            return parsed.errors.flatMap((e) => {
                if (!e || typeof e !== 'object')
                    return [];
                const { code, message } = e;
                return [{ code: typeof code === 'string' || typeof code === 'number' ? String(code) : 'UNKNOWN', message: typeof message === 'string' ? message : '' }];
            });
        }
    }
    catch {
        // Not JSON: proxies and CDNs answer HTML; the status alone must do.
    }
    return [];
}
/** A request pinship would not send or follow; never retried, since asking again gets the same answer. */
class RefusedError extends Error {
    refusal;
    constructor(refusal, message) {
        super(message);
        this.refusal = refusal;
        this.name = 'RefusedError';
    }
}
/** A body larger than pinship reads for its kind: a registry cannot make it buffer without bound. */
class TooLargeError extends Error {
    what;
    limit;
    found;
    unit;
    constructor(
    /** What was being read, e.g. `manifest 127.0.0.1:5000/a:1`. */
    what, limit, 
    /** What was found, e.g. `the registry announced Content-Length 9000000`. */
    found, unit = 'bytes') {
        super(`${what} is too large: ${found}, over pinship's limit of ${unit === 'bytes' ? formatBytes(limit) : `${limit} ${unit}`}`);
        this.what = what;
        this.limit = limit;
        this.found = found;
        this.unit = unit;
        this.name = 'TooLargeError';
    }
}
function formatBytes(n) {
    return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}


/***/ }),

/***/ 69127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Ru: () => (/* binding */ BodyError),
/* harmony export */   mS: () => (/* binding */ AgentPool),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export IDLE_TIMEOUT_MS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50228);






/** The body stream itself failed (e.g. a digest mismatch while copying): never retried. */
class BodyError extends Error {
    cause;
    constructor(cause) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.name = 'BodyError';
    }
}
/**
 * One keep-alive agent per origin: blob uploads and manifest reads reuse connections (and, over TLS,
 * sessions), up to 32 at once, the `concurrency` input's maximum. node:http rather than undici: the
 * README's benchmark section has the comparison (`bench/http-client.mjs`); re-run it before changing this.
 */
class AgentPool {
    tlsSettings;
    agents = new Map();
    constructor(tlsSettings) {
        this.tlsSettings = tlsSettings;
    }
    agentFor(url) {
        const key = url.origin;
        let agent = this.agents.get(key);
        if (!agent) {
            agent = url.protocol === 'http:' ? new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 32 }) : this.httpsAgent(url.host);
            this.agents.set(key, agent);
        }
        return agent;
    }
    /**
     * One secure context per host, built once: handing `ca` to the agent instead makes Node parse the
     * whole trust store again for every connection (a quarter of the CPU of a large copy, measured).
     */
    httpsAgent(host) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.tlsSettings.certsDir, host);
        const opts = { keepAlive: true, maxSockets: 32 };
        if (this.tlsSettings.skipVerify(host))
            opts.rejectUnauthorized = false;
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(dir))
            return new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(opts);
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readdirSync)(dir);
        const context = {};
        const cas = files.filter((f) => f.endsWith('.crt')).map((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, f), 'utf8'));
        if (cas.length) {
            // An explicit CA list replaces Node's trust store, so the system roots and NODE_EXTRA_CA_CERTS come along.
            const extra = process.env.NODE_EXTRA_CA_CERTS;
            context.ca = [...node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates, ...(extra && (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(extra) ? [(0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)(extra, 'utf8')] : []), ...cas];
        }
        const cert = files.find((f) => f.endsWith('.cert'));
        const key = files.find((f) => f.endsWith('.key'));
        if (cert && key) {
            context.cert = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, cert));
            context.key = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, key));
        }
        if (context.ca || context.cert)
            opts.secureContext = node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext(context);
        return new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(opts);
    }
    destroy() {
        for (const a of this.agents.values())
            a.destroy();
        this.agents.clear();
    }
}
/**
 * Idle time after which a silent connection counts as dead and the request is retried (input
 * `idle-timeout`): a registry that accepts and never answers, or stalls mid-blob, costs this per attempt.
 */
const IDLE_TIMEOUT_MS = 30_000;
/** Sends one HTTP request and resolves with the response head; the caller consumes the body. */
async function send(url, method, headers, body, agent, idleMs = IDLE_TIMEOUT_MS) {
    const stream = typeof body === 'function' ? await body() : undefined;
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
    const lib = url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_0__ : node_https__WEBPACK_IMPORTED_MODULE_1__;
    return new Promise((resolve, reject) => {
        const req = lib.request(url, { method, headers, agent });
        const idle = `${url.host} sent nothing for ${idleMs / 1000} s (input 'idle-timeout')`;
        req.setTimeout(idleMs, () => req.destroy(Object.assign(new Error(idle), { code: 'ETIMEDOUT' })));
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            stream?.destroy();
            reject(e);
        };
        req.on('error', fail);
        req.on('response', (res) => {
            settled = true;
            // A registry may answer before reading the whole body (401, 400); stop sending the rest.
            if (stream && !stream.readableEnded && (res.statusCode ?? 0) >= 300) {
                stream.unpipe(req);
                stream.destroy();
            }
            resolve(res);
        });
        if (stream) {
            stream.on('error', (e) => {
                req.destroy();
                fail(new BodyError(e));
            });
            stream.pipe(req);
        }
        else {
            req.end(bytes);
        }
    });
}
/**
 * Reads a response body whole, for manifests, tag lists and error documents. A Content-Length over
 * the limit is refused before reading; a body that runs past it is cut off as soon as it does.
 */
async function readBody(res, limit, what) {
    const announced = Number(res.headers['content-length']);
    if (Number.isFinite(announced) && announced > limit) {
        res.destroy();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TooLargeError */ .qB(what, limit, `the registry announced Content-Length ${announced}`);
    }
    return readBounded(res, limit, what);
}
/** Reads a stream whole, failing (and destroying it) once it exceeds `limit` bytes; `sender` names who sent it. */
async function readBounded(stream, limit, what, sender = 'the registry') {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TooLargeError */ .qB(what, limit, `${sender} sent more than ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 20927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ TAG_LIST_MAX_PAGES),
/* harmony export */   V4: () => (/* binding */ MANIFEST_MAX_BYTES),
/* harmony export */   a7: () => (/* binding */ TAG_PAGE_MAX_BYTES),
/* harmony export */   eH: () => (/* binding */ JSON_BLOB_MAX_BYTES),
/* harmony export */   iq: () => (/* binding */ SMALL_BODY_MAX_BYTES),
/* harmony export */   jE: () => (/* binding */ TAG_LIST_MAX_TAGS)
/* harmony export */ });
/**
 * How much pinship reads into memory from a registry for each kind of document. Layers are streamed
 * and verified, never buffered; everything here is held whole, so a hostile registry must not pick the size.
 */
/** distribution's own limit for a manifest PUT (4 MiB); containers/image (podman, skopeo) reads no more either. */
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
/** Image configs and other JSON blobs read whole: containers/image stops at 4 MiB; twice that leaves room for long histories. */
const JSON_BLOB_MAX_BYTES = 8 * 1024 * 1024;
/** One page of a tag list (a registry that does not paginate sends every tag in one page). */
const TAG_PAGE_MAX_BYTES = 16 * 1024 * 1024;
/** All pages of a tag list together. */
const TAG_LIST_MAX_TAGS = 100_000;
const TAG_LIST_MAX_PAGES = 10_000;
/** Error documents and token responses: only ever a few hundred bytes. */
const SMALL_BODY_MAX_BYTES = 1024 * 1024;


/***/ }),

/***/ 48543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* reexport safe */ _exec_error_js__WEBPACK_IMPORTED_MODULE_3__.c),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export childEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var _abort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82830);
/* harmony import */ var _exec_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33588);






function redact(s, secrets) {
    let out = s;
    for (const secret of secrets ?? [])
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
/**
 * A child's environment: everything but the INPUT_* variables. Those are pinship's inputs, and
 * credentials are among them (password, registry-auth, github-token, signing-key): no tool needs
 * them, and a builder's plugins and credential helpers would see them.
 */
function childEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !/^INPUT_/i.test(k)));
}
/**
 * The one place a child process starts; whatever must reach every child (a signal to stop it) goes here.
 *
 * Why node:child_process and not @actions/exec (tried): its exec() writes the input to the
 * child's stdin with no 'error' listener, so a tool that exits before reading (a failing probe, a
 * helper that dies early) crashes pinship with an uncaught `write EPIPE`: 14 of 40 runs of
 * `sh -c 'exit 1'` with an input here, and __tests__/util/exec.test.ts fails on it. Leaving stdin
 * unwritten instead keeps the pipe open, so a tool that reads stdin waits forever. It also hands back
 * no ChildProcess, which stopping a child on cancellation needs. It is not loaded for this reason.
 */
function startChild(cmd, args, opts) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(cmd, args, {
        cwd: opts.cwd,
        env: childEnv(opts.env ?? process.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        // A cancelled or timed-out run stops the tool (a builder's client; buildkit then cancels the build).
        signal: (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(),
        killSignal: 'SIGTERM',
    });
    child.stdin.on('error', () => {
        // A tool that exits without reading stdin closes the pipe; its exit code tells the story.
    });
    child.stdin.end(opts.input ?? '');
    return child;
}
/**
 * The one place pinship runs another program. Success is the exit code alone: builders print
 * progress on stderr, so stderr is never read as failure, and a non-zero exit always fails.
 */
function execTool(cmd, args, opts = {}) {
    const shown = redact([cmd, ...args].join(' '), opts.secrets);
    if (opts.stream)
        process.stderr.write(`[command]${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .kc)(shown)}\n`);
    return new Promise((resolve, reject) => {
        const child = startChild(cmd, args, opts);
        const out = [];
        const err = [];
        // One guard per stream: a line is only known whole within its own stream. A build's log carries
        // what base images and registries said, and the runner would take it for workflow commands.
        const echo = (text) => void process.stderr.write(text);
        const guards = opts.stream === 'stderr' ? [undefined, (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo)] : opts.stream ? [(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo), (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo)] : [];
        const collect = (into, i) => (d) => {
            into.push(d);
            guards[i]?.push(d);
        };
        child.stdout.on('data', collect(out, 0));
        child.stderr.on('data', collect(err, 1));
        child.on('error', (e) => {
            // spawn says ENOENT for a missing working directory too.
            const missing = opts.cwd && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.cwd) ? `working directory ${opts.cwd} does not exist` : `${cmd}: not found on PATH`;
            const why = e.code === 'ENOENT' ? missing : e.message;
            reject((0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .stopReason */ .PJ)() ?? new _exec_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .c(shown, null, redact(why, opts.secrets)));
        });
        child.on('close', (code) => {
            for (const g of guards)
                g?.end();
            const stopped = (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .stopReason */ .PJ)();
            if (stopped)
                return reject(stopped);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
            if (code === 0)
                resolve({ stdout, stderr });
            else
                reject(new _exec_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .c(shown, code, stderr, redact(stdout, opts.secrets)));
        });
    });
}
/** True when the command runs and exits 0; for capability probes like `docker buildx version`. */
async function probe(cmd, args, env) {
    try {
        await execTool(cmd, args, env ? { env } : {});
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
;