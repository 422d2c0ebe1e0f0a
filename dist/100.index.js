"use strict";
exports.id = 100;
exports.ids = [100];
exports.modules = {

/***/ 6100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V8: () => (/* binding */ cleanupNow),
/* harmony export */   cleanupSavedPaths: () => (/* binding */ cleanupSavedPaths),
/* harmony export */   qE: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* unused harmony exports CLEANUP_STATE, removePaths, parseSavedPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);

/** The saved state the post step reads (the runner passes it back as STATE_cleanupPaths). */
const CLEANUP_STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered = [];
/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
function registerCleanup(rt, path) {
    if (!registered.includes(path))
        registered.push(path);
    rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** Removes a registered path now (it is no longer needed); the post step then finds nothing left to do. */
async function cleanupNow(rt, path) {
    await removePaths([path], (m) => rt.warning(m));
    const i = registered.indexOf(path);
    if (i >= 0)
        registered.splice(i, 1);
    rt.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** Cleanup problems are warnings: the image is already pushed by then. */
async function removePaths(paths, warn) {
    for (const p of paths) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(p, { recursive: true, force: true });
        }
        catch (e) {
            warn(`could not remove ${p}: ${String(e)}`);
        }
    }
}
/** The saved list, or none when the state is empty or not a list of paths (nothing is removed on a guess). */
function parseSavedPaths(raw) {
    if (!raw)
        return [];
    try {
        const v = JSON.parse(raw);
        return Array.isArray(v) ? v.filter((p) => typeof p === 'string' && p !== '') : [];
    }
    catch {
        return [];
    }
}
/** The CLI's cleanup: no runner calls a post step for it. */
async function cleanupSavedPaths(rt) {
    await removePaths(parseSavedPaths(rt.getState(CLEANUP_STATE)), (m) => rt.warning(m));
}


/***/ })

};
;