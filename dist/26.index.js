"use strict";
exports.id = 26;
exports.ids = [26];
exports.modules = {

/***/ 96097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ StaticCredentials),
/* harmony export */   SU: () => (/* binding */ ChainCredentials),
/* harmony export */   _5: () => (/* binding */ anonymous),
/* harmony export */   eu: () => (/* binding */ normalizeAuthHost),
/* harmony export */   zw: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48543);




/** `index.docker.io`, `registry-1.docker.io` and `https://index.docker.io/v1/` all mean Docker Hub. */
function normalizeAuthHost(key) {
    let host = key.trim().replace(/^[a-z]+:\/\//i, '');
    host = host.split('/')[0] ?? host;
    host = host.toLowerCase();
    if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com') {
        return 'docker.io';
    }
    return host;
}
/** Credentials given explicitly (inputs), the first match wins. */
class StaticCredentials {
    byHost = new Map();
    constructor(entries) {
        for (const e of entries) {
            const host = normalizeAuthHost(e.registry);
            if (!this.byHost.has(host))
                this.byHost.set(host, e.credential);
        }
    }
    async lookup(host) {
        return this.byHost.get(normalizeAuthHost(host));
    }
}
/** `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, including credential helpers. */
class DockerConfigCredentials {
    dir;
    config;
    constructor(dir = process.env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker')) {
        this.dir = dir;
    }
    load() {
        this.config ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'config.json'), 'utf8').then((text) => JSON.parse(text), () => undefined);
        return this.config;
    }
    async lookup(host) {
        const config = await this.load();
        if (!config)
            return undefined;
        const wanted = normalizeAuthHost(host);
        const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => normalizeAuthHost(k) === wanted);
        const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
        if (helper) {
            const fromHelper = await credentialFromHelper(helper, helperKey ?? serverUrlFor(wanted));
            if (fromHelper)
                return fromHelper;
        }
        const entryKey = Object.keys(config.auths ?? {}).find((k) => normalizeAuthHost(k) === wanted);
        const entry = entryKey ? config.auths?.[entryKey] : undefined;
        if (!entry)
            return undefined;
        if (entry.identitytoken)
            return { username: entry.username ?? '', password: '', identityToken: entry.identitytoken };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i > 0)
                return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password };
        return undefined;
    }
}
/** Docker Hub's helper key is the old v1 index URL, by convention of `docker login`. */
function serverUrlFor(host) {
    return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}
async function credentialFromHelper(helper, serverUrl) {
    try {
        const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execTool */ .wc)(`docker-credential-${helper}`, ['get'], { input: serverUrl });
        const parsed = JSON.parse(stdout);
        if (!parsed.Secret)
            return undefined;
        // `<token>` is how helpers mark an identity token rather than a password.
        if (parsed.Username === '<token>')
            return { username: '', password: '', identityToken: parsed.Secret };
        return { username: parsed.Username ?? '', password: parsed.Secret };
    }
    catch {
        // A helper that has nothing for this host exits non-zero ("credentials not found"): anonymous.
        return undefined;
    }
}
/** Tries each source in order; explicit inputs come before the docker config. */
class ChainCredentials {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    async lookup(host) {
        for (const s of this.sources) {
            const c = await s.lookup(host);
            if (c)
                return c;
        }
        return undefined;
    }
}
const anonymous = { lookup: async () => undefined };


/***/ }),

/***/ 82895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ ContentVerificationError),
/* harmony export */   kj: () => (/* binding */ verifyingTransform),
/* harmony export */   np: () => (/* reexport safe */ _digest_value_js__WEBPACK_IMPORTED_MODULE_2__.n),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export createDigester */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var _digest_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27099);




function createDigester(algorithm = 'sha256') {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    let size = 0;
    let result;
    return {
        algorithm,
        get size() {
            return size;
        },
        update(chunk) {
            if (result)
                throw new Error(`cannot update a ${algorithm} digester after digest() was called`);
            size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
            hash.update(chunk);
            return this;
        },
        digest() {
            result ??= new _digest_value_js__WEBPACK_IMPORTED_MODULE_2__/* .Digest */ .n(algorithm, hash.digest('hex'));
            return result;
        },
    };
}
function digestOf(data, algorithm = 'sha256') {
    return createDigester(algorithm).update(data).digest();
}
/** Content that did not match its descriptor; callers may retry the download, never trust it. */
class ContentVerificationError extends Error {
    kind;
    expected;
    actual;
    constructor(kind, expected, actual) {
        super(`${kind} mismatch: expected ${expected}, got ${actual}`);
        this.kind = kind;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ContentVerificationError';
    }
}
/**
 * Passes bytes through unchanged while hashing them; fails the stream at the end if the
 * content is not what `expected` names. Consumers must treat data as untrusted until the
 * stream finishes without error.
 */
function verifyingTransform(expected, expectedSize) {
    const digester = createDigester(expected.algorithm);
    const bytes = (n) => `${n} byte${n === 1 ? '' : 's'}`;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            digester.update(chunk);
            // Stop an oversized (or endless) body as soon as it overshoots rather than at the end.
            if (expectedSize !== undefined && digester.size > expectedSize) {
                callback(new ContentVerificationError('size', bytes(expectedSize), `at least ${bytes(digester.size)}`));
                return;
            }
            callback(null, chunk);
        },
        flush(callback) {
            if (expectedSize !== undefined && digester.size !== expectedSize) {
                callback(new ContentVerificationError('size', bytes(expectedSize), bytes(digester.size)));
                return;
            }
            const actual = digester.digest();
            if (!actual.equals(expected)) {
                callback(new ContentVerificationError('digest', expected.toString(), actual.toString()));
                return;
            }
            callback();
        },
    });
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

/***/ 7757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ resolveManifest),
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   c2: () => (/* binding */ getManifest),
/* harmony export */   rW: () => (/* binding */ deleteManifest),
/* harmony export */   uK: () => (/* binding */ manifestExists)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82895);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50228);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20927);
/* harmony import */ var _mediatypes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58926);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61550);





