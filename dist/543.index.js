"use strict";
exports.id = 543;
exports.ids = [543,100,680];
exports.modules = {

/***/ 80680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDigestFile: () => (/* binding */ parseDigestFile),
/* harmony export */   writeDigestFile: () => (/* binding */ writeDigestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66852);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);
/* harmony import */ var _settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13472);






/** Neither a symlink nor anything else but a regular file may sit where the record goes. */
async function notALink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (!info || info.isFile())
        return undefined;
    return `${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; pinship neither follows nor replaces it`;
}
/**
 * `digest-file`, relative to the working directory. A pull request controls the checkout, so the
 * path must stay inside the workspace (GITHUB_WORKSPACE, else the working directory) or
 * RUNNER_TEMP once its folder's symlinks are resolved, and must not already be a symlink.
 */
async function parseDigestFile(value, env, cwd = process.cwd()) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, value);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path);
    const allowed = (0,_settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .runRoots */ .ZR)(env, cwd);
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    }
    catch {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all(allowed.map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(r.root).catch(() => undefined)));
    if (!roots.some((r) => r && (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${(0,_settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .placesOf */ .ek)(allowed)}: pinship writes nowhere else.`);
    const link = await notALink((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
    if (link)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `${link}.`);
    return { dir, name };
}
/**
 * Writes the record to a new file beside the target (exclusive, not following links), then renames
 * it over the target: a symlink placed there during the build would be replaced, never followed,
 * but one is refused here as it was when the inputs were read.
 */
async function writeDigestFile(target, text) {
    const final = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, target.name);
    // Web Crypto's global: this module is read with the inputs, before any run needs node:crypto.
    const random = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex');
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, `.${target.name}.${random}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
    try {
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
        const link = await notALink(final);
        if (link)
            throw new Error(`digest-file: ${link}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, final);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw e;
    }
}


/***/ }),

/***/ 99854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeBuild: () => (/* binding */ executeBuild)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 8 modules
var registry_client = __webpack_require__(6211);
// EXTERNAL MODULE: ./lib/registry/credentials.js
var registry_credentials = __webpack_require__(96097);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/commands/build/builder-registries.js





/**
 * The registries.conf buildah and podman would read without pinship: CONTAINERS_REGISTRIES_CONF,
 * else the user's own file, else the system's (containers-registries.conf(5)).
 */
function userRegistriesConf(env) {
    if (env.CONTAINERS_REGISTRIES_CONF)
        return env.CONTAINERS_REGISTRIES_CONF;
    const user = (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.config'), 'containers', 'registries.conf');
    return (0,external_node_fs_.existsSync)(user) ? user : '/etc/containers/registries.conf';
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
            const ref = reference/* Reference */.Or.parse(image, { defaultTag: true });
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
        text = await (0,promises_.readFile)(source, 'utf8');
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
    const registries = await registriesConfTwin(access.insecureHosts, env);
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

// EXTERNAL MODULE: ./lib/util/cleanup.js
var cleanup = __webpack_require__(16100);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
;// CONCATENATED MODULE: ./lib/image/base-layers.js








/**
 * What an early check reads at most before the built layer's size is known: gzip shrinks real layers
 * 2-10 times; a blob that inflates further is read on only when the built layer turns out that large.
 */
const EARLY_RATIO = 64;
/** The FROM lines of a Dockerfile, with `${ARG}` defaults and build-args applied. */
function stages(dockerfile, buildArgs) {
    const args = {};
    const out = [];
    const expand = (s) => s.replace(/\$\{?(\w+)\}?/g, (_, n) => buildArgs[n] ?? args[n] ?? '');
    const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    for (const line of lines) {
        const arg = /^\s*ARG\s+(\w+)(?:=(\S*))?/i.exec(line);
        if (arg && !out.length)
            args[arg[1]] = (arg[2] ?? '').replace(/^"(.*)"$/, '$1');
        const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!from)
            continue;
        const image = expand(from[1]);
        out.push({ image, name: from[2]?.toLowerCase(), fromStage: out.some((st) => st.name === image.toLowerCase()) });
    }
    return out;
}
function dockerfileBases(dockerfile, buildArgs, target = '') {
    const all = stages(dockerfile, buildArgs);
    const images = [...new Set(all.filter((st) => !st.fromStage && st.image !== 'scratch').map((st) => st.image))];
    let i = target ? all.findIndex((st) => st.name === target.toLowerCase()) : all.length - 1;
    for (let hops = 0; i >= 0 && all[i].fromStage && hops < all.length; hops++) {
        const name = all[i].image.toLowerCase();
        i = all.slice(0, i).findLastIndex((st) => st.name === name);
    }
    return { images, final: i >= 0 && !all[i].fromStage && all[i].image !== 'scratch' ? all[i].image : undefined };
}
/** The bases of the Dockerfile at `path`; one that cannot be read has none here (the builder reports it). */
async function readDockerfileBases(path, buildArgs, target = '') {
    try {
        return dockerfileBases(await (0,promises_.readFile)(path, 'utf8'), buildArgs, target);
    }
    catch {
        return { images: [], final: undefined };
    }
}
async function layersOf(client, ref, platform, into) {
    const repo = ref.repository;
    let manifest = await client.getManifest(repo, ref.identifier());
    if ((0,mediatypes/* isIndexType */.$U)(manifest.mediaType) || 'manifests' in manifest.json) {
        const child = manifest.json.manifests.find((d) => d.platform && (0,mediatypes/* platformString */.Fd)(d.platform) === platform);
        if (!child)
            return [];
        manifest = await client.getManifest(repo, child.digest);
    }
    const m = manifest.json;
    const diffIds = (await client.getJsonBlob(repo, m.config)).rootfs?.diff_ids ?? [];
    const added = [];
    m.layers.forEach((layer, i) => {
        const diffId = diffIds[i];
        if (diffId && !into.has(diffId))
            into.set(diffId, { descriptor: layer, repository: repo });
        if (diffId)
            added.push(diffId);
    });
    return added;
}
/**
 * Looks up the base images' layers in their registries. Best effort: a base that cannot be read
 * (Docker Hub rate limits, no credentials) only means its layers get compressed and uploaded.
 * With `early`, the layers of the image the built stage starts from (the ones the built image
 * carries) start being checked right away, two at a time, while the builder works: the check is
 * the same (see reuseBaseLayer), it only no longer waits for the build. Other stages' bases are
 * checked only if a built layer turns out to be theirs.
 */
async function findBaseLayers(client, bases, platform, log, early = false) {
    const found = new Map();
    for (const image of bases.images) {
        try {
            const added = await layersOf(client, reference/* Reference */.Or.parse(image, { defaultTag: true }), platform, found);
            if (early && image === bases.final)
                startChecks(client, found, added);
        }
        catch (e) {
            log(`base image ${image}: layers not reused (${e.message})`);
        }
    }
    return found;
}
/** Starts the early checks of these layers, in two lanes: at most two blobs read at once. */
function startChecks(client, layers, diffIds) {
    const lanes = [Promise.resolve(), Promise.resolve()];
    diffIds.forEach((diffId, i) => {
        const known = layers.get(diffId);
        if (!known || known.check)
            return;
        const cap = { bytes: known.descriptor.size * EARLY_RATIO + (1 << 20) };
        const facts = lanes[i % 2].then(() => blobFacts(client, known, cap));
        lanes[i % 2] = facts;
        known.check = { cap, facts };
    });
}
/**
 * What the registry's blob decompresses to: diff ID and size. Reading stops as soon as it outgrows
 * `cap` (read on every chunk, so a cap tightened meanwhile applies at once). Never rejects.
 */
async function blobFacts(client, known, cap) {
    const type = known.descriptor.mediaType;
    const gzip = type === mediatypes/* MediaType */.zu.DockerLayerGzip || type === mediatypes/* MediaType */.zu.OciLayerGzip;
    if (!gzip && type !== mediatypes/* MediaType */.zu.OciLayer)
        return { why: `its media type ${type} is not one pinship can check` };
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    let over;
    const sink = new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            size += chunk.length;
            if (size > cap.bytes) {
                over = cap.bytes;
                return cb(new Error(`it decompresses to more than ${cap.bytes} bytes`));
            }
            hash.update(chunk);
            cb();
        },
    });
    try {
        const blob = await client.getBlob(known.repository, registry_digest/* Digest */.np.parse(known.descriptor.digest), known.descriptor.size);
        await (gzip ? (0,external_node_stream_promises_.pipeline)(blob, (0,external_node_zlib_.createGunzip)(), sink) : (0,external_node_stream_promises_.pipeline)(blob, sink));
    }
    catch (e) {
        return over === undefined ? { why: `reading it failed (${e.message})` } : { why: e.message, over };
    }
    return { diffId: `sha256:${hash.digest('hex')}`, size };
}
/** The facts for the built layer: the early check's, its cap tightened to the layer, else a check now. */
async function factsFor(reuse, known, layerSize) {
    if (known.check) {
        known.check.cap.bytes = Math.min(known.check.cap.bytes, layerSize);
        const early = await known.check.facts;
        // Stopped at a cap below the built layer's size: that says nothing yet, so read it again.
        if (!('over' in early) || early.over === undefined || early.over >= layerSize)
            return early;
    }
    return blobFacts(reuse.client, known, { bytes: layerSize });
}
/**
 * A base image's blob for a built layer, once checked: the base registry's config only claims
 * which diff ID a blob has, so the blob is streamed through gunzip and sha256 (cheaper than
 * compressing and uploading the layer) and must come out as the very layer that was built.
 * Undefined, with a log line, when it does not: the caller compresses the built layer itself.
 */
async function reuseBaseLayer(reuse, diffId, layerSize) {
    const known = reuse.layers.get(diffId);
    if (!known)
        return undefined;
    const facts = diffId.startsWith('sha256:') ? await factsFor(reuse, known, layerSize) : { why: 'the diff ID is not a sha256 digest' };
    let why;
    if ('why' in facts)
        why = facts.over === undefined ? facts.why : `it decompresses to more than the built layer's ${layerSize} bytes`;
    else if (facts.diffId !== diffId || facts.size !== layerSize)
        why = `it decompresses to ${facts.diffId} (${facts.size} bytes)`;
    if (!why)
        return { descriptor: known.descriptor, origin: { kind: 'remote', repository: known.repository } };
    reuse.log(`base layer ${known.descriptor.digest} in ${known.repository} not reused: its image config names ${diffId}, but ${why}; compressing the built layer instead`);
    return undefined;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./lib/registry/http.js
var http = __webpack_require__(69127);
// EXTERNAL MODULE: ./lib/registry/limits.js
var limits = __webpack_require__(20927);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
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

// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(79860);
;// CONCATENATED MODULE: ./lib/image/docker-save.js












/** Hashes what flows through, for the uncompressed (diff ID) and compressed (blob) digests. */
function hashing(hash, counter) {
    return new external_node_stream_.Transform({
        transform(chunk, _e, cb) {
            hash.update(chunk);
            if (counter)
                counter.size += chunk.length;
            cb(null, chunk);
        },
    });
}
/** Compresses one layer tar to a blob file, checking it is the layer the config names. */
async function compressLayer(tar, diffId, out) {
    const raw = (0,external_node_crypto_.createHash)('sha256');
    const gz = (0,external_node_crypto_.createHash)('sha256');
    const counter = { size: 0 };
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tar), hashing(raw), (0,external_node_zlib_.createGzip)(), hashing(gz, counter), (0,external_node_fs_.createWriteStream)(out));
    const actual = `sha256:${raw.digest('hex')}`;
    if (actual !== diffId)
        throw new Error(`docker save: layer ${tar} hashes to ${actual}, but the image config names ${diffId}`);
    return { mediaType: mediatypes/* MediaType */.zu.DockerLayerGzip, digest: `sha256:${gz.digest('hex')}`, size: counter.size };
}
/**
 * `docker save` of the built image, turned into a Docker v2 schema 2 manifest. The config blob is
 * kept byte for byte, so its digest stays the engine's image ID; layers already in a base image in
 * the registry are reused as they are, once their blob is shown to decompress to the built layer,
 * not compressed again under a new digest.
 */
async function readDockerImage(imageId, workDir, reuse, lap) {
    const saved = await saveImage(imageId, (0,external_node_path_.join)(workDir, 'saved'));
    lap?.('saveMs');
    const [entry] = JSON.parse(await (0,promises_.readFile)(saved.file('manifest.json'), 'utf8'));
    if (!entry)
        throw new Error(`docker save of ${imageId} wrote no manifest.json entry`);
    const configBytes = await (0,promises_.readFile)(saved.file(entry.Config));
    const configDigest = (0,registry_digest/* digestOf */.ol)(configBytes);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length)
        throw new Error(`docker save of ${imageId}: ${entry.Layers.length} layers but ${diffIds.length} diff IDs in the config`);
    const layers = await (0,pool/* mapLimit */.s)(entry.Layers, 4, async (layer, i) => {
        const diffId = diffIds[i];
        const tar = saved.file(layer);
        const reused = await reuseBaseLayer(reuse, diffId, (await (0,promises_.stat)(tar)).size);
        if (reused)
            return reused;
        const out = (0,external_node_path_.join)(workDir, `layer-${i}.tar.gz`);
        return { descriptor: await compressLayer(tar, diffId, out), origin: { kind: 'file', path: out } };
    });
    const configDesc = { mediaType: mediatypes/* MediaType */.zu.DockerConfig, size: configBytes.length, digest: configDigest.toString() };
    const manifest = { schemaVersion: 2, mediaType: mediatypes/* MediaType */.zu.DockerManifest, config: configDesc, layers: layers.map((l) => l.descriptor) };
    const bytes = Buffer.from(JSON.stringify(manifest, null, 3));
    const node = {
        digest: (0,registry_digest/* digestOf */.ol)(bytes),
        mediaType: mediatypes/* MediaType */.zu.DockerManifest,
        bytes,
        blobs: [{ descriptor: configDesc, origin: { kind: 'bytes', bytes: configBytes } }, ...layers],
        children: [],
        configDigest: registry_digest/* Digest */.np.parse(configDigest.toString()),
    };
    const platform = (0,mediatypes/* configPlatform */.Ko)(config);
    if (platform)
        node.platform = (0,mediatypes/* platformString */.Fd)(platform);
    return node;
}

;// CONCATENATED MODULE: ./lib/image/oci-layout.js










function blobPath(dir, digest) {
    const d = registry_digest/* Digest */.np.parse(digest);
    return (0,external_node_path_.join)(dir, 'blobs', d.algorithm, d.hex);
}
async function readVerified(dir, desc) {
    const bytes = await (0,promises_.readFile)(blobPath(dir, desc.digest));
    if ((0,registry_digest/* digestOf */.ol)(bytes).toString() !== desc.digest)
        throw new Error(`OCI layout ${dir}: blob ${desc.digest} does not match its digest`);
    return bytes;
}
/** The uncompressed size of a layer blob, or undefined for a compression pinship does not read (zstd). */
async function uncompressedSize(path, mediaType) {
    if (mediaType === mediatypes/* MediaType */.zu.OciLayer)
        return (await (0,promises_.stat)(path)).size;
    if (mediaType !== mediatypes/* MediaType */.zu.OciLayerGzip && mediaType !== mediatypes/* MediaType */.zu.DockerLayerGzip)
        return undefined;
    let size = 0;
    const count = new external_node_stream_.Writable({ write: (chunk, _e, cb) => ((size += chunk.length), cb()) });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,external_node_zlib_.createGunzip)(), count);
    return size;
}
/**
 * buildah and podman recompress every layer on export, so a base layer gets a digest no registry
 * holds. Where the config's diff ID names a layer a base image has, its blob (checked to decompress
 * to that very layer) stands in, under the manifest's own kind of media type.
 */
