"use strict";
exports.id = 24;
exports.ids = [24];
exports.modules = {

/***/ 47024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildCommand: () => (/* binding */ runBuildCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(29199);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(44798);
// EXTERNAL MODULE: ./lib/settings/annotations.js
var annotations = __webpack_require__(22275);
// EXTERNAL MODULE: ./lib/settings/context.js
var settings_context = __webpack_require__(55706);
// EXTERNAL MODULE: ./lib/commands/build/secrets.js
var secrets = __webpack_require__(85432);
// EXTERNAL MODULE: ./lib/settings/bpa-list.js
var bpa_list = __webpack_require__(96573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/util/glob.js
var glob = __webpack_require__(66852);
// EXTERNAL MODULE: ./lib/settings/run-roots.js
var run_roots = __webpack_require__(13472);
;// CONCATENATED MODULE: ./lib/commands/build/bpa-outputs.js





const FORM = 'Expected type=local,dest=PATH or type=tar,dest=PATH, one per line';
/** Exporters that would make a second image beside the one pinship pushes, signs and records. */
const IMAGE_TYPES = new Set(['image', 'registry', 'docker', 'oci', 'cacheonly']);
/** The deepest folder of `path` that exists, symlinks resolved: where a missing tail would be created. */
function realAncestor(path) {
    let p = path;
    while (!(0,external_node_fs_.existsSync)(p)) {
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return undefined;
        p = up;
    }
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * A pull request controls the checkout, so a dest (relative to the working directory) must land
 * inside the workspace or RUNNER_TEMP once any symlink on its way is resolved.
 */
function checkedDest(line, dest, env, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, dest);
    const allowed = (0,run_roots/* runRoots */.ZR)(env, cwd);
    const real = realAncestor(path);
    const roots = allowed.map((r) => realAncestor(r.root));
    if (!real || !roots.some((r) => r && (0,glob/* isInside */.FK)(r, real)))
        throw new inputs/* InputError */.dz('outputs', line, `Expected a dest inside ${(0,run_roots/* placesOf */.ek)(allowed)}: pinship writes nowhere else.`);
    return path;
}
function parseOutput(line, env, cwd = process.cwd()) {
    // buildx's own shorthand: a bare path is type=local,dest=path, and `-` is a tar on stdout.
    const fields = line.includes('=') ? line.split(',').map((f) => f.trim()) : [`type=local`, `dest=${line}`];
    const attrs = new Map();
    for (const f of fields) {
        const eq = f.indexOf('=');
        if (eq <= 0 || attrs.has(f.slice(0, eq).toLowerCase()))
            throw new inputs/* InputError */.dz('outputs', line, `${FORM}.`);
        attrs.set(f.slice(0, eq).toLowerCase(), f.slice(eq + 1));
    }
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (IMAGE_TYPES.has(type)) {
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}: pinship exports the image itself (inputs 'images', 'push' and 'push-by-digest', and 'load' for the local engine), so it is pushed, signed and recorded once.`);
    }
    const dest = attrs.get('dest') ?? '';
    if ((type !== 'local' && type !== 'tar') || !dest || attrs.size !== 2)
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}.`);
    // `-` is stdout, where the step's log and outputs go.
    // buildx reads its --output value as CSV: a quote would change the path it writes to.
    if (dest.includes('"'))
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}; a dest with a double quote is not taken.`);
    if (dest === '-')
        throw new inputs/* InputError */.dz('outputs', line, `${FORM}; a dest of - (stdout) is not taken: name a path.`);
    const path = checkedDest(line, dest, env, cwd);
    // buildx makes a local folder but not a tarball's folder, and would fail only after the build.
    if (type === 'tar' && !(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(path)))
        throw new inputs/* InputError */.dz('outputs', line, `Its folder ${(0,external_node_path_.dirname)(path)} does not exist.`);
    return { type, dest: path };
}

;// CONCATENATED MODULE: ./lib/commands/build/bpa-inputs.js



function list(rt, name, ignoreComma) {
    try {
        return (0,bpa_list/* bpaList */.wI)(rt.input(name), { ignoreComma, trim: true });
    }
    catch (e) {
        if (e instanceof bpa_list/* UnclosedQuoteError */.q2)
            throw new inputs/* InputError */.dz(name, rt.input(name), `Expected entries one per line; ${e.message}.`);
        throw e;
    }
}
const CONTEXT_FORMS = 'Expected name=docker-image://image, name=oci-layout://path[@digest], or name=path (a directory or URL)';
/** Schemes buildx reads as a context source; any other `x://` is a typo better caught here. */
const CONTEXT_SCHEMES = /^(docker-image|oci-layout|https?|git|ssh|container-image|docker):\/\//;
function parseBuildContext(entry) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, Math.max(eq, 0)).trim();
    const value = entry.slice(eq + 1).trim();
    if (eq <= 0 || !name || !value || /[\s,"]/.test(name))
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}.`);
    if (value.includes('{{')) {
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}; build-push-action's {{defaultContext}} (its Git context) has no equivalent: pinship builds from the checkout.`);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !CONTEXT_SCHEMES.test(value))
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}.`);
    // buildx resolves target: only among the targets of one bake run; a single build fails ("failed to find target").
    if (value.startsWith('target:')) {
        throw new inputs/* InputError */.dz('build-contexts', entry, `${CONTEXT_FORMS}; target: names another docker buildx bake target, which a single build has none of (write the stage's own name in the Dockerfile).`);
    }
    return { name, value };
}
const STAGE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(\.[a-z]+)*(=\S+)?$/;
function readBpaBuildInputs(rt) {
    const cgroupParent = rt.input('cgroup-parent');
    if (cgroupParent && !/^[^\s-][^\s]*$/.test(cgroupParent))
        throw new inputs/* InputError */.dz('cgroup-parent', cgroupParent, 'Expected a cgroup path such as my-builds or /ci.slice.');
    return {
        buildContexts: list(rt, 'build-contexts', true).map(parseBuildContext),
        noCacheFilters: list(rt, 'no-cache-filters', false).map((s) => {
            if (!STAGE.test(s))
                throw new inputs/* InputError */.dz('no-cache-filters', s, 'Expected build stage names, one per line or comma-separated.');
            return s;
        }),
        cgroupParent,
        allow: list(rt, 'allow', false).map((s) => {
            if (!ENTITLEMENT.test(s))
                throw new inputs/* InputError */.dz('allow', s, 'Expected BuildKit entitlements such as network.host or security.insecure.');
            return s;
        }),
        outputs: list(rt, 'outputs', true).map((line) => parseOutput(line, rt.env)),
    };
}

