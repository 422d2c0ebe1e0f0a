"use strict";
exports.id = 677;
exports.ids = [677,254];
exports.modules = {

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
    const [{ readTagSettings }, { parseDigestFile }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(550), __webpack_require__.e(254)]).then(__webpack_require__.bind(__webpack_require__, 3254)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 680))]);
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

/***/ 1203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationLines: () => (/* binding */ annotationLines),
  metaOutputs: () => (/* binding */ metaOutputs),
  runMetaCommand: () => (/* binding */ runMetaCommand)
});

// EXTERNAL MODULE: ./lib/commands/output-format.js
var output_format = __webpack_require__(6217);
// EXTERNAL MODULE: ./lib/commands/report.js
var report = __webpack_require__(2582);
// EXTERNAL MODULE: ./lib/commands/meta/meta.js
var meta = __webpack_require__(1097);
// EXTERNAL MODULE: ./lib/image/annotations.js
var annotations = __webpack_require__(5531);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/tagging.js
var tagging = __webpack_require__(3254);
// EXTERNAL MODULE: ./lib/commands/build/settings.js
var settings = __webpack_require__(4428);
;// CONCATENATED MODULE: ./lib/commands/meta/settings.js





async function readMetaSettings(rt) {
    const imageNames = (0,settings_images/* readImages */.H)(rt, false).map((p) => p.written);
    const context = (0,settings/* readContext */.yI)(rt);
    return { imageNames, context, ...(0,tagging.readTagSettings)(rt), annotations: (0,annotations/* parseAnnotations */.KX)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'manifest') };
}

;// CONCATENATED MODULE: ./lib/commands/meta/command.js




/** `command: meta`: metadata-action's output names, with full image:tag refs. */
function metaOutputs(s, meta, env) {
    const refs = s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`));
    const annotations = annotationLines(meta, s.annotations, env.DOCKER_METADATA_ANNOTATIONS_LEVELS);
    return {
        outputs: {
            tags: (0,output_format/* lines */.M)(refs),
            labels: (0,output_format/* labelLines */._)(meta.labels),
            version: meta.version,
            annotations: (0,output_format/* lines */.M)(annotations),
            json: JSON.stringify({ tags: refs, labels: meta.labels, annotations }),
        },
        summary: [
            '### pinship meta',
            '',
            ...(0,report/* tagTable */.nB)(s.imageNames, refs, '(no tag for this event)'),
            '',
            `**version** \`${meta.version || '(none)'}\` · computed only: nothing was built or pushed.`,
            '',
            '<details><summary>labels</summary>',
            '',
            '```',
            (0,output_format/* labelLines */._)(meta.labels),
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
    const levels = (levelsEnv || 'manifest')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    const out = levels.flatMap((level) => Object.entries(meta.annotations).map(([k, v]) => `${level}:${k}=${v}`));
    for (const a of given.filter((g) => g.leveled))
        out.push(`${a.levels.join(',')}${a.platform ? `[${a.platform}]` : ''}:${a.key}=${a.value}`);
    return out;
}
/** `command: meta`: what build would tag and label, computed without building anything. */
async function runMetaCommand(rt) {
    const s = await readMetaSettings(rt);
    return metaOutputs(s, await (0,meta/* computeMeta */.t)(s, rt), rt.env);
}


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ computeMeta)
/* harmony export */ });
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6491);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9799);


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

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTagSettings: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9513);
/* harmony import */ var _tags_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4494);
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

/***/ 8543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* reexport safe */ _exec_error_js__WEBPACK_IMPORTED_MODULE_3__.c),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export childEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var _abort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2830);
/* harmony import */ var _exec_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);





function redact(s, secrets) {
    let out = s;
    for (const secret of secrets ?? [])
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
/**
 * A child's environment: everything but the INPUT_* variables. Those are pinship's inputs, and
 * credentials are among them (password, registry-auth, github-token, signing-key): no tool needs
 * them, and a builder's plugins and credential helpers would see them.
 */
function childEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !/^INPUT_/i.test(k)));
}
/**
 * The one place a child process starts; whatever must reach every child (a signal to stop it) goes here.
 *
 * Why node:child_process and not @actions/exec (tried, issue 14): its exec() writes the input to the
 * child's stdin with no 'error' listener, so a tool that exits before reading (a failing probe, a
 * helper that dies early) crashes pinship with an uncaught `write EPIPE`: 14 of 40 runs of
 * `sh -c 'exit 1'` with an input here, and __tests__/util/exec.test.ts fails on it. Leaving stdin
 * unwritten instead keeps the pipe open, so a tool that reads stdin waits forever. It also hands back
 * no ChildProcess, which stopping a child on cancellation needs. It is not loaded for this reason.
 */
function startChild(cmd, args, opts) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(cmd, args, {
        cwd: opts.cwd,
        env: childEnv(opts.env ?? process.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        // A cancelled or timed-out run stops the tool (a builder's client; buildkit then cancels the build).
        signal: (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(),
        killSignal: 'SIGTERM',
    });
    child.stdin.on('error', () => {
        // A tool that exits without reading stdin closes the pipe; its exit code tells the story.
    });
    child.stdin.end(opts.input ?? '');
    return child;
}
/**
 * The one place pinship runs another program. Success is the exit code alone: builders print
 * progress on stderr, so stderr is never read as failure, and a non-zero exit always fails.
 */
function execTool(cmd, args, opts = {}) {
    const shown = redact([cmd, ...args].join(' '), opts.secrets);
    if (opts.stream)
        process.stderr.write(`[command]${shown}\n`);
    return new Promise((resolve, reject) => {
        const child = startChild(cmd, args, opts);
        const out = [];
        const err = [];
        const collect = (into) => (d) => {
            into.push(d);
            if (opts.stream)
                process.stderr.write(d);
        };
        child.stdout.on('data', collect(out));
        child.stderr.on('data', collect(err));
        child.on('error', (e) => {
            // spawn says ENOENT for a missing working directory too.
            const missing = opts.cwd && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.cwd) ? `working directory ${opts.cwd} does not exist` : `${cmd}: not found on PATH`;
            const why = e.code === 'ENOENT' ? missing : e.message;
            reject((0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .stopReason */ .PJ)() ?? new _exec_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .c(shown, null, redact(why, opts.secrets)));
        });
        child.on('close', (code) => {
            const stopped = (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .stopReason */ .PJ)();
            if (stopped)
                return reject(stopped);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
            if (code === 0)
                resolve({ stdout, stderr });
            else
                reject(new _exec_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .c(shown, code, stderr, redact(stdout, opts.secrets)));
        });
    });
}
/** True when the command runs and exits 0; for capability probes like `docker buildx version`. */
async function probe(cmd, args, env) {
    try {
        await execTool(cmd, args, env ? { env } : {});
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
;