async function withBaseLayers(path, m, diffIds, reuse) {
    const docker = m.mediaType === mediatypes/* MediaType */.zu.DockerManifest;
    // At most four layers decompressed (and their base blobs fetched) at once, as docker-save.ts does.
    return (0,pool/* mapLimit */.s)(m.layers, 4, async (layer, i) => {
        const local = { descriptor: layer, origin: { kind: 'file', path: path(layer.digest) } };
        const diffId = diffIds[i];
        if (!diffId || !reuse.layers.has(diffId))
            return local;
        const size = await uncompressedSize(path(layer.digest), layer.mediaType);
        const base = size === undefined ? undefined : await reuseBaseLayer(reuse, diffId, size);
        if (!base || base.descriptor.digest === layer.digest)
            return local;
        const gzip = base.descriptor.mediaType !== mediatypes/* MediaType */.zu.OciLayer;
        const mediaType = gzip ? (docker ? mediatypes/* MediaType */.zu.DockerLayerGzip : mediatypes/* MediaType */.zu.OciLayerGzip) : mediatypes/* MediaType */.zu.OciLayer;
        return { ...base, descriptor: { mediaType, digest: base.descriptor.digest, size: base.descriptor.size } };
    });
}
/** The node for new manifest bytes: pinship computes the digest it pushes. */
function rewritten(node, json) {
    node.bytes = Buffer.from(JSON.stringify(json));
    node.digest = (0,registry_digest/* digestOf */.ol)(node.bytes);
}
async function readNode(dir, desc, reuse) {
    const bytes = await readVerified(dir, desc);
    const json = JSON.parse(bytes.toString('utf8'));
    const mediaType = json.mediaType ?? desc.mediaType;
    const node = { digest: registry_digest/* Digest */.np.parse(desc.digest), mediaType, bytes, blobs: [], children: [] };
    if (desc.platform && desc.platform.os !== 'unknown')
        node.platform = (0,mediatypes/* platformString */.Fd)(desc.platform);
    if (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
        node.attestation = true;
    if ((0,mediatypes/* isIndexType */.$U)(mediaType) || 'manifests' in json) {
        const index = json;
        for (const child of index.manifests)
            node.children.push(await readNode(dir, child, reuse));
        // A child rewritten for base layers changes the index that lists it.
        if (node.children.some((c, i) => c.digest.toString() !== index.manifests[i].digest)) {
            index.manifests = index.manifests.map((d, i) => ({ ...d, digest: node.children[i].digest.toString(), size: node.children[i].bytes.length }));
            rewritten(node, index);
        }
        return node;
    }
    const m = json;
    for (const b of [m.config, ...m.layers]) {
        const size = (await (0,promises_.stat)(blobPath(dir, b.digest))).size;
        if (size !== b.size)
            throw new Error(`OCI layout ${dir}: blob ${b.digest} is ${size} bytes, its manifest says ${b.size}`);
    }
    const config = JSON.parse((await readVerified(dir, m.config)).toString('utf8'));
    const path = (d) => blobPath(dir, d);
    const layers = reuse && !node.attestation
        ? await withBaseLayers(path, m, config.rootfs?.diff_ids ?? [], reuse)
        : m.layers.map((l) => ({ descriptor: l, origin: { kind: 'file', path: path(l.digest) } }));
    node.blobs = [{ descriptor: m.config, origin: { kind: 'file', path: path(m.config.digest) } }, ...layers];
    if (layers.some((l, i) => l.descriptor.digest !== m.layers[i].digest))
        rewritten(node, { ...m, layers: layers.map((l) => l.descriptor) });
    node.configDigest = registry_digest/* Digest */.np.parse(m.config.digest);
    if (!node.platform && !node.attestation) {
        const platform = (0,mediatypes/* configPlatform */.Ko)(config);
        if (platform)
            node.platform = (0,mediatypes/* platformString */.Fd)(platform);
    }
    return node;
}
/**
 * Reads the image an OCI image layout's index.json points at (the first entry: builders write one).
 * With `reuse`, layers a base image already has are taken from its registry and the manifests that
 * list them are rewritten (see withBaseLayers).
 */
async function readOciLayout(dir, reuse) {
    const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'index.json'), 'utf8'));
    const first = index.manifests?.[0];
    if (!first)
        throw new Error(`OCI layout ${dir} lists no image in index.json`);
    return readNode(dir, first, reuse);
}

