"use strict";
exports.id = 550;
exports.ids = [550,100];
exports.modules = {

/***/ 4177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ builderAuthConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96097);
/* harmony import */ var _builder_registries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91124);





/** docker's key for a registry in config.json: Docker Hub keeps its historical URL. */
function authKey(host) {
    return (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAuthHost */ .eu)(host) === 'docker.io' ? 'https://index.docker.io/v1/' : (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAuthHost */ .eu)(host);
}
/**
 * A private DOCKER_CONFIG for the builder, so it can pull base images with the credentials given as
 * inputs without a login step and without a password on any command line. It starts from the
 * user's own config (buildx builders, plugins, contexts stay visible through links) and adds the
 * inputs' credentials; buildah and podman read the same file as REGISTRY_AUTH_FILE, and its
 * registries.conf twin as CONTAINERS_REGISTRIES_CONF. The directory is private (0700, files 0600),
 * removed right after the build and again by the post step.
 */
async function builderAuthConfig(access, dir, env) {
    const registries = await (0,_builder_registries_js__WEBPACK_IMPORTED_MODULE_4__/* .registriesConfTwin */ .u)(access.insecureHosts, env);
    if (!access.credentials.length && !registries)
        return { env, remove: async () => undefined };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const out = { ...env };
    if (registries) {
        for (const note of registries.notes)
            access.log(note);
        out.CONTAINERS_REGISTRIES_CONF = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'registries.conf');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out.CONTAINERS_REGISTRIES_CONF, registries.text, { mode: 0o600 });
    }
    if (access.credentials.length) {
        out.DOCKER_CONFIG = dir;
        out.REGISTRY_AUTH_FILE = await writeDockerConfig(access.credentials, dir, env);
    }
    return { env: out, remove: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
async function writeDockerConfig(credentials, dir, env) {
    const original = env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    let config = {};
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(original, 'config.json'), 'utf8'));
    }
    catch {
        // No config of the user's: start empty.
    }
    const auths = { ...(config.auths ?? {}) };
    const helpers = { ...(config.credHelpers ?? {}) };
    // Inputs win over the user's config; the first entry for a registry wins among the inputs.
    for (const { registry, credential } of [...credentials].reverse()) {
        const key = authKey(registry);
        auths[key] = { auth: Buffer.from(`${credential.username}:${credential.password}`).toString('base64') };
        for (const h of Object.keys(helpers))
            if ((0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAuthHost */ .eu)(h) === (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAuthHost */ .eu)(registry))
                delete helpers[h];
    }
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify({ ...config, auths, credHelpers: helpers }), { mode: 0o600 });
    try {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(original))
            if (entry !== 'config.json' && entry !== 'registries.conf')
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.symlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(original, entry), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry));
    }
    catch {
        // Nothing to link: no config directory of the user's.
    }
    return file;
}


/***/ }),

/***/ 91124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ insecurePullHosts),
/* harmony export */   u: () => (/* binding */ registriesConfTwin)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9758);





/**
 * The registries.conf buildah and podman would read without pinship: CONTAINERS_REGISTRIES_CONF,
 * else the user's own file, else the system's (containers-registries.conf(5)).
 */
function userRegistriesConf(env) {
    if (env.CONTAINERS_REGISTRIES_CONF)
        return env.CONTAINERS_REGISTRIES_CONF;
    const user = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.config'), 'containers', 'registries.conf');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(user) ? user : '/etc/containers/registries.conf';
}
/**
 * The hosts buildah and podman must reach as pinship's own client does: those named in
 * `insecure-registries`, and loopback registries among the Dockerfile's bases (pinship's client
 * always allows plain HTTP there; containers/image has no loopback exception).
 */
