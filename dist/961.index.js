"use strict";
exports.id = 961;
exports.ids = [961];
exports.modules = {

/***/ 38588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ publishPlan),
/* harmony export */   pt: () => (/* binding */ promote),
/* harmony export */   sA: () => (/* binding */ requiredSigner)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3482);
/* harmony import */ var _image_platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40349);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19794);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95385);
/* harmony import */ var _signing_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57010);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77598);
/* harmony import */ var _signing_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77245);
/* harmony import */ var _publish_signed_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54107);








/** Every input problem is reported before the first request, so a bad input never half-promotes. */
function check(req) {
    const destinations = [...new Map(req.destinations.map((d) => [d.toString(), d])).values()];
    if (!destinations.length)
        throw new Error('promote needs at least one destination repository');
    const concurrency = req.concurrency ?? 16;
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    if (req.chunkSize !== undefined && (!Number.isInteger(req.chunkSize) || req.chunkSize < 0))
        throw new Error(`chunk size must be a whole number of bytes, got ${req.chunkSize}`);
    const platforms = req.platforms?.length ? (0,_image_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatforms */ .qA)(req.platforms) : undefined;
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
/** The inputs naming who must have signed the source, as the refusal quotes them. */
function requiredSigner(s) {
    const p = s instanceof node_crypto__WEBPACK_IMPORTED_MODULE_5__.KeyObject ? { key: s } : s;
    const id = p.identity ? `the identity of input 'certificate-identity' (${(0,_signing_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .describeIdentity */ .Cl)(p.identity)})` : '';
    return [p.key ? "the key of input 'public-key'" : '', id].filter(Boolean).join(' or ');
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
    // Asked while the source is read: the answer is in before anything is written, at no time of its own.
    const access = Promise.all(destinations.map((d) => client.checkPushAccess(d)));
    access.catch(() => undefined);
    const root = await client.getManifest(source, req.source.identifier());
    if (req.expectedDigest && !req.expectedDigest.equals(root.digest))
        throw mismatch(req, root.digest.toString());
    req.log(`${req.source} is ${root.digest} (${root.mediaType})`);
    // The source repository already holds everything read from it: promoting there is only tagging.
    const others = destinations.filter((d) => !d.equals(source));
    // Reads that need only the root's digest start now, beside the rest of the plan's reads.
    const withReferrers = req.referrers !== false && others.length > 0;
    const lookups = withReferrers ? (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .startReferrerLookups */ .x)(client, source, root) : undefined;
    const asked = new Map(others.map((d) => [d.toString(), (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .askDestination */ .IO)(client, d, root.digest)]));
    for (const a of asked.values())
        a.catch(() => undefined);
    if (req.requireSignedBy) {
        const verdict = await (0,_signing_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSignature */ .jC)(client, source, root.digest, req.requireSignedBy);
        if (!verdict.ok)
            throw new Error(`source ${source}@${root.digest} is not signed by ${requiredSigner(req.requireSignedBy)} (input 'require-signature'): ${verdict.reason}; nothing was copied`);
        req.log(`${source}@${root.digest} carries a valid signature (${verdict.signature})`);
    }
    const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .G)(client, source, root, platforms, req.log);
    if (withReferrers) {
        if (plan.root.synthetic)
            req.log(`referrers of ${root.digest} are not copied: they name a digest the destinations will not have`);
        const subjects = plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest);
        await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .addReferrers */ .I)(client, source, subjects, plan, req.log, lookups);
    }
    // Counts per repository; the totals written (tags included) are the metadata's stats, logged at the end.
    req.log(`copying ${plan.blobs.size} blobs and ${plan.manifests.length} manifests by digest to each of ${others.length} repositories, then the tags`);
    const { plan: toPublish, signatures } = await (0,_publish_signed_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .signedPlan */ .s)(publishPlan(source, plan), req.signingKey, others.length ? others : destinations, req.log);
    await access;
    const configs = readConfigs(client, source, plan);
    const stats = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .mk)(client, toPublish, destinations, {
        tags,
        concurrency,
        chunkSize: req.chunkSize,
        log: req.log,
        accessChecked: true,
        asked: (d, digest) => (digest.equals(root.digest) ? asked.get(d.toString()) : undefined),
    });
    const digest = plan.root.digest;
    req.log(`promoted ${digest} to ${destinations.map((d) => d.toString()).join(', ')}`);
    return {
        digest,
        sourceDigest: root.digest,
        images: destinations.map((d) => `${d}@${digest}`),
        tags: destinations.flatMap((d) => tags.map((t) => `${d}:${t}`)),
        stats: (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .sumStats */ .HW)(stats),
        durationMs: Date.now() - started,
        attached: signatures,
        written: plan.nodes,
        configs,
    };
}
/** The image's configs, for the outputs: small reads from the source that ride along with the copy instead of following it. */
function readConfigs(client, source, plan) {
    const out = new Map();
    for (const n of plan.manifests) {
        const config = n.json.config;
        if (!config || plan.referrers.has(n.digest.toString()) || out.has(config.digest))
            continue;
        const read = client.getJsonBlob(source, config);
        read.catch(() => undefined);
        out.set(config.digest, read);
    }
    return out;
}
/** The copy plan as the shared pipeline takes it: every blob comes from the source, which holds all it read. */
function publishPlan(source, plan) {
    const converted = new Map();
    const manifests = plan.manifests.map((n) => {
        const json = n.json;
        const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({
            descriptor,
            origin: { kind: 'remote', repository: source },
        }));
        const m = {
            digest: n.digest,
            mediaType: n.mediaType,
            bytes: n.bytes,
            blobs,
            ...(plan.referrers.has(n.digest.toString()) ? { referrer: true } : {}),
        };
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


/***/ }),

