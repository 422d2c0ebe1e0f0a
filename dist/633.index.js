"use strict";
exports.id = 633;
exports.ids = [633,254];
exports.modules = {

/***/ 47014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// EXTERNAL MODULE: ./lib/registry/digest-value.js
var digest_value = __webpack_require__(27099);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/settings/annotations.js
var annotations = __webpack_require__(22275);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(29199);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/tagging.js
var tagging = __webpack_require__(43254);
// EXTERNAL MODULE: ./lib/settings/run-roots.js
var run_roots = __webpack_require__(13472);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/util/find-files.js
var find_files = __webpack_require__(23595);
// EXTERNAL MODULE: ./lib/util/glob.js
var glob = __webpack_require__(66852);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/util/small-file.js


/**
 * A file's text when it is a regular file of at most `max` bytes. Files a pattern selects in the
 * workspace are the pull request's to write: reading a huge one (or a FIFO, which would never end)
 * must fail at once, naming the file. `what` says what the file should have been.
 */
async function readSmallFile(path, max, what) {
    // O_NONBLOCK: opening a FIFO with no writer must not hang before the check below can refuse it.
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        if (!(await file.stat()).isFile())
            throw new Error(`${path} is not a regular file. Expected ${what}.`);
        const buf = Buffer.alloc(max + 1);
        let size = 0;
        for (let n = -1; n !== 0 && size <= max; size += n)
            n = (await file.read(buf, size, max + 1 - size, size)).bytesRead;
        if (size > max)
            throw new Error(`${path} is larger than ${max} bytes. Expected ${what}.`);
        return buf.subarray(0, size).toString('utf8');
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./lib/commands/merge/settings.js












function readSource(rt, images) {
    const text = rt.input('source');
    if (!text)
        return images[0];
    try {
        return (0,reference/* parseRepositoryLenient */.P6)(text).repository;
    }
    catch (e) {
        throw new inputs/* InputError */.dz('source', text, `Expected the repository the children were pushed to, without tag or digest (${e.message}).`);
    }
}
function parseDigest(input, text) {
    if (!digest_value/* Digest */.n.isDigest(text))
        throw new inputs/* InputError */.dz(input, text, 'Expected sha256:<64 hex characters>, one per line.');
    return digest_value/* Digest */.n.parse(text);
}
function sameRepository(text, repo) {
    try {
        return (0,reference/* parseRepositoryLenient */.P6)(text).repository.equals(repo);
    }
    catch {
        return false;
    }
}
/**
 * A build's metadata JSON (digest, every repository:tag, labels, push statistics) is a few kilobytes;
 * this leaves room for dozens of repositories and tags, and bounds what a pull request's file can cost.
 */
const DIGEST_FILE_MAX_BYTES = 256 * 1024;
/** A build's `digest-file` record: its digest, once shown to name the source repository. */
async function readDigestFile(path, source) {
    let record;
    let text;
    try {
        text = await readSmallFile(path, DIGEST_FILE_MAX_BYTES, "the file a build's 'digest-file' wrote");
    }
    catch (e) {
        throw new Error(`Invalid input 'digest-files': ${e.message}`, { cause: e });
    }
    try {
        record = JSON.parse(text);
    }
    catch {
        throw new Error(`Invalid input 'digest-files': ${path} is not JSON. Expected the file a build's 'digest-file' wrote.`);
    }
    if (typeof record?.digest !== 'string' || !digest_value/* Digest */.n.isDigest(record.digest))
        throw new Error(`Invalid input 'digest-files': ${path} has no 'digest' field with a sha256:... value`);
    const images = [...(Array.isArray(record.images) ? record.images : []), record.image].filter((i) => typeof i === 'string');
    const repos = images.map((i) => i.split('@')[0]);
    if (!repos.some((r) => sameRepository(r, source))) {
        throw new Error(`Invalid input 'digest-files': ${path} records ${repos.join(', ') || 'no repository'}, not ${source} (input 'source', else the first of 'images')`);
    }
    return digest_value/* Digest */.n.parse(record.digest);
}
/**
 * Where a `digest-files` pattern is read: a relative one in the workspace; an absolute one in the
 * workspace or RUNNER_TEMP (where build's `digest-file` may write, and where Docker's own recipe
 * downloads the digest artifacts), whichever holds the part before its first wildcard.
 */
function digestFilesRoot(pattern, roots) {
    if (!(0,external_node_path_.isAbsolute)(pattern))
        return { ...roots[0], pattern };
    const segments = pattern.split('/');
    const wild = segments.findIndex((seg) => /[*?[{]/.test(seg));
    const fixed = (wild < 0 ? segments : segments.slice(0, wild)).join('/') || '/';
    const holder = roots.find((r) => (0,glob/* isInside */.FK)(r.root, fixed));
    if (!holder)
        throw new inputs/* InputError */.dz('digest-files', pattern, `Expected a pattern inside ${(0,run_roots/* placesOf */.ek)(roots)}.`);
    return { ...holder, pattern: (0,external_node_path_.relative)(holder.root, pattern) || '.' };
}
async function readDigests(rt, source) {
    const digests = (0,inputs/* listInput */.dt)(rt, 'digests').map((d) => parseDigest('digests', d));
    const roots = (0,run_roots/* runRoots */.ZR)(rt.env);
    for (const line of (0,inputs/* linesInput */.WO)(rt, 'digest-files')) {
        const { root, pattern, place } = digestFilesRoot(line, roots);
        const files = await (0,find_files/* findFiles */.l)(root, [pattern], { input: 'digest-files', place });
        if (!files.length)
            throw new inputs/* InputError */.dz('digest-files', line, `No file in ${place} matches it.`);
        for (const f of files)
            digests.push(await readDigestFile(f.path, source));
    }
    const unique = [...new Map(digests.map((d) => [d.toString(), d])).values()];
    if (!unique.length)
        throw new Error(`Inputs 'digests' and 'digest-files' name no image: merge needs at least one per-platform digest`);
    return unique;
}
async function readMergeSettings(rt) {
    const parsed = (0,settings_images/* readImages */.H)(rt, true);
    const images = parsed.map((p) => p.repository);
    const source = readSource(rt, images);
    return {
        images,
        source,
        ...(0,tagging.readTagSettings)(rt),
        digests: await readDigests(rt, source),
        annotations: (0,annotations/* parseAnnotations */.K)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'index'),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, images[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/merge/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runMergeCommand(rt) {
    const s = await readMergeSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(26), __webpack_require__.e(47), __webpack_require__.e(107), __webpack_require__.e(696), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 66903))).executeMerge(s, rt);
}


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ ANNOTATION_LEVELS),
/* harmony export */   I_: () => (/* binding */ ociLabelAnnotations),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/** Where buildx puts an annotation (`--annotation manifest,index:key=value`). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/**
 * The key/value pairs for one level (and platform): `defaults` first, the explicit annotations
 * override them; undefined when there is nothing to set.
 */
function annotationsAt(all, level, platform, defaults = {}) {
    const out = { ...defaults };
    for (const a of all) {
        if (!a.levels.includes(level))
            continue;
        if (a.platform && a.platform !== platform)
            continue;
        out[a.key] = a.value;
    }
    return Object.keys(out).length ? out : undefined;
}
/** The `org.opencontainers.image.*` label values, metadata-action's default annotations. */
function ociLabelAnnotations(labels) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.')));
}


/***/ }),

