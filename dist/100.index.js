export const id = 100;
export const ids = [100];
export const modules = {

/***/ 6100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupSavedPaths: () => (/* binding */ cleanupSavedPaths),
/* harmony export */   q: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);

const STATE = 'cleanupPaths';
/** The runner exposes saved state only to the post step, so the main step keeps its own list. */
const registered = [];
/** Remembers a path (temporary docker config, export dir) for the post step to delete. */
function registerCleanup(rt, path) {
    registered.push(path);
    rt.saveState(STATE, JSON.stringify(registered));
}
/** Cleanup problems are warnings: the image is already pushed by then. */
async function cleanupSavedPaths(rt) {
    const raw = rt.getState(STATE);
    if (!raw)
        return;
    for (const p of JSON.parse(raw)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(p, { recursive: true, force: true });
        }
        catch (e) {
            rt.warning(`could not remove ${p}: ${String(e)}`);
        }
    }
}


/***/ })

};
