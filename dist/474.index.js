"use strict";
exports.id = 474;
exports.ids = [474,680];
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

/***/ 35341:
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
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/commands/build/builder-registries.js
var builder_registries = __webpack_require__(91124);
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
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/registry/limits.js
var limits = __webpack_require__(20927);
// EXTERNAL MODULE: ./lib/image/docker-engine.js
var docker_engine = __webpack_require__(96672);
// EXTERNAL MODULE: ./lib/util/tar.js
var tar = __webpack_require__(71359);
// EXTERNAL MODULE: ./lib/util/tar-read.js + 1 modules
var tar_read = __webpack_require__(63720);
;// CONCATENATED MODULE: ./lib/image/save-stream.js






/** Link entries are followed this many times at most when a member is looked up. */
const MAX_LINK_HOPS = 16;
/**
 * Reads a `docker save` archive as it arrives: each regular member is hashed on its way into a
 * spool file of its own and handed to `onMember` as soon as its last byte is in, so its layer can
 * be compressed and uploaded while later members are still arriving. The engine writes members in
 * name order, not layer order (docker 20.10: `<v1 id>/layer.tar`, the config, then manifest.json),
 * so which member is which layer is only known at the end; a member's digest says it earlier.
 * Spool files get numbered names: nothing the archive names is ever created, and its links
 * (docker 20.10 links a repeated layer to its first copy) are resolved in memory.
 */
async function readSaveStream(source, spoolDir, onMember = () => undefined) {
    await (0,promises_.mkdir)(spoolDir, { recursive: true });
    const files = new Map();
    const links = new Map();
    const what = `docker save archive`;
    let current;
    const onEntry = async (entry) => {
        const name = (0,tar/* memberPath */.Mb)(entry.name, `${what} member`, spoolDir);
        if (!name)
            return undefined;
        if (files.has(name) || links.has(name))
            throw new Error(`${what}: member '${entry.name}' appears twice`);
        if (entry.kind === 'symlink' || entry.kind === 'hardlink') {
            links.set(name, (0,tar/* linkTarget */.Cm)(entry, name, spoolDir));
            return undefined;
        }
        if (entry.kind !== 'file')
            return undefined;
        const path = (0,external_node_path_.join)(spoolDir, `member-${files.size + links.size}`);
        const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
        current = fd;
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        return {
            async write(chunk) {
                hash.update(chunk);
                size += chunk.length;
                // Synchronous: a write into the page cache takes microseconds, while an asynchronous one waits
                // for a libuv thread, and the layers compressed meanwhile keep those busy (the archive then
                // arrived at a fifth of its speed here).
                for (let done = 0; done < chunk.length;)
                    done += (0,external_node_fs_.writeSync)(fd, chunk, done, chunk.length - done);
            },
            async end() {
                current = undefined;
                (0,external_node_fs_.closeSync)(fd);
                const m = { name, size, digest: `sha256:${hash.digest('hex')}`, path };
                files.set(name, m);
                onMember(m);
            },
        };
    };
    try {
        await (0,tar_read/* readTar */.s)(source, onEntry);
    }
    catch (e) {
        throw new Error(`${what}: ${e.message}`, { cause: e });
    }
    finally {
        if (current !== undefined)
            (0,external_node_fs_.closeSync)(current);
    }
    return {
        member(wanted) {
            let name = (0,tar/* memberPath */.Mb)(wanted, `${what} name`, spoolDir);
            for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
                const file = files.get(name);
                if (file)
                    return file;
                const target = links.get(name);
                if (target === undefined)
                    throw new Error(`${what}: '${wanted}' names no regular file in it`);
                name = target;
            }
            throw new Error(`${what}: '${wanted}' goes through more than ${MAX_LINK_HOPS} links`);
        },
    };
}

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
const CHUNK = 1 << 20;
/** Compresses one layer tar to a blob file, checking it is the layer the config names. */
async function compressLayer(tar, diffId, out) {
    const raw = (0,external_node_crypto_.createHash)('sha256');
    const gz = (0,external_node_crypto_.createHash)('sha256');
    const counter = { size: 0 };
    // Large chunks: every read, deflate step and write is one trip through libuv's four threads, which
    // the layers compressed side by side and the archive still being spooled share.
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tar, { highWaterMark: CHUNK }), hashing(raw), (0,external_node_zlib_.createGzip)({ chunkSize: CHUNK }), hashing(gz, counter), (0,external_node_fs_.createWriteStream)(out, { highWaterMark: CHUNK }));
    const actual = `sha256:${raw.digest('hex')}`;
    if (actual !== diffId)
        throw new Error(`docker save: layer ${tar} hashes to ${actual}, but the image config names ${diffId}`);
    return { mediaType: mediatypes/* MediaType */.zu.DockerLayerGzip, digest: `sha256:${gz.digest('hex')}`, size: counter.size };
}
/** A member read whole as JSON, bounded as a registry's JSON blob is: the engine is as untrusted. */
async function readJson(m, what) {
    if (m.size > limits/* JSON_BLOB_MAX_BYTES */.eH)
        throw new Error(`docker save: ${what} '${m.name}' is ${m.size} bytes, over pinship's limit of ${limits/* JSON_BLOB_MAX_BYTES */.eH}`);
    const bytes = await (0,promises_.readFile)(m.path);
    return { bytes, json: JSON.parse(bytes.toString('utf8')) };
}
/**
 * `docker save` of the built image, turned into a Docker v2 schema 2 manifest. The config blob is
 * kept byte for byte, so its digest stays the engine's image ID; layers already in a base image in
 * the registry are reused as they are, once their blob is shown to decompress to the built layer,
 * not compressed again under a new digest. The archive is read as the engine writes it, and each
 * member whose digest the engine lists as a diff ID is compressed as soon as it is in, while the
 * rest arrives; the config and manifest.json, which come last, then decide which layer is which.
 */
