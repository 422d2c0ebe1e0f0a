"use strict";
exports.id = 775;
exports.ids = [775];
exports.modules = {

/***/ 6775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPinCommand: () => (/* binding */ runPinCommand)
});

// EXTERNAL MODULE: ./lib/image/platforms.js
var platforms = __webpack_require__(349);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(6815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/pull-request.js
var pull_request = __webpack_require__(5362);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
;// CONCATENATED MODULE: ./lib/commands/pin/settings.js






function parseSet(line) {
    let ref;
    try {
        ref = reference/* Reference */.Or.parse(line);
    }
    catch (e) {
        throw new inputs/* InputError */.dz('set', line, `Expected an image reference with a digest, e.g. ghcr.io/acme/app:1.4@sha256:... (${e.message}).`);
    }
    if (!ref.digest)
        throw new inputs/* InputError */.dz('set', line, 'Expected a reference with a digest (name@sha256:... or name:tag@sha256:...).');
    return ref;
}
function parsePlatform(value) {
    if (!value)
        return undefined;
    try {
        return (0,platforms/* parsePlatforms */.qA)([value])[0];
    }
    catch {
        throw new inputs/* InputError */.dz('platform', value, 'Expected os/arch[/variant], e.g. linux/amd64.');
    }
}
async function readPinSettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const set = (0,inputs/* linesInput */.WO)(rt, 'set').map(parseSet);
    const twice = set.find((r, i) => set.findIndex((o) => o.repository.equals(r.repository)) !== i);
    if (twice)
        throw new inputs/* InputError */.dz('set', twice.toString(), `Expected one reference per repository; ${twice.repository} is given more than once.`);
    const branch = rt.input('pull-request-branch') || 'pinship/pin';
    return {
        ...files,
        set,
        keepTag: (0,inputs/* boolInput */.Hm)(rt, 'keep-tag', true),
        platform: parsePlatform(rt.input('platform')),
        pullRequest: (0,pull_request/* readPullRequest */.D)(rt),
        pullRequestBranch: branch,
        // username/password apply to the registry of the first `set` reference.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, set[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/pin/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runPinCommand(rt) {
    const s = await readPinSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(132), __webpack_require__.e(999), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 6552))).executePin(s, rt);
}


/***/ }),

/***/ 349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Tp: () => (/* binding */ filterIndex),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8926);

function parsePlatform(s) {
    const [os, architecture, variant, ...rest] = s.trim().split('/');
    if (!os || !architecture || rest.length)
        throw new Error(`Invalid platform '${s}': expected os/arch[/variant], e.g. linux/amd64`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
// arm64 images are often published without their default variant, and asked for with it.
const defaultVariant = (p) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
function platformMatches(have, want) {
    if (!have || have.os !== want.os || have.architecture !== want.architecture)
        return false;
    return !want.variant || defaultVariant(have) === defaultVariant(want);
}
/** Validates `platforms` before anything is read, so a typo fails fast. */
function parsePlatforms(platforms) {
    return platforms.map(parsePlatform);
}
/**
 * Keeps the children for `wanted`, plus buildx attestation manifests (platform unknown/unknown)
 * that describe a kept child, since dropping them would orphan provenance.
 */
function filterIndex(name, index, wanted) {
    const children = index.manifests ?? [];
    const images = children.filter((d) => wanted.some((w) => platformMatches(d.platform, w)));
    const keptDigests = new Set(images.map((d) => d.digest));
    const kept = children.filter((d) => keptDigests.has(d.digest) || keptDigests.has(d.annotations?.['vnd.docker.reference.digest'] ?? ''));
    if (!images.length) {
        const have = children.map((d) => (d.platform ? (0,_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd)(d.platform) : 'unknown')).join(', ');
        throw new Error(`none of the platforms of ${name} (${have}) matches input 'platforms' (${wanted.map(_registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd).join(', ')})`);
    }
    if (kept.length === children.length)
        return { kept, bytes: undefined };
    const json = { ...index, manifests: kept };
    return { kept, bytes: Buffer.from(JSON.stringify(json)) };
}


/***/ }),

/***/ 5362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readPullRequest)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/**
 * Events whose checkout holds a pull request's changes (the merge commit GitHub makes, or the merge
 * queue's): a commit pinship builds on it would carry those untrusted changes into a branch it pushes
 * with the workflow's token.
 */
const UNTRUSTED_CHECKOUT = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group']);
/** `pull-request`, refused on events whose checkout is not the repository's own. */
function readPullRequest(rt) {
    const on = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolInput */ .Hm)(rt, 'pull-request', false);
    const event = rt.env.GITHUB_EVENT_NAME ?? '';
    if (on && UNTRUSTED_CHECKOUT.has(event)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pull-request', 'true', `Expected a run on push, schedule or workflow_dispatch: on a ${event} event the checkout may hold the pull request's untrusted changes (its merge commit), and pinship's commit would carry them.`);
    }
    return on;
}


/***/ })

};
;