function manifestUrl(repo, identifier) {
    return `/v2/${repo.path}/manifests/${identifier}`;
}
function contentType(header) {
    return (header ?? '').split(';')[0].trim();
}
/** Tag or digest to digest: HEAD first (cheap, and not counted by Docker Hub's pull limit), GET if HEAD gives no digest. */
async function resolveManifest(t, repo, identifier) {
    const what = `resolve ${repo}:${identifier}`;
    const head = await t.request({
        method: 'HEAD',
        registry: repo.registry,
        url: manifestUrl(repo, identifier),
        scopes: (0,_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .pullScopes */ .rO)(repo),
        headers: { accept: _mediatypes_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_ACCEPT */ .dY },
        ok: [200],
        what,
    });
    head.discard();
    const header = head.headers['docker-content-digest'];
    if (typeof header === 'string' && _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.isDigest(header)) {
        return { digest: _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(header), mediaType: contentType(head.headers['content-type']), size: Number(head.headers['content-length'] ?? 0) };
    }
    const m = await getManifest(t, repo, identifier);
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}
/** A manifest by tag or digest; by digest, the bytes are verified with that digest's own algorithm. */
async function getManifest(t, repo, identifier) {
    const url = manifestUrl(repo, identifier);
    const what = `manifest ${repo}${_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.isDigest(identifier) ? '@' : ':'}${identifier}`;
    const res = await t.request({
        method: 'GET',
        registry: repo.registry,
        url,
        scopes: (0,_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .pullScopes */ .rO)(repo),
        headers: { accept: _mediatypes_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_ACCEPT */ .dY },
        ok: [200],
        what: `get ${what}`,
    });
    const bytes = await res.buffer(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4, what);
    const wanted = _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.isDigest(identifier) ? _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(identifier) : undefined;
    const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes, wanted?.algorithm);
    if (wanted && !wanted.equals(digest)) {
        throw new Error(`${what} failed verification: its content hashes to ${digest}`);
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new Error(`${what} is not valid JSON`);
    }
    const mediaType = contentType(res.headers['content-type']) || json.mediaType || '';
    return { digest, mediaType, bytes, json };
}
/** PUTs the bytes as given and checks the registry stored exactly them (its digest header must match ours). */
async function putManifest(t, repo, identifier, bytes, mediaType) {
    const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes);
    const res = await t.request({
        method: 'PUT',
        registry: repo.registry,
        url: manifestUrl(repo, identifier),
        scopes: (0,_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .pushScopes */ .ID)(repo),
        headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
        body: bytes,
        ok: [201, 200],
        what: `push manifest ${repo}:${identifier}`,
    });
    res.discard();
    const header = res.headers['docker-content-digest'];
    // A registry may name the manifest with another algorithm than ours: compare like with like.
    if (typeof header === 'string' && _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.isDigest(header) && !_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(header).equals((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes, _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(header).algorithm))) {
        throw new Error(`registry stored manifest ${repo}:${identifier} as ${header}, expected ${digest}`);
    }
    return { digest, subjectIndexed: res.headers['oci-subject'] !== undefined };
}
async function deleteManifest(t, repo, digest) {
    const res = await t.request({
        method: 'DELETE',
        registry: repo.registry,
        url: manifestUrl(repo, digest.toString()),
        scopes: (0,_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteScopes */ .pH)(repo),
        ok: [202, 200],
        what: `delete ${repo}@${digest}`,
    });
    res.discard();
}
/** Whether a manifest exists, without treating 404 as an error. */
async function manifestExists(t, repo, identifier) {
    try {
        await resolveManifest(t, repo, identifier);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
            return false;
        throw e;
    }
}


/***/ }),

/***/ 75455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   rh: () => (/* binding */ addToFallbackIndex),
/* harmony export */   xQ: () => (/* binding */ probeReferrersApi),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82895);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50228);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20927);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7757);
/* harmony import */ var _mediatypes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58926);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61550);






/** The referrers tag schema of OCI 1.1, for registries without the referrers API. */
function fallbackTag(subject) {
    return `${subject.algorithm}-${subject.hex}`;
}
function referrersRequest(t, repo, subject, query, what) {
    return t.request({
        method: 'GET',
        registry: repo.registry,
        url: `/v2/${repo.path}/referrers/${subject}${query}`,
        scopes: (0,_scopes_js__WEBPACK_IMPORTED_MODULE_4__/* .pullScopes */ .rO)(repo),
        ok: [200],
        what,
    });
}
/** The referrers list is an image index, bounded like any other; undefined when the body is not one. */
async function readIndex(res, what) {
    const bytes = await res.buffer(_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_MAX_BYTES */ .V4, what);
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return Array.isArray(parsed?.manifests) ? parsed.manifests : undefined;
    }
    catch {
        return undefined;
    }
}
/** What refers to `subject`: the referrers API if the registry has it, else the fallback tag's index. */
async function listReferrers(t, repo, subject, artifactType) {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    // Whether the fallback tag exists, asked beside the API (a HEAD: not counted as a pull where pulls
    // are limited): a registry without the API costs one round trip per subject, not two.
    const fallbackThere = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestExists */ .uK)(t, repo, fallbackTag(subject));
    fallbackThere.catch(() => undefined);
    try {
        const res = await referrersRequest(t, repo, subject, query, `list referrers of ${repo}@${subject}`);
        const listed = await readIndex(res, `referrers list of ${repo}@${subject}`);
        if (!listed)
            throw new Error(`the referrers list of ${repo}@${subject} is not an image index`);
        const filtered = res.headers['oci-filters-applied'] === 'artifactType';
        return listed.filter((d) => !artifactType || filtered || d.artifactType === artifactType);
    }
    catch (e) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
            throw e;
    }
    if (!(await fallbackThere))
        return [];
    const index = await fallbackIndex(t, repo, subject);
    return (index?.manifests ?? []).filter((d) => !artifactType || d.artifactType === artifactType);
}
/**
 * Whether the registry implements the OCI 1.1 referrers API, asked for a `subject` that is in
 * `repo` already (a registry with the API may still answer 404 for a repository it does not know
 * yet). An image index means yes; a client error (404 from distribution 2.x, whose router has no
 * such route) means no. A server error, or a 429 retried to the end, is not an answer: it throws.
 */
async function probeReferrersApi(t, repo, subject) {
    let res;
    try {
        res = await referrersRequest(t, repo, subject, '', `ask ${repo.registry} for its referrers API`);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && e.status >= 400 && e.status < 500 && e.status !== 429)
            return { api: false, why: `HTTP ${e.status}` };
        throw e;
    }
    const listed = await readIndex(res, `referrers list of ${repo}@${subject}`);
    return listed ? { api: true } : { api: false, why: 'HTTP 200 without an image index' };
}
async function fallbackIndex(t, repo, subject) {
    try {
        const m = await (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .getManifest */ .c2)(t, repo, fallbackTag(subject));
        return 'manifests' in m.json ? m.json : undefined;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
            return undefined;
        throw e;
    }
}
/**
 * Records a pushed referrer where the registry does not: a registry that handles `subject` says so
 * with the OCI-Subject header on the manifest PUT; otherwise the fallback tag's index is updated.
 */
async function addToFallbackIndex(t, repo, subject, referrer) {
    const current = await fallbackIndex(t, repo, subject);
    const manifests = (current?.manifests ?? []).filter((d) => d.digest !== referrer.digest);
    manifests.push(referrer);
    const index = { schemaVersion: 2, mediaType: _mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex, manifests };
    const bytes = Buffer.from(JSON.stringify(index));
    await (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .putManifest */ .RV)(t, repo, fallbackTag(subject), bytes, _mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex);
}
/** The descriptor a referrers index lists for a manifest. */
function referrerDescriptor(bytes, mediaType, artifactType, annotations) {
    const d = { mediaType, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes).toString(), size: bytes.length };
    if (artifactType)
        d.artifactType = artifactType;
    if (annotations && Object.keys(annotations).length)
        d.annotations = annotations;
    return d;
}


/***/ }),

/***/ 61550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ pushScopes),
/* harmony export */   pH: () => (/* binding */ deleteScopes),
/* harmony export */   rO: () => (/* binding */ pullScopes)
/* harmony export */ });
/**
 * Token scopes (the distribution token spec's `repository:<name>:<actions>`) a request needs. The
 * token cache keys on the exact list, so every module asks with these and shares the tokens.
 */
const pullScopes = (repo) => [`repository:${repo.path}:pull`];
const pushScopes = (repo) => [`repository:${repo.path}:pull,push`];
const deleteScopes = (repo) => [`repository:${repo.path}:delete`, ...pushScopes(repo)];


/***/ }),

/***/ 71247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ registryClient)
});

// UNUSED EXPORTS: credentialSource

// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
// EXTERNAL MODULE: ./lib/registry/scopes.js
var scopes = __webpack_require__(61550);
;// CONCATENATED MODULE: ./lib/registry/blobs.js



