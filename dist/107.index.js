"use strict";
exports.id = 107;
exports.ids = [107];
exports.modules = {

/***/ 27632:
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

/***/ 33050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ placeBlobs),
  l: () => (/* binding */ placeWork)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
;// CONCATENATED MODULE: ./lib/publish/schedule.js
/**
 * Runs `fn` over `items` with at most `cap` in flight, of which at most `heavyCap` heavy ones; a free
 * slot takes the next heavy item while heavy slots are free, else the next light one, so light
 * items never queue behind heavy ones waiting for a heavy slot. Order within each kind is kept. The
 * first failure stops new starts and rejects once those in flight settle.
 */
function mapWeighted(items, cap, heavyCap, isHeavy, fn) {
    const heavy = items.filter(isHeavy);
    const light = items.filter((i) => !isHeavy(i));
    let active = 0;
    let activeHeavy = 0;
    let failure;
    return new Promise((resolve, reject) => {
        const pump = () => {
            while (!failure && active < cap) {
                const takeHeavy = activeHeavy < heavyCap && heavy.length > 0;
                const item = takeHeavy ? heavy.shift() : light.shift();
                if (item === undefined)
                    break;
                active++;
                if (takeHeavy)
                    activeHeavy++;
                fn(item)
                    .catch((error) => {
                    failure ??= { error };
                })
                    .finally(() => {
                    active--;
                    if (takeHeavy)
                        activeHeavy--;
                    pump();
                });
            }
            if (active > 0)
                return;
            // The item's own rejection, passed on as mapLimit does: not ours to wrap.
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
            if (failure)
                reject(failure.error);
            else if (!heavy.length && !light.length)
                resolve();
        };
        pump();
    });
}
/** What one stream is taken to carry a second; nothing is measured before the first blob moves. */
const STREAM_BYTES_PER_SEC = 100 * 1024 * 1024;
const MiB = 1024 * 1024;
/**
 * Streams for a link of this round trip (the slowest of the registries involved; undefined when
 * none was measured). A blob smaller than what a stream carries in two round trips waits on round
 * trips, so such blobs use the whole cap; larger ones share the bandwidth, which more streams only
 * split while each holds buffers, so they take a quarter of the cap, at least two (one alone leaves
 * the link idle during its requests). On loopback nearly every blob is large; at 50 ms, from 10 MiB.
 */
function streamPlan(cap, rttMs, bytesPerSec = STREAM_BYTES_PER_SEC) {
    const largeBytes = rttMs === undefined ? 8 * MiB : Math.min(64 * MiB, Math.max(1 * MiB, Math.round((2 * rttMs * bytesPerSec) / 1000)));
    return { streams: cap, largeBytes, largeStreams: Math.min(cap, Math.max(2, Math.ceil(cap / 4))) };
}

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
    const plan = streamPlan(opts.concurrency, slowestRoundTrip(client, work));
    const isLarge = (w) => w.blob.descriptor.size >= plan.largeBytes;
    await mapWeighted(sorted, plan.streams, plan.largeStreams, isLarge, (w) => placeWork(client, w, opts));
}
/** One blob into each of its destinations in turn: each one written lends it to the next by a mount. */
async function placeWork(client, { blob, destinations, holders, first }, opts) {
    const known = [...holders];
    for (const [i, dest] of destinations.entries()) {
        if (i > 0 || first !== 'present')
            await placeOne(client, blob, dest, known, i === 0 && first === 'absent', opts);
        known.push(dest);
    }
}
/** The longest round trip measured to a registry the blobs come from or go to; undefined if none was. */
function slowestRoundTrip(client, work) {
    const registries = new Map();
    for (const w of work) {
        for (const d of w.destinations)
            registries.set(d.registry.host, d.registry);
        if (w.blob.origin.kind === 'remote')
            registries.set(w.blob.origin.repository.registry.host, w.blob.origin.repository.registry);
    }
    const measured = [...registries.values()].map((r) => client.roundTripMs(r)).filter((ms) => ms !== undefined);
    return measured.length ? Math.max(...measured) : undefined;
}
async function placeOne(client, blob, dest, holders, absent, opts) {
    const stats = opts.stats(dest);
    const digest = registry_digest/* Digest */.np.parse(blob.descriptor.digest);
    const holder = holders.find((h) => !h.equals(dest));
    // A mount answers for itself (201 whether or not the blob was already there): no HEAD first.
    if (holder && (await client.mountBlob(dest, digest, holder))) {
        stats.blobsMounted++;
        return;
    }
    const size = blob.descriptor.size;
    const origin = blob.origin;
    // Bytes at hand in one request: whether the blob is there is asked beside the upload's opening
    // (putBlob gives the session up if it is). Otherwise, and for a copy, asked first.
    const beside = !absent && origin.kind !== 'remote' && !opts.chunkSize;
    if (!absent && !beside && (await client.statBlob(dest, digest)) !== undefined) {
        stats.blobsSkipped++;
        return;
    }
    if (origin.kind === 'remote') {
        await stream(client, origin.repository, dest, digest, size, opts);
        stats.blobsCopied++;
        stats.bytesCopied += size;
        return;
    }
    const open = origin.kind === 'file' ? () => (0,external_node_fs_.createReadStream)(origin.path) : () => external_node_stream_.Readable.from([origin.bytes]);
    const present = beside ? client.statBlob(dest, digest).then((n) => n !== undefined) : undefined;
    present?.catch(() => undefined);
    const put = await client.putBlob(dest, open, { digest, size, chunkSize: opts.chunkSize, ...(present ? { present } : {}) });
    if (put.present) {
        stats.blobsSkipped++;
        return;
    }
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


/***/ }),