;// CONCATENATED MODULE: ./lib/commands/build/attestations.js


/** `attestations`: where buildx's attestation manifests go, in the image index or OCI 1.1 referrers of their platform manifests. */
const ATTESTATION_PLACES = ['index', 'referrers'];
const OPTIONS = /^[a-z][a-z0-9-]*=[^,]*(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const ATTEST = /^type=(provenance|sbom)(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const disabled = (spec) => /(^|,)disabled=true(,|$)/i.test(spec);
/** true, false, or buildx's options for that attestation (`mode=max,builder-id=...`, `generator=...`). */
function readToggle(rt, name, example) {
    const v = rt.input(name);
    if (!v || /^false$/i.test(v))
        return { on: false };
    if (/^true$/i.test(v))
        return { on: true };
    if (!OPTIONS.test(v))
        throw new inputs/* InputError */.dz(name, v, `Expected true, false, or buildx's ${name} options, e.g. ${example}.`);
    const spec = `type=${name},${v}`;
    return { on: !disabled(spec), spec };
}
function readAttestations(rt) {
    const provenance = readToggle(rt, 'provenance', 'mode=max or mode=max,builder-id=https://ci.example/run/1');
    const sbom = readToggle(rt, 'sbom', 'generator=docker/buildkit-syft-scanner');
    const out = { provenance: provenance.on, sbom: sbom.on, attests: [] };
    const typed = new Set();
    const add = (input, spec) => {
        const type = spec.slice('type='.length).split(',')[0].toLowerCase();
        if (typed.has(type))
            throw new inputs/* InputError */.dz(input, spec, `Expected one ${type} attestation: 'provenance', 'sbom' and 'attests' give it once between them.`);
        typed.add(type);
        out.attests.push(spec);
        if (type === 'provenance')
            out.provenance = !disabled(spec);
        else
            out.sbom = !disabled(spec);
    };
    if (provenance.spec)
        add('provenance', provenance.spec);
    if (sbom.spec)
        add('sbom', sbom.spec);
    for (const entry of (0,bpa_list/* bpaList */.wI)(rt.input('attests'), { ignoreComma: true, trim: true })) {
        if (!ATTEST.test(entry))
            throw new inputs/* InputError */.dz('attests', entry, 'Expected type=provenance or type=sbom with buildx options, e.g. type=sbom,generator=image or type=provenance,mode=max.');
        add('attests', entry);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/settings/source-date-epoch.js

/** 9999-12-31T23:59:59Z: the last second an RFC 3339 `created` value can name. */
const LAST = 253402300799;
function readSourceDateEpoch(rt) {
    const value = rt.input('source-date-epoch').trim();
    if (!value)
        return undefined;
    if (value === 'commit')
        return 'commit';
    if (/^\d{1,12}$/.test(value) && Number(value) <= LAST)
        return { seconds: Number(value) };
    throw new inputs/* InputError */.dz('source-date-epoch', value, "Expected a Unix time in whole seconds (e.g. 1700000000), or commit for the built commit's committer time.");
}

;// CONCATENATED MODULE: ./lib/commands/build/call-input.js

const NAMES = new Set(['check', 'outline', 'targets']);
const EXPECTED = "Expected check, outline or targets, optionally with buildx's ,format=json or ,ignorestatus=true (check,format=json); build (or nothing) builds";
/**
 * The input as buildx's ParseCallFunc reads it (comma-separated fields: one bare name, `format=`,
 * `ignorestatus=`), narrowed to the names build-push-action documents. `build` is buildx's default,
 * an ordinary build. build-push-action hands the value to buildx unchecked; buildx's own refusal
 * comes only after the builder has started, so a typo is caught here.
 */
function parseCall(value) {
    const v = value.trim();
    if (!v || v === 'build')
        return undefined;
    const call = { name: 'check', json: false, ignoreStatus: false, spec: '' };
    let name = '';
    for (const field of v.split(',').map((f) => f.trim())) {
        const eq = field.indexOf('=');
        const key = eq < 0 ? '' : field.slice(0, eq);
        const val = field.slice(eq + 1).toLowerCase();
        if (eq < 0 && !name && NAMES.has(field))
            name = field;
        else if (key === 'format' && (val === 'json' || val === 'text'))
            call.json = val === 'json';
        else if (key === 'ignorestatus' && (val === 'true' || val === 'false'))
            call.ignoreStatus = val === 'true';
        else if (key === 'error') {
            // A check's strictness lives in the Dockerfile, not in buildx's --call.
            throw new inputs/* InputError */.dz('call', value, `${EXPECTED}. To fail on a check's warnings write '# check=error=true' at the top of the Dockerfile.`);
        }
        else
            throw new inputs/* InputError */.dz('call', value, `${EXPECTED}.`);
    }
    if (!name)
        throw new inputs/* InputError */.dz('call', value, `${EXPECTED}.`);
    call.name = name;
    call.spec = [name, ...(call.json ? ['format=json'] : []), ...(call.ignoreStatus ? ['ignorestatus=true'] : [])].join(',');
    return call;
}
function refuseImageWishes(call, s) {
    const wishes = [
        ...(s.load ? ["'load: true'"] : []),
        ...(s.pushByDigest ? ["'push-by-digest: true'"] : []),
        ...(s.outputs.length ? ["'outputs'"] : []),
        ...(s.digestFile ? ["'digest-file'"] : []),
    ];
    if (wishes.length) {
        throw new Error(`Input 'call: ${call.spec}' contradicts input ${wishes.join(', ')}: a call evaluates the build and makes no image to load, push or record; drop one`);
    }
}

;// CONCATENATED MODULE: ./lib/commands/build/settings.js











/** A size as buildx, docker and buildah read `--shm-size` (docker/go-units RAMInBytes: 2g, 2gb, 2GiB; units are powers of 1024). */
const SIZE = /^\d+(\.\d+)?[kmgtp]?i?b?$/i;
const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
function readPlatforms(rt) {
    const platforms = (0,inputs/* listInput */.dt)(rt, 'platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new inputs/* InputError */.dz('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
    }
    return platforms;
}
/** A value of input `name`, which must match `form` (`expected` says how): it becomes a builder flag's value, never a flag. */
function formValue(name, value, form, expected) {
    if (value && !form.test(value))
        throw new inputs/* InputError */.dz(name, value, expected);
    return value;
}
async function readBuildSettings(rt) {
    const push = (0,inputs/* boolInput */.Hm)(rt, 'push', true);
    const call = parseCall(rt.input('call'));
    // A call pushes nothing: the repositories it would have gone to need not be named.
    const parsedImages = (0,settings_images/* readImages */.H)(rt, push && !call);
    const images = parsedImages.map((p) => p.repository);
    const context = (0,settings_context/* readContext */.y)(rt);
    const pushByDigest = (0,inputs/* boolInput */.Hm)(rt, 'push-by-digest', false);
    if (pushByDigest && !push)
        throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
    // The tag rules' parser and digest-file's checks (node:fs/promises) load after the first checks: a run
    // without images failed ~0.25x of bare Node's start-up later with them loaded up front.
    const [{ readTagSettings }, { parseDigestFile }] = await Promise.all([__webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 43254)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 80680))]);
    const tagging = readTagSettings(rt);
    const buildArgs = (0,inputs/* keyValueInput */.Bb)(rt, 'build-args');
    const sourceDateEpoch = readSourceDateEpoch(rt);
    if (sourceDateEpoch && 'SOURCE_DATE_EPOCH' in buildArgs) {
        throw new inputs/* InputError */.dz('build-args', `SOURCE_DATE_EPOCH=${buildArgs.SOURCE_DATE_EPOCH}`, "Expected the time in input 'source-date-epoch' alone: it passes SOURCE_DATE_EPOCH to the builder itself.");
    }
    const settings = {
        images,
        context,
        file: rt.input('file') || (0,external_node_path_.join)(context, 'Dockerfile'),
        fileGiven: rt.input('file') !== '',
        buildArgs,
        target: rt.input('target'),
        platforms: readPlatforms(rt),
        secrets: (0,secrets/* readSecrets */.ql)(rt),
        ...readBpaBuildInputs(rt),
        cacheFrom: (0,inputs/* linesInput */.WO)(rt, 'cache-from'),
        cacheTo: (0,inputs/* linesInput */.WO)(rt, 'cache-to'),
        noCache: (0,inputs/* boolInput */.Hm)(rt, 'no-cache', false),
        pull: (0,inputs/* boolInput */.Hm)(rt, 'pull', false),
        network: rt.input('network'),
        ssh: (0,inputs/* linesInput */.WO)(rt, 'ssh').map((v) => formValue('ssh', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*(=\S.*)?$/, 'Expected an SSH agent id, alone or with sockets or keys: default, or github=/path/to/key.')),
        addHosts: (0,inputs/* listInput */.dt)(rt, 'add-hosts').map((v) => formValue('add-hosts', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*[:=]\S+$/, 'Expected host:ip, e.g. docker:10.180.0.1.')),
        shmSize: formValue('shm-size', rt.input('shm-size'), SIZE, 'Expected a size such as 128m, 2g or 2GiB.'),
        ulimits: (0,inputs/* linesInput */.WO)(rt, 'ulimit').map((v) => formValue('ulimit', v, /^[a-z]+=-?\d+(:-?\d+)?$/, 'Expected name=soft[:hard], e.g. nofile=1024:2048.')),
        builder: (0,inputs/* choiceInput */.ij)(rt, 'builder', BUILDERS, 'auto'),
        buildxBuilder: (0,inputs/* operandInput */.WP)(rt, 'buildx-builder', '', 'the name of a buildx builder'),
        ...tagging,
        push,
        pushByDigest,
        load: (0,inputs/* boolInput */.Hm)(rt, 'load', false),
        // Off by default (build-push-action's buildx adds min provenance): one platform stays one manifest.
        ...readAttestations(rt),
        attestationsAt: (0,inputs/* choiceInput */.ij)(rt, 'attestations', ATTESTATION_PLACES, 'index'),
        annotations: (0,annotations/* parseAnnotations */.K)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'manifest'),
        sourceDateEpoch,
        call,
        digestFile: await parseDigestFile(rt.input('digest-file'), rt.env),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, images[0]?.registry.host),
    };
    if (call)
        refuseImageWishes(call, settings);
    return settings;
}

