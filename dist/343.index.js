"use strict";
exports.id = 343;
exports.ids = [343];
exports.modules = {

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

/***/ 96:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ placeBlobs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2895);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9860);




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
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(sorted, opts.concurrency, async ({ blob, destinations, holders }) => {
        const known = [...holders];
        for (const dest of destinations) {
            await placeOne(client, blob, dest, known, opts);
            known.push(dest);
        }
    });
}
async function placeOne(client, blob, dest, holders, opts) {
    const stats = opts.stats(dest);
    const digest = _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .Digest */ .np.parse(blob.descriptor.digest);
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
    const open = origin.kind === 'file' ? () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(origin.path) : () => node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([origin.bytes]);
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
            if (!(e instanceof _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentVerificationError */ .$D) || attempt >= VERIFY_ATTEMPTS)
                throw e;
            opts.log(`${source}@${digest} arrived corrupted (${e.message}); fetching it again`);
        }
    }
}


/***/ }),

/***/ 5200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ needOf),
/* harmony export */   Xr: () => (/* binding */ pushManifests),
/* harmony export */   e7: () => (/* binding */ readBack),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   pW: () => (/* binding */ holdersOf)
/* harmony export */ });
/* unused harmony export readBackRefs */
/* harmony import */ var _util_error_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6228);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9860);
/* harmony import */ var _blobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3708);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7692);





const distributableBlobs = (ms) => {
    const out = new Map();
    for (const m of ms)
        for (const b of m.blobs)
            if (!(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonDistributable */ .SM)(b.descriptor))
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
    const stats = destinations.map(() => (0,_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyStats */ .b)());
    const statsOf = (dest) => stats[destinations.indexOf(dest)];
    const all = distributableBlobs(plan.manifests);
    try {
        const needs = await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(destinations, concurrency, (dest) => needOf(client, plan, dest, opts.log));
        for (const n of needs)
            statsOf(n.dest).blobsSkipped += all.size - n.blobs.size;
        await (0,_blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .placeBlobs */ .m)(client, blobWork(plan, needs), { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
        opts.lap?.('blobsMs');
        await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
        opts.lap?.('manifestsMs');
    }
    catch (e) {
        throw new Error(`${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(e)}; no destination tag was written`, { cause: e });
    }
    const tagsFor = (dest) => [
        // A holder has the tags of what it holds; a manifest made for this publication (a new signature) it has not.
        ...plan.extraTags.filter((t) => !plan.holders.some((h) => h.repository.equals(dest) && h.manifests.has(t.manifest.digest.toString()))),
        ...opts.tags.map((tag) => ({ tag, manifest: plan.root })),
    ];
    const written = [];
    try {
        await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(destinations, concurrency, async (dest) => {
            for (const { tag, manifest } of tagsFor(dest)) {
                await client.putManifest(dest, tag, manifest.bytes, manifest.mediaType);
                statsOf(dest).manifestsPushed++;
                written.push(`${dest}:${tag}`);
            }
        });
    }
    catch (e) {
        // Every tag names complete content by now; say which ones moved so a rerun or rollback is informed.
        throw new Error(`${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(e)}; tags already written: ${written.join(', ') || 'none'}`, { cause: e });
    }
    opts.lap?.('tagsMs');
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(destinations, concurrency, (dest) => readBack(client, dest, plan.root, tagsFor(dest)));
    opts.lap?.('readBackMs');
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
async function pushManifests(client, need, stats, log) {
    const probes = new Map();
    const probe = (subject) => {
        const key = subject.toString();
        if (!probes.has(key))
            probes.set(key, client.probeReferrersApi(need.dest, subject));
        return probes.get(key);
    };
    // Sequential on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
    // So a manifest written only with the referrers API is asked about after its subject is there: before,
    // a registry with the API may answer 404 for a repository it does not know yet.
    for (const m of need.manifests) {
        if (m.onlyWithReferrersApi) {
            const answer = await probe(m.onlyWithReferrersApi);
            const form = `${m.digest}, the OCI 1.1 referrer form of what is attached to ${m.onlyWithReferrersApi}`;
            if (!answer.api) {
                log(`${need.dest} has no referrers API (${answer.why}): ${form}, is not written (readers there use its tag form)`);
                continue;
            }
            log(`${need.dest} has the referrers API: writing ${form}`);
        }
        await client.putManifest(need.dest, m.digest, m.bytes, m.mediaType);
        stats.manifestsPushed++;
        if (m.referrer)
            stats.referrersCopied++;
    }
}
/**
 * The references read back at a destination: every tag, and the root by digest unless a tag names it
 * (a tag that resolves to the root's digest shows the root is there under that digest: one round trip less).
 */
function readBackRefs(byDigest, root, tags) {
    return tags.some((t) => t.digest === root) ? tags : [{ ref: byDigest, digest: root }, ...tags];
}
/** Reads back what each tag names now: a registry that rewrote the bytes, or a concurrent writer, shows up here. */
async function readBack(client, dest, root, tags) {
    const wanted = tags.map(({ tag, manifest }) => ({ ref: dest.tag(tag), digest: manifest.digest.toString() }));
    const refs = readBackRefs(dest.digest(root.digest), root.digest.toString(), wanted);
    // Independent lookups: in parallel, as the tags were written.
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(refs, 4, async ({ ref, digest: want }) => {
        const { digest } = await client.resolve(ref);
        if (digest.toString() !== want)
            throw new Error(`after the push ${ref} resolves to ${digest}, expected ${want}; another writer may have moved the tag`);
    });
}
// Exported for publish/many.ts, which runs these steps over many images at once.



/***/ }),

/***/ 9794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lR: () => (/* reexport */ attestPlan),
  SM: () => (/* reexport */ plan/* isNonDistributable */.SM),
  mk: () => (/* reexport */ execute/* publish */.mk),
  t7: () => (/* reexport */ signPlan),
  HW: () => (/* reexport */ stats/* sumStats */.H),
  Eu: () => (/* reexport */ plan/* treePlan */.Eu)
});

