"use strict";
exports.id = 795;
exports.ids = [795,100];
exports.modules = {

/***/ 1778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ withBuilderAccess)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/registry/credentials.js
var registry_credentials = __webpack_require__(96097);
// EXTERNAL MODULE: ./lib/commands/build/builder-registries.js
var builder_registries = __webpack_require__(91124);
;// CONCATENATED MODULE: ./lib/commands/build/builder-auth.js





/** docker's key for a registry in config.json: Docker Hub keeps its historical URL. */
function authKey(host) {
    return (0,registry_credentials/* normalizeAuthHost */.eu)(host) === 'docker.io' ? 'https://index.docker.io/v1/' : (0,registry_credentials/* normalizeAuthHost */.eu)(host);
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
    const registries = await (0,builder_registries/* registriesConfTwin */.u)(access.insecureHosts, env);
    if (!access.credentials.length && !registries)
        return { env, remove: async () => undefined };
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,promises_.chmod)(dir, 0o700);
    const out = { ...env };
    if (registries) {
        for (const note of registries.notes)
            access.log(note);
        out.CONTAINERS_REGISTRIES_CONF = (0,external_node_path_.join)(dir, 'registries.conf');
        await (0,promises_.writeFile)(out.CONTAINERS_REGISTRIES_CONF, registries.text, { mode: 0o600 });
    }
    if (access.credentials.length) {
        out.DOCKER_CONFIG = dir;
        out.REGISTRY_AUTH_FILE = await writeDockerConfig(access.credentials, dir, env);
    }
    return { env: out, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}
async function writeDockerConfig(credentials, dir, env) {
    const original = env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    let config = {};
    try {
        config = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(original, 'config.json'), 'utf8'));
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
            if ((0,registry_credentials/* normalizeAuthHost */.eu)(h) === (0,registry_credentials/* normalizeAuthHost */.eu)(registry))
                delete helpers[h];
    }
    const file = (0,external_node_path_.join)(dir, 'config.json');
    await (0,promises_.writeFile)(file, JSON.stringify({ ...config, auths, credHelpers: helpers }), { mode: 0o600 });
    try {
        for (const entry of await (0,promises_.readdir)(original))
            if (entry !== 'config.json' && entry !== 'registries.conf')
                await (0,promises_.symlink)((0,external_node_path_.join)(original, entry), (0,external_node_path_.join)(dir, entry));
    }
    catch {
        // Nothing to link: no config directory of the user's.
    }
    return file;
}

// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var secrets = __webpack_require__(85432);
;// CONCATENATED MODULE: ./lib/commands/build/builder-access.js





/**
 * Runs `fn` with the builder's registry credentials and the build's secret files in `workDir`, both
 * removed when it ends, whatever the end: they live no longer than the builder that reads them.
 */
async function withBuilderAccess(s, workDir, insecureHosts, rt, fn) {
    const access = { credentials: (0,registry/* inputCredentials */.p)(s.registry, rt.env), insecureHosts, log: rt.info };
    const auth = await builderAuthConfig(access, (0,external_node_path_.join)(workDir, 'docker-config'), rt.env);
    const secretsDir = (0,external_node_path_.join)(workDir, 'secrets');
    try {
        return await fn({ env: auth.env, secrets: (0,secrets/* writeSecretFiles */.Bd)(s.secrets, secretsDir) });
    }
    finally {
        await auth.remove().catch((e) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
        await (0,promises_.rm)(secretsDir, { recursive: true, force: true }).catch((e) => rt.warning(`could not remove the build's secret files: ${String(e)}`));
    }
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
// EXTERNAL MODULE: ./lib/image/docker-engine.js
var docker_engine = __webpack_require__(96672);
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
        await (0,exec/* execTool */.wc)(this.command.cmd, args, { stream: true, env: standaloneEnv(req.env), signal: req.signal });
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
// EXTERNAL MODULE: ./lib/image/docker-engine.js
var docker_engine = __webpack_require__(96672);
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
        await (0,exec/* execTool */.wc)('docker', dockerArgs(req), { stream: true, env: { ...req.env, DOCKER_BUILDKIT: '0' }, signal: req.signal });
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
        await (0,exec/* execTool */.wc)(this.name, ociToolBuildArgs(this.name, req, name), { stream: true, env: req.env, signal: req.signal });
        try {
            await (0,exec/* execTool */.wc)(this.name, ociToolPushArgs(this.name, req, name), { stream: true, env: req.env, signal: req.signal });
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

/***/ 96672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ engineSocket),
/* harmony export */   L6: () => (/* binding */ engineCall),
/* harmony export */   aH: () => (/* binding */ removeImage),
/* harmony export */   b9: () => (/* binding */ openSavedImage),
/* harmony export */   lE: () => (/* binding */ saveImage),
/* harmony export */   qr: () => (/* binding */ engineDiffIds)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _registry_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69127);
/* harmony import */ var _registry_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20927);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48543);
/* harmony import */ var _util_tar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71359);









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
        const config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.docker'), 'config.json'), 'utf8'));
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
const smallBody = (res, socket, request) => (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_5__/* .readBounded */ .CB)(res, _registry_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .SMALL_BODY_MAX_BYTES */ .iq, `the answer to ${request}`, `the docker engine at ${socket}`);
/** One engine API call over its unix socket, answered with a small body; an answer other than 2xx is the error. */
async function engineCall(socket, method, path) {
    const res = await new Promise((resolve, reject) => {
        node_http__WEBPACK_IMPORTED_MODULE_1__.request({ socketPath: socket, method, path, headers: { host: 'docker' } }, resolve)
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
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .execTool */ .wc)('docker', ['image', 'rm', imageId], { env });
        return;
    }
    await engineCall(socket, 'DELETE', `/images/${encodeURIComponent(imageId)}`);
}
/** `GET /images/{id}/get`: the engine's `docker save` archive of one image, as it streams. */
async function engineSave(socket, imageId) {
    const path = `/images/${encodeURIComponent(imageId)}/get`;
    const res = await new Promise((resolve, reject) => {
        node_http__WEBPACK_IMPORTED_MODULE_1__.get({ socketPath: socket, path, headers: { host: 'docker' } }, resolve).on('error', reject);
    });
    if (res.statusCode !== 200) {
        throw engineError(socket, `GET ${path}`, res.statusCode ?? 0, (await smallBody(res, socket, `GET ${path}`)).toString('utf8'));
    }
    return res;
}
/**
 * `docker save IMAGE` unpacked into `dir`, streamed from the engine API when its socket is local.
 * Either way pinship's own extractor unpacks it: no links are created, nothing lands outside `dir`.
 */
