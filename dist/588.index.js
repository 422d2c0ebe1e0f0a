"use strict";
exports.id = 588;
exports.ids = [588];
exports.modules = {

/***/ 8588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishPlan),
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3482);
/* harmony import */ var _image_platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9794);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7766);
/* harmony import */ var _signing_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9670);
/* harmony import */ var _publish_signed_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4107);






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
    if (req.requireSignedBy) {
        const verdict = await (0,_signing_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSignature */ .jC)(client, source, root.digest, req.requireSignedBy);
        if (!verdict.ok)
            throw new Error(`source ${source}@${root.digest} is not signed by the key of input 'public-key' (input 'require-signature'): ${verdict.reason}; nothing was copied`);
        req.log(`${source}@${root.digest} carries a valid signature (${verdict.signature})`);
    }
    const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .G)(client, source, root, platforms, req.log);
    // The source repository already holds everything read from it: promoting there is only tagging.
    const others = destinations.filter((d) => !d.equals(source));
    if (req.referrers !== false && others.length) {
        if (plan.root.synthetic)
            req.log(`referrers of ${root.digest} are not copied: they name a digest the destinations will not have`);
        const subjects = plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest);
        await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .addReferrers */ .I)(client, source, subjects, plan, req.log);
    }
    // Counts per repository; the totals written (tags included) are the metadata's stats, logged at the end.
    req.log(`copying ${plan.blobs.size} blobs and ${plan.manifests.length} manifests by digest to each of ${others.length} repositories, then the tags`);
    const { plan: toPublish, signatures } = (0,_publish_signed_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .signedPlan */ .s)(publishPlan(source, plan), req.signingKey, others.length ? others : destinations, req.log);
    const stats = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .mk)(client, toPublish, destinations, { tags, concurrency, chunkSize: req.chunkSize, log: req.log });
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
    };
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

/***/ 3482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   r: () => (/* binding */ loadTree)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8926);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9794);
/* harmony import */ var _image_platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(349);




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
async function addChildren(client, repo, children, plan) {
    for (const child of children) {
        if (!plan.nodes.has(child.digest))
            await loadTree(client, repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(child.digest), plan);
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

/***/ 7766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ addReferrers)
/* harmony export */ });
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(228);
/* harmony import */ var _signing_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2445);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3482);



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
        const node = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTree */ .r)(client, repo, identifier, plan);
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
                if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
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
            const tag = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .cosignTag */ .qv)(subject, suffix);
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
        if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            return [];
        throw e;
    }
}


/***/ }),

/***/ 349:
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

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ch: () => (/* binding */ checkProvenance),
/* harmony export */   jC: () => (/* binding */ checkSignature)
/* harmony export */ });
/* unused harmony export SIGNATURE_LAYERS_MAX */
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _registry_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9127);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2445);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9656);





const PAYLOAD_MAX_BYTES = 1024 * 1024;
/** Referrers of one image looked at, at most: each costs a manifest GET, and the list comes from the registry. */
const REFERRERS_MAX = 32;
/**
 * Signature (or attestation) layers of one manifest read, at most: each is a blob GET of up to a
 * megabyte, and the count is the registry's to choose. cosign adds one per signing, so a real one holds a few.
 */
const SIGNATURE_LAYERS_MAX = 32;
const tooManyLayers = (name, count, what) => `${name} holds ${count} ${what} layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`;
/**
 * Whether `repo` holds a cosign signature of `digest` that `key` verifies and whose payload names
 * exactly that digest, in either form cosign writes: the sha256-<hex>.sig tag, or a referrer of the
 * digest with cosign's signature artifact type (its OCI 1.1 form, found through the referrers API or
 * the fallback tag, as cosign's own --experimental-oci11 finds it). The reason says what was found instead.
 */
async function checkSignature(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.sig');
    const tagged = await manifestIfAny(client, repo, tag);
    const findings = [];
    if (tagged) {
        const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    const referrers = await client.listReferrers(repo, digest, _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ARTIFACT */ .s$);
    for (const d of referrers.slice(0, REFERRERS_MAX)) {
        // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
        const manifest = await manifestIfAny(client, repo, d.digest);
        if (!manifest)
            continue;
        const verdict = await judge(client, repo, `referrer ${repo}@${d.digest}`, manifest, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    if (!findings.length)
        return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
    const unread = referrers.length > REFERRERS_MAX ? `; ${referrers.length - REFERRERS_MAX} more signature referrers not read` : '';
    return { ok: false, reason: `no valid signature for the public key: ${findings.join('; ')}${unread}` };
}
const manifestIfAny = (client, repo, ref) => client.getManifest(repo, ref).catch((e) => {
    if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
        return undefined;
    throw e;
});
/** One signature manifest's verdict; `name` says where it was found. */
async function judge(client, repo, name, manifest, digest, key) {
    const layers = (manifest.json.layers ?? []).filter((l) => l.annotations?.[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB]);
    if (!layers.length)
        return { ok: false, reason: `${name} holds no layer with a ${_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB} annotation` };
    if (layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(name, layers.length, 'signature') };
    const found = [];
    for (const layer of layers) {
        const what = `signature payload ${repo}@${layer.digest}`;
        const payload = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
        if (!(0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, payload, layer.annotations[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB])) {
            found.push('a signature the public key does not verify');
            continue;
        }
        const claim = parseJson(payload);
        if (claim.critical?.type !== _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_TYPE */ .j_ || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
            found.push(`a valid signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
            continue;
        }
        return { ok: true, signature: manifest.digest };
    }
    return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}
/** Whether the predicate type is SLSA provenance, any version. */
const isSlsa = (t) => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);
/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies and whose statement names the digest
 * counts; without, any form does: that, an in-toto referrer, or buildx's attestation manifest.
 */
async function checkProvenance(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.att');
    const att = await manifestIfAny(client, repo, tag);
    const layers = att ? (att.json.layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
    if (key && layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(`${repo}:${tag}`, layers.length, 'provenance') };
    for (const layer of layers) {
        if (!key)
            return { ok: true, signature: att.digest };
        const bytes = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `attestation ${repo}@${layer.digest}`);
        const env = parseJson(bytes);
        const payload = Buffer.from(env.payload ?? '', 'base64');
        const covered = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .pae */ .Zg)(env.payloadType ?? '', payload);
        if (!(env.signatures ?? []).some((s) => (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, covered, s.sig ?? '')))
            continue;
        const statement = parseJson(payload);
        if (isSlsa(statement.predicateType) && (statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex))
            return { ok: true, signature: att.digest };
    }
    if (key)
        return {
            ok: false,
            reason: layers.length
                ? `${repo}:${tag} holds provenance the public key does not verify for this digest`
                : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}`,
        };
    const referrers = await client.listReferrers(repo, digest);
    const inToto = referrers.find((d) => d.artifactType === 'application/vnd.in-toto+json');
    if (inToto)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(inToto.digest) };
    const root = await client.getManifest(repo, digest);
    const buildx = 'manifests' in root.json && (root.json.manifests ?? []).find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    if (buildx)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(buildx.digest) };
    return { ok: false, reason: `no provenance: no cosign attestation (${tag}), in-toto referrer or buildx attestation manifest` };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return {};
    }
}


/***/ })

};
;