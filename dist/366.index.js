"use strict";
exports.id = 366;
exports.ids = [366];
exports.modules = {

/***/ 49944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ow: () => (/* binding */ BuildxBuilder),
  I0: () => (/* binding */ buildxCommand),
  fE: () => (/* binding */ buildxDriver),
  C9: () => (/* binding */ buildxInputFlags),
  J0: () => (/* binding */ standaloneEnv)
});

// UNUSED EXPORTS: DOCKER_BUILDX, buildxArgs, buildxDriverFromState, buildxOutputs, buildxPlugin, parseBuildxDriver

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/image/docker-engine.js + 3 modules
var docker_engine = __webpack_require__(32866);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
// EXTERNAL MODULE: ./lib/commands/build/builders/types.js
var types = __webpack_require__(52107);
// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var secrets = __webpack_require__(85432);
// EXTERNAL MODULE: ./lib/commands/build/builders/support.js
var builders_support = __webpack_require__(55901);
;// CONCATENATED MODULE: ./lib/commands/build/builders/buildkit-epoch.js


/** `docker buildx inspect`'s "BuildKit version: v0.13.2" (older buildx: "Buildkit: v0.10.6"); v0.0.0+unknown (a distribution's build) tells nothing. */
function parseBuildkitVersion(inspect) {
    const m = /^\s*Build[Kk]it(?: version)?:\s*v?(\d+)\.(\d+)/m.exec(inspect);
    if (!m || (m[1] === '0' && m[2] === '0'))
        return undefined;
    return [Number(m[1]), Number(m[2])];
}
/** At least the BuildKit a docker engine release builds with: moby vendors 0.11 in 24, 0.12 in 25, 0.13 in 26. */
function engineBuildkit(engineVersion) {
    const major = Number(/^(\d+)\./.exec(engineVersion)?.[1]);
    if (!Number.isInteger(major))
        return undefined;
    const known = { 23: 10, 24: 11, 25: 12 };
    return major >= 26 ? [0, 13] : [0, known[major] ?? 8];
}
function epochSupport(version, buildkitExports) {
    const [major, minor] = version;
    if (major === 0 && minor < 11)
        return 'none';
    return buildkitExports && (major > 0 || minor >= 13) ? 'rewrite' : 'config';
}
/** The BuildKit a buildx builder runs, and what it was told by, for messages; undefined when nothing says. */
async function builderBuildkit(driver, builder, command, env) {
    if (driver === 'docker') {
        // The docker driver builds with the engine's BuildKit, whose version distributions' builds leave out.
        const socket = await (0,docker_engine/* engineSocket */.I6)(env);
        const engine = socket
            ? (JSON.parse((await (0,docker_engine/* engineCall */.L6)(socket, 'GET', '/version')).toString('utf8')).Version ?? '')
            : (await (0,exec/* execTool */.wc)('docker', ['version', '--format', '{{.Server.Version}}'], { env })).stdout.trim();
        return { version: engineBuildkit(engine), source: `docker engine ${engine}` };
    }
    const { stdout } = await (0,exec/* execTool */.wc)(command.cmd, [...command.prefix, 'inspect', '--bootstrap', ...(builder ? ['--', builder] : [])], { env });
    const version = parseBuildkitVersion(stdout);
    return { version, source: `buildx builder '${builder || 'default'}' (${driver} driver)` };
}

;// CONCATENATED MODULE: ./lib/commands/build/builders/buildx.js










/** Drivers that can write an OCI layout; the `docker` driver (without containerd) only loads into the engine. */
const OCI_DRIVERS = new Set(['docker-container', 'kubernetes', 'remote']);
/**
 * A pushed image comes from an OCI layout with an OCI-capable driver, and with the `docker` driver
 * when the engine uses the containerd image store (`--load` + the iidfile would name a config digest
 * the engine does not know there); otherwise from the engine, through `--load`. The engine also gets
 * the image when the user keeps it (`load: true`, or `push: false`). With an OCI driver that is a
 * second exporter next to the layout (buildx and BuildKit 0.13 or later). The `docker` driver on a
 * containerd store only loads: BuildKit 0.13 in dockerd 26 wrote a layout without its manifest
 * beside `--load`; the engine holds the image as the OCI tree it pushes, and build() saves it from
 * there. An engine with the classic image store holds one platform per image, so a multi-platform
 * result stays a layout there (build() refuses `load: true`).
 */