async function saveImage(imageId, dir, env = process.env) {
    const socket = await engineSocket(env);
    if (!socket) {
        const tarFile = `${dir}.tar`;
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .execTool */ .wc)('docker', ['save', '--output', tarFile, imageId]);
        try {
            return await (0,_util_tar_js__WEBPACK_IMPORTED_MODULE_7__/* .extractTar */ .nN)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(tarFile), dir);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tarFile, { force: true });
        }
    }
    return (0,_util_tar_js__WEBPACK_IMPORTED_MODULE_7__/* .extractTar */ .nN)(await engineSave(socket, imageId), dir);
}
/**
 * `docker save IMAGE` as a stream: from the engine's socket as it is written when that is local,
 * else the CLI's archive written to `tarFile` first (removed once read).
 */
async function openSavedImage(imageId, tarFile, env = process.env) {
    const socket = await engineSocket(env);
    if (socket)
        return engineSave(socket, imageId);
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .execTool */ .wc)('docker', ['save', '--output', tarFile, imageId], { env });
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(tarFile).once('close', () => void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tarFile, { force: true }));
}
/**
 * The diff IDs the engine's image config lists, when the engine's socket is local (a few ms); else
 * undefined. Only a hint for reading the saved archive early: the config in the archive decides.
 */
async function engineDiffIds(imageId, env = process.env) {
    const socket = await engineSocket(env);
    if (!socket)
        return undefined;
    try {
        const inspect = JSON.parse((await engineCall(socket, 'GET', `/images/${encodeURIComponent(imageId)}/json`)).toString('utf8'));
        const layers = inspect.RootFS?.Layers;
        return Array.isArray(layers) && layers.every((l) => typeof l === 'string') ? layers : undefined;
    }
    catch {
        return undefined;
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


/***/ }),

/***/ 63720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readTar)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
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
    await (0,promises_.pipeline)(source, new external_node_stream_.Writable({
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


/***/ }),

/***/ 71359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   Mb: () => (/* binding */ memberPath),
/* harmony export */   nN: () => (/* binding */ extractTar)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _tar_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63720);




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
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(name), entry.linkname));
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
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, part);
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch((e) => {
            if (e.code !== 'ENOENT')
                throw e;
            return undefined;
        });
        if (!info) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { mode: 0o755 }).catch((e) => {
                if (e.code !== 'EEXIST')
                    throw e;
            });
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        }
        if (!info.isDirectory())
            throw new Error(`tar member '${member}': ${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a directory'}; pinship does not write through it`);
    }
}
/** A new file, never an existing one and never through a symlink. */
async function createFile(root, name, member) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
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
        await ensureDir(root, node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(name) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(name), entry.name);
        const fh = await createFile(root, name, entry.name);
        files.add(name);
        current = fh;
        const sink = fileSink(fh);
        return { write: (chunk) => sink.write(chunk), end: () => ((current = undefined), sink.end()) };
    };
    try {
        await (0,_tar_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readTar */ .s)(source, onEntry);
    }
    finally {
        await current?.close().catch(() => undefined);
    }
    const file = (member) => {
        let name = memberPath(member, 'archive member', dir);
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            if (files.has(name))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name);
            const link = links.get(name);
            if (!link)
                throw new Error(`'${member}' names no regular file in the archive extracted to ${dir}`);
            name = link.target;
        }
        throw new Error(`'${member}' goes through more than ${MAX_LINK_HOPS} links in the archive extracted to ${dir}`);
    };
    return { dir: root, file };
}


/***/ })

};
;