/***/ 55200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ needOf),
/* harmony export */   IO: () => (/* binding */ askDestination),
/* harmony export */   Xr: () => (/* binding */ pushManifests),
/* harmony export */   e7: () => (/* binding */ readBack),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   pW: () => (/* binding */ holdersOf)
/* harmony export */ });
/* unused harmony export readBackRefs */
/* harmony import */ var _util_error_message_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36228);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58926);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79860);
/* harmony import */ var _blobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33050);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43708);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67692);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61334);








const distributableBlobs = (ms) => {
    const out = new Map();
    for (const m of ms)
        for (const b of m.blobs)
            if (!(0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonDistributable */ .SM)(b.descriptor))
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
    const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
    if (!opts.accessChecked)
        await Promise.all(destinations.map((d) => client.checkPushAccess(d)));
    const stats = destinations.map(() => (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyStats */ .bD)());
    const statsOf = (dest) => stats[destinations.indexOf(dest)];
    const all = distributableBlobs(plan.manifests);
    try {
        const needs = await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(destinations, concurrency, (dest) => needOf(client, plan, dest, opts));
        for (const n of needs)
            statsOf(n.dest).blobsSkipped += all.size - n.blobs.size;
        for (const n of needs)
            for (const digest of n.blobs.keys())
                if (opts.placed?.(n.dest, digest))
                    n.blobs.delete(digest);
        const work = blobWork(plan, needs);
        await askPresence(client, work, needs, concurrency, statsOf);
        await (0,_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .placeBlobs */ .m)(client, work, { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
        opts.lap?.('blobsMs');
        await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
        opts.lap?.('manifestsMs');
        const late = (await opts.beforeTags?.()) ?? [];
        if (late.length)
            await pushLate(client, late, destinations, opts, statsOf);
    }
    catch (e) {
        throw new Error(`${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(e)}; no destination tag was written`, { cause: e });
    }
    const tagsFor = (dest) => [
        // A holder has the tags of what it holds; a manifest made for this publication (a new signature) it has not.
        ...plan.extraTags.filter((t) => !plan.holders.some((h) => h.repository.equals(dest) && h.manifests.has(t.manifest.digest.toString()))),
        ...opts.tags.map((tag) => ({ tag, manifest: plan.root })),
    ];
    (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .countImagePushes */ .Xz)(stats);
    const writes = destinations.flatMap((dest) => tagsFor(dest).map(({ tag, manifest }) => ({ dest, tag, manifest, image: manifest === plan.root, stats: statsOf(dest) })));
    await (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTags */ .p)(client, writes, concurrency, opts.log, opts.tagsRead);
    opts.lap?.('tagsMs');
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(destinations, concurrency, (dest) => readBack(client, dest, plan.root, tagsFor(dest)));
    opts.lap?.('readBackMs');
    return stats;
}
/** Referrers made once the image was in place (an attestation's bundle): their blobs, then them, at every destination. */
async function pushLate(client, late, destinations, opts, statsOf) {
    const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
    const needs = destinations.map((dest) => ({ dest, manifests: late, blobs: distributableBlobs(late), rootThere: true, fresh: false }));
    const work = blobWork({ root: late[0], manifests: late, holders: [], extraTags: [] }, needs);
    await askPresence(client, work, needs, concurrency, statsOf);
    await (0,_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .placeBlobs */ .m)(client, work, { concurrency, chunkSize: opts.chunkSize, log: opts.log, stats: statsOf });
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(needs, concurrency, (n) => pushManifests(client, n, statsOf(n.dest), opts.log));
}
/** Where nothing says otherwise: the link's round trip shared by many small blobs; see placeBlobs for large ones. */
const DEFAULT_CONCURRENCY = 16;
/** Whether `dest` has the image and whether its registry knows the repository: both in one round trip, startable before the plan is complete. */
async function askDestination(client, dest, root) {
    const [rootThere, known] = await Promise.all([client.manifestExists(dest, root), client.repositoryKnown(dest)]);
    return { rootThere, known };
}
async function needOf(client, plan, dest, opts) {
    const held = new Set(plan.holders.filter((h) => h.repository.equals(dest)).flatMap((h) => [...h.manifests]));
    const heldRoot = held.has(plan.root.digest.toString());
    const { rootThere, known } = heldRoot
        ? { rootThere: true, known: true }
        : await (opts.asked?.(dest, plan.root.digest) ?? askDestination(client, dest, plan.root.digest));
    if (rootThere && !heldRoot)
        opts.log(`${dest}@${plan.root.digest} is already there: only tags are written`);
    const manifests = plan.manifests.filter((m) => !held.has(m.digest.toString()) && !(rootThere && !m.referrer));
    return { dest, manifests, blobs: distributableBlobs(manifests), rootThere, fresh: !known };
}
/**
 * Asks, all at once before any is placed, whether each blob that no repository on its registry can
 * lend is at the first destination that needs it, rather than one HEAD in front of each upload. A
 * repository the registry does not know is not asked; a blob with a holder is asked by its mount.
 */
async function askPresence(client, work, needs, concurrency, stats) {
    const fresh = needs.filter((n) => n.fresh).map((n) => n.dest);
    const ask = work.filter((w) => !w.holders.length);
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(ask, concurrency, async (w) => {
        const dest = w.destinations[0];
        if (fresh.some((f) => f.equals(dest))) {
            w.first = 'absent';
            return;
        }
        w.first = (await client.statBlob(dest, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(w.blob.descriptor.digest))) === undefined ? 'absent' : 'present';
        if (w.first === 'present')
            stats(dest).blobsSkipped++;
    });
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
const MANIFEST_WRITES = 8;
/** A manifest that names no other manifest and is attached to nothing: only its blobs need be there first. */
function isLeaf(m) {
    if (m.referrer || m.onlyWithReferrersApi || (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexType */ .$U)(m.mediaType))
        return false;
    const json = JSON.parse(m.bytes.toString('utf8'));
    return json.subject === undefined && json.manifests === undefined;
}
async function pushManifests(client, need, stats, log) {
    const probes = new Map();
    const probe = (subject) => {
        const key = subject.toString();
        if (!probes.has(key))
            probes.set(key, client.probeReferrersApi(need.dest, subject));
        return probes.get(key);
    };
    // Image manifests name only blobs, all placed by now: written together, one round trip for all.
    const leaves = need.manifests.filter(isLeaf);
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(leaves, MANIFEST_WRITES, async (m) => {
        await client.putManifest(need.dest, m.digest, m.bytes, m.mediaType);
        stats.manifestsPushed++;
    });
    // The rest in order, on purpose: referrers of one subject each rewrite its fallback index, read-modify-write.
    // So a manifest written only with the referrers API is asked about after its subject is there: before,
    // a registry with the API may answer 404 for a repository it does not know yet.
    for (const m of need.manifests.filter((n) => !leaves.includes(n))) {
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
    await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(refs, 4, async ({ ref, digest: want }) => {
        const { digest } = await client.resolve(ref);
        if (digest.toString() !== want)
            throw new Error(`after the push ${ref} resolves to ${digest}, expected ${want}; another writer may have moved the tag`);
    });
}
// Exported for publish/many.ts, which runs these steps over many images at once.



/***/ }),

/***/ 19794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IO: () => (/* reexport */ execute/* askDestination */.IO),
  lR: () => (/* reexport */ attestPlan),
  uf: () => (/* reexport */ stats/* changedOutput */.uf),
  SM: () => (/* reexport */ plan/* isNonDistributable */.SM),
  jO: () => (/* reexport */ plan/* planManifest */.jO),
  mk: () => (/* reexport */ execute/* publish */.mk),
  t7: () => (/* reexport */ signPlan),
  ZV: () => (/* reexport */ signPlanWith),
  HW: () => (/* reexport */ stats/* sumStats */.HW),
  Eu: () => (/* reexport */ plan/* treePlan */.Eu)
});