function buildxOutputs(req, driver, containerdStore) {
    const loadable = containerdStore || req.platforms.length <= 1;
    const layout = OCI_DRIVERS.has(driver) ? req.push || !loadable : containerdStore && req.push && !req.load;
    return { layout, load: loadable && (!layout || req.load) };
}
/** The flags that say what is built, shared by a build and a `call`, which exports nothing (../call.ts). */
function buildxInputFlags(req) {
    const args = [];
    if (req.buildxBuilder)
        args.push('--builder', req.buildxBuilder);
    args.push(...(0,types/* commonBuildFlags */.j)(req));
    if (req.sourceDateEpoch !== undefined)
        args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`);
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const c of req.buildContexts)
        args.push('--build-context', `${c.name}=${c.value}`);
    for (const f of req.noCacheFilters)
        args.push('--no-cache-filter', f);
    for (const a of req.allow)
        args.push('--allow', a);
    for (const s of req.secrets)
        args.push('--secret', (0,secrets/* buildxSecretFlag */.LW)(s));
    for (const s of req.ssh)
        args.push('--ssh', s);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    return args;
}
/** `rewriteTimestamp`: the BuildKit exporting the image clamps its files' times to SOURCE_DATE_EPOCH (see buildkit-epoch.ts). */
function buildxArgs(req, driver, containerdStore = false, rewriteTimestamp = false) {
    const args = ['buildx', 'build', ...buildxInputFlags(req)];
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.pull)
        args.push('--pull');
    // buildx refuses a type given both ways ("duplicate attestation field"): an --attest one replaces the shorthand.
    const typed = new Set(req.attests.map((a) => a.slice('type='.length).split(',')[0].toLowerCase()));
    if (!typed.has('provenance'))
        args.push(`--provenance=${req.provenance}`);
    if (!typed.has('sbom'))
        args.push(`--sbom=${req.sbom}`);
    for (const a of req.attests)
        args.push('--attest', a);
    // buildx refuses an iidfile beside a local or tar exporter; the metadata file names the image then.
    if (!req.outputs.length)
        args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'));
    args.push('--metadata-file', (0,external_node_path_.join)(req.workDir, 'metadata.json'));
    const out = buildxOutputs(req, driver, containerdStore);
    const rewrite = rewriteTimestamp ? ',rewrite-timestamp=true' : '';
    if (out.layout)
        args.push('--output', `type=oci,dest=${(0,external_node_path_.join)(req.workDir, 'oci')},tar=false${rewrite}`);
    // `--load` is `--output type=docker`, spelled out to carry the option.
    if (out.load)
        args.push(...(rewrite ? ['--output', `type=docker${rewrite}`] : ['--load']));
    // Beside pinship's own export, never instead of it: BuildKit 0.13 (dockerd 26, or a docker-container builder) runs several exporters.
    for (const o of req.outputs)
        args.push('--output', `type=${o.type},dest=${o.dest}${rewrite}`);
    // `--`: a context is never read as an option, whatever it looks like.
    args.push('--', req.context);
    return args;
}
/** The `Driver:` line of `docker buildx inspect`; the one call that also proves buildx works. */
function parseBuildxDriver(inspect) {
    return /^Driver:\s*(\S+)/m.exec(inspect)?.[1];
}
const PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
];
/**
 * The buildx plugin binary the docker CLI would run, looked up where the CLI looks: DOCKER_CONFIG's
 * cli-plugins, then the system directories. Undefined when that is unclear (another docker context,
 * `cliPluginsExtraDirs` in config.json, no plugin found): callers then go through the docker CLI.
 */
async function buildxPlugin(env) {
    if (env.DOCKER_CONTEXT)
        return undefined;
    const config = env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    try {
        const json = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(config, 'config.json'), 'utf8'));
        if (json.cliPluginsExtraDirs !== undefined || (json.currentContext && json.currentContext !== 'default'))
            return undefined;
    }
    catch {
        // No (readable) config.json: the CLI uses its defaults too.
    }
    return [(0,external_node_path_.join)(config, 'cli-plugins'), ...PLUGIN_DIRS].map((d) => (0,external_node_path_.join)(d, 'docker-buildx')).find((p) => (0,external_node_fs_.existsSync)(p));
}
const DOCKER_BUILDX = { cmd: 'docker', prefix: ['buildx'] };
async function buildxCommand(env) {
    const plugin = await buildxPlugin(env);
    return plugin ? { cmd: plugin, prefix: [] } : DOCKER_BUILDX;
}
/** A plugin started by the docker CLI gets this variable; standalone, it must not be set or buildx waits for the CLI. */
function standaloneEnv(env) {
    const { DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND: _, ...rest } = env;
    return rest;
}
/**
 * The driver read from buildx's own state files, without starting the CLI (70 ms here): the
 * builder named by the input or BUILDX_BUILDER, else `current` for this docker endpoint, else the
 * endpoint's default builder, which uses the docker driver. Undefined when the state is unclear
 * (another docker context, no plugin found: `command` goes through the docker CLI); the caller then
 * asks `docker buildx inspect`.
 */
async function buildxDriverFromState(builder, env, command) {
    const config = env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    if (command === DOCKER_BUILDX)
        return undefined;
    let name = builder || env.BUILDX_BUILDER || '';
    if (!name) {
        const endpoint = env.DOCKER_HOST || 'unix:///var/run/docker.sock';
        try {
            const current = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(config, 'buildx', 'current'), 'utf8'));
            if (current.Name && (current.Global || current.Key === endpoint))
                name = current.Name;
            else if (current.Key !== endpoint)
                return undefined;
        }
        catch {
            // No `current`: this endpoint's default builder.
        }
    }
    if (!name || name === 'default')
        return 'docker';
    try {
        const instance = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(config, 'buildx', 'instances', name), 'utf8'));
        return instance.Driver;
    }
    catch {
        return undefined;
    }
}
/** `command` is how this run starts buildx (buildxCommand), found once per build. */
async function buildxDriver(builder, command) {
    const known = await buildxDriverFromState(builder, process.env, command);
    if (known)
        return known;
    const { stdout } = await (0,exec/* execTool */.wc)('docker', ['buildx', 'inspect', ...(builder ? ['--', builder] : [])]);
    const driver = parseBuildxDriver(stdout);
    if (!driver)
        throw new Error(`could not read the driver of buildx builder '${builder || 'default'}' from 'docker buildx inspect'`);
    return driver;
}
class BuildxBuilder {
    driver;
    containerdStore;
    command;
    name = 'buildx';
    exportKind;
    /** `containerdStore`: the docker engine keeps images in containerd (see engine-store.ts). */
    constructor(driver, containerdStore = false, command = DOCKER_BUILDX) {
        this.driver = driver;
        this.containerdStore = containerdStore;
        this.command = command;
        this.exportKind = OCI_DRIVERS.has(driver) || containerdStore ? 'oci-layout' : 'docker-image';
    }
    async build(req) {
        (0,builders_support/* checkSupport */.IU)(this.name, req);
        const oci = this.exportKind === 'oci-layout';
        if (!oci && req.platforms.length > 1) {
            throw new Error(`Input 'platforms': '${req.platforms.join(',')}' needs a buildx builder that can export multi-platform images (docker-container, kubernetes or remote driver, see 'buildx-builder'; or the docker driver on an engine with the containerd image store); the '${this.driver}' driver builds one platform here`);
        }
        if (!oci && (req.provenance || req.sbom || req.attests.length)) {
            throw new Error(`Inputs 'provenance'/'sbom' need a buildx builder with the docker-container, kubernetes or remote driver, or the docker driver on an engine with the containerd image store; the '${this.driver}' driver cannot attach attestations here`);
        }
        if (req.load && !this.containerdStore && req.platforms.length > 1) {
            throw new Error(`Input 'load': a ${req.platforms.length}-platform image (${req.platforms.join(',')}) cannot be loaded into a docker engine with the classic image store, which holds one platform per image; drop 'load', build one platform, or use an engine with the containerd image store`);
        }
        if (req.outputs.length)
            await this.checkExporters(req);
        const rewrite = req.sourceDateEpoch !== undefined && (await this.rewritesTimestamps(req));
        // buildxArgs spells the `docker buildx build ...` argv; the command says how buildx is reached.
        const args = [...this.command.prefix, ...buildxArgs(req, this.driver, this.containerdStore, rewrite).slice(1)];
        await (0,exec/* execTool */.wc)(this.command.cmd, args, { stream: true, env: standaloneEnv(req.env) });
        const out = buildxOutputs(req, this.driver, this.containerdStore);
        const dir = (0,external_node_path_.join)(req.workDir, 'oci');
        if (out.layout)
            return { kind: 'oci-layout', dir, engineImage: out.load ? await this.loadedImageId(req.workDir) : undefined };
        const imageId = await this.loadedImageId(req.workDir);
        if (!this.containerdStore || !req.push)
            return { kind: 'docker-image', imageId };
        await (0,docker_engine/* saveImage */.lE)(imageId, dir, req.env);
        return { kind: 'oci-layout', dir, engineImage: imageId };
    }
    /** `outputs` run beside pinship's own export, and a BuildKit before 0.13 runs one exporter only. */
    async checkExporters(req) {
        const { version, source } = await builderBuildkit(this.driver, req.buildxBuilder, this.command, standaloneEnv(req.env));
        if (version && version[0] === 0 && version[1] < 13) {
            throw new Error(`buildx cannot honour input 'outputs' with ${source}: its BuildKit ${version.join('.')} runs one exporter, pinship's own. Builders that can: buildx with BuildKit 0.13 or later (docker engine 26+, or a docker-container builder)`);
        }
    }
    /**
     * Whether this builder's BuildKit can take the files' times from SOURCE_DATE_EPOCH too; one that
     * cannot even set the image's time from it is refused, rather than build an image stamped "now".
     * The docker driver loads into the engine through the engine's exporter, which unpacks the image:
     * BuildKit 0.13 refuses rewrite-timestamp there ("conflicts with unpack").
     */
    async rewritesTimestamps(req) {
        const { version, source } = await builderBuildkit(this.driver, req.buildxBuilder, this.command, standaloneEnv(req.env));
        const engineLoads = this.driver === 'docker' && buildxOutputs(req, this.driver, this.containerdStore).load;
        const support = version ? epochSupport(version, OCI_DRIVERS.has(this.driver) || (this.containerdStore && !engineLoads)) : 'config';
        const shown = version ? `BuildKit ${version.join('.')}` : 'a BuildKit of unknown version';
        if (support === 'none') {
            throw new Error(`buildx cannot honour input 'source-date-epoch' with ${source}: its ${shown} ignores SOURCE_DATE_EPOCH (0.11 or later sets the image's time, docker engine 24+). Builders that can: buildx with BuildKit 0.13 or later (docker engine 26+, or a docker-container builder); ${builders_support/* OCI_TOOLS_WITH_EPOCH */.b3}`);
        }
        if (support === 'config') {
            const why = engineLoads && this.containerdStore && epochSupport(version ?? [0, 0], true) === 'rewrite'
                ? `the image goes into the engine ('load', or 'push: false') through the engine's exporter, which cannot rewrite them; push without 'load' for a reproducible digest`
                : `rewrite-timestamp needs BuildKit 0.13 writing the image itself: docker engine 26+ with the containerd image store, or a docker-container builder`;
            req.warn?.(`source-date-epoch: ${source} with ${shown} sets the image's time from it but leaves the files' times in the layers as built (${why}); a step that writes files still changes the digest`);
        }
        return support === 'rewrite';
    }
    /**
     * The engine's ID of the loaded image: the config digest on the classic store (from the metadata
     * file when `outputs` left the iidfile out); in the
     * containerd store images are known by their manifest (or index) digest, which the metadata file
     * names.
     */
    async loadedImageId(workDir) {
        const iid = await (0,promises_.readFile)((0,external_node_path_.join)(workDir, 'iid'), 'utf8').catch(() => undefined);
        if (!this.containerdStore && iid)
            return iid.trim();
        const metadata = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(workDir, 'metadata.json'), 'utf8'));
        const digest = metadata[this.containerdStore ? 'containerimage.digest' : 'containerimage.config.digest'];
        if (!digest)
            throw new Error(`buildx wrote no image digest to ${(0,external_node_path_.join)(workDir, 'metadata.json')}: cannot name the loaded image in the engine`);
        return digest;
    }
}


/***/ }),

/***/ 55901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ checkSupport),
/* harmony export */   IW: () => (/* binding */ CALL_BUILDX),
/* harmony export */   b3: () => (/* binding */ OCI_TOOLS_WITH_EPOCH)
/* harmony export */ });
/* unused harmony export unsupportedInputs */
/** buildah and podman take a directory, a tarball URL or an image (docker-image://, container-image://, docker://), not a layout. */
const buildxOnlyContext = (value) => value.startsWith('oci-layout://');
/** The first buildx release with --call, `call`'s flag (build-push-action requires the same). */
const CALL_BUILDX = [0, 15];
/** The buildah and podman releases whose `build` takes --source-date-epoch and --rewrite-timestamp. */
const OCI_TOOLS_WITH_EPOCH = 'buildah 1.41 and podman 5.6 or later';
const WHO = {
    buildx: 'builder: buildx',
    docker: 'builder: docker (the classic builder)',
    buildah: 'builder: buildah',
    podman: 'builder: podman',
};
/**
 * The inputs this builder cannot honour, each with the builders that can: a build never goes
 * ahead with an input silently dropped.
 */