function insecurePullHosts(insecureRegistries, baseImages) {
    const hosts = new Set(insecureRegistries.map((h) => h.toLowerCase()));
    for (const image of baseImages) {
        try {
            const ref = _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .Reference */ .Or.parse(image, { defaultTag: true });
            if (ref.registry.isLoopback)
                hosts.add(ref.registry.host.toLowerCase());
        }
        catch {
            // Not a reference pinship can read (an unexpanded ARG): the builder decides.
        }
    }
    return [...hosts];
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A registries.conf twin marking `hosts` insecure. CONTAINERS_REGISTRIES_CONF replaces the main
 * file only (the registries.conf.d drop-ins still load, and there is no variable for a private
 * drop-in dir), so the twin is the user's main file verbatim (search registries, mirrors,
 * blocks, short-name mode) with one `[[registry]]` table per host appended. A host the file
 * already configures keeps the user's entry: a second one for the same prefix is an error, and
 * the user's own word on that registry wins. A v1-format file cannot be mixed with v2 tables:
 * it is kept as is and the hosts are reported, not silently ignored.
 */
async function registriesConfTwin(hosts, env) {
    if (!hosts.length)
        return undefined;
    const source = userRegistriesConf(env);
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(source, 'utf8');
    }
    catch {
        // No registries.conf anywhere: the twin holds only pinship's tables.
    }
    if (/^\s*\[registries\.(search|insecure|block)\]/m.test(text)) {
        return {
            text,
            notes: [
                `${source} uses the v1 format, which cannot be combined with [[registry]] tables: buildah/podman may refuse HTTP or self-signed TLS for ${hosts.join(', ')}; list them under [registries.insecure] there`,
            ],
        };
    }
    const notes = [];
    const tables = [];
    for (const host of hosts) {
        if (new RegExp(`^\\s*(prefix|location)\\s*=\\s*["']${escapeRegExp(host)}["']`, 'mi').test(text)) {
            notes.push(`${source} already configures ${host}: its entry is kept as written (set insecure = true there if buildah/podman must use HTTP or an unverified certificate)`);
        }
        else
            tables.push(`[[registry]]\nlocation = "${host}"\ninsecure = true\n`);
    }
    const head = `# pinship: ${source} with the hosts of insecure-registries and loopback base images marked insecure\n`;
    return { text: `${text}${text && !text.endsWith('\n') ? '\n' : ''}\n${head}${tables.join('\n')}`, notes };
}


/***/ }),

/***/ 81693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ selectBuilder)
});

// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
// EXTERNAL MODULE: ./lib/commands/build/builders/buildx.js + 1 modules
var buildx = __webpack_require__(49944);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/image/docker-engine.js + 3 modules
var docker_engine = __webpack_require__(32866);
// EXTERNAL MODULE: ./lib/commands/build/builders/types.js
var types = __webpack_require__(52107);
// EXTERNAL MODULE: ./lib/commands/build/builders/support.js
var support = __webpack_require__(55901);
;// CONCATENATED MODULE: ./lib/commands/build/builders/docker.js






/** The docker CLI's classic builder (DOCKER_BUILDKIT=0), for engines without BuildKit. */
function dockerArgs(req) {
    const args = ['build', ...(0,types/* commonBuildFlags */.j)(req)];
    if (req.platforms.length)
        args.push('--platform', req.platforms[0]);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    if (req.pull)
        args.push('--pull');
    args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'), '--', req.context);
    return args;
}
class DockerBuilder {
    containerdStore;
    name = 'docker';
    exportKind;
    /**
     * `containerdStore` (see engine-store.ts): the engine keeps the image as an OCI manifest with
     * compressed layers (the base image's blobs as pulled), and `docker save` writes that tree as an
     * OCI layout, which is pushed as it is.
     */
    constructor(containerdStore = false) {
        this.containerdStore = containerdStore;
        this.exportKind = containerdStore ? 'oci-layout' : 'docker-image';
    }
    async build(req) {
        (0,support/* checkSupport */.IU)(this.name, req);
        const unsupported = [
            req.platforms.length > 1 && `platforms (${req.platforms.join(',')}: one platform only)`,
            req.ssh.length && 'ssh',
            req.cacheTo.length && 'cache-to',
            (req.provenance || req.sbom) && 'provenance/sbom',
        ].filter(Boolean);
        if (unsupported.length)
            throw new Error(`Input 'builder: docker' (the classic builder) does not support ${unsupported.join(', ')}; use builder: buildx`);
        await (0,exec/* execTool */.wc)('docker', dockerArgs(req), { stream: true, env: { ...req.env, DOCKER_BUILDKIT: '0' } });
        const imageId = (await (0,promises_.readFile)((0,external_node_path_.join)(req.workDir, 'iid'), 'utf8')).trim();
        if (!this.containerdStore || !req.push)
            return { kind: 'docker-image', imageId };
        const dir = (0,external_node_path_.join)(req.workDir, 'oci');
        await (0,docker_engine/* saveImage */.lE)(imageId, dir, req.env);
        return { kind: 'oci-layout', dir, engineImage: imageId };
    }
}

