"use strict";
exports.id = 203;
exports.ids = [203,254];
exports.modules = {

/***/ 51203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationLines: () => (/* binding */ annotationLines),
  metaOutputs: () => (/* binding */ metaOutputs),
  runMetaCommand: () => (/* binding */ runMetaCommand)
});

// EXTERNAL MODULE: ./lib/report/output-format.js
var output_format = __webpack_require__(41829);
// EXTERNAL MODULE: ./lib/report/image.js
var report_image = __webpack_require__(62459);
// EXTERNAL MODULE: ./lib/metadata/compute.js + 1 modules
var compute = __webpack_require__(59140);
// EXTERNAL MODULE: ./lib/settings/annotations.js
var annotations = __webpack_require__(22275);
// EXTERNAL MODULE: ./lib/settings/images.js
var settings_images = __webpack_require__(29199);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/tagging.js
var tagging = __webpack_require__(43254);
// EXTERNAL MODULE: ./lib/settings/context.js
var settings_context = __webpack_require__(55706);
;// CONCATENATED MODULE: ./lib/commands/meta/settings.js





async function readMetaSettings(rt) {
    const imageNames = (0,settings_images/* readImages */.H)(rt, false).map((p) => p.written);
    const context = (0,settings_context/* readContext */.y)(rt);
    return { imageNames, context, ...(0,tagging.readTagSettings)(rt), annotations: (0,annotations/* parseAnnotations */.K)((0,inputs/* linesInput */.WO)(rt, 'annotations'), 'manifest') };
}

;// CONCATENATED MODULE: ./lib/commands/meta/command.js




/**
 * `command: meta`: metadata-action's output names, with full image:tag refs; with no `images` (or every
 * one disabled) the bare tags, as metadata-action gives them to tools that add the repository themselves.
 */
function metaOutputs(s, meta, env) {
    const refs = s.imageNames.length ? s.imageNames.flatMap((name) => meta.tags.map((t) => `${name}:${t}`)) : meta.tags;
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
            ...(s.imageNames.length ? (0,report_image/* tagTable */.nB)(s.imageNames, refs, '(no tag for this event)') : bareTags(refs)),
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
function bareTags(tags) {
    return [`**tags** (no \`images\`: names only) ${tags.map((t) => `\`${t}\``).join(' ') || '(no tag for this event)'}`];
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
    return metaOutputs(s, await (0,compute/* computeMeta */.t)(s, rt), rt.env);
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

/***/ 59140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ computeMeta)
});

// EXTERNAL MODULE: ./lib/git/context.js + 1 modules
var context = __webpack_require__(27300);
// EXTERNAL MODULE: ./lib/tags/index.js + 6 modules
var tags = __webpack_require__(48437);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
;// CONCATENATED MODULE: ./lib/git/commit-time.js

/**
 * The committer time of the commit built, in whole seconds: git's own record in the checkout holding
 * `dir` (exact, and the same on every run of that commit), else the event payload's timestamp of that
 * commit (a push's), for a build whose checkout lacks the commit's history.
 */
async function committerTime(dir, ctx) {
    const sha = ctx.sha || 'HEAD';
    try {
        const { stdout } = await (0,exec/* execTool */.wc)('git', ['-C', dir, 'log', '-1', '--format=%ct', sha, '--']);
        const seconds = Number(stdout.trim());
        if (/^\d+$/.test(stdout.trim()) && Number.isSafeInteger(seconds))
            return seconds;
    }
    catch {
        // Not a checkout holding the commit: the payload may still name its time.
    }
    if (ctx.commitDate)
        return Math.floor(ctx.commitDate.getTime() / 1000);
    throw new Error(`Input 'source-date-epoch': 'commit' needs the time of commit ${sha}, which neither the checkout at ${dir} nor the event payload holds; check out the commit (actions/checkout) or give a Unix time`);
}

;// CONCATENATED MODULE: ./lib/metadata/compute.js



/** Tags, version and labels from the git context, as docker/metadata-action computes them; build tags its image with these. */
async function computeMeta(s, rt) {
    const ctx = await (0,context/* loadGitContext */.I)(rt.env, s.context);
    const now = new Date();
    const epoch = s.sourceDateEpoch === 'commit' ? await committerTime(s.context ?? '.', ctx) : s.sourceDateEpoch?.seconds;
    // Tags keep the real time (a nightly's date tag is today's); what the image records comes from the epoch.
    const created = epoch === undefined ? now : new Date(epoch * 1000);
    const shortShaLength = shortShaLengthFrom(rt.env.DOCKER_METADATA_SHORT_SHA_LENGTH);
    const result = (0,tags/* computeTags */.$o)(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now, shortShaLength });
    const warnings = new Set(result.warnings);
    const opts = { prSha: s.prSha, shortShaLength, warn: (m) => void warnings.add(m) };
    const customAnnotations = Object.fromEntries((s.annotations ?? []).filter((a) => !a.leveled).map((a) => [a.key, a.value]));
    const labels = withoutUnknown((0,tags/* computeLabels */.zt)(ctx, result.version, s.labels, created, opts), s.labels, !ctx.repository);
    const annotations = withoutUnknown((0,tags/* computeLabels */.zt)(ctx, result.version, customAnnotations, created, opts), customAnnotations, !ctx.repository);
    for (const w of warnings)
        rt.warning(w);
    return { tags: result.tags, version: result.version, labels, annotations, ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }) };
}
/** metadata-action's variable for the length of `type=sha` and {{sha}}; a workflow moving over keeps it. */
function shortShaLengthFrom(value) {
    if (!value)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
        throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is '${value}'. Expected a whole number of characters from 1 to 64, e.g. 12`);
    }
    return n;
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

/***/ 48543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* reexport safe */ _exec_error_js__WEBPACK_IMPORTED_MODULE_3__.c),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export childEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var _abort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82830);
/* harmony import */ var _exec_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33588);






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
 * Why node:child_process and not @actions/exec (tried): its exec() writes the input to the
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
        signal: opts.signal ? AbortSignal.any([(0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(), opts.signal]) : (0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)(),
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
        process.stderr.write(`[command]${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .kc)(shown)}\n`);
    return new Promise((resolve, reject) => {
        const child = startChild(cmd, args, opts);
        const out = [];
        const err = [];
        // One guard per stream: a line is only known whole within its own stream. A build's log carries
        // what base images and registries said, and the runner would take it for workflow commands.
        const echo = (text) => void process.stderr.write(text);
        const guards = opts.stream === 'stderr' ? [undefined, (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo)] : opts.stream ? [(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo), (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineGuard */ .yM)(echo)] : [];
        const collect = (into, i) => (d) => {
            into.push(d);
            guards[i]?.push(d);
        };
        child.stdout.on('data', collect(out, 0));
        child.stderr.on('data', collect(err, 1));
        child.on('error', (e) => {
            // spawn says ENOENT for a missing working directory too.
            const missing = opts.cwd && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.cwd) ? `working directory ${opts.cwd} does not exist` : `${cmd}: not found on PATH`;
            const why = e.code === 'ENOENT' ? missing : e.message;
            reject((0,_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .stopReason */ .PJ)() ?? new _exec_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .c(shown, null, redact(why, opts.secrets)));
        });
        child.on('close', (code) => {
            for (const g of guards)
                g?.end();
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