function unsupportedInputs(builder, req) {
    const out = [];
    const secretInputs = [...new Set(req.secrets.map((s) => s.input))];
    if (builder === 'docker') {
        for (const input of secretInputs)
            out.push(`'${input}' (build secrets: buildx, buildah, podman)`);
        if (req.buildContexts.length)
            out.push(`'build-contexts' (buildx; buildah and podman for directories, URLs and docker-image://)`);
        if (req.sourceDateEpoch !== undefined)
            out.push(`'source-date-epoch' (buildx; ${OCI_TOOLS_WITH_EPOCH})`);
    }
    else if (builder !== 'buildx') {
        const bad = req.buildContexts.filter((c) => buildxOnlyContext(c.value));
        if (bad.length)
            out.push(`'build-contexts' with ${bad.map((c) => `${c.name}=${c.value}`).join(', ')} (oci-layout:// contexts: buildx)`);
        // Their --secret value is split at commas, with no quoting.
        const comma = req.secrets.filter((s) => s.src.includes(','));
        if (comma.length)
            out.push(`'${comma[0].input}' with a comma in the path ${comma[0].src} (buildx)`);
    }
    if (builder !== 'buildx') {
        if (req.call)
            out.push(`'call' (buildx ${CALL_BUILDX.join('.')} or later)`);
        if (req.noCacheFilters.length)
            out.push(`'no-cache-filters' (buildx)`);
        if (req.allow.length)
            out.push(`'allow' (BuildKit entitlements: buildx)`);
        if (req.outputs.length)
            out.push(`'outputs' (exporters beside the push: buildx)`);
        if (req.attests.length)
            out.push(`'attests', or options in 'provenance'/'sbom' (${req.attests.join('; ')}: buildx)`);
    }
    return out;
}
function checkSupport(builder, req) {
    const unsupported = unsupportedInputs(builder, req);
    if (unsupported.length)
        throw new Error(`${WHO[builder]} cannot honour input ${unsupported.join('; input ')}. The builders in parentheses can.`);
}


/***/ }),

/***/ 52107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ commonBuildFlags),
/* harmony export */   x: () => (/* binding */ engineImageOf)
/* harmony export */ });
/** The image a build left in the docker engine, if any. */
const engineImageOf = (e) => (e.kind === 'docker-image' ? e.imageId : e.engineImage);
/** Flags every builder spells the same way. */
function commonBuildFlags(req) {
    const args = ['--file', req.file];
    if (req.target)
        args.push('--target', req.target);
    for (const [k, v] of Object.entries(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    if (req.noCache)
        args.push('--no-cache');
    if (req.network)
        args.push('--network', req.network);
    for (const h of req.addHosts)
        args.push('--add-host', h);
    if (req.shmSize)
        args.push('--shm-size', req.shmSize);
    for (const u of req.ulimits)
        args.push('--ulimit', u);
    if (req.cgroupParent)
        args.push('--cgroup-parent', req.cgroupParent);
    return args;
}


/***/ }),

/***/ 67777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ refuseImageWishes),
/* harmony export */   MT: () => (/* binding */ buildxCallArgs),
/* harmony export */   Mf: () => (/* binding */ parseCall),
/* harmony export */   Ou: () => (/* binding */ parseBuildxVersion),
/* harmony export */   UO: () => (/* binding */ callMetadataFile),
/* harmony export */   ou: () => (/* binding */ callVersionProblem),
/* harmony export */   zL: () => (/* binding */ callFailure)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);
/* harmony import */ var _builders_buildx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49944);
/* harmony import */ var _builders_support_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55901);




const NAMES = new Set(['check', 'outline', 'targets']);
const EXPECTED = "Expected check, outline or targets, optionally with buildx's ,format=json or ,ignorestatus=true (check,format=json); build (or nothing) builds";
/**
 * The input as buildx's ParseCallFunc reads it (comma-separated fields: one bare name, `format=`,
 * `ignorestatus=`), narrowed to the names build-push-action documents. `build` is buildx's default,
 * an ordinary build. build-push-action hands the value to buildx unchecked; buildx's own refusal
 * comes only after the builder has started, so a typo is caught here.
 */
function parseCall(value) {
    const v = value.trim();
    if (!v || v === 'build')
        return undefined;
    const call = { name: 'check', json: false, ignoreStatus: false, spec: '' };
    let name = '';
    for (const field of v.split(',').map((f) => f.trim())) {
        const eq = field.indexOf('=');
        const key = eq < 0 ? '' : field.slice(0, eq);
        const val = field.slice(eq + 1).toLowerCase();
        if (eq < 0 && !name && NAMES.has(field))
            name = field;
        else if (key === 'format' && (val === 'json' || val === 'text'))
            call.json = val === 'json';
        else if (key === 'ignorestatus' && (val === 'true' || val === 'false'))
            call.ignoreStatus = val === 'true';
        else if (key === 'error') {
            // A check's strictness lives in the Dockerfile, not in buildx's --call.
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('call', value, `${EXPECTED}. To fail on a check's warnings write '# check=error=true' at the top of the Dockerfile.`);
        }
        else
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('call', value, `${EXPECTED}.`);
    }
    if (!name)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('call', value, `${EXPECTED}.`);
    call.name = name;
    call.spec = [name, ...(call.json ? ['format=json'] : []), ...(call.ignoreStatus ? ['ignorestatus=true'] : [])].join(',');
    return call;
}
function refuseImageWishes(call, s) {
    const wishes = [
        ...(s.load ? ["'load: true'"] : []),
        ...(s.pushByDigest ? ["'push-by-digest: true'"] : []),
        ...(s.outputs.length ? ["'outputs'"] : []),
        ...(s.digestFile ? ["'digest-file'"] : []),
    ];
    if (wishes.length) {
        throw new Error(`Input 'call: ${call.spec}' contradicts input ${wishes.join(', ')}: a call evaluates the build and makes no image to load, push or record; drop one`);
    }
}
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
    if (major > _builders_support_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL_BUILDX */ .IW[0] || (major === _builders_support_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL_BUILDX */ .IW[0] && minor >= _builders_support_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL_BUILDX */ .IW[1]))
        return undefined;
    return `Input 'call: ${call.spec}' needs buildx ${_builders_support_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL_BUILDX */ .IW.join('.')} or later (its --call); this runner's buildx is ${found.join('.')}`;
}
/** buildx's metadata file for a call: its answer's JSON lands there as `result.json`. */
const callMetadataFile = (workDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workDir, 'metadata.json');
/**
 * `docker buildx build --call` with the flags that say what is evaluated, as a build gets them. No
 * exporter, iidfile, cache export or attestation: a call makes no image.
 */
function buildxCallArgs(req, call) {
    const args = ['buildx', 'build', ...(0,_builders_buildx_js__WEBPACK_IMPORTED_MODULE_2__/* .buildxInputFlags */ .C9)(req)];
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


/***/ }),

/***/ 67366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildCommand: () => (/* binding */ runBuildCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(29199);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/annotations.js
var annotations = __webpack_require__(22275);
// EXTERNAL MODULE: ./lib/settings/context.js
var settings_context = __webpack_require__(55706);
// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var secrets = __webpack_require__(85432);
// EXTERNAL MODULE: ./lib/settings/bpa-list.js
var bpa_list = __webpack_require__(96573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/util/glob.js
var glob = __webpack_require__(66852);
// EXTERNAL MODULE: ./lib/settings/run-roots.js
var run_roots = __webpack_require__(13472);
;// CONCATENATED MODULE: ./lib/commands/build/bpa-outputs.js





const FORM = 'Expected type=local,dest=PATH or type=tar,dest=PATH, one per line';
/** Exporters that would make a second image beside the one pinship pushes, signs and records. */
const IMAGE_TYPES = new Set(['image', 'registry', 'docker', 'oci', 'cacheonly']);
/** The deepest folder of `path` that exists, symlinks resolved: where a missing tail would be created. */
function realAncestor(path) {
    let p = path;
    while (!(0,external_node_fs_.existsSync)(p)) {
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return undefined;
        p = up;
    }
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * A pull request controls the checkout, so a dest (relative to the working directory) must land
 * inside the workspace or RUNNER_TEMP once any symlink on its way is resolved.
 */
function checkedDest(line, dest, env, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, dest);
    const allowed = (0,run_roots/* runRoots */.ZR)(env, cwd);
    const real = realAncestor(path);
    const roots = allowed.map((r) => realAncestor(r.root));
    if (!real || !roots.some((r) => r && (0,glob/* isInside */.FK)(r, real)))
        throw new inputs/* InputError */.dz('outputs', line, `Expected a dest inside ${(0,run_roots/* placesOf */.ek)(allowed)}: pinship writes nowhere else.`);
    return path;
}
function parseOutput(line, env, cwd = process.cwd()) {
    // buildx's own shorthand: a bare path is type=local,dest=path, and `-` is a tar on stdout.
    const fields = line.includes('=') ? line.split(',').map((f) => f.trim()) : [`type=local`, `dest=${line}`];
    const attrs = new Map();
    for (const f of fields) {
        const eq = f.indexOf('=');
        if (eq <= 0 || attrs.has(f.slice(0, eq).toLowerCase()))
            throw new inputs/* InputError */.dz('outputs', line, `${FORM}.`);
        attrs.set(f.slice(0, eq).toLowerCase(), f.slice(eq + 1));
    }
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (IMAGE_TYPES.has(type)) {
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}: pinship exports the image itself (inputs 'images', 'push' and 'push-by-digest', and 'load' for the local engine), so it is pushed, signed and recorded once.`);
    }
    const dest = attrs.get('dest') ?? '';
    if ((type !== 'local' && type !== 'tar') || !dest || attrs.size !== 2)
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}.`);
    // `-` is stdout, where the step's log and outputs go.
    // buildx reads its --output value as CSV: a quote would change the path it writes to.
    if (dest.includes('"'))
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}; a dest with a double quote is not taken.`);
    if (dest === '-')
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}; a dest of - (stdout) is not taken: name a path.`);
    const path = checkedDest(line, dest, env, cwd);
    // buildx makes a local folder but not a tarball's folder, and would fail only after the build.
    if (type === 'tar' && !(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(path)))
        throw new inputs/* InputError */.dz('outputs', line, `Its folder ${(0,external_node_path_.dirname)(path)} does not exist.`);
    return { type, dest: path };
}