// UNUSED EXPORTS: emptyStats

// EXTERNAL MODULE: ./lib/publish/execute.js
var execute = __webpack_require__(55200);
// EXTERNAL MODULE: ./lib/publish/plan.js
var plan = __webpack_require__(43708);
// EXTERNAL MODULE: ./lib/publish/stats.js
var stats = __webpack_require__(67692);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/signing/provenance.js
var provenance = __webpack_require__(9656);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(62445);
// EXTERNAL MODULE: ./lib/registry/digest.js
var digest = __webpack_require__(82895);
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
    return signPlanWith(plan, (0,signing_signature/* signatureLayer */.MU)(payload, (0,signing_signature/* signBytes */.b_)(key.privateKey, payload)));
}
/**
 * signPlan with a signature layer made elsewhere (a keyless one, its certificate in the annotations),
 * and with `bundle`, a Sigstore bundle of the same signer, as one more referrer where the registry has
 * the referrers API.
 */
function signPlanWith(plan, layer, bundle) {
    const tagged = cosignTagged(plan, '.sig', layer);
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
    const extra = [];
    if (bundle) {
        const made = (0,signing_signature/* bundleReferrer */.GR)(bundle.bytes, subject, bundle.predicateType);
        extra.push({
            digest: (0,digest/* digestOf */.ol)(made.bytes),
            mediaType: mediatypes/* MediaType */.zu.OciManifest,
            bytes: made.bytes,
            blobs: made.blobs,
            referrer: true,
            onlyWithReferrersApi: plan.root.digest,
        });
    }
    return { plan: { ...tagged.plan, manifests: [...tagged.plan.manifests, referrer, ...extra] }, signature, tag: tagged.tag, referrer };
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

/***/ 43708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ treePlan),
/* harmony export */   SM: () => (/* binding */ isNonDistributable),
/* harmony export */   jO: () => (/* binding */ planManifest)
/* harmony export */ });
/* harmony import */ var _image_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27632);

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