/***/ 23796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executePromote: () => (/* binding */ executePromote)
});

// EXTERNAL MODULE: ./lib/git/context.js + 1 modules
var context = __webpack_require__(27300);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/tags/index.js + 6 modules
var tags = __webpack_require__(48437);
// EXTERNAL MODULE: ./lib/commands/promote/copy.js
var copy = __webpack_require__(38588);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
// EXTERNAL MODULE: ./lib/publish/stats.js
var stats = __webpack_require__(67692);
;// CONCATENATED MODULE: ./lib/commands/promote/outputs.js




/** Attestation manifests sit in an index as unknown/unknown platforms; they are not images to run. */
const isImageEntry = (d) => Boolean(d.platform && d.platform.os !== 'unknown');
/**
 * The promoted image as the destination serves it: its platforms and labels, read back from the
 * first destination so that the outputs describe what was written there, as build's do. Manifests
 * this promotion wrote there by digest are taken from `written` (the same digest is the same bytes,
 * and their writes were checked), the configs from the reads started while the blobs copied.
 */
async function describe(client, repo, digest, r) {
    const manifest = async (d) => r.written.get(d.toString()) ?? (await client.getManifest(repo, d));
    // A config read early from the source is the same bytes (read by digest, verified); if that read failed, the destination is asked.
    const config = (d) => r.configs.get(d.digest)?.catch(() => client.getJsonBlob(repo, d)) ??
        client.getJsonBlob(repo, d);
    const root = await manifest(digest);
    const json = root.json;
    const single = async (d) => {
        const c = await config(d);
        const p = (0,mediatypes/* configPlatform */.Ko)(c);
        return { platform: p ? (0,mediatypes/* platformString */.Fd)(p) : '', labels: c.config?.Labels ?? {} };
    };
    if (json.config) {
        const { platform, labels } = await single(json.config);
        return { imageid: json.config.digest, platformDigests: platform ? { [platform]: digest.toString() } : {}, labels };
    }
    const entries = (json.manifests ?? []).filter(isImageEntry);
    const configs = await Promise.all(entries.map(async (d) => {
        const child = (await manifest(registry_digest/* Digest */.np.parse(d.digest))).json;
        return child.config ? (await single(child.config)).labels : {};
    }));
    return {
        imageid: digest.toString(),
        platformDigests: Object.fromEntries(entries.map((d) => [(0,mediatypes/* platformString */.Fd)(d.platform), d.digest])),
        labels: (0,report_image/* commonLabels */.xJ)(configs),
    };
}
/** The counts of the metadata's `stats`, worded for the log and the summary. */
function statsLine(s) {
    return `${s.blobsCopied} blobs copied (${(s.bytesCopied / 1024 / 1024).toFixed(1)} MiB), ${s.blobsMounted} mounted, ${s.blobsSkipped} already there; ${s.manifestsPushed} manifest writes (tags included), ${s.referrersCopied} referrers`;
}
async function promoteOutputs(client, named, r) {
    // promote writes a repository named twice once; so do the outputs.
    const destinations = [...new Map(named.map((d) => [d.toString(), d])).values()];
    const d = await describe(client, destinations[0], r.digest, r);
    const first = destinations[0].toString();
    const version = r.tags.find((t) => t.startsWith(`${first}:`))?.slice(first.length + 1) ?? '';
    const facts = { repositories: destinations.map(String), digest: r.digest.toString(), tags: r.tags, version, ...d };
    const metadata = { ...facts, images: r.images, sourceDigest: r.sourceDigest.toString(), stats: r.stats, durationMs: r.durationMs, attached: r.attached };
    return {
        outputs: { ...(0,report_image/* imageOutputs */.am)(facts, metadata), changed: (0,stats/* changedOutput */.uf)([r.stats]) },
        summary: (0,report_image/* imageSummary */.IW)('pinship promote', facts, [`source digest \`${r.sourceDigest}\``, statsLine(r.stats)]),
    };
}

