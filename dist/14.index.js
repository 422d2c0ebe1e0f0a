"use strict";
exports.id = 14;
exports.ids = [14];
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

/***/ 58014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeEnvironmentPromote: () => (/* binding */ executeEnvironmentPromote)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(59930);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
// EXTERNAL MODULE: ./lib/report/failure.js
var failure = __webpack_require__(57340);
// EXTERNAL MODULE: ./lib/publish/stats.js
var publish_stats = __webpack_require__(67692);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
// EXTERNAL MODULE: ./lib/util/error-message.js
var error_message = __webpack_require__(36228);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(79860);
// EXTERNAL MODULE: ./lib/publish/blobs.js + 1 modules
var blobs = __webpack_require__(33050);
// EXTERNAL MODULE: ./lib/publish/execute.js
var execute = __webpack_require__(55200);
// EXTERNAL MODULE: ./lib/publish/plan.js
var plan = __webpack_require__(43708);
// EXTERNAL MODULE: ./lib/publish/tags.js
var tags = __webpack_require__(61334);
;// CONCATENATED MODULE: ./lib/publish/many.js







const tagsFor = (item) => [
    ...item.plan.extraTags.filter((t) => !item.plan.holders.some((h) => h.repository.equals(item.destination) && h.manifests.has(t.manifest.digest.toString()))),
    ...item.tags.map((tag) => ({ tag, manifest: item.plan.root })),
];
/**
 * One blob work list for every image: a blob shared by several images is placed once per
 * destination registry and mounted into the other repositories there.
 */
function sharedBlobWork(items, needs) {
    const work = new Map();
    items.forEach((item, i) => {
        const n = needs[i];
        for (const [digest, blob] of n.blobs) {
            const key = `${digest} ${n.dest.registry.host.toLowerCase()}`;
            const entry = work.get(key) ?? { blob, destinations: [], holders: [] };
            if (!entry.destinations.some((d) => d.equals(n.dest)))
                entry.destinations.push(n.dest);
            for (const h of (0,execute/* holdersOf */.pW)(item.plan, blob, n.dest, [n]))
                if (!entry.holders.some((o) => o.equals(h)))
                    entry.holders.push(h);
            work.set(key, entry);
        }
    });
    return [...work.values()];
}
/** Needs grouped by destination repository: referrers of one repository rewrite its fallback index, so they are written one at a time. */
function byDestination(needs) {
    const groups = new Map();
    for (const n of needs)
        groups.set(n.dest.toString(), [...(groups.get(n.dest.toString()) ?? []), n]);
    return [...groups.values()];
}
/**
 * publish() for many images at once, all or nothing: push access at every destination, then the
 * blobs of every image in one pool, then every manifest, and only then the tags of all images, so
 * that a failure before the tags leaves no tag anywhere naming anything of this release. Every tag
 * is read back. Stats are per item; a blob or destination two items share counts for the first.
 */
async function publishAll(client, items, opts) {
    const { concurrency, log } = opts;
    const stats = items.map(() => (0,publish_stats/* emptyStats */.bD)());
    const statsOf = (dest) => stats[Math.max(0, items.findIndex((it) => it.destination.equals(dest)))];
    let needs;
    try {
        const repos = [...new Map(items.map((it) => [it.destination.toString(), it.destination])).values()];
        await (0,pool/* mapLimit */.s)(repos, concurrency, (d) => client.checkPushAccess(d));
        needs = await (0,pool/* mapLimit */.s)(items, concurrency, (it) => (0,execute/* needOf */.ER)(client, it.plan, it.destination, { tags: [], concurrency, log }));
        needs.forEach((n, i) => {
            const all = new Set(items[i].plan.manifests.flatMap((m) => m.blobs.filter((b) => !(0,plan/* isNonDistributable */.SM)(b.descriptor)).map((b) => b.descriptor.digest)));
            stats[i].blobsSkipped += all.size - n.blobs.size;
        });
        await (0,blobs/* placeBlobs */.m)(client, sharedBlobWork(items, needs), { concurrency, chunkSize: opts.chunkSize, log, stats: statsOf });
        await (0,pool/* mapLimit */.s)(byDestination(needs), concurrency, async (group) => {
            for (const n of group)
                await (0,execute/* pushManifests */.Xr)(client, n, stats[needs.indexOf(n)], log);
        });
    }
    catch (e) {
        throw new Error(`${(0,error_message/* errorMessage */.g)(e)}; no tag was written anywhere`, { cause: e });
    }
    (0,publish_stats/* countImagePushes */.Xz)(stats);
    const writes = items.flatMap((item, i) => tagsFor(item).map(({ tag, manifest }) => ({ dest: item.destination, tag, manifest, image: manifest === item.plan.root, stats: stats[i] })));
    const written = await (0,tags/* writeTags */.p)(client, writes, concurrency, log);
    await (0,pool/* mapLimit */.s)(items, concurrency, (item) => (0,execute/* readBack */.e7)(client, item.destination, item.plan.root, tagsFor(item)));
    // Two items in one repository never share a tag (the release plan refuses that), so repository and tag name the item.
    return items.map((item, i) => ({
        stats: stats[i],
        tagsMoved: item.tags.filter((t) => written.some((w) => w.image && w.tag === t && w.dest.equals(item.destination))),
    }));
}