/***/ 54107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ isKeySigner),
/* harmony export */   s: () => (/* binding */ signedPlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19794);
/* harmony import */ var _signing_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62445);
/* harmony import */ var _signing_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57010);




const isKeySigner = (s) => !!s && 'privateKey' in s;
/**
 * The plan with a cosign signature of its root when a signer was given. The signed payload names the
 * first repository (cosign checks the digest, not the repository, so it verifies at every one). A keyless
 * signature is made here, before anything is pushed: a refused certificate or log entry leaves every
 * registry as it was.
 */
async function signedPlan(plan, signer, repos, log) {
    if (!signer || !repos.length)
        return { plan, signatures: [] };
    const signed = isKeySigner(signer) ? (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signPlan */ .t7)(plan, signer, repos[0].toString()) : await keylessPlan(plan, signer, repos[0].toString(), log);
    const referrer = signed.referrer ? ` (and ${signed.referrer.digest}, its OCI 1.1 referrer form, where the registry has the referrers API)` : '';
    log(`signing ${plan.root.digest}: signature ${signed.signature.digest} tagged ${signed.tag}${referrer}, written before any tag moves`);
    return {
        plan: signed.plan,
        signatures: [{ kind: 'signature', subject: plan.root.digest.toString(), digest: signed.signature.digest.toString(), tag: signed.tag }],
    };
}
async function keylessPlan(plan, o, dockerReference, log) {
    const { signKeyless } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(925), __webpack_require__.e(128), __webpack_require__.e(179), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 35603));
    const payload = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .simpleSigningPayload */ .Kq)(dockerReference, plan.root.digest);
    const statement = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .imageSignatureStatement */ .l6)(dockerReference, plan.root.digest, _signing_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_SIGN_PREDICATE */ .u);
    const sig = await signKeyless(o, payload, statement);
    const identity = (new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(sig.certificate).subjectAltName ?? 'no subject alternative name').replace(/^(?:URI|email):/, '');
    log(`keyless: certificate for ${identity} from ${o.fulcioUrl}${sig.rekorBundle ? `, logged in ${o.rekorUrl}` : ', not logged (tlog-upload: false)'}`);
    const layer = (0,_signing_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .signatureLayer */ .MU)(payload, sig.signature, _signing_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING */ .Nj, {
        [_signing_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .CERTIFICATE_ANNOTATION */ .oZ]: sig.certificate,
        [_signing_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .CHAIN_ANNOTATION */ .CB]: sig.chain,
        ...(sig.rekorBundle ? { [_signing_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .REKOR_BUNDLE_ANNOTATION */ .BJ]: sig.rekorBundle } : {}),
    });
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signPlanWith */ .ZV)(plan, layer, { bytes: sig.bundle, predicateType: _signing_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_SIGN_PREDICATE */ .u });
}


