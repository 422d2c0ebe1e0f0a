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
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6852);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(792);






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
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('digest-file', value, `Its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path)} does not exist.`);
    }
    const roots = await Promise.all([workspace, env.RUNNER_TEMP].filter((r) => !!r).map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(r).catch(() => undefined)));
    if (!roots.some((r) => r && (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(r, dir)))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('digest-file', value, `Expected a path inside ${allowed}: pinship writes nowhere else.`);
    const link = await notALink((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name));
    if (link)
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('digest-file', value, `${link}.`);
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
/* harmony import */ var _settings_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2124);
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
        registry: await (0,_settings_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistrySettings */ .VZ)(rt, images[0]?.registry.host),
    };
}


/***/ }),

/***/ 3623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationLines: () => (/* binding */ annotationLines),
/* harmony export */   metaOutputs: () => (/* binding */ metaOutputs),
/* harmony export */   runMetaCommand: () => (/* binding */ runMetaCommand)
/* harmony export */ });
/* harmony import */ var _build_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4428);
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6217);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2582);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1097);




/** `command: meta`: metadata-action's output names, with full image:tag refs. */
function metaOutputs(s, meta, env) {
    const refs = s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`));
    const annotations = annotationLines(meta, s.annotations, env.DOCKER_METADATA_ANNOTATIONS_LEVELS);
    return {
        outputs: {
            tags: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .M)(refs),
            labels: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .labelLines */ ._)(meta.labels),
            version: meta.version,
            annotations: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .M)(annotations),
            json: JSON.stringify({ tags: refs, labels: meta.labels, annotations }),
        },
        summary: [
            '### pinship meta',
            '',
            ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .tagTable */ .nB)(s.imageNames, refs, '(no tag for this event)'),
            '',
            `**version** \`${meta.version || '(none)'}\` · computed only: nothing was built or pushed.`,
            '',
            '<details><summary>labels</summary>',
            '',
            '```',
            (0,_output_format_js__WEBPACK_IMPORTED_MODULE_2__/* .labelLines */ ._)(meta.labels),
            '```',
            '',
            '</details>',
            '',
        ].join('\n'),
    };
}
/**
 * metadata-action's `annotations` output: every annotation once per level of
 * DOCKER_METADATA_ANNOTATIONS_LEVELS (comma-separated, default `manifest`), as `level:KEY=VALUE`.
 * Lines of input 'annotations' that name their own level follow as written.
 */
function annotationLines(meta, given, levelsEnv) {
    const levels = (levelsEnv || 'manifest').split(',').map((l) => l.trim()).filter(Boolean);
    const out = levels.flatMap((level) => Object.entries(meta.annotations).map(([k, v]) => `${level}:${k}=${v}`));
    for (const a of given.filter((g) => g.leveled))
        out.push(`${a.levels.join(',')}${a.platform ? `[${a.platform}]` : ''}:${a.key}=${a.value}`);
    return out;
}
/** `command: meta`: what build would tag and label, computed without building anything. */
async function runMetaCommand(rt) {
    const s = await (0,_build_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuildSettings */ .I)(rt, 'meta');
    return metaOutputs(s, await (0,_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .computeMeta */ .t)(s, rt), rt.env);
}


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ computeMeta)
/* harmony export */ });
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6491);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6176);


/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
async function computeMeta(s, rt) {
    const ctx = await (0,_git_context_js__WEBPACK_IMPORTED_MODULE_0__/* .loadGitContext */ .I)(rt.env, s.context);
    const now = new Date();
    const result = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeTags */ .$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
    for (const w of result.warnings)
        rt.warning(w);
    const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
    const labels = withoutUnknown((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLabels */ .zt)(ctx, result.version, s.labels, now, { prSha: s.prSha }), s.labels, !ctx.repository);
    const annotations = withoutUnknown((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLabels */ .zt)(ctx, result.version, customAnnotations, now, { prSha: s.prSha }), customAnnotations, !ctx.repository);
    return { tags: result.tags, version: result.version, labels, annotations };
}
/** A local run outside Actions knows no repository (nor, outside git, a commit): no label rather than a wrong one. */
function withoutUnknown(values, given, unknownRepository) {
    if (!unknownRepository)
        return values;
    for (const k of ['title', 'url', 'source', 'revision']) {
        const key = `org.opencontainers.image.${k}`;
        if (!(key in given) && (k !== 'revision' || !values[key]))
            delete values[key];
    }
    return values;
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


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6176);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);


function readTagSettings(rt) {
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`);
    }
    try {
        flavor = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlavor */ .wp)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`);
    }
    return { tagRules, flavor, labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueInput */ .Bb)(rt, 'labels'), prSha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head') };
}


/***/ }),

/***/ 6852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   l: () => (/* binding */ globInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** `*` and `?` within one path segment, `**` across any number of them. */
function toRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` also matches no folder at all.
            const slash = pattern[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Regular files under `dir`, as paths relative to `root`; symlinked folders are not entered. */
async function walk(root, dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const e of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(root, path)));
        else if (e.isFile() || e.isSymbolicLink())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    }
    return out;
}
/**
 * Files matching `pattern` (relative to `root`, or absolute inside it), sorted. Nothing outside
 * `root` is ever returned: not by `..`, an absolute path, nor a symlink pointing out.
 */
async function globInside(root, pattern) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realRoot, pattern);
    if (!isInside(realRoot, absolute))
        throw new Error(`'${pattern}' points outside ${root}`);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const literal = rel.split('/').findIndex((seg) => /[*?]/.test(seg));
    const base = literal < 0 ? rel : rel.split('/').slice(0, literal).join('/');
    const re = toRegExp(rel);
    const candidates = literal < 0 ? [rel] : await walk(realRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, base));
    const out = [];
    for (const c of candidates.filter((p) => re.test(p)).sort()) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, c)).catch(() => undefined);
        if (!real)
            continue;
        if (!isInside(realRoot, real))
            throw new Error(`'${c}' is a symlink to ${real}, outside ${root}`);
        out.push(real);
    }
    return out;
}


/***/ })

};
