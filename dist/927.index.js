export const id = 927;
export const ids = [927];
export const modules = {

/***/ 3927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// EXTERNAL MODULE: ./lib/settings/registry.js + 9 modules
var registry = __webpack_require__(2124);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/publish/index.js + 5 modules
var publish = __webpack_require__(3748);
// EXTERNAL MODULE: ./lib/commands/meta/meta.js
var meta_meta = __webpack_require__(1097);
// EXTERNAL MODULE: ./lib/commands/report.js
var report = __webpack_require__(2582);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(2895);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
;// CONCATENATED MODULE: ./lib/commands/merge/children.js



const ATTESTATION = 'attestation-manifest';
const platformKey = (p) => (0,mediatypes/* platformString */.Fd)(p) + (p['os.version'] ? `:${p['os.version']}` : '');
async function fetchChild(client, repo, digest, what) {
    try {
        return await client.getManifest(repo, registry_digest/* Digest */.np.parse(digest));
    }
    catch (e) {
        if ((0,errors/* isNotFound */.c4)(e))
            throw new Error(`${what} ${digest} does not exist in ${repo}; nothing was written`);
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
    const platform = { os: c.os, architecture: c.architecture, ...(c.variant ? { variant: c.variant } : {}), ...(c['os.version'] ? { 'os.version': c['os.version'] } : {}) };
    return { platform, labels: c.config?.Labels ?? {}, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}
async function imageChild(client, repo, m) {
    const { platform, created, labels } = await configPlatformOf(client, repo, m);
    return { manifest: m, descriptor: entry(m, platform), platform, created, labels };
}
const entry = (m, platform) => ({ mediaType: m.mediaType, digest: m.digest.toString(), size: m.bytes.length, ...(platform ? { platform } : {}) });
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
                out.push({ manifest: child, descriptor: { ...entry(child), platform: d.platform ?? { os: 'unknown', architecture: 'unknown' }, annotations: d.annotations } });
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
        const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({ descriptor, origin: { kind: 'remote', repository: source } }));
        return { digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes, blobs };
    });
    return {
        root: index,
        manifests: [...manifests, index],
        holders: [{ repository: source, manifests: new Set(manifests.map((m) => m.digest.toString())) }],
        extraTags: [],
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
// EXTERNAL MODULE: ./lib/settings/tagging.js
var tagging = __webpack_require__(3254);
// EXTERNAL MODULE: ./lib/util/glob.js
var glob = __webpack_require__(6852);
;// CONCATENATED MODULE: ./lib/commands/merge/settings.js









function readSource(rt, images) {
    const text = rt.input('source');
    if (!text)
        return images[0];
    try {
        return (0,reference/* parseRepositoryLenient */.P6)(text).repository;
    }
    catch (e) {
        throw new inputs/* InputError */.dz('source', text, `Expected the repository the children were pushed to, without tag or digest (${e.message}).`);
    }
}
function parseDigest(input, text) {
    if (!registry_digest/* Digest */.np.isDigest(text))
        throw new inputs/* InputError */.dz(input, text, 'Expected sha256:<64 hex characters>, one per line.');
    return registry_digest/* Digest */.np.parse(text);
}
function sameRepository(text, repo) {
    try {
        return (0,reference/* parseRepositoryLenient */.P6)(text).repository.equals(repo);
    }
    catch {
        return false;
    }
}
/** A build's `digest-file` record: its digest, once shown to name the source repository. */
async function readDigestFile(path, source) {
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        throw new Error(`Invalid input 'digest-files': ${path} is not JSON. Expected the file a build's 'digest-file' wrote.`);
    }
    if (typeof record?.digest !== 'string' || !registry_digest/* Digest */.np.isDigest(record.digest))
        throw new Error(`Invalid input 'digest-files': ${path} has no 'digest' field with a sha256:... value`);
    const images = [...(Array.isArray(record.images) ? record.images : []), record.image].filter((i) => typeof i === 'string');
    const repos = images.map((i) => i.split('@')[0]);
    if (!repos.some((r) => sameRepository(r, source))) {
        throw new Error(`Invalid input 'digest-files': ${path} records ${repos.join(', ') || 'no repository'}, not ${source} (input 'source', else the first of 'images')`);
    }
    return registry_digest/* Digest */.np.parse(record.digest);
}
async function readDigests(rt, source) {
    const digests = (0,inputs/* listInput */.dt)(rt, 'digests').map((d) => parseDigest('digests', d));
    const workspace = rt.env.GITHUB_WORKSPACE || process.cwd();
    for (const pattern of (0,inputs/* linesInput */.WO)(rt, 'digest-files')) {
        let files;
        try {
            files = await (0,glob/* globInside */.l)(workspace, pattern);
        }
        catch (e) {
            throw new inputs/* InputError */.dz('digest-files', pattern, `Expected a pattern inside the workspace (${e.message}).`);
        }
        if (!files.length)
            throw new inputs/* InputError */.dz('digest-files', pattern, `No file in the workspace (${workspace}) matches it.`);
        for (const f of files)
            digests.push(await readDigestFile(f, source));
    }
    const unique = [...new Map(digests.map((d) => [d.toString(), d])).values()];
    if (!unique.length)
        throw new Error(`Inputs 'digests' and 'digest-files' name no image: merge needs at least one per-platform digest`);
    return unique;
}
async function readMergeSettings(rt) {
    const parsed = (0,settings_images/* readImages */.H)(rt, true);
    const images = parsed.map((p) => p.repository);
    const source = readSource(rt, images);
    return {
        images,
        imageNames: parsed.map((p) => p.written),
        source,
        ...(0,tagging/* readTagSettings */.S)(rt),
        digests: await readDigests(rt, source),
        annotations: (0,image_annotations/* parseAnnotations */.KX)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'index'),
        registry: await (0,registry/* readRegistrySettings */.VZ)(rt, images[0]?.registry.host),
    };
}