// UNUSED EXPORTS: emptyStats, planManifest

// EXTERNAL MODULE: ./lib/publish/execute.js
var execute = __webpack_require__(5200);
// EXTERNAL MODULE: ./lib/publish/plan.js
var plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./lib/publish/stats.js
var stats = __webpack_require__(7692);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/signing/provenance.js
var provenance = __webpack_require__(9656);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(2445);
// EXTERNAL MODULE: ./lib/registry/digest.js
var digest = __webpack_require__(2895);
;// CONCATENATED MODULE: ./lib/publish/sign.js




/**
 * Adds a cosign signature of the plan's root to the plan: its manifest goes with the other
 * manifests (as a referrer, so it is written even where the image already is) and its tag with the
 * extra tags, so both land before any image tag moves. A signature manifest the plan already
 * carries for that tag (a promotion copying the source's) keeps its layers, ours appended. The same
 * layers also go in cosign's OCI 1.1 form, a referrer of the root written only at destinations whose
 * registry has the referrers API (cosign reads the .sig tag everywhere else).
 */
function signPlan(plan, key, dockerReference) {
    const payload = (0,signing_signature/* simpleSigningPayload */.Kq)(dockerReference, plan.root.digest);
    const tagged = cosignTagged(plan, '.sig', (0,signing_signature/* signatureLayer */.MU)(payload, (0,signing_signature/* signBytes */.b_)(key.privateKey, payload)));
    const signature = tagged.manifest;
    const subject = { mediaType: plan.root.mediaType, size: plan.root.bytes.length, digest: plan.root.digest.toString() };
    const referrerBytes = (0,signing_signature/* signatureReferrer */.kq)(JSON.parse(signature.bytes.toString('utf8')), subject);
    const referrer = {
        digest: (0,digest/* digestOf */.ol)(referrerBytes),
        mediaType: mediatypes/* MediaType */.zu.OciManifest,
        bytes: referrerBytes,
        blobs: signature.blobs,
        referrer: true,
        onlyWithReferrersApi: plan.root.digest,
    };
    return { plan: { ...tagged.plan, manifests: [...tagged.plan.manifests, referrer] }, signature, tag: tagged.tag, referrer };
}
/**
 * The root's cosign tag manifest (sha256-<hex>.sig or .att) with `layer` appended to the layers of the
 * one the plan already carries for that tag (cosign appends, it never replaces), added to the plan's
 * manifests and extra tags.
 */
