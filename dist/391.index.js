"use strict";
exports.id = 391;
exports.ids = [391];
exports.modules = {

/***/ 11391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteCommand: () => (/* binding */ runPromoteCommand)
});

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/pull-request.js
var pull_request = __webpack_require__(45362);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/run-roots.js
var run_roots = __webpack_require__(13472);
// EXTERNAL MODULE: ./lib/commands/promote/environment/map.js
var environment_map = __webpack_require__(16601);
;// CONCATENATED MODULE: ./lib/commands/promote/environment/settings.js






/** Input combinations that belong to neither form of promote: refused before anything else is read. */
function checkForm(rt) {
    const files = rt.input('files');
    const pinFiles = rt.input('pin-files');
    const map = rt.input('map');
    const source = rt.input('source');
    if (files && source) {
        throw new Error(`Inputs 'files' and 'source' cannot be used together: 'source' promotes one image, 'files' every image the files pin (give one of them)`);
    }
    if (files) {
        // Each of these names one image or its destination, which with 'files' come from the files and 'map'.
        for (const name of ['images', 'expected-digest', 'platforms']) {
            const value = rt.input(name);
            if (value)
                throw new inputs/* InputError */.dz(name, value.split('\n')[0], `Expected it only with input 'source': with 'files', the files name the images and 'map' their destinations.`);
        }
        return 'environment';
    }
    if (pinFiles)
        throw new inputs/* InputError */.dz('pin-files', pinFiles, `Expected it with input 'files' (the files whose images are promoted).`);
    if (map)
        throw new inputs/* InputError */.dz('map', map.split('\n')[0], `Expected it with input 'files': 'map' says where the images the files pin go.`);
    return 'image';
}
/** Tag rules (`type=...`) describe one build's commit; a release of many images takes plain names only. */
function plainTag(tag) {
    try {
        reference/* Repository */.LN.parse('x.example/x').tag(tag);
    }
    catch {
        throw new inputs/* InputError */.dz('tags', tag, `Expected plain tag names, one per line (letters, digits, '_', '.', '-'; up to 128 characters).`);
    }
    return tag;
}
async function readEnvironmentSettings(rt) {
    const map = (0,environment_map/* parseMap */.y)((0,inputs/* linesInput */.WO)(rt, 'map'));
    const pullRequest = (0,pull_request/* readPullRequest */.D)(rt);
    const pinFiles = (0,inputs/* linesInput */.WO)(rt, 'pin-files');
    if (pullRequest && !pinFiles.length)
        throw new inputs/* InputError */.dz('pull-request', 'true', `Expected input 'pin-files' too: the pull request carries the rewritten files.`);
    return {
        workspace: (0,run_roots/* workspaceOf */.B3)(rt.env),
        files: (0,inputs/* linesInput */.WO)(rt, 'files'),
        map,
        pinFiles,
        tags: [...new Set((0,inputs/* linesInput */.WO)(rt, 'tags').map(plainTag))],
        referrers: (0,inputs/* boolInput */.Hm)(rt, 'referrers', true),
        concurrency: (0,inputs/* intInput */.O1)(rt, 'concurrency', 4, 1, 32),
        pullRequest,
        pullRequestBranch: rt.input('pull-request-branch') || 'pinship/promote',
        // username/password apply to the registry of the first destination.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, map[0].destination.split('/')[0]),
    };
}

// EXTERNAL MODULE: ./lib/registry/digest-value.js
var digest_value = __webpack_require__(27099);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(29199);
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
        concurrency: (0,inputs/* intInput */.O1)(rt, 'concurrency', 16, 1, 32),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, destinations[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/promote/command.js


/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runPromoteCommand(rt) {
    if (checkForm(rt) === 'environment') {
        const s = await readEnvironmentSettings(rt);
        return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(668), __webpack_require__.e(26), __webpack_require__.e(47), __webpack_require__.e(107), __webpack_require__.e(999), __webpack_require__.e(14)]).then(__webpack_require__.bind(__webpack_require__, 58014))).executeEnvironmentPromote(s, rt);
    }
    const s = await readPromoteSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(26), __webpack_require__.e(47), __webpack_require__.e(107), __webpack_require__.e(696), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 23796))).executePromote(s, rt);
}


/***/ }),

/***/ 16601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ mapRepository),
/* harmony export */   y: () => (/* binding */ parseMap)
/* harmony export */ });
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9758);