/***/ }),

/***/ 67692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ sumStats),
/* harmony export */   Xz: () => (/* binding */ countImagePushes),
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   uf: () => (/* binding */ changedOutput)
/* harmony export */ });
function emptyStats() {
    return {
        blobsUploaded: 0,
        bytesUploaded: 0,
        blobsCopied: 0,
        bytesCopied: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        manifestsPushed: 0,
        referrersCopied: 0,
        tagsWritten: 0,
        tagsUnchanged: 0,
        imageChanges: 0,
    };
}
function sumStats(all) {
    const total = emptyStats();
    for (const s of all)
        for (const k of Object.keys(total))
            total[k] += s[k];
    return total;
}
/** The `changed` output: whether the step made any tag of the image name it anew, or put the image where it was not. */
function changedOutput(all) {
    return String(all.some((s) => s.imageChanges > 0));
}
/**
 * Where the image itself was written by digest (more manifests pushed than referrers: a destination
 * that had the root gets only its referrers), that is a change even with no tag to move.
 */
function countImagePushes(all) {
    for (const s of all)
        if (s.manifestsPushed > s.referrersCopied)
            s.imageChanges++;
}


/***/ }),

/***/ 61334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nP: () => (/* binding */ tagNames),
/* harmony export */   p: () => (/* binding */ writeTags)
/* harmony export */ });
/* unused harmony export refusesOverwrite */
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50228);
/* harmony import */ var _util_error_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36228);
/* harmony import */ var _util_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79860);