async function readDockerImage(imageId, workDir, reuse, opts = {}) {
    const hint = (0,docker_engine/* engineDiffIds */.qr)(imageId);
    const jobs = new LayerJobs(workDir, reuse, opts.onBlob);
    const early = (m) => {
        void hint.then((ids) => {
            if (ids?.includes(m.digest))
                void jobs.start(m, m.digest);
        });
    };
    try {
        const archive = await readSaveStream(await (0,docker_engine/* openSavedImage */.b9)(imageId, (0,external_node_path_.join)(workDir, 'saved.tar')), (0,external_node_path_.join)(workDir, 'saved'), early);
        opts.lap?.('saveMs');
        const [entry] = (await readJson(archive.member('manifest.json'), 'manifest')).json;
        if (!entry)
            throw new Error(`docker save of ${imageId} wrote no manifest.json entry`);
        const { bytes: configBytes, json: config } = await readJson(archive.member(entry.Config), 'config');
        const diffIds = config.rootfs?.diff_ids ?? [];
        if (diffIds.length !== entry.Layers.length)
            throw new Error(`docker save of ${imageId}: ${entry.Layers.length} layers but ${diffIds.length} diff IDs in the config`);
        const configDesc = { mediaType: mediatypes/* MediaType */.zu.DockerConfig, size: configBytes.length, digest: (0,registry_digest/* digestOf */.ol)(configBytes).toString() };
        const configBlob = { descriptor: configDesc, origin: { kind: 'bytes', bytes: configBytes } };
        opts.onBlob?.(configBlob);
        const layers = await Promise.all(entry.Layers.map((name, i) => {
            const m = archive.member(name);
            if (m.digest !== diffIds[i])
                throw new Error(`docker save: layer ${name} hashes to ${m.digest}, but the image config names ${diffIds[i]}`);
            return jobs.start(m, diffIds[i]);
        }));
        return imageNode(configBlob, config, layers);
    }
    finally {
        // Every early start has been made once the hint is in; none is left running after a failure.
        await hint;
        jobs.close();
        await jobs.settled();
    }
}
function imageNode(configBlob, config, layers) {
    const configDesc = configBlob.descriptor;
    const manifest = { schemaVersion: 2, mediaType: mediatypes/* MediaType */.zu.DockerManifest, config: configDesc, layers: layers.map((l) => l.descriptor) };
    const bytes = Buffer.from(JSON.stringify(manifest, null, 3));
    const node = {
        digest: (0,registry_digest/* digestOf */.ol)(bytes),
        mediaType: mediatypes/* MediaType */.zu.DockerManifest,
        bytes,
        blobs: [configBlob, ...layers],
        children: [],
        configDigest: registry_digest/* Digest */.np.parse(configDesc.digest),
    };
    const platform = (0,mediatypes/* configPlatform */.Ko)(config);
    if (platform)
        node.platform = (0,mediatypes/* platformString */.Fd)(platform);
    return node;
}
/**
 * Layers compressed (or base layers checked) at once: one per core, at most four. More only split the
 * cores, so the largest layer, the one every upload then waits for, finished later (on 2 cores with
 * four at once its 8 MiB took 530 ms instead of ~250).
 */