const blobUrl = (repo, d) => `/v2/${repo.path}/blobs/${d}`;
/** Size of the blob if the repository has it, undefined if not. */
async function statBlob(t, repo, digest) {
    try {
        const res = await t.request({
            method: 'HEAD',
            registry: repo.registry,
            url: blobUrl(repo, digest),
            scopes: (0,scopes/* pullScopes */.rO)(repo),
            ok: [200],
            what: `check blob ${repo}@${digest}`,
        });
        res.discard();
        return Number(res.headers['content-length'] ?? 0);
    }
    catch (e) {
        if ((0,errors/* isNotFound */.c4)(e))
            return undefined;
        throw e;
    }
}
/** The blob as a stream that errors, rather than ends, if the bytes do not hash to `digest`. */
async function getBlob(t, repo, digest, size) {
    const res = await t.request({
        method: 'GET',
        registry: repo.registry,
        url: blobUrl(repo, digest),
        scopes: (0,scopes/* pullScopes */.rO)(repo),
        ok: [200],
        what: `get blob ${repo}@${digest}`,
    });
    const verifier = (0,registry_digest/* verifyingTransform */.kj)(digest, size);
    res.body.on('error', (e) => verifier.destroy(e));
    // A reader that stops early (a size limit, a mismatch) must not leave the response holding its socket.
    verifier.on('close', () => {
        if (!res.body.readableEnded)
            res.body.destroy();
    });
    return res.body.pipe(verifier);
}
/** Abandons an upload session; best effort, since the registry expires sessions anyway. */
async function cancelUpload(t, repo, location) {
    if (!location)
        return;
    await t
        .request({ method: 'DELETE', registry: repo.registry, url: location, scopes: (0,scopes/* pushScopes */.ID)(repo), ok: [204, 200, 404], what: `cancel upload to ${repo}` })
        .then((r) => r.discard())
        .catch(() => undefined);
}
/**
 * Proves the credentials may push to `repo`: opens an upload session and cancels it, so nothing
 * stays behind. Read-only credentials fail here as surely as wrong ones. The answer is in once the
 * session opens: the cancel (which never rejects) goes on while the caller moves on, a round trip
 * less before a build starts.
 */
async function checkPushAccess(t, repo) {
    const res = await t.request({
        method: 'POST',
        registry: repo.registry,
        url: `/v2/${repo.path}/blobs/uploads/`,
        scopes: (0,scopes/* pushScopes */.ID)(repo),
        headers: { 'content-length': '0' },
        ok: [202],
        what: `check push access to ${repo}`,
    });
    res.discard();
    void cancelUpload(t, repo, res.headers.location);
}
/** Cross-repository mount alone; a declined mount's upload session is cancelled so nothing dangles. */
async function mountBlob(t, repo, digest, from) {
    const url = `/v2/${repo.path}/blobs/uploads/?mount=${encodeURIComponent(digest.toString())}&from=${encodeURIComponent(from.path)}`;
    const res = await t.request({
        method: 'POST',
        registry: repo.registry,
        url,
        scopes: [...(0,scopes/* pushScopes */.ID)(repo), ...(0,scopes/* pullScopes */.rO)(from)],
        headers: { 'content-length': '0' },
        ok: [201, 202],
        what: `mount ${digest} from ${from} into ${repo}`,
    });
    res.discard();
    if (res.status === 201)
        return true;
    await cancelUpload(t, repo, res.headers.location);
    return false;
}

// EXTERNAL MODULE: ./lib/registry/http.js
var http = __webpack_require__(69127);
// EXTERNAL MODULE: ./lib/registry/limits.js
var limits = __webpack_require__(20927);
// EXTERNAL MODULE: ./lib/registry/manifests.js
var manifests = __webpack_require__(7757);
// EXTERNAL MODULE: ./lib/registry/referrers.js
var referrers = __webpack_require__(75455);
;// CONCATENATED MODULE: ./lib/registry/tags.js



/** The next page from an RFC 8288 Link header, as the distribution spec paginates tag lists. */
function nextLink(header) {
    if (!header)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header);
    return m?.[1];
}
/** A page's tags; anything but `{"tags": [strings]}` (or null tags, as distribution sends for none) is refused. */
function parsePage(bytes, what) {
    let body;
    try {
        body = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new Error(`${what} is not valid JSON`);
    }
    const tags = body?.tags ?? [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
        throw new Error(`${what} is not a tag list: expected {"tags": [strings]}`);
    }
    return tags;
}
/**
 * Every tag in the repository, following pagination; `pageSize` asks for pages of n. Bounded in
 * pages, tags and bytes per page (limits.ts), so an endless or huge listing fails instead of filling memory.
 */
async function listTags(t, repo, pageSize) {
    const tags = [];
    let url = `/v2/${repo.path}/tags/list${pageSize ? `?n=${pageSize}` : ''}`;
    for (let pages = 1; url; pages++) {
        if (pages > limits/* TAG_LIST_MAX_PAGES */.QU)
            throw new errors/* TooLargeError */.qB(`tag list of ${repo}`, limits/* TAG_LIST_MAX_PAGES */.QU, `the registry linked page ${pages}`, 'pages');
        const what = `tag list of ${repo} (page ${pages})`;
        const res = await t.request({
            method: 'GET',
            registry: repo.registry,
            url,
            scopes: (0,scopes/* pullScopes */.rO)(repo),
            ok: [200],
            what: `list tags of ${repo}`,
        });
        tags.push(...parsePage(await res.buffer(limits/* TAG_PAGE_MAX_BYTES */.a7, what), what));
        if (tags.length > limits/* TAG_LIST_MAX_TAGS */.jE) {
            throw new errors/* TooLargeError */.qB(`tag list of ${repo}`, limits/* TAG_LIST_MAX_TAGS */.jE, `the registry sent ${tags.length} tags in ${pages} pages`, 'tags');
        }
        const link = res.headers.link;
        url = nextLink(Array.isArray(link) ? link.join(', ') : link);
    }
    return tags;
}
/**
 * False when the registry says it has no such repository (a tag list answered NAME_UNKNOWN): then
 * nothing is in it yet, and a publication there need not ask about each blob. Anything else (a list,
 * an empty one, another error) counts as known. Some registries answer NAME_UNKNOWN for a repository
 * holding only untagged manifests too: for a publication that costs bytes sent again, never correctness.
 */