;// CONCATENATED MODULE: ./lib/commands/build/command.js

/**
 * The inputs are read on a light module graph first: a run that fails on them loads no builder,
 * registry, signing or publishing code (cold start). Then the rest (./execute.ts), or for `call`,
 * which makes no image, ./call-run.ts.
 */
async function runBuildCommand(rt) {
    const s = await readBuildSettings(rt);
    if (s.call)
        return (await Promise.all(/* import() */[__webpack_require__.e(795), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 87487))).executeCall(s, s.call, rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(26), __webpack_require__.e(47), __webpack_require__.e(107), __webpack_require__.e(696), __webpack_require__.e(795), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 35341))).executeBuild(s, rt);
}


/***/ }),

/***/ 85432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ writeSecretFiles),
/* harmony export */   LW: () => (/* binding */ buildxSecretFlag),
/* harmony export */   QB: () => (/* binding */ ociSecretFlag),
/* harmony export */   ql: () => (/* binding */ readSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96573);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(792);
// Synchronous fs only: this module loads with the settings, before a failing run's first error,
// and node:fs/promises costs that path a measurable share of its start-up.




/** build-push-action's list options per input (its context.ts): `secrets` untrimmed, `secret-envs` split at commas. */
const LIST = {
    secrets: { ignoreComma: true, trim: false },
    'secret-files': { ignoreComma: true, trim: true },
    'secret-envs': { ignoreComma: false, trim: true },
};
/** buildx's `--secret` keys: a line made of them is pinship's former spec form, not an ID=VALUE pair. */
const SPEC_LINE = /^(id|type|src|source|env)=[^,]*,(id|type|src|source|env)=/;
/** Entries that a builder's `--secret` value could not carry: buildx splits it as CSV, buildah and podman at commas. */
const ID = /^[^\s,"]+$/;
function entries(rt, name) {
    try {
        return (0,_settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__/* .bpaList */ .wI)(rt.input(name), LIST[name]);
    }
    catch (e) {
        if (!(e instanceof _settings_bpa_list_js__WEBPACK_IMPORTED_MODULE_2__/* .UnclosedQuoteError */ .q2))
            throw e;
        throw new Error(`Invalid input '${name}': entry ${e.entry} opens a double quote that never closes (its text is not shown: it may be a secret). A value spanning lines goes in double quotes, "ID=line 1<newline>line 2", with any " inside it doubled.`, { cause: e });
    }
}
/**
 * An entry split at its first '=', as build-push-action splits it. An empty id or value is skipped
 * with a warning, as build-push-action does (its CI passes `INVALID_SECRET=` and expects the build
 * to go on); the warning names the entry by number and shows no value, which may be a secret.
 */
function splitEntry(rt, name, entry, n) {
    const eq = entry.indexOf('=');
    const id = eq > 0 ? entry.slice(0, eq).trim() : '';
    const value = eq >= 0 ? entry.slice(eq + 1) : '';
    if (!id || !value) {
        const why = eq < 0 ? "has no '=' (a value that spans lines must be double-quoted)" : !id ? 'has no id before the =' : `('${id}=') has no value`;
        rt.warning(`Input '${name}': entry ${n} ${why}; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=${name === 'secrets' ? 'VALUE' : name === 'secret-files' ? 'PATH' : 'ENV_NAME'}.`);
        return undefined;
    }
    if (!ID.test(id))
        throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, id, 'Expected a secret id without spaces, commas or double quotes, before the first =.');
    return [id, value];
}
/** Masks a secret and, as the runner masks line by line, each long-enough line of a multi-line one. */
function mask(rt, value) {
    rt.setSecret(value);
    for (const line of value.split(/\r?\n|\r/))
        if (line !== value && line.trim().length > 8)
            rt.setSecret(line.trim());
}
function readValues(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secrets').entries()) {
        if (SPEC_LINE.test(entry)) {
            throw new Error(`Invalid input 'secrets': entry ${i + 1} is a buildx --secret spec (id=...,src=... or id=...,env=...). 'secrets' takes docker/build-push-action's ID=VALUE entries, the value being the secret itself: a secret read from a file goes in 'secret-files' (ID=PATH), one from an environment variable in 'secret-envs' (ID=ENV_NAME).`);
        }
        const kv = splitEntry(rt, 'secrets', entry, i + 1);
        if (!kv)
            continue;
        mask(rt, kv[1]);
        out.push({ input: 'secrets', id: kv[0], value: kv[1] });
    }
    return out;
}
/** A secret file that is not there fails the run (build-push-action warns and builds without it). */
function readFiles(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secret-files').entries()) {
        const kv = splitEntry(rt, 'secret-files', entry, i + 1);
        if (!kv)
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(kv[1]);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('secret-files', entry, `Expected ID=PATH naming a file; there is no file at ${file}.`);
        out.push({ input: 'secret-files', id: kv[0], file });
    }
    return out;
}
/** A variable that is not set fails the run; a set but empty one is an empty secret. */
function readEnvs(rt) {
    const out = [];
    for (const [i, entry] of entries(rt, 'secret-envs').entries()) {
        const kv = splitEntry(rt, 'secret-envs', entry, i + 1);
        if (!kv)
            continue;
        const value = rt.env[kv[1]];
        if (value === undefined)
            throw new _settings_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('secret-envs', entry, `Expected ID=ENV_NAME naming a set environment variable; ${kv[1]} is not set.`);
        if (value)
            mask(rt, value);
        out.push({ input: 'secret-envs', id: kv[0], value });
    }
    return out;
}
/** `secrets`, `secret-files`, `secret-envs`, with build-push-action's names and meanings. */
function readSecrets(rt) {
    return [...readValues(rt), ...readFiles(rt), ...readEnvs(rt)];
}
/**
 * Secrets given by value become files in the build's private folder (created 0700 by mkdtemp; this
 * folder and its files owner-only too), never an argument or an environment variable the builder
 * passes on; execute.ts removes them as soon as the build ends.
 */
