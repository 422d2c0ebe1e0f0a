export const id = 274;
export const ids = [274,582];
export const modules = {

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ lines),
/* harmony export */   _: () => (/* binding */ labelLines)
/* harmony export */ });
/** Multi-line outputs are one value per line, as the runner's `<<EOF` outputs and metadata-action's carry them. */
const lines = (xs) => xs.join('\n');
/** Labels as metadata-action outputs them: `KEY=VALUE` per line. */
const labelLines = (labels) => lines(Object.entries(labels).map(([k, v]) => `${k}=${v}`));


/***/ }),

/***/ 2582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ imageSummary),
/* harmony export */   am: () => (/* binding */ imageOutputs),
/* harmony export */   failureSummary: () => (/* binding */ failureSummary),
/* harmony export */   nB: () => (/* binding */ tagTable),
/* harmony export */   pJ: () => (/* binding */ leftUntouched),
/* harmony export */   xJ: () => (/* binding */ commonLabels)
/* harmony export */ });
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);

/** The common outputs, with `metadata` (the command's JSON record) alongside. */
function imageOutputs(f, metadata) {
    const images = f.digest ? f.repositories.map((r) => `${r}@${f.digest}`) : [];
    return {
        digest: f.digest,
        image: images[0] ?? '',
        images: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_0__/* .lines */ .M)(images),
        tags: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_0__/* .lines */ .M)(f.tags),
        version: f.version,
        imageid: f.imageid,
        'platform-digests': JSON.stringify(f.platformDigests),
        labels: (0,_output_format_js__WEBPACK_IMPORTED_MODULE_0__/* .labelLines */ ._)(f.labels),
        metadata: JSON.stringify(metadata),
    };
}
/** Labels every platform carries with the same value: what a multi-platform image says about itself, whichever platform runs. */
function commonLabels(all) {
    const [first, ...rest] = all;
    return Object.fromEntries(Object.entries(first ?? {}).filter(([k, v]) => rest.every((l) => l[k] === v)));
}
const code = (s) => `\`${s}\``;
/** `| repository | tags |` rows: each repository with the tags it carries now. */
function tagTable(repositories, tags, none = '(by digest)') {
    const rows = repositories.map((repo) => {
        const own = tags.filter((t) => t.startsWith(`${repo}:`)).map((t) => code(t.slice(repo.length + 1)));
        return `| ${code(repo)} | ${own.join(' ') || none} |`;
    });
    return ['| repository | tags |', '| --- | --- |', ...rows];
}
/** A command's job summary: what each repository carries, the digest, and the command's own notes. */
function imageSummary(title, f, notes) {
    const image = f.digest && f.repositories[0] ? `${f.repositories[0]}@${f.digest}` : '';
    return [
        `### ${title}`,
        '',
        ...tagTable(f.repositories, f.tags),
        '',
        ...(f.digest ? [`**digest** ${code(f.digest)} · **platforms** ${Object.keys(f.platformDigests).join(', ') || 'n/a'}`, ''] : []),
        ...notes.flatMap((n) => [n, '']),
        ...(image ? ['```', image, '```', ''] : []),
    ].join('\n');
}
let untouched = 'Nothing was written to any registry.';
/**
 * What a failure at this point leaves as it was, for the failed run's summary. A command updates it as
 * it starts to change things (build: before the push starts).
 */
function leftUntouched(note) {
    untouched = note;
}
/** The summary of a failed run: what failed, and what was left untouched. */
function failureSummary(command, message) {
    return [`### pinship ${command} failed`, '', '```', message, '```', '', `**Left untouched:** ${untouched}`, ''].join('\n');
}


/***/ }),

/***/ 6491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loadGitContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2298);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6176);



/** The local checkout's HEAD, ref and commit date, or none outside a git repository. */
async function localGit(dir) {
    const git = (...args) => (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execTool */ .wc)('git', ['-C', dir, ...args]).then((r) => r.stdout.trim());
    try {
        const [sha, date] = (await git('log', '-1', '--format=%H %cI')).split(' ');
        const ref = await git('symbolic-ref', '-q', 'HEAD').catch(() => '');
        return { sha: sha, ref, ...(date ? { date: new Date(date) } : {}) };
    }
    catch {
        return undefined;
    }
}
/**
 * Why not `github.context` from @actions/github: its module loads octokit with it. Measured here (issue 14)
 * on two ncc bundles that differ only by `import { context } from '@actions/github'`: 1.1 MB -> 2.2 MB and
 * +140 to +175 ms median start-up over 21 runs, half again what a failing run's start costs beyond Node's
 * own (~250 ms, bench/cold-start.mjs). The event payload, SHA and ref it offers are the same GITHUB_*
 * variables and GITHUB_EVENT_PATH read here; @actions/github stays loaded only on pin's pull-request path.
 *
 * The run's git facts: GITHUB_* variables and the event payload on a runner; on a developer's
 * machine (no GITHUB_SHA) the checkout holding `dir` (the build context), so the CLI tags like a
 * push of that repository would, wherever it is started from.
 */