/***/ 22275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseAnnotations)
/* harmony export */ });
/* harmony import */ var _image_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);


/**
 * `annotations` lines as buildx spells them: `KEY=VALUE`, optionally prefixed by one or more
 * comma-separated levels and a platform, `manifest,index:KEY=VALUE` or `manifest[linux/arm64]:KEY=VALUE`.
 * A line without levels gets `defaultLevel` (buildx build: manifest; imagetools create: index).
 */
function parseAnnotations(lines, defaultLevel) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE, one per line.');
        const head = line.slice(0, eq);
        const colon = head.indexOf(':');
        const key = head.slice(colon + 1).trim();
        if (!key)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE with a non-empty KEY.');
        if (colon < 0)
            return { levels: [defaultLevel], key, value: line.slice(eq + 1), leveled: false };
        const m = /^([a-z,-]+)(?:\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)\])?$/.exec(head.slice(0, colon).trim());
        const levels = m?.[1].split(',') ?? [];
        if (!m || !levels.every((l) => _image_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_LEVELS */ .CJ.includes(l))) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, `Expected a level prefix among ${_image_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_LEVELS */ .CJ.join(', ')} (comma-separated, optionally with [os/arch]), e.g. index:${key}=...`);
        }
        return { levels: levels, ...(m[2] ? { platform: m[2] } : {}), key, value: line.slice(eq + 1), leveled: true };
    });
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