;// CONCATENATED MODULE: ./lib/commands/build/bpa-inputs.js



function list(rt, name, ignoreComma) {
    try {
        return (0,bpa_list/* bpaList */.wI)(rt.input(name), { ignoreComma, trim: true });
    }
    catch (e) {
        if (e instanceof bpa_list/* UnclosedQuoteError */.q2)
            throw new inputs/* InputError */.dz(name, rt.input(name), `Expected entries one per line; ${e.message}.`);
        throw e;
    }
}
const CONTEXT_FORMS = 'Expected name=docker-image://image, name=oci-layout://path[@digest], or name=path (a directory or URL)';
/** Schemes buildx reads as a context source; any other `x://` is a typo better caught here. */
const CONTEXT_SCHEMES = /^(docker-image|oci-layout|https?|git|ssh|container-image|docker):\/\//;
function parseBuildContext(entry) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, Math.max(eq, 0)).trim();
    const value = entry.slice(eq + 1).trim();
    if (eq <= 0 || !name || !value || /[\s,"]/.test(name))
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}.`);
    if (value.includes('{{')) {
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}; build-push-action's {{defaultContext}} (its Git context) has no equivalent: pinship builds from the checkout.`);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !CONTEXT_SCHEMES.test(value))
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}.`);
    // buildx resolves target: only among the targets of one bake run; a single build fails ("failed to find target").
    if (value.startsWith('target:')) {
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}; target: names another docker buildx bake target, which a single build has none of (write the stage's own name in the Dockerfile).`);
    }
    return { name, value };
}
const STAGE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(\.[a-z]+)*(=\S+)?$/;
function readBpaBuildInputs(rt) {
    const cgroupParent = rt.input('cgroup-parent');
    if (cgroupParent && !/^[^\s-][^\s]*$/.test(cgroupParent))
        throw new inputs/* InputError */.dz('cgroup-parent', cgroupParent, 'Expected a cgroup path such as my-builds or /ci.slice.');
    return {
        buildContexts: list(rt, 'build-contexts', true).map(parseBuildContext),
        noCacheFilters: list(rt, 'no-cache-filters', false).map((s) => {
            if (!STAGE.test(s))
                throw new inputs/* InputError */.dz('no-cache-filters', s, 'Expected build stage names, one per line or comma-separated.');
            return s;
        }),
        cgroupParent,
        allow: list(rt, 'allow', false).map((s) => {
            if (!ENTITLEMENT.test(s))
                throw new inputs/* InputError */.dz('allow', s, 'Expected BuildKit entitlements such as network.host or security.insecure.');
            return s;
        }),
        outputs: list(rt, 'outputs', true).map((line) => parseOutput(line, rt.env)),
    };
}

;// CONCATENATED MODULE: ./lib/commands/build/attestations.js


/** `attestations`: where buildx's attestation manifests go, in the image index or OCI 1.1 referrers of their platform manifests. */
const ATTESTATION_PLACES = ['index', 'referrers'];
const OPTIONS = /^[a-z][a-z0-9-]*=[^,]*(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const ATTEST = /^type=(provenance|sbom)(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const disabled = (spec) => /(^|,)disabled=true(,|$)/i.test(spec);
/** true, false, or buildx's options for that attestation (`mode=max,builder-id=...`, `generator=...`). */
function readToggle(rt, name, example) {
    const v = rt.input(name);
    if (!v || /^false$/i.test(v))
        return { on: false };
    if (/^true$/i.test(v))
        return { on: true };
    if (!OPTIONS.test(v))
        throw new inputs/* InputError */.dz(name, v, `Expected true, false, or buildx's ${name} options, e.g. ${example}.`);
    const spec = `type=${name},${v}`;
    return { on: !disabled(spec), spec };
}
function readAttestations(rt) {
    const provenance = readToggle(rt, 'provenance', 'mode=max or mode=max,builder-id=https://ci.example/run/1');
    const sbom = readToggle(rt, 'sbom', 'generator=docker/buildkit-syft-scanner');
    const out = { provenance: provenance.on, sbom: sbom.on, attests: [] };
    const typed = new Set();
    const add = (input, spec) => {
        const type = spec.slice('type='.length).split(',')[0].toLowerCase();
        if (typed.has(type))
            throw new inputs/* InputError */.dz(input, spec, `Expected one ${type} attestation: 'provenance', 'sbom' and 'attests' give it once between them.`);
        typed.add(type);
        out.attests.push(spec);
        if (type === 'provenance')
            out.provenance = !disabled(spec);
        else
            out.sbom = !disabled(spec);
    };
    if (provenance.spec)
        add('provenance', provenance.spec);
    if (sbom.spec)
        add('sbom', sbom.spec);
    for (const entry of (0,bpa_list/* bpaList */.wI)(rt.input('attests'), { ignoreComma: true, trim: true })) {
        if (!ATTEST.test(entry))
            throw new inputs/* InputError */.dz('attests', entry, 'Expected type=provenance or type=sbom with buildx options, e.g. type=sbom,generator=image or type=provenance,mode=max.');
        add('attests', entry);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/settings/source-date-epoch.js

/** 9999-12-31T23:59:59Z: the last second an RFC 3339 `created` value can name. */
const LAST = 253402300799;
function readSourceDateEpoch(rt) {
    const value = rt.input('source-date-epoch').trim();
    if (!value)
        return undefined;
    if (value === 'commit')
        return 'commit';
    if (/^\d{1,12}$/.test(value) && Number(value) <= LAST)
        return { seconds: Number(value) };
    throw new inputs/* InputError */.dz('source-date-epoch', value, "Expected a Unix time in whole seconds (e.g. 1700000000), or commit for the built commit's committer time.");
}

// EXTERNAL MODULE: ./lib/commands/build/call.js
var build_call = __webpack_require__(67777);
;// CONCATENATED MODULE: ./lib/commands/build/settings.js











/** A size as buildx, docker and buildah read `--shm-size` (docker/go-units RAMInBytes: 2g, 2gb, 2GiB; units are powers of 1024). */
const SIZE = /^\d+(\.\d+)?[kmgtp]?i?b?$/i;
const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
function readPlatforms(rt) {
    const platforms = (0,inputs/* listInput */.dt)(rt, 'platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new inputs/* InputError */.dz('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
    }
    return platforms;
}
/** A value of input `name`, which must match `form` (`expected` says how): it becomes a builder flag's value, never a flag. */
function formValue(name, value, form, expected) {
    if (value && !form.test(value))
        throw new inputs/* InputError */.dz(name, value, expected);
    return value;
}
async function readBuildSettings(rt) {
    const push = (0,inputs/* boolInput */.Hm)(rt, 'push', true);
    const call = (0,build_call/* parseCall */.Mf)(rt.input('call'));
    // A call pushes nothing: the repositories it would have gone to need not be named.
    const parsedImages = (0,settings_images/* readImages */.H)(rt, push && !call);
    const images = parsedImages.map((p) => p.repository);
    const context = (0,settings_context/* readContext */.y)(rt);
    const pushByDigest = (0,inputs/* boolInput */.Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
    // The tag rules' parser and digest-file's checks (node:fs/promises) load after the first checks: a run
    // without images failed ~0.25x of bare Node's start-up later with them loaded up front.
    const [{ readTagSettings }, { parseDigestFile }] = await Promise.all([__webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 43254)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 80680))]);
    const tagging = readTagSettings(rt);
    const buildArgs = (0,inputs/* keyValueInput */.Bb)(rt, 'build-args');
    const sourceDateEpoch = readSourceDateEpoch(rt);
    if (sourceDateEpoch && 'SOURCE_DATE_EPOCH' in buildArgs) {
        throw new inputs/* InputError */.dz('build-args', `SOURCE_DATE_EPOCH=${buildArgs.SOURCE_DATE_EPOCH}`, "Expected the time in input 'source-date-epoch' alone: it passes SOURCE_DATE_EPOCH to the builder itself.");
    }
    const settings = {
        images,
        context,
        file: rt.input('file') || (0,external_node_path_.join)(context, 'Dockerfile'),
        fileGiven: rt.input('file') !== '',
        buildArgs,
        target: rt.input('target'),
        platforms: readPlatforms(rt),
        secrets: (0,secrets/* readSecrets */.ql)(rt),
        ...readBpaBuildInputs(rt),
        cacheFrom: (0,inputs/* linesInput */.WO)(rt, 'cache-from'),
        cacheTo: (0,inputs/* linesInput */.WO)(rt, 'cache-to'),
        noCache: (0,inputs/* boolInput */.Hm)(rt, 'no-cache', false),
        pull: (0,inputs/* boolInput */.Hm)(rt, 'pull', false),
        network: rt.input('network'),
        ssh: (0,inputs/* linesInput */.WO)(rt, 'ssh').map((v) => formValue('ssh', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*(=\S.*)?$/, 'Expected an SSH agent id, alone or with sockets or keys: default, or github=/path/to/key.')),
        addHosts: (0,inputs/* listInput */.dt)(rt, 'add-hosts').map((v) => formValue('add-hosts', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*[:=]\S+$/, 'Expected host:ip, e.g. docker:10.180.0.1.')),
        shmSize: formValue('shm-size', rt.input('shm-size'), SIZE, 'Expected a size such as 128m, 2g or 2GiB.'),
        ulimits: (0,inputs/* linesInput */.WO)(rt, 'ulimit').map((v) => formValue('ulimit', v, /^[a-z]+=-?\d+(:-?\d+)?$/, 'Expected name=soft[:hard], e.g. nofile=1024:2048.')),
        builder: (0,inputs/* choiceInput */.ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: (0,inputs/* operandInput */.WP)(rt, 'buildx-builder', '', 'the name of a buildx builder'),
        ...tagging,
        push,
        pushByDigest,
        load: (0,inputs/* boolInput */.Hm)(rt, 'load', false),
        // Off by default (build-push-action's buildx adds min provenance): one platform stays one manifest.
        ...readAttestations(rt),
        attestationsAt: (0,inputs/* choiceInput */.ij)(rt, 'attestations', ATTESTATION_PLACES, 'index'),
        annotations: (0,annotations/* parseAnnotations */.K)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'manifest'),
        sourceDateEpoch,
        call,
        digestFile: await parseDigestFile(rt.input('digest-file'), rt.env),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, images[0]?.registry.host),
    };
    if (call)
        (0,build_call/* refuseImageWishes */.J6)(call, settings);
    return settings;
}

;// CONCATENATED MODULE: ./lib/commands/build/command.js

/**
 * The inputs are read on a light module graph first: a run that fails on them loads no builder,
 * registry, signing or publishing code (cold start). Then the rest (./execute.ts), or for `call`,
 * which makes no image, ./call-run.ts.
 */
async function runBuildCommand(rt) {
    const s = await readBuildSettings(rt);
    if (s.call)
        return (await Promise.all(/* import() */[__webpack_require__.e(550), __webpack_require__.e(473)]).then(__webpack_require__.bind(__webpack_require__, 63425))).executeCall(s, s.call, rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(102), __webpack_require__.e(137), __webpack_require__.e(696), __webpack_require__.e(107), __webpack_require__.e(550), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 38198))).executeBuild(s, rt);
}