;// CONCATENATED MODULE: ./lib/commands/build/builders/engine-store.js


const CONTAINERD_SNAPSHOTTER = 'io.containerd.snapshotter.v1';
/** `docker info`'s DriverStatus names the containerd snapshotter when images live in containerd. */
function isContainerdStore(driverStatus) {
    return Array.isArray(driverStatus) && driverStatus.some((kv) => Array.isArray(kv) && kv[0] === 'driver-type' && kv[1] === CONTAINERD_SNAPSHOTTER);
}
/**
 * Whether the docker engine keeps images in the containerd image store (dockerd 24+ with the
 * `containerd-snapshotter` feature, which newer releases turn on for fresh installs). There `--load` names
 * an image by its manifest or index, and the engine's builders can export OCI layouts themselves.
 * Asked over the local socket (a few ms), else through `docker info`. An engine that cannot be
 * asked counts as the classic store: the build then reports what is wrong with the engine.
 */
async function engineUsesContainerdStore(env = process.env) {
    try {
        const socket = await (0,docker_engine/* engineSocket */.I6)(env);
        if (socket)
            return isContainerdStore(JSON.parse((await (0,docker_engine/* engineCall */.L6)(socket, 'GET', '/info')).toString('utf8')).DriverStatus);
        const { stdout } = await (0,exec/* execTool */.wc)('docker', ['info', '--format', '{{json .DriverStatus}}'], { env });
        return isContainerdStore(JSON.parse(stdout));
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var secrets = __webpack_require__(85432);
;// CONCATENATED MODULE: ./lib/commands/build/builders/buildah.js





/**
 * buildah and podman share their build flags (podman is buildah underneath), except two:
 * - buildah gets chroot isolation unless a `network` is asked for: RUN steps then need no user
 *   namespaces or network setup, which CI containers lack, but buildah 1.28 refuses any network
 *   other than the host's with chroot ("cannot set --network other than host with --isolation
 *   chroot"), so `network: none` keeps buildah's default isolation. podman keeps its own
 *   isolation (runc), where `network: none` works: what a runner without a container network
 *   needs, since no containers.conf setting turns podman 4.3's build network off.
 * - podman caches layers by default, and its cache ignores the platform (podman 4.3 here;
 *   containers/podman#18723, fixed in buildah only in 2025): an arm64 step reuses the amd64
 *   layer built just before, and a multi-platform list keeps one entry. So podman builds without
 *   the layer cache, as buildah does by default, unless cache-from/cache-to ask for layers on a
 *   single platform (podman applies them only with layers).
 */
function ociToolBuildArgs(tool, req, name) {
    const args = ['build', ...(0,types/* commonBuildFlags */.j)(req)];
    const cache = req.platforms.length <= 1 && (req.cacheFrom.length > 0 || req.cacheTo.length > 0);
    if (tool === 'buildah') {
        if (!req.network)
            args.push('--isolation', 'chroot');
        // Both tools apply cache-from/cache-to only with the layer cache on.
        if (cache)
            args.push('--layers');
    }
    else
        args.push(cache ? '--layers' : '--layers=false');
    if (req.platforms.length > 1)
        args.push('--platform', req.platforms.join(','), '--manifest', name);
    else {
        if (req.platforms.length)
            args.push('--platform', req.platforms[0]);
        args.push('--tag', name);
    }
    for (const c of req.buildContexts)
        args.push('--build-context', `${c.name}=${c.value}`);
    for (const s of req.secrets)
        args.push('--secret', (0,secrets/* ociSecretFlag */.QB)(s));
    for (const s of req.ssh)
        args.push('--ssh', s);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.pull)
        args.push('--pull=always');
    // --rewrite-timestamp clamps the layers' file times to the epoch, as BuildKit's exporter option does.
    if (req.sourceDateEpoch !== undefined)
        args.push('--source-date-epoch', String(req.sourceDateEpoch), '--rewrite-timestamp');
    // buildah 1.28 refuses an iidfile for several platforms ("can only be used to store one image ID").
    if (req.platforms.length <= 1)
        args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'));
    args.push('--', req.context);
    return args;
}
/** Export into an OCI layout that pinship pushes itself: every platform for a manifest list. */
function ociToolPushArgs(tool, req, name) {
    const dest = `oci:${(0,external_node_path_.join)(req.workDir, 'oci')}`;
    return req.platforms.length > 1 ? ['manifest', 'push', '--all', name, dest] : ['push', name, dest];
}
class OciToolBuilder {
    name;
    exportKind = 'oci-layout';
    constructor(name) {
        this.name = name;
    }
    async build(req) {
        (0,support/* checkSupport */.IU)(this.name, req);
        if (req.provenance || req.sbom)
            throw new Error(`Inputs 'provenance'/'sbom' are not supported with builder: ${this.name}; use builder: buildx`);
        if (req.sourceDateEpoch !== undefined)
            await this.checkEpochSupport(req.env);
        const name = `localhost/pinship-build-${Date.now().toString(36)}`;
        await (0,exec/* execTool */.wc)(this.name, ociToolBuildArgs(this.name, req, name), { stream: true, env: req.env });
        try {
            await (0,exec/* execTool */.wc)(this.name, ociToolPushArgs(this.name, req, name), { stream: true, env: req.env });
        }
        finally {
            // The local image is only a staging copy; the layout is what gets pushed.
            await (0,exec/* execTool */.wc)(this.name, req.platforms.length > 1 ? ['manifest', 'rm', name] : ['rmi', name], { env: req.env }).catch(() => undefined);
        }
        return { kind: 'oci-layout', dir: (0,external_node_path_.join)(req.workDir, 'oci') };
    }
    /**
     * Older releases have only --timestamp, which sets every file's time rather than clamping newer ones and
     * passes no SOURCE_DATE_EPOCH to RUN steps: not what the input promises, so they are refused.
     */
    async checkEpochSupport(env) {
        const help = await (0,exec/* execTool */.wc)(this.name, ['build', '--help'], { env }).then((r) => r.stdout, () => '');
        if (/--source-date-epoch\b/.test(help) && /--rewrite-timestamp\b/.test(help))
            return;
        const version = await (0,exec/* execTool */.wc)(this.name, ['--version'], { env }).then((r) => r.stdout.trim(), () => this.name);
        throw new Error(`builder: ${this.name} cannot honour input 'source-date-epoch': ${version} has no --source-date-epoch/--rewrite-timestamp. Builders that can: buildx; ${support/* OCI_TOOLS_WITH_EPOCH */.b3}`);
    }
}

;// CONCATENATED MODULE: ./lib/commands/build/builders/detect.js





/**
 * The engine's image store matters only to the `docker` driver, which builds inside the engine;
 * it is asked alongside the driver (never rejects), as the default builder is the common case.
 */
async function detect_buildx(buildxBuilder) {
    const store = engineUsesContainerdStore();
    const command = await (0,buildx/* buildxCommand */.I0)(process.env);
    const driver = await (0,buildx/* buildxDriver */.fE)(buildxBuilder, command);
    return new buildx/* BuildxBuilder */.Ow(driver, driver === 'docker' && (await store), command);
}
/**
 * `auto`: buildx if it answers, else the docker engine's classic builder, else buildah, else podman.
 * One `docker buildx inspect` both proves buildx works and names its driver.
 */
async function selectBuilder(choice, buildxBuilder) {
    if (choice === 'buildx')
        return detect_buildx(buildxBuilder);
    if (choice === 'docker')
        return new DockerBuilder(await engineUsesContainerdStore());
    if (choice === 'buildah' || choice === 'podman')
        return new OciToolBuilder(choice);
    try {
        return await detect_buildx(buildxBuilder);
    }
    catch {
        // No buildx: fall through to the next tool.
    }
    if (await (0,exec/* probe */.dy)('docker', ['version', '--format', '{{.Server.Version}}']))
        return new DockerBuilder(await engineUsesContainerdStore());
    if (await (0,exec/* probe */.dy)('buildah', ['--version']))
        return new OciToolBuilder('buildah');
    if (await (0,exec/* probe */.dy)('podman', ['--version']))
        return new OciToolBuilder('podman');
    throw new Error(`Input 'builder: auto' found no builder: none of docker buildx, docker, buildah or podman works on this runner`);
}


/***/ }),