async function loadGitContext(env, dir = '.') {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            throw new Error(`GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH}' is not a readable JSON event payload: ${e.message}`);
        }
    }
    if (env.GITHUB_SHA)
        return (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gitContextFromEnv */ .Vc)(env, event);
    const local = await localGit(dir);
    // Not a git checkout: tags from rules that need no commit (raw) still work.
    if (!local)
        return (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gitContextFromEnv */ .Vc)(env, event);
    const ctx = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gitContextFromEnv */ .Vc)({ ...env, GITHUB_SHA: local.sha, GITHUB_REF: local.ref, GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME ?? 'push' }, event);
    return local.date ? { ...ctx, commitDate: local.date } : ctx;
}


/***/ }),

/***/ 9199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readImages)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9758);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);


/**
 * `images`: repositories, one per line or comma-separated; upper case is lowered with a notice.
 * Each keeps the user's spelling too (`written`): metadata-action's outputs say `acme/app`, not
 * `docker.io/acme/app`.
 */
function readImages(rt, required) {
    const raw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .listInput */ .dt)(rt, 'images');
    if (!raw.length && required)
        throw new Error(`Input 'images' is required: one repository per line, e.g. ghcr.io/acme/app`);
    return raw.map((s) => {
        let parsed;
        try {
            parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryLenient */ .P6)(s);
        }
        catch (e) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', s, `Expected a repository without tag, e.g. ghcr.io/acme/app (${e.message}).`);
        }
        if (parsed.lowercased)
            rt.notice(`images: '${s}' lower-cased to '${parsed.repository}' (repository names must be lower case)`);
        return parsed;
    });
}


/***/ }),

/***/ 6176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tt: () => (/* reexport */ DEFAULT_FLAVOR),
  zt: () => (/* reexport */ computeLabels),
  $o: () => (/* reexport */ computeTags),
  Vc: () => (/* reexport */ gitContextFromEnv),
  wp: () => (/* reexport */ parseFlavor),
  hh: () => (/* reexport */ parseTagRules)
});

// UNUSED EXPORTS: DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, REF_EVENTS, TAG_TYPES, effectiveSha, formatDate, parseTagRule, sanitizeTag

;// CONCATENATED MODULE: ./lib/tags/context.js
function obj(v) {
    return typeof v === 'object' && v !== null ? v : {};
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function context_int(v) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isInteger(n) ? n : undefined;
}
function date(v) {
    const s = str(v);
    if (s === undefined)
        return undefined;
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
// Like metadata-action, only trust a payload timestamp that belongs to the
// commit being built; otherwise {{commit_date}} falls back to "now".
function commitDateFor(payload, sha) {
    const commits = payload['commits'];
    if (Array.isArray(commits)) {
        const hit = commits.map(obj).find((c) => c['id'] === sha);
        const d = hit ? date(hit['timestamp']) : undefined;
        if (d)
            return d;
    }
    const head = obj(payload['head_commit']);
    return head['id'] === sha ? date(head['timestamp']) : undefined;
}
/**
 * Builds a GitContext from GITHUB_* variables and the parsed event payload
 * (the JSON at GITHUB_EVENT_PATH, read by the caller).
 */
function gitContextFromEnv(env, event) {
    const payload = obj(event);
    const pr = obj(payload['pull_request']);
    const repo = obj(payload['repository']);
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const sha = env['GITHUB_SHA'] ?? '';
    let ref = env['GITHUB_REF'] ?? '';
    const isPrEvent = /^pull_request/.test(eventName);
    const prNumber = isPrEvent ? (context_int(payload['number']) ?? context_int(pr['number'])) : undefined;
    // pull_request_target runs on the base branch ref; metadata-action rewrites
    // it so that type=ref,event=pr still yields pr-N.
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && prNumber !== undefined) {
        ref = `refs/pull/${prNumber}/merge`;
    }
    const ctx = {
        eventName,
        ref,
        sha,
        repository: env['GITHUB_REPOSITORY'] ?? str(repo['full_name']) ?? '',
        serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    };
    const optional = {
        headSha: isPrEvent ? str(obj(pr['head'])['sha']) : undefined,
        prNumber,
        prHeadRef: isPrEvent ? (str(obj(pr['head'])['ref']) ?? str(env['GITHUB_HEAD_REF'])) : undefined,
        prBaseRef: isPrEvent ? (str(obj(pr['base'])['ref']) ?? str(env['GITHUB_BASE_REF'])) : undefined,
        baseRef: str(payload['base_ref']),
        defaultBranch: str(repo['default_branch']),
        runNumber: context_int(env['GITHUB_RUN_NUMBER']),
        runId: context_int(env['GITHUB_RUN_ID']),
        actor: str(env['GITHUB_ACTOR']),
        commitDate: commitDateFor(payload, sha),
    };
    for (const [k, v] of Object.entries(optional)) {
        if (v !== undefined)
            Object.assign(ctx, { [k]: v });
    }
    return ctx;
}