const LAYER_JOBS = Math.min(4, Math.max(2, (0,external_node_os_.availableParallelism)()));
/** One job per diff ID: a layer the archive holds twice (a link) is compressed once. */
class LayerJobs {
    workDir;
    reuse;
    onBlob;
    jobs = new Map();
    queue = [];
    running = 0;
    closed = false;
    constructor(workDir, reuse, onBlob) {
        this.workDir = workDir;
        this.reuse = reuse;
        this.onBlob = onBlob;
    }
    start(m, diffId) {
        const known = this.jobs.get(diffId);
        if (known)
            return known;
        if (this.closed)
            return Promise.reject(new Error(`docker save: layer ${m.name} started after the image was read`));
        const job = this.slot(m.size).then(async () => {
            try {
                if (this.closed)
                    throw new Error(`docker save: the image read stopped before layer ${m.name} was compressed`);
                const blob = (await reuseBaseLayer(this.reuse, diffId, m.size)) ?? (await this.compress(m, diffId));
                this.onBlob?.(blob);
                return blob;
            }
            finally {
                this.release();
            }
        });
        job.catch(() => undefined);
        this.jobs.set(diffId, job);
        return job;
    }
    async compress(m, diffId) {
        const out = (0,external_node_path_.join)(this.workDir, `layer-${diffId.replace(/^sha256:/, '')}.tar.gz`);
        return { descriptor: await compressLayer(m.path, diffId, out), origin: { kind: 'file', path: out } };
    }
    /** Largest waiting layer first: the last upload to finish is the largest layer's, so it should start first. */
    slot(size) {
        if (this.running < LAYER_JOBS) {
            this.running++;
            return Promise.resolve();
        }
        return new Promise((go) => this.queue.push({ size, go }));
    }
    release() {
        const largest = this.queue.reduce((best, w, i) => (w.size > this.queue[best].size ? i : best), 0);
        const next = this.queue.splice(largest, 1)[0];
        if (next)
            next.go();
        else
            this.running--;
    }
    /** No job starts after this; those queued fail without compressing. */
    close() {
        this.closed = true;
    }
    async settled() {
        await Promise.allSettled(this.jobs.values());
    }
}

// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(79860);
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

