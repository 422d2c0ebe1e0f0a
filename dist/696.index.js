"use strict";
exports.id = 696;
exports.ids = [696];
exports.modules = {

/***/ 27300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadGitContext)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
;// CONCATENATED MODULE: ./lib/git/event.js
function obj(v) {
    return typeof v === 'object' && v !== null ? v : {};
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function event_int(v) {
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
    const prNumber = isPrEvent ? (event_int(payload['number']) ?? event_int(pr['number'])) : undefined;
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
        runNumber: event_int(env['GITHUB_RUN_NUMBER']),
        runId: event_int(env['GITHUB_RUN_ID']),
        actor: str(env['GITHUB_ACTOR']),
        commitDate: commitDateFor(payload, sha),
    };
    for (const [k, v] of Object.entries(optional)) {
        if (v !== undefined)
            Object.assign(ctx, { [k]: v });
    }
    return ctx;
}

;// CONCATENATED MODULE: ./lib/git/context.js



/** The local checkout's HEAD, ref and commit date, or none outside a git repository. */
async function localGit(dir) {
    const git = (...args) => (0,exec/* execTool */.wc)('git', ['-C', dir, ...args]).then((r) => r.stdout.trim());
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
 * Why not `github.context` from @actions/github: its module loads octokit with it, which doubles the bundle
 * a run loads and slows every start (bench/cold-start.mjs times a start). The event payload, SHA and ref it
 * offers are the same GITHUB_* variables and GITHUB_EVENT_PATH read here.
 *
 * The run's git facts: GITHUB_* variables and the event payload on a runner; on a developer's
 * machine (no GITHUB_SHA) the checkout holding `dir` (the build context), so the CLI tags like a
 * push of that repository would, wherever it is started from.
 */
async function loadGitContext(env, dir = '.') {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            throw new Error(`GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH}' is not a readable JSON event payload: ${e.message}`, { cause: e });
        }
    }
    if (env.GITHUB_SHA)
        return gitContextFromEnv(env, event);
    const local = await localGit(dir);
    // Not a git checkout: tags from rules that need no commit (raw) still work.
    if (!local)
        return gitContextFromEnv(env, event);
    const ctx = gitContextFromEnv({ ...env, GITHUB_SHA: local.sha, GITHUB_REF: local.ref, GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME ?? 'push' }, event);
    return local.date ? { ...ctx, commitDate: local.date } : ctx;
}


/***/ }),

/***/ 62459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ imageSummary),
/* harmony export */   am: () => (/* binding */ imageOutputs),
/* harmony export */   nB: () => (/* binding */ tagTable),
/* harmony export */   xJ: () => (/* binding */ commonLabels)
/* harmony export */ });
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41829);

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


/***/ }),

/***/ 41829:
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

/***/ 48437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tt: () => (/* reexport */ flavor/* DEFAULT_FLAVOR */.t),
  zt: () => (/* reexport */ computeLabels),
  $o: () => (/* reexport */ computeTags),
  hh: () => (/* reexport */ rules/* parseTagRules */.hh)
});

// UNUSED EXPORTS: DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, REF_EVENTS, TAG_TYPES, effectiveSha, formatDate, parseFlavor, parseTagRule, sanitizeTag

// EXTERNAL MODULE: ./lib/tags/rules.js
var rules = __webpack_require__(34494);
// EXTERNAL MODULE: ./lib/tags/flavor.js
var flavor = __webpack_require__(99513);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
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
/**
 * The format moment prints when given none: ISO 8601 with a literal Z where the zone's offset is zero
 * at that moment (UTC, London in winter), else with the offset (+09:00).
 */