/***/ }),

/***/ 43254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTagSettings: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99513);
/* harmony import */ var _tags_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34494);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);



function readTagSettings(rt) {
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`, { cause: e });
    }
    try {
        flavor = (0,_tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlavor */ .w)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`, { cause: e });
    }
    return { tagRules, flavor, labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'labels'), prSha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head') };
}


/***/ }),

/***/ 99513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DEFAULT_FLAVOR),
/* harmony export */   w: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35531);


const DEFAULT_FLAVOR = {
    latest: 'auto',
    prefix: '',
    prefixLatest: false,
    suffix: '',
    suffixLatest: false,
};
function parseFlavorLine(line, flavor) {
    // `onlatest` binds to the prefix= or suffix= that precedes it on the same
    // line; elsewhere metadata-action ignores it, and so do we.
    let onlatestFor;
    for (const { key, value } of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .Kp)(line)) {
        switch (key) {
            case undefined:
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`'${value}' has no '='. Expected key=value`);
            case 'latest':
                if (value !== 'auto' && value !== 'true' && value !== 'false') {
                    throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`latest '${value}' is not valid. Expected auto, true or false`);
                }
                flavor.latest = value;
                break;
            case 'prefix':
            case 'suffix':
                (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTemplate */ .BU)(_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_NAMES */ .Px, key, value);
                flavor[key] = value;
                onlatestFor = key;
                break;
            case 'onlatest':
                if (value !== 'true' && value !== 'false') {
                    throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`onlatest '${value}' is not valid. Expected true or false`);
                }
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
                break;
            default:
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown key '${key}'. Expected latest, prefix, suffix or onlatest`);
        }
    }
}
/** Parses the `flavor` input: latest=auto|true|false, prefix=X[,onlatest=B], suffix=X[,onlatest=B]. */
function parseFlavor(input) {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(input)) {
        try {
            parseFlavorLine(line, flavor);
        }
        catch (e) {
            if (e instanceof _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg)
                throw new Error(`Invalid flavor '${line}': ${e.message}`, { cause: e });
            throw e;
        }
    }
    return flavor;
}


/***/ }),

/***/ 35531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   GT: () => (/* binding */ namesFor),
/* harmony export */   Px: () => (/* binding */ GLOBAL_NAMES)
/* harmony export */ });
/* unused harmony exports SEMVER_NAMES, PEP440_NAMES, SCHEDULE_NAMES */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78083);


/**
 * The names each template may use. A name outside its list is a typo ({{verison}}), which
 * metadata-action would render as nothing: pinship refuses it when the rule is read.
 */
const GLOBAL_NAMES = ['date', 'commit_date', 'branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const SEMVER_NAMES = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'];
const PEP440_NAMES = ['raw', 'version', 'major', 'minor', 'patch'];
const SCHEDULE_NAMES = ['date', 'commit_date'];
/** The names a rule attribute's template sees. */
function namesFor(type, attr) {
    if (attr !== 'pattern')
        return GLOBAL_NAMES;
    if (type === 'semver')
        return SEMVER_NAMES;
    if (type === 'pep440')
        return PEP440_NAMES;
    if (type === 'schedule')
        return SCHEDULE_NAMES;
    return GLOBAL_NAMES;
}
/**
 * Parses one template attribute (`key`) once: a syntax error, or a name outside `names` (a typo
 * like {{verison}} would render as nothing and silently drop the tag), is the attribute's error.
 */
function checkTemplate(names, key, template) {
    if (template === undefined)
        return;
    let used;
    try {
        used = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholders */ .Ft)(template);
    }
    catch (e) {
        if (e instanceof _template_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)
            throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`${e.message} in ${key}. Expected {{expression}}`);
        throw e;
    }
    const unknown = used.find((n) => !names.includes(n));
    if (unknown !== undefined) {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown placeholder '{{${unknown}}}' in ${key}. Expected one of ${names.map((n) => `{{${n}}}`).join(', ')}`);
    }
}