// EXTERNAL MODULE: ./lib/report/failure.js
var failure = __webpack_require__(57340);
// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
;// CONCATENATED MODULE: ./lib/commands/promote/execute.js







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
        throw new Error(`Invalid input 'tags': ${e.message}`, { cause: e });
    }
    const result = (0,tags/* computeTags */.$o)(rules, tags/* DEFAULT_FLAVOR */.tt, await (0,context/* loadGitContext */.I)(rt.env));
    return result.tags;
}
/** The promote once its inputs have been read (./command.ts). */
async function executePromote(s, rt) {
    const signingKey = (0,signing/* readSigner */.$2)(rt);
    const check = (0,signing/* readSignatureCheck */.HA)(rt, 'promote');
    let tags;
    try {
        tags = await destinationTags(s, rt);
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message.replace(/^Invalid input 'tags': /, '')}`, { cause: e });
    }
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        (0,failure/* leftUntouched */.p)(`${s.source} itself. Promotion copies by digest first and moves tags last: the error says whether any destination tag was written ("no destination tag was written", or the tags already written).`);
        const result = await (0,copy/* promote */.pt)(client, {
            source: s.source,
            destinations: s.destinations,
            tags,
            ...(s.expectedDigest ? { expectedDigest: s.expectedDigest } : {}),
            referrers: s.referrers,
            ...(s.platforms.length ? { platforms: s.platforms } : {}),
            allowDigestChange: s.allowDigestChange,
            concurrency: s.concurrency,
            ...(signingKey ? { signingKey } : {}),
            ...(check.requireSignature ? { requireSignedBy: { key: check.publicKey, identity: check.identity } } : {}),
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

/***/ 3482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   r: () => (/* binding */ loadTree)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58926);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19794);
/* harmony import */ var _image_platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40349);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79860);





const isIndex = (m) => 'manifests' in m.json && Array.isArray(m.json.manifests);
function add(plan, node) {
    plan.nodes.set(node.digest.toString(), node);
    plan.manifests.push(node);
    if (isIndex(node))
        return;
    const json = node.json;
    for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
        if (!(0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonDistributable */ .SM)(d))
            plan.blobs.set(d.digest, d);
    }
}
/** Manifest reads in flight at once while a tree is loaded: each level of an index costs one round trip, not one per child. */
const MANIFEST_READS = 8;
async function addChildren(client, repo, children, plan) {
    const todo = [...new Set(children.map((c) => c.digest))].filter((d) => !plan.nodes.has(d));
    const read = await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(todo, MANIFEST_READS, (d) => client.getManifest(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(d)));
    // Read together, added in the index's order: the plan stays the same whatever answers first.
    for (const m of read)
        await addTree(client, repo, m, plan);
}
async function addTree(client, repo, m, plan) {
    const known = plan.nodes.get(m.digest.toString());
    if (known)
        return known;
    if (isIndex(m))
        await addChildren(client, repo, m.json.manifests, plan);
    add(plan, m);
    return m;
}
/** Reads a manifest and, for an index, every child (recursively), adding them to the plan children first. */
async function loadTree(client, repo, identifier, plan) {
    return addTree(client, repo, await client.getManifest(repo, identifier), plan);
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
    const { kept, bytes } = (0,_image_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .filterIndex */ .Tp)(`${repo}@${root.digest}`, root.json, platforms);
    await addChildren(client, repo, kept, plan);
    if (!bytes) {
        log(`every child of ${root.digest} matches the platforms; the digest stays the same`);
        add(plan, root);
        return plan;
    }
    const node = {
        digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes),
        mediaType: root.mediaType,
        bytes,
        json: JSON.parse(bytes.toString('utf8')),
        synthetic: true,
    };
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
    const have = (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__/* .configPlatform */ .Ko)(await client.getJsonBlob(repo, config));
    if (!platforms.some((p) => (0,_image_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(have, p))) {
        throw new Error(`${repo}@${m.digest} is a single-platform image for ${have ? (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd)(have) : 'an unknown platform'}, not one of input 'platforms' (${platforms.map(_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd).join(', ')})`);
    }
}


/***/ }),

/***/ 95385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ addReferrers),
/* harmony export */   x: () => (/* binding */ startReferrerLookups)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82895);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50228);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79860);
/* harmony import */ var _signing_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62445);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3482);





/** Tags cosign uses for what it attaches to an image, where the referrers API is not used. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'];
/** Referrer lists asked for at once: one level of subjects costs a round trip or two, not that per subject. */
const LISTS_IN_FLIGHT = 8;
/**
 * Adds to the plan what refers to `subjects` in the source repository, then what refers to those,
 * and so on: the referrers API (or its fallback tag) and cosign's `sha256-<hex>.sig` style tags.
 * One level at a time, its subjects asked together; the tag list is read beside the first level.
 */
async function addReferrers(client, repo, subjects, plan, log, early) {
    if (!subjects.length)
        return;
    // One tag listing answers every cosign lookup: cheaper than three HEADs per manifest.
    const listing = early?.tags ?? quiet(listTagsOrNone(client, repo));
    const visited = new Set();
    let level = subjects;
    while (level.length) {
        level = [...new Map(level.filter((s) => !visited.has(s.toString())).map((s) => [s.toString(), s])).values()];
        for (const s of level)
            visited.add(s.toString());
        const lists = await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(level, LISTS_IN_FLIGHT, (s) => early?.lists.get(s.toString()) ?? client.listReferrers(repo, s));
        const tags = new Set(await listing);
        const next = [];
        // Loads a referrer (with its children, if an index) and queues each new manifest as a subject.
        const take = async (identifier) => {
            const before = plan.manifests.length;
            const node = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTree */ .r)(client, repo, identifier, plan);
            for (const n of plan.manifests.slice(before)) {
                plan.referrers.add(n.digest.toString());
                next.push(n.digest);
            }
            return node;
        };
        for (const [i, subject] of level.entries()) {
            await takeListed(lists[i], subject, take, plan, repo, log);
            for (const suffix of COSIGN_SUFFIXES) {
                const tag = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .cosignTag */ .qv)(subject, suffix);
                if (!tags.has(tag))
                    continue;
                const node = await take(tag);
                plan.tags.push({ tag, node });
                log(`cosign tag ${tag} (${node.digest}) of ${subject}`);
            }
        }
        level = next;
    }
}
async function takeListed(listed, subject, take, plan, repo, log) {
    for (const d of listed) {
        if (plan.nodes.has(d.digest))
            continue;
        const node = await take(d.digest).catch((e) => {
            // A fallback index can outlive a deleted referrer: there is nothing left to copy.
            if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
                return undefined;
            throw e;
        });
        if (!node) {
            log(`referrer ${d.digest} of ${subject} is listed but missing from ${repo}; skipped`);
            continue;
        }
        log(`referrer ${node.digest} (${d.artifactType ?? node.mediaType}) of ${subject}`);
    }
}
/**
 * Starts the first level's lookups beside the reads of the children: their digests are in the index
 * already. One a platform filter drops is a read wasted, never a wrong answer (only asked-for ones are used).
 */
function startReferrerLookups(client, repo, root) {
    const named = 'manifests' in root.json && Array.isArray(root.json.manifests) ? root.json.manifests.map((m) => m.digest) : [];
    const digests = [root.digest, ...named.filter((d) => _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.isDigest(d)).map((d) => _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(d))];
    return {
        lists: new Map(digests.map((d) => [d.toString(), quiet(client.listReferrers(repo, d))])),
        tags: quiet(listTagsOrNone(client, repo)),
    };
}
/** A lookup that may never be awaited must not end the run as an unhandled rejection; awaiting it still throws. */
function quiet(p) {
    p.catch(() => undefined);
    return p;
}
/** A repository holding only untagged manifests has no tag list at all on some registries (404 NAME_UNKNOWN). */
async function listTagsOrNone(client, repo) {
    try {
        return await client.listTags(repo);
    }
    catch (e) {
        if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
            return [];
        throw e;
    }
}


/***/ }),

/***/ 40349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Tp: () => (/* binding */ filterIndex),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58926);

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


/***/ })

};
;