async function repositoryKnown(t, repo) {
    try {
        const res = await t.request({
            method: 'GET',
            registry: repo.registry,
            url: `/v2/${repo.path}/tags/list?n=1`,
            scopes: (0,scopes/* pullScopes */.rO)(repo),
            ok: [200],
            what: `ask whether ${repo} exists`,
        });
        res.discard();
        return true;
    }
    catch (e) {
        return !(e instanceof errors/* RegistryError */.gl && e.status === 404 && e.hasCode('NAME_UNKNOWN'));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/registry/retry.js
var retry = __webpack_require__(71653);
;// CONCATENATED MODULE: ./lib/registry/single-post.js


/**
 * Up to this size a known blob goes in one POST where the registry takes it so: the round trip saved
 * is worth most to small blobs, and a registry that answers otherwise than it did before (a fleet
 * half upgraded) costs at most this many bytes sent for nothing.
 */
const SINGLE_POST_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Only a blob up to this size finds out whether a registry takes the single POST. A registry that
 * does not may read the whole body before it answers (distribution does, even with Expect:
 * 100-continue, waiting for the body until the client's timer sends it), and its session then needs
 * the bytes again: so the bytes sent for nothing stay few, and within the 256 KiB a Go server
 * drains to keep the connection.
 */
const ASK_MAX_BYTES = 256 * 1024;
/**
 * What each registry did with a blob in one POST, learned once per client: the first small upload
 * asks, uploads started meanwhile (and larger ones before the answer) go the two-request way, and
 * later ones follow the answer.
 */
class SinglePostSupport {
    answers = new Map();
    /** 'single': one POST; 'ask': one POST that finds out; 'session': POST then PUT. */
    claim(host, size) {
        const key = host.toLowerCase();
        const known = this.answers.get(key);
        if (known === true)
            return 'single';
        if (known !== undefined || size > ASK_MAX_BYTES)
            return 'session';
        this.answers.set(key, 'asking');
        return 'ask';
    }
    /** What the registry answered; undefined (the request failed before it said) lets the next upload ask. */
    learn(host, supported) {
        const key = host.toLowerCase();
        if (supported === undefined) {
            if (this.answers.get(key) === 'asking')
                this.answers.delete(key);
        }
        else
            this.answers.set(key, supported);
    }
}
/**
 * The OCI single-POST upload: 201 when the registry stored the blob; a registry that ignores the
 * digest opens an upload session instead (202, its Location returned for the PUT that completes it);
 * 'unsupported' when it refused the form itself, for the caller to go the two-request way.
 */
async function postWhole(t, repo, open, blob, asking) {
    let res;
    try {
        res = await t.request({
            method: 'POST',
            registry: repo.registry,
            url: `/v2/${repo.path}/blobs/uploads/?digest=${encodeURIComponent(blob.digest.toString())}`,
            scopes: (0,scopes/* pushScopes */.ID)(repo),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
            // As with the PUT: the registry checks digest and length, a verifying source fails the request.
            body: open,
            ok: [201, 202],
            noRetry: true,
            what: `upload blob ${blob.digest} to ${repo} in one request`,
        });
    }
    catch (e) {
        if (asking && e instanceof errors/* RegistryError */.gl && refusesForm(e))
            return 'unsupported';
        throw e;
    }
    res.discard();
    if (res.status === 201)
        return 'created';
    const location = res.headers.location;
    if (!location)
        throw new Error(`registry ${repo.registry} opened an upload for ${repo} without a Location header`);
    return { location };
}
/** Statuses a registry gives a request form it does not implement (not a bad blob, not a denial). */
function refusesForm(e) {
    return [405, 415, 501].includes(e.status) || (e.status === 400 && e.hasCode('UNSUPPORTED'));
}

;// CONCATENATED MODULE: ./lib/registry/upload-session.js

/** POSTs for an upload session, with a mount attempt when a holder is named; 201 means mounted. */
async function startSession(t, repo, mount) {
    const query = mount ? `?mount=${encodeURIComponent(mount.digest.toString())}&from=${encodeURIComponent(mount.from.path)}` : '';
    const started = await t.request({
        method: 'POST',
        registry: repo.registry,
        url: `/v2/${repo.path}/blobs/uploads/${query}`,
        scopes: mount ? [...(0,scopes/* pushScopes */.ID)(repo), ...(0,scopes/* pullScopes */.rO)(mount.from)] : (0,scopes/* pushScopes */.ID)(repo),
        headers: { 'content-length': '0' },
        ok: [201, 202],
        what: `start blob upload to ${repo}`,
    });
    started.discard();
    if (started.status === 201 && mount)
        return 'mounted';
    // 202: no mount (the registry refused it or has no such blob); the session it opened takes the upload.
    return { location: locationOf(started.headers.location, repo), minChunk: Number(started.headers['oci-chunk-min-length'] ?? 0) };
}
/**
 * Gives up an upload session that turned out not to be needed (the blob was there already): the
 * spec's DELETE of the session. A registry that cannot cancel one lets it expire, so a refusal or a
 * failure here changes nothing and is not an error.
 */
async function abandonSession(t, repo, location) {
    try {
        const res = await t.request({
            method: 'DELETE',
            registry: repo.registry,
            url: location,
            scopes: (0,scopes/* pushScopes */.ID)(repo),
            ok: [200, 202, 204, 404, 405],
            noRetry: true,
            what: `cancel the blob upload to ${repo}`,
        });
        res.discard();
    }
    catch {
        // expires on its own
    }
}
function locationOf(header, repo, fallback) {
    if (header)
        return header;
    if (fallback)
        return fallback;
    throw new Error(`registry ${repo.registry} opened an upload for ${repo} without a Location header`);
}

;// CONCATENATED MODULE: ./lib/registry/upload.js








/**
 * Uploads a blob. `open` is called again for each attempt: a failed upload restarts from a new
 * session, because the state of a half-written session is unknowable. With `singlePost`, a blob of
 * known digest and size goes in one request where the registry takes that.
 */
async function putBlob(t, repo, open, opts = {}, singlePost) {
    const attempts = opts.attempts ?? BLOB_RESTARTS;
    let current = opts;
    for (let attempt = 1;; attempt++) {
        try {
            return await uploadOnce(t, repo, open, current, singlePost);
        }
        catch (e) {
            // A registry or proxy that caps request bodies answers 413: send the blob in chunks instead.
            if (e instanceof errors/* RegistryError */.gl && e.status === 413 && !current.chunkSize) {
                current = { ...current, chunkSize: FALLBACK_CHUNK_BYTES };
                attempt--;
                continue;
            }
            if (!(0,retry/* isRetryable */.r3)(e) || attempt >= attempts)
                throw e;
            await (0,retry/* sleep */.yy)((0,retry/* backoffMs */.jo)(retry/* defaultRetryPolicy */.ur, attempt));
        }
    }
}
/** Whole-upload restarts; each request inside one already rides out an outage with the transport's retries. */
const BLOB_RESTARTS = 5;
/** Chunk size after a 413: above S3's 5 MiB multipart minimum, below common proxy caps. */
const FALLBACK_CHUNK_BYTES = 16 * 1024 * 1024;
/** One attempt, in the form the options call for: mount, one POST or one PUT of known bytes, one streamed PATCH, or chunks. */
async function uploadOnce(t, repo, open, opts, singlePost) {
    const mountFrom = opts.mountFrom && opts.digest && opts.mountFrom.registry.host === repo.registry.host && opts.mountFrom.path !== repo.path;
    const known = opts.digest && opts.size !== undefined && !opts.chunkSize ? { digest: opts.digest, size: opts.size } : undefined;
    // Bytes of a known blob are asked for while the session opens, so a copy between registries spends
    // one round trip on both, not one after the other. Not when a mount may make the bytes unneeded.
    const early = known && !mountFrom ? earlyOpen(open) : undefined;
    let session;
    try {
        const single = known && early && singlePost && known.size <= SINGLE_POST_MAX_BYTES ? await trySinglePost(t, repo, early.take, known, singlePost) : undefined;
        if (single && 'digest' in single)
            return single;
        session = single ?? (await startSession(t, repo, mountFrom ? { from: opts.mountFrom, digest: opts.digest } : undefined));
    }
    catch (e) {
        early?.drop();
        throw e;
    }
    if (session === 'mounted')
        return { digest: opts.digest, size: opts.size ?? 0, mounted: true };
    if (known && opts.present && (await opts.present.catch(() => false))) {
        early?.drop();
        await abandonSession(t, repo, session.location);
        return { ...known, mounted: false, present: true };
    }
    if (known)
        return putWhole(t, repo, session.location, early ? early.take : open, known);
    // OCI 1.1: a registry may require chunks of at least this size.
    const chunkSize = opts.chunkSize ? Math.max(opts.chunkSize, session.minChunk) : 0;
    const sent = chunkSize ? await patchChunks(t, repo, session.location, await open(), chunkSize) : await patchStream(t, repo, session.location, await open());
    if (opts.digest && !opts.digest.equals(sent.digest))
        throw new Error(`blob for ${repo} hashes to ${sent.digest}, expected ${opts.digest}`);
    if (opts.size !== undefined && opts.size !== sent.size)
        throw new Error(`blob ${sent.digest} for ${repo} is ${sent.size} bytes, expected ${opts.size}`);
    const done = await t.request({
        method: 'PUT',
        registry: repo.registry,
        url: withDigest(sent.location, sent.digest),
        scopes: (0,scopes/* pushScopes */.ID)(repo),
        headers: { 'content-length': '0' },
        ok: [201],
        noRetry: true,
        what: `finish blob upload ${sent.digest} to ${repo}`,
    });
    done.discard();
    return { digest: sent.digest, size: sent.size, mounted: false };
}
/**
 * The stream opened ahead of need: handed out once (a retried request opens a fresh one), destroyed
 * if never used, and its failure surfaces where it is used, never as an unhandled rejection.
 */
function earlyOpen(open) {
    let pending = Promise.resolve()
        .then(open)
        .then((s) => {
        // Until the request pipes it, nothing else listens: an error now must not go unhandled.
        s.on('error', () => undefined);
        return s;
    });
    pending.catch(() => undefined);
    return {
        take: () => {
            const p = pending;
            pending = undefined;
            if (!p)
                return open();
            // A stream that failed (or closed) while waiting cannot be piped: its failure is this attempt's.
            return p.then((s) => {
                if (s.errored || s.destroyed)
                    throw s.errored ?? new Error('the blob stream closed before the upload started');
                return s;
            });
        },
        drop: () => {
            void pending?.then((s) => s.destroy(), () => undefined);
            pending = undefined;
        },
    };
}
/**
 * The blob in one POST where its registry takes that (or is being asked whether it does): the
 * result when stored, the session a registry that ignored the digest opened instead, or undefined
 * to go the two-request way.
 */
async function trySinglePost(t, repo, open, blob, support) {
    const host = repo.registry.host;
    const mode = support.claim(host, blob.size);
    if (mode === 'session')
        return undefined;
    let answer;
    try {
        answer = await postWhole(t, repo, open, blob, mode === 'ask');
    }
    catch (e) {
        if (mode === 'ask')
            support.learn(host, undefined);
        throw e;
    }
    support.learn(host, answer === 'created');
    if (answer === 'created')
        return { ...blob, mounted: false };
    return answer === 'unsupported' ? undefined : { location: answer.location, minChunk: 0 };
}
/** Known digest and size: the whole blob in the session-closing PUT. */
async function putWhole(t, repo, location, open, blob) {
    const done = await t.request({
        method: 'PUT',
        registry: repo.registry,
        url: withDigest(location, blob.digest),
        scopes: (0,scopes/* pushScopes */.ID)(repo),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
        // No hashing here: the registry checks the digest and length itself, and a source that
        // verifies its own bytes (getBlob) fails the request before a wrong byte is committed.
        body: open,
        ok: [201],
        noRetry: true,
        what: `upload blob ${blob.digest} to ${repo}`,
    });
    done.discard();
    return { digest: blob.digest, size: blob.size, mounted: false };
}
/** Unknown digest: one streamed PATCH, hashed on the way. */
async function patchStream(t, repo, location, source) {
    const hasher = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            hasher.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    // `pipe` drops the source's errors; `pipeline` carries a failed source into the stream the request reads.
    (0,external_node_stream_.pipeline)(source, counter, () => undefined);
    const res = await t.request({
        method: 'PATCH',
        registry: repo.registry,
        url: location,
        scopes: (0,scopes/* pushScopes */.ID)(repo),
        headers: { 'content-type': 'application/octet-stream' },
        body: () => counter,
        ok: [202],
        noRetry: true,
        what: `upload blob to ${repo}`,
    });
    res.discard();
    return { digest: new registry_digest/* Digest */.np('sha256', hasher.digest('hex')), size, location: locationOf(res.headers.location, repo, location) };
}
/** For registries that cap request size: PATCHes of `chunkSize` bytes with their ranges, hashed on the way. */
async function patchChunks(t, repo, location, source, chunkSize) {
    const hasher = (0,external_node_crypto_.createHash)('sha256');
    let offset = 0;
    for await (const body of chunked(source, chunkSize)) {
        hasher.update(body);
        const res = await t.request({
            method: 'PATCH',
            registry: repo.registry,
            url: location,
            scopes: (0,scopes/* pushScopes */.ID)(repo),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length), 'content-range': `${offset}-${offset + body.length - 1}` },
            body,
            ok: [202],
            noRetry: true,
            what: `upload blob to ${repo}`,
        });
        res.discard();
        offset += body.length;
        location = locationOf(res.headers.location, repo, location);
    }
    return { digest: new registry_digest/* Digest */.np('sha256', hasher.digest('hex')), size: offset, location };
}
function withDigest(location, digest) {
    return location + (location.includes('?') ? '&' : '?') + 'digest=' + encodeURIComponent(digest.toString());
}
/** Re-chunks a stream into buffers of `size` bytes; only one chunk is held in memory at a time. */
async function* chunked(source, size) {
    let parts = [];
    let held = 0;
    for await (const data of source) {
        let buf = data;
        while (held + buf.length >= size) {
            const take = size - held;
            parts.push(buf.subarray(0, take));
            yield Buffer.concat(parts);
            parts = [];
            held = 0;
            buf = buf.subarray(take);
        }
        if (buf.length) {
            parts.push(buf);
            held += buf.length;
        }
    }
    if (held)
        yield Buffer.concat(parts);
}

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/registry/auth.js


class AuthError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuthError';
    }
}
/**
 * Why a realm must not receive this registry's credentials, or undefined if it may. A registry reached
 * over HTTPS may only name an HTTPS realm: a plain-HTTP one would carry the password or refresh token
 * in the clear. Loopback realms and hosts the user listed in insecure-registries are exempt.
 */