// EXTERNAL MODULE: ./lib/settings/signing.js + 1 modules
var signing = __webpack_require__(4893);
// EXTERNAL MODULE: ./lib/commands/signing.js
var commands_signing = __webpack_require__(5341);
;// CONCATENATED MODULE: ./lib/commands/merge/command.js










/**
 * `command: merge`: per-platform images (pushed by digest from a build matrix) joined into one
 * index, pushed to every repository of `images` and tagged as `build` would tag it. Every child is
 * read from the registry and every input checked before anything is written.
 */
async function runMergeCommand(rt) {
    const s = await readMergeSettings(rt);
    const signingKey = (0,signing/* readSigningKey */.jy)(rt);
    checkMergeAnnotations(s.annotations);
    const meta = await (0,meta_meta/* computeMeta */.t)(s, rt);
    const client = (0,registry/* registryClient */.Rk)(s.registry, rt);
    try {
        const children = sortChildren(await readChildren(client, s.source, s.digests));
        const index = buildIndex(children, s.annotations, meta.labels);
        rt.info(`merging ${children.length} manifests from ${s.source} into ${index.digest} (${index.mediaType})`);
        if (!meta.tags.length)
            rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
        const { plan, signatures } = (0,commands_signing/* signedPlan */.s)(mergePlan(s.source, children, index), signingKey, s.images, (m) => rt.info(m));
        const stats = await (0,publish/* publish */.mk)(client, plan, s.images, { tags: meta.tags, log: (m) => rt.info(m) });
        return mergeOutputs(s, meta, index.digest.toString(), children, stats, signatures);
    }
    finally {
        client.close();
    }
}
function mergeOutputs(s, meta, digest, children, stats, attached) {
    const images = s.images.map((r) => `${r}@${digest}`);
    const tags = s.images.flatMap((r) => meta.tags.map((t) => `${r}:${t}`));
    const platforms = {};
    for (const c of children)
        if (c.platform)
            platforms[(0,mediatypes/* platformString */.Fd)(c.platform)] = c.manifest.digest.toString();
    const labels = (0,report/* commonLabels */.xJ)(children.filter((c) => c.platform).map((c) => c.labels ?? {}));
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
    return { outputs: (0,report/* imageOutputs */.am)(facts, metadata), summary: (0,report/* imageSummary */.IW)('pinship merge', facts, [`${children.length} manifests from \`${s.source}\``]) };
}


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ computeMeta)
/* harmony export */ });
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6491);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6176);


