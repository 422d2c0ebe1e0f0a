export const id = 756;
export const ids = [756];
export const modules = {

/***/ 3756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteCommand: () => (/* binding */ runPromoteCommand)
});

// EXTERNAL MODULE: ./lib/git/context.js
var context = __webpack_require__(6491);
// EXTERNAL MODULE: ./lib/settings/registry.js + 11 modules
var registry = __webpack_require__(7511);
// EXTERNAL MODULE: ./lib/tags/index.js + 12 modules
var tags = __webpack_require__(6176);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(2895);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/publish/index.js + 4 modules
var publish = __webpack_require__(1694);
// EXTERNAL MODULE: ./lib/commands/promote/platforms.js
var promote_platforms = __webpack_require__(3457);
;// CONCATENATED MODULE: ./lib/commands/promote/plan.js




const isIndex = (m) => 'manifests' in m.json && Array.isArray(m.json.manifests);
function add(plan, node) {
    plan.nodes.set(node.digest.toString(), node);
    plan.manifests.push(node);
    if (isIndex(node))
        return;
    const json = node.json;
    for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
        if (!(0,publish/* isNonDistributable */.SM)(d))
            plan.blobs.set(d.digest, d);
    }
}
async function addChildren(client, repo, children, plan) {
    for (const child of children) {
        if (!plan.nodes.has(child.digest))
            await loadTree(client, repo, registry_digest/* Digest */.np.parse(child.digest), plan);
    }
}
/** Reads a manifest and, for an index, every child (recursively), adding them to the plan children first. */
async function loadTree(client, repo, identifier, plan) {
    const m = await client.getManifest(repo, identifier);
    const known = plan.nodes.get(m.digest.toString());
    if (known)
        return known;
    if (isIndex(m))
        await addChildren(client, repo, m.json.manifests, plan);
    add(plan, m);
    return m;
}
/** The root and its children; with `platforms`, an index becomes a new index of the matching children only. */
async function buildPlan(client, repo, root, platforms, log) {
    const plan = { root, manifests: [], nodes: new Map(), blobs: new Map(), referrers: new Set(), tags: [] };
    if (!isIndex(root)) {
        if (platforms)
            await checkImagePlatform(client, repo, root, platforms);
        add(plan, root);
        return plan;
    }
    if (!platforms) {
        await addChildren(client, repo, root.json.manifests, plan);
        add(plan, root);
        return plan;
    }
    const { kept, bytes } = (0,promote_platforms/* filterIndex */.Tp)(`${repo}@${root.digest}`, root.json, platforms);
    await addChildren(client, repo, kept, plan);
    if (!bytes) {
        log(`every child of ${root.digest} matches the platforms; the digest stays the same`);
        add(plan, root);
        return plan;
    }
    const node = { digest: (0,registry_digest/* digestOf */.ol)(bytes), mediaType: root.mediaType, bytes, json: JSON.parse(bytes.toString('utf8')), synthetic: true };
    log(`platform filter keeps ${kept.length} of ${root.json.manifests.length} index entries: the digest changes from ${root.digest} to ${node.digest}`);
    add(plan, node);
    plan.root = node;
    return plan;
}
/** A single-platform image cannot be filtered, only refused when it is not one of `platforms`. */
async function checkImagePlatform(client, repo, m, platforms) {
    const config = m.json.config;
    if (!config)
        throw new Error(`${repo}@${m.digest} has no config, so its platform cannot be checked against input 'platforms'`);
    const have = (0,mediatypes/* configPlatform */.Ko)(await client.getJsonBlob(repo, config));
    if (!platforms.some((p) => (0,promote_platforms/* platformMatches */.J5)(have, p))) {
        throw new Error(`${repo}@${m.digest} is a single-platform image for ${have ? (0,mediatypes/* platformString */.Fd)(have) : 'an unknown platform'}, not one of input 'platforms' (${platforms.map(mediatypes/* platformString */.Fd).join(', ')})`);
    }
}

// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
;// CONCATENATED MODULE: ./lib/commands/promote/referrers.js


/** Tags cosign uses for what it attaches to an image, where the referrers API is not used. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'];
/**
 * Adds to the plan what refers to `subjects` in the source repository, then what refers to those,
 * and so on: the referrers API (or its fallback tag) and cosign's `sha256-<hex>.sig` style tags.
 */