// EXTERNAL MODULE: ./lib/image/annotations.js
var image_annotations = __webpack_require__(5531);
;// CONCATENATED MODULE: ./lib/image/annotate.js


const REF_DIGEST = 'vnd.docker.reference.digest';
function rewrite(node, change) {
    const json = JSON.parse(node.bytes.toString('utf8'));
    change(json);
    const bytes = Buffer.from(JSON.stringify(json));
    return { ...node, bytes, digest: (0,registry_digest/* digestOf */.ol)(bytes) };
}
const merged = (a, b) => a || b ? { ...a, ...b } : undefined;
function annotateImage(node, o) {
    const add = (0,image_annotations/* annotationsAt */.wv)(o.annotations, 'manifest', node.platform, o.defaults);
    if (!add)
        return node;
    return rewrite(node, (json) => {
        json.annotations = merged(json.annotations, add);
    });
}
/**
 * Annotations written into the manifests pinship pushes, whatever the builder: children first,
 * then each parent's descriptors follow their children's new digests. A new manifest is a new
 * digest, so the outputs name the annotated manifests. Images carrying attestations keep their
 * manifests as built: the attestations name those digests and would no longer match.
 */
function annotateTree(root, o) {
    if (o.annotations.some((a) => a.levels.includes('index-descriptor')))
        o.warn(`input 'annotations': index-descriptor annotations live in an OCI layout's index.json, which a push does not send; they are not applied`);
    return annotateNode(root, o);
}
function annotateNode(root, o) {
    if (!root.children.length)
        return annotateImage(root, o);
    const attested = root.children.some((c) => c.attestation);
    const explicitManifest = o.annotations.some((a) => a.levels.includes('manifest'));
    if (attested && explicitManifest)
        o.warn(`input 'annotations': manifest-level annotations are not applied to an image with attestations, which sign its manifest digests; use index: or manifest-descriptor:`);
    const renamed = new Map();
    const children = root.children.map((c) => {
        const next = attested || c.attestation ? c : c.children.length ? annotateNode(c, o) : annotateImage(c, o);
        renamed.set(c.digest.toString(), next);
        return next;
    });
    const indexAdd = (0,image_annotations/* annotationsAt */.wv)(o.annotations, 'index', undefined, o.defaults);
    const annotated = rewrite({ ...root, children }, (json) => {
        json.manifests = json.manifests.map((d) => descriptorFor(d, renamed, o.annotations));
        json.annotations = merged(json.annotations, indexAdd);
    });
    return annotated.digest.equals(root.digest) ? root : annotated;
}
function descriptorFor(d, renamed, annotations) {
    const node = renamed.get(d.digest);
    const out = node ? { ...d, digest: node.digest.toString(), size: node.bytes.length } : { ...d };
    const ref = d.annotations?.[REF_DIGEST];
    const target = ref ? renamed.get(ref) : undefined;
    if (ref && target)
        out.annotations = { ...d.annotations, [REF_DIGEST]: target.digest.toString() };
    if (node && !node.attestation) {
        const add = (0,image_annotations/* annotationsAt */.wv)(annotations, 'manifest-descriptor', node.platform);
        if (add)
            out.annotations = { ...out.annotations, ...add };
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/image/attestation-referrers.js

/**
 * One attestation manifest may carry several statements (buildx puts provenance and SBOM in one), so
 * no single predicate type names it; the in-toto media type does, and it is what pinship's own
 * provenance referrers and `require-provenance` look for.
 */
const ATTESTATION_ARTIFACT_TYPE = 'application/vnd.in-toto+json';
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/**
 * Moves buildx's attestation manifests out of the index: registry UIs and older clients show them as
 * broken unknown/unknown platforms. Each becomes a referrer (`subject` set), which changes its digest;
 * its layers, the statements themselves, stay byte for byte as built.
 */
function detachAttestations(root) {
    if (!root.children.some((c) => c.attestation))
        return { root, referrers: [] };
    const index = JSON.parse(root.bytes.toString('utf8'));
    const kept = index.manifests.filter((_, i) => !root.children[i]?.attestation);
    const referrers = index.manifests.flatMap((desc, i) => {
        const node = root.children[i];
        if (!node?.attestation)
            return [];
        const described = desc.annotations?.[REFERENCE_DIGEST];
        const subject = kept.find((d) => d.digest === described);
        if (!subject)
            throw new Error(`attestation manifest ${desc.digest} describes ${described ?? 'no manifest'}, which the built index does not list`);
        return [{ node: asReferrer(node, subject), built: node.digest, subject: subject.digest }];
    });
    const bytes = Buffer.from(JSON.stringify({ ...index, manifests: kept }));
    const children = root.children.filter((c) => !c.attestation);
    return { root: { ...root, bytes, digest: (0,registry_digest/* digestOf */.ol)(bytes), children }, referrers };
}
function asReferrer(node, subject) {
    const manifest = JSON.parse(node.bytes.toString('utf8'));
    const withSubject = {
        ...manifest,
        artifactType: ATTESTATION_ARTIFACT_TYPE,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    };
    const bytes = Buffer.from(JSON.stringify(withSubject));
    return { ...node, bytes, digest: (0,registry_digest/* digestOf */.ol)(bytes) };
}

;// CONCATENATED MODULE: ./lib/commands/build/builders/types.js
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

// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var build_secrets = __webpack_require__(85432);
;// CONCATENATED MODULE: ./lib/commands/build/builders/support.js
/** buildah and podman take a directory, a tarball URL or an image (docker-image://, container-image://, docker://), not a layout. */
const buildxOnlyContext = (value) => value.startsWith('oci-layout://');
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
        const socket = await engineSocket(env);
        const engine = socket
            ? (JSON.parse((await engineCall(socket, 'GET', '/version')).toString('utf8')).Version ?? '')
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
/** `rewriteTimestamp`: the BuildKit exporting the image clamps its files' times to SOURCE_DATE_EPOCH (see buildkit-epoch.ts). */
function buildxArgs(req, driver, containerdStore = false, rewriteTimestamp = false) {
    const args = ['buildx', 'build'];
    if (req.buildxBuilder)
        args.push('--builder', req.buildxBuilder);
    args.push(...commonBuildFlags(req));
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
        args.push('--secret', (0,build_secrets/* buildxSecretFlag */.LW)(s));
    for (const s of req.ssh)
        args.push('--ssh', s);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
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
        checkSupport(this.name, req);
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
        await saveImage(imageId, dir, req.env);
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
            throw new Error(`buildx cannot honour input 'source-date-epoch' with ${source}: its ${shown} ignores SOURCE_DATE_EPOCH (0.11 or later sets the image's time, docker engine 24+). Builders that can: buildx with BuildKit 0.13 or later (docker engine 26+, or a docker-container builder); ${OCI_TOOLS_WITH_EPOCH}`);
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

;// CONCATENATED MODULE: ./lib/commands/build/builders/docker.js






/** The docker CLI's classic builder (DOCKER_BUILDKIT=0), for engines without BuildKit. */
function dockerArgs(req) {
    const args = ['build', ...commonBuildFlags(req)];
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
        checkSupport(this.name, req);
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
        await saveImage(imageId, dir, req.env);
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
        const socket = await engineSocket(env);
        if (socket)
            return isContainerdStore(JSON.parse((await engineCall(socket, 'GET', '/info')).toString('utf8')).DriverStatus);
        const { stdout } = await (0,exec/* execTool */.wc)('docker', ['info', '--format', '{{json .DriverStatus}}'], { env });
        return isContainerdStore(JSON.parse(stdout));
    }
    catch {
        return false;
    }
}

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
    const args = ['build', ...commonBuildFlags(req)];
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
        args.push('--secret', (0,build_secrets/* ociSecretFlag */.QB)(s));
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
        checkSupport(this.name, req);
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
        throw new Error(`builder: ${this.name} cannot honour input 'source-date-epoch': ${version} has no --source-date-epoch/--rewrite-timestamp. Builders that can: buildx; ${OCI_TOOLS_WITH_EPOCH}`);
    }
}