const FORM = 'Expected SOURCE_PREFIX => DESTINATION_PREFIX, one per line, e.g. ghcr.io/acme/ => registry.example/acme/.';
/** The part of a prefix that compares with repository names: a trailing '/' only says "and below". */
const trimmed = (prefix) => prefix.replace(/\/+$/, '');
/** Whether `name` is `host[:port]/...` or a bare host: a prefix must name its registry, or it would silently mean Docker Hub. */
function parsedPrefix(prefix) {
    try {
        const probe = _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .Repository */ .LN.parse(`${prefix}/x`);
        const host = prefix.split('/')[0];
        return probe.registry.host.toLowerCase() === host.toLowerCase().replace(/^index\.docker\.io$/, 'docker.io') ? probe : undefined;
    }
    catch {
        return undefined;
    }
}
function sourcePrefix(raw, line) {
    const prefix = trimmed(raw.toLowerCase()).replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
    const probe = prefix ? parsedPrefix(prefix) : undefined;
    if (!probe) {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('map', line, `The source prefix '${raw}' is not a registry host or repository prefix with its host (ghcr.io/acme/). ${FORM}`);
    }
    return probe.toString().slice(0, -2);
}
function destinationPrefix(raw, line) {
    const prefix = trimmed(raw);
    const probe = prefix ? parsedPrefix(prefix) : undefined;
    // Canonical as written: pinship writes these names into registries and files, so it does not guess at them.
    if (!probe || probe.toString() !== `${prefix}/x`) {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('map', line, `The destination prefix '${raw}' is not a valid repository prefix: expected a registry host and lower-case path, e.g. registry.example/acme/. ${FORM}`);
    }
    return prefix;
}
/** `map`: lines `SOURCE_PREFIX => DESTINATION_PREFIX`; an empty map maps nothing, which is an error of its own. */
function parseMap(lines) {
    if (!lines.length)
        throw new Error(`Input 'map' is required with 'files': lines SOURCE_PREFIX => DESTINATION_PREFIX, e.g. ghcr.io/acme/ => registry.example/acme/`);
    const rules = lines.map((line) => {
        const parts = line.split('=>');
        if (parts.length !== 2)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('map', line, FORM);
        const [source, destination] = parts.map((p) => p.trim());
        return { source: sourcePrefix(source, line), destination: destinationPrefix(destination, line), line };
    });
    const twice = rules.find((r, i) => rules.findIndex((o) => o.source === r.source) !== i);
    if (twice)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('map', twice.line, `The source prefix ${twice.source} is mapped more than once; expected one line per source prefix.`);
    return rules;
}
/** Where `repo` goes: the longest matching source prefix wins; undefined when no line matches. */
function mapRepository(rules, repo) {
    const name = repo.toString();
    const matches = rules.filter((r) => name === r.source || name.startsWith(`${r.source}/`));
    const best = matches.sort((a, b) => b.source.length - a.source.length)[0];
    if (!best)
        return undefined;
    const mapped = best.destination + name.slice(best.source.length);
    try {
        return _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .Repository */ .LN.parse(mapped);
    }
    catch (e) {
        throw new Error(`map line '${best.line}' maps ${name} to '${mapped}', which is not a valid repository: ${e.message}`, { cause: e });
    }
}


/***/ }),

/***/ 45362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readPullRequest),
/* harmony export */   b: () => (/* binding */ pullRequestRepository)
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
/** `pull-request: true` pushes to and opens a pull request on the run's own repository. */
function pullRequestRepository(rt) {
    const [owner, repo, ...rest] = (rt.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pull-request', 'true', `Expected GITHUB_REPOSITORY to name owner/repo (found '${rt.env.GITHUB_REPOSITORY ?? ''}'): the pull request is opened on the run's repository.`);
    }
    return { owner, repo };
}


/***/ }),

/***/ 44798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRegistrySettings),
/* harmony export */   p: () => (/* binding */ inputCredentials)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _reliability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55437);


/** docker/login-action's `registry-auth`: a YAML list of {registry, username, password}. */
async function parseRegistryAuth(text) {
    if (!text)
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
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
    return { credentials, githubToken, insecureRegistries, attempts: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .retriesInput */ .dD)(rt), idleTimeoutMs: (0,_reliability_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutInput */ .eR)(rt) };
}
/** The credentials the inputs give: explicit entries, then the GitHub token for ghcr.io. */
function inputCredentials(s, env) {
    const entries = [...s.credentials];
    if (s.githubToken)
        entries.push({ registry: 'ghcr.io', credential: { username: env.GITHUB_ACTOR || 'x-access-token', password: s.githubToken } });
    return entries;
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


/***/ })

};
;