// EXTERNAL MODULE: ./lib/commands/build/builders/detect.js + 3 modules
var detect = __webpack_require__(81693);
// EXTERNAL MODULE: ./lib/commands/build/digest-file.js
var digest_file = __webpack_require__(80680);
// EXTERNAL MODULE: ./lib/image/model.js
var model = __webpack_require__(27632);
// EXTERNAL MODULE: ./lib/publish/index.js + 1 modules
var publish = __webpack_require__(19794);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
// EXTERNAL MODULE: ./lib/report/attestation.js
var attestation = __webpack_require__(64176);
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
        outputs: { ...(0,report_image/* imageOutputs */.am)(facts, metadata), changed: (0,publish/* changedOutput */.uf)(pushed?.stats ?? []), ...(0,attestation/* attestationOutputs */.N)(pushed?.attestation) },
        summary: (0,report_image/* imageSummary */.IW)('pinship build', facts, [
            ...(digest ? [`**size** ${(size / 1024 / 1024).toFixed(1)} MiB`] : ['Built and kept in the engine: nothing was pushed (`push: false`).']),
            ...(0,attestation/* attestationLines */.Q)(pushed?.attestation),
        ]),
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

// EXTERNAL MODULE: ./lib/publish/blobs.js + 1 modules
var blobs = __webpack_require__(33050);
// EXTERNAL MODULE: ./lib/publish/plan.js
var plan = __webpack_require__(43708);
// EXTERNAL MODULE: ./lib/publish/stats.js
var stats = __webpack_require__(67692);
;// CONCATENATED MODULE: ./lib/publish/early.js



/** Blobs placed at once: a build hands out a handful of layers, each of them waiting mostly on round trips. */
const EARLY_PLACEMENTS = 8;
/**
 * A build's blobs placed in every destination as each becomes ready, while later layers are still
 * being read and compressed, instead of after the whole export. Only blobs: manifests wait for
 * publish(), which is told what is placed already (`placed`) and writes manifests, then tags, as
 * always. A blob placed here whose image then fails (a layer not the one its config names, a failed
 * upload of another) stays in the repository by digest only: no manifest and no tag names it, so no
 * reader can come across it, and registries' garbage collection removes such blobs. That is the
 * price of overlapping the upload with the export, and the same a failure mid-push always had.
 */
class EarlyBlobs {
    client;
    destinations;
    known;
    log;
    /** Per destination, in the order given: what was uploaded, mounted or found there. */
    stats;
    started = new Map();
    done = new Set();
    queue = [];
    running = 0;
    failure;
    stopped = false;
    /** `known[i]`: whether the registry knows destinations[i] (RegistryClient.repositoryKnown); a new one is not asked about each blob. */
    constructor(client, destinations, known, log) {
        this.client = client;
        this.destinations = destinations;
        this.known = known;
        this.log = log;
        this.stats = destinations.map(() => (0,stats/* emptyStats */.bD)());
    }
    /** Starts placing `blob` everywhere; never throws here: settle() reports the first failure. */
    place(blob) {
        const digest = blob.descriptor.digest;
        if (this.stopped || this.started.has(digest) || (0,plan/* isNonDistributable */.SM)(blob.descriptor))
            return;
        const run = this.slot()
            .then(async () => {
            try {
                if (this.failure || this.stopped)
                    return;
                await this.placeEverywhere(blob);
                this.done.add(digest);
            }
            finally {
                this.release();
            }
        })
            .catch((error) => {
            this.failure ??= { error };
        });
        this.started.set(digest, run);
    }
    /** Whether `digest` is in every destination by now. */
    placed = (_dest, digest) => this.done.has(digest);
    /** Waits for every placement started; the first failure is thrown. */
    async settle() {
        await Promise.all(this.started.values());
        if (this.failure)
            throw this.failure.error;
    }
    /** After a failure elsewhere: nothing more starts, and nothing is left running when the run ends. */
    async stop() {
        this.stopped = true;
        await Promise.all(this.started.values());
    }
    /** One work item per registry: its destinations get the bytes once, the others by a mount, as publish() places them. */
    async placeEverywhere(blob) {
        const known = await Promise.all(this.known);
        const byRegistry = new Map();
        this.destinations.forEach((dest, i) => {
            const key = dest.registry.host.toLowerCase();
            const w = byRegistry.get(key);
            if (w)
                return void w.destinations.push(dest);
            const origin = blob.origin;
            const holders = origin.kind === 'remote' && origin.repository.registry.equals(dest.registry) ? [origin.repository] : [];
            byRegistry.set(key, { blob, destinations: [dest], holders, first: known[i] ? undefined : 'absent' });
        });
        const stats = (d) => this.stats[this.destinations.indexOf(d)];
        await Promise.all([...byRegistry.values()].map((w) => (0,blobs/* placeWork */.l)(this.client, w, { concurrency: EARLY_PLACEMENTS, log: this.log, stats })));
    }
    slot() {
        if (this.running < EARLY_PLACEMENTS) {
            this.running++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.queue.push(resolve));
    }
    release() {
        const next = this.queue.shift();
        if (next)
            next();
        else
            this.running--;
    }
}