function cosignTagged(plan, suffix, layer) {
    const tag = (0,signing_signature/* cosignTag */.qv)(plan.root.digest, suffix);
    const existing = plan.extraTags.find((t) => t.tag === tag)?.manifest;
    const { bytes, blobs } = (0,signing_signature/* signatureManifest */.Mn)([layer], existing ? layerBlobs(existing) : []);
    const manifest = { digest: (0,digest/* digestOf */.ol)(bytes), mediaType: mediatypes/* MediaType */.zu.OciManifest, bytes, blobs, referrer: true };
    return {
        plan: { ...plan, manifests: [...plan.manifests, manifest], extraTags: [...plan.extraTags.filter((t) => t.tag !== tag), { tag, manifest }] },
        manifest,
        tag,
    };
}
function layerBlobs(m) {
    const layers = JSON.parse(m.bytes.toString('utf8')).layers ?? [];
    // The plan names every blob a copied manifest needs; keep the descriptor as written (its annotations).
    return layers.flatMap((d) => m.blobs
        .filter((b) => b.descriptor.digest === d.digest)
        .slice(0, 1)
        .map((b) => ({ ...b, descriptor: d })));
}
const EMPTY = Buffer.from('{}');
/**
 * Adds an in-toto statement about the root: with a key, as a cosign attestation (a DSSE envelope
 * in the sha256-<hex>.att manifest, which `cosign verify-attestation` reads); without, as an OCI
 * 1.1 referrer of the root (what `oras discover` lists). Either way written before the tags.
 */
function attestPlan(plan, statement, predicateType, key) {
    if (key) {
        const tagged = cosignTagged(plan, '.att', (0,signing_signature/* signatureLayer */.MU)((0,provenance/* dsseEnvelope */.K_)(statement, key.privateKey), '', provenance/* DSSE */.um, { predicateType }));
        return { plan: tagged.plan, signature: tagged.manifest, tag: tagged.tag };
    }
    const config = { mediaType: mediatypes/* MediaType */.zu.OciEmpty, size: EMPTY.length, digest: (0,digest/* digestOf */.ol)(EMPTY).toString() };
    const layer = {
        mediaType: provenance/* IN_TOTO */.B1,
        size: statement.length,
        digest: (0,digest/* digestOf */.ol)(statement).toString(),
        annotations: { 'in-toto.io/predicate-type': predicateType },
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: mediatypes/* MediaType */.zu.OciManifest,
        artifactType: provenance/* IN_TOTO */.B1,
        config,
        layers: [layer],
        subject: { mediaType: plan.root.mediaType, digest: plan.root.digest.toString(), size: plan.root.bytes.length },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const blobs = [
        { descriptor: config, origin: { kind: 'bytes', bytes: EMPTY } },
        { descriptor: layer, origin: { kind: 'bytes', bytes: statement } },
    ];
    const referrer = { digest: (0,digest/* digestOf */.ol)(bytes), mediaType: mediatypes/* MediaType */.zu.OciManifest, bytes, blobs, referrer: true };
    return { plan: { ...plan, manifests: [...plan.manifests, referrer] }, signature: referrer, tag: '' };
}

;// CONCATENATED MODULE: ./lib/publish/index.js






/***/ }),