// EXTERNAL MODULE: ./lib/publish/index.js + 1 modules
var publish = __webpack_require__(19794);
// EXTERNAL MODULE: ./lib/signing/verify.js + 1 modules
var verify = __webpack_require__(57010);
// EXTERNAL MODULE: ./lib/publish/signed-plan.js
var signed_plan = __webpack_require__(54107);
// EXTERNAL MODULE: ./lib/commands/promote/copy.js
var copy = __webpack_require__(38588);
// EXTERNAL MODULE: ./lib/commands/promote/plan.js
var promote_plan = __webpack_require__(3482);
// EXTERNAL MODULE: ./lib/commands/promote/referrers.js
var referrers = __webpack_require__(95385);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/copy.js










const placeOf = (img) => `${img.sites[0].file}:${img.sites[0].line}`;
/** Reads one image and what is attached to it, checks its signature: everything before a write. */
async function planImage(client, img, req) {
    const { source, digest, destination } = img;
    const root = await client.getManifest(source, digest).catch((e) => {
        throw new Error((0,errors/* isNotFound */.c4)(e) ? `${source}@${digest} (${placeOf(img)}) is not in the source registry` : `${source}@${digest} (${placeOf(img)}): ${(0,error_message/* errorMessage */.g)(e)}`, { cause: e });
    });
    let signature;
    if (req.requireSignedBy) {
        const verdict = await (0,verify/* checkSignature */.jC)(client, source, root.digest, req.requireSignedBy);
        if (!verdict.ok)
            throw new Error(`${source}@${digest} (${placeOf(img)}) is not signed by ${(0,copy/* requiredSigner */.sA)(req.requireSignedBy)} (input 'require-signature'): ${verdict.reason}`);
        signature = verdict.signature.toString();
    }
    const plan = await (0,promote_plan/* buildPlan */.G)(client, source, root, undefined, req.log);
    if (req.referrers && !destination.equals(source))
        await (0,referrers/* addReferrers */.I)(client, source, [...plan.manifests.map((n) => n.digest)], plan, req.log);
    const signed = await (0,signed_plan/* signedPlan */.s)((0,copy/* publishPlan */.JL)(source, plan), req.signer, [destination], req.log);
    return { item: { plan: signed.plan, destination, tags: img.tags }, signature, attached: signed.signatures };
}
/**
 * Promotes every image of the release or none: each is read (and its signature checked) first, and
 * a failure of any one stops all of them before a byte is written; then publishAll writes the
 * content of all, and the tags of all last.
 */
async function promoteRelease(client, images, req) {
    const failures = [];
    const planned = await (0,pool/* mapLimit */.s)(images, req.concurrency, (img) => planImage(client, img, req).catch((e) => {
        failures.push((0,error_message/* errorMessage */.g)(e));
        return undefined;
    }));
    if (failures.length) {
        throw new Error(`${failures.length} of ${images.length} images cannot be promoted, so none is: ${failures.join('; ')}; no tag was written anywhere`);
    }
    const ready = planned;
    req.log(`all ${images.length} images read; copying their content to ${new Set(images.map((i) => i.destination.toString())).size} repositories, then every tag`);
    const published = await publishAll(client, ready.map((p) => p.item), { concurrency: req.concurrency, log: req.log });
    req.log(`promoted ${images.length} images (${statsTotal(published.map((p) => p.stats))})`);
    return ready.map((p, i) => ({ image: images[i], ...(p.signature ? { signature: p.signature } : {}), attached: p.attached, ...published[i] }));
}
const statsTotal = (all) => {
    const s = (0,publish/* sumStats */.HW)(all);
    return `${s.blobsCopied} blobs copied, ${s.blobsMounted} mounted, ${s.blobsSkipped} already there`;
};

