"use strict";
exports.id = 680;
exports.ids = [680];
exports.modules = {

/***/ 680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDigestFile: () => (/* binding */ parseDigestFile),
/* harmony export */   writeDigestFile: () => (/* binding */ writeDigestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6852);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);





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
    const workspace = env.GITHUB_WORKSPACE || cwd;
    const allowed = env.RUNNER_TEMP ? `the workspace (${workspace}) or RUNNER_TEMP (${env.RUNNER_TEMP})` : `the workspace (${workspace})`;
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    }
    catch {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all([workspace, env.RUNNER_TEMP].filter((r) => !!r).map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(r).catch(() => undefined)));
    if (!roots.some((r) => r && (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${allowed}: pinship writes nowhere else.`);
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