async function addReferrers(client, repo, subjects, plan, log) {
    let tags;
    const queue = [...subjects];
    const visited = new Set();
    // Loads a referrer (with its children, if an index) and queues each new manifest as a subject.
    const take = async (identifier) => {
        const before = plan.manifests.length;
        const node = await loadTree(client, repo, identifier, plan);
        for (const n of plan.manifests.slice(before)) {
            plan.referrers.add(n.digest.toString());
            queue.push(n.digest);
        }
        return node;
    };
    for (let subject = queue.shift(); subject; subject = queue.shift()) {
        if (visited.has(subject.toString()))
            continue;
        visited.add(subject.toString());
        for (const d of await client.listReferrers(repo, subject)) {
            if (plan.nodes.has(d.digest))
                continue;
            const node = await take(d.digest).catch((e) => {
                // A fallback index can outlive a deleted referrer: there is nothing left to copy.
                if ((0,errors/* isNotFound */.c4)(e))
                    return undefined;
                throw e;
            });
            if (!node) {
                log(`referrer ${d.digest} of ${subject} is listed but missing from ${repo}; skipped`);
                continue;
            }
            log(`referrer ${node.digest} (${d.artifactType ?? node.mediaType}) of ${subject}`);
        }
        // One tag listing answers every cosign lookup: cheaper than three HEADs per manifest.
        tags ??= new Set(await listTagsOrNone(client, repo));
        for (const suffix of COSIGN_SUFFIXES) {
            const tag = `${subject.algorithm}-${subject.hex}${suffix}`;
            if (!tags.has(tag))
                continue;
            const node = await take(tag);
            plan.tags.push({ tag, node });
            log(`cosign tag ${tag} (${node.digest}) of ${subject}`);
        }
    }
}
/** A repository holding only untagged manifests has no tag list at all on some registries (404 NAME_UNKNOWN). */
async function listTagsOrNone(client, repo) {
    try {
        return await client.listTags(repo);
    }
    catch (e) {
        if ((0,errors/* isNotFound */.c4)(e))
            return [];
        throw e;
    }
}

;// CONCATENATED MODULE: ./lib/commands/promote/copy.js




/** Every input problem is reported before the first request, so a bad input never half-promotes. */
function check(req) {
    const destinations = [...new Map(req.destinations.map((d) => [d.toString(), d])).values()];
    if (!destinations.length)
        throw new Error('promote needs at least one destination repository');
    const concurrency = req.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    if (req.chunkSize !== undefined && (!Number.isInteger(req.chunkSize) || req.chunkSize < 0))
        throw new Error(`chunk size must be a whole number of bytes, got ${req.chunkSize}`);
    const platforms = req.platforms?.length ? (0,promote_platforms/* parsePlatforms */.qA)(req.platforms) : undefined;
    if (platforms && !req.allowDigestChange) {
        throw new Error(`input 'platforms' makes a new index with a different digest than the source; set input 'allow-digest-change' to true to allow that`);
    }
    if (req.expectedDigest && req.source.digest && !req.expectedDigest.equals(req.source.digest))
        throw mismatch(req, req.source.digest.toString());
    const tags = req.tags.length ? [...new Set(req.tags)] : req.source.tag !== undefined ? [req.source.tag] : [];
    for (const d of destinations)
        for (const t of tags)
            d.tag(t); // throws on an invalid tag
    return { destinations, tags, platforms, concurrency };
}
function mismatch(req, actual) {
    return new Error(`source '${req.source}' resolves to ${actual}, expected ${req.expectedDigest} (input 'expected-digest'); nothing was copied`);
}
/**
 * Copies an image by digest, byte for byte, to each destination: blobs, then manifests by digest
 * (children before indexes, subjects before referrers), then tags. Tags go last so that a failure
 * anywhere earlier leaves no destination tag naming something incomplete.
 */