function writeSecretFiles(sources, dir) {
    if (sources.some((s) => 'value' in s)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: 0o700 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    }
    const out = [];
    for (const [i, s] of sources.entries()) {
        let src;
        if ('file' in s)
            src = s.file;
        else {
            src = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, String(i));
            // 'wx': a fresh file, never one (or a link) found in its place.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(src, s.value, { mode: 0o600, flag: 'wx' });
        }
        out.push({ input: s.input, id: s.id, src });
    }
    return out;
}
/** One CSV field of buildx's `--secret` value, quoted when it holds a comma or a quote. */
const csvField = (f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
/** buildx reads `--secret` as CSV fields. */
const buildxSecretFlag = (s) => `${csvField(`id=${s.id}`)},${csvField(`src=${s.src}`)}`;
/** buildah and podman split `--secret` at commas; readSecrets keeps commas out of ids, and ociToolChecks out of paths. */
const ociSecretFlag = (s) => `id=${s.id},src=${s.src}`;


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

/***/ 96573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q2: () => (/* binding */ UnclosedQuoteError),
/* harmony export */   wI: () => (/* binding */ bpaList)
/* harmony export */ });
/* unused harmony export csvRecords */
/** A double-quoted entry left open: which entry, never its text (it may be a secret). */
class UnclosedQuoteError extends Error {
    entry;
    constructor(entry) {
        super(`a double-quoted entry (entry ${entry}) has no closing quote`);
        this.entry = entry;
    }
}
const LINE_ENDS = ['\r\n', '\n', '\r'];
/** Records of fields, as csv-parse returns them with build-push-action's options. */
function csvRecords(text) {
    const records = [];
    let fields = [];
    let field = '';
    let quoting = false;
    let wasQuoting = false;
    // csv-parse takes the first line ending it meets outside quotes as the only one.
    let lineEnd = '';
    const lineEndAt = (pos) => {
        if (!lineEnd)
            lineEnd = LINE_ENDS.find((e) => text.startsWith(e, pos)) ?? '';
        return lineEnd && text.startsWith(lineEnd, pos) ? lineEnd : '';
    };
    const endField = () => {
        fields.push(field);
        field = '';
        wasQuoting = false;
    };
    for (let pos = 0; pos < text.length; pos++) {
        const chr = text[pos];
        if (quoting && chr === '"') {
            if (text[pos + 1] === '"') {
                field += '"';
                pos++;
                continue;
            }
            quoting = false;
            wasQuoting = true;
            const next = pos + 1;
            if (next >= text.length || text[next] === ',' || lineEndAt(next))
                continue;
            // relaxQuotes: a quote closed in the middle of a field was no quote; the field keeps both.
            field = `"${field}"`;
            continue;
        }
        if (quoting) {
            field += chr;
            continue;
        }
        const end = lineEndAt(pos);
        if (end) {
            if (wasQuoting || fields.length || field) {
                endField();
                records.push(fields);
                fields = [];
            }
            pos += end.length - 1;
        }
        else if (chr === ',')
            endField();
        else if (chr === '"' && !field && !wasQuoting)
            quoting = true;
        else
            field += chr;
    }
    if (quoting)
        throw new UnclosedQuoteError(records.length + 1);
    if (wasQuoting || fields.length || field) {
        endField();
        records.push(fields);
    }
    return records;
}
/** The entries build-push-action reads from a list input's value. */
function bpaList(text, opts) {
    // As actions-toolkit: a one-field record splits at commas; quoted fields of a longer one stay whole.
    const entries = csvRecords(text).flatMap((r) => (opts.ignoreComma ? [r.join(',')] : r.length === 1 ? r[0].split(',') : r));
    return entries.filter((e) => e).map((e) => (opts.trim ? e.trim() : e));
}


