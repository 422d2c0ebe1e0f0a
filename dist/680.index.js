"use strict";
exports.id = 680;
exports.ids = [680];
exports.modules = {

/***/ 80680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDigestFile: () => (/* binding */ parseDigestFile),
/* harmony export */   writeDigestFile: () => (/* binding */ writeDigestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66852);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);
/* harmony import */ var _settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13472);






/** Neither a symlink nor anything else but a regular file may sit where the record goes. */
async function notALink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (!info || info.isFile())
        return undefined;
    return `${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; pinship neither follows nor replaces it`;
}
/**
 * `digest-file`, relative to the working directory. A pull request controls the checkout, so the
 * path must stay inside the workspace (GITHUB_WORKSPACE, else the working directory) or
 * RUNNER_TEMP once its folder's symlinks are resolved, and must not already be a symlink.
 */
async function parseDigestFile(value, env, cwd = process.cwd()) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, value);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path);
    const allowed = (0,_settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .runRoots */ .ZR)(env, cwd);
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    }
    catch {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all(allowed.map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(r.root).catch(() => undefined)));
    if (!roots.some((r) => r && (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${(0,_settings_run_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .placesOf */ .ek)(allowed)}: pinship writes nowhere else.`);
    const link = await notALink((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
    if (link)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `${link}.`);
    return { dir, name };
}
/**
 * Writes the record to a new file beside the target (exclusive, not following links), then renames
 * it over the target: a symlink placed there during the build would be replaced, never followed,
 * but one is refused here as it was when the inputs were read.
 */
async function writeDigestFile(target, text) {
    const final = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, target.name);
    // Web Crypto's global: this module is read with the inputs, before any run needs node:crypto.
    const random = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex');
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, `.${target.name}.${random}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
    try {
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
        const link = await notALink(final);
        if (link)
            throw new Error(`digest-file: ${link}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, final);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw e;
    }
}


/***/ }),

/***/ 13472:
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

/***/ 66852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   qM: () => (/* binding */ mayMatchBelow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

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