// EXTERNAL MODULE: ./lib/publish/tags.js
var publish_tags = __webpack_require__(61334);
// EXTERNAL MODULE: ./lib/util/error-message.js
var error_message = __webpack_require__(36228);
;// CONCATENATED MODULE: ./lib/commands/build/access.js
function startAccessCheck(client, repos) {
    const refused = new AbortController();
    const done = Promise.all(repos.map((r) => client.checkPushAccess(r))).then(() => undefined);
    done.catch(() => refused.abort());
    return { signal: refused.signal, done, known: repos.map((r) => client.repositoryKnown(r)) };
}
/**
 * Runs the build, stopped if push access is refused meanwhile; the refusal is then the error (the
 * builder's own failure is only its consequence), and nothing has been written to a registry: the
 * push starts only once every repository accepted. A build that writes to a registry itself
 * (`cache-to`) waits for the answer first, as every build did before.
 */
async function buildChecked(access, writesRegistry, build) {
    if (!access)
        return build();
    // Refused already (the builder was still being chosen): the builder is not started at all.
    if (writesRegistry || access.signal.aborted)
        await access.done;
    let result;
    try {
        result = await build(access.signal);
    }
    catch (e) {
        await access.done;
        throw e;
    }
    await access.done;
    return result;
}

// EXTERNAL MODULE: ./lib/commands/build/sources.js
var sources = __webpack_require__(6347);
// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
// EXTERNAL MODULE: ./lib/publish/signed-plan.js
var signed_plan = __webpack_require__(54107);
// EXTERNAL MODULE: ./lib/settings/attest.js
var attest = __webpack_require__(65796);
// EXTERNAL MODULE: ./lib/publish/attest.js
var publish_attest = __webpack_require__(10618);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
// EXTERNAL MODULE: ./lib/commands/build/builders/types.js
var types = __webpack_require__(52107);
;// CONCATENATED MODULE: ./lib/commands/build/leftovers.js



/**
 * An image the build left in the engine is untagged once it is pushed: one dangling image per build.
 * It stays only where the user asked for a local image (`push: false`, `load: true`), tagged as pushed.
 * `docker image rm` by ID never forces: an image someone tagged or a container uses stays.
 */
