"use strict";
exports.id = 586;
exports.ids = [586];
exports.modules = {

/***/ 1586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteCommand: () => (/* binding */ runPromoteCommand)
});

// EXTERNAL MODULE: ./lib/registry/digest-value.js
var digest_value = __webpack_require__(7099);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
;// CONCATENATED MODULE: ./lib/commands/promote/settings.js





async function readPromoteSettings(rt) {
    const sourceText = (0,inputs/* requiredInput */.YF)(rt, 'source', 'the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:...');
    let source;
    try {
        source = reference/* Reference */.Or.parse(sourceText, { defaultTag: true });
    }
    catch (e) {
        throw new inputs/* InputError */.dz('source', sourceText, `Expected an image reference by tag or digest (${e.message}).`);
    }
    const destinations = (0,settings_images/* readImages */.H)(rt, true).map((p) => p.repository);
    const expected = rt.input('expected-digest');
    if (expected && !digest_value/* Digest */.n.isDigest(expected))
        throw new inputs/* InputError */.dz('expected-digest', expected, 'Expected sha256:<64 hex characters>.');
    const platforms = (0,inputs/* listInput */.dt)(rt, 'platforms');
    const allowDigestChange = (0,inputs/* boolInput */.Hm)(rt, 'allow-digest-change', false);
    if (platforms.length && !allowDigestChange) {
        throw new Error(`Input 'platforms' filters the image and so changes its digest; set 'allow-digest-change: true' to accept that`);
    }
    return {
        source,
        destinations,
        tagLines: (0,inputs/* linesInput */.WO)(rt, 'tags'),
        expectedDigest: expected ? digest_value/* Digest */.n.parse(expected) : undefined,
        referrers: (0,inputs/* boolInput */.Hm)(rt, 'referrers', true),
        platforms,
        allowDigestChange,
        concurrency: (0,inputs/* intInput */.O1)(rt, 'concurrency', 4, 1, 32),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, destinations[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/promote/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runPromoteCommand(rt) {
    const s = await readPromoteSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(132), __webpack_require__.e(574), __webpack_require__.e(873), __webpack_require__.e(939)]).then(__webpack_require__.bind(__webpack_require__, 2954))).executePromote(s, rt);
}


/***/ })

};
;