/***/ }),

/***/ 34494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ parseTagRules)
/* harmony export */ });
/* unused harmony exports TAG_TYPES, REF_EVENTS, DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, parseTagRule */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35531);


const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const REF_EVENTS = ['branch', 'tag', 'pr'];
/** metadata-action's default priorities; the highest-priority tag becomes `version`. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/**
 * pinship's rules when `tags` is empty: metadata-action's four (schedule, ref
 * branch/tag/pr), so a workflow moving over keeps every tag it had, a `release1`
 * tag included, plus semver tags and the commit sha, so every build is
 * addressable by commit and `1.2` follows its latest patch. semver's higher
 * priority makes `version` `1.2.3` rather than the git tag `v1.2.3`, and keeps
 * `latest` off pre-releases.
 */
const DEFAULT_TAG_RULES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=sha',
];
const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const TEMPLATE_ATTRS = ['enable', 'prefix', 'suffix', 'value'];
function isTagType(s) {
    return TAG_TYPES.includes(s);
}
function checkRegex(source, what) {
    const literal = /^\/(.+)\/(.*)$/.exec(source);
    try {
        if (literal)
            new RegExp(literal[1] ?? '', literal[2]);
        else
            new RegExp(source);
    }
    catch {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`invalid regular expression '${source}' in ${what}. Expected a JavaScript regular expression`);
    }
}
function build(type, attrs, common) {
    const need = (key, example) => {
        const v = attrs.get(key);
        if (v === undefined)
            throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`missing ${key}. Expected e.g. ${example}`);
        return v;
    };
    switch (type) {
        case 'schedule':
            return { ...common, type, pattern: attrs.get('pattern') ?? 'nightly' };
        case 'semver':
        case 'pep440': {
            const pattern = need('pattern', `type=${type},pattern={{version}}`);
            const match = attrs.get('match') ?? '';
            if (match !== '')
                checkRegex(match, 'match');
            return { ...common, type, pattern, value: attrs.get('value') ?? '', match };
        }
        case 'match': {
            const pattern = need('pattern', 'type=match,pattern=v(.*),group=1');
            checkRegex(pattern, 'pattern');
            const group = attrs.get('group') ?? '0';
            if (!/^\d+$/.test(group))
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`group '${group}' is not a number. Expected a non-negative integer`);
            return { ...common, type, pattern, group: Number(group), value: attrs.get('value') ?? '' };
        }
        case 'edge':
            return { ...common, type, branch: attrs.get('branch') ?? '' };
        case 'ref': {
            const event = need('event', 'type=ref,event=branch');
            if (!REF_EVENTS.includes(event)) {
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown event '${event}'. Expected one of ${REF_EVENTS.join(', ')}`);
            }
            // Like metadata-action, the pr- prefix is a rule-level default, which
            // means a flavor prefix never applies to pr tags.
            const prefix = common.prefix ?? (event === 'pr' ? 'pr-' : undefined);
            const rule = { ...common, type, event: event };
            if (prefix !== undefined)
                rule.prefix = prefix;
            return rule;
        }
        case 'raw':
            return { ...common, type, value: need('value', 'type=raw,value=latest') };
        case 'sha': {
            const format = attrs.get('format') ?? 'short';
            if (format !== 'short' && format !== 'long')
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown format '${format}'. Expected short or long`);
            return { ...common, type, format, prefix: common.prefix ?? 'sha-' };
        }
    }
}
function parseLine(line, onWarning) {
    const attrs = new Map();
    let type = 'raw';
    for (const field of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .Kp)(line)) {
        if (field.key === undefined) {
            attrs.set('value', field.value);
        }
        else if (field.key === 'type') {
            if (!isTagType(field.value)) {
                throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`unknown type '${field.value}'. Expected one of ${TAG_TYPES.join(', ')}`);
            }
            type = field.value;
        }
        else {
            attrs.set(field.key, field.value);
        }
    }
    for (const key of attrs.keys()) {
        if (!COMMON_ATTRS.includes(key) && !TYPE_ATTRS[type].includes(key)) {
            onWarning?.(`Tag rule '${line}': attribute '${key}' is not used by type=${type} and is ignored`);
        }
    }
    const templated = [...TEMPLATE_ATTRS, ...(type === 'match' ? [] : ['pattern'])];
    for (const key of templated)
        (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTemplate */ .BU)((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .namesFor */ .GT)(type, key), key, attrs.get(key));
    const priorityText = attrs.get('priority');
    if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`priority '${priorityText}' is not a number. Expected an integer`);
    }
    const enable = attrs.get('enable') ?? 'true';
    if (!enable.includes('{{') && enable !== 'true' && enable !== 'false') {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg(`enable '${enable}' is not a boolean. Expected true, false or an expression like {{is_default_branch}}`);
    }
    const common = {
        priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITIES[type],
        enable,
        source: line,
    };
    const prefix = attrs.get('prefix');
    const suffix = attrs.get('suffix');
    if (prefix !== undefined)
        common.prefix = prefix;
    if (suffix !== undefined)
        common.suffix = suffix;
    return build(type, attrs, common);
}
/** Parses one rule line; a line without `type=` is shorthand for type=raw,value=<line>. */
function parseTagRule(line, onWarning) {
    const trimmed = line.trim();
    try {
        return parseLine(trimmed, onWarning);
    }
    catch (e) {
        if (e instanceof _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg)
            throw new Error(`Invalid tag rule '${trimmed}': ${e.message}`, { cause: e });
        throw e;
    }
}
/**
 * Parses the `tags` input (one rule per line, `#` comment lines skipped).
 * An input with no rules yields pinship's DEFAULT_TAG_RULES.
 */
