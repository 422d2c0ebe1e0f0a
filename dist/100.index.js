"use strict";
exports.id = 100;
exports.ids = [100];
exports.modules = {

/***/ 16100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V8: () => (/* binding */ cleanupNow),
/* harmony export */   cleanupSavedPaths: () => (/* binding */ cleanupSavedPaths),
/* harmony export */   qE: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* unused harmony exports CLEANUP_STATE, removePaths, parseSavedPaths, TEMP_PREFIX, ownedPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



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
/** How every temporary path pinship registers for cleanup is named (`mkdtemp(join(RUNNER_TEMP, 'pinship-…'))`). */
const TEMP_PREFIX = 'pinship-';
/**
 * Of the saved paths, those pinship can have made: directly in RUNNER_TEMP (the system's temporary
 * folder outside a runner) and named with its prefix. The state is only a list of strings, and
 * anything that can write a step's state could name the workspace or /etc; those are reported, not removed.
 */
function ownedPaths(paths, env, warn) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
    return paths.filter((p) => {
        const ours = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p) === p && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(p) === root && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p).startsWith(TEMP_PREFIX) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p) !== TEMP_PREFIX;
        if (!ours)
            warn(`not removing '${p}': pinship removes only what it created, ${root}/${TEMP_PREFIX}*`);
        return ours;
    });
}
/** The CLI's cleanup: no runner calls a post step for it. */
async function cleanupSavedPaths(rt) {
    const warn = (m) => rt.warning(m);
    await removePaths(ownedPaths(parseSavedPaths(rt.getState(CLEANUP_STATE)), rt.env, warn), warn);
}


/***/ })

};
;