;// CONCATENATED MODULE: ./lib/tags/fields.js
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

;// CONCATENATED MODULE: ./lib/tags/placeholders.js
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

;// CONCATENATED MODULE: ./lib/tags/template.js
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
            // Rules are checked against their names when read (src/tags/placeholders.ts); this is the backstop.
            throw new TemplateError(`unknown placeholder '{{${node.name}}}'. Expected one of ${Object.keys(scope).map((n) => `{{${n}}}`).join(', ')}`);
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
function validateTemplate(src) {
    parseTemplate(src);
}
/** The names a template uses ({{name}}, {{name 'arg'}}), in order. */
function placeholders(src) {
    return parseTemplate(src).flatMap((n) => (n.kind === 'expr' ? [n.name] : []));
}

;// CONCATENATED MODULE: ./lib/tags/rules.js



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
/** A misspelled placeholder ({{verison}}) would render as nothing and silently drop the tag. */
function checkPlaceholders(type, key, template) {
    if (template === undefined)
        return;
    const names = namesFor(type, key);
    const unknown = placeholders(template).find((n) => !names.includes(n));
    if (unknown !== undefined) {
        throw new FieldError(`unknown placeholder '{{${unknown}}}' in ${key}. Expected one of ${names.map((n) => `{{${n}}}`).join(', ')}`);
    }
}
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
        throw new FieldError(`invalid regular expression '${source}' in ${what}. Expected a JavaScript regular expression`);
    }
}
function build(type, attrs, common) {
    const need = (key, example) => {
        const v = attrs.get(key);
        if (v === undefined)
            throw new FieldError(`missing ${key}. Expected e.g. ${example}`);
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
                throw new FieldError(`group '${group}' is not a number. Expected a non-negative integer`);
            return { ...common, type, pattern, group: Number(group), value: attrs.get('value') ?? '' };
        }
        case 'edge':
            return { ...common, type, branch: attrs.get('branch') ?? '' };
        case 'ref': {
            const event = need('event', 'type=ref,event=branch');
            if (!REF_EVENTS.includes(event)) {
                throw new FieldError(`unknown event '${event}'. Expected one of ${REF_EVENTS.join(', ')}`);
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
                throw new FieldError(`unknown format '${format}'. Expected short or long`);
            return { ...common, type, format, prefix: common.prefix ?? 'sha-' };
        }
    }
}
function parseLine(line, onWarning) {
    const attrs = new Map();
    let type = 'raw';
    for (const field of splitFields(line)) {
        if (field.key === undefined) {
            attrs.set('value', field.value);
        }
        else if (field.key === 'type') {
            if (!isTagType(field.value)) {
                throw new FieldError(`unknown type '${field.value}'. Expected one of ${TAG_TYPES.join(', ')}`);
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
    for (const key of templated) {
        const v = attrs.get(key);
        if (v === undefined)
            continue;
        try {
            validateTemplate(v);
        }
        catch (e) {
            if (e instanceof TemplateError)
                throw new FieldError(`${e.message} in ${key}. Expected {{expression}}`);
            throw e;
        }
    }
    for (const key of templated)
        checkPlaceholders(type, key, attrs.get(key));
    const priorityText = attrs.get('priority');
    if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
        throw new FieldError(`priority '${priorityText}' is not a number. Expected an integer`);
    }
    const enable = attrs.get('enable') ?? 'true';
    if (!enable.includes('{{') && enable !== 'true' && enable !== 'false') {
        throw new FieldError(`enable '${enable}' is not a boolean. Expected true, false or an expression like {{is_default_branch}}`);
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
        if (e instanceof FieldError)
            throw new Error(`Invalid tag rule '${trimmed}': ${e.message}`);
        throw e;
    }
}
/**
 * Parses the `tags` input (one rule per line, `#` comment lines skipped).
 * An input with no rules yields pinship's DEFAULT_TAG_RULES.
 */
function parseTagRules(input, onWarning) {
    const lines = inputLines(input);
    return (lines.length > 0 ? lines : DEFAULT_TAG_RULES).map((l) => parseTagRule(l, onWarning));
}

;// CONCATENATED MODULE: ./lib/tags/flavor.js


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
    for (const { key, value } of splitFields(line)) {
        switch (key) {
            case undefined:
                throw new FieldError(`'${value}' has no '='. Expected key=value`);
            case 'latest':
                if (value !== 'auto' && value !== 'true' && value !== 'false') {
                    throw new FieldError(`latest '${value}' is not valid. Expected auto, true or false`);
                }
                flavor.latest = value;
                break;
            case 'prefix':
            case 'suffix':
                try {
                    validateTemplate(value);
                }
                catch (e) {
                    if (e instanceof TemplateError)
                        throw new FieldError(`${e.message} in ${key}. Expected {{expression}}`);
                    throw e;
                }
                flavor[key] = value;
                onlatestFor = key;
                break;
            case 'onlatest':
                if (value !== 'true' && value !== 'false') {
                    throw new FieldError(`onlatest '${value}' is not valid. Expected true or false`);
                }
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
                break;
            default:
                throw new FieldError(`unknown key '${key}'. Expected latest, prefix, suffix or onlatest`);
        }
    }
}
/** Parses the `flavor` input: latest=auto|true|false, prefix=X[,onlatest=B], suffix=X[,onlatest=B]. */
function parseFlavor(input) {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of inputLines(input)) {
        try {
            parseFlavorLine(line, flavor);
        }
        catch (e) {
            if (e instanceof FieldError)
                throw new Error(`Invalid flavor '${line}': ${e.message}`);
            throw e;
        }
    }
    return flavor;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./lib/tags/dates.js
// moment.js-compatible date formatting (English locale) for {{date}} and
// {{commit_date}}. metadata-action renders these with moment-timezone; we use
// Intl for the zone maths so no timezone database ships in the bundle.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const formatters = new Map();
function formatterFor(tz) {
    let f = formatters.get(tz);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat('en-US', {
                timeZone: tz,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
            });
        }
        catch {
            // moment-timezone only logs and falls back to the runner's zone here;
            // failing loudly is kinder than silently producing a different tag.
            throw new Error(`Unknown time zone '${tz}'. Expected an IANA name such as UTC or Europe/Paris`);
        }
        formatters.set(tz, f);
    }
    return f;
}
function wallClock(date, tz) {
    const parts = {};
    for (const p of formatterFor(tz).formatToParts(date)) {
        if (p.type !== 'literal')
            parts[p.type] = Number(p.value);
    }
    const ms = date.getUTCMilliseconds();
    const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, ms);
    const d = new Date(local);
    const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth(),
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        ms,
        weekday: d.getUTCDay(),
        dayOfYear: Math.floor((local - startOfYear) / 86_400_000) + 1,
        offsetMinutes: Math.round((local - date.getTime()) / 60_000),
        epochMs: date.getTime(),
    };
}
const pad = (n, width) => String(Math.abs(n)).padStart(width, '0');
function ordinal(n) {
    const rem100 = n % 100;
    if (rem100 >= 11 && rem100 <= 13)
        return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
// Week numbering as moment computes it: dow = first day of week, doy = the
// January day that must fall in week 1 (ISO: Monday / Jan 4th; en: Sunday / Jan 1st).
function firstWeekOffset(year, dow, doy) {
    const fwd = 7 + dow - doy;
    const fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1;
}
function weeksInYear(year, dow, doy) {
    const days = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
    return (days - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}
function weekOfYear(w, dow, doy) {
    const week = Math.floor((w.dayOfYear - firstWeekOffset(w.year, dow, doy) - 1) / 7) + 1;
    if (week < 1)
        return { year: w.year - 1, week: week + weeksInYear(w.year - 1, dow, doy) };
    const total = weeksInYear(w.year, dow, doy);
    if (week > total)
        return { year: w.year + 1, week: week - total };
    return { year: w.year, week };
}
function offset(minutes, sep) {
    const sign = minutes < 0 ? '-' : '+';
    return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${sep}${pad(Math.abs(minutes) % 60, 2)}`;
}
const h12 = (w) => w.hour % 12 || 12;
const iso = (w) => weekOfYear(w, 1, 4);
const loc = (w) => weekOfYear(w, 0, 6);
const TOKENS = {
    YYYY: (w) => pad(w.year, 4),
    YY: (w) => pad(w.year % 100, 2),
    Y: (w) => String(w.year),
    Q: (w) => String(Math.floor(w.month / 3) + 1),
    Qo: (w) => ordinal(Math.floor(w.month / 3) + 1),
    M: (w) => String(w.month + 1),
    Mo: (w) => ordinal(w.month + 1),
    MM: (w) => pad(w.month + 1, 2),
    MMM: (w) => (MONTHS[w.month] ?? '').slice(0, 3),
    MMMM: (w) => MONTHS[w.month] ?? '',
    D: (w) => String(w.day),
    Do: (w) => ordinal(w.day),
    DD: (w) => pad(w.day, 2),
    DDD: (w) => String(w.dayOfYear),
    DDDo: (w) => ordinal(w.dayOfYear),
    DDDD: (w) => pad(w.dayOfYear, 3),
    d: (w) => String(w.weekday),
    do: (w) => ordinal(w.weekday),
    dd: (w) => (DAYS[w.weekday] ?? '').slice(0, 2),
    ddd: (w) => (DAYS[w.weekday] ?? '').slice(0, 3),
    dddd: (w) => DAYS[w.weekday] ?? '',
    e: (w) => String(w.weekday),
    E: (w) => String(w.weekday || 7),
    w: (w) => String(loc(w).week),
    wo: (w) => ordinal(loc(w).week),
    ww: (w) => pad(loc(w).week, 2),
    W: (w) => String(iso(w).week),
    Wo: (w) => ordinal(iso(w).week),
    WW: (w) => pad(iso(w).week, 2),
    gg: (w) => pad(loc(w).year % 100, 2),
    gggg: (w) => pad(loc(w).year, 4),
    GG: (w) => pad(iso(w).year % 100, 2),
    GGGG: (w) => pad(iso(w).year, 4),
    H: (w) => String(w.hour),
    HH: (w) => pad(w.hour, 2),
    h: (w) => String(h12(w)),
    hh: (w) => pad(h12(w), 2),
    k: (w) => String(w.hour || 24),
    kk: (w) => pad(w.hour || 24, 2),
    m: (w) => String(w.minute),
    mm: (w) => pad(w.minute, 2),
    s: (w) => String(w.second),
    ss: (w) => pad(w.second, 2),
    a: (w) => (w.hour < 12 ? 'am' : 'pm'),
    A: (w) => (w.hour < 12 ? 'AM' : 'PM'),
    Z: (w) => offset(w.offsetMinutes, ':'),
    ZZ: (w) => offset(w.offsetMinutes, ''),
    X: (w) => String(Math.floor(w.epochMs / 1000)),
    x: (w) => String(w.epochMs),
    Hmm: (w) => `${w.hour}${pad(w.minute, 2)}`,
    Hmmss: (w) => `${w.hour}${pad(w.minute, 2)}${pad(w.second, 2)}`,
    hmm: (w) => `${h12(w)}${pad(w.minute, 2)}`,
    hmmss: (w) => `${h12(w)}${pad(w.minute, 2)}${pad(w.second, 2)}`,
};
// Same alternation order as moment's formattingTokens: longest forms first.
const TOKEN_RE = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|YYYY|YY|gg(gg)?|GG(GG)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|ZZ?|Y|.)/g;
function formatDate(date, format, tz = 'UTC') {
    const w = wallClock(date, tz);
    return format.replace(TOKEN_RE, (match, bracket, backslash, token) => {
        if (bracket !== undefined)
            return bracket.slice(1, -1);
        if (backslash !== undefined)
            return match.slice(1);
        const t = token ?? match;
        if (/^S+$/.test(t))
            return pad(w.ms, 3).padEnd(t.length, '0').slice(0, t.length);
        const fn = TOKENS[t];
        return fn ? fn(w) : t;
    });
}

;// CONCATENATED MODULE: ./lib/tags/expressions.js

function effectiveSha(ctx, opts = {}) {
    // Same event test as metadata-action's DOCKER_METADATA_PR_HEAD_SHA switch.
    if (opts.prSha !== 'merge' && /pull_request/.test(ctx.eventName) && ctx.headSha)
        return ctx.headSha;
    return ctx.sha;
}
function shortSha(sha, length = 7) {
    return length >= sha.length ? sha : sha.slice(0, length);
}
function refName(ref, kind) {
    const prefix = `refs/${kind}/`;
    return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
function dateHelper(date) {
    return (params, hash) => {
        for (const key of Object.keys(hash)) {
            if (key !== 'tz')
                throw new Error(`Unknown ${key} attribute`);
        }
        const format = params[0];
        if (format === undefined)
            throw new Error(`Missing date format. Expected e.g. {{date 'YYYYMMDD'}}`);
        return formatDate(date, format, hash['tz'] ?? 'UTC');
    };
}
/** {{date}} and {{commit_date}}: the only helpers a schedule pattern sees. */
function dateScope(ctx, now) {
    return { date: dateHelper(now), commit_date: dateHelper(ctx.commitDate ?? now) };
}
function isDefaultBranch(ctx) {
    // metadata-action strips refs/heads/ only, so a tag or PR ref never equals the
    // default branch name; the events below always run on the default branch.
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (branch === '')
        return false;
    if (ctx.defaultBranch !== undefined && ctx.defaultBranch === branch)
        return true;
    return /create|discussion|issues|schedule/.test(ctx.eventName);
}
/** The global expressions available in value, prefix, suffix, enable and labels. */
function globalScope(ctx, opts, now) {
    const isDefault = isDefaultBranch(ctx);
    let baseRef = '';
    if (ctx.ref.startsWith('refs/tags/') && ctx.baseRef !== undefined) {
        baseRef = ctx.baseRef.replace(/^refs\/heads\//, '');
    }
    else if (ctx.ref.startsWith('refs/pull/') && ctx.prBaseRef !== undefined) {
        baseRef = ctx.prBaseRef;
    }
    return {
        ...dateScope(ctx, now),
        branch: refName(ctx.ref, 'heads') ?? '',
        tag: refName(ctx.ref, 'tags') ?? '',
        sha: shortSha(effectiveSha(ctx, opts), opts.shortShaLength),
        base_ref: baseRef,
        is_default_branch: String(isDefault),
        is_not_default_branch: String(!isDefault),
    };
}

;// CONCATENATED MODULE: ./lib/tags/pep440.js
// PEP 440 parsing and normalisation, mirroring what metadata-action gets from
// @renovate/pep440 (valid / clean / explain / major / minor / patch).
const PATTERN = new RegExp('^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>alpha|beta|preview|pre|a|b|c|rc)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const PRE_LABELS = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
function parsePep440(input) {
    const g = PATTERN.exec(input)?.groups;
    if (!g)
        return undefined;
    const num = (s) => (s === undefined ? 0 : Number(s));
    const pre = g.preL !== undefined ? [PRE_LABELS[g.preL.toLowerCase()] ?? g.preL, num(g.preN)] : undefined;
    const post = g.post !== undefined ? num(g.postN1 ?? g.postN2) : undefined;
    const dev = g.dev !== undefined ? num(g.devN) : undefined;
    const local = g.local?.toLowerCase().replace(/[-_]/g, '.');
    return {
        epoch: num(g.epoch),
        release: (g.release ?? '0').split('.').map(Number),
        pre,
        post,
        dev,
        local,
        isPrerelease: pre !== undefined || dev !== undefined,
        isPostrelease: post !== undefined,
        isDevrelease: dev !== undefined,
    };
}
/** Canonical PEP 440 form, e.g. `1.2.3beta2` -> `1.2.3b2`, `1.0dev4` -> `1.0.dev4`. */
function cleanPep440(v) {
    let out = v.epoch !== 0 ? `${v.epoch}!` : '';
    out += v.release.join('.');
    if (v.pre)
        out += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local !== undefined)
        out += `+${v.local}`;
    return out;
}

;// CONCATENATED MODULE: ./lib/tags/evaluate.js




// A rule-level prefix/suffix (even an empty one, or sha-/pr- defaults) wins
// over the flavor's; that is why flavor prefixes never reach sha-/pr- tags.
function affix(value, rule, env) {
    const prefix = render(rule.prefix ?? env.flavor.prefix, env.scope);
    const suffix = render(rule.suffix ?? env.flavor.suffix, env.scope);
    return `${prefix}${value}${suffix}`;
}
// semver and pep440 read the git tag (or `value`), optionally narrowed by the
// `match` regex's first group, with `/` made tag-safe before parsing.
function versionSource(rule, env) {
    const tag = refName(env.ctx.ref, 'tags');
    if (tag === undefined && rule.value === '')
        return undefined;
    let raw = rule.value !== '' ? render(rule.value, env.scope) : (tag ?? '');
    if (rule.match !== '') {
        const m = new RegExp(rule.match).exec(raw);
        if (!m)
            env.warn(`${rule.match} does not match ${raw}.`);
        else
            raw = m[1] ?? m[0];
    }
    return raw.replace(/\//g, '-');
}
function evalSemver(rule, env) {
    const raw = versionSource(rule, env);
    if (raw === undefined)
        return undefined;
    const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null;
    if (!parsed) {
        env.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
        return undefined;
    }
    const scope = {
        raw: parsed.raw,
        version: parsed.version,
        major: String(parsed.major),
        minor: String(parsed.minor),
        patch: String(parsed.patch),
        prerelease: parsed.prerelease.join(','),
        build: parsed.build.join(','),
    };
    // Pre-releases only ever get {{version}} (or a lone {{raw}}): a 1.2 tag must
    // not move to an rc, and no latest either.
    const pre = parsed.prerelease.length > 0;
    const pattern = !pre || isRawStatement(rule.pattern) ? rule.pattern : '{{version}}';
    return { value: affix(render(pattern, scope), rule, env), latestAuto: !pre };
}
function evalPep440(rule, env) {
    const raw = versionSource(rule, env);
    if (raw === undefined)
        return undefined;
    const v = parsePep440(raw);
    if (!v) {
        env.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
        return undefined;
    }
    const clean = cleanPep440(v);
    if (v.isPrerelease || v.isPostrelease || v.isDevrelease) {
        return { value: affix(isRawStatement(rule.pattern) ? raw : clean, rule, env), latestAuto: false };
    }
    const scope = {
        raw,
        version: clean,
        major: String(v.release[0] ?? 0),
        minor: String(v.release[1] ?? 0),
        patch: String(v.release[2] ?? 0),
    };
    return { value: affix(render(rule.pattern, scope), rule, env), latestAuto: true };
}
function evalMatch(rule, env) {
    const tag = refName(env.ctx.ref, 'tags');
    if (tag === undefined && rule.value === '')
        return undefined;
    const raw = rule.value !== '' ? render(rule.value, env.scope) : (tag ?? '');
    const literal = /^\/(.+)\/(.*)$/.exec(rule.pattern);
    const re = literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(rule.pattern);
    // String#match, not exec: with a /g literal metadata-action indexes the list
    // of all matches, and `group` then picks one of them.
    const m = raw.match(re);
    if (!m) {
        env.warn(`${rule.pattern} does not match ${raw}.`);
        return undefined;
    }
    const picked = m[rule.group];
    if (picked === undefined) {
        env.warn(`Group ${rule.group} does not exist for ${rule.pattern} pattern.`);
        return undefined;
    }
    // Matching is the user's statement that this tag is a release: latest=auto
    // says yes even for something that looks like a pre-release.
    return { value: affix(picked, rule, env), latestAuto: true };
}
/** The (unsanitized) tag a rule yields for this run, or undefined if it does not apply. */
function evaluateRule(rule, env) {
    const { ctx } = env;
    switch (rule.type) {
        case 'schedule':
            if (!/schedule/.test(ctx.eventName))
                return undefined;
            return { value: affix(render(rule.pattern, env.dates), rule, env), latestAuto: false };
        case 'semver':
            return evalSemver(rule, env);
        case 'pep440':
            return evalPep440(rule, env);
        case 'match':
            return evalMatch(rule, env);
        case 'edge': {
            const branch = refName(ctx.ref, 'heads');
            const target = rule.branch !== '' ? rule.branch : ctx.defaultBranch;
            if (branch === undefined || target !== branch)
                return undefined;
            return { value: affix('edge', rule, env), latestAuto: false };
        }
        case 'ref': {
            if (rule.event === 'branch') {
                const branch = refName(ctx.ref, 'heads');
                return branch === undefined ? undefined : { value: affix(branch, rule, env), latestAuto: false };
            }
            if (rule.event === 'tag') {
                const tag = refName(ctx.ref, 'tags');
                return tag === undefined ? undefined : { value: affix(tag, rule, env), latestAuto: true };
            }
            if (!ctx.ref.startsWith('refs/pull/'))
                return undefined;
            const pr = ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '');
            return { value: affix(pr, rule, env), latestAuto: false };
        }
        case 'raw':
            return { value: affix(render(rule.value, env.scope), rule, env), latestAuto: false };
        case 'sha': {
            const sha = effectiveSha(ctx, env.opts);
            if (sha === '')
                return undefined;
            const value = rule.format === 'short' ? shortSha(sha, env.opts.shortShaLength) : sha;
            return { value: affix(value, rule, env), latestAuto: false };
        }
    }
}

;// CONCATENATED MODULE: ./lib/tags/compute.js



const TAG_MAX = 128;
/**
 * Makes a string a valid image tag. metadata-action only replaces runs of
 * characters outside [a-zA-Z0-9._-] with '-'; pinship also drops leading
 * '.'/'-' and cuts at 128 characters, since registries reject those tags
 * outright and a failed push is worse than a trimmed name.
 */
function sanitizeTag(tag) {
    return tag
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, TAG_MAX);
}
function isEnabled(rule, env) {
    const enabled = render(rule.enable, env.scope);
    if (enabled !== 'true' && enabled !== 'false') {
        throw new Error(`enable evaluated to '${enabled}'. Expected true or false`);
    }
    return enabled === 'true';
}
/**
 * Computes image tags from parsed rules, following docker/metadata-action
 * v5/v6 semantics. Pure apart from the clock, which opts.now pins.
 */
function computeTags(rules, flavor, ctx, opts = {}) {
    const now = opts.now ?? new Date();
    const warnings = [];
    const env = {
        ctx,
        flavor,
        opts,
        scope: globalScope(ctx, opts, now),
        dates: dateScope(ctx, now),
        warn: (m) => warnings.push(m),
    };
    // Array#sort is stable, so equal priorities keep their input order.
    const ordered = [...rules].sort((a, b) => b.priority - a.priority);
    const tags = [];
    // Like metadata-action, the first rule that yields a tag alone decides
    // latest=auto: a semver release wins over a later sha rule, but a raw rule
    // with a higher priority than semver suppresses latest.
    let wantLatest;
    for (const rule of ordered) {
        let out;
        try {
            if (!isEnabled(rule, env))
                continue;
            out = evaluateRule(rule, env);
        }
        catch (e) {
            throw new Error(`Invalid tag rule '${rule.source}': ${e instanceof Error ? e.message : String(e)}`);
        }
        if (!out || out.value === '')
            continue;
        const tag = sanitizeTag(out.value);
        if (tag === '') {
            warnings.push(`Tag rule '${rule.source}' produced '${out.value}', which is not a usable tag; skipped.`);
            continue;
        }
        wantLatest ??= flavor.latest === 'auto' ? out.latestAuto : flavor.latest === 'true';
        if (!tags.includes(tag))
            tags.push(tag);
    }
    const version = tags[0] ?? '';
    const latest = wantLatest === true && tags.length > 0;
    if (latest) {
        // metadata-action pastes the flavor prefix/suffix in unevaluated here; we
        // evaluate it so prefix={{branch}}- gives main-latest, not -branch--latest.
        const prefix = flavor.prefixLatest ? render(flavor.prefix, env.scope) : '';
        const suffix = flavor.suffixLatest ? render(flavor.suffix, env.scope) : '';
        const name = sanitizeTag(`${prefix}latest${suffix}`);
        if (!tags.includes(name))
            tags.push(name);
    }
    return { tags, version, latest, warnings };
}

;// CONCATENATED MODULE: ./lib/tags/labels.js


const OCI = 'org.opencontainers.image';
/**
 * The OCI labels metadata-action emits, from the run context alone: title is
 * the repository name, url and source the repository page, revision the
 * commit actually built (the PR head by default, see ComputeOptions.prSha).
 * description stays empty and licenses is omitted because both need the
 * repository API. `extra` values may use the global expressions
 * ({{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}, ...) and override the defaults.
 * Keys come back sorted, as metadata-action prints them.
 */
function computeLabels(ctx, version, extra = {}, now = new Date(), opts = {}) {
    const url = `${ctx.serverUrl}/${ctx.repository}`;
    const labels = {
        [`${OCI}.title`]: ctx.repository.split('/').pop() ?? '',
        [`${OCI}.description`]: '',
        [`${OCI}.url`]: url,
        [`${OCI}.source`]: url,
        [`${OCI}.version`]: version,
        [`${OCI}.created`]: now.toISOString(),
        [`${OCI}.revision`]: effectiveSha(ctx, opts),
    };
    const scope = globalScope(ctx, opts, now);
    for (const [key, value] of Object.entries(extra)) {
        try {
            labels[key] = render(value, scope);
        }
        catch (e) {
            throw new Error(`Invalid label '${key}=${value}': ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    const sorted = {};
    for (const key of Object.keys(labels).sort((a, b) => a.localeCompare(b)))
        sorted[key] = labels[key] ?? '';
    return sorted;
}

;// CONCATENATED MODULE: ./lib/tags/index.js









/***/ })

};