function parseTagRules(input, onWarning) {
    const lines = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(input);
    return (lines.length > 0 ? lines : DEFAULT_TAG_RULES).map((l) => parseTagRule(l, onWarning));
}


/***/ }),

/***/ 78083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   EK: () => (/* binding */ isRawStatement),
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   XX: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export parseTemplate */
// A deliberately small subset of Handlebars, enough for metadata-action's
// tag expressions ({{branch}}, {{date 'YYYYMMDD' tz='Asia/Tokyo'}}, ...).
// Pulling in handlebars itself would drag a full template compiler into the
// bundle; the behaviours that leak into tag names are reproduced here:
// unknown names render as '', unknown helpers with arguments throw, and
// {{x}} output is HTML-escaped (so a branch `a&b` becomes `a&amp;b` before tag
// sanitizing, exactly as metadata-action produces it). {{{x}}} is unescaped.
class TemplateError extends Error {
}
// Handlebars 4 escapes exactly these characters.
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
};
function escapeHtml(s) {
    return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}
const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$.-]*)=|([^\s'"=]+))/y;
function parseExpression(body, escape) {
    const params = [];
    const hash = {};
    let name;
    let pendingKey;
    TOKEN.lastIndex = 0;
    const trimmed = body.trim();
    while (TOKEN.lastIndex < trimmed.length) {
        const start = TOKEN.lastIndex;
        const m = TOKEN.exec(trimmed);
        if (!m || m.index !== start) {
            throw new TemplateError(`cannot parse '{{${body}}}'`);
        }
        if (m[3] !== undefined) {
            if (pendingKey !== undefined || name === undefined) {
                throw new TemplateError(`misplaced '${m[3]}=' in '{{${body}}}'`);
            }
            pendingKey = m[3];
            continue;
        }
        const literal = m[1] ?? m[2];
        const word = m[4];
        if (name === undefined) {
            if (word === undefined) {
                throw new TemplateError(`expected a name at the start of '{{${body}}}'`);
            }
            name = word;
            continue;
        }
        const value = literal !== undefined ? { quoted: literal } : { word: word ?? '' };
        if (pendingKey !== undefined) {
            hash[pendingKey] = value;
            pendingKey = undefined;
        }
        else {
            params.push(value);
        }
    }
    if (name === undefined) {
        throw new TemplateError('empty expression {{}}');
    }
    if (pendingKey !== undefined) {
        throw new TemplateError(`missing value for '${pendingKey}=' in '{{${body}}}'`);
    }
    return { kind: 'expr', name, params, hash, escape };
}
function parseTemplate(src) {
    const nodes = [];
    let text = '';
    let i = 0;
    const pushText = () => {
        if (text !== '')
            nodes.push({ kind: 'text', text });
        text = '';
    };
    while (i < src.length) {
        if (src.startsWith('\\{{', i)) {
            text += '{{';
            i += 3;
            continue;
        }
        if (!src.startsWith('{{', i)) {
            text += src[i];
            i++;
            continue;
        }
        const triple = src.startsWith('{{{', i);
        const close = triple ? '}}}' : '}}';
        const end = src.indexOf(close, i + close.length);
        if (end < 0) {
            throw new TemplateError(`unclosed '${triple ? '{{{' : '{{'}'`);
        }
        let body = src.slice(i + close.length, end);
        i = end + close.length;
        // Whitespace control (~) strips the neighbouring whitespace like Handlebars.
        if (body.startsWith('~')) {
            body = body.slice(1);
            text = text.trimEnd();
        }
        if (body.endsWith('~')) {
            body = body.slice(0, -1);
            while (i < src.length && /\s/.test(src[i] ?? ''))
                i++;
        }
        pushText();
        const lead = body.trimStart()[0];
        if (lead === '!')
            continue; // comment
        if (lead !== undefined && '#/^>'.includes(lead)) {
            throw new TemplateError(`unsupported block or partial '{{${body}}}'`);
        }
        if (lead === '&') {
            nodes.push(parseExpression(body.trimStart().slice(1), false));
            continue;
        }
        nodes.push(parseExpression(body, !triple));
    }
    pushText();
    return nodes;
}
function resolveArg(arg, scope) {
    if ('quoted' in arg)
        return arg;
    const v = Object.prototype.hasOwnProperty.call(scope, arg.word) ? scope[arg.word] : undefined;
    return { word: arg.word, value: typeof v === 'string' ? v : undefined };
}
function render(src, scope) {
    let out = '';
    for (const node of parseTemplate(src)) {
        if (node.kind === 'text') {
            out += node.text;
            continue;
        }
        const entry = Object.prototype.hasOwnProperty.call(scope, node.name) ? scope[node.name] : undefined;
        const hasArgs = node.params.length > 0 || Object.keys(node.hash).length > 0;
        let value;
        if (typeof entry === 'function') {
            const params = node.params.map((p) => resolveArg(p, scope));
            const hash = {};
            for (const [k, v] of Object.entries(node.hash))
                hash[k] = resolveArg(v, scope);
            value = entry(params, hash);
        }
        else if (hasArgs) {
            throw new TemplateError(`Missing helper: "${node.name}"`);
        }
        else if (entry === undefined) {
            // Rules and flavors are checked against their names when read (checkTemplate); this is the backstop.
            throw new TemplateError(`unknown placeholder '{{${node.name}}}'. Expected one of ${Object.keys(scope)
                .map((n) => `{{${n}}}`)
                .join(', ')}`);
        }
        else {
            value = entry ?? '';
        }
        out += node.escape ? escapeHtml(value) : value;
    }
    return out;
}
// metadata-action keeps `{{raw}}` for semver/pep440 pre-releases only when the
// whole pattern is that single statement; `v{{raw}}` does not count.
function isRawStatement(src) {
    try {
        const nodes = parseTemplate(src);
        const only = nodes[0];
        return nodes.length === 1 && only?.kind === 'expr' && only.name === 'raw';
    }
    catch {
        return false;
    }
}
/** The names a template uses ({{name}}, {{name 'arg'}}), in order. */
function placeholders(src) {
    return parseTemplate(src).flatMap((n) => (n.kind === 'expr' ? [n.name] : []));
}


/***/ }),