/***/ }),

/***/ 85432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ writeSecretFiles),
/* harmony export */   LW: () => (/* binding */ buildxSecretFlag),
/* harmony export */   QB: () => (/* binding */ ociSecretFlag),
/* harmony export */   ql: () => (/* binding */ readSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96573);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(792);
// Synchronous fs only: this module loads with the settings, before a failing run's first error,
// and node:fs/promises costs that path a measurable share of its start-up.




/** build-push-action's list options per input (its context.ts): `secrets` untrimmed, `secret-envs` split at commas. */
const LIST = {
    secrets: { ignoreComma: true, trim: false },
    'secret-files': { ignoreComma: true, trim: true },
    'secret-envs': { ignoreComma: false, trim: true },
};
/** buildx's `--secret` keys: a line made of them is pinship's former spec form, not an ID=VALUE pair. */
const SPEC_LINE = /^(id|type|src|source|env)=[^,]*,(id|type|src|source|env)=/;
/** Entries that a builder's `--secret` value could not carry: buildx splits it as CSV, buildah and podman at commas. */
const ID = /^[^\s,"]+$/;
function entries(rt, name) {
    try {
        return (0,_settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__/* .bpaList */ .wI)(rt.input(name), LIST[name]);
    }
    catch (e) {
        if (!(e instanceof _settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__/* .UnclosedQuoteError */ .q2))
            throw e;
        throw new Error(`Invalid input '${name}': entry ${e.entry} opens a double quote that never closes (its text is not shown: it may be a secret). A value spanning lines goes in double quotes, "ID=line 1<newline>line 2", with any " inside it doubled.`, { cause: e });
    }
}
/**
 * An entry split at its first '=', as build-push-action splits it. An empty id or value is skipped
 * with a warning, as build-push-action does (its CI passes `INVALID_SECRET=` and expects the build
 * to go on); the warning names the entry by number and shows no value, which may be a secret.
 */
function splitEntry(rt, name, entry, n) {
    const eq = entry.indexOf('=');
    const id = eq > 0 ? entry.slice(0, eq).trim() : '';
    const value = eq >= 0 ? entry.slice(eq + 1) : '';
    if (!id || !value) {
        const why = eq < 0 ? "has no '=' (a value that spans lines must be double-quoted)" : !id ? 'has no id before the =' : `('${id}=') has no value`;
        rt.warning(`Input '${name}': entry ${n} ${why}; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=${name === 'secrets' ? 'VALUE' : name === 'secret-files' ? 'PATH' : 'ENV_NAME'}.`);
        return undefined;
    }
    if (!ID.test(id))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, id, 'Expected a secret id without spaces, commas or double quotes, before the first =.');
    return [id, value];
}
/** Masks a secret and, as the runner masks line by line, each long-enough line of a multi-line one. */
function mask(rt, value) {
    rt.setSecret(value);
    for (const line of value.split(/\r?\n|\r/))
        if (line !== value && line.trim().length > 8)
            rt.setSecret(line.trim());
}
function readValues(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secrets').entries()) {
        if (SPEC_LINE.test(entry)) {
            throw new Error(`Invalid input 'secrets': entry ${i + 1} is a buildx --secret spec (id=...,src=... or id=...,env=...). 'secrets' takes docker/build-push-action's ID=VALUE entries, the value being the secret itself: a secret read from a file goes in 'secret-files' (ID=PATH), one from an environment variable in 'secret-envs' (ID=ENV_NAME).`);
        }
        const kv = splitEntry(rt, 'secrets', entry, i + 1);
        if (!kv)
            continue;
        mask(rt, kv[1]);
        out.push({ input: 'secrets', id: kv[0], value: kv[1] });
    }
    return out;
}
/** A secret file that is not there fails the run (build-push-action warns and builds without it). */
function readFiles(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secret-files').entries()) {
        const kv = splitEntry(rt, 'secret-files', entry, i + 1);
        if (!kv)
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(kv[1]);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('secret-files', entry, `Expected ID=PATH naming a file; there is no file at ${file}.`);
        out.push({ input: 'secret-files', id: kv[0], file });
    }
    return out;
}
/** A variable that is not set fails the run; a set but empty one is an empty secret. */
function readEnvs(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secret-envs').entries()) {
        const kv = splitEntry(rt, 'secret-envs', entry, i + 1);
        if (!kv)
            continue;
        const value = rt.env[kv[1]];
        if (value === undefined)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('secret-envs', entry, `Expected ID=ENV_NAME naming a set environment variable; ${kv[1]} is not set.`);
        if (value)
            mask(rt, value);
        out.push({ input: 'secret-envs', id: kv[0], value });
    }
    return out;
}
/** `secrets`, `secret-files`, `secret-envs`, with build-push-action's names and meanings. */
function readSecrets(rt) {
    return [...readValues(rt), ...readFiles(rt), ...readEnvs(rt)];
}
/**
 * Secrets given by value become files in the build's private folder (created 0700 by mkdtemp; this
 * folder and its files owner-only too), never an argument or an environment variable the builder
 * passes on; execute.ts removes them as soon as the build ends.
 */