async function promote(client, req) {
    const started = Date.now();
    const { destinations, tags, platforms, concurrency } = check(req);
    const source = req.source.repository;
    const root = await client.getManifest(source, req.source.identifier());
    if (req.expectedDigest && !req.expectedDigest.equals(root.digest))
        throw mismatch(req, root.digest.toString());
    req.log(`${req.source} is ${root.digest} (${root.mediaType})`);
    const plan = await buildPlan(client, source, root, platforms, req.log);
    // The source repository already holds everything read from it: promoting there is only tagging.
    const others = destinations.filter((d) => !d.equals(source));
    if (req.referrers !== false && others.length) {
        if (plan.root.synthetic)
            req.log(`referrers of ${root.digest} are not copied: they name a digest the destinations will not have`);
        const subjects = plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest);
        await addReferrers(client, source, subjects, plan, req.log);
    }
    // Counts per repository; the totals written (tags included) are the metadata's stats, logged at the end.
    req.log(`copying ${plan.blobs.size} blobs and ${plan.manifests.length} manifests by digest to each of ${others.length} repositories, then the tags`);
    const stats = await (0,publish/* publish */.mk)(client, publishPlan(source, plan), destinations, { tags, concurrency, chunkSize: req.chunkSize, log: req.log });
    const digest = plan.root.digest;
    req.log(`promoted ${digest} to ${destinations.map((d) => d.toString()).join(', ')}`);
    return {
        digest,
        sourceDigest: root.digest,
        images: destinations.map((d) => `${d}@${digest}`),
        tags: destinations.flatMap((d) => tags.map((t) => `${d}:${t}`)),
        stats: (0,publish/* sumStats */.HW)(stats),
        durationMs: Date.now() - started,
    };
}
/** The copy plan as the shared pipeline takes it: every blob comes from the source, which holds all it read. */
function publishPlan(source, plan) {
    const converted = new Map();
    const manifests = plan.manifests.map((n) => {
        const json = n.json;
        const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({ descriptor, origin: { kind: 'remote', repository: source } }));
        const m = { digest: n.digest, mediaType: n.mediaType, bytes: n.bytes, blobs, ...(plan.referrers.has(n.digest.toString()) ? { referrer: true } : {}) };
        converted.set(n.digest.toString(), m);
        return m;
    });
    const held = new Set(plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest.toString()));
    return {
        root: converted.get(plan.root.digest.toString()),
        manifests,
        holders: [{ repository: source, manifests: held }],
        extraTags: plan.tags.map(({ tag, node }) => ({ tag, manifest: converted.get(node.digest.toString()) })),
    };
}

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
;// CONCATENATED MODULE: ./lib/commands/promote/settings.js





async function readPromoteSettings(rt) {
    const sourceText = (0,inputs/* requiredInput */.YF)(rt, 'source', 'the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:...');
    let source;
    try {
        source = reference/* Reference */.Or.parse(sourceText, { defaultTag: true });
    }
    catch (e) {
        throw new inputs/* InputError */.dz('source', sourceText, `Expected an image reference by tag or digest (${e.message}).`);
    }
    const destinations = (0,settings_images/* readImages */.H)(rt, true).map((p) => p.repository);
    const expected = rt.input('expected-digest');
    if (expected && !registry_digest/* Digest */.np.isDigest(expected))
        throw new inputs/* InputError */.dz('expected-digest', expected, 'Expected sha256:<64 hex characters>.');
    const platforms = (0,inputs/* listInput */.dt)(rt, 'platforms');
    const allowDigestChange = (0,inputs/* boolInput */.Hm)(rt, 'allow-digest-change', false);
    if (platforms.length && !allowDigestChange) {
        throw new Error(`Input 'platforms' filters the image and so changes its digest; set 'allow-digest-change: true' to accept that`);
    }
    return {
        source,
        destinations,
        tagLines: (0,inputs/* linesInput */.WO)(rt, 'tags'),
        expectedDigest: expected ? registry_digest/* Digest */.np.parse(expected) : undefined,
        referrers: (0,inputs/* boolInput */.Hm)(rt, 'referrers', true),
        platforms,
        allowDigestChange,
        concurrency: (0,inputs/* intInput */.O1)(rt, 'concurrency', 4, 1, 32),
        registry: await (0,registry/* readRegistrySettings */.VZ)(rt, destinations[0]?.registry.host),
    };
}

