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
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(132), __webpack_require__.e(696), __webpack_require__.e(343), __webpack_require__.e(939)]).then(__webpack_require__.bind(__webpack_require__, 2954))).executePromote(s, rt);
}


/***/ }),

/***/ 4798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRegistrySettings),
/* harmony export */   p: () => (/* binding */ inputCredentials)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _reliability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5437);


/** docker/login-action's `registry-auth`: a YAML list of {registry, username, password}. */
async function parseRegistryAuth(text) {
    if (!text)
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const expected = 'Expected a YAML list of {registry, username, password} entries.';
    let doc;
    try {
        doc = parse(text);
    }
    catch {
        // The value holds passwords: never quote it back.
        throw new Error(`Invalid input 'registry-auth': not valid YAML. ${expected}`);
    }
    if (!Array.isArray(doc))
        throw new Error(`Invalid input 'registry-auth': not a list. ${expected}`);
    return doc.map((entry, i) => {
        const e = (entry ?? {});
        const registry = typeof e.registry === 'string' && e.registry ? e.registry : 'docker.io';
        if (typeof e.username !== 'string' || typeof e.password !== 'string' || !e.password) {
            throw new Error(`Invalid input 'registry-auth': entry ${i + 1} (registry '${registry}') needs a username and a password. ${expected}`);
        }
        return { registry, credential: { username: e.username, password: e.password } };
    });
}
async function readRegistrySettings(rt, defaultRegistry) {
    const credentials = await parseRegistryAuth(rt.input('registry-auth'));
    const username = rt.input('username');
    const password = rt.input('password');
    if (password)
        rt.setSecret(password);
    for (const c of credentials)
        rt.setSecret(c.credential.password);
    if (username || password) {
        if (!username || !password)
            throw new Error(`Inputs 'username' and 'password' go together: only '${username ? 'username' : 'password'}' was given`);
        if (!defaultRegistry)
            throw new Error(`Inputs 'username' and 'password' apply to the first image's registry, but there is no image`);
        credentials.push({ registry: defaultRegistry, credential: { username, password } });
    }
    // action.yml's default is an expression only the runner expands; local runners (local-action) pass it verbatim.
    const rawToken = rt.input('github-token');
    const githubToken = /^\$\{\{.*\}\}$/.test(rawToken) ? '' : rawToken;
    if (githubToken)
        rt.setSecret(githubToken);
    const insecureRegistries = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .listInput */ .dt)(rt, 'insecure-registries');
    for (const h of insecureRegistries) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(h))
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('insecure-registries', h, 'Expected host[:port], one per line.');
    }
    return { credentials, githubToken, insecureRegistries, attempts: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .retriesInput */ .dD)(rt) };
}
/** The credentials the inputs give: explicit entries, then the GitHub token for ghcr.io. */
function inputCredentials(s, env) {
    const entries = [...s.credentials];
    if (s.githubToken)
        entries.push({ registry: 'ghcr.io', credential: { username: env.GITHUB_ACTOR || 'x-access-token', password: s.githubToken } });
    return entries;
}


/***/ })

};
;