function defaultDateFormat(date, tz = 'UTC') {
    return wallClock(date, tz).offsetMinutes === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ';
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
const LITERAL_WORD = /^(-?\d+(\.\d+)?|true|false)$/;
/**
 * The text of a date helper's argument. An unquoted word Handlebars finds no value for reaches
 * metadata-action's helper as no format, and moment then prints its default ISO form
 * (`{{date YYYYMMDD}}` gives 2020-01-10T00:30:00Z): pinship does the same, and says so, since the
 * tag then differs from what the word suggests. Any other unquoted argument breaks its helper.
 */
function helperText(arg, what, example, warn) {
    if ('quoted' in arg)
        return arg.quoted;
    if (arg.value === undefined && !LITERAL_WORD.test(arg.word)) {
        warn(`${what} ${arg.word} is not quoted, so it is read as a name that has no value, as metadata-action reads it; ${example}`);
        return undefined;
    }
    throw new Error(`${what} ${arg.word} must be quoted. Expected e.g. ${example}`);
}
function dateHelper(name, date, warn) {
    return (params, hash) => {
        for (const key of Object.keys(hash)) {
            if (key !== 'tz')
                throw new Error(`Unknown ${key} attribute`);
        }
        const given = params[0];
        if (given === undefined)
            throw new Error(`Missing date format. Expected e.g. {{${name} 'YYYYMMDD'}}`);
        const quoteIt = `write {{${name} '${'word' in given ? given.word : ''}'}} for that format.`;
        const format = helperText(given, `{{${name}}}: the format`, `moment's default format is used instead: ${quoteIt}`, warn);
        const tzArg = hash['tz'];
        const tz = tzArg === undefined ? 'UTC' : helperText(tzArg, `{{${name}}}: tz`, `{{${name} 'YYYYMMDD' tz='Europe/Paris'}}`, warn);
        if (tz === undefined)
            throw new Error(`{{${name}}}: tz has no value. Expected a quoted IANA name, e.g. tz='Europe/Paris'`);
        return formatDate(date, format ?? defaultDateFormat(date, tz), tz);
    };
}
/** {{date}} and {{commit_date}}: the only helpers a schedule pattern sees. */
function dateScope(ctx, now, warn = () => undefined) {
    return { date: dateHelper('date', now, warn), commit_date: dateHelper('commit_date', ctx.commitDate ?? now, warn) };
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
        ...dateScope(ctx, now, opts.warn),
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

// EXTERNAL MODULE: ./lib/tags/template.js
var template = __webpack_require__(78083);
;// CONCATENATED MODULE: ./lib/tags/evaluate.js




// A rule-level prefix/suffix (even an empty one, or sha-/pr- defaults) wins
// over the flavor's; that is why flavor prefixes never reach sha-/pr- tags.
function affix(value, rule, env) {
    const prefix = (0,template/* render */.XX)(rule.prefix ?? env.flavor.prefix, env.scope);
    const suffix = (0,template/* render */.XX)(rule.suffix ?? env.flavor.suffix, env.scope);
    return `${prefix}${value}${suffix}`;
}
// semver and pep440 read the git tag (or `value`), optionally narrowed by the
// `match` regex's first group, with `/` made tag-safe before parsing.
function versionSource(rule, env) {
    const tag = refName(env.ctx.ref, 'tags');
    if (tag === undefined && rule.value === '')
        return undefined;
    let raw = rule.value !== '' ? (0,template/* render */.XX)(rule.value, env.scope) : (tag ?? '');
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
    const pattern = !pre || (0,template/* isRawStatement */.EK)(rule.pattern) ? rule.pattern : '{{version}}';
    return { value: affix((0,template/* render */.XX)(pattern, scope), rule, env), latestAuto: !pre };
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
        return { value: affix((0,template/* isRawStatement */.EK)(rule.pattern) ? raw : clean, rule, env), latestAuto: false };
    }
    const scope = {
        raw,
        version: clean,
        major: String(v.release[0] ?? 0),
        minor: String(v.release[1] ?? 0),
        patch: String(v.release[2] ?? 0),
    };
    return { value: affix((0,template/* render */.XX)(rule.pattern, scope), rule, env), latestAuto: true };
}
function evalMatch(rule, env) {
    const tag = refName(env.ctx.ref, 'tags');
    if (tag === undefined && rule.value === '')
        return undefined;
    const raw = rule.value !== '' ? (0,template/* render */.XX)(rule.value, env.scope) : (tag ?? '');
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
            return { value: affix((0,template/* render */.XX)(rule.pattern, env.dates), rule, env), latestAuto: false };
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
            return { value: affix((0,template/* render */.XX)(rule.value, env.scope), rule, env), latestAuto: false };
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
    const enabled = (0,template/* render */.XX)(rule.enable, env.scope);
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
    // Three default semver rules on a `release1` tag, or one date placeholder in several rules, say the same thing once.
    const warn = (m) => void (warnings.includes(m) || warnings.push(m));
    const env = {
        ctx,
        flavor,
        opts,
        scope: globalScope(ctx, { ...opts, warn }, now),
        dates: dateScope(ctx, now, warn),
        warn,
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
            throw new Error(`Invalid tag rule '${rule.source}': ${e instanceof Error ? e.message : String(e)}`, { cause: e });
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
        const prefix = flavor.prefixLatest ? (0,template/* render */.XX)(flavor.prefix, env.scope) : '';
        const suffix = flavor.suffixLatest ? (0,template/* render */.XX)(flavor.suffix, env.scope) : '';
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
            labels[key] = (0,template/* render */.XX)(value, scope);
        }
        catch (e) {
            throw new Error(`Invalid label '${key}=${value}': ${e instanceof Error ? e.message : String(e)}`, { cause: e });
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
;