// EXTERNAL MODULE: ./lib/commands/report.js
var report = __webpack_require__(2582);
;// CONCATENATED MODULE: ./lib/commands/promote/outputs.js



/** Attestation manifests sit in an index as unknown/unknown platforms; they are not images to run. */
const isImageEntry = (d) => Boolean(d.platform && d.platform.os !== 'unknown');
/**
 * The promoted image as the destination serves it: its platforms and labels, read back from the
 * first destination so that the outputs describe what was written there, as build's do.
 */
async function describe(client, repo, digest) {
    const root = await client.getManifest(repo, digest);
    const json = root.json;
    const single = async (config) => {
        const c = await client.getJsonBlob(repo, config);
        const p = (0,mediatypes/* configPlatform */.Ko)(c);
        return { platform: p ? (0,mediatypes/* platformString */.Fd)(p) : '', labels: c.config?.Labels ?? {} };
    };
    if (json.config) {
        const { platform, labels } = await single(json.config);
        return { imageid: json.config.digest, platformDigests: platform ? { [platform]: digest.toString() } : {}, labels };
    }
    const entries = (json.manifests ?? []).filter(isImageEntry);
    const configs = await Promise.all(entries.map(async (d) => {
        const child = (await client.getManifest(repo, registry_digest/* Digest */.np.parse(d.digest))).json;
        return child.config ? (await single(child.config)).labels : {};
    }));
    return {
        imageid: digest.toString(),
        platformDigests: Object.fromEntries(entries.map((d) => [(0,mediatypes/* platformString */.Fd)(d.platform), d.digest])),
        labels: (0,report/* commonLabels */.xJ)(configs),
    };
}
/** The counts of the metadata's `stats`, worded for the log and the summary. */
function statsLine(s) {
    return `${s.blobsCopied} blobs copied (${(s.bytesCopied / 1024 / 1024).toFixed(1)} MiB), ${s.blobsMounted} mounted, ${s.blobsSkipped} already there; ${s.manifestsPushed} manifest writes (tags included), ${s.referrersCopied} referrers`;
}
async function promoteOutputs(client, named, r) {
    // promote writes a repository named twice once; so do the outputs.
    const destinations = [...new Map(named.map((d) => [d.toString(), d])).values()];
    const d = await describe(client, destinations[0], r.digest);
    const first = destinations[0].toString();
    const version = r.tags.find((t) => t.startsWith(`${first}:`))?.slice(first.length + 1) ?? '';
    const facts = { repositories: destinations.map(String), digest: r.digest.toString(), tags: r.tags, version, ...d };
    const metadata = { ...facts, images: r.images, sourceDigest: r.sourceDigest.toString(), stats: r.stats, durationMs: r.durationMs };
    return { outputs: (0,report/* imageOutputs */.am)(facts, metadata), summary: (0,report/* imageSummary */.IW)('pinship promote', facts, [`source digest \`${r.sourceDigest}\``, statsLine(r.stats)]) };
}

;// CONCATENATED MODULE: ./lib/commands/promote/command.js







/** Plain names are used as given; lines with `type=` are tag rules, computed as the build command does. */
async function destinationTags(s, rt) {
    if (!s.tagLines.some((l) => /(^|,)\s*type=/.test(l))) {
        for (const t of s.tagLines)
            s.destinations[0].tag(t);
        return s.tagLines;
    }
    let rules;
    try {
        rules = (0,tags/* parseTagRules */.hh)(s.tagLines);
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`);
    }
    const result = (0,tags/* computeTags */.$o)(rules, tags/* DEFAULT_FLAVOR */.tt, await (0,context/* loadGitContext */.I)(rt.env));
    return result.tags;
}
async function runPromoteCommand(rt) {
    const s = await readPromoteSettings(rt);
    let tags;
    try {
        tags = await destinationTags(s, rt);
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message.replace(/^Invalid input 'tags': /, '')}`);
    }
    const client = (0,registry/* registryClient */.Rk)(s.registry, rt);
    try {
        (0,report/* leftUntouched */.pJ)(`${s.source} itself. Promotion copies by digest first and moves tags last: the error says whether any destination tag was written ("no destination tag was written", or the tags already written).`);
        const result = await promote(client, {
            source: s.source,
            destinations: s.destinations,
            tags,
            ...(s.expectedDigest ? { expectedDigest: s.expectedDigest } : {}),
            referrers: s.referrers,
            ...(s.platforms.length ? { platforms: s.platforms } : {}),
            allowDigestChange: s.allowDigestChange,
            concurrency: s.concurrency,
            log: (m) => rt.info(m),
        });
        rt.info(`pinship: ${statsLine(result.stats)}`);
        return await promoteOutputs(client, s.destinations, result);
    }
    finally {
        client.close();
    }
}


