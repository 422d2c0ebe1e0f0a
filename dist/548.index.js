export const id = 548;
export const ids = [548,100];
export const modules = {

/***/ 1548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildCommand: () => (/* binding */ runBuildCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/settings/registry.js + 10 modules
var registry = __webpack_require__(8678);
// EXTERNAL MODULE: ./lib/registry/credentials.js
var registry_credentials = __webpack_require__(6097);
;// CONCATENATED MODULE: ./lib/build/builder-auth.js




/** docker's key for a registry in config.json: Docker Hub keeps its historical URL. */
function authKey(host) {
    return (0,registry_credentials/* normalizeAuthHost */.eu)(host) === 'docker.io' ? 'https://index.docker.io/v1/' : (0,registry_credentials/* normalizeAuthHost */.eu)(host);
}
/**
 * A private DOCKER_CONFIG for the builder, so it can pull base images with the credentials given as
 * inputs without a login step and without a password on any command line. It starts from the
 * user's own config (buildx builders, plugins, contexts stay visible through links) and adds the
 * inputs' credentials; buildah and podman read the same file as REGISTRY_AUTH_FILE. The directory
 * is private (0700, file 0600), removed right after the build and again by the post step.
 */
async function builderAuthConfig(credentials, dir, env) {
    if (!credentials.length)
        return { env, remove: async () => undefined };
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
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,promises_.chmod)(dir, 0o700);
    const file = (0,external_node_path_.join)(dir, 'config.json');
    await (0,promises_.writeFile)(file, JSON.stringify({ ...config, auths, credHelpers: helpers }), { mode: 0o600 });
    try {
        for (const entry of await (0,promises_.readdir)(original))
            if (entry !== 'config.json')
                await (0,promises_.symlink)((0,external_node_path_.join)(original, entry), (0,external_node_path_.join)(dir, entry));
    }
    catch {
        // Nothing to link: no config directory of the user's.
    }
    return { env: { ...env, DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: file }, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: ./lib/tags/index.js + 11 modules
var tags = __webpack_require__(784);
// EXTERNAL MODULE: ./lib/util/cleanup.js
var cleanup = __webpack_require__(6100);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(8543);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/image/base-layers.js



/**
 * The images a Dockerfile builds FROM, with `${ARG}` defaults and build-args applied. Stage
 * names and `scratch` are not images.
 */
function baseImages(dockerfile, buildArgs) {
    const args = {};
    const stages = new Set();
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
        if (image !== 'scratch' && !stages.has(image.toLowerCase()))
            out.push(image);
        if (from[2])
            stages.add(from[2].toLowerCase());
    }
    return [...new Set(out)];
}
async function layersOf(client, ref, platform, into) {
    const repo = ref.repository;
    let manifest = await client.getManifest(repo, ref.identifier());
    if ((0,mediatypes/* isIndexType */.$U)(manifest.mediaType) || 'manifests' in manifest.json) {
        const child = manifest.json.manifests.find((d) => d.platform && (0,mediatypes/* platformString */.Fd)(d.platform) === platform);
        if (!child)
            return;
        manifest = await client.getManifest(repo, child.digest);
    }
    const m = manifest.json;
    const diffIds = (await client.getJsonBlob(repo, m.config)).rootfs?.diff_ids ?? [];
    m.layers.forEach((layer, i) => {
        const diffId = diffIds[i];
        if (diffId && !into.has(diffId))
            into.set(diffId, { descriptor: layer, repository: repo });
    });
}
/**
 * Looks up the base images' layers in their registries. Best effort: a base that cannot be read
 * (Docker Hub rate limits, no credentials) only means its layers get compressed and uploaded.
 */
async function findBaseLayers(client, dockerfilePath, buildArgs, platform, log) {
    const found = new Map();
    let text;
    try {
        text = await (0,promises_.readFile)(dockerfilePath, 'utf8');
    }
    catch {
        return found;
    }
    for (const image of baseImages(text, buildArgs)) {
        try {
            await layersOf(client, reference/* Reference */.Or.parse(image, { defaultTag: true }), platform, found);
        }
        catch (e) {
            log(`base image ${image}: layers not reused (${e.message})`);
        }
    }
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(2895);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./lib/util/tar.js





const BLOCK = 512;
function field(header, offset, length) {
    const raw = header.subarray(offset, offset + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}
function octal(header, offset, length) {
    const text = field(header, offset, length).trim();
    return text ? parseInt(text, 8) : 0;
}
/** `path=` from a pax extended header, the only pax record docker writes that matters here. */
function paxPath(body) {
    for (const m of body.toString('utf8').matchAll(/\d+ path=([^\n]*)\n/g))
        return m[1];
    return undefined;
}
/** A member name safe to create under `dir`: no absolute paths, no climbing out with `..`. */
function safePath(dir, name) {
    const rel = (0,external_node_path_.normalize)(name).replace(/^(\.\/)+/, '');
    if (rel.startsWith('/') || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`))
        throw new Error(`tar member '${name}' would be written outside ${dir}`);
    return (0,external_node_path_.join)(dir, rel);
}
/**
 * Extracts a tar stream (regular files, directories, symlinks; ustar, GNU long names and pax
 * paths) into `dir` as it arrives, with backpressure: `docker save` straight from the engine's
 * socket without a temporary archive or a `tar` process.
 */
async function extractTar(source, dir) {
    let pending = Buffer.alloc(0);
    let remaining = 0;
    let padding = 0;
    let file;
    let meta;
    let nextName;
    let ended = false;
    const closeFile = async () => {
        const f = file;
        file = undefined;
        if (f)
            await new Promise((resolve, reject) => f.end((e) => (e ? reject(e) : resolve())));
    };
    const startEntry = async (header) => {
        if (header.every((b) => b === 0)) {
            ended = true;
            return;
        }
        const size = octal(header, 124, 12);
        const type = String.fromCharCode(header[156] || 48);
        const prefix = field(header, 345, 155);
        const name = nextName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        nextName = undefined;
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'L') {
            meta = { kind: type === 'x' ? 'pax' : 'longname', chunks: [] };
            return;
        }
        if (type === 'g')
            return;
        const path = safePath(dir, name);
        if (type === '5')
            await (0,promises_.mkdir)(path, { recursive: true });
        else if (type === '2') {
            const target = field(header, 157, 100);
            safePath(dir, (0,external_node_path_.join)((0,external_node_path_.dirname)(name), target));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.symlink)(target, path);
        }
        else if (type === '0' || type === '7') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            file = (0,external_node_fs_.createWriteStream)(path);
        }
    };
    const finishEntry = async () => {
        await closeFile();
        if (meta) {
            const body = Buffer.concat(meta.chunks);
            nextName = meta.kind === 'pax' ? paxPath(body) : body.toString('utf8').replace(/\0+$/, '');
            meta = undefined;
        }
    };
    const consume = async (chunk) => {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        while (!ended) {
            if (remaining > 0) {
                if (!pending.length)
                    return;
                const take = pending.subarray(0, Math.min(remaining, pending.length));
                pending = pending.subarray(take.length);
                remaining -= take.length;
                if (meta)
                    meta.chunks.push(Buffer.from(take));
                else if (file && !file.write(take))
                    await new Promise((r) => file.once('drain', () => r()));
                if (remaining === 0)
                    await finishEntry();
                continue;
            }
            if (padding > 0) {
                const skip = Math.min(padding, pending.length);
                pending = pending.subarray(skip);
                padding -= skip;
                if (padding > 0)
                    return;
                continue;
            }
            if (pending.length < BLOCK)
                return;
            const header = pending.subarray(0, BLOCK);
            pending = pending.subarray(BLOCK);
            await startEntry(Buffer.from(header));
            if (remaining === 0 && !ended)
                await finishEntry();
        }
    };
    await (0,external_node_stream_promises_.pipeline)(source, new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            consume(chunk).then(() => cb(), cb);
        },
        final(cb) {
            if (remaining > 0 || meta)
                cb(new Error('tar stream ended in the middle of a member'));
            else
                closeFile().then(() => cb(), cb);
        },
    }));
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
function engineError(socket, path, status, body) {
    let message = body.trim();
    try {
        message = JSON.parse(body).message ?? message;
    }
    catch {
        // Plain text answer.
    }
    return new Error(`docker engine at ${socket}: GET ${path} returned HTTP ${status}: ${message}`);
}
/** `docker save IMAGE` unpacked into `dir`, streamed from the engine API when its socket is local. */
async function saveImage(imageId, dir, env = process.env) {
    const socket = await engineSocket(env);
    if (!socket) {
        const tarFile = `${dir}.tar`;
        await (0,exec/* execTool */.wc)('docker', ['save', '--output', tarFile, imageId]);
        await (0,exec/* execTool */.wc)('mkdir', ['-p', dir]);
        await (0,exec/* execTool */.wc)('tar', ['-xf', tarFile, '-C', dir]);
        return;
    }
    const path = `/images/${encodeURIComponent(imageId)}/get`;
    const res = await new Promise((resolve, reject) => {
        external_node_http_.get({ socketPath: socket, path, headers: { host: 'docker' } }, resolve).on('error', reject);
    });
    if (res.statusCode !== 200) {
        const chunks = [];
        for await (const c of res)
            chunks.push(c);
        throw engineError(socket, path, res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
    }
    await extractTar(res, dir);
}

// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(9860);
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
 * the registry are reused as they are, not compressed again under a new digest.
 */
async function readDockerImage(imageId, workDir, reuse) {
    const dir = (0,external_node_path_.join)(workDir, 'saved');
    await saveImage(imageId, dir);
    const [saved] = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'manifest.json'), 'utf8'));
    if (!saved)
        throw new Error(`docker save of ${imageId} wrote no manifest.json entry`);
    const configBytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, saved.Config));
    const configDigest = (0,registry_digest/* digestOf */.ol)(configBytes);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== saved.Layers.length)
        throw new Error(`docker save of ${imageId}: ${saved.Layers.length} layers but ${diffIds.length} diff IDs in the config`);
    const layers = await (0,pool/* mapLimit */.s)(saved.Layers, 4, async (layer, i) => {
        const diffId = diffIds[i];
        const known = reuse.get(diffId);
        if (known)
            return { descriptor: known.descriptor, origin: { kind: 'remote', repository: known.repository } };
        const out = (0,external_node_path_.join)(workDir, `layer-${i}.tar.gz`);
        return { descriptor: await compressLayer((0,external_node_path_.join)(dir, layer), diffId, out), origin: { kind: 'file', path: out } };
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
async function readNode(dir, desc) {
    const bytes = await readVerified(dir, desc);
    const json = JSON.parse(bytes.toString('utf8'));
    const mediaType = json.mediaType ?? desc.mediaType;
    const node = { digest: registry_digest/* Digest */.np.parse(desc.digest), mediaType, bytes, blobs: [], children: [] };
    if (desc.platform && desc.platform.os !== 'unknown')
        node.platform = (0,mediatypes/* platformString */.Fd)(desc.platform);
    if (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
        node.attestation = true;
    if ((0,mediatypes/* isIndexType */.$U)(mediaType) || 'manifests' in json) {
        for (const child of json.manifests)
            node.children.push(await readNode(dir, child));
        return node;
    }
    const m = json;
    for (const b of [m.config, ...m.layers]) {
        const size = (await (0,promises_.stat)(blobPath(dir, b.digest))).size;
        if (size !== b.size)
            throw new Error(`OCI layout ${dir}: blob ${b.digest} is ${size} bytes, its manifest says ${b.size}`);
        node.blobs.push({ descriptor: b, origin: { kind: 'file', path: blobPath(dir, b.digest) } });
    }
    node.configDigest = registry_digest/* Digest */.np.parse(m.config.digest);
    if (!node.platform && !node.attestation) {
        const config = JSON.parse((await readVerified(dir, m.config)).toString('utf8'));
        const platform = (0,mediatypes/* configPlatform */.Ko)(config);
        if (platform)
            node.platform = (0,mediatypes/* platformString */.Fd)(platform);
    }
    return node;
}
/** Reads the image an OCI image layout's index.json points at (the first entry: builders write one). */
async function readOciLayout(dir) {
    const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'index.json'), 'utf8'));
    const first = index.manifests?.[0];
    if (!first)
        throw new Error(`OCI layout ${dir} lists no image in index.json`);
    return readNode(dir, first);
}

;// CONCATENATED MODULE: ./lib/build/builders/types.js
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
    return args;
}

;// CONCATENATED MODULE: ./lib/build/builders/buildx.js






/** Drivers that can write an OCI layout; the `docker` driver (without containerd) only loads into the engine. */
const OCI_DRIVERS = new Set(['docker-container', 'kubernetes', 'remote']);
function buildxArgs(req, driver) {
    const args = ['buildx', 'build'];
    if (req.buildxBuilder)
        args.push('--builder', req.buildxBuilder);
    args.push(...commonBuildFlags(req));
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const s of req.secrets)
        args.push('--secret', s);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.pull)
        args.push('--pull');
    args.push(`--provenance=${req.provenance}`, `--sbom=${req.sbom}`);
    args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'), '--metadata-file', (0,external_node_path_.join)(req.workDir, 'metadata.json'));
    if (OCI_DRIVERS.has(driver))
        args.push('--output', `type=oci,dest=${(0,external_node_path_.join)(req.workDir, 'oci')},tar=false`);
    else
        args.push('--load');
    args.push(req.context);
    return args;
}
/** The `Driver:` line of `docker buildx inspect`; the one call that also proves buildx works. */
function parseBuildxDriver(inspect) {
    return /^Driver:\s*(\S+)/m.exec(inspect)?.[1];
}
const PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];
/**
 * The driver read from buildx's own state files, without starting the CLI (70 ms here): the
 * builder named by the input or BUILDX_BUILDER, else `current` for this docker endpoint, else the
 * endpoint's default builder, which uses the docker driver. Undefined when the state is unclear
 * (another docker context, no plugin found); the caller then asks `docker buildx inspect`.
 */
async function buildxDriverFromState(builder, env) {
    const config = env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    if (env.DOCKER_CONTEXT)
        return undefined;
    const plugin = [(0,external_node_path_.join)(config, 'cli-plugins'), ...PLUGIN_DIRS].some((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'docker-buildx')));
    if (!plugin)
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
async function buildxDriver(builder) {
    const known = await buildxDriverFromState(builder, process.env);
    if (known)
        return known;
    const { stdout } = await (0,exec/* execTool */.wc)('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])]);
    const driver = parseBuildxDriver(stdout);
    if (!driver)
        throw new Error(`could not read the driver of buildx builder '${builder || 'default'}' from 'docker buildx inspect'`);
    return driver;
}
class BuildxBuilder {
    driver;
    name = 'buildx';
    exportKind;
    constructor(driver) {
        this.driver = driver;
        this.exportKind = OCI_DRIVERS.has(driver) ? 'oci-layout' : 'docker-image';
    }
    async build(req) {
        const oci = this.exportKind === 'oci-layout';
        if (!oci && req.platforms.length > 1) {
            throw new Error(`Input 'platforms': '${req.platforms.join(',')}' needs a buildx builder that can export multi-platform images (docker-container, kubernetes or remote driver; see 'buildx-builder'); the '${this.driver}' driver builds one platform`);
        }
        if (!oci && (req.provenance || req.sbom)) {
            throw new Error(`Inputs 'provenance'/'sbom' need a buildx builder with the docker-container, kubernetes or remote driver; the '${this.driver}' driver cannot attach attestations`);
        }
        await (0,exec/* execTool */.wc)('docker', buildxArgs(req, this.driver), { stream: true, env: req.env });
        if (oci)
            return { kind: 'oci-layout', dir: (0,external_node_path_.join)(req.workDir, 'oci') };
        const imageId = (await (0,promises_.readFile)((0,external_node_path_.join)(req.workDir, 'iid'), 'utf8')).trim();
        return { kind: 'docker-image', imageId };
    }
}

;// CONCATENATED MODULE: ./lib/build/builders/docker.js




/** The docker CLI's classic builder (DOCKER_BUILDKIT=0), for engines without BuildKit. */
function dockerArgs(req) {
    const args = ['build', ...commonBuildFlags(req)];
    if (req.platforms.length)
        args.push('--platform', req.platforms[0]);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    if (req.pull)
        args.push('--pull');
    args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'), req.context);
    return args;
}
class DockerBuilder {
    name = 'docker';
    exportKind = 'docker-image';
    async build(req) {
        const unsupported = [
            req.platforms.length > 1 && `platforms (${req.platforms.join(',')}: one platform only)`,
            req.secrets.length && 'secrets',
            req.cacheTo.length && 'cache-to',
            (req.provenance || req.sbom) && 'provenance/sbom',
        ].filter(Boolean);
        if (unsupported.length)
            throw new Error(`Input 'builder: docker' (the classic builder) does not support ${unsupported.join(', ')}; use builder: buildx`);
        await (0,exec/* execTool */.wc)('docker', dockerArgs(req), { stream: true, env: { ...req.env, DOCKER_BUILDKIT: '0' } });
        return { kind: 'docker-image', imageId: (await (0,promises_.readFile)((0,external_node_path_.join)(req.workDir, 'iid'), 'utf8')).trim() };
    }
}

;// CONCATENATED MODULE: ./lib/build/builders/buildah.js



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
    for (const s of req.secrets)
        args.push('--secret', s);
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.pull)
        args.push('--pull=always');
    // buildah 1.28 refuses an iidfile for several platforms ("can only be used to store one image ID").
    if (req.platforms.length <= 1)
        args.push('--iidfile', (0,external_node_path_.join)(req.workDir, 'iid'));
    args.push(req.context);
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
        if (req.provenance || req.sbom)
            throw new Error(`Inputs 'provenance'/'sbom' are not supported with builder: ${this.name}; use builder: buildx`);
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
}

;// CONCATENATED MODULE: ./lib/build/builders/detect.js




/**
 * `auto`: buildx if it answers, else the docker engine's classic builder, else buildah, else podman.
 * One `docker buildx inspect` both proves buildx works and names its driver.
 */
async function selectBuilder(choice, buildxBuilder) {
    if (choice === 'buildx')
        return new BuildxBuilder(await buildxDriver(buildxBuilder));
    if (choice === 'docker')
        return new DockerBuilder();
    if (choice === 'buildah' || choice === 'podman')
        return new OciToolBuilder(choice);
    try {
        return new BuildxBuilder(await buildxDriver(buildxBuilder));
    }
    catch {
        // No buildx: fall through to the next tool.
    }
    if (await (0,exec/* probe */.dy)('docker', ['version', '--format', '{{.Server.Version}}']))
        return new DockerBuilder();
    if (await (0,exec/* probe */.dy)('buildah', ['--version']))
        return new OciToolBuilder('buildah');
    if (await (0,exec/* probe */.dy)('podman', ['--version']))
        return new OciToolBuilder('podman');
    throw new Error(`Input 'builder: auto' found no builder: none of docker buildx, docker, buildah or podman works on this runner`);
}

// EXTERNAL MODULE: ./lib/build/git-context.js
var git_context = __webpack_require__(2118);
;// CONCATENATED MODULE: ./lib/image/model.js
/** Every distinct blob under a manifest tree. */
function allBlobs(root) {
    const seen = new Map();
    const walk = (n) => {
        for (const b of n.blobs)
            if (!seen.has(b.descriptor.digest))
                seen.set(b.descriptor.digest, b);
        n.children.forEach(walk);
    };
    walk(root);
    return [...seen.values()];
}
/** Children first, so a manifest is never pushed before what it references. */
function manifestsBottomUp(root) {
    const out = [];
    const walk = (n) => {
        n.children.forEach(walk);
        out.push(n);
    };
    walk(root);
    return out;
}
/** Platform → digest for the platforms of an image (attestations left out). */
function platformDigests(root) {
    const out = {};
    const images = root.children.length ? root.children : [root];
    for (const n of images)
        if (!n.attestation && n.platform)
            out[n.platform] = n.digest.toString();
    return out;
}

;// CONCATENATED MODULE: ./lib/build/outputs.js

const lines = (xs) => xs.join('\n');
const labelLines = (labels) => lines(Object.entries(labels).map(([k, v]) => `${k}=${v}`));
/** `command: meta`: metadata-action's output names, with full image:tag refs. */
function metaOutputs(s, meta) {
    const refs = s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`));
    return {
        outputs: {
            tags: lines(refs),
            labels: labelLines(meta.labels),
            version: meta.version,
            json: JSON.stringify({ tags: refs, labels: meta.labels }),
        },
    };
}
function buildOutputs(f) {
    const { s, meta, root, pushed } = f;
    const digest = root && pushed ? root.digest.toString() : '';
    const images = digest ? s.images.map((r) => `${r}@${digest}`) : [];
    const tags = s.images.flatMap((repo) => (pushed ? pushed.tags : s.push ? [] : meta.tags).map((t) => `${repo}:${t}`));
    const imageid = root?.configDigest?.toString() ?? (root ? root.digest.toString() : f.exported.kind === 'docker-image' ? f.exported.imageId : '');
    const platforms = root ? platformDigests(root) : {};
    const size = root ? allBlobs(root).reduce((n, b) => n + b.descriptor.size, 0) : 0;
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
        push: pushed ? pushed.stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })) : [],
    };
    return {
        outputs: {
            digest,
            image: images[0] ?? '',
            images: lines(images),
            tags: lines(tags),
            version: meta.version,
            imageid,
            'platform-digests': JSON.stringify(platforms),
            labels: labelLines(meta.labels),
            metadata: JSON.stringify(metadata),
        },
        summary: digest ? summary(s, tags, digest, platforms, size, images[0]) : undefined,
    };
}
function summary(s, tags, digest, platforms, size, image) {
    const rows = s.images.map((repo) => {
        const own = tags.filter((t) => t.startsWith(`${repo}:`)).map((t) => `\`${t.slice(repo.toString().length + 1)}\``);
        return `| \`${repo}\` | ${own.join(' ') || '(by digest)'} |`;
    });
    return [
        '### pinship build',
        '',
        '| repository | tags |',
        '| --- | --- |',
        ...rows,
        '',
        `**digest** \`${digest}\` · **platforms** ${Object.keys(platforms).join(', ') || 'n/a'} · **size** ${(size / 1024 / 1024).toFixed(1)} MiB`,
        '',
        '```',
        image,
        '```',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/image/push.js





const emptyStats = () => ({ blobsUploaded: 0, bytesUploaded: 0, blobsMounted: 0, blobsCopied: 0, blobsSkipped: 0, manifestsPushed: 0 });
function push_open(blob) {
    const origin = blob.origin;
    if (origin.kind === 'file')
        return () => (0,external_node_fs_.createReadStream)(origin.path);
    if (origin.kind === 'bytes')
        return () => external_node_stream_.Readable.from([origin.bytes]);
    throw new Error('remote blobs are opened through the registry');
}
/** One blob into `repo`: skip if there, mount if on the same registry, stream across registries, else upload. */
async function pushBlob(client, repo, blob, stats) {
    const digest = registry_digest/* Digest */.np.parse(blob.descriptor.digest);
    const size = blob.descriptor.size;
    const origin = blob.origin;
    // A mount answers for itself (201 whether or not the blob was already there): no HEAD first.
    const mountable = origin.kind === 'remote' && origin.repository.registry.equals(repo.registry);
    if (mountable && (await client.mountBlob(repo, digest, origin.repository))) {
        stats.blobsMounted++;
        return;
    }
    if ((await client.statBlob(repo, digest)) !== undefined) {
        stats.blobsSkipped++;
        return;
    }
    if (origin.kind === 'remote') {
        await client.putBlob(repo, () => client.getBlob(origin.repository, digest, size), { digest, size });
        stats.blobsCopied++;
        stats.bytesUploaded += size;
        return;
    }
    await client.putBlob(repo, push_open(blob), { digest, size });
    stats.blobsUploaded++;
    stats.bytesUploaded += size;
}
/**
 * Pushes every blob and manifest of the tree to `repo`, manifests by digest only: the image is
 * complete there before any tag can point at it. Tags are the caller's last step.
 */
async function pushTree(client, repo, root, concurrency = 4) {
    const stats = emptyStats();
    await (0,pool/* mapLimit */.s)(allBlobs(root), concurrency, (b) => pushBlob(client, repo, b, stats));
    for (const m of manifestsBottomUp(root)) {
        await client.putManifest(repo, m.digest, m.bytes, m.mediaType);
        stats.manifestsPushed++;
    }
    return stats;
}
/**
 * Points tags at a manifest already pushed by digest, then reads each back from the registry. A tag
 * read back proves the manifest too; with no tag, the manifest itself must resolve by digest.
 */
async function tagAndVerify(client, repo, root, tags) {
    for (const tag of tags)
        await client.putManifest(repo, tag, root.bytes, root.mediaType);
    const refs = tags.length ? tags.map((tag) => repo.tag(tag)) : [repo.digest(root.digest)];
    for (const ref of refs) {
        const head = await client.resolve(ref);
        if (!head.digest.equals(root.digest))
            throw new Error(`${ref} resolves to ${head.digest} after the push, expected ${root.digest}`);
    }
}

;// CONCATENATED MODULE: ./lib/build/publish.js

/**
 * Build once, push everywhere: every repository gets all blobs and manifests by digest first; only
 * then do tags move, and each is read back from its registry, the source of truth for the outputs.
 */
async function publish(client, s, root, tags, rt) {
    const stats = await Promise.all(s.images.map((repo) => pushTree(client, repo, root)));
    for (const [i, st] of stats.entries()) {
        rt.info(`pushed ${s.images[i]}@${root.digest}: ${st.blobsUploaded} uploaded, ${st.blobsMounted} mounted, ${st.blobsCopied} copied, ${st.blobsSkipped} already there`);
    }
    const written = s.pushByDigest ? [] : tags;
    if (!s.pushByDigest && !tags.length)
        rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
    await Promise.all(s.images.map((repo) => tagAndVerify(client, repo, root, written)));
    return { tags: written, stats };
}

// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/build/settings.js





const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
function readPlatforms(rt) {
    const platforms = (0,inputs/* listInput */.dt)(rt, 'platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new inputs/* InputError */.dz('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
    }
    return platforms;
}
async function readBuildSettings(rt, command) {
    const push = (0,inputs/* boolInput */.Hm)(rt, 'push', true);
    const parsedImages = (0,settings_images/* readImages */.H)(rt, command === 'build' && push);
    const images = parsedImages.map((p) => p.repository);
    const context = rt.input('context') || '.';
    let tagRules;
    let flavor;
    try {
        tagRules = (0,tags/* parseTagRules */.hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`);
    }
    try {
        flavor = (0,tags/* parseFlavor */.wp)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`);
    }
    const pushByDigest = (0,inputs/* boolInput */.Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
    return {
        images,
        imageNames: parsedImages.map((p) => p.written),
        context,
        file: rt.input('file') || (0,external_node_path_.join)(context, 'Dockerfile'),
        buildArgs: (0,inputs/* keyValueInput */.Bb)(rt, 'build-args'),
        target: rt.input('target'),
        platforms: readPlatforms(rt),
        labels: (0,inputs/* keyValueInput */.Bb)(rt, 'labels'),
        secrets: (0,inputs/* linesInput */.WO)(rt, 'secrets'),
        cacheFrom: (0,inputs/* linesInput */.WO)(rt, 'cache-from'),
        cacheTo: (0,inputs/* linesInput */.WO)(rt, 'cache-to'),
        noCache: (0,inputs/* boolInput */.Hm)(rt, 'no-cache', false),
        pull: (0,inputs/* boolInput */.Hm)(rt, 'pull', false),
        network: rt.input('network'),
        builder: (0,inputs/* choiceInput */.ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: rt.input('buildx-builder'),
        tagRules,
        flavor,
        prSha: (0,inputs/* choiceInput */.ij)(rt, 'pr-sha', ['head', 'merge'], 'head'),
        push,
        pushByDigest,
        provenance: (0,inputs/* boolInput */.Hm)(rt, 'provenance', false),
        sbom: (0,inputs/* boolInput */.Hm)(rt, 'sbom', false),
        digestFile: rt.input('digest-file'),
        registry: await (0,registry/* readRegistrySettings */.VZ)(rt, images[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/build/command.js
















async function computeMeta(s, rt) {
    const ctx = await (0,git_context/* loadGitContext */.I)(rt.env);
    const now = new Date();
    const result = (0,tags/* computeTags */.$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
    for (const w of result.warnings)
        rt.warning(w);
    const labels = (0,tags/* computeLabels */.zt)(ctx, result.version, s.labels, now, { prSha: s.prSha });
    if (!ctx.repository) {
        // A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one.
        for (const k of ['title', 'url', 'source', 'revision']) {
            const key = `org.opencontainers.image.${k}`;
            if (!(key in s.labels) && (k !== 'revision' || !labels[key]))
                delete labels[key];
        }
    }
    return { tags: result.tags, version: result.version, labels };
}
/** The platform the base image is read for: the requested one, else this machine's. */
function basePlatform(s) {
    if (s.platforms[0])
        return s.platforms[0];
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
    return `linux/${arch[process.arch] ?? process.arch}`;
}
/** Never rejects: a base image that cannot be read only means its layers are compressed and sent again. */
function baseLayersFor(client, s, rt) {
    return findBaseLayers(client, s.file, s.buildArgs, basePlatform(s), rt.info).catch(() => new Map());
}
/** Wall time per phase, for the metadata output and the benchmark. */
class PhaseTimer {
    laps = {};
    last = Date.now();
    lap(name) {
        const now = Date.now();
        this.laps[name] = now - this.last;
        this.last = now;
    }
}
async function runBuildCommand(rt, command) {
    const s = await readBuildSettings(rt, command);
    const meta = await computeMeta(s, rt);
    if (command === 'meta')
        return metaOutputs(s, meta);
    const client = (0,registry/* registryClient */.Rk)(s.registry, rt);
    try {
        const timer = new PhaseTimer();
        const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pinship-build-'));
        (0,cleanup/* registerCleanup */.q)(rt, workDir);
        // Independent of each other: wrong credentials fail before any build starts, and the base
        // image's layers are looked up while the builder works.
        const [builder] = await Promise.all([
            selectBuilder(s.builder, s.buildxBuilder),
            ...(s.push ? s.images.map((repo) => client.checkPushAccess(repo)) : []),
        ]);
        // Only a `docker save` export is compressed by pinship, so only it can reuse the base's blobs.
        const base = s.push && builder.exportKind === 'docker-image' ? baseLayersFor(client, s, rt) : Promise.resolve(new Map());
        rt.info(`pinship: building with ${builder.name}`);
        timer.lap('prepareMs');
        const auth = await builderAuthConfig((0,registry/* inputCredentials */.ph)(s.registry, rt.env), (0,external_node_path_.join)(workDir, 'docker-config'), rt.env);
        let exported;
        try {
            exported = await builder.build({ ...s, labels: meta.labels, workDir, env: auth.env });
        }
        finally {
            await auth.remove().catch((e) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
        }
        timer.lap('buildMs');
        if (!s.push) {
            if (exported.kind === 'docker-image') {
                for (const repo of s.images)
                    for (const tag of meta.tags)
                        await (0,exec/* execTool */.wc)('docker', ['tag', exported.imageId, `${repo}:${tag}`]);
            }
            return buildOutputs({ s, meta, builder: builder.name, exported, durations: timer.laps });
        }
        const root = exported.kind === 'oci-layout' ? await readOciLayout(exported.dir) : await readDockerImage(exported.imageId, workDir, await base);
        timer.lap('exportMs');
        const pushed = await publish(client, s, root, meta.tags, rt);
        timer.lap('pushMs');
        const result = buildOutputs({ s, meta, builder: builder.name, exported, root, pushed, durations: timer.laps });
        if (s.digestFile)
            await (0,promises_.writeFile)(s.digestFile, result.outputs.metadata + '\n');
        return result;
    }
    finally {
        client.close();
    }
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupSavedPaths: () => (/* binding */ cleanupSavedPaths),
/* harmony export */   q: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);

const STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered = [];
/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
function registerCleanup(rt, path) {
    registered.push(path);
    rt.saveState(STATE, JSON.stringify(registered));
}
/** Cleanup problems are warnings: the image is already pushed by then. */
async function cleanupSavedPaths(rt) {
    const raw = rt.getState(STATE);
    if (!raw)
        return;
    for (const p of JSON.parse(raw)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(p, { recursive: true, force: true });
        }
        catch (e) {
            rt.warning(`could not remove ${p}: ${String(e)}`);
        }
    }
}


/***/ })

};