/** What a tag names now: a HEAD (cheap, and not counted by Docker Hub's pull limit); a 404 is nothing. */
async function tagNames(client, dest, tag) {
    try {
        return (await client.resolve(dest.tag(tag))).digest;
    }
    catch (e) {
        if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            return undefined;
        throw e;
    }
}
async function current(client, w, read) {
    return { ...w, before: await (read?.(w.dest, w.tag) ?? tagNames(client, w.dest, w.tag)) };
}
/** ECR answers an overwrite in an IMMUTABLE repository with 400 TAG_INVALID "... cannot be overwritten because the repository is immutable". */
function refusesOverwrite(e) {
    if (!(e instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl))
        return false;
    return e.hasCode('TAG_INVALID') || /immutab|cannot be overwritten/i.test(e.details.map((d) => d.message).join(' '));
}
/** The registry's own words, as its error body gives them. */
function registryWords(e) {
    if (e instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && e.details.length)
        return `HTTP ${e.status} ${e.details.map((d) => (d.message ? `${d.code}: ${d.message}` : d.code)).join('; ')}`;
    return (0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e);
}
async function put(client, w, written) {
    await client.putManifest(w.dest, w.tag, w.manifest.bytes, w.manifest.mediaType);
    w.stats.manifestsPushed++;
    w.stats.tagsWritten++;
    if (w.image)
        w.stats.imageChanges++;
    written.push(`${w.dest}:${w.tag}`);
}
const movedSoFar = (written) => `tags already written: ${written.join(', ') || 'none'}`;
/**
 * Puts tags this step moved back on what they named, so that a refusal in one repository leaves
 * every tag as it was; says what was put back, and what could not be.
 */
async function putBack(client, moved) {
    const failed = [];
    for (const w of moved) {
        try {
            const was = await client.getManifest(w.dest, w.before);
            await client.putManifest(w.dest, w.tag, was.bytes, was.mediaType);
        }
        catch (e) {
            failed.push(`${w.dest}:${w.tag} (${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e)})`);
        }
    }
    const back = moved.filter((w) => !failed.some((f) => f.startsWith(`${w.dest}:${w.tag} `)));
    const put = back.length ? `tags moved and put back: ${back.map((w) => `${w.dest}:${w.tag}`).join(', ')}` : 'no tag was left moved';
    return failed.length ? `${put}; could not be put back, still moved: ${failed.join(', ')}` : put;
}
/**
 * Every tag read first, then only those that change written: a tag already naming its manifest is
 * left alone (a rerun into a repository that refuses overwrites succeeds). Tags that would move go
 * first, one at a time, before any new tag: a repository that refuses overwrites says so on the
 * first of them there, and the tags this step moved elsewhere before it are put back. New tags
 * last, where only a registry failing mid-way can leave some written. Returns the tags it wrote.
 * `read` gives what a tag named when the caller asked ahead (a build, while its last blobs go out): a
 * writer that moves the tag after that is caught by the read-back, as one moving it between this read
 * and the write always was.
 */
async function writeTags(client, writes, concurrency, log, read) {
    const checked = await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(writes, concurrency, (w) => current(client, w, read));
    const same = checked.filter((w) => w.before?.equals(w.manifest.digest));
    for (const w of same) {
        w.stats.tagsUnchanged++;
        log(`${w.dest}:${w.tag} already names ${w.manifest.digest}: unchanged, not written again`);
    }
    const moves = checked.filter((w) => w.before && !w.before.equals(w.manifest.digest));
    const fresh = checked.filter((w) => !w.before);
    const written = [];
    for (const [i, w] of moves.entries()) {
        try {
            await put(client, w, written);
        }
        catch (e) {
            const why = refusesOverwrite(e) ? ': the repository does not allow a tag to be overwritten (as ECR does with IMMUTABLE tags)' : '';
            const left = i ? await putBack(client, moves.slice(0, i)) : movedSoFar(written);
            throw new Error(`tag ${w.dest}:${w.tag} names ${w.before}; moving it to ${w.manifest.digest} failed${why} (${w.dest.registry.host} answered ${registryWords(e)}); ${left}`, { cause: e });
        }
    }
    try {
        // In parallel across repositories, in order within one: a failure leaves the fewest written.
        const byRepo = new Map();
        for (const w of fresh)
            byRepo.set(w.dest.toString(), [...(byRepo.get(w.dest.toString()) ?? []), w]);
        await (0,_util_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)([...byRepo.values()], concurrency, async (ws) => {
            for (const w of ws)
                await put(client, w, written);
        });
    }
    catch (e) {
        // Every tag names complete content by now; say which ones moved so a rerun or rollback is informed.
        throw new Error(`${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e)}; ${movedSoFar(written)}`, { cause: e });
    }
    return [...moves, ...fresh];
}


/***/ })

};
;