// EXTERNAL MODULE: ./lib/pullrequest/changes-table.js
var changes_table = __webpack_require__(25420);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/outputs.js


/** `repository:tag@digest` (the first tag), or `repository@digest` for an image the files name by digest only. */
const imageLine = (p) => `${p.image.destination}${p.image.tags.length ? `:${p.image.tags[0]}` : ''}@${p.image.digest}`;
function imageRecord(p) {
    return {
        source: `${p.image.source}@${p.image.digest}`,
        destination: p.image.destination.toString(),
        digest: p.image.digest.toString(),
        tags: p.image.tags,
        files: p.image.sites.map((s) => `${s.file}:${s.line}`),
        bytesCopied: p.stats.bytesCopied,
        blobsCopied: p.stats.blobsCopied,
        blobsMounted: p.stats.blobsMounted,
        blobsSkipped: p.stats.blobsSkipped,
        signatureChecked: p.signature ?? null,
        signed: p.attached.map((a) => a.digest),
        tagsMoved: p.tagsMoved,
    };
}
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const code = (s) => `\`${(0,report/* cell */.Hn)(s)}\``;
/** The job summary: a row per image, then the destination files' changes. */
function releaseSummary(s) {
    const rows = s.records.map((r) => `| ${code(r.source)} | ${code(r.destination)} | ${r.tags.map(code).join(' ') || '(by digest)'} | ${r.blobsCopied} copied (${mib(r.bytesCopied)}), ${r.blobsMounted} mounted, ${r.blobsSkipped} there | ${r.signatureChecked ? 'checked' : '–'} |`);
    return [
        '### pinship promote (environment)',
        '',
        `${(0,changes_table/* plural */.L)(s.records.length, 'image')} promoted; ${(0,changes_table/* plural */.L)(s.changes.length, 'reference')} rewritten in ${(0,changes_table/* plural */.L)(s.changedFiles.length, 'file')}`,
        '',
        '| Source | Destination | Tags | Blobs | Signature |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(s.pullRequest ? [`Pull request: ${s.pullRequest.url} (${s.pullRequest.created ? 'opened' : 'updated'})`, ''] : []),
        ...(s.changes.length ? [(0,changes_table/* changesTable */.E)(s.changes)] : []),
        ...(s.untouched.length ? [`Left as written (not promoted here): ${s.untouched.map((u) => code(`${u.file}:${u.line} ${u.written}`)).join(', ')}`, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 22 modules
var scan = __webpack_require__(87190);
// EXTERNAL MODULE: ./lib/deployfiles/rewrite.js
var rewrite = __webpack_require__(72250);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/pin-files.js


const where = (s) => ({ file: s.file, line: s.line, column: s.column });
/** The promoted image a destination reference means: the one for its repository, or among several, the one with its tag. */
function imageFor(site, images) {
    const candidates = images.filter((i) => i.destination.equals(site.ref.repository));
    if (candidates.length <= 1)
        return candidates[0];
    const tagged = candidates.filter((i) => site.ref.tag !== undefined && i.tags.includes(site.ref.tag));
    if (tagged.length === 1)
        return tagged[0];
    return {
        error: `'${site.written}' could be any of ${candidates.length} promoted images of ${site.ref.repository} (${candidates.map((c) => c.digest.toString()).join(', ')}); give it the tag of one of them`,
    };
}
/** As pin does with `set`: a reference with a tag takes the promoted image's tag, one without stays without. */
function targetOf(site, img) {
    return { digest: img.digest, tag: site.ref.tag !== undefined ? img.tags[0] : undefined };
}
function planPinFiles(scans, images) {
    const out = { files: [], changed: [], untouched: [], problems: scans.flatMap((s) => s.problems) };
    for (const scan of scans) {
        const edits = [];
        for (const site of scan.sites) {
            const img = imageFor(site, images);
            if (!img) {
                out.untouched.push(site);
                continue;
            }
            if ('error' in img) {
                out.problems.push({ ...where(site), message: img.error });
                continue;
            }
            const target = targetOf(site, img);
            try {
                const e = (0,rewrite/* editsFor */.L7)(site, scan.text, target);
                if (!e.length)
                    continue;
                edits.push(...e);
                out.changed.push({ ...where(site), old: site.written, new: (0,rewrite/* describeEdit */.OA)(site, target) });
            }
            catch (err) {
                out.problems.push({ ...where(site), message: err.message });
            }
        }
        // Identical edits at one place (an ARG default shared by two stages) are one edit.
        const unique = [...new Map(edits.map((x) => [`${x.start}:${x.end}:${x.text}`, x])).values()];
        if (unique.length)
            out.files.push({ file: scan.file, path: scan.path, text: (0,rewrite/* applyEdits */.ct)(scan.text, unique) });
    }
    return out;
}
async function scanPinFiles(workspace, patterns, images) {
    return planPinFiles(await (0,scan/* scanWorkspace */.H)(workspace, patterns), images);
}

// EXTERNAL MODULE: ./lib/commands/promote/environment/map.js
var environment_map = __webpack_require__(16601);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/plan.js


const at = (s, message) => ({ file: s.file, line: s.line, column: s.column, message });
/** One tag names one digest per destination repository: two images claiming it would race for it. */
function tagClashes(images) {
    const owner = new Map();
    const problems = [];
    for (const img of images) {
        for (const tag of img.tags) {
            const key = `${img.destination}:${tag}`;
            const other = owner.get(key);
            if (other && !other.digest.equals(img.digest)) {
                problems.push(at(img.sites[0], `${key} would name both ${other.digest} (${other.sites[0].file}:${other.sites[0].line}) and ${img.digest}; promote one of them`));
            }
            owner.set(key, other ?? img);
        }
    }
    return problems;
}
/** What the source files pin, deduplicated by repository@digest, each mapped to its destination; reads no registry. */
function planRelease(scans, map, extraTags) {
    const problems = scans.flatMap((s) => s.problems);
    const byKey = new Map();
    for (const site of scans.flatMap((s) => s.sites)) {
        const { repository, digest, tag } = site.ref;
        if (!digest) {
            problems.push(at(site, `'${site.written}' is not pinned by digest: promote copies what this environment runs, so every reference needs @sha256:… (run command: pin first)`));
            continue;
        }
        let destination;
        try {
            destination = (0,environment_map/* mapRepository */.T)(map, repository);
        }
        catch (e) {
            problems.push(at(site, e.message));
            continue;
        }
        if (!destination) {
            problems.push(at(site, `no line of input 'map' matches ${repository}; add one (SOURCE_PREFIX => DESTINATION_PREFIX)`));
            continue;
        }
        const key = `${repository}@${digest}`;
        const img = byKey.get(key) ?? { source: repository, digest, destination, tags: [], sites: [] };
        img.sites.push(site);
        if (tag !== undefined && !img.tags.includes(tag))
            img.tags.push(tag);
        byKey.set(key, img);
    }
    const images = [...byKey.values()];
    for (const img of images)
        for (const t of extraTags)
            if (!img.tags.includes(t))
                img.tags.push(t);
    problems.push(...tagClashes(images));
    return { scans, images, problems };
}
async function scanRelease(workspace, files, map, extraTags) {
    return planRelease(await (0,scan/* scanWorkspace */.H)(workspace, files), map, extraTags);
}

// EXTERNAL MODULE: ./lib/pullrequest/for-run.js
var for_run = __webpack_require__(1519);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/pull-request.js


/** Every refusal of the pull request's target comes before any registry is read or file written, as with pin. */
async function preparePromotePullRequest(s, rt, images) {
    return (0,for_run/* prepareRunPullRequest */.T)(rt, {
        workspace: s.workspace,
        branch: s.pullRequestBranch,
        token: s.registry.githubToken,
        title: 'Promote container images',
        summary: (changes, files) => `pinship promoted ${(0,changes_table/* plural */.L)(images(), 'image')} by digest and pinned ${(0,changes_table/* plural */.L)(changes, 'image reference')} in ${(0,changes_table/* plural */.L)(files, 'file')} to the copies.`,
    });
}
/**
 * A pull request carries only files HEAD tracks: a matching file that is new or git-ignored is
 * named and left as it is, so the workspace and the pull request say the same.
 */
async function onlyTracked(pr, o, rt) {
    const { untracked } = await pr.tracked(o.files.map((f) => f.file));
    if (!untracked.length)
        return o;
    for (const f of untracked)
        rt.warning(`pull-request: ${JSON.stringify(f)} is not tracked at HEAD (new or git-ignored): promote leaves it as it is and does not commit it`);
    const skip = new Set(untracked);
    return { ...o, files: o.files.filter((f) => !skip.has(f.file)), changed: o.changed.filter((c) => !skip.has(c.file)) };
}

;// CONCATENATED MODULE: ./lib/commands/promote/environment/execute.js











function stop(rt, problems, input) {
    if (!problems.length)
        return;
    (0,report/* annotateProblems */.$9)(rt, problems);
    throw new Error(`${problems.length} problem(s) in the files of input '${input}'; nothing was promoted and no file was changed:\n${(0,report/* problemLines */.pb)(problems)}`);
}
const noFiles = () => ({ files: [], changed: [], untouched: [], problems: [] });
/** Promote with `files` once its inputs have been read (../command.ts). */
async function executeEnvironmentPromote(s, rt) {
    const signer = (0,signing/* readSigner */.$2)(rt);
    const check = (0,signing/* readSignatureCheck */.HA)(rt, 'promote');
    let count = 0;
    const pullRequest = s.pullRequest ? await preparePromotePullRequest(s, rt, () => count) : undefined;
    const release = await scanRelease(s.workspace, s.files, s.map, s.tags);
    (0,report/* annotateTemplated */.DP)(rt, release.scans);
    stop(rt, release.problems, 'files');
    if (!release.images.length)
        throw new Error(`Input 'files': the files pin no image (patterns ${s.files.map((f) => `'${f}'`).join(', ')}); nothing to promote`);
    count = release.images.length;
    let pins = s.pinFiles.length ? await scanPinFiles(s.workspace, s.pinFiles, release.images) : noFiles();
    stop(rt, pins.problems, 'pin-files');
    if (pullRequest)
        pins = await onlyTracked(pullRequest, pins, rt);
    for (const u of pins.untouched)
        rt.info(`pin-files: ${u.file}:${u.line} ${JSON.stringify(u.written)} is not an image of this release; left as written`);
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        rt.info(`promoting ${release.images.length} images: ${release.images.map((i) => `${i.source}@${i.digest} => ${i.destination}`).join(', ')}`);
        (0,failure/* leftUntouched */.p)('every file. Content is copied by digest for every image first and tags move last: the error says whether any tag was written ("no tag was written anywhere", or the tags already written).');
        const promoted = await promoteRelease(client, release.images, {
            referrers: s.referrers,
            concurrency: s.concurrency,
            ...(signer ? { signer } : {}),
            ...(check.requireSignature ? { requireSignedBy: { key: check.publicKey, identity: check.identity } } : {}),
            log: (m) => rt.info(m),
        });
        (0,failure/* leftUntouched */.p)("every file of input 'pin-files': they are written only once every tag was read back.");
        for (const f of pins.files)
            await (0,promises_.writeFile)(f.path, f.text, 'utf8');
        const pr = await pullRequest?.open(pins.files.map((f) => f.file), pins.changed);
        const records = promoted.map(imageRecord);
        const outputs = {
            images: promoted.map(imageLine).join('\n'),
            metadata: JSON.stringify(records),
            'changed-files': pins.files.map((f) => f.file).join('\n'),
            // The same test as build's, promote's and merge's `changed`, plus the files this one rewrites.
            changed: String(pins.files.length > 0 || (0,publish_stats/* changedOutput */.uf)(promoted.map((p) => p.stats)) === 'true'),
            ...(pr ? { 'pull-request-url': pr.url } : {}),
        };
        return {
            outputs,
            summary: releaseSummary({ records, changes: pins.changed, changedFiles: pins.files.map((f) => f.file), untouched: pins.untouched, pullRequest: pr }),
        };
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

/***/ 72250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ editsFor),
/* harmony export */   OA: () => (/* binding */ describeEdit),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/** An inline reference as it will be written: the file's spelling of the name, then the tag and digest. */
function inlineText(t, pin) {
    const tag = pin.tag !== undefined && !t.tagFixed ? `:${pin.tag}` : '';
    return `${t.name}${tag}@${pin.digest}`;
}
/** The edits that make `site` say `pin`, in the file's own spelling; none when it already does. */
function editsFor(site, text, pin) {
    const t = site.target;
    if (t.kind === 'inline') {
        if (t.tagFixed && pin.tag !== site.ref.tag) {
            throw new Error(`the tag of '${site.written}' comes from a build argument, so pinship cannot ${pin.tag ? `change it to '${pin.tag}'` : 'drop it'}; set keep-tag or pin the argument`);
        }
        const next = inlineText(t, pin);
        return text.slice(t.span.start, t.span.end) === next ? [] : [{ ...t.span, text: next }];
    }
    const edits = [];
    // Split fields keep their own tag field unless a new tag is given for it.
    if (t.tag && pin.tag !== undefined && text.slice(t.tag.start, t.tag.end) !== pin.tag)
        edits.push({ ...t.tag, text: pin.tag });
    const digest = pin.digest.toString();
    if ('at' in t.digest)
        edits.push({ start: t.digest.at, end: t.digest.at, text: `${t.digest.before}${digest}${t.digest.after}` });
    else if (text.slice(t.digest.start, t.digest.end) !== digest)
        edits.push({ ...t.digest, text: digest });
    return edits;
}
/** The new spelling of a site, for reports: `old` → `new` as the file will read. */
function describeEdit(site, pin) {
    if (site.target.kind === 'inline')
        return inlineText(site.target, pin);
    const base = site.written.replace(/@.*$/, '');
    const withTag = pin.tag !== undefined && site.target.tag ? base.replace(/:[^:/]*$/, `:${pin.tag}`) : base;
    return `${withTag}@${pin.digest}`;
}
/** Applies non-overlapping edits; everything outside them stays byte for byte. */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let pos = 0;
    for (const e of sorted) {
        if (e.start < pos)
            throw new Error(`overlapping edits at offset ${e.start}`);
        out += text.slice(pos, e.start) + e.text;
        pos = e.end;
    }
    return out + text.slice(pos);
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

/***/ 25420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ changesTable),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/**
 * A markdown table of the changes, for the pull request body and the job summary. With `maxChars`,
 * rows that would not fit are counted in a last row instead.
 */
function changesTable(changes, maxChars = Infinity) {
    const lines = ['| File | Line | Image | Pinned to |', '| --- | ---: | --- | --- |'];
    let size = lines.join('\n').length;
    for (const [i, c] of changes.entries()) {
        const row = `| ${code(c.file)} | ${c.line}:${c.column} | ${code(c.old)} | ${code(c.new)} |`;
        const rest = changes.length - i;
        // Room for the "more" row whenever rows remain after this one.
        const reserve = rest > 1 ? 80 : 0;
        if (size + row.length + 1 + reserve > maxChars) {
            lines.push(`| … | | | ${plural(rest, 'more change')} (see the \`metadata\` output) |`);
            break;
        }
        lines.push(row);
        size += row.length + 1;
    }
    return `${lines.join('\n')}\n`;
}
/** An inline code span that survives backticks in the text and keeps `|` from ending the cell. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ prepareRunPullRequest)
/* harmony export */ });
/* harmony import */ var _settings_pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45362);

/**
 * The pull request for this run's repository, every refusal of its target made before any file is read
 * or written. git and octokit load only here, so a run without a pull request pays nothing for them.
 */
async function prepareRunPullRequest(rt, setup) {
    const repository = (0,_settings_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestRepository */ .b)(rt);
    const { preparePullRequest } = await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 57709));
    return preparePullRequest({
        ...setup,
        repository,
        apiUrl: rt.env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: rt.env.GITHUB_SERVER_URL || 'https://github.com',
        log: rt.info,
    });
}


/***/ })

};
;