function writeSecretFiles(sources, dir) {
    if (sources.some((s) => 'value' in s)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: 0o700 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    }
    const out = [];
    for (const [i, s] of sources.entries()) {
        let src;
        if ('file' in s)
            src = s.file;
        else {
            src = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, String(i));
            // 'wx': a fresh file, never one (or a link) found in its place.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(src, s.value, { mode: 0o600, flag: 'wx' });
        }
        out.push({ input: s.input, id: s.id, src });
    }
    return out;
}
/** One CSV field of buildx's `--secret` value, quoted when it holds a comma or a quote. */
const csvField = (f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
/** buildx reads `--secret` as CSV fields. */
const buildxSecretFlag = (s) => `${csvField(`id=${s.id}`)},${csvField(`src=${s.src}`)}`;
/** buildah and podman split `--secret` at commas; readSecrets keeps commas out of ids, and ociToolChecks out of paths. */
const ociSecretFlag = (s) => `id=${s.id},src=${s.src}`;


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ ANNOTATION_LEVELS),
/* harmony export */   I_: () => (/* binding */ ociLabelAnnotations),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/** Where buildx puts an annotation (`--annotation manifest,index:key=value`). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/**
 * The key/value pairs for one level (and platform): `defaults` first, the explicit annotations
 * override them; undefined when there is nothing to set.
 */
function annotationsAt(all, level, platform, defaults = {}) {
    const out = { ...defaults };
    for (const a of all) {
        if (!a.levels.includes(level))
            continue;
        if (a.platform && a.platform !== platform)
            continue;
        out[a.key] = a.value;
    }
    return Object.keys(out).length ? out : undefined;
}
/** The `org.opencontainers.image.*` label values, metadata-action's default annotations. */
function ociLabelAnnotations(labels) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.')));
}


/***/ }),

/***/ 32866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L6: () => (/* binding */ engineCall),
  I6: () => (/* binding */ engineSocket),
  aH: () => (/* binding */ removeImage),
  lE: () => (/* binding */ saveImage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/registry/http.js
var http = __webpack_require__(69127);
// EXTERNAL MODULE: ./lib/registry/limits.js
var limits = __webpack_require__(20927);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./lib/util/tar-header.js
/**
 * One 512-byte tar header and the pax records that amend it: ustar, GNU (long names, base-256
 * numbers) and pax, the formats `docker save` (Go's archive/tar) and GNU tar write.
 */
const BLOCK = 512;
/**
 * The largest pax or GNU long-name body read into memory: real ones hold a path or a few
 * records, so 1 MiB is generous while a hostile archive cannot make pinship buffer gigabytes.
 */
const MAX_META_BODY = 1024 * 1024;
function tar_header_text(block, offset, length) {
    const raw = block.subarray(offset, offset + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}
/**
 * A numeric field: octal digits (NUL- or space-terminated), or GNU base-256 when the high bit of
 * the first byte is set, which is how sizes of 8 GiB and more are written.
 */
function numericField(block, offset, length, what) {
    const first = block[offset];
    if (first & 0x80) {
        if (first === 0xff)
            throw new Error(`${what} is a negative base-256 number`);
        let n = BigInt(first & 0x7f);
        for (let i = 1; i < length; i++)
            n = (n << 8n) | BigInt(block[offset + i]);
        if (n > BigInt(Number.MAX_SAFE_INTEGER))
            throw new Error(`${what} is ${n}, larger than pinship can address`);
        return Number(n);
    }
    const digits = tar_header_text(block, offset, length).trim();
    if (!/^[0-7]*$/.test(digits))
        throw new Error(`${what} is '${digits}', expected octal digits`);
    return digits ? parseInt(digits, 8) : 0;
}
/** The stored checksum against the unsigned (POSIX) and signed (old Unix tar) byte sums. */
function checkChecksum(block, at) {
    const stored = numericField(block, 148, 8, `tar header at byte ${at}: checksum field`);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    if (stored !== unsigned && stored !== signed) {
        throw new Error(`tar header at byte ${at}: checksum ${stored} does not match the header's bytes (${unsigned}): not a tar archive, or a corrupted one`);
    }
}
function isZeroBlock(block) {
    return block.every((b) => b === 0);
}
/** A checked header; the caller has already recognised the all-zero end-of-archive block. */
function parseHeader(block, at) {
    checkChecksum(block, at);
    const name = tar_header_text(block, 0, 100);
    // Only POSIX ustar ("ustar\0") has a name prefix at 345; GNU ("ustar  \0") keeps times there.
    const ustar = block.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = ustar ? tar_header_text(block, 345, 155) : '';
    return {
        name: prefix ? `${prefix}/${name}` : name,
        linkname: tar_header_text(block, 157, 100),
        size: numericField(block, 124, 12, `tar header at byte ${at} ('${name}'): size`),
        type: block[156] ? String.fromCharCode(block[156]) : '0',
    };
}
/** `<length> <key>=<value>\n` records of a pax extended header, each length checked. */
function parsePaxRecords(body, at) {
    const out = new Map();
    let pos = 0;
    const bad = (why) => new Error(`pax header at byte ${at}: ${why} at record offset ${pos}`);
    while (pos < body.length) {
        // Some writers pad the body with NULs.
        if (body.subarray(pos).every((b) => b === 0))
            break;
        const space = body.indexOf(0x20, pos);
        const lengthText = space < 0 ? '' : body.subarray(pos, space).toString('latin1');
        if (!/^[1-9][0-9]{0,7}$/.test(lengthText))
            throw bad('a record does not start with its length');
        const end = pos + Number(lengthText);
        if (end > body.length || end <= space + 1 || body[end - 1] !== 0x0a)
            throw bad('a record length does not match its newline');
        const record = body.subarray(space + 1, end - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw bad('a record has no key=value');
        out.set(record.slice(0, eq), record.slice(eq + 1));
        pos = end;
    }
    return out;
}
/** pax `size=`: decimal, and within what a JavaScript number holds exactly. */
function paxSize(value, at) {
    if (!/^[0-9]{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER)
        throw new Error(`pax header at byte ${at}: size '${value}' is not a byte count`);
    return Number(value);
}

;// CONCATENATED MODULE: ./lib/util/tar-read.js



const KINDS = { '0': 'file', '7': 'file', '5': 'directory', '2': 'symlink', '1': 'hardlink' };
const META = new Set(['x', 'g', 'L', 'K']);
/** A push parser: bytes in, entries out, with the sink's backpressure honoured. */
class TarParser {
    onEntry;
    pending = Buffer.alloc(0);
    /** Archive offset of pending[0], for error messages. */
    offset = 0;
    remaining = 0;
    padding = 0;
    body;
    overrides = {};
    ended = false;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    take(n) {
        const out = this.pending.subarray(0, n);
        this.pending = this.pending.subarray(n);
        this.offset += n;
        return out;
    }
    async push(chunk) {
        this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        while (!this.ended) {
            if (this.remaining > 0) {
                if (!this.pending.length)
                    return;
                const part = this.take(Math.min(this.remaining, this.pending.length));
                this.remaining -= part.length;
                if (this.body?.kind === 'meta')
                    this.body.chunks.push(Buffer.from(part));
                else if (this.body?.sink)
                    await this.body.sink.write(part);
                if (this.remaining === 0)
                    await this.endBody();
                continue;
            }
            if (this.padding > 0) {
                this.padding -= this.take(Math.min(this.padding, this.pending.length)).length;
                if (this.padding > 0)
                    return;
                continue;
            }
            if (this.pending.length < BLOCK)
                return;
            const at = this.offset;
            await this.header(Buffer.from(this.take(BLOCK)), at);
        }
    }
    async header(block, at) {
        if (isZeroBlock(block)) {
            this.ended = true;
            return;
        }
        const h = parseHeader(block, at);
        let size;
        if (META.has(h.type)) {
            if (h.size > MAX_META_BODY)
                throw new Error(`tar header at byte ${at}: a '${h.type}' header body of ${h.size} bytes exceeds pinship's limit of ${MAX_META_BODY} bytes (1 MiB)`);
            this.body = { kind: 'meta', type: h.type, at, chunks: [] };
            size = h.size;
        }
        else {
            const kind = KINDS[h.type];
            const name = this.overrides.path ?? h.name;
            if (!kind)
                throw new Error(`tar member '${name}' at byte ${at} has type '${h.type}' (device, fifo, sparse or unknown), which pinship does not extract`);
            // As Go's archive/tar does: links and directories carry no body, whatever their size field says.
            size = kind === 'file' ? (this.overrides.size ?? h.size) : 0;
            const entry = { name, kind, linkname: this.overrides.linkpath ?? h.linkname, size };
            this.overrides = {};
            this.body = { kind: 'data', entry, sink: await this.onEntry(entry) };
        }
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (size === 0)
            await this.endBody();
    }
    async endBody() {
        const body = this.body;
        this.body = undefined;
        if (!body)
            return;
        if (body.kind === 'data')
            await body.sink?.end();
        else
            this.applyMeta(body.type, Buffer.concat(body.chunks), body.at);
    }
    applyMeta(type, bytes, at) {
        if (type === 'L' || type === 'K') {
            const end = bytes.indexOf(0);
            const value = bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
            if (type === 'L')
                this.overrides.path = value;
            else
                this.overrides.linkpath = value;
            return;
        }
        const records = parsePaxRecords(bytes, at);
        // Global ('g') records are checked but not applied: nothing pinship reads depends on them.
        if (type === 'g')
            return;
        for (const key of records.keys()) {
            if (key.startsWith('GNU.sparse.'))
                throw new Error(`pax header at byte ${at}: sparse members are not supported`);
        }
        const path = records.get('path');
        const linkpath = records.get('linkpath');
        const size = records.get('size');
        if (path)
            this.overrides.path = path;
        if (linkpath)
            this.overrides.linkpath = linkpath;
        if (size)
            this.overrides.size = paxSize(size, at);
    }
    finish() {
        if (this.ended)
            return;
        const body = this.body;
        const where = body?.kind === 'data' ? ` in the middle of member '${body.entry.name}' (${body.entry.size} bytes)` : body ? ' in the middle of a header body' : '';
        throw new Error(`tar stream ended at byte ${this.offset + this.pending.length}${where || ' without its end-of-archive blocks'}: truncated`);
    }
}
/**
 * Reads a tar stream member by member. `onEntry` sees every file, directory and link; for a
 * regular file it may return a sink for the bytes. Headers are checksummed, sizes may be
 * base-256 or pax, pax and long-name bodies are bounded by MAX_META_BODY.
 */
async function readTar(source, onEntry) {
    const parser = new TarParser(onEntry);
    await (0,external_node_stream_promises_.pipeline)(source, new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            parser.push(chunk).then(() => cb(), cb);
        },
        final(cb) {
            try {
                parser.finish();
                cb();
            }
            catch (e) {
                cb(e);
            }
        },
    }));
}

;// CONCATENATED MODULE: ./lib/util/tar.js




/** Link entries are followed this many times at most when a member is looked up. */
const MAX_LINK_HOPS = 16;
/**
 * A member name as a relative path without `.` or empty components. Absolute names and any `..`
 * are refused rather than rewritten: `docker save` writes neither.
 */
function memberPath(name, what, dir) {
    if (name.includes('\0'))
        throw new Error(`${what} '${name}' contains a NUL byte`);
    if (name.startsWith('/'))
        throw new Error(`${what} '${name}' is absolute: it would be written outside ${dir}`);
    const parts = name.split('/').filter((p) => p && p !== '.');
    if (parts.includes('..'))
        throw new Error(`${what} '${name}' contains '..': it could be written outside ${dir}`);
    return parts.join('/');
}
/** A link's target as a member path: symlinks are relative to their own directory, hardlinks to the root. */
function linkTarget(entry, name, dir) {
    const what = `tar ${entry.kind} '${entry.name}' -> '${entry.linkname}': target`;
    if (!entry.linkname)
        throw new Error(`${what} is empty`);
    if (entry.kind === 'hardlink')
        return memberPath(entry.linkname, what, dir);
    if (entry.linkname.startsWith('/'))
        throw new Error(`${what} is absolute: it points outside ${dir}`);
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(name), entry.linkname));
    if (resolved === '..' || resolved.startsWith('../'))
        throw new Error(`${what} points outside ${dir}`);
    return resolved === '.' ? '' : resolved;
}
/**
 * Creates `rel` (a directory path under root) one component at a time, refusing any component
 * that already exists as something other than a real directory: a symlink is never followed.
 */