/***/ }),

/***/ 3457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Tp: () => (/* binding */ filterIndex),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8926);

function parsePlatform(s) {
    const [os, architecture, variant, ...rest] = s.trim().split('/');
    if (!os || !architecture || rest.length)
        throw new Error(`Invalid platform '${s}': expected os/arch[/variant], e.g. linux/amd64`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
// arm64 images are often published without their default variant, and asked for with it.
const defaultVariant = (p) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
function platformMatches(have, want) {
    if (!have || have.os !== want.os || have.architecture !== want.architecture)
        return false;
    return !want.variant || defaultVariant(have) === defaultVariant(want);
}
/** Validates `platforms` before anything is read, so a typo fails fast. */
function parsePlatforms(platforms) {
    return platforms.map(parsePlatform);
}
/**
 * Keeps the children for `wanted`, plus buildx attestation manifests (platform unknown/unknown)
 * that describe a kept child, since dropping them would orphan provenance.
 */
function filterIndex(name, index, wanted) {
    const children = index.manifests ?? [];
    const images = children.filter((d) => wanted.some((w) => platformMatches(d.platform, w)));
    const keptDigests = new Set(images.map((d) => d.digest));
    const kept = children.filter((d) => keptDigests.has(d.digest) || keptDigests.has(d.annotations?.['vnd.docker.reference.digest'] ?? ''));
    if (!images.length) {
        const have = children.map((d) => (d.platform ? (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd)(d.platform) : 'unknown')).join(', ');
        throw new Error(`none of the platforms of ${name} (${have}) matches input 'platforms' (${wanted.map(_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd).join(', ')})`);
    }
    if (kept.length === children.length)
        return { kept, bytes: undefined };
    const json = { ...index, manifests: kept };
    return { kept, bytes: Buffer.from(JSON.stringify(json)) };
}


/***/ }),

/***/ 7632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ platformDigests),
/* harmony export */   Uj: () => (/* binding */ allBlobs),
/* harmony export */   dt: () => (/* binding */ manifestsBottomUp)
/* harmony export */ });
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


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SM: () => (/* reexport */ isNonDistributable),
  mk: () => (/* reexport */ publish),
  HW: () => (/* reexport */ sumStats),
  Eu: () => (/* reexport */ treePlan)
});

// UNUSED EXPORTS: emptyStats, planManifest

// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(9860);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(2895);
;// CONCATENATED MODULE: ./lib/publish/blobs.js




/** Bytes that arrive corrupted are fetched again this often before the publication fails. */
const VERIFY_ATTEMPTS = 3;
/**
 * Gets each blob into each destination that needs it: mounted from a repository on the same
 * registry known to hold it (its origin, a promotion's source, or a destination just written), else
 * skipped if already there, else uploaded from a local file or streamed across registries with
 * verification. So each registry receives a blob's bytes at most once.
 */