/***/ }),

/***/ 55706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);


const DEFAULT_CONTEXT = '{{defaultContext}}';
/**
 * build-push-action's `{{defaultContext}}` is the Git context of the workflow's commit; pinship's
 * default context is the checkout itself (`.`), the same commit's files plus whatever earlier steps
 * made, readable by every builder. So `{{defaultContext}}:subdir` is that folder of the checkout,
 * and a subdir that leaves the checkout is refused as a Git context cannot leave its repository.
 */
function fromDefaultContext(value) {
    const expected = `Expected ${DEFAULT_CONTEXT} or ${DEFAULT_CONTEXT}:subdir, a folder of the checkout`;
    if (value === DEFAULT_CONTEXT)
        return '.';
    if (!value.startsWith(`${DEFAULT_CONTEXT}:`))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('context', value, `${expected}.`);
    const sub = value.slice(DEFAULT_CONTEXT.length + 1);
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(sub);
    if (!sub || sub.includes('\\') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(sub) || normal === '..' || normal.startsWith('../') || sub.includes('{{'))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('context', value, `${expected}: pinship builds from the checkout, and the subdir must stay inside it.`);
    return `./${normal}`;
}
/** `context`: the directory build hands the builder as its last operand, and the checkout meta reads a local run's commit from. */
function readContext(rt) {
    const raw = rt.input('context');
    if (raw.includes(DEFAULT_CONTEXT))
        return fromDefaultContext(raw.trim());
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .operandInput */ .WP)(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
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