"use strict";
exports.id = 978;
exports.ids = [978,254];
exports.modules = {

/***/ 7978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/registry/digest-value.js
var digest_value = __webpack_require__(7099);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/image/annotations.js
var annotations = __webpack_require__(5531);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
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
    if (!digest_value/* Digest */.n.isDigest(text))
        throw new inputs/* InputError */.dz(input, text, 'Expected sha256:<64 hex characters>, one per line.');
    return digest_value/* Digest */.n.parse(text);
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
    if (typeof record?.digest !== 'string' || !digest_value/* Digest */.n.isDigest(record.digest))
        throw new Error(`Invalid input 'digest-files': ${path} has no 'digest' field with a sha256:... value`);
    const images = [...(Array.isArray(record.images) ? record.images : []), record.image].filter((i) => typeof i === 'string');
    const repos = images.map((i) => i.split('@')[0]);
    if (!repos.some((r) => sameRepository(r, source))) {
        throw new Error(`Invalid input 'digest-files': ${path} records ${repos.join(', ') || 'no repository'}, not ${source} (input 'source', else the first of 'images')`);
    }
    return digest_value/* Digest */.n.parse(record.digest);
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
        ...(0,tagging.readTagSettings)(rt),
        digests: await readDigests(rt, source),
        annotations: (0,annotations/* parseAnnotations */.KX)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'index'),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, images[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/merge/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runMergeCommand(rt) {
    const s = await readMergeSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(132), __webpack_require__.e(574), __webpack_require__.e(873), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 6903))).executeMerge(s, rt);
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTagSettings: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9513);
/* harmony import */ var _tags_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4494);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);



function readTagSettings(rt) {
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`, { cause: e });
    }
    try {
        flavor = (0,_tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlavor */ .w)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`, { cause: e });
    }
    return { tagRules, flavor, labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'labels'), prSha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head') };
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
;