/***/ 23595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66852);




async function checkedLink(root, path, file, scope) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => undefined);
    if (!real)
        throw new Error(`Input '${scope.input}': '${file}' is a broken symbolic link`);
    if (!(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(root, real))
        throw new Error(`Input '${scope.input}': '${file}' is a symbolic link to ${real}, outside ${scope.place}. Expected files inside ${scope.place}.`);
    // The walk never enters .git; a link must not lead there either (its config can hold a remote's credentials).
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git'))
        throw new Error(`Input '${scope.input}': '${file}' is a symbolic link into git's own files (${real}). Expected files of ${scope.place} outside .git.`);
    return real;
}
/**
 * The files `patterns` select inside `workspace` (pin and verify's; merge's digest files may also come
 * from RUNNER_TEMP, named by `scope`), sorted. Directories no pattern reaches are not read,
 * `.git` never is. A selected path (or a directory a pattern descends into) that is a symlink leading
 * out of the workspace or into a `.git` is an error, not followed.
 */
async function findFiles(workspace, lines, scope = { input: 'files', place: 'the workspace' }) {
    const patterns = lines.map((l) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePattern */ .EY)(l, scope));
    const include = patterns.filter((p) => !p.exclude);
    const exclude = patterns.filter((p) => p.exclude);
    if (!include.length)
        throw new Error(`Invalid input '${scope.input}': only exclusions ('!pattern'). Expected at least one pattern of files to read`);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const out = [];
    // Real paths already taken: a symlink to a selected file or directory must not be read (or rewritten) twice.
    const seen = new Set([root]);
    const walk = async (dir) => {
        // Synchronous, as the scan's reads are: a thread-pool round trip per directory was most of the walk.
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...dir), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (entry.name === '.git')
                continue;
            const segments = [...dir, entry.name];
            const wanted = (ps) => ps.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matches */ .cK)(p, segments));
            const below = include.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .mayMatchBelow */ .qM)(p, segments)) && !wanted(exclude);
            const selected = wanted(include) && !wanted(exclude);
            if (!selected && !below)
                continue;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...segments);
            const real = entry.isSymbolicLink() ? await checkedLink(root, path, segments.join('/'), scope) : path;
            if (seen.has(real))
                continue;
            const isDir = entry.isSymbolicLink() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real)).isDirectory() : entry.isDirectory();
            if (isDir && below) {
                seen.add(real);
                await walk(segments);
            }
            else if (!isDir && selected) {
                seen.add(real);
                out.push({ file: segments.join('/'), path });
            }
        }
    };
    await walk([]);
    return out;
}