/***/ 3708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ treePlan),
/* harmony export */   SM: () => (/* binding */ isNonDistributable)
/* harmony export */ });
/* unused harmony export planManifest */
/* harmony import */ var _image_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7632);

// Foreign (Windows base) layers live at their `urls`, not in any registry: there is nothing to copy.
const isNonDistributable = (d) => /foreign|nondistributable/.test(d.mediaType);
function planManifest(n) {
    return { digest: n.digest, mediaType: n.mediaType, bytes: n.bytes, blobs: n.blobs };
}
/** A built or assembled image tree, none of it known to be anywhere yet. */
function treePlan(root) {
    const manifests = (0,_image_model_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestsBottomUp */ .dt)(root).map(planManifest);
    return { root: manifests[manifests.length - 1], manifests, holders: [], extraTags: [] };
}


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ signedPlan)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9794);

/**
 * The plan with a cosign signature of its root when a key was given. The signed payload names the
 * first repository (cosign checks the digest, not the repository, so it verifies at every one).
 */
function signedPlan(plan, key, repos, log) {
    if (!key || !repos.length)
        return { plan, signatures: [] };
    const signed = (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .signPlan */ .t7)(plan, key, repos[0].toString());
    const referrer = signed.referrer ? ` (and ${signed.referrer.digest}, its OCI 1.1 referrer form, where the registry has the referrers API)` : '';
    log(`signing ${plan.root.digest}: signature ${signed.signature.digest} tagged ${signed.tag}${referrer}, written before any tag moves`);
    return {
        plan: signed.plan,
        signatures: [{ kind: 'signature', subject: plan.root.digest.toString(), digest: signed.signature.digest.toString(), tag: signed.tag }],
    };
}


/***/ }),

/***/ 7692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sumStats),
/* harmony export */   b: () => (/* binding */ emptyStats)
/* harmony export */ });
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


/***/ }),

/***/ 8926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Every manifest type pinship reads; order is preference only for servers that ignore q-values. */
const MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.DockerManifestList, MediaType.OciManifest, MediaType.DockerManifest].join(', ');
function isIndexType(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
function platformString(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The platform an image config names, if it names one. */
function configPlatform(config) {
    if (!config.os || !config.architecture)
        return undefined;
    return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}


/***/ }),

/***/ 4893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ readSignatureCheck),
  j: () => (/* binding */ readSigningKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
;// CONCATENATED MODULE: ./lib/signing/keys.js


const ENCRYPTED = /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]*?)-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/;
/**
 * Reads `signing-key`: cosign's encrypted key file (scrypt-derived key, NaCl secretbox around a
 * PKCS#8 DER key, as `cosign generate-key-pair` writes it) or a PKCS#8/SEC1 EC private key PEM.
 * Only ECDSA P-256 is accepted: that is what cosign verifies with SHA-256.
 */
function parseSigningKey(text, password) {
    const encrypted = ENCRYPTED.exec(text);
    const privateKey = encrypted ? decryptCosignKey(encrypted[1], password) : pemKey(text);
    const curve = privateKey.asymmetricKeyDetails?.namedCurve;
    if (privateKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
        throw new Error(`input 'signing-key' must be an ECDSA P-256 key, got ${privateKey.asymmetricKeyType ?? 'an unknown type'}${curve ? ` on ${curve}` : ''}`);
    }
    return { privateKey, publicKey: (0,external_node_crypto_.createPublicKey)(privateKey) };
}
function pemKey(text) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'signing-key' is neither a cosign key file nor a PEM private key`);
    }
}
function decryptCosignKey(body, password) {
    let env;
    try {
        env = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new Error(`input 'signing-key' is a cosign key file whose body is not base64 JSON`);
    }
    if (env.kdf?.name !== 'scrypt' || env.cipher?.name !== 'nacl/secretbox') {
        throw new Error(`input 'signing-key' uses ${env.kdf?.name}/${env.cipher?.name}, expected scrypt/nacl/secretbox`);
    }
    const { N, r, p } = env.kdf.params;
    // scrypt needs 128·N·r bytes: cosign's N=65536, r=8 is 64 MiB, above node's 32 MiB default cap.
    const key = (0,external_node_crypto_.scryptSync)(password, Buffer.from(env.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    const plain = nacl_fast.secretbox.open(Buffer.from(env.ciphertext, 'base64'), Buffer.from(env.cipher.nonce, 'base64'), key);
    key.fill(0);
    if (!plain)
        throw new Error(`input 'signing-key-password' does not decrypt input 'signing-key' (wrong password or damaged key)`);
    const der = Buffer.from(plain);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    finally {
        der.fill(0);
        plain.fill(0);
    }
}
/** Reads `public-key`: a PEM public key (cosign.pub), or a private key whose public half is meant. */
function parsePublicKey(text) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'public-key' is not a PEM public key (expected the contents of cosign.pub)`);
    }
}

// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/settings/signing.js


/** Masks a secret whole and line by line: a multi-line value is logged a line at a time. */
function mask(rt, value) {
    rt.setSecret(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length > 8)
            rt.setSecret(line.trim());
}
/** `signing-key` (+ `signing-key-password`), masked at once; undefined when signing was not asked for. */
function readSigningKey(rt) {
    const text = rt.input('signing-key');
    const password = rt.input('signing-key-password');
    if (password)
        mask(rt, password);
    if (!text) {
        if (password)
            throw new Error(`input 'signing-key-password' is set but input 'signing-key' is empty`);
        return undefined;
    }
    mask(rt, text);
    return parseSigningKey(text, password);
}
/**
 * `public-key` and `require-signature`: requiring a signature without a key to check it is an input error.
 * Only verify checks provenance; promote leaves `require-provenance` unread, so a value given there is warned about.
 */
function readSignatureCheck(rt, command) {
    const text = rt.input('public-key');
    const requireSignature = (0,inputs/* boolInput */.Hm)(rt, 'require-signature', false);
    if (requireSignature && !text)
        throw new Error(`input 'require-signature' is true but input 'public-key' is empty: there is no key to check signatures with`);
    return {
        publicKey: text ? parsePublicKey(text) : undefined,
        requireSignature,
        requireProvenance: command === 'verify' && (0,inputs/* boolInput */.Hm)(rt, 'require-provenance', false),
    };
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ IN_TOTO),
/* harmony export */   K_: () => (/* binding */ dsseEnvelope),
/* harmony export */   P6: () => (/* binding */ slsaStatement),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   ck: () => (/* binding */ SLSA_V1),
/* harmony export */   um: () => (/* binding */ DSSE)
/* harmony export */ });
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2445);