function realmRefusal(realm, registry, plainAllowed) {
    const named = `${realm.protocol}//${realm.host}${realm.pathname}`;
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
        return `token realm refused: registry ${registry.host} names ${named}, which is not an http(s) URL`;
    }
    if (realm.protocol === 'https:' || !registry.origin.startsWith('https:'))
        return undefined;
    if ((0,reference/* isLoopbackHost */.cW)(realm.hostname) || plainAllowed(realm.host) || plainAllowed(realm.hostname))
        return undefined;
    return `plain-HTTP token realm refused: HTTPS registry ${registry.host} names ${named}, which would receive its credentials unencrypted; use an HTTPS realm, or list ${realm.host} in insecure-registries`;
}
/** The distribution token spec defaults to 60 s when the server omits expires_in. */
const DEFAULT_TOKEN_SECONDS = 60;
/** At most this early a refresh; short-lived tokens refresh at three quarters of their life. */
const MAX_EXPIRY_MARGIN_MS = 5_000;
function basicHeader(c) {
    return 'Basic ' + Buffer.from(`${c.username}:${c.password}`).toString('base64');
}
/**
 * Bearer tokens cached per registry and set of scopes. A push that also mounts from another
 * repository asks for both scopes in one token, as the token spec allows.
 */
class TokenCache {
    plainRealmAllowed;
    now;
    tokens = new Map();
    pending = new Map();
    constructor(
    /** `insecure-registries`: realm hosts (host[:port]) that may be reached over plain HTTP. */
    plainRealmAllowed = () => false, now = Date.now) {
        this.plainRealmAllowed = plainRealmAllowed;
        this.now = now;
    }
    key(host, scopes) {
        return `${host}|${[...scopes].sort().join(' ')}`;
    }
    invalidate(host, scopes) {
        this.tokens.delete(this.key(host, scopes));
    }
    async get(req, fetchToken) {
        const key = this.key(req.host, req.scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt - cached.marginMs > this.now())
            return cached.token;
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
    async fetch({ host, origin, scopes, challenge, credential }, fetchToken) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new AuthError(`${host} asked for a bearer token but its challenge names no realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new AuthError(`${host} named an invalid token realm '${realm}'`);
        }
        const refusal = realmRefusal(url, { host, origin }, this.plainRealmAllowed);
        if (refusal)
            throw new errors/* RefusedError */.fk('insecure-realm', refusal);
        const service = challenge.params.service;
        const started = this.now();
        let res;
        if (credential?.identityToken) {
            // docker login's refresh token: the OAuth2 POST form of the token spec.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'pinship' });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            res = await fetchToken(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const s of scopes)
                url.searchParams.append('scope', s);
            const headers = {};
            if (credential)
                headers.authorization = basicHeader(credential);
            res = await fetchToken(url, { method: 'GET', headers });
        }
        if (res.status === 401 || res.status === 403) {
            const who = credential ? `user '${credential.username || '<token>'}'` : 'anonymous access';
            throw new AuthError(`authentication to ${host} failed: the token server ${url.origin}${url.pathname} refused ${who} (HTTP ${res.status}); check the username and password for ${host}`);
        }
        if (res.status !== 200) {
            throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned HTTP ${res.status}`);
        }
        let parsed;
        try {
            parsed = JSON.parse(res.body);
        }
        catch {
            throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned a body that is not JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new AuthError(`token server ${url.origin}${url.pathname} for ${host} returned no token`);
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
        return { token, expiresAt: started + seconds * 1000, marginMs: Math.min(MAX_EXPIRY_MARGIN_MS, (seconds * 1000) / 4) };
    }
}

