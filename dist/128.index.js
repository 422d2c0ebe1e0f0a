"use strict";
exports.id = 128;
exports.ids = [128];
exports.modules = {

/***/ 7128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBuildCommand: () => (/* binding */ runBuildCommand)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4428);

/**
 * The inputs are read on a light module graph first: a run that fails on them loads no builder,
 * registry, signing or publishing code (cold start, issue 13). Then the rest (./execute.ts).
 */
async function runBuildCommand(rt) {
    const s = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuildSettings */ .IK)(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(132), __webpack_require__.e(574), __webpack_require__.e(873), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 953))).executeBuild(s, rt);
}


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ readBuildSettings),
/* harmony export */   yI: () => (/* binding */ readContext)
/* harmony export */ });
/* unused harmony export BUILDERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _settings_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9199);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);
/* harmony import */ var _settings_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4798);
/* harmony import */ var _image_annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5531);





const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
function readPlatforms(rt) {
    const platforms = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)(rt, 'platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
    }
    return platforms;
}
/** A value of input `name`, which must match `form` (`expected` says how): it becomes a builder flag's value, never a flag. */
function formValue(name, value, form, expected) {
    if (value && !form.test(value))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, value, expected);
    return value;
}
/** `context`: a directory handed to the builder as its last operand. */
function readContext(rt) {
    return (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .operandInput */ .WP)(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
}
async function readBuildSettings(rt) {
    const push = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'push', true);
    const parsedImages = (0,_settings_images_js__WEBPACK_IMPORTED_MODULE_1__/* .readImages */ .H)(rt, push);
    const images = parsedImages.map((p) => p.repository);
    const context = readContext(rt);
    const pushByDigest = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
    // The tag rules' parser and digest-file's checks (node:fs/promises) load after the first checks: a run
    // without images failed ~0.25x of bare Node's start-up later with them loaded up front (issue 13).
    const [{ readTagSettings }, { parseDigestFile }] = await Promise.all([__webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 3254)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 680))]);
    const tagging = readTagSettings(rt);
    return {
        images,
        imageNames: parsedImages.map((p) => p.written),
        context,
        file: rt.input('file') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context, 'Dockerfile'),
        fileGiven: rt.input('file') !== '',
        buildArgs: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'build-args'),
        target: rt.input('target'),
        platforms: readPlatforms(rt),
        secrets: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'secrets'),
        cacheFrom: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'cache-from'),
        cacheTo: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'cache-to'),
        noCache: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'no-cache', false),
        pull: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'pull', false),
        network: rt.input('network'),
        ssh: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'ssh').map((v) => formValue('ssh', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*(=\S.*)?$/, 'Expected an SSH agent id, alone or with sockets or keys: default, or github=/path/to/key.')),
        addHosts: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)(rt, 'add-hosts').map((v) => formValue('add-hosts', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*[:=]\S+$/, 'Expected host:ip, e.g. docker:10.180.0.1.')),
        shmSize: formValue('shm-size', rt.input('shm-size'), /^\d+(\.\d+)?[bkmg]?$/i, 'Expected a size such as 128m or 2g.'),
        ulimits: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'ulimit').map((v) => formValue('ulimit', v, /^[a-z]+=-?\d+(:-?\d+)?$/, 'Expected name=soft[:hard], e.g. nofile=1024:2048.')),
        builder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .operandInput */ .WP)(rt, 'buildx-builder', '', 'the name of a buildx builder'),
        ...tagging,
        push,
        pushByDigest,
        load: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'load', false),
        provenance: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'provenance', false),
        sbom: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'sbom', false),
        annotations: (0,_image_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAnnotations */ .KX)((0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'annotations'), 'manifest'),
        digestFile: await parseDigestFile(rt.input('digest-file'), rt.env),
        registry: await (0,_settings_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegistrySettings */ .V)(rt, images[0]?.registry.host),
    };
}


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ ociLabelAnnotations),
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/* unused harmony export ANNOTATION_LEVELS */
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/** Where buildx puts an annotation (`--annotation manifest,index:key=value`). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/**
 * `annotations` lines as buildx spells them: `KEY=VALUE`, optionally prefixed by one or more
 * comma-separated levels and a platform, `manifest,index:KEY=VALUE` or `manifest[linux/arm64]:KEY=VALUE`.
 * A line without levels gets `defaultLevel` (buildx build: manifest; imagetools create: index).
 */
function parseAnnotations(lines, defaultLevel) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE, one per line.');
        const head = line.slice(0, eq);
        const colon = head.indexOf(':');
        const key = head.slice(colon + 1).trim();
        if (!key)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, 'Expected [level:]KEY=VALUE with a non-empty KEY.');
        if (colon < 0)
            return { levels: [defaultLevel], key, value: line.slice(eq + 1), leveled: false };
        const m = /^([a-z,-]+)(?:\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)\])?$/.exec(head.slice(0, colon).trim());
        const levels = m?.[1].split(',') ?? [];
        if (!m || !levels.every((l) => ANNOTATION_LEVELS.includes(l))) {
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', line, `Expected a level prefix among ${ANNOTATION_LEVELS.join(', ')} (comma-separated, optionally with [os/arch]), e.g. index:${key}=...`);
        }
        return { levels: levels, ...(m[2] ? { platform: m[2] } : {}), key, value: line.slice(eq + 1), leveled: true };
    });
}
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


/***/ })

};
;