async function placeBlobs(client, work, opts) {
    // Largest first, so one big layer does not start last and leave the pool idle behind it.
    const sorted = [...work].sort((a, b) => b.blob.descriptor.size - a.blob.descriptor.size);
    await (0,pool/* mapLimit */.s)(sorted, opts.concurrency, async ({ blob, destinations, holders }) => {
        const known = [...holders];
        for (const dest of destinations) {
            await placeOne(client, blob, dest, known, opts);
            known.push(dest);
        }
    });
}
async function placeOne(client, blob, dest, holders, opts) {
    const stats = opts.stats(dest);
    const digest = registry_digest/* Digest */.np.parse(blob.descriptor.digest);
    const holder = holders.find((h) => !h.equals(dest));
    // A mount answers for itself (201 whether or not the blob was already there): no HEAD first.
    if (holder && (await client.mountBlob(dest, digest, holder))) {
        stats.blobsMounted++;
        return;
    }
    if ((await client.statBlob(dest, digest)) !== undefined) {
        stats.blobsSkipped++;
        return;
    }
    const size = blob.descriptor.size;
    const origin = blob.origin;
    if (origin.kind === 'remote') {
        await stream(client, origin.repository, dest, digest, size, opts);
        stats.blobsCopied++;
        stats.bytesCopied += size;
        return;
    }
    const open = origin.kind === 'file' ? () => (0,external_node_fs_.createReadStream)(origin.path) : () => external_node_stream_.Readable.from([origin.bytes]);
    await client.putBlob(dest, open, { digest, size, chunkSize: opts.chunkSize });
    stats.blobsUploaded++;
    stats.bytesUploaded += size;
}
async function stream(client, source, dest, digest, size, opts) {
    const open = () => client.getBlob(source, digest, size);
    for (let attempt = 1;; attempt++) {
        try {
            await client.putBlob(dest, open, { digest, size, chunkSize: opts.chunkSize });
            opts.log(`copied ${digest} (${size} bytes) to ${dest}`);
            return;
        }
        catch (e) {
            if (!(e instanceof registry_digest/* ContentVerificationError */.$D) || attempt >= VERIFY_ATTEMPTS)
                throw e;
            opts.log(`${source}@${digest} arrived corrupted (${e.message}); fetching it again`);
        }
    }
}

// EXTERNAL MODULE: ./lib/image/model.js
var model = __webpack_require__(7632);
;// CONCATENATED MODULE: ./lib/publish/plan.js

// Foreign (Windows base) layers live at their `urls`, not in any registry: there is nothing to copy.
const isNonDistributable = (d) => /foreign|nondistributable/.test(d.mediaType);
function planManifest(n) {
    return { digest: n.digest, mediaType: n.mediaType, bytes: n.bytes, blobs: n.blobs };
}
/** A built or assembled image tree, none of it known to be anywhere yet. */
function treePlan(root) {
    const manifests = (0,model/* manifestsBottomUp */.dt)(root).map(planManifest);
    return { root: manifests[manifests.length - 1], manifests, holders: [], extraTags: [] };
}

;// CONCATENATED MODULE: ./lib/publish/stats.js
function emptyStats() {
    return { blobsUploaded: 0, bytesUploaded: 0, blobsCopied: 0, bytesCopied: 0, blobsMounted: 0, blobsSkipped: 0, manifestsPushed: 0, referrersCopied: 0 };
}
function sumStats(all) {
    const total = emptyStats();
    for (const s of all)
        for (const k of Object.keys(total))
            total[k] += s[k];
    return total;
}

;// CONCATENATED MODULE: ./lib/publish/execute.js





const distributableBlobs = (ms) => {
    const out = new Map();
    for (const m of ms)
        for (const b of m.blobs)
            if (!isNonDistributable(b.descriptor))
                out.set(b.descriptor.digest, b);
    return out;
};
/**
 * The one way pinship writes to registries (build, promote, merge): push access checked at every
 * destination first; a destination that already has the root by digest only gets its tags; blobs in
 * one pool; manifests children first; tags last, so a failure anywhere earlier leaves no tag naming
 * something incomplete; then every tag and the root read back.
 */