;// CONCATENATED MODULE: ./lib/registry/challenge.js
/**
 * Registries send one challenge; the grammar allows several, but a comma also separates
 * parameters, so only the first scheme is read, which is what docker and containerd do.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    let p;
    while ((p = re.exec(m[2] ?? '')) !== null) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: m[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./lib/registry/credentials.js
var credentials = __webpack_require__(96097);
;// CONCATENATED MODULE: ./lib/registry/pull-limit.js
function parseRateLimit(value) {
    const text = Array.isArray(value) ? value[0] : value;
    const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(text ?? '');
    if (!m)
        return undefined;
    return { count: Number(m[1]), windowSeconds: m[2] === undefined ? undefined : Number(m[2]) };
}
function windowText(seconds) {
    if (seconds === undefined)
        return 'its window';
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    if (seconds % 60 === 0)
        return `${seconds / 60} min`;
    return `${seconds} s`;
}
const isDockerHub = (host) => /^(?:registry-1\.|index\.)?docker\.io$/i.test(host);
/** A pull limit used up: the limit resets over hours, so the request is not retried. */
class PullLimitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PullLimitError';
    }
}
/**
 * The error for a 429 that is a pull limit used up (no pulls remaining by the headers, or any 429
 * from Docker Hub), else undefined: other registries' 429s are brief throttling, worth retrying.
 */
function pullLimitError(host, headers, what) {
    const limit = parseRateLimit(headers['ratelimit-limit']);
    const remaining = parseRateLimit(headers['ratelimit-remaining']);
    if (remaining?.count !== 0 && !isDockerHub(host))
        return undefined;
    const left = remaining
        ? `${remaining.count} of ${limit ? limit.count : '?'} pulls remaining in ${windowText(remaining.windowSeconds ?? limit?.windowSeconds)}`
        : 'no pulls remaining';
    return new PullLimitError(`pull limit reached at ${host} while trying to ${what}: HTTP 429 TOOMANYREQUESTS, ${left}; not retried, as the limit resets over hours; authenticating to docker.io (input 'registry-auth' or docker login) raises Docker Hub's limit`);
}
/** Throws, the answer consumed, when a 429 is a pull limit used up: not a failure worth retrying. */
function throwIfPullLimit(host, res, what) {
    const limited = pullLimitError(host, res.headers, what);
    if (!limited)
        return;
    res.resume();
    throw limited;
}
/** Warns once per registry when the pulls remaining run low: at most a tenth of the limit, or 10. */
class PullLimitWatch {
    warn;
    warned = new Set();
    constructor(warn) {
        this.warn = warn;
    }
    observe(host, headers) {
        const remaining = parseRateLimit(headers['ratelimit-remaining']);
        if (!remaining || !this.warn || this.warned.has(host.toLowerCase()))
            return;
        const limit = parseRateLimit(headers['ratelimit-limit']);
        if (remaining.count > Math.max(10, Math.floor((limit?.count ?? 0) / 10)))
            return;
        this.warned.add(host.toLowerCase());
        const of = limit ? ` of ${limit.count}` : '';
        this.warn(`${host}: ${remaining.count}${of} pulls remaining in ${windowText(remaining.windowSeconds ?? limit?.windowSeconds)} (ratelimit-remaining); once used up, pulls fail until the window passes; authenticating to docker.io raises Docker Hub's limit`);
    }
}

;// CONCATENATED MODULE: ./lib/registry/round-trips.js
/**
 * The round trip to each registry as seen from here: the quickest answer to a request without a body.
 * The quickest, because a new connection's handshakes, a token or a busy registry only ever add to it.
 */
class RoundTrips {
    best = new Map();
    observe(host, ms) {
        const key = host.toLowerCase();
        const best = this.best.get(key);
        if (best === undefined || ms < best)
            this.best.set(key, ms);
    }
    /** Milliseconds; undefined before any request to that registry was answered. */
    of(host) {
        return this.best.get(host.toLowerCase());
    }
}

// EXTERNAL MODULE: ./lib/util/abort.js
var abort = __webpack_require__(82830);
;// CONCATENATED MODULE: ./lib/registry/transport.js