async function ensureDir(root, rel, member) {
    let path = root;
    for (const part of rel ? rel.split('/') : []) {
        path = (0,external_node_path_.join)(path, part);
        let info = await (0,promises_.lstat)(path).catch((e) => {
            if (e.code !== 'ENOENT')
                throw e;
            return undefined;
        });
        if (!info) {
            await (0,promises_.mkdir)(path, { mode: 0o755 }).catch((e) => {
                if (e.code !== 'EEXIST')
                    throw e;
            });
            info = await (0,promises_.lstat)(path);
        }
        if (!info.isDirectory())
            throw new Error(`tar member '${member}': ${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a directory'}; pinship does not write through it`);
    }
}
/** A new file, never an existing one and never through a symlink. */
async function createFile(root, name, member) {
    const path = (0,external_node_path_.join)(root, name);
    try {
        return await (0,promises_.open)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new Error(`tar member '${member}': ${path} already exists (a repeated member or a symlink); pinship does not overwrite or follow it`, { cause: e });
        throw e;
    }
}
function fileSink(fh) {
    return {
        async write(chunk) {
            for (let done = 0; done < chunk.length;)
                done += (await fh.write(chunk, done, chunk.length - done)).bytesWritten;
        },
        end: () => fh.close(),
    };
}
/**
 * Extracts a tar stream into `dir` as it arrives (`docker save` straight from the engine's socket,
 * no temporary archive, no `tar` process), writing only regular files and directories, all inside
 * `dir`: symlink and hardlink members are recorded and resolved by `file()` in memory, names with
 * `..` or a leading `/` are refused, and no path component is ever followed through a symlink.
 */
async function extractTar(source, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const root = await (0,promises_.realpath)(dir);
    const files = new Set();
    const links = new Map();
    let current;
    const underLink = (name) => {
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            if (links.has(prefix))
                return prefix;
        }
        return undefined;
    };
    const onEntry = async (entry) => {
        const name = memberPath(entry.name, 'tar member', dir);
        if (!name)
            return undefined;
        const link = underLink(name);
        if (link)
            throw new Error(`tar member '${entry.name}' lies under the link member '${link}', which pinship does not follow`);
        if (files.has(name) || links.has(name))
            throw new Error(`tar member '${entry.name}' appears twice in the archive`);
        if (entry.kind === 'symlink' || entry.kind === 'hardlink') {
            links.set(name, { kind: entry.kind, target: linkTarget(entry, name, dir) });
            return undefined;
        }
        if (entry.kind === 'directory') {
            await ensureDir(root, name, entry.name);
            return undefined;
        }
        await ensureDir(root, external_node_path_.posix.dirname(name) === '.' ? '' : external_node_path_.posix.dirname(name), entry.name);
        const fh = await createFile(root, name, entry.name);
        files.add(name);
        current = fh;
        const sink = fileSink(fh);
        return { write: (chunk) => sink.write(chunk), end: () => ((current = undefined), sink.end()) };
    };
    try {
        await readTar(source, onEntry);
    }
    finally {
        await current?.close().catch(() => undefined);
    }
    const file = (member) => {
        let name = memberPath(member, 'archive member', dir);
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            if (files.has(name))
                return (0,external_node_path_.join)(root, name);
            const link = links.get(name);
            if (!link)
                throw new Error(`'${member}' names no regular file in the archive extracted to ${dir}`);
            name = link.target;
        }
        throw new Error(`'${member}' goes through more than ${MAX_LINK_HOPS} links in the archive extracted to ${dir}`);
    };
    return { dir: root, file };
}

;// CONCATENATED MODULE: ./lib/image/docker-engine.js









/**
 * The engine's unix socket when the docker CLI would use it too: DOCKER_HOST=unix://..., or the
 * default socket with no other context selected. Anything else (tcp, ssh, contexts) goes
 * through the CLI, which knows how to reach it.
 */
async function engineSocket(env) {
    if (env.DOCKER_CONTEXT)
        return undefined;
    if (env.DOCKER_HOST)
        return env.DOCKER_HOST.startsWith('unix://') ? env.DOCKER_HOST.slice('unix://'.length) : undefined;
    try {
        const config = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json'), 'utf8'));
        if (config.currentContext && config.currentContext !== 'default')
            return undefined;
    }
    catch {
        // No config: the default context.
    }
    return '/var/run/docker.sock';
}
function engineError(socket, request, status, body) {
    let message = body.trim();
    try {
        message = JSON.parse(body).message ?? message;
    }
    catch {
        // Plain text answer.
    }
    return new Error(`docker engine at ${socket}: ${request} returned HTTP ${status}: ${message}`);
}
/** An answer read whole, bounded like every other one pinship reads whole: the engine socket is as untrusted as a registry. */
const smallBody = (res, socket, request) => (0,http/* readBounded */.CB)(res, limits/* SMALL_BODY_MAX_BYTES */.iq, `the answer to ${request}`, `the docker engine at ${socket}`);
/** One engine API call over its unix socket, answered with a small body; an answer other than 2xx is the error. */
async function engineCall(socket, method, path) {
    const res = await new Promise((resolve, reject) => {
        external_node_http_.request({ socketPath: socket, method, path, headers: { host: 'docker' } }, resolve)
            .on('error', reject)
            .end();
    });
    const body = await smallBody(res, socket, `${method} ${path}`);
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299)
        throw engineError(socket, `${method} ${path}`, status, body.toString('utf8'));
    return body;
}
/**
 * `docker image rm IMAGE` (never forced: an image someone tagged or a container uses stays), over the
 * engine's socket when it is local: the CLI's start costs more than the removal (~70 ms here).
 */
async function removeImage(imageId, env = process.env) {
    const socket = await engineSocket(env);
    if (!socket) {
        await (0,exec/* execTool */.wc)('docker', ['image', 'rm', imageId], { env });
        return;
    }
    await engineCall(socket, 'DELETE', `/images/${encodeURIComponent(imageId)}`);
}
/**
 * `docker save IMAGE` unpacked into `dir`, streamed from the engine API when its socket is local.
 * Either way pinship's own extractor unpacks it: no links are created, nothing lands outside `dir`.
 */