async function settleLoadedImage(exported, s, tags, rt) {
    const image = (0,types/* engineImageOf */.x)(exported);
    if (!image)
        return;
    if (!s.push || s.load) {
        for (const repo of s.images)
            for (const tag of tags)
                await (0,exec/* execTool */.wc)('docker', ['tag', image, `${repo}:${tag}`]);
        return;
    }
    try {
        await (0,docker_engine/* removeImage */.aH)(image);
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

// EXTERNAL MODULE: ./lib/commands/build/builder-access.js + 1 modules
var builder_access = __webpack_require__(1778);
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
    const signers = { key: (0,signing/* readSigner */.$2)(rt), attest: (0,attest/* readAttest */.C)(rt, s.registry.githubToken, s.push) };
    const repos = s.images.map(String).join(', ');
    (0,failure/* leftUntouched */.p)(`Nothing was pushed: every tag of ${repos} is as it was.`);
    await (0,sources/* checkBuildSources */.p)(s.context, s.file, s.fileGiven);
    const bases = await readDockerfileBases(s.file, s.buildArgs, s.target);
    const meta = await (0,compute/* computeMeta */.t)(s, rt);
    timer.lap('metaMs');
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pinship-build-'));
        (0,cleanup/* registerCleanup */.qE)(rt, workDir);
        // Wrong credentials stop the build without holding it back: asked while the builder is chosen and
        // works; the base image's layers are looked up meanwhile too.
        const access = s.push ? startAccessCheck(client, s.images) : undefined;
        const builder = await (0,detect/* selectBuilder */.k)(s.builder, s.buildxBuilder);
        // A `docker save` export is compressed by pinship, and buildah/podman recompress base layers:
        // those exports reuse the base's blobs (BuildKit's OCI exports keep them already).
        const ociTool = builder.name === 'buildah' || builder.name === 'podman';
        if (ociTool && s.load)
            rt.warning(`Input 'load' is ignored with builder: ${builder.name}: it keeps images in its own storage, not in a docker engine`);
        const reusing = s.push && (builder.exportKind === 'docker-image' || ociTool);
        const base = reusing ? baseLayersFor(client, s, bases, rt) : Promise.resolve(new Map());
        rt.info(`pinship: building with ${builder.name}`);
        timer.lap('prepareMs');
        const insecureHosts = ociTool ? (0,builder_registries/* insecurePullHosts */.$)(s.registry.insecureRegistries, bases.images) : [];
        const exported = await buildChecked(access, s.cacheTo.length > 0, (signal) => runBuilder(builder, s, meta, workDir, rt, { insecureHosts, signal }));
        timer.lap('buildMs');
        if (!access) {
            await (0,cleanup/* cleanupNow */.V8)(rt, workDir);
            await settleLoadedImage(exported, s, meta.tags, rt);
            return buildOutputs({ s, meta, builder: builder.name, exported, durations: timer.laps });
        }
        const reuse = { layers: await base, client, log: rt.info };
        timer.lap('baseLayersMs');
        (0,failure/* leftUntouched */.p)(`The push had started: ${repos} may hold new blobs and manifests by digest, which no tag names. Tags move only after every repository holds the whole image, so unless the error names a tag, every tag is as it was.`);
        const early = new EarlyBlobs(client, s.images, access.known, rt.info);
        const built = await readExport(exported, workDir, { reuse, ociTool, early, lap: (p) => timer.lap(p) });
        const annotated = annotateTree(built, { annotations: s.annotations, defaults: (0,image_annotations/* ociLabelAnnotations */.I_)(meta.labels), warn: (m) => rt.warning(m) });
        // After annotating: annotateTree leaves an attested image's manifests as built, so the platform
        // manifests the attestations describe keep the digests they name.
        const { root, referrers } = s.attestationsAt === 'referrers' ? detachAttestations(annotated) : { root: annotated, referrers: [] };
        timer.lap('exportMs');
        const pushed = await publishBuild(client, s, root, meta, rt, {
            ...signers,
            builder: builder.name,
            baseImages: bases.images,
            timer,
            referrers,
            early,
            access,
        });
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
/** The builder run with its credentials and secret files in place, both removed as soon as it ends. */
async function runBuilder(builder, s, meta, workDir, rt, o) {
    // Only buildx makes provenance itself; for the other builders pinship attaches its own.
    return (0,builder_access/* withBuilderAccess */.Q)(s, workDir, o.insecureHosts, rt, ({ env, secrets }) => builder.build({
        ...s,
        secrets,
        provenance: s.provenance && builder.name === 'buildx',
        labels: meta.labels,
        workDir,
        env,
        sourceDateEpoch: meta.sourceDateEpoch,
        warn: (m) => rt.warning(m),
        signal: o.signal,
    }));
}
/**
 * The exported image as a manifest tree. A `docker save` export hands each blob to `early` as soon as
 * it is ready; if reading fails, what `early` started is waited for, so no upload outlives the run.
 */
async function readExport(exported, workDir, o) {
    if (exported.kind === 'oci-layout')
        return readOciLayout(exported.dir, o.ociTool ? o.reuse : undefined);
    try {
        return await readDockerImage(exported.imageId, workDir, o.reuse, { lap: o.lap, onBlob: (b) => o.early.place(b) });
    }
    catch (e) {
        await o.early.stop();
        throw e;
    }
}
/**
 * Build once, push everywhere: every repository gets all blobs and manifests by digest first; only
 * then do tags move, and each is read back from its registry, the source of truth for the outputs.
 * Blobs `early` placed while the export was read are not placed again.
 */
async function publishBuild(client, s, root, meta, rt, o) {
    const { key, builder, baseImages, timer, early } = o;
    // Whether each repository has the image already, and what its tags name, asked while the last blobs go out.
    const asked = new Map(s.images.map((dest, i) => [dest, askEarly(client, dest, root.digest, o.access.known[i])]));
    const tags = meta.tags;
    const written = s.pushByDigest ? [] : tags;
    const tagsRead = readTagsAhead(client, s.images, written);
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
    timer.lap('pushPlanMs');
    let attestation;
    const beforeTags = o.attest && (0,publish_attest/* attestBeforeTags */.a)(o.attest, plan.root, s.images, rt.info, (r) => (attestation = r));
    await early.settle().catch((e) => {
        throw new Error(`${(0,error_message/* errorMessage */.g)(e)}; no destination tag was written`, { cause: e });
    });
    const placed = early.placed;
    const stats = await (0,publish/* publish */.mk)(client, plan, s.images, {
        tags: written,
        log: rt.info,
        accessChecked: true,
        placed,
        asked: (dest, digest) => (digest.equals(root.digest) ? asked.get(dest) : undefined),
        tagsRead,
        lap: (p) => timer.lap(p),
        ...(beforeTags ? { beforeTags } : {}),
    });
    for (const [i, st] of stats.entries()) {
        for (const k of Object.keys(st))
            st[k] += early.stats[i][k];
        rt.info(`pushed ${s.images[i]}@${root.digest}: ${st.blobsUploaded} uploaded, ${st.blobsMounted} mounted, ${st.blobsCopied} copied, ${st.blobsSkipped} already there`);
    }
    const signatures = [...signed.signatures, ...attached, ...(attestation?.attached ?? [])];
    return { tags: written, stats, signatures, ...(attestation ? { attestation } : {}) };
}
/** askDestination with the repository's answer asked during the build; never an unhandled rejection if publish never asks. */
function askEarly(client, dest, root, known) {
    const state = Promise.all([client.manifestExists(dest, root), known]).then(([rootThere, k]) => ({ rootThere, known: k }));
    state.catch(() => undefined);
    return state;
}
/** What the image's tags name in each repository, asked now (never an unhandled rejection if publish never asks). */
function readTagsAhead(client, dests, tags) {
    const reads = new Map();
    for (const dest of dests) {
        for (const tag of tags) {
            const read = (0,publish_tags/* tagNames */.nP)(client, dest, tag);
            read.catch(() => undefined);
            reads.set(`${dest}:${tag}`, read);
        }
    }
    return (dest, tag) => reads.get(`${dest}:${tag}`);
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

/***/ 10618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ attestBeforeTags)
/* harmony export */ });
/* unused harmony export subjectName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58926);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82895);
/* harmony import */ var _signing_signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62445);