const IN_TOTO = 'application/vnd.in-toto+json';
const DSSE = 'application/vnd.dsse.envelope.v1+json';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/pinship/pinship/build/v1';
/** An in-toto v1 statement with a SLSA v1 provenance predicate for `subject`. */
function slsaStatement(name, subject, f) {
    const run = f.env.GITHUB_RUN_ID
        ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_REPOSITORY}/actions/runs/${f.env.GITHUB_RUN_ID}/attempts/${f.env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : undefined;
    const deps = [
        ...(f.source && f.revision ? [{ uri: `git+${f.source}`, digest: { gitCommit: f.revision } }] : []),
        ...f.baseImages.map((b) => ({ uri: b.uri, digest: { [b.digest.algorithm]: b.digest.hex } })),
    ];
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name, digest: { [subject.algorithm]: subject.hex } }],
        predicateType: SLSA_V1,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: { ...f.parameters, ...(f.env.GITHUB_WORKFLOW_REF ? { workflow: f.env.GITHUB_WORKFLOW_REF } : {}) },
                internalParameters: { builder: f.builder },
                resolvedDependencies: deps,
            },
            runDetails: {
                builder: {
                    id: f.env.GITHUB_WORKFLOW_REF ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_WORKFLOW_REF}` : 'pinship-cli',
                    version: { pinship: f.pinshipVersion },
                },
                metadata: { ...(run ? { invocationId: run } : {}), startedOn: new Date().toISOString() },
            },
        },
    };
    return Buffer.from(JSON.stringify(statement));
}
/** DSSE's pre-authentication encoding: what the envelope's signature covers. */
function pae(type, payload) {
    return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}
/** The statement in a signed DSSE envelope, as `cosign attest` stores it. */
function dsseEnvelope(statement, key) {
    const sig = (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .signBytes */ .b_)(key, pae(IN_TOTO, statement));
    return Buffer.from(JSON.stringify({ payloadType: IN_TOTO, payload: statement.toString('base64'), signatures: [{ keyid: '', sig }] }));
}


/***/ }),

/***/ 2445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Mn: () => (/* binding */ signatureManifest),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   j_: () => (/* binding */ COSIGN_TYPE),
/* harmony export */   kq: () => (/* binding */ signatureReferrer),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   s$: () => (/* binding */ SIGNATURE_ARTIFACT)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8926);




const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const COSIGN_TYPE = 'cosign container image signature';
/** The artifact type of cosign's OCI 1.1 signature referrer (cosign's ArtifactType("sig")). */
const SIGNATURE_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
/** cosign's tag for what it attaches to `digest`: sha256-<hex>.sig, .att, ... */
const cosignTag = (digest, suffix) => `${(0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .fallbackTag */ .fH)(digest)}${suffix}`;
/** The simple-signing payload cosign signs: the repository (no tag) and the manifest digest. */
function simpleSigningPayload(dockerReference, digest) {
    const payload = {
        critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest.toString() }, type: COSIGN_TYPE },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
function signBytes(key, data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(data).sign(key).toString('base64');
}
function verifyBytes(key, data, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256').update(data).verify(key, Buffer.from(signature, 'base64'));
    }
    catch {
        return false;
    }
}
function signatureLayer(payload, signature, mediaType = SIMPLE_SIGNING, annotations = {}) {
    const descriptor = {
        mediaType,
        size: payload.length,
        digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(payload).toString(),
        annotations: { [SIGNATURE_ANNOTATION]: signature, ...annotations },
    };
    return { descriptor, blob: { descriptor, origin: { kind: 'bytes', bytes: payload } } };
}
/**
 * cosign's signature manifest: an OCI manifest whose config lists the layers' digests as diff_ids
 * (what go-containerregistry writes for it) and whose layers each carry one signed payload.
 * `earlier` keeps layers of a signature manifest already there (cosign appends, it never replaces).
 */
function signatureManifest(layers, earlier = []) {
    const all = [...earlier.map((b) => ({ descriptor: b.descriptor, blob: b })), ...layers];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map((l) => l.descriptor.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciConfig, size: config.length, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(config).toString() };
    const manifest = { schemaVersion: 2, mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest, config: configDescriptor, layers: all.map((l) => l.descriptor) };
    return {
        bytes: Buffer.from(JSON.stringify(manifest)),
        blobs: [{ descriptor: configDescriptor, origin: { kind: 'bytes', bytes: config } }, ...all.map((l) => l.blob)],
    };
}
/**
 * A signature manifest in the OCI 1.1 form `cosign sign --registry-referrers-mode=oci-1-1` writes
 * (cosign's WriteSignaturesExperimentalOCI): the same config blob and layers as the .sig tag's
 * manifest, the config's media type replaced by the artifact type, the signed manifest as `subject`,
 * and the artifact type at the top as well (cosign 3.1.2 on; before, readers took it from the config).
 */
function signatureReferrer(signature, subject) {
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
        config: { ...signature.config, mediaType: SIGNATURE_ARTIFACT },
        layers: signature.layers,
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: SIGNATURE_ARTIFACT,
    };
    return Buffer.from(JSON.stringify(manifest));
}


/***/ })

};
;