/***/ 6347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkBuildSources)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);



/** buildx also takes a git or HTTP URL as context; only a local path can be checked here. */
const isRemote = (context) => /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
async function kind(path) {
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return st.isDirectory() ? 'dir' : 'file';
    }
    catch {
        return 'none';
    }
}
/**
 * A missing context or Dockerfile is reported before anything starts, naming the input; left to the
 * builder it comes back from deep inside a temporary directory.
 */
async function checkBuildSources(context, file, fileGiven) {
    if (isRemote(context))
        return;
    const where = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p) === p ? '' : ` (resolved from ${process.cwd()})`);
    const ctx = await kind(context);
    if (ctx !== 'dir')
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('context', context, `Expected a directory; ${ctx === 'none' ? 'nothing' : 'a file'} is there${where(context)}.`);
    const f = await kind(file);
    if (f !== 'file') {
        const what = fileGiven ? '' : ' (the default, <context>/Dockerfile)';
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('file', file, `Expected a Dockerfile${what}; ${f === 'none' ? 'nothing' : 'a directory'} is there${where(file)}.`);
    }
}


/***/ }),

/***/ 16100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V8: () => (/* binding */ cleanupNow),
/* harmony export */   cleanupSavedPaths: () => (/* binding */ cleanupSavedPaths),
/* harmony export */   qE: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* unused harmony exports CLEANUP_STATE, removePaths, parseSavedPaths, TEMP_PREFIX, ownedPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



