"use strict";
exports.id = 473;
exports.ids = [473];
exports.modules = {

/***/ 63425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   executeCall: () => (/* binding */ executeCall)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _settings_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44798);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(57340);
/* harmony import */ var _util_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16100);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48543);
/* harmony import */ var _builder_auth_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4177);
/* harmony import */ var _builders_buildx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49944);
/* harmony import */ var _builders_detect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81693);
/* harmony import */ var _builders_support_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55901);
/* harmony import */ var _call_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(67777);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(85432);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6347);














/** Each line on its own: the answer quotes the Dockerfile, whose text must not become a workflow command. */
function show(stdout, rt) {
    const text = stdout.replace(/\n+$/, '');
    if (text)
        for (const line of text.split('\n'))
            rt.info(line);
}
/** A buildx without --call is refused before it is asked anything; one that names no release is let try. */
async function checkVersion(command, call, env) {
    const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .execTool */ .wc)(command.cmd, [...command.prefix, 'version'], { env });
    const problem = (0,_call_js__WEBPACK_IMPORTED_MODULE_10__/* .callVersionProblem */ .ou)(call, (0,_call_js__WEBPACK_IMPORTED_MODULE_10__/* .parseBuildxVersion */ .Ou)(stdout));
    if (problem)
        throw new Error(problem);
}
async function ask(command, req, call, rt) {
    const args = [...command.prefix, ...(0,_call_js__WEBPACK_IMPORTED_MODULE_10__/* .buildxCallArgs */ .MT)(req, call).slice(1)];
    try {
        const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .execTool */ .wc)(command.cmd, args, { stream: 'stderr', env: (0,_builders_buildx_js__WEBPACK_IMPORTED_MODULE_7__/* .standaloneEnv */ .J0)(req.env) });
        show(stdout, rt);
    }
    catch (e) {
        if (!(e instanceof _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .ExecError */ .cI) || e.exitCode === null)
            throw e;
        show(e.stdout, rt);
        throw new Error((0,_call_js__WEBPACK_IMPORTED_MODULE_10__/* .callFailure */ .zL)(call, e.stdout, e.message), { cause: e });
    }
}
/** The frontend's answer as JSON (buildx's metadata file keeps it as `result.json`); null when it wrote none. */
async function answer(workDir) {
    try {
        const metadata = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_call_js__WEBPACK_IMPORTED_MODULE_10__/* .callMetadataFile */ .UO)(workDir), 'utf8'));
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
    (0,_report_failure_js__WEBPACK_IMPORTED_MODULE_13__/* .leftUntouched */ .p)(`Nothing was pushed, loaded or tagged: input 'call' asks about the build and makes no image.`);
    await (0,_sources_js__WEBPACK_IMPORTED_MODULE_12__/* .checkBuildSources */ .p)(s.context, s.file, s.fileGiven);
    const builder = await (0,_builders_detect_js__WEBPACK_IMPORTED_MODULE_8__/* .selectBuilder */ .k)(s.builder, s.buildxBuilder);
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rt.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'pinship-call-'));
    (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .registerCleanup */ .qE)(rt, workDir);
    // No SOURCE_DATE_EPOCH, labels or attestations: they shape an image, and a call makes none.
    const req = { ...s, secrets: [], labels: {}, provenance: false, sbom: false, sourceDateEpoch: undefined, workDir, env: rt.env };
    (0,_builders_support_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSupport */ .IU)(builder.name, req);
    if (!(builder instanceof _builders_buildx_js__WEBPACK_IMPORTED_MODULE_7__/* .BuildxBuilder */ .Ow))
        throw new Error(`Input 'call' needs builder: buildx`);
    await checkVersion(builder.command, call, (0,_builders_buildx_js__WEBPACK_IMPORTED_MODULE_7__/* .standaloneEnv */ .J0)(rt.env));
    rt.info(`pinship: call ${call.spec} with buildx: the Dockerfile frontend answers; nothing is built, pushed, loaded or tagged`);
    const access = { credentials: (0,_settings_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .inputCredentials */ .p)(s.registry, rt.env), insecureHosts: [], log: rt.info };
    const auth = await (0,_builder_auth_js__WEBPACK_IMPORTED_MODULE_6__/* .builderAuthConfig */ .M)(access, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workDir, 'docker-config'), rt.env);
    const secretsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workDir, 'secrets');
    try {
        await ask(builder.command, { ...req, secrets: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .writeSecretFiles */ .Bd)(s.secrets, secretsDir), env: auth.env }, call, rt);
    }
    finally {
        await auth.remove().catch((e) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(secretsDir, { recursive: true, force: true }).catch((e) => rt.warning(`could not remove the build's secret files: ${String(e)}`));
    }
    const result = await answer(workDir);
    await (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanupNow */ .V8)(rt, workDir);
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


/***/ })

};
;