/**
 * The subject name of an image, as actions/attest-build-provenance's `subject-name` for images: the
 * repository without tag, Docker Hub's as index.docker.io/<namespace>/<name> (GitHub's documented form).
 */
const subjectName = (r) => (r.registry.host === 'docker.io' ? `index.docker.io/${r.path}` : r.toString());
/**
 * Attests `root` once the image is in every repository, before any tag moves (publish's `beforeTags`):
 * one attestation whose subjects are every repository with the digest. With `attest-push` its bundle is
 * returned as the referrer @sigstore/oci writes for attest-build-provenance's `push-to-registry`, for
 * publish to write at every repository. `done` receives the outputs.
 */
function attestBeforeTags(o, root, repos, log, done) {
    return async () => {
        const { attestProvenanceOf } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(925), __webpack_require__.e(542), __webpack_require__.e(143), __webpack_require__.e(80), __webpack_require__.e(516)]).then(__webpack_require__.bind(__webpack_require__, 29516));
        const made = await attestProvenanceOf([...new Set(repos.map(subjectName))], root.digest, o.token, o.repository);
        const url = `${o.serverUrl}/${o.repository}/attestations/${made.id}`;
        const san = (new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(made.certificate).subjectAltName ?? 'no subject alternative name').replace(/^(?:URI|email):/, '');
        log(`attest: build provenance of ${root.digest} signed by ${san}, stored as ${url}`);
        if (!o.push) {
            done({ id: made.id, url, attached: [] });
            return [];
        }
        const subject = { mediaType: root.mediaType, size: root.bytes.length, digest: root.digest.toString() };
        const { bytes, blobs } = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleReferrer */ .GR)(made.bundle, subject, made.predicateType, { mediaType: made.mediaType, created: new Date() });
        const referrer = { digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes), mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OciManifest, bytes, blobs, referrer: true };
        log(`attest-push: the attestation's bundle goes to ${repos.join(', ')} as ${referrer.digest}, a referrer of ${root.digest}`);
        done({ id: made.id, url, attached: [{ kind: 'attestation', subject: root.digest.toString(), digest: referrer.digest.toString(), tag: '' }] });
        return [referrer];
    };
}


