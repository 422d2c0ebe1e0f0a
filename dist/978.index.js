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
// EXTERNAL MODULE: ./lib/settings/run-roots.js
var run_roots = __webpack_require__(3472);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/util/find-files.js
var find_files = __webpack_require__(3595);
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
/**
 * Where a `digest-files` pattern is read: a relative one in the workspace; an absolute one in the
 * workspace or RUNNER_TEMP (where build's `digest-file` may write, and where Docker's own recipe
 * downloads the digest artifacts), whichever holds the part before its first wildcard.
 */
function digestFilesRoot(pattern, roots) {
    if (!(0,external_node_path_.isAbsolute)(pattern))
        return { ...roots[0], pattern };
    const segments = pattern.split('/');
    const wild = segments.findIndex((seg) => /[*?[{]/.test(seg));
    const fixed = (wild < 0 ? segments : segments.slice(0, wild)).join('/') || '/';
    const holder = roots.find((r) => (0,glob/* isInside */.FK)(r.root, fixed));
    if (!holder)
        throw new inputs/* InputError */.dz('digest-files', pattern, `Expected a pattern inside ${(0,run_roots/* placesOf */.ek)(roots)}.`);
    return { ...holder, pattern: (0,external_node_path_.relative)(holder.root, pattern) || '.' };
}
async function readDigests(rt, source) {
    const digests = (0,inputs/* listInput */.dt)(rt, 'digests').map((d) => parseDigest('digests', d));
    const roots = (0,run_roots/* runRoots */.ZR)(rt.env);
    for (const line of (0,inputs/* linesInput */.WO)(rt, 'digest-files')) {
        const { root, pattern, place } = digestFilesRoot(line, roots);
        const files = await (0,find_files/* findFiles */.l)(root, [pattern], { input: 'digest-files', place });
        if (!files.length)
            throw new inputs/* InputError */.dz('digest-files', line, `No file in ${place} matches it.`);
        for (const f of files)
            digests.push(await readDigestFile(f.path, source));
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

/***/ 3472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   ZR: () => (/* binding */ runRoots),
/* harmony export */   ek: () => (/* binding */ placesOf)
/* harmony export */ });
/** The workspace: GITHUB_WORKSPACE, else (the CLI) the working directory. */
const workspaceOf = (env, cwd = process.cwd()) => env.GITHUB_WORKSPACE || cwd;
/**
 * The workspace and RUNNER_TEMP when set: build's
 * `digest-file` writes only there, and merge's `digest-files` read only there. A pull request controls
 * the checkout, so nothing outside them is touched.
 */
function runRoots(env, cwd = process.cwd()) {
    const workspace = workspaceOf(env, cwd);
    return [
        { root: workspace, place: `the workspace (${workspace})` },
        ...(env.RUNNER_TEMP ? [{ root: env.RUNNER_TEMP, place: `RUNNER_TEMP (${env.RUNNER_TEMP})` }] : []),
    ];
}
/** "the workspace (…) or RUNNER_TEMP (…)", for an error that says where a path must be. */
const placesOf = (roots) => roots.map((r) => r.place).join(' or ');


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

/***/ 3595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6852);




async function checkedLink(root, path, file, scope) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => undefined);
    if (!real)
        throw new Error(`Input '${scope.input}': '${file}' is a broken symbolic link`);
    if (!(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(root, real))
        throw new Error(`Input '${scope.input}': '${file}' is a symbolic link to ${real}, outside ${scope.place}. Expected files inside ${scope.place}.`);
    return real;
}
/**
 * The files `patterns` select inside `workspace` (pin and verify's; merge's digest files may also come
 * from RUNNER_TEMP, named by `scope`), sorted. Directories no pattern reaches are not read,
 * `.git` never is. A selected path (or a directory a pattern descends into) that is a symlink leading
 * out of the workspace is an error, not followed.
 */
