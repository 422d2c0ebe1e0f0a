export const id = 623;
export const ids = [623];
export const modules = {

/***/ 680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ parseDigestFile),
/* harmony export */   a: () => (/* binding */ writeDigestFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);





function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel));
}
/** Neither a symlink nor anything else but a regular file may sit where the record goes. */
async function notALink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path).catch(() => undefined);
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
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, value);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path);
    const workspace = env.GITHUB_WORKSPACE || cwd;
    const allowed = env.RUNNER_TEMP ? `the workspace (${workspace}) or RUNNER_TEMP (${env.RUNNER_TEMP})` : `the workspace (${workspace})`;
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path));
    }
    catch {
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all([workspace, env.RUNNER_TEMP].filter((r) => !!r).map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(r).catch(() => undefined)));
    if (!roots.some((r) => r && isInside(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${allowed}: pinship writes nowhere else.`);
    const link = await notALink((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name));
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
    const final = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target.dir, target.name);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target.dir, `.${target.name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o644);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, final);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
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
/* harmony import */ var _settings_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7511);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(784);






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
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`);
    }
    try {
        flavor = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlavor */ .wp)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`);
    }
    const pushByDigest = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
    return {
        images,
        imageNames: parsedImages.map((p) => p.written),
        context,
        file: rt.input('file') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context, 'Dockerfile'),
        buildArgs: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'build-args'),
        target: rt.input('target'),
        platforms: readPlatforms(rt),
        labels: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'labels'),
        secrets: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'secrets'),
        cacheFrom: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'cache-from'),
        cacheTo: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linesInput */ .WO)(rt, 'cache-to'),
        noCache: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'no-cache', false),
        pull: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'pull', false),
        network: rt.input('network'),
        builder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .operandInput */ .WP)(rt, 'buildx-builder', '', 'the name of a buildx builder'),
        tagRules,
        flavor,
        prSha: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head'),
        push,
        pushByDigest,
        provenance: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'provenance', false),
        sbom: (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolInput */ .Hm)(rt, 'sbom', false),
        digestFile: command === 'build' ? await (0,_digest_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDigestFile */ .U)(rt.input('digest-file'), rt.env) : undefined,
        registry: await (0,_settings_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistrySettings */ .VZ)(rt, images[0]?.registry.host),
    };
}


/***/ }),

/***/ 3623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metaOutputs: () => (/* binding */ metaOutputs),
/* harmony export */   runMetaCommand: () => (/* binding */ runMetaCommand)
/* harmony export */ });
/* harmony import */ var _build_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4428);
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6217);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1097);



/** `command: meta`: metadata-action's output names, with full image:tag refs. */
function metaOutputs(s, meta) {
    const refs = s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`));
    return {
        outputs: {
            tags: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .M)(refs),
            labels: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .labelLines */ ._)(meta.labels),
            version: meta.version,
            json: JSON.stringify({ tags: refs, labels: meta.labels }),
        },
    };
}
/** `command: meta`: what build would tag and label, computed without building anything. */
async function runMetaCommand(rt) {
    const s = await (0,_build_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuildSettings */ .I)(rt, 'meta');
    return metaOutputs(s, await (0,_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .computeMeta */ .t)(s, rt));
}


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ computeMeta)
/* harmony export */ });
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6491);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(784);


/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
async function computeMeta(s, rt) {
    const ctx = await (0,_git_context_js__WEBPACK_IMPORTED_MODULE_0__/* .loadGitContext */ .I)(rt.env);
    const now = new Date();
    const result = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeTags */ .$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
    for (const w of result.warnings)
        rt.warning(w);
    const labels = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLabels */ .zt)(ctx, result.version, s.labels, now, { prSha: s.prSha });
    if (!ctx.repository) {
        // A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one.
        for (const k of ['title', 'url', 'source', 'revision']) {
            const key = `org.opencontainers.image.${k}`;
            if (!(key in s.labels) && (k !== 'revision' || !labels[key]))
                delete labels[key];
        }
    }
    return { tags: result.tags, version: result.version, labels };
}


/***/ })

};