/***/ }),

/***/ 64176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ attestationOutputs),
/* harmony export */   Q: () => (/* binding */ attestationLines)
/* harmony export */ });
/**
 * `attestation-id` and `attestation-url`, set only when an attestation was made: without `attest`, build and
 * merge set the outputs promote sets, the same names with the same meaning.
 */
function attestationOutputs(a) {
    return a ? { 'attestation-id': a.id, 'attestation-url': a.url } : {};
}
/** The job summary's line for it: where GitHub shows the attestation. */
function attestationLines(a) {
    return a ? [`**attestation** [${a.id}](${a.url})`] : [];
}


/***/ }),

/***/ 65796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readAttest)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/**
 * `attest` and `attest-push`, checked before anything is built or pushed. A run that pushes nothing
 * (`push: false`, a pull request's build) has no digest to attest: it is said and skipped rather than
 * refused, so one workflow serves both events.
 */
function readAttest(rt, githubToken, pushing = true) {
    const attest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolInput */ .Hm)(rt, 'attest', false);
    const push = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolInput */ .Hm)(rt, 'attest-push', false);
    if (!attest) {
        if (push)
            throw new Error(`input 'attest-push' is true but input 'attest' is false: it pushes the attestation that 'attest: true' makes`);
        return undefined;
    }
    if (!pushing) {
        rt.info(`attest: nothing is pushed (push: false), so no attestation is made`);
        return undefined;
    }
    const env = rt.env;
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        throw new Error(`input 'attest' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then) and 'attestations: write'`);
    rt.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
        throw new Error(`input 'attest' is true but GITHUB_REPOSITORY is '${repository}', not owner/name: GitHub keeps attestations in the workflow's repository`);
    if (!githubToken)
        throw new Error(`input 'attest' is true but input 'github-token' is empty: GitHub's attestations API needs the job's token, with 'permissions: attestations: write'`);
    return { push, token: githubToken, repository, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
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