;// CONCATENATED MODULE: ./lib/commands/build/builders/detect.js





/**
 * The engine's image store matters only to the `docker` driver, which builds inside the engine;
 * it is asked alongside the driver (never rejects), as the default builder is the common case.
 */
async function buildx(buildxBuilder) {
    const store = engineUsesContainerdStore();
    const command = await buildxCommand(process.env);
    const driver = await buildxDriver(buildxBuilder, command);
    return new BuildxBuilder(driver, driver === 'docker' && (await store), command);
}
/**
 * `auto`: buildx if it answers, else the docker engine's classic builder, else buildah, else podman.
 * One `docker buildx inspect` both proves buildx works and names its driver.
 */
async function selectBuilder(choice, buildxBuilder) {
    if (choice === 'buildx')
        return buildx(buildxBuilder);
    if (choice === 'docker')
        return new DockerBuilder(await engineUsesContainerdStore());
    if (choice === 'buildah' || choice === 'podman')
        return new OciToolBuilder(choice);
    try {
        return await buildx(buildxBuilder);
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

// EXTERNAL MODULE: ./lib/commands/build/digest-file.js
var digest_file = __webpack_require__(80680);
// EXTERNAL MODULE: ./lib/image/model.js
var model = __webpack_require__(27632);
// EXTERNAL MODULE: ./lib/publish/index.js + 1 modules
var publish = __webpack_require__(19794);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
;// CONCATENATED MODULE: ./lib/commands/build/outputs.js



function buildOutputs(f) {
    const { s, meta, root, pushed } = f;
    const digest = root && pushed ? root.digest.toString() : '';
    const images = digest ? s.images.map((r) => `${r}@${digest}`) : [];
    const tags = s.images.flatMap((repo) => (pushed ? pushed.tags : s.push ? [] : meta.tags).map((t) => `${repo}:${t}`));
    const imageid = root?.configDigest?.toString() ?? (root ? root.digest.toString() : f.exported.kind === 'docker-image' ? f.exported.imageId : '');
    const platforms = root ? (0,model/* platformDigests */.Hm)(root) : {};
    const size = root ? (0,model/* allBlobs */.Uj)(root).reduce((n, b) => n + b.descriptor.size, 0) : 0;
    const metadata = {
        digest,
        image: images[0] ?? '',
        images,
        tags,
        version: meta.version,
        imageid,
        platformDigests: platforms,
        labels: meta.labels,
        builder: f.builder,
        size,
        durations: f.durations,
        attached: pushed?.signatures ?? [],
        push: pushed ? pushed.stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })) : [],
    };
    const facts = { repositories: s.images.map(String), digest, tags, version: meta.version, imageid, platformDigests: platforms, labels: meta.labels };
    return {
        outputs: { ...(0,report_image/* imageOutputs */.am)(facts, metadata), changed: (0,publish/* changedOutput */.uf)(pushed?.stats ?? []) },
        summary: (0,report_image/* imageSummary */.IW)('pinship build', facts, digest ? [`**size** ${(size / 1024 / 1024).toFixed(1)} MiB`] : ['Built and kept in the engine: nothing was pushed (`push: false`).']),
    };
}