/***/ }),

/***/ 66852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   qM: () => (/* binding */ mayMatchBelow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** Whether `path` is `root` or lies below it (paths as given: resolve symlinks first where they matter). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
function expandBraces(p) {
    const m = /\{([^{}]*)\}/.exec(p);
    if (!m)
        return [p];
    return m[1].split(',').flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Parses one pattern line; one that leaves the root (absolute, or `..` above it) is an error. */
function parsePattern(line, scope = { input: 'files', place: 'the workspace' }) {
    const exclude = line.startsWith('!');
    const body = (exclude ? line.slice(1) : line).replace(/^\.\//, '');
    const alternatives = expandBraces(body).map((alt) => {
        if (alt.startsWith('/') || /^[A-Za-z]:[\\/]/.test(alt))
            throw new Error(`Invalid input '${scope.input}': '${line}' is an absolute path. Expected a pattern relative to ${scope.place}.`);
        const segments = [];
        for (const s of alt.split('/')) {
            if (s === '' || s === '.')
                continue;
            if (s === '..') {
                if (!segments.length || segments[segments.length - 1] === '**')
                    throw new Error(`Invalid input '${scope.input}': '${line}' escapes ${scope.place}. Expected a pattern inside it.`);
                segments.pop();
            }
            else
                segments.push(s);
        }
        return segments.map((s) => (s === '**' ? '**' : segmentRegExp(s)));
    });
    return { source: line, exclude, alternatives };
}
/**
 * Whether `path` (segments) matches; with `prefix`, whether something below the directory `path`
 * could match, so the walk skips directories no pattern reaches.
 */
function matchSegments(pattern, path, prefix, pi = 0, si = 0) {
    if (si === path.length)
        return prefix ? pi < pattern.length : pattern.slice(pi).every((p) => p === '**');
    if (pi === pattern.length)
        return false;
    const p = pattern[pi];
    if (p === '**')
        return matchSegments(pattern, path, prefix, pi + 1, si) || matchSegments(pattern, path, prefix, pi, si + 1);
    return p.test(path[si]) && matchSegments(pattern, path, prefix, pi + 1, si + 1);
}
function matches(pattern, path) {
    return pattern.alternatives.some((alt) => matchSegments(alt, path, false));
}
function mayMatchBelow(pattern, dir) {
    return pattern.alternatives.some((alt) => matchSegments(alt, dir, true));
}


/***/ })

};
;