async function findFiles(workspace, lines, scope = { input: 'files', place: 'the workspace' }) {
    const patterns = lines.map((l) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePattern */ .EY)(l, scope));
    const include = patterns.filter((p) => !p.exclude);
    const exclude = patterns.filter((p) => p.exclude);
    if (!include.length)
        throw new Error(`Invalid input '${scope.input}': only exclusions ('!pattern'). Expected at least one pattern of files to read`);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const out = [];
    // Real paths already taken: a symlink to a selected file or directory must not be read (or rewritten) twice.
    const seen = new Set([root]);
    const walk = async (dir) => {
        // Synchronous, as the scan's reads are: a thread-pool round trip per directory was most of the walk.
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...dir), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (entry.name === '.git')
                continue;
            const segments = [...dir, entry.name];
            const wanted = (ps) => ps.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matches */ .cK)(p, segments));
            const below = include.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .mayMatchBelow */ .qM)(p, segments)) && !wanted(exclude);
            const selected = wanted(include) && !wanted(exclude);
            if (!selected && !below)
                continue;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...segments);
            const real = entry.isSymbolicLink() ? await checkedLink(root, path, segments.join('/'), scope) : path;
            if (seen.has(real))
                continue;
            const isDir = entry.isSymbolicLink() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real)).isDirectory() : entry.isDirectory();
            if (isDir && below) {
                seen.add(real);
                await walk(segments);
            }
            else if (!isDir && selected) {
                seen.add(real);
                out.push({ file: segments.join('/'), path });
            }
        }
    };
    await walk([]);
    return out;
}


/***/ }),

/***/ 6852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   qM: () => (/* binding */ mayMatchBelow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** Whether `path` is `root` or lies below it (paths as given: resolve symlinks first where they matter). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
function expandBraces(p) {
    const m = /\{([^{}]*)\}/.exec(p);
    if (!m)
        return [p];
    return m[1].split(',').flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Parses one pattern line; one that leaves the root (absolute, or `..` above it) is an error. */
function parsePattern(line, scope = { input: 'files', place: 'the workspace' }) {
    const exclude = line.startsWith('!');
    const body = (exclude ? line.slice(1) : line).replace(/^\.\//, '');
    const alternatives = expandBraces(body).map((alt) => {
        if (alt.startsWith('/') || /^[A-Za-z]:[\\/]/.test(alt))
            throw new Error(`Invalid input '${scope.input}': '${line}' is an absolute path. Expected a pattern relative to ${scope.place}.`);
        const segments = [];
        for (const s of alt.split('/')) {
            if (s === '' || s === '.')
                continue;
            if (s === '..') {
                if (!segments.length || segments[segments.length - 1] === '**')
                    throw new Error(`Invalid input '${scope.input}': '${line}' escapes ${scope.place}. Expected a pattern inside it.`);
                segments.pop();
            }
            else
                segments.push(s);
        }
        return segments.map((s) => (s === '**' ? '**' : segmentRegExp(s)));
    });
    return { source: line, exclude, alternatives };
}
/**
 * Whether `path` (segments) matches; with `prefix`, whether something below the directory `path`
 * could match, so the walk skips directories no pattern reaches.
 */
function matchSegments(pattern, path, prefix, pi = 0, si = 0) {
    if (si === path.length)
        return prefix ? pi < pattern.length : pattern.slice(pi).every((p) => p === '**');
    if (pi === pattern.length)
        return false;
    const p = pattern[pi];
    if (p === '**')
        return matchSegments(pattern, path, prefix, pi + 1, si) || matchSegments(pattern, path, prefix, pi, si + 1);
    return p.test(path[si]) && matchSegments(pattern, path, prefix, pi + 1, si + 1);
}
function matches(pattern, path) {
    return pattern.alternatives.some((alt) => matchSegments(alt, path, false));
}
function mayMatchBelow(pattern, dir) {
    return pattern.alternatives.some((alt) => matchSegments(alt, dir, true));
}


/***/ })

};
;