export const id = 978;
export const ids = [978];
export const modules = {

/***/ 7978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/registry/digest-value.js
var digest_value = __webpack_require__(7099);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/image/annotations.js
var annotations = __webpack_require__(5531);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(9199);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
// EXTERNAL MODULE: ./lib/settings/tagging.js
var tagging = __webpack_require__(3254);
// EXTERNAL MODULE: ./lib/util/glob.js
var glob = __webpack_require__(6852);
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
/** A build's `digest-file` record: its digest, once shown to name the source repository. */
async function readDigestFile(path, source) {
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
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
async function readDigests(rt, source) {
    const digests = (0,inputs/* listInput */.dt)(rt, 'digests').map((d) => parseDigest('digests', d));
    const workspace = rt.env.GITHUB_WORKSPACE || process.cwd();
    for (const pattern of (0,inputs/* linesInput */.WO)(rt, 'digest-files')) {
        let files;
        try {
            files = await (0,glob/* globInside */.l)(workspace, pattern);
        }
        catch (e) {
            throw new inputs/* InputError */.dz('digest-files', pattern, `Expected a pattern inside the workspace (${e.message}).`);
        }
        if (!files.length)
            throw new inputs/* InputError */.dz('digest-files', pattern, `No file in the workspace (${workspace}) matches it.`);
        for (const f of files)
            digests.push(await readDigestFile(f, source));
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
        imageNames: parsed.map((p) => p.written),
        source,
        ...(0,tagging/* readTagSettings */.S)(rt),
        digests: await readDigests(rt, source),
        annotations: (0,annotations/* parseAnnotations */.KX)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'index'),
        registry: await (0,registry/* readRegistrySettings */.V)(rt, images[0]?.registry.host),
    };
}

;// CONCATENATED MODULE: ./lib/commands/merge/command.js

/** The inputs first, on a light module graph (a run that fails on them loads no registry client); then the rest (./execute.ts). */
async function runMergeCommand(rt) {
    const s = await readMergeSettings(rt);
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(668), __webpack_require__.e(812), __webpack_require__.e(574), __webpack_require__.e(873), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 6903))).executeMerge(s, rt);
}


/***/ })

};
