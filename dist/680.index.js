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


/***/ })

};
;