/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
async function computeMeta(s, rt) {
    const ctx = await (0,_git_context_js__WEBPACK_IMPORTED_MODULE_0__/* .loadGitContext */ .I)(rt.env, s.context);
    const now = new Date();
    const result = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeTags */ .$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
    for (const w of result.warnings)
        rt.warning(w);
    const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
    const labels = withoutUnknown((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLabels */ .zt)(ctx, result.version, s.labels, now, { prSha: s.prSha }), s.labels, !ctx.repository);
    const annotations = withoutUnknown((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLabels */ .zt)(ctx, result.version, customAnnotations, now, { prSha: s.prSha }), customAnnotations, !ctx.repository);
    return { tags: result.tags, version: result.version, labels, annotations };
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

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ ociLabelAnnotations),
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/* unused harmony export ANNOTATION_LEVELS */
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/** Where buildx puts an annotation (`--annotation manifest,index:key=value`). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/**
 * `annotations` lines as buildx spells them: `KEY=VALUE`, optionally prefixed by one or more
 * comma-separated levels and a platform, `manifest,index:KEY=VALUE` or `manifest[linux/arm64]:KEY=VALUE`.
 * A line without levels gets `defaultLevel` (buildx build: manifest; imagetools create: index).
 */
function parseAnnotations(lines, defaultLevel) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE, one per line.');
        const head = line.slice(0, eq);
        const colon = head.indexOf(':');
        const key = head.slice(colon + 1).trim();
        if (!key)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE with a non-empty KEY.');
        if (colon < 0)
            return { levels: [defaultLevel], key, value: line.slice(eq + 1), leveled: false };
        const m = /^([a-z,-]+)(?:\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)\])?$/.exec(head.slice(0, colon).trim());
        const levels = m?.[1].split(',') ?? [];
        if (!m || !levels.every((l) => ANNOTATION_LEVELS.includes(l))) {
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, `Expected a level prefix among ${ANNOTATION_LEVELS.join(', ')} (comma-separated, optionally with [os/arch]), e.g. index:${key}=...`);
        }
        return { levels: levels, ...(m[2] ? { platform: m[2] } : {}), key, value: line.slice(eq + 1), leveled: true };
    });
}
/**
 * The key/value pairs for one level (and platform): `defaults` first, the explicit annotations
 * override them; undefined when there is nothing to set.
 */
function annotationsAt(all, level, platform, defaults = {}) {
    const out = { ...defaults };
    for (const a of all) {
        if (!a.levels.includes(level))
            continue;
        if (a.platform && a.platform !== platform)
            continue;
        out[a.key] = a.value;
    }
    return Object.keys(out).length ? out : undefined;
}
/** The `org.opencontainers.image.*` label values, metadata-action's default annotations. */
function ociLabelAnnotations(labels) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.')));
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6176);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);


function readTagSettings(rt) {
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`);
    }
    try {
        flavor = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlavor */ .wp)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`);
    }
    return { tagRules, flavor, labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueInput */ .Bb)(rt, 'labels'), prSha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head') };
}


/***/ }),

/***/ 6852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   l: () => (/* binding */ globInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** `*` and `?` within one path segment, `**` across any number of them. */
function toRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` also matches no folder at all.
            const slash = pattern[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Regular files under `dir`, as paths relative to `root`; symlinked folders are not entered. */
async function walk(root, dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const e of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(root, path)));
        else if (e.isFile() || e.isSymbolicLink())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    }
    return out;
}
/**
 * Files matching `pattern` (relative to `root`, or absolute inside it), sorted. Nothing outside
 * `root` is ever returned: not by `..`, an absolute path, nor a symlink pointing out.
 */
async function globInside(root, pattern) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realRoot, pattern);
    if (!isInside(realRoot, absolute))
        throw new Error(`'${pattern}' points outside ${root}`);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const literal = rel.split('/').findIndex((seg) => /[*?]/.test(seg));
    const base = literal < 0 ? rel : rel.split('/').slice(0, literal).join('/');
    const re = toRegExp(rel);
    const candidates = literal < 0 ? [rel] : await walk(realRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, base));
    const out = [];
    for (const c of candidates.filter((p) => re.test(p)).sort()) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, c)).catch(() => undefined);
        if (!real)
            continue;
        if (!isInside(realRoot, real))
            throw new Error(`'${c}' is a symlink to ${real}, outside ${root}`);
        out.push(real);
    }
    return out;
}


/***/ })

};