const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** Ping, authentication, retries and redirects for every request pinship sends to a registry. */
class Transport {
    options;
    endpoints = new Map();
    tokens = new TokenCache((host) => this.insecure.has(host.toLowerCase()));
    agents;
    credentials;
    insecure;
    policy;
    userAgent;
    pullLimits = new PullLimitWatch((m) => this.options.onWarning?.(m));
    roundTrips = new RoundTrips();
    constructor(options = {}) {
        this.options = options;
        this.credentials = options.credentials ?? credentials/* anonymous */._5;
        this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
        this.policy = { ...retry/* defaultRetryPolicy */.ur, ...options.retry };
        this.userAgent = options.userAgent ?? 'pinship';
        this.agents = new http/* AgentPool */.mS({
            certsDir: options.certsDir ?? process.env.PINSHIP_CERTS_D ?? '/etc/docker/certs.d',
            skipVerify: (host) => this.insecure.has(host.toLowerCase()),
        });
        // Destroying the agents cuts every request and upload in flight; the loops below then throw why.
        (0,abort/* runSignal */.KF)().addEventListener('abort', this.abort);
    }
    abort = () => this.agents.destroy();
    closed = false;
    close() {
        this.closed = true;
        (0,abort/* runSignal */.KF)().removeEventListener('abort', this.abort);
        this.agents.destroy();
    }
    async request(req) {
        // The ping knows only the registry; say what the caller was doing when it could not be reached.
        (0,abort/* throwIfStopped */.$J)();
        const ep = await this.endpoint(req.registry).catch((e) => {
            const stopped = (0,abort/* stopReason */.PJ)();
            if (stopped)
                throw stopped;
            throw new Error(`${e.message} (while trying to ${req.what})`, { cause: e });
        });
        let authRetried = false;
        for (let attempt = 1;; attempt++) {
            let res;
            let url;
            try {
                ({ res, url } = await this.once(ep, req));
            }
            catch (e) {
                (0,abort/* throwIfStopped */.$J)();
                if (e instanceof http/* BodyError */.Ru ||
                    e instanceof AuthError ||
                    e instanceof errors/* RefusedError */.fk ||
                    !(0,retry/* isRetryableNetworkError */.Hr)(e) ||
                    req.noRetry ||
                    attempt >= this.policy.attempts) {
                    throw e instanceof http/* BodyError */.Ru ? e.cause : e;
                }
                await this.pause(req.what, attempt, `${e.message}`);
                continue;
            }
            const status = res.statusCode ?? 0;
            if (status === 401 && url.origin !== ep.origin) {
                // Storage a blob was redirected to (or an upload location elsewhere) must not steer the registry's credentials to a realm of its choosing.
                res.resume();
                throw new errors/* RefusedError */.fk('foreign-challenge', `authentication challenge from another origin refused while trying to ${req.what}: ${req.method} ${(0,errors/* redactUrl */.BO)(url)}, where ${req.registry.host} sent the request on, answered HTTP 401; challenges are only taken from ${ep.origin} and no credentials were sent there`);
            }
            if (status === 401 && !authRetried && ep.challenge) {
                // A token that expired mid-operation, or a scope the cached token lacks: fetch a fresh one once.
                res.resume();
                authRetried = true;
                attempt--;
                this.tokens.invalidate(req.registry.host, req.scopes);
                const fresh = parseChallenge(res.headers['www-authenticate']);
                if (fresh && fresh.scheme === ep.challenge.scheme)
                    ep.challenge = { ...fresh, params: { ...ep.challenge.params, ...fresh.params } };
                continue;
            }
            if (status === 429)
                throwIfPullLimit(req.registry.host, res, req.what);
            if ((0,retry/* isRetryableStatus */.PS)(status) && !req.noRetry && attempt < this.policy.attempts) {
                res.resume();
                await this.pause(req.what, attempt, `HTTP ${status}`, (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']));
                continue;
            }
            this.pullLimits.observe(req.registry.host, res.headers);
            if (req.ok.includes(status))
                return wrap(res, url);
            // A HEAD answer has no body, but it must still be consumed or its keep-alive socket is never freed.
            if (req.method === 'HEAD')
                res.resume();
            const body = req.method === 'HEAD' ? Buffer.alloc(0) : await (0,http/* readBody */.x8)(res, limits/* SMALL_BODY_MAX_BYTES */.iq, 'error response').catch(() => Buffer.alloc(0));
            if (status === 401) {
                const given = await this.credentials.lookup(req.registry.host);
                const hint = given
                    ? `check the credentials given for ${req.registry.host} (inputs 'registry-auth', 'username' and 'password', or the docker config)`
                    : `no credentials were found for ${req.registry.host} (registry-auth, username/password or the docker config)`;
                throw new AuthError(`authentication to ${req.registry.host} failed while trying to ${req.what}: HTTP 401; ${hint}`);
            }
            throw new errors/* RegistryError */.gl(req.method, (0,errors/* redactUrl */.BO)(url), status, (0,errors/* parseErrorBody */.kW)(body.toString('utf8')), req.what);
        }
    }
    async pause(what, attempt, why, retryAfterMs) {
        // A request still in flight when its run closed the client (it failed elsewhere) ends here, unannounced.
        if (this.closed)
            throw new Error(`${what}: ${why}; the run had already ended`);
        const ms = (0,retry/* backoffMs */.jo)(this.policy, attempt, retryAfterMs);
        const asked = retryAfterMs === undefined
            ? ''
            : ` (Retry-After ${Math.round(retryAfterMs / 1000)} s${retryAfterMs > ms ? `, capped at ${Math.round(ms / 1000)} s` : ''})`;
        this.options.onRetry?.(`${what}: ${why}; retry ${attempt}/${this.policy.attempts - 1} in ${ms} ms${asked}`);
        await (0,retry/* sleep */.yy)(ms);
    }
    async once(ep, req) {
        let url = new URL(req.url, ep.origin);
        // An upload Location is the registry's to choose, but not a plain-HTTP one for an HTTPS registry.
        if (url.protocol === 'http:' && ep.origin.startsWith('https:')) {
            throw new errors/* RefusedError */.fk('downgrade', `HTTPS downgrade refused: ${req.registry.host} gave the plain-HTTP location ${(0,errors/* redactUrl */.BO)(url)} for ${req.method} while trying to ${req.what}; pinship sends nothing for an HTTPS registry over HTTP`);
        }
        const authorization = await this.authorization(ep, req.registry, req.scopes);
        for (let hops = 0;; hops++) {
            const headers = { 'user-agent': this.userAgent, ...req.headers };
            // Blob downloads redirect to storage on another host: the registry's credentials stay home.
            if (authorization && url.origin === ep.origin)
                headers.authorization = authorization;
            const sent = performance.now();
            const res = await (0,http/* send */.tN)(url, req.method, headers, req.body, this.agents.agentFor(url), this.options.idleTimeoutMs);
            if (req.body === undefined)
                this.roundTrips.observe(req.registry.host, performance.now() - sent);
            const location = res.headers.location;
            if (REDIRECTS.has(res.statusCode ?? 0) && location && (req.method === 'GET' || req.method === 'HEAD') && hops < MAX_REDIRECTS) {
                res.resume();
                const next = new URL(location, url);
                if (url.protocol === 'https:' && next.protocol === 'http:') {
                    throw new errors/* RefusedError */.fk('downgrade', `HTTPS downgrade refused: ${req.method} ${(0,errors/* redactUrl */.BO)(url)} redirected to plain-HTTP ${(0,errors/* redactUrl */.BO)(next)} while trying to ${req.what}; pinship does not follow HTTPS to HTTP`);
                }
                url = next;
                continue;
            }
            return { res, url };
        }
    }
    async authorization(ep, registry, scopes) {
        if (!ep.challenge)
            return undefined;
        const credential = await this.credentials.lookup(registry.host);
        if (ep.challenge.scheme === 'basic')
            return credential ? basicHeader(credential) : undefined;
        if (ep.challenge.scheme !== 'bearer')
            return undefined;
        return 'Bearer ' + (await this.tokens.get({ host: registry.host, origin: ep.origin, scopes, challenge: ep.challenge, credential }, this.tokenFetch));
    }
    tokenFetch = async (url, init) => {
        const headers = { 'user-agent': this.userAgent, ...init.headers };
        const res = await (0,http/* send */.tN)(url, init.method, headers, init.body, this.agents.agentFor(url), this.options.idleTimeoutMs);
        const body = await (0,http/* readBody */.x8)(res, limits/* SMALL_BODY_MAX_BYTES */.iq, `token response from ${url.origin}${url.pathname}`);
        return { status: res.statusCode ?? 0, body: body.toString('utf8') };
    };
    endpoint(registry) {
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
    async ping(registry) {
        const plainAllowed = registry.isLoopback || this.insecure.has(registry.host.toLowerCase());
        for (let attempt = 1;; attempt++) {
            let error;
            // Where plain HTTP is allowed, both are asked at once (HTTPS failing first cost a round trip); HTTPS still decides.
            const plain = plainAllowed ? settle(this.pingAt(`http://${registry.apiHost}`)) : undefined;
            try {
                return await this.pingAt(`https://${registry.apiHost}`);
            }
            catch (e) {
                error = e;
            }
            (0,abort/* throwIfStopped */.$J)();
            // A certificate problem or an HTTP answer means the server does speak TLS: falling back to HTTP would hide it.
            if (plain && !isCertificateError(error) && !error?.answered) {
                const p = await plain;
                if (p.ok)
                    return p.value;
                error = p.error;
            }
            (0,abort/* throwIfStopped */.$J)();
            if (!(0,retry/* isRetryableNetworkError */.Hr)(error) || attempt >= this.policy.attempts) {
                const tries = attempt > 1 ? ` (tried ${attempt} times; input 'retries' sets how often)` : '';
                throw new Error(`cannot reach registry ${registry.host}: ${error.message}${tries}`);
            }
            await this.pause(`reach registry ${registry.host}`, attempt, error.message, error.retryAfterMs);
        }
    }
    async pingAt(origin) {
        const url = new URL('/v2/', origin);
        const res = await (0,http/* send */.tN)(url, 'GET', { 'user-agent': this.userAgent }, undefined, this.agents.agentFor(url), this.options.idleTimeoutMs);
        res.resume();
        const status = res.statusCode ?? 0;
        if (status === 200)
            return { origin, challenge: undefined };
        if (status === 401)
            return { origin, challenge: parseChallenge(res.headers['www-authenticate']) };
        const message = `GET ${url.href} answered HTTP ${status}, expected 200 or 401 from an OCI registry`;
        const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']);
        throw Object.assign((0,retry/* isRetryableStatus */.PS)(status) ? new retry/* RetryableError */.dw(message) : new Error(message), { answered: true, retryAfterMs });
    }
}
function isCertificateError(e) {
    const code = e?.code ?? '';
    return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code);
}
function wrap(res, url) {
    return {
        status: res.statusCode ?? 0,
        headers: res.headers,
        url,
        body: res,
        buffer: (limit, what) => (0,http/* readBody */.x8)(res, limit, what),
        discard: () => void res.resume(),
    };
}
/** A promise that never rejects, so one started early and perhaps never awaited cannot go unhandled. */
function settle(p) {
    return p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}

;// CONCATENATED MODULE: ./lib/registry/client.js











/**
 * The OCI Distribution API as pinship uses it. Every method names its repository explicitly, so one
 * client serves many registries with one token cache and one connection pool.
 */
class RegistryClient {
    transport;
    /** Which registries take a blob in one POST: asked once per registry, then remembered. */
    singlePost = new SinglePostSupport();
    constructor(options = {}) {
        this.transport = options instanceof Transport ? options : new Transport(options);
    }
    close() {
        this.transport.close();
    }
    /** The round trip to this registry measured so far (ms), for sizing parallelism to the link. */
    roundTripMs(registry) {
        return this.transport.roundTrips.of(registry.host);
    }
    resolve(ref) {
        return (0,manifests/* resolveManifest */.K9)(this.transport, ref.repository, ref.identifier());
    }
    getManifest(repo, identifier) {
        return (0,manifests/* getManifest */.c2)(this.transport, repo, identifier.toString());
    }
    manifestExists(repo, identifier) {
        return (0,manifests/* manifestExists */.uK)(this.transport, repo, identifier.toString());
    }
    /**
     * Stores manifest bytes under a tag or their digest. A manifest with a `subject` is also recorded
     * in the fallback referrers index when the registry does not index subjects itself.
     */
    async putManifest(repo, identifier, bytes, mediaType) {
        const result = await (0,manifests/* putManifest */.RV)(this.transport, repo, identifier.toString(), bytes, mediaType);
        const json = JSON.parse(bytes.toString('utf8'));
        if (json.subject && !result.subjectIndexed) {
            const annotations = json.annotations;
            await (0,referrers/* addToFallbackIndex */.rh)(this.transport, repo, registry_digest/* Digest */.np.parse(json.subject.digest), (0,referrers/* referrerDescriptor */.xh)(bytes, mediaType, json.artifactType ?? ('config' in json ? json.config.mediaType : undefined), annotations));
        }
        return result.digest;
    }
    deleteManifest(repo, digest) {
        return (0,manifests/* deleteManifest */.rW)(this.transport, repo, digest);
    }
    statBlob(repo, digest) {
        return statBlob(this.transport, repo, digest);
    }
    getBlob(repo, digest, size) {
        return getBlob(this.transport, repo, digest, size);
    }
    /**
     * A small JSON blob (an image config), read whole and verified against its digest. Bounded by
     * JSON_BLOB_MAX_BYTES whatever the descriptor claims: a descriptor comes from a registry too.
     */
    async getJsonBlob(repo, descriptor) {
        const what = `blob ${repo}@${descriptor.digest} (${descriptor.mediaType})`;
        if (descriptor.size > limits/* JSON_BLOB_MAX_BYTES */.eH)
            throw new errors/* TooLargeError */.qB(what, limits/* JSON_BLOB_MAX_BYTES */.eH, `its descriptor gives ${descriptor.size} bytes`);
        const bytes = await (0,http/* readBounded */.CB)(await this.getBlob(repo, registry_digest/* Digest */.np.parse(descriptor.digest), descriptor.size), limits/* JSON_BLOB_MAX_BYTES */.eH, what);
        try {
            return JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error(`${what} is not valid JSON`);
        }
    }
    putBlob(repo, open, opts) {
        return putBlob(this.transport, repo, open, opts, this.singlePost);
    }
    /** Cross-repository mount on one registry; false when the registry declined (the caller uploads instead). */
    mountBlob(repo, digest, from) {
        return mountBlob(this.transport, repo, digest, from);
    }
    /** Fails, writing nothing, unless the credentials may push to `repo`. */
    checkPushAccess(repo) {
        return checkPushAccess(this.transport, repo);
    }
    /** False when the registry says it has no such repository, so nothing can be in it yet. */
    repositoryKnown(repo) {
        return repositoryKnown(this.transport, repo);
    }
    listTags(repo, pageSize) {
        return listTags(this.transport, repo, pageSize);
    }
    listReferrers(repo, subject, artifactType) {
        return (0,referrers/* listReferrers */.xt)(this.transport, repo, subject, artifactType);
    }
    /** Whether the registry of `repo` implements the referrers API; `subject` must be in `repo`. */
    probeReferrersApi(repo, subject) {
        return (0,referrers/* probeReferrersApi */.xQ)(this.transport, repo, subject);
    }
}

// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
;// CONCATENATED MODULE: ./lib/settings/registry-client.js



// Apart from src/settings/registry.ts so that reading the settings (and failing on them) loads no
// registry client: commands import this module only once their inputs have been read.
/** Explicit inputs, then the GitHub token for ghcr.io, then the docker config and its helpers. */
function credentialSource(s, env) {
    return new credentials/* ChainCredentials */.SU([new credentials/* StaticCredentials */.RT((0,registry/* inputCredentials */.p)(s, env)), new credentials/* DockerConfigCredentials */.zw(env.DOCKER_CONFIG || undefined)]);
}
/** The registry client every command uses: the settings' credentials and insecure hosts, retries told to the log. */
function registryClient(s, rt) {
    return new RegistryClient({
        credentials: credentialSource(s, rt.env),
        insecureRegistries: s.insecureRegistries,
        userAgent: 'pinship',
        retry: { attempts: s.attempts },
        ...(s.idleTimeoutMs ? { idleTimeoutMs: s.idleTimeoutMs } : {}),
        onRetry: (m) => rt.info(`retrying: ${m}`),
        onWarning: (m) => rt.warning(m),
    });
}


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
        signal: opts.signal ? AbortSignal.any([(0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(), opts.signal]) : (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(),
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


/***/ }),

/***/ 79860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; the first failure rejects once the rest settle. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ })

};
;