/** The saved state the post step reads (the runner passes it back as STATE_cleanupPaths). */
const CLEANUP_STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered = [];
/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
function registerCleanup(rt, path) {
    if (!registered.includes(path))
        registered.push(path);
    rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** Removes a registered path now (it is no longer needed); the post step then finds nothing left to do. */
async function cleanupNow(rt, path) {
    await removePaths([path], (m) => rt.warning(m));
    const i = registered.indexOf(path);
    if (i >= 0)
        registered.splice(i, 1);
    rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** Cleanup problems are warnings: the image is already pushed by then. */
async function removePaths(paths, warn) {
    for (const p of paths) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(p, { recursive: true, force: true });
        }
        catch (e) {
            warn(`could not remove ${p}: ${String(e)}`);
        }
    }
}
/** The saved list, or none when the state is empty or not a list of paths (nothing is removed on a guess). */
function parseSavedPaths(raw) {
    if (!raw)
        return [];
    try {
        const v = JSON.parse(raw);
        return Array.isArray(v) ? v.filter((p) => typeof p === 'string' && p !== '') : [];
    }
    catch {
        return [];
    }
}
/** How every temporary path pinship registers for cleanup is named (`mkdtemp(join(RUNNER_TEMP, 'pinship-…'))`). */
const TEMP_PREFIX = 'pinship-';
/**
 * Of the saved paths, those pinship can have made: directly in RUNNER_TEMP (the system's temporary
 * folder outside a runner) and named with its prefix. The state is only a list of strings, and
 * anything that can write a step's state could name the workspace or /etc; those are reported, not removed.
 */
function ownedPaths(paths, env, warn) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
    return paths.filter((p) => {
        const ours = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p) === p && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(p) === root && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p).startsWith(TEMP_PREFIX) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p) !== TEMP_PREFIX;
        if (!ours)
            warn(`not removing '${p}': pinship removes only what it created, ${root}/${TEMP_PREFIX}*`);
        return ours;
    });
}
/** The CLI's cleanup: no runner calls a post step for it. */
async function cleanupSavedPaths(rt) {
    const warn = (m) => rt.warning(m);
    await removePaths(ownedPaths(parseSavedPaths(rt.getState(CLEANUP_STATE)), rt.env, warn), warn);
}


/***/ })

};
;