// EXTERNAL MODULE: ./lib/report/failure.js
var failure = __webpack_require__(57340);
// EXTERNAL MODULE: ./lib/metadata/compute.js + 1 modules
var compute = __webpack_require__(59140);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/signing/provenance.js
var provenance = __webpack_require__(9656);
;// CONCATENATED MODULE: ./lib/commands/build/provenance.js




/** Base images by digest, as the registry serves them now (the build pulled them moments ago); unresolvable ones are left out. */
async function resolvedBases(client, images) {
    const out = [];
    for (const image of images) {
        try {
            const ref = reference/* Reference */.Or.parse(image, { defaultTag: true });
            out.push({ uri: `pkg:docker/${ref.repository}@${ref.identifier()}`, digest: ref.digest ?? (await client.resolve(ref)).digest });
        }
        catch {
            // a base the registry client cannot name or reach stays out of the statement, not the build
        }
    }
    return out;
}
/**
 * pinship's own SLSA v1 provenance for builders that make none (buildx makes its own, inside the
 * index): attached as a cosign attestation when a key is given, as an OCI referrer otherwise.
 */
async function withProvenance(client, plan, s, meta, builder, key, rt, baseImages) {
    const statement = (0,provenance/* slsaStatement */.P6)(s.images[0].toString(), plan.root.digest, {
        source: meta.labels['org.opencontainers.image.source'],
        revision: meta.labels['org.opencontainers.image.revision'],
        builder,
        pinshipVersion: (0,version/* cliVersion */.$)(),
        parameters: { file: s.file, target: s.target, platforms: s.platforms, buildArgs: Object.keys(s.buildArgs) },
        baseImages: await resolvedBases(client, baseImages),
        env: rt.env,
    });
    const attested = (0,publish/* attestPlan */.lR)(plan, statement, provenance/* SLSA_V1 */.ck, key);
    rt.info(`provenance of ${plan.root.digest}: ${key ? `cosign attestation ${attested.tag}` : `referrer ${attested.signature.digest}`}`);
    const tag = attested.tag || `referrer of ${plan.root.digest}`;
    return { plan: attested.plan, attached: [{ kind: 'attestation', subject: plan.root.digest.toString(), digest: attested.signature.digest.toString(), tag }] };
}

// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/commands/build/sources.js



