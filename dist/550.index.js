"use strict";
exports.id = 550;
exports.ids = [550];
exports.modules = {

/***/ 3812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   Kp: () => (/* binding */ splitFields),
/* harmony export */   bg: () => (/* binding */ FieldError)
/* harmony export */ });
// Splits one `tags`/`flavor` line into key=value attributes. metadata-action
// runs each line through csv-parse; we keep its observable rules (comma
// separated, first `=` splits key from value, keys case-insensitive, a field
// without `=` is a bare value) and make quoting actually protect commas, both
// as `"pattern=v(\d{1,3})"` and `pattern="v(\d{1,3})"`.
class FieldError extends Error {
}
function readQuoted(line, start) {
    let text = '';
    let i = start + 1;
    for (;;) {
        if (i >= line.length)
            throw new FieldError('unterminated quote. Expected a closing "');
        const c = line[i];
        if (c === '"') {
            if (line[i + 1] === '"') {
                text += '"';
                i += 2;
                continue;
            }
            return { text, next: i + 1 };
        }
        text += c;
        i++;
    }
}
function splitRaw(line) {
    const fields = [];
    let i = 0;
    while (i <= line.length) {
        while (line[i] === ' ' || line[i] === '\t')
            i++;
        let buf = '';
        if (line[i] === '"') {
            const q = readQuoted(line, i);
            buf = q.text;
            i = q.next;
        }
        else {
            while (i < line.length && line[i] !== ',') {
                if (line[i] === '"' && /^[^=]+=\s*$/.test(buf)) {
                    const q = readQuoted(line, i);
                    buf = buf.trimEnd() + q.text;
                    i = q.next;
                    break;
                }
                buf += line[i];
                i++;
            }
        }
        while (line[i] === ' ' || line[i] === '\t')
            i++;
        if (i < line.length && line[i] !== ',') {
            throw new FieldError(`unexpected '${line[i] ?? ''}' after a closing quote. Expected ',' or end of line`);
        }
        fields.push(buf);
        i++;
    }
    return fields;
}
function splitFields(line) {
    const out = [];
    for (const raw of splitRaw(line)) {
        // An empty field (`type=sha,`) carries nothing; csv-parse would turn it into
        // an empty bare value that silently clobbers `value=`.
        if (raw.trim() === '')
            continue;
        const eq = raw.indexOf('=');
        if (eq < 0) {
            out.push({ key: undefined, value: raw.trim() });
            continue;
        }
        const key = raw.slice(0, eq).trim().toLowerCase();
        if (key === '')
            throw new FieldError(`empty attribute name in '${raw.trim()}'. Expected key=value`);
        out.push({ key, value: raw.slice(eq + 1).trim() });
    }
    return out;
}
/** Non-empty, non-comment lines of a multi-line action input. */
function inputLines(input) {
    const lines = typeof input === 'string' ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
    return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}


/***/ }),

/***/ 9513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DEFAULT_FLAVOR),
/* harmony export */   w: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7912);


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

/***/ 7912:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   GT: () => (/* binding */ namesFor),
/* harmony export */   Px: () => (/* binding */ GLOBAL_NAMES)
/* harmony export */ });
/* unused harmony exports SEMVER_NAMES, PEP440_NAMES, SCHEDULE_NAMES */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8083);


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

/***/ 4494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ parseTagRules)
/* harmony export */ });
/* unused harmony exports TAG_TYPES, REF_EVENTS, DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, parseTagRule */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7912);


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
 * pinship's rules when `tags` is empty. metadata-action's defaults are
 * schedule + ref branch/tag/pr; pinship swaps the raw git tag for semver
 * tags and always adds the commit sha so every build is addressable.
 */
const DEFAULT_TAG_RULES = [
    'type=schedule',
    'type=ref,event=branch',
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

/***/ 8083:
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
        const text = literal ?? word ?? '';
        const value = literal !== undefined || /^(-?\d+(\.\d+)?|true|false)$/.test(text) ? { literal: text } : { lookup: text };
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
    if ('literal' in arg)
        return arg.literal;
    const v = Object.prototype.hasOwnProperty.call(scope, arg.lookup) ? scope[arg.lookup] : undefined;
    return typeof v === 'string' ? v : '';
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


/***/ })

};
;