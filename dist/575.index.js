"use strict";
exports.id = 575;
exports.ids = [575];
exports.modules = {

/***/ 87487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCall: () => (/* binding */ executeCall)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/report/failure.js
var failure = __webpack_require__(57340);
// EXTERNAL MODULE: ./lib/util/cleanup.js
var cleanup = __webpack_require__(16100);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
// EXTERNAL MODULE: ./lib/commands/build/builders/buildx.js + 1 modules
var buildx = __webpack_require__(49944);
// EXTERNAL MODULE: ./lib/commands/build/builders/detect.js + 3 modules
var detect = __webpack_require__(81693);
// EXTERNAL MODULE: ./lib/commands/build/builders/support.js
var support = __webpack_require__(55901);
;// CONCATENATED MODULE: ./lib/commands/build/call.js



// How a `call` runs; the input itself is read in ./call-input.ts, which a failing run loads without the builders.
/**
 * `buildx version`'s "github.com/docker/buildx v0.15.1 1c1b0ac" (Debian: "github.com/docker/buildx
 * 0.13.1+ds1 0.13.1+ds1-3"); undefined for a build that names no release (a commit).
 */
function parseBuildxVersion(out) {
    const m = /^\S*buildx\S*\s+v?(\d+)\.(\d+)(?:\.(\d+))?/m.exec(out.trim());
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}
/** The one line a buildx too old for `call` fails with; undefined when `found` is new enough or unknown. */
function callVersionProblem(call, found) {
    if (!found)
        return undefined;
    const [major, minor] = found;
    if (major > support/* CALL_BUILDX */.IW[0] || (major === support/* CALL_BUILDX */.IW[0] && minor >= support/* CALL_BUILDX */.IW[1]))
        return undefined;
    return `Input 'call: ${call.spec}' needs buildx ${support/* CALL_BUILDX */.IW.join('.')} or later (its --call); this runner's buildx is ${found.join('.')}`;
}
/** buildx's metadata file for a call: its answer's JSON lands there as `result.json`. */
const callMetadataFile = (workDir) => (0,external_node_path_.join)(workDir, 'metadata.json');
/**
 * `docker buildx build --call` with the flags that say what is evaluated, as a build gets them. No
 * exporter, iidfile, cache export or attestation: a call makes no image.
 */
function buildxCallArgs(req, call) {
    const args = ['buildx', 'build', ...(0,buildx/* buildxInputFlags */.C9)(req)];
    if (req.pull)
        args.push('--pull');
    args.push('--call', call.spec, '--metadata-file', callMetadataFile(req.workDir));
    args.push('--', req.context);
    return args;
}
/**
 * Why a call failed, as build-push-action says it: for `check`, buildx prints the warnings on
 * stdout and exits non-zero, and the step fails with stdout's first line ("Check complete, 2
 * warnings have been found!"); otherwise buildx's own error.
 */
function callFailure(call, stdout, buildxError) {
    const first = stdout.split('\n')[0]?.trim() ?? '';
    if (call.name === 'check' && !call.json && first)
        return `call ${call.spec}: ${first}`;
    if (call.json && stdout.trim())
        return `call ${call.spec}: the answer above has a failing status (${buildxError})`;
    return buildxError;
}

// EXTERNAL MODULE: ./lib/commands/build/builder-access.js + 1 modules
var builder_access = __webpack_require__(1778);
// EXTERNAL MODULE: ./lib/commands/build/sources.js
var sources = __webpack_require__(6347);
;// CONCATENATED MODULE: ./lib/commands/build/call-run.js












/** Each line on its own: the answer quotes the Dockerfile, whose text must not become a workflow command. */
function show(stdout, rt) {
    const text = stdout.replace(/\n+$/, '');
    if (text)
        for (const line of text.split('\n'))
            rt.info(line);
}
/** A buildx without --call is refused before it is asked anything; one that names no release is let try. */
async function checkVersion(command, call, env) {
    const { stdout } = await (0,exec/* execTool */.wc)(command.cmd, [...command.prefix, 'version'], { env });
    const problem = callVersionProblem(call, parseBuildxVersion(stdout));
    if (problem)
        throw new Error(problem);
}
async function ask(command, req, call, rt) {
    const args = [...command.prefix, ...buildxCallArgs(req, call).slice(1)];
    try {
        const { stdout } = await (0,exec/* execTool */.wc)(command.cmd, args, { stream: 'stderr', env: (0,buildx/* standaloneEnv */.J0)(req.env) });
        show(stdout, rt);
    }
    catch (e) {
        if (!(e instanceof exec/* ExecError */.cI) || e.exitCode === null)
            throw e;
        show(e.stdout, rt);
        throw new Error(callFailure(call, e.stdout, e.message), { cause: e });
    }
}
/** The frontend's answer as JSON (buildx's metadata file keeps it as `result.json`); null when it wrote none. */
async function answer(workDir) {
    try {
        const metadata = JSON.parse(await (0,promises_.readFile)(callMetadataFile(workDir), 'utf8'));
        return metadata['result.json'] ?? null;
    }
    catch {
        return null;
    }
}
/**
 * `call`: buildx asks the Dockerfile frontend about the build (its lint, its build arguments and
 * secrets, its stages) and prints the answer; no image is made, so nothing is pushed, loaded or
 * tagged and no registry is written to. The builder's credentials and the secrets are given as for a
 * build: outline and check resolve the base images, and a secret's presence is part of the answer.
 */
async function executeCall(s, call, rt) {
    (0,failure/* leftUntouched */.p)(`Nothing was pushed, loaded or tagged: input 'call' asks about the build and makes no image.`);
    await (0,sources/* checkBuildSources */.p)(s.context, s.file, s.fileGiven);
    const builder = await (0,detect/* selectBuilder */.k)(s.builder, s.buildxBuilder);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pinship-call-'));
    (0,cleanup/* registerCleanup */.qE)(rt, workDir);
    // No SOURCE_DATE_EPOCH, labels or attestations: they shape an image, and a call makes none.
    const req = { ...s, secrets: [], labels: {}, provenance: false, sbom: false, sourceDateEpoch: undefined, workDir, env: rt.env };
    (0,support/* checkSupport */.IU)(builder.name, req);
    if (!(builder instanceof buildx/* BuildxBuilder */.Ow))
        throw new Error(`Input 'call' needs builder: buildx`);
    await checkVersion(builder.command, call, (0,buildx/* standaloneEnv */.J0)(rt.env));
    rt.info(`pinship: call ${call.spec} with buildx: the Dockerfile frontend answers; nothing is built, pushed, loaded or tagged`);
    await (0,builder_access/* withBuilderAccess */.Q)(s, workDir, [], rt, ({ env, secrets }) => ask(builder.command, { ...req, secrets, env }, call, rt));
    const result = await answer(workDir);
    await (0,cleanup/* cleanupNow */.V8)(rt, workDir);
    return { outputs: { metadata: JSON.stringify({ call: call.spec, builder: 'buildx', result }), changed: 'false' } };
}


/***/ }),

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


/***/ })

};
;