/** buildx also takes a git or HTTP URL as context; only a local path can be checked here. */
const isRemote = (context) => /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
async function kind(path) {
    try {
        const st = await (0,promises_.stat)(path);
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
    const where = (p) => ((0,external_node_path_.resolve)(p) === p ? '' : ` (resolved from ${process.cwd()})`);
    const ctx = await kind(context);
    if (ctx !== 'dir')
        throw new inputs/* InputError */.dz('context', context, `Expected a directory; ${ctx === 'none' ? 'nothing' : 'a file'} is there${where(context)}.`);
    const f = await kind(file);
    if (f !== 'file') {
        const what = fileGiven ? '' : ' (the default, <context>/Dockerfile)';
        throw new inputs/* InputError */.dz('file', file, `Expected a Dockerfile${what}; ${f === 'none' ? 'nothing' : 'a directory'} is there${where(file)}.`);
    }
}

// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
// EXTERNAL MODULE: ./lib/publish/signed-plan.js
var signed_plan = __webpack_require__(54107);
;// CONCATENATED MODULE: ./lib/commands/build/leftovers.js



/**
 * An image the build left in the engine is untagged once it is pushed: one dangling image per build.
 * It stays only where the user asked for a local image (`push: false`, `load: true`), tagged as pushed.
 * `docker image rm` by ID never forces: an image someone tagged or a container uses stays.
 */
async function settleLoadedImage(exported, s, tags, rt) {
    const image = engineImageOf(exported);
    if (!image)
        return;
    if (!s.push || s.load) {
        for (const repo of s.images)
            for (const tag of tags)
                await (0,exec/* execTool */.wc)('docker', ['tag', image, `${repo}:${tag}`]);
        return;
    }
    try {
        await removeImage(image);
    }
    catch (e) {
        rt.info(`pinship: kept ${image} in the engine: ${e.message.split('\n')[0]}`);
    }
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./lib/commands/build/phases.js

/**
 * Wall time per phase, for the metadata output and the benchmark (bench/build.mjs). Laps follow one
 * another, so they add up to the run; `startMs` is the time from node's start to the first lap's start
 * (module loading and reading the inputs), so the run's overhead outside the builder shows in full.
 */
class PhaseTimer {
    laps = {};
    last = external_node_perf_hooks_.performance.now();
    constructor() {
        this.laps.startMs = Math.round(this.last);
    }
    lap(name) {
        const now = external_node_perf_hooks_.performance.now();
        this.laps[name] = Math.round((this.laps[name] ?? 0) + now - this.last);
        this.last = now;
    }
}

;// CONCATENATED MODULE: ./lib/commands/build/execute.js



























/** The platform the base image is read for: the requested one, else this machine's. */
function basePlatform(s) {
    if (s.platforms[0])
        return s.platforms[0];
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
    return `linux/${arch[process.arch] ?? process.arch}`;
}
/** Never rejects: a base image that cannot be read only means its layers are compressed and sent again. */
function baseLayersFor(client, s, bases, rt) {
    return findBaseLayers(client, bases, basePlatform(s), rt.info, true).catch(() => new Map());
}
/** The build once its inputs have been read (src/commands/build/command.ts). */
async function executeBuild(s, rt) {
    const timer = new PhaseTimer();
    const signingKey = (0,signing/* readSigner */.$2)(rt);
    const repos = s.images.map(String).join(', ');
    (0,failure/* leftUntouched */.p)(`Nothing was pushed: every tag of ${repos} is as it was.`);
    await checkBuildSources(s.context, s.file, s.fileGiven);
    const bases = await readDockerfileBases(s.file, s.buildArgs, s.target);
    const meta = await (0,compute/* computeMeta */.t)(s, rt);
    timer.lap('metaMs');
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pinship-build-'));
        (0,cleanup/* registerCleanup */.qE)(rt, workDir);
        // Independent of each other: wrong credentials fail before any build starts, and the base
        // image's layers are looked up while the builder works.
        const [builder] = await Promise.all([selectBuilder(s.builder, s.buildxBuilder), ...(s.push ? s.images.map((repo) => client.checkPushAccess(repo)) : [])]);
        // A `docker save` export is compressed by pinship, and buildah/podman recompress base layers:
        // those exports reuse the base's blobs (BuildKit's OCI exports keep them already).
        const ociTool = builder.name === 'buildah' || builder.name === 'podman';
        if (ociTool && s.load)
            rt.warning(`Input 'load' is ignored with builder: ${builder.name}: it keeps images in its own storage, not in a docker engine`);
        const reusing = s.push && (builder.exportKind === 'docker-image' || ociTool);
        const base = reusing ? baseLayersFor(client, s, bases, rt) : Promise.resolve(new Map());
        rt.info(`pinship: building with ${builder.name}`);
        timer.lap('prepareMs');
        const insecureHosts = ociTool ? insecurePullHosts(s.registry.insecureRegistries, bases.images) : [];
        const access = { credentials: (0,registry/* inputCredentials */.p)(s.registry, rt.env), insecureHosts, log: rt.info };
        const auth = await builderAuthConfig(access, (0,external_node_path_.join)(workDir, 'docker-config'), rt.env);
        const secretsDir = (0,external_node_path_.join)(workDir, 'secrets');
        let exported;
        try {
            const secrets = (0,build_secrets/* writeSecretFiles */.Bd)(s.secrets, secretsDir);
            // Only buildx makes provenance itself; for the other builders pinship attaches its own.
            exported = await builder.build({
                ...s,
                secrets,
                provenance: s.provenance && builder.name === 'buildx',
                labels: meta.labels,
                workDir,
                env: auth.env,
                sourceDateEpoch: meta.sourceDateEpoch,
                warn: (m) => rt.warning(m),
            });
        }
        finally {
            await auth.remove().catch((e) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
            await (0,promises_.rm)(secretsDir, { recursive: true, force: true }).catch((e) => rt.warning(`could not remove the build's secret files: ${String(e)}`));
        }
        timer.lap('buildMs');
        if (!s.push) {
            await (0,cleanup/* cleanupNow */.V8)(rt, workDir);
            await settleLoadedImage(exported, s, meta.tags, rt);
            return buildOutputs({ s, meta, builder: builder.name, exported, durations: timer.laps });
        }
        const reuse = { layers: await base, client, log: rt.info };
        timer.lap('baseLayersMs');
        const built = exported.kind === 'oci-layout'
            ? await readOciLayout(exported.dir, ociTool ? reuse : undefined)
            : await readDockerImage(exported.imageId, workDir, reuse, (p) => timer.lap(p));
        const annotated = annotateTree(built, { annotations: s.annotations, defaults: (0,image_annotations/* ociLabelAnnotations */.I_)(meta.labels), warn: (m) => rt.warning(m) });
        // After annotating: annotateTree leaves an attested image's manifests as built, so the platform
        // manifests the attestations describe keep the digests they name.
        const { root, referrers } = s.attestationsAt === 'referrers' ? detachAttestations(annotated) : { root: annotated, referrers: [] };
        timer.lap('exportMs');
        (0,failure/* leftUntouched */.p)(`The push had started: ${repos} may hold new blobs and manifests by digest, which no tag names. Tags move only after every repository holds the whole image, so unless the error names a tag, every tag is as it was.`);
        const pushed = await publishBuild(client, s, root, meta, rt, { key: signingKey, builder: builder.name, baseImages: bases.images, timer, referrers });
        // Pushed and read back: the export (as large as the image) and the engine's copy have served.
        await (0,cleanup/* cleanupNow */.V8)(rt, workDir);
        await settleLoadedImage(exported, s, meta.tags, rt);
        timer.lap('cleanupMs');
        const result = buildOutputs({ s, meta, builder: builder.name, exported, root, pushed, durations: timer.laps });
        if (s.digestFile)
            await (0,digest_file.writeDigestFile)(s.digestFile, result.outputs.metadata + '\n');
        return result;
    }
    finally {
        client.close();
    }
}
/**
 * Build once, push everywhere: every repository gets all blobs and manifests by digest first; only
 * then do tags move, and each is read back from its registry, the source of truth for the outputs.
 */
async function publishBuild(client, s, root, meta, rt, o) {
    const { key, builder, baseImages, timer } = o;
    const tags = meta.tags;
    const written = s.pushByDigest ? [] : tags;
    if (!s.pushByDigest && !tags.length)
        rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
    const tree = (0,publish/* treePlan */.Eu)(root);
    // Referrers after the tree: each subject (a platform manifest) is in place before what refers to it.
    const detached = o.referrers.map((a) => ({ ...(0,publish/* planManifest */.jO)(a.node), referrer: true }));
    for (const a of o.referrers)
        rt.info(`attestation ${a.built} of ${a.subject}: pushed as its referrer ${a.node.digest}, not listed in the index`);
    const signed = await (0,signed_plan/* signedPlan */.s)({ ...tree, manifests: [...tree.manifests, ...detached] }, key, s.images, rt.info);
    const { plan, attached } = s.provenance && builder !== 'buildx'
        ? await withProvenance(client, signed.plan, s, meta, builder, (0,signed_plan/* isKeySigner */.q)(key) ? key : undefined, rt, baseImages)
        : { plan: signed.plan, attached: [] };
    const signatures = [...signed.signatures, ...attached];
    timer.lap('pushPlanMs');
    const stats = await (0,publish/* publish */.mk)(client, plan, s.images, { tags: written, log: rt.info, accessChecked: true, lap: (p) => timer.lap(p) });
    for (const [i, st] of stats.entries()) {
        rt.info(`pushed ${s.images[i]}@${root.digest}: ${st.blobsUploaded} uploaded, ${st.blobsMounted} mounted, ${st.blobsCopied} copied, ${st.blobsSkipped} already there`);
    }
    return { tags: written, stats, signatures };
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

/***/ 99513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DEFAULT_FLAVOR),
/* harmony export */   w: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35531);


const DEFAULT_FLAVOR = {
    latest: 'auto',
    prefix: '',
    prefixLatest: false,
    suffix: '',
    suffixLatest: false,
};
function parseFlavorLine(line, flavor) {
    // `onlatest` binds to the prefix= or suffix= that precedes it on the same
    // line; elsewhere metadata-action ignores it, and so do we.
    let onlatestFor;
    for (const { key, value } of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .Kp)(line)) {
        switch (key) {
            case undefined:
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`'${value}' has no '='. Expected key=value`);
            case 'latest':
                if (value !== 'auto' && value !== 'true' && value !== 'false') {
                    throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`latest '${value}' is not valid. Expected auto, true or false`);
                }
                flavor.latest = value;
                break;
            case 'prefix':
            case 'suffix':
                (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTemplate */ .BU)(_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_NAMES */ .Px, key, value);
                flavor[key] = value;
                onlatestFor = key;
                break;
            case 'onlatest':
                if (value !== 'true' && value !== 'false') {
                    throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`onlatest '${value}' is not valid. Expected true or false`);
                }
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
                break;
            default:
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown key '${key}'. Expected latest, prefix, suffix or onlatest`);
        }
    }
}
/** Parses the `flavor` input: latest=auto|true|false, prefix=X[,onlatest=B], suffix=X[,onlatest=B]. */
function parseFlavor(input) {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(input)) {
        try {
            parseFlavorLine(line, flavor);
        }
        catch (e) {
            if (e instanceof _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg)
                throw new Error(`Invalid flavor '${line}': ${e.message}`, { cause: e });
            throw e;
        }
    }
    return flavor;
}


/***/ }),

/***/ 35531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   GT: () => (/* binding */ namesFor),
/* harmony export */   Px: () => (/* binding */ GLOBAL_NAMES)
/* harmony export */ });
/* unused harmony exports SEMVER_NAMES, PEP440_NAMES, SCHEDULE_NAMES */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78083);


/**
 * The names each template may use. A name outside its list is a typo ({{verison}}), which
 * metadata-action would render as nothing: pinship refuses it when the rule is read.
 */
const GLOBAL_NAMES = ['date', 'commit_date', 'branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const SEMVER_NAMES = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'];
const PEP440_NAMES = ['raw', 'version', 'major', 'minor', 'patch'];
const SCHEDULE_NAMES = ['date', 'commit_date'];
/** The names a rule attribute's template sees. */
function namesFor(type, attr) {
    if (attr !== 'pattern')
        return GLOBAL_NAMES;
    if (type === 'semver')
        return SEMVER_NAMES;
    if (type === 'pep440')
        return PEP440_NAMES;
    if (type === 'schedule')
        return SCHEDULE_NAMES;
    return GLOBAL_NAMES;
}
/**
 * Parses one template attribute (`key`) once: a syntax error, or a name outside `names` (a typo
 * like {{verison}} would render as nothing and silently drop the tag), is the attribute's error.
 */
function checkTemplate(names, key, template) {
    if (template === undefined)
        return;
    let used;
    try {
        used = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholders */ .Ft)(template);
    }
    catch (e) {
        if (e instanceof _template_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)
            throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`${e.message} in ${key}. Expected {{expression}}`);
        throw e;
    }
    const unknown = used.find((n) => !names.includes(n));
    if (unknown !== undefined) {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown placeholder '{{${unknown}}}' in ${key}. Expected one of ${names.map((n) => `{{${n}}}`).join(', ')}`);
    }
}