async function saveImage(imageId, dir, env = process.env) {
    const socket = await engineSocket(env);
    if (!socket) {
        const tarFile = `${dir}.tar`;
        await (0,exec/* execTool */.wc)('docker', ['save', '--output', tarFile, imageId]);
        try {
            return await extractTar((0,external_node_fs_.createReadStream)(tarFile), dir);
        }
        finally {
            await (0,promises_.rm)(tarFile, { force: true });
        }
    }
    const path = `/images/${encodeURIComponent(imageId)}/get`;
    const res = await new Promise((resolve, reject) => {
        external_node_http_.get({ socketPath: socket, path, headers: { host: 'docker' } }, resolve).on('error', reject);
    });
    if (res.statusCode !== 200) {
        throw engineError(socket, `GET ${path}`, res.statusCode ?? 0, (await smallBody(res, socket, `GET ${path}`)).toString('utf8'));
    }
    return extractTar(res, dir);
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

/***/ 22275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseAnnotations)
/* harmony export */ });
/* harmony import */ var _image_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);


/**
 * `annotations` lines as buildx spells them: `KEY=VALUE`, optionally prefixed by one or more
 * comma-separated levels and a platform, `manifest,index:KEY=VALUE` or `manifest[linux/arm64]:KEY=VALUE`.
 * A line without levels gets `defaultLevel` (buildx build: manifest; imagetools create: index).
 */
function parseAnnotations(lines, defaultLevel) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE, one per line.');
        const head = line.slice(0, eq);
        const colon = head.indexOf(':');
        const key = head.slice(colon + 1).trim();
        if (!key)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE with a non-empty KEY.');
        if (colon < 0)
            return { levels: [defaultLevel], key, value: line.slice(eq + 1), leveled: false };
        const m = /^([a-z,-]+)(?:\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)\])?$/.exec(head.slice(0, colon).trim());
        const levels = m?.[1].split(',') ?? [];
        if (!m || !levels.every((l) => _image_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_LEVELS */ .CJ.includes(l))) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, `Expected a level prefix among ${_image_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_LEVELS */ .CJ.join(', ')} (comma-separated, optionally with [os/arch]), e.g. index:${key}=...`);
        }
        return { levels: levels, ...(m[2] ? { platform: m[2] } : {}), key, value: line.slice(eq + 1), leveled: true };
    });
}


/***/ }),

/***/ 96573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q2: () => (/* binding */ UnclosedQuoteError),
/* harmony export */   wI: () => (/* binding */ bpaList)
/* harmony export */ });
/* unused harmony export csvRecords */
/** A double-quoted entry left open: which entry, never its text (it may be a secret). */
class UnclosedQuoteError extends Error {
    entry;
    constructor(entry) {
        super(`a double-quoted entry (entry ${entry}) has no closing quote`);
        this.entry = entry;
    }
}
const LINE_ENDS = ['\r\n', '\n', '\r'];
/** Records of fields, as csv-parse returns them with build-push-action's options. */
function csvRecords(text) {
    const records = [];
    let fields = [];
    let field = '';
    let quoting = false;
    let wasQuoting = false;
    // csv-parse takes the first line ending it meets outside quotes as the only one.
    let lineEnd = '';
    const lineEndAt = (pos) => {
        if (!lineEnd)
            lineEnd = LINE_ENDS.find((e) => text.startsWith(e, pos)) ?? '';
        return lineEnd && text.startsWith(lineEnd, pos) ? lineEnd : '';
    };
    const endField = () => {
        fields.push(field);
        field = '';
        wasQuoting = false;
    };
    for (let pos = 0; pos < text.length; pos++) {
        const chr = text[pos];
        if (quoting && chr === '"') {
            if (text[pos + 1] === '"') {
                field += '"';
                pos++;
                continue;
            }
            quoting = false;
            wasQuoting = true;
            const next = pos + 1;
            if (next >= text.length || text[next] === ',' || lineEndAt(next))
                continue;
            // relaxQuotes: a quote closed in the middle of a field was no quote; the field keeps both.
            field = `"${field}"`;
            continue;
        }
        if (quoting) {
            field += chr;
            continue;
        }
        const end = lineEndAt(pos);
        if (end) {
            if (wasQuoting || fields.length || field) {
                endField();
                records.push(fields);
                fields = [];
            }
            pos += end.length - 1;
        }
        else if (chr === ',')
            endField();
        else if (chr === '"' && !field && !wasQuoting)
            quoting = true;
        else
            field += chr;
    }
    if (quoting)
        throw new UnclosedQuoteError(records.length + 1);
    if (wasQuoting || fields.length || field) {
        endField();
        records.push(fields);
    }
    return records;
}
/** The entries build-push-action reads from a list input's value. */
function bpaList(text, opts) {
    // As actions-toolkit: a one-field record splits at commas; quoted fields of a longer one stay whole.
    const entries = csvRecords(text).flatMap((r) => (opts.ignoreComma ? [r.join(',')] : r.length === 1 ? r[0].split(',') : r));
    return entries.filter((e) => e).map((e) => (opts.trim ? e.trim() : e));
}


/***/ }),

/***/ 55706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);


const DEFAULT_CONTEXT = '{{defaultContext}}';
/**
 * build-push-action's `{{defaultContext}}` is the Git context of the workflow's commit; pinship's
 * default context is the checkout itself (`.`), the same commit's files plus whatever earlier steps
 * made, readable by every builder. So `{{defaultContext}}:subdir` is that folder of the checkout,
 * and a subdir that leaves the checkout is refused as a Git context cannot leave its repository.
 */
function fromDefaultContext(value) {
    const expected = `Expected ${DEFAULT_CONTEXT} or ${DEFAULT_CONTEXT}:subdir, a folder of the checkout`;
    if (value === DEFAULT_CONTEXT)
        return '.';
    if (!value.startsWith(`${DEFAULT_CONTEXT}:`))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('context', value, `${expected}.`);
    const sub = value.slice(DEFAULT_CONTEXT.length + 1);
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(sub);
    if (!sub || sub.includes('\\') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(sub) || normal === '..' || normal.startsWith('../') || sub.includes('{{'))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('context', value, `${expected}: pinship builds from the checkout, and the subdir must stay inside it.`);
    return `./${normal}`;
}
/** `context`: the directory build hands the builder as its last operand, and the checkout meta reads a local run's commit from. */
function readContext(rt) {
    const raw = rt.input('context');
    if (raw.includes(DEFAULT_CONTEXT))
        return fromDefaultContext(raw.trim());
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .operandInput */ .WP)(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
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


/***/ }),

/***/ 66852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   qM: () => (/* binding */ mayMatchBelow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** Whether `path` is `root` or lies below it (paths as given: resolve symlinks first where they matter). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
function expandBraces(p) {
    const m = /\{([^{}]*)\}/.exec(p);
    if (!m)
        return [p];
    return m[1].split(',').flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Parses one pattern line; one that leaves the root (absolute, or `..` above it) is an error. */
function parsePattern(line, scope = { input: 'files', place: 'the workspace' }) {
    const exclude = line.startsWith('!');
    const body = (exclude ? line.slice(1) : line).replace(/^\.\//, '');
    const alternatives = expandBraces(body).map((alt) => {
        if (alt.startsWith('/') || /^[A-Za-z]:[\\/]/.test(alt))
            throw new Error(`Invalid input '${scope.input}': '${line}' is an absolute path. Expected a pattern relative to ${scope.place}.`);
        const segments = [];
        for (const s of alt.split('/')) {
            if (s === '' || s === '.')
                continue;
            if (s === '..') {
                if (!segments.length || segments[segments.length - 1] === '**')
                    throw new Error(`Invalid input '${scope.input}': '${line}' escapes ${scope.place}. Expected a pattern inside it.`);
                segments.pop();
            }
            else
                segments.push(s);
        }
        return segments.map((s) => (s === '**' ? '**' : segmentRegExp(s)));
    });
    return { source: line, exclude, alternatives };
}
/**
 * Whether `path` (segments) matches; with `prefix`, whether something below the directory `path`
 * could match, so the walk skips directories no pattern reaches.
 */
function matchSegments(pattern, path, prefix, pi = 0, si = 0) {
    if (si === path.length)
        return prefix ? pi < pattern.length : pattern.slice(pi).every((p) => p === '**');
    if (pi === pattern.length)
        return false;
    const p = pattern[pi];
    if (p === '**')
        return matchSegments(pattern, path, prefix, pi + 1, si) || matchSegments(pattern, path, prefix, pi, si + 1);
    return p.test(path[si]) && matchSegments(pattern, path, prefix, pi + 1, si + 1);
}
function matches(pattern, path) {
    return pattern.alternatives.some((alt) => matchSegments(alt, path, false));
}
function mayMatchBelow(pattern, dir) {
    return pattern.alternatives.some((alt) => matchSegments(alt, dir, true));
}


/***/ })

};
;