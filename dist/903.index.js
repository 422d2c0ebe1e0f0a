"use strict";
exports.id = 903;
exports.ids = [903];
exports.modules = {

/***/ 66903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeMerge: () => (/* binding */ executeMerge)
});

// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/publish/index.js + 1 modules
var publish = __webpack_require__(19794);
// EXTERNAL MODULE: ./lib/metadata/compute.js + 1 modules
var compute = __webpack_require__(59140);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
;// CONCATENATED MODULE: ./lib/commands/merge/children.js



const ATTESTATION = 'attestation-manifest';
const platformKey = (p) => (0,mediatypes/* platformString */.Fd)(p) + (p['os.version'] ? `:${p['os.version']}` : '');
async function fetchChild(client, repo, digest, what) {
    try {
        return await client.getManifest(repo, registry_digest/* Digest */.np.parse(digest));
    }
    catch (e) {
        if ((0,errors/* isNotFound */.c4)(e))
            throw new Error(`${what} ${digest} does not exist in ${repo}; nothing was written`, { cause: e });
        throw e;
    }
}
/** The platform an image's config names: never the descriptor's or the digest file's word for it. */
async function configPlatformOf(client, repo, m) {
    const config = m.json.config;
    if (!config)
        throw new Error(`${repo}@${m.digest} is not an image manifest (no config); merge joins images`);
    const c = await client.getJsonBlob(repo, config);
    if (!c.os || !c.architecture)
        throw new Error(`${repo}@${m.digest}: its config names no os/architecture, so it has no platform to merge under`);
    const platform = {
        os: c.os,
        architecture: c.architecture,
        ...(c.variant ? { variant: c.variant } : {}),
        ...(c['os.version'] ? { 'os.version': c['os.version'] } : {}),
    };
    return { platform, labels: c.config?.Labels ?? {}, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}
async function imageChild(client, repo, m) {
    const { platform, created, labels } = await configPlatformOf(client, repo, m);
    return { manifest: m, descriptor: entry(m, platform), platform, created, labels };
}
const entry = (m, platform) => ({
    mediaType: m.mediaType,
    digest: m.digest.toString(),
    size: m.bytes.length,
    ...(platform ? { platform } : {}),
});
/**
 * Every child of the index to be: an image contributes itself; an index (buildx with attestations,
 * or an already multi-platform build) contributes its platform manifests and their attestation
 * manifests, as `docker buildx imagetools create` does.
 */
async function readChildren(client, repo, digests) {
    const out = [];
    for (const digest of digests) {
        const m = await fetchChild(client, repo, digest.toString(), 'input digest');
        if (!(0,mediatypes/* isIndexType */.$U)(m.mediaType) && !('manifests' in m.json)) {
            out.push(await imageChild(client, repo, m));
            continue;
        }
        for (const d of m.json.manifests) {
            const child = await fetchChild(client, repo, d.digest, `${repo}@${m.digest} names child`);
            if (d.annotations?.['vnd.docker.reference.type'] === ATTESTATION) {
                out.push({
                    manifest: child,
                    descriptor: { ...entry(child), platform: d.platform ?? { os: 'unknown', architecture: 'unknown' }, annotations: d.annotations },
                });
                continue;
            }
            out.push(await imageChild(client, repo, child));
        }
    }
    return dedupe(out);
}
/** The same manifest named twice is one child; two manifests for one platform are a mistake. */
function dedupe(children) {
    const byDigest = new Map();
    for (const c of children)
        byDigest.set(c.manifest.digest.toString(), c);
    const byPlatform = new Map();
    for (const c of byDigest.values()) {
        if (!c.platform)
            continue;
        const key = platformKey(c.platform);
        const other = byPlatform.get(key);
        if (other)
            throw new Error(`two children for platform ${key}: ${other.manifest.digest} and ${c.manifest.digest}; nothing was written`);
        byPlatform.set(key, c);
    }
    if (!byPlatform.size)
        throw new Error('no platform image among the inputs: nothing to merge, nothing was written');
    return [...byDigest.values()];
}
/** Sorted by platform, then digest: the same children give the same index in any input order. */
function sortChildren(children) {
    const key = (c) => (c.descriptor.platform ? platformKey(c.descriptor.platform) : '');
    return [...children].sort((a, b) => key(a).localeCompare(key(b)) || a.manifest.digest.toString().localeCompare(b.manifest.digest.toString()));
}
/** A Docker manifest list only when every child is a Docker manifest, as buildx chooses. */
function indexMediaType(children) {
    return children.every((c) => c.manifest.mediaType === mediatypes/* MediaType */.zu.DockerManifest) ? mediatypes/* MediaType */.zu.DockerManifestList : mediatypes/* MediaType */.zu.OciIndex;
}

// EXTERNAL MODULE: ./lib/image/annotations.js
var image_annotations = __webpack_require__(5531);
;// CONCATENATED MODULE: ./lib/commands/merge/index.js




/** Levels merge can honour: it writes the index and its entries, never the children themselves. */
function checkMergeAnnotations(annotations) {
    for (const a of annotations) {
        const bad = a.levels.find((l) => l === 'manifest' || l === 'index-descriptor');
        if (bad)
            throw new Error(`Invalid input 'annotations': '${bad}:${a.key}' cannot be set by merge, which writes only the index; set manifest annotations on each platform's build, and index or manifest-descriptor ones here`);
    }
}
/**
 * The index over sorted children: the OCI label values and `index:` annotations on it,
 * `manifest-descriptor:` ones on its platform entries. A Docker manifest list carries them the
 * same way, as build's Docker manifests do: registries keep the bytes, and readers look there.
 */
function buildIndex(children, annotations, labels) {
    const mediaType = indexMediaType(children);
    const manifests = children.map((c) => {
        const extra = c.platform ? (0,image_annotations/* annotationsAt */.wv)(annotations, 'manifest-descriptor', (0,mediatypes/* platformString */.Fd)(c.platform)) : undefined;
        return extra ? { ...c.descriptor, annotations: { ...c.descriptor.annotations, ...extra } } : c.descriptor;
    });
    const indexAnnotations = (0,image_annotations/* annotationsAt */.wv)(annotations, 'index', undefined, { ...(0,image_annotations/* ociLabelAnnotations */.I_)(labels), ...createdOf(children) });
    const json = { schemaVersion: 2, mediaType, manifests, ...(indexAnnotations ? { annotations: indexAnnotations } : {}) };
    const bytes = Buffer.from(JSON.stringify(json));
    return { digest: (0,registry_digest/* digestOf */.ol)(bytes), mediaType, bytes, blobs: [], json };
}
/**
 * The index is as old as its newest child, not the merge run: the same children then give the
 * same index, however often and in whatever order they are merged.
 */
function createdOf(children) {
    const times = children.map((c) => c.created).filter((t) => !!t && !Number.isNaN(Date.parse(t)));
    if (!times.length)
        return {};
    const newest = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    return { 'org.opencontainers.image.created': new Date(Date.parse(newest)).toISOString() };
}
/** Children come from the source repository, which holds them and their blobs; the index is new. */
function mergePlan(source, children, index) {
    const manifests = children.map(({ manifest }) => {
        const json = manifest.json;
        const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({
            descriptor,
            origin: { kind: 'remote', repository: source },
        }));
        return { digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes, blobs };
    });
    return {
        root: index,
        manifests: [...manifests, index],
        holders: [{ repository: source, manifests: new Set(manifests.map((m) => m.digest.toString())) }],
        extraTags: [],
    };
}

