export const id = 831;
export const ids = [831];
export const modules = {

/***/ 4831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ actionMeta),
/* harmony export */   k: () => (/* binding */ closest),
/* harmony export */   unknownInputWarnings: () => (/* binding */ unknownInputWarnings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


function fields(section) {
    if (!section || typeof section !== 'object')
        return [];
    return Object.entries(section).map(([name, v]) => ({
        name,
        description: typeof v?.description === 'string' ? v.description : '',
        ...(v?.default !== undefined ? { default: String(v.default) } : {}),
    }));
}
let cached;
/**
 * action.yml is the one list of inputs and outputs. It is read where it ships, one level above the
 * code (the repository root above dist/ or src/, and the npm package's root), so it cannot go stale.
 */
function actionMeta() {
    if (!cached) {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parse)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(__webpack_require__.ab + "action.yml", 'utf8'));
        cached = { inputs: fields(doc.inputs), outputs: fields(doc.outputs) };
    }
    return cached;
}
/** Edit distance, for "did you mean" suggestions on misspelled inputs and flags. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/** The closest candidate, when it is close enough to be a likely typo. */
function closest(name, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(name, c);
        if (d < bestD)
            [best, bestD] = [c, d];
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
/** The runner's spelling of an input's variable: INPUT_ + upper case, spaces as underscores (hyphens kept). */
const inputVar = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
/** INPUT_* variables that name no input of action.yml, each with the closest valid input where there is one. */
function unknownInputWarnings(env) {
    const names = actionMeta().inputs.map((i) => i.name);
    // Shells cannot export hyphens, so INPUT_REGISTRY_AUTH counts as registry-auth too (the CLI reads it).
    const known = new Set(names.flatMap((n) => [inputVar(n), inputVar(n).replace(/-/g, '_')]));
    return Object.keys(env)
        .filter((k) => k.startsWith('INPUT_') && !known.has(k))
        .map((k) => {
        const guess = closest(k.slice(6).toLowerCase().replace(/_/g, '-'), names);
        return `Unexpected input '${k.slice(6).toLowerCase()}' (${k}): action.yml has no such input, so it is ignored.${guess ? ` Did you mean '${guess}'?` : ''}`;
    });
}


/***/ })

};
