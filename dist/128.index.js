export const id = 128;
export const ids = [128];
export const modules = {

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
    const s = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuildSettings */ .I)(rt, 'build');
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(812), __webpack_require__.e(574), __webpack_require__.e(873), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 2656))).executeBuild(s, rt);
}


/***/ }),

/***/ 680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ parseDigestFile),
/* harmony export */   a: () => (/* binding */ writeDigestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6852);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);





/** Neither a symlink nor anything else but a regular file may sit where the record goes. */
async function notALink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (!info || info.isFile())
        return undefined;
    return `${path} exists and is ${info.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; pinship neither follows nor replaces it`;
}
/**
 * `digest-file`, relative to the working directory. A pull request controls the checkout, so the
 * path must stay inside the workspace (GITHUB_WORKSPACE, else the working directory) or
 * RUNNER_TEMP once its folder's symlinks are resolved, and must not already be a symlink.
 */
async function parseDigestFile(value, env, cwd = process.cwd()) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, value);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path);
    const workspace = env.GITHUB_WORKSPACE || cwd;
    const allowed = env.RUNNER_TEMP ? `the workspace (${workspace}) or RUNNER_TEMP (${env.RUNNER_TEMP})` : `the workspace (${workspace})`;
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    }
    catch {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all([workspace, env.RUNNER_TEMP].filter((r) => !!r).map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(r).catch(() => undefined)));
    if (!roots.some((r) => r && (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${allowed}: pinship writes nowhere else.`);
    const link = await notALink((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
    if (link)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `${link}.`);
    return { dir, name };
}
/**
 * Writes the record to a new file beside the target (exclusive, not following links), then renames
 * it over the target: a symlink placed there during the build would be replaced, never followed,
 * but one is refused here as it was when the inputs were read.
 */
async function writeDigestFile(target, text) {
    const final = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, target.name);
    // Web Crypto's global: this module is read with the inputs, before any run needs node:crypto.
    const random = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex');
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.dir, `.${target.name}.${random}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
    try {
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
        const link = await notALink(final);
        if (link)
            throw new Error(`digest-file: ${link}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, final);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw e;
    }
}


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readBuildSettings)
/* harmony export */ });
/* unused harmony export BUILDERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _settings_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9199);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);
/* harmony import */ var _digest_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(680);
/* harmony import */ var _settings_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4798);
/* harmony import */ var _image_annotations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5531);
/* harmony import */ var _settings_tagging_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3254);







const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
function readPlatforms(rt) {
    const platforms = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)(rt, 'platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
    }
    return platforms;
}
async function readBuildSettings(rt, command) {
    const push = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'push', true);
    const parsedImages = (0,_settings_images_js__WEBPACK_IMPORTED_MODULE_1__/* .readImages */ .H)(rt, command === 'build' && push);
    const images = parsedImages.map((p) => p.repository);
    const context = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .operandInput */ .WP)(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
    const tagging = (0,_settings_tagging_js__WEBPACK_IMPORTED_MODULE_6__/* .readTagSettings */ .S)(rt);
    const pushByDigest = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
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
        builder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .operandInput */ .WP)(rt, 'buildx-builder', '', 'the name of a buildx builder'),
        ...tagging,
        push,
        pushByDigest,
        load: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'load', false),
        provenance: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'provenance', false),
        sbom: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'sbom', false),
        annotations: (0,_image_annotations_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAnnotations */ .KX)((0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'annotations'), 'manifest'),
        digestFile: command === 'build' ? await (0,_digest_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDigestFile */ .U)(rt.input('digest-file'), rt.env) : undefined,
        registry: await (0,_settings_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistrySettings */ .V)(rt, images[0]?.registry.host),
    };
}


/***/ })

};