// EXTERNAL MODULE: ./lib/settings/signing.js + 2 modules
var signing = __webpack_require__(53690);
// EXTERNAL MODULE: ./lib/publish/signed-plan.js
var signed_plan = __webpack_require__(54107);
// EXTERNAL MODULE: ./lib/settings/attest.js
var settings_attest = __webpack_require__(65796);
// EXTERNAL MODULE: ./lib/publish/attest.js
var publish_attest = __webpack_require__(10618);
// EXTERNAL MODULE: ./lib/report/attestation.js
var report_attestation = __webpack_require__(64176);
;// CONCATENATED MODULE: ./lib/commands/merge/execute.js












/**
 * `command: merge`: per-platform images (pushed by digest from a build matrix) joined into one
 * index, pushed to every repository of `images` and tagged as `build` would tag it. Every child is
 * read from the registry and every input checked before anything is written.
 */
/** The merge once its inputs have been read (./command.ts). */
async function executeMerge(s, rt) {
    const signingKey = (0,signing/* readSigner */.$2)(rt);
    const attest = (0,settings_attest/* readAttest */.C)(rt, s.registry.githubToken);
    checkMergeAnnotations(s.annotations);
    const meta = await (0,compute/* computeMeta */.t)(s, rt);
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        const children = sortChildren(await readChildren(client, s.source, s.digests));
        const index = buildIndex(children, s.annotations, meta.labels);
        rt.info(`merging ${children.length} manifests from ${s.source} into ${index.digest} (${index.mediaType})`);
        if (!meta.tags.length)
            rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
        const { plan, signatures } = await (0,signed_plan/* signedPlan */.s)(mergePlan(s.source, children, index), signingKey, s.images, (m) => rt.info(m));
        let attestation;
        const beforeTags = attest &&
            (0,publish_attest/* attestBeforeTags */.a)(attest, plan.root, s.images, (m) => rt.info(m), (r) => (attestation = r));
        const stats = await (0,publish/* publish */.mk)(client, plan, s.images, { tags: meta.tags, log: (m) => rt.info(m), ...(beforeTags ? { beforeTags } : {}) });
        return mergeOutputs(s, meta, index.digest.toString(), children, stats, [...signatures, ...(attestation?.attached ?? [])], attestation);
    }
    finally {
        client.close();
    }
}
function mergeOutputs(s, meta, digest, children, stats, attached, attestation) {
    const images = s.images.map((r) => `${r}@${digest}`);
    const tags = s.images.flatMap((r) => meta.tags.map((t) => `${r}:${t}`));
    const platforms = {};
    for (const c of children)
        if (c.platform)
            platforms[(0,mediatypes/* platformString */.Fd)(c.platform)] = c.manifest.digest.toString();
    const labels = (0,report_image/* commonLabels */.xJ)(children.filter((c) => c.platform).map((c) => c.labels ?? {}));
    // An index has no config: its own digest is its image ID, as promote reports for an index.
    const facts = { repositories: s.images.map(String), digest, tags, version: meta.version, imageid: digest, platformDigests: platforms, labels };
    const metadata = {
        ...facts,
        images,
        source: s.source.toString(),
        children: children.map((c) => c.descriptor),
        attached,
        push: stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })),
    };
    return {
        outputs: { ...(0,report_image/* imageOutputs */.am)(facts, metadata), changed: (0,publish/* changedOutput */.uf)(stats), ...(0,report_attestation/* attestationOutputs */.N)(attestation) },
        summary: (0,report_image/* imageSummary */.IW)('pinship merge', facts, [`${children.length} manifests from \`${s.source}\``, ...(0,report_attestation/* attestationLines */.Q)(attestation)]),
    };
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


/***/ })

};
;