/***/ }),

/***/ 34494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ parseTagRules)
/* harmony export */ });
/* unused harmony exports TAG_TYPES, REF_EVENTS, DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, parseTagRule */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35531);


const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const REF_EVENTS = ['branch', 'tag', 'pr'];
/** metadata-action's default priorities; the highest-priority tag becomes `version`. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/**
 * pinship's rules when `tags` is empty: metadata-action's four (schedule, ref
 * branch/tag/pr), so a workflow moving over keeps every tag it had, a `release1`
 * tag included, plus semver tags and the commit sha, so every build is
 * addressable by commit and `1.2` follows its latest patch. semver's higher
 * priority makes `version` `1.2.3` rather than the git tag `v1.2.3`, and keeps
 * `latest` off pre-releases.
 */
const DEFAULT_TAG_RULES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=sha',
];
const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const TEMPLATE_ATTRS = ['enable', 'prefix', 'suffix', 'value'];
function isTagType(s) {
    return TAG_TYPES.includes(s);
}
function checkRegex(source, what) {
    const literal = /^\/(.+)\/(.*)$/.exec(source);
    try {
        if (literal)
            new RegExp(literal[1] ?? '', literal[2]);
        else
            new RegExp(source);
    }
    catch {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`invalid regular expression '${source}' in ${what}. Expected a JavaScript regular expression`);
    }
}
function build(type, attrs, common) {
    const need = (key, example) => {
        const v = attrs.get(key);
        if (v === undefined)
            throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`missing ${key}. Expected e.g. ${example}`);
        return v;
    };
    switch (type) {
        case 'schedule':
            return { ...common, type, pattern: attrs.get('pattern') ?? 'nightly' };
        case 'semver':
        case 'pep440': {
            const pattern = need('pattern', `type=${type},pattern={{version}}`);
            const match = attrs.get('match') ?? '';
            if (match !== '')
                checkRegex(match, 'match');
            return { ...common, type, pattern, value: attrs.get('value') ?? '', match };
        }
        case 'match': {
            const pattern = need('pattern', 'type=match,pattern=v(.*),group=1');
            checkRegex(pattern, 'pattern');
            const group = attrs.get('group') ?? '0';
            if (!/^\d+$/.test(group))
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`group '${group}' is not a number. Expected a non-negative integer`);
            return { ...common, type, pattern, group: Number(group), value: attrs.get('value') ?? '' };
        }
        case 'edge':
            return { ...common, type, branch: attrs.get('branch') ?? '' };
        case 'ref': {
            const event = need('event', 'type=ref,event=branch');
            if (!REF_EVENTS.includes(event)) {
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown event '${event}'. Expected one of ${REF_EVENTS.join(', ')}`);
            }
            // Like metadata-action, the pr- prefix is a rule-level default, which
            // means a flavor prefix never applies to pr tags.
            const prefix = common.prefix ?? (event === 'pr' ? 'pr-' : undefined);
            const rule = { ...common, type, event: event };
            if (prefix !== undefined)
                rule.prefix = prefix;
            return rule;
        }
        case 'raw':
            return { ...common, type, value: need('value', 'type=raw,value=latest') };
        case 'sha': {
            const format = attrs.get('format') ?? 'short';
            if (format !== 'short' && format !== 'long')
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown format '${format}'. Expected short or long`);
            return { ...common, type, format, prefix: common.prefix ?? 'sha-' };
        }
    }
}
function parseLine(line, onWarning) {
    const attrs = new Map();
    let type = 'raw';
    for (const field of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .Kp)(line)) {
        if (field.key === undefined) {
            attrs.set('value', field.value);
        }
        else if (field.key === 'type') {
            if (!isTagType(field.value)) {
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown type '${field.value}'. Expected one of ${TAG_TYPES.join(', ')}`);
            }
            type = field.value;
        }
        else {
            attrs.set(field.key, field.value);
        }
    }
    for (const key of attrs.keys()) {
        if (!COMMON_ATTRS.includes(key) && !TYPE_ATTRS[type].includes(key)) {
            onWarning?.(`Tag rule '${line}': attribute '${key}' is not used by type=${type} and is ignored`);
        }
    }
    const templated = [...TEMPLATE_ATTRS, ...(type === 'match' ? [] : ['pattern'])];
    for (const key of templated)
        (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTemplate */ .BU)((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .namesFor */ .GT)(type, key), key, attrs.get(key));
    const priorityText = attrs.get('priority');
    if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`priority '${priorityText}' is not a number. Expected an integer`);
    }
    const enable = attrs.get('enable') ?? 'true';
    if (!enable.includes('{{') && enable !== 'true' && enable !== 'false') {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`enable '${enable}' is not a boolean. Expected true, false or an expression like {{is_default_branch}}`);
    }
    const common = {
        priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITIES[type],
        enable,
        source: line,
    };
    const prefix = attrs.get('prefix');
    const suffix = attrs.get('suffix');
    if (prefix !== undefined)
        common.prefix = prefix;
    if (suffix !== undefined)
        common.suffix = suffix;
    return build(type, attrs, common);
}
/** Parses one rule line; a line without `type=` is shorthand for type=raw,value=<line>. */
function parseTagRule(line, onWarning) {
    const trimmed = line.trim();
    try {
        return parseLine(trimmed, onWarning);
    }
    catch (e) {
        if (e instanceof _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg)
            throw new Error(`Invalid tag rule '${trimmed}': ${e.message}`, { cause: e });
        throw e;
    }
}
/**
 * Parses the `tags` input (one rule per line, `#` comment lines skipped).
 * An input with no rules yields pinship's DEFAULT_TAG_RULES.
 */
function parseTagRules(input, onWarning) {
    const lines = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(input);
    return (lines.length > 0 ? lines : DEFAULT_TAG_RULES).map((l) => parseTagRule(l, onWarning));
}


/***/ }),

/***/ 78083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   EK: () => (/* binding */ isRawStatement),
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   XX: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export parseTemplate */
// A deliberately small subset of Handlebars, enough for metadata-action's
// tag expressions ({{branch}}, {{date 'YYYYMMDD' tz='Asia/Tokyo'}}, ...).
// Pulling in handlebars itself would drag a full template compiler into the
// bundle; the behaviours that leak into tag names are reproduced here:
// unknown names render as '', unknown helpers with arguments throw, and
// {{x}} output is HTML-escaped (so a branch `a&b` becomes `a&amp;b` before tag
// sanitizing, exactly as metadata-action produces it). {{{x}}} is unescaped.
class TemplateError extends Error {
}
// Handlebars 4 escapes exactly these characters.
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
};
function escapeHtml(s) {
    return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}