async function publish(client, plan, destinations, opts) {
    const concurrency = opts.concurrency ?? 4;
    if (!opts.accessChecked)
        await Promise.all(destinations.map((d) => client.checkPushAccess(d)));
    const stats = destinations.map(() => emptyStats());
    const statsOf = (dest) => stats[destinations.indexOf(dest)];
    const all = distributableBlobs(plan.manifests);
    try {
        const needs = await (0,pool/* mapLimit */.s)(destinations, concurrency, (dest) => needOf(client, plan, dest, opts.log));
        for (const n of needs)
            statsOf(n.dest).blobsSkipped += all.size - n.blobs.size;
        await placeBlobs(client, blobWork(plan, needs), { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
        await (0,pool/* mapLimit */.s)(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest)));
    }
    catch (e) {
        throw new Error(`${(0,errors/* errorMessage */.gJ)(e)}; no destination tag was written`, { cause: e });
    }
    const tagsFor = (dest) => [
        ...(plan.holders.some((h) => h.repository.equals(dest)) ? [] : plan.extraTags),
        ...opts.tags.map((tag) => ({ tag, manifest: plan.root })),
    ];
    const written = [];
    try {
        await (0,pool/* mapLimit */.s)(destinations, concurrency, async (dest) => {
            for (const { tag, manifest } of tagsFor(dest)) {
                await client.putManifest(dest, tag, manifest.bytes, manifest.mediaType);
                statsOf(dest).manifestsPushed++;
                written.push(`${dest}:${tag}`);
            }
        });
    }
    catch (e) {
        // Every tag names complete content by now; say which ones moved so a rerun or rollback is informed.
        throw new Error(`${(0,errors/* errorMessage */.gJ)(e)}; tags already written: ${written.join(', ') || 'none'}`, { cause: e });
    }
    await (0,pool/* mapLimit */.s)(destinations, concurrency, (dest) => readBack(client, dest, plan.root, tagsFor(dest)));
    return stats;
}
async function needOf(client, plan, dest, log) {
    const held = new Set(plan.holders.filter((h) => h.repository.equals(dest)).flatMap((h) => [...h.manifests]));
    const rootThere = held.has(plan.root.digest.toString()) || (await client.manifestExists(dest, plan.root.digest));
    if (rootThere && !held.has(plan.root.digest.toString()))
        log(`${dest}@${plan.root.digest} is already there: only tags are written`);
    const manifests = plan.manifests.filter((m) => !held.has(m.digest.toString()) && !(rootThere && !m.referrer));
    return { dest, manifests, blobs: distributableBlobs(manifests), rootThere };
}
/** One work item per blob and registry, naming the repositories there that can lend it. */
function blobWork(plan, needs) {
    const work = new Map();
    for (const n of needs) {
        for (const [digest, blob] of n.blobs) {
            const key = `${digest} ${n.dest.registry.host.toLowerCase()}`;
            const item = work.get(key) ?? { blob, destinations: [], holders: holdersOf(plan, blob, n.dest, needs) };
            item.destinations.push(n.dest);
            work.set(key, item);
        }
    }
    return [...work.values()];
}
function holdersOf(plan, blob, dest, needs) {
    const sameRegistry = (r) => r.registry.equals(dest.registry);
    const out = [];
    if (blob.origin.kind === 'remote' && sameRegistry(blob.origin.repository))
        out.push(blob.origin.repository);
    const inImage = plan.manifests.some((m) => !m.referrer && m.blobs.some((b) => b.descriptor.digest === blob.descriptor.digest));
    for (const n of needs)
        if (n.rootThere && inImage && sameRegistry(n.dest))
            out.push(n.dest);
    for (const h of plan.holders) {
        if (!sameRegistry(h.repository) || out.some((r) => r.equals(h.repository)))
            continue;
        const has = plan.manifests.some((m) => h.manifests.has(m.digest.toString()) && m.blobs.some((b) => b.descriptor.digest === blob.descriptor.digest));
        if (has)
            out.push(h.repository);
    }
    return out;
}
async function pushManifests(client, need, stats) {
    // Sequential on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
    for (const m of need.manifests) {
        await client.putManifest(need.dest, m.digest, m.bytes, m.mediaType);
        stats.manifestsPushed++;
        if (m.referrer)
            stats.referrersCopied++;
    }
}
/** Reads back what each tag names now: a registry that rewrote the bytes, or a concurrent writer, shows up here. */
async function readBack(client, dest, root, tags) {
    const refs = [{ ref: dest.digest(root.digest), want: root.digest }, ...tags.map(({ tag, manifest }) => ({ ref: dest.tag(tag), want: manifest.digest }))];
    for (const { ref, want } of refs) {
        const { digest } = await client.resolve(ref);
        if (!digest.equals(want))
            throw new Error(`after the push ${ref} resolves to ${digest}, expected ${want}; another writer may have moved the tag`);
    }
}

;// CONCATENATED MODULE: ./lib/publish/index.js





/***/ }),

/***/ 9860:
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