const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$.-]*)=|([^\s'"=]+))/y;
function parseExpression(body, escape) {
    const params = [];
    const hash = {};
    let name;
    let pendingKey;
    TOKEN.lastIndex = 0;
    const trimmed = body.trim();
    while (TOKEN.lastIndex < trimmed.length) {
        const start = TOKEN.lastIndex;
        const m = TOKEN.exec(trimmed);
        if (!m || m.index !== start) {
            throw new TemplateError(`cannot parse '{{${body}}}'`);
        }
        if (m[3] !== undefined) {
            if (pendingKey !== undefined || name === undefined) {
                throw new TemplateError(`misplaced '${m[3]}=' in '{{${body}}}'`);
            }
            pendingKey = m[3];
            continue;
        }
        const literal = m[1] ?? m[2];
        const word = m[4];
        if (name === undefined) {
            if (word === undefined) {
                throw new TemplateError(`expected a name at the start of '{{${body}}}'`);
            }
            name = word;
            continue;
        }
        const value = literal !== undefined ? { quoted: literal } : { word: word ?? '' };
        if (pendingKey !== undefined) {
            hash[pendingKey] = value;
            pendingKey = undefined;
        }
        else {
            params.push(value);
        }
    }
    if (name === undefined) {
        throw new TemplateError('empty expression {{}}');
    }
    if (pendingKey !== undefined) {
        throw new TemplateError(`missing value for '${pendingKey}=' in '{{${body}}}'`);
    }
    return { kind: 'expr', name, params, hash, escape };
}
function parseTemplate(src) {
    const nodes = [];
    let text = '';
    let i = 0;
    const pushText = () => {
        if (text !== '')
            nodes.push({ kind: 'text', text });
        text = '';
    };
    while (i < src.length) {
        if (src.startsWith('\\{{', i)) {
            text += '{{';
            i += 3;
            continue;
        }
        if (!src.startsWith('{{', i)) {
            text += src[i];
            i++;
            continue;
        }
        const triple = src.startsWith('{{{', i);
        const close = triple ? '}}}' : '}}';
        const end = src.indexOf(close, i + close.length);
        if (end < 0) {
            throw new TemplateError(`unclosed '${triple ? '{{{' : '{{'}'`);
        }
        let body = src.slice(i + close.length, end);
        i = end + close.length;
        // Whitespace control (~) strips the neighbouring whitespace like Handlebars.
        if (body.startsWith('~')) {
            body = body.slice(1);
            text = text.trimEnd();
        }
        if (body.endsWith('~')) {
            body = body.slice(0, -1);
            while (i < src.length && /\s/.test(src[i] ?? ''))
                i++;
        }
        pushText();
        const lead = body.trimStart()[0];
        if (lead === '!')
            continue; // comment
        if (lead !== undefined && '#/^>'.includes(lead)) {
            throw new TemplateError(`unsupported block or partial '{{${body}}}'`);
        }
        if (lead === '&') {
            nodes.push(parseExpression(body.trimStart().slice(1), false));
            continue;
        }
        nodes.push(parseExpression(body, !triple));
    }
    pushText();
    return nodes;
}
function resolveArg(arg, scope) {
    if ('quoted' in arg)
        return arg;
    const v = Object.prototype.hasOwnProperty.call(scope, arg.word) ? scope[arg.word] : undefined;
    return { word: arg.word, value: typeof v === 'string' ? v : undefined };
}
function render(src, scope) {
    let out = '';
    for (const node of parseTemplate(src)) {
        if (node.kind === 'text') {
            out += node.text;
            continue;
        }
        const entry = Object.prototype.hasOwnProperty.call(scope, node.name) ? scope[node.name] : undefined;
        const hasArgs = node.params.length > 0 || Object.keys(node.hash).length > 0;
        let value;
        if (typeof entry === 'function') {
            const params = node.params.map((p) => resolveArg(p, scope));
            const hash = {};
            for (const [k, v] of Object.entries(node.hash))
                hash[k] = resolveArg(v, scope);
            value = entry(params, hash);
        }
        else if (hasArgs) {
            throw new TemplateError(`Missing helper: "${node.name}"`);
        }
        else if (entry === undefined) {
            // Rules and flavors are checked against their names when read (checkTemplate); this is the backstop.
            throw new TemplateError(`unknown placeholder '{{${node.name}}}'. Expected one of ${Object.keys(scope)
                .map((n) => `{{${n}}}`)
                .join(', ')}`);
        }
        else {
            value = entry ?? '';
        }
        out += node.escape ? escapeHtml(value) : value;
    }
    return out;
}
// metadata-action keeps `{{raw}}` for semver/pep440 pre-releases only when the
// whole pattern is that single statement; `v{{raw}}` does not count.
function isRawStatement(src) {
    try {
        const nodes = parseTemplate(src);
        const only = nodes[0];
        return nodes.length === 1 && only?.kind === 'expr' && only.name === 'raw';
    }
    catch {
        return false;
    }
}
/** The names a template uses ({{name}}, {{name 'arg'}}), in order. */
function placeholders(src) {
    return parseTemplate(src).flatMap((n) => (n.kind === 'expr' ? [n.name] : []));
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

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/**
 * The package.json above src/; ncc resolves the same path to dist/package.json, which
 * scripts/build.mjs writes with the package's version. Its own module: provenance needs it on every
 * build, and cli-help.ts (its old home) pulls in action.yml's YAML parser (292 kB of bundle).
 */
function cliVersion() {
    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(__webpack_require__.ab + "package.json", 'utf8'));
    return pkg.version ?? 'unknown';
}


/***/ })

};
;