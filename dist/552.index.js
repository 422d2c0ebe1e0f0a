"use strict";
exports.id = 552;
exports.ids = [552];
exports.modules = {

/***/ 36552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executePin: () => (/* binding */ executePin)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(59930);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 11 modules
var registry_client = __webpack_require__(71247);
// EXTERNAL MODULE: ./lib/pullrequest/for-run.js
var for_run = __webpack_require__(1519);
// EXTERNAL MODULE: ./lib/deployfiles/rewrite.js
var rewrite = __webpack_require__(72250);
;// CONCATENATED MODULE: ./lib/commands/pin/apply.js

function targetFor(p, resolved, keepTag) {
    // The line's own tag is kept (or replaced by the one `set` gives); a line without a tag gets none.
    const lineTag = keepTag && p.site.ref.tag !== undefined;
    if (p.set)
        return { digest: p.set.digest, tag: lineTag ? p.set.tag : undefined };
    const r = resolved.get(p.resolve);
    return 'error' in r ? r : { digest: r.digest, tag: lineTag ? p.site.ref.tag : undefined };
}
const where = (s) => ({ file: s.file, line: s.line, column: s.column });
/** The new text of every file, or the problems that stop pin from writing any. */
function applyPlan(plan, resolved, keepTag) {
    const out = { files: [], references: [], changed: [], problems: [...plan.problems] };
    const edits = new Map();
    const texts = new Map(plan.scans.map((s) => [s.file, s.text]));
    for (const p of plan.sites) {
        const target = targetFor(p, resolved, keepTag);
        if ('error' in target) {
            out.problems.push({ ...where(p.site), message: target.error });
            continue;
        }
        try {
            const e = (0,rewrite/* editsFor */.L7)(p.site, texts.get(p.site.file), target);
            const change = { ...where(p.site), old: p.site.written, new: e.length ? (0,rewrite/* describeEdit */.OA)(p.site, target) : p.site.written };
            out.references.push(change);
            if (!e.length)
                continue;
            out.changed.push(change);
            const forFile = edits.get(p.site.file);
            if (forFile)
                forFile.push(...e);
            else
                edits.set(p.site.file, [...e]);
        }
        catch (err) {
            out.problems.push({ ...where(p.site), message: err.message });
        }
    }
    for (const s of plan.untouched)
        out.references.push({ ...where(s), old: s.written, new: s.written });
    out.references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    for (const scan of plan.scans) {
        const e = edits.get(scan.file);
        if (!e)
            continue;
        // Identical edits at one place (an ARG default shared by two stages) are one edit.
        const unique = [...new Map(e.map((x) => [`${x.start}:${x.end}:${x.text}`, x])).values()];
        out.files.push({ file: scan.file, path: scan.path, text: (0,rewrite/* applyEdits */.ct)(scan.text, unique) });
    }
    return out;
}
/** The outcome with `files` left as they are: their references are reported unchanged, their text is not written. */
function withoutFiles(o, files) {
    const kept = (c) => !files.has(c.file);
    return {
        files: o.files.filter((f) => !files.has(f.file)),
        references: o.references.map((c) => (kept(c) ? c : { ...c, new: c.old })),
        changed: o.changed.filter(kept),
        problems: o.problems,
    };
}

// EXTERNAL MODULE: ./lib/pullrequest/changes-table.js
var changes_table = __webpack_require__(25420);
// EXTERNAL MODULE: ./lib/deployfiles/allow.js
var allow = __webpack_require__(19399);
// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 22 modules
var scan = __webpack_require__(87190);
;// CONCATENATED MODULE: ./lib/commands/pin/plan.js


/** Decides, without the network, what each reference becomes; `scans` come from scanWorkspace. */
function planPin(scans, opts) {
    const allowed = (0,allow/* allowList */.e)(opts.allow);
    const plan = { scans, problems: scans.flatMap((s) => s.problems), sites: [], untouched: [], toResolve: new Map(), unusedSet: [] };
    const used = new Set();
    for (const site of scans.flatMap((s) => s.sites)) {
        if (allowed(site.ref, site.written)) {
            plan.untouched.push(site);
            continue;
        }
        if (opts.set.length) {
            const set = opts.set.find((r) => r.repository.equals(site.ref.repository));
            if (set)
                used.add(set);
            if (set)
                plan.sites.push({ site, set });
            else
                plan.untouched.push(site);
            continue;
        }
        if (site.ref.digest) {
            plan.untouched.push(site);
            continue;
        }
        const key = site.ref.toString();
        plan.toResolve.set(key, site.ref);
        plan.sites.push({ site, resolve: key });
    }
    plan.unusedSet = opts.set.filter((r) => !used.has(r));
    return plan;
}
/** Scan and plan with no registry request: what a benchmark times, and what pin does before the network. */
async function scanAndPlanPin(workspace, patterns, opts) {
    return planPin(await (0,scan/* scanWorkspace */.H)(workspace, patterns), opts);
}

// EXTERNAL MODULE: ./lib/image/platforms.js
var platforms = __webpack_require__(40349);
// EXTERNAL MODULE: ./lib/registry/digest.js
var digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/util/error-message.js
var error_message = __webpack_require__(36228);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(79860);
;// CONCATENATED MODULE: ./lib/commands/pin/resolve.js





/** The digest `ref` names now: the index (works everywhere), or with `platform` that platform's manifest. */
async function resolveOne(client, ref, platform) {
    const head = await client.resolve(ref);
    if (!platform || !(0,mediatypes/* isIndexType */.$U)(head.mediaType))
        return head.digest;
    const index = (await client.getManifest(ref.repository, head.digest)).json;
    const child = (index.manifests ?? []).find((d) => (0,platforms/* platformMatches */.J5)(d.platform, platform));
    if (!child) {
        const have = (index.manifests ?? []).map((d) => (d.platform ? (0,mediatypes/* platformString */.Fd)(d.platform) : 'unknown')).join(', ');
        throw new Error(`${ref.familiar()} has no ${(0,mediatypes/* platformString */.Fd)(platform)} image (it has ${have}); check input 'platform'`);
    }
    return digest/* Digest */.np.parse(child.digest);
}
/** Each distinct reference once, concurrently; a failure is recorded per reference, not thrown, so all are reported. */
async function resolveAll(client, refs, platform, concurrency = 8) {
    const entries = [...refs];
    const results = await (0,pool/* mapLimit */.s)(entries, concurrency, async ([, ref]) => {
        try {
            return { digest: await resolveOne(client, ref, platform) };
        }
        catch (e) {
            return { error: `cannot resolve ${ref.familiar()}: ${(0,error_message/* errorMessage */.g)(e)}` };
        }
    });
    return new Map(entries.map(([key], i) => [key, results[i]]));
}

;// CONCATENATED MODULE: ./lib/commands/pin/execute.js








function summary(o, pr) {
    return [
        '### pinship pin',
        '',
        `${o.changed.length} of ${o.references.length} references pinned in ${o.files.length} files`,
        ...(pr ? ['', `Pull request: ${pr.url} (${pr.created ? 'opened' : 'updated'})`] : []),
        '',
        ...(o.changed.length ? [(0,changes_table/* changesTable */.E)(o.changed)] : []),
    ].join('\n');
}
async function resolveDigests(s, rt, plan) {
    if (!plan.toResolve.size)
        return new Map();
    const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
    try {
        rt.info(`resolving ${plan.toResolve.size} distinct references`);
        return await resolveAll(client, plan.toResolve, s.platform);
    }
    finally {
        client.close();
    }
}
/** Every refusal of the pull request's target (see prepareBranch) comes before any file is read or written. */
async function preparePullRequestFor(s, rt) {
    return (0,for_run/* prepareRunPullRequest */.T)(rt, { workspace: s.workspace, branch: s.pullRequestBranch, token: s.registry.githubToken });
}
/**
 * A pull request carries only files HEAD tracks: a matching file that is new or git-ignored (a
 * rendered manifest, say, with whatever secrets it holds) is named, and left as it is, not rewritten,
 * so the workspace and the pull request say the same.
 */
async function onlyTracked(pr, outcome, rt) {
    const { untracked } = await pr.tracked(outcome.files.map((f) => f.file));
    for (const f of untracked) {
        rt.warning(`pull-request: ${JSON.stringify(f)} is not tracked at HEAD (new or git-ignored): pin leaves it as it is and does not commit it`);
    }
    return untracked.length ? withoutFiles(outcome, new Set(untracked)) : outcome;
}
/** The pin once its inputs have been read (./command.ts). */
async function executePin(s, rt) {
    const pullRequest = s.pullRequest ? await preparePullRequestFor(s, rt) : undefined;
    const plan = await scanAndPlanPin(s.workspace, s.files, { set: s.set, allow: s.allow });
    (0,report/* annotateTemplated */.DP)(rt, plan.scans);
    for (const r of plan.unusedSet)
        rt.warning(`set: no file refers to ${r.repository.familiar()}; nothing was rewritten for it`);
    // Bad input stops pin before any registry request; a reference that cannot be resolved stops it after. Either way no file is written.
    if (plan.problems.length) {
        (0,report/* annotateProblems */.$9)(rt, plan.problems);
        throw new Error(`${plan.problems.length} problem(s) in the deployment files (input 'files'); no file was changed:\n${(0,report/* problemLines */.pb)(plan.problems)}`);
    }
    let outcome = applyPlan(plan, await resolveDigests(s, rt, plan), s.keepTag);
    if (outcome.problems.length) {
        (0,report/* annotateProblems */.$9)(rt, outcome.problems);
        throw new Error(`${outcome.problems.length} reference(s) could not be pinned; no file was changed:\n${(0,report/* problemLines */.pb)(outcome.problems)}`);
    }
    if (pullRequest)
        outcome = await onlyTracked(pullRequest, outcome, rt);
    for (const f of outcome.files)
        await (0,promises_.writeFile)(f.path, f.text, 'utf8');
    const outputs = {
        'changed-files': outcome.files.map((f) => f.file).join('\n'),
        pinned: String(outcome.changed.length),
        metadata: JSON.stringify(outcome.references),
    };
    const pr = await pullRequest?.open(outcome.files.map((f) => f.file), outcome.changed);
    if (pr)
        outputs['pull-request-url'] = pr.url;
    return { outputs, summary: summary(outcome, pr) };
}


/***/ }),

/***/ 19399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ registryAllowed),
/* harmony export */   e: () => (/* binding */ allowList)
/* harmony export */ });
function allowList(patterns) {
    const res = patterns.map((p) => new RegExp(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`));
    if (!res.length)
        return () => false;
    return (ref, written) => {
        // Any spelling the user might have in mind: as written, canonical, familiar, with or without the tag.
        const names = [written, ref.toString(), ref.familiar(), ref.repository.toString(), ref.repository.familiar()];
        return res.some((re) => names.some((n) => re.test(n)));
    };
}
/**
 * `allowed-registries`: a registry host (`ghcr.io`, `127.0.0.1:5000`) or a repository prefix
 * (`ghcr.io/acme`); `docker.io` covers Docker Hub short names.
 */
function registryAllowed(prefixes, ref) {
    const repo = ref.repository.toString().toLowerCase();
    return prefixes.some((p) => {
        const prefix = p
            .toLowerCase()
            .replace(/\/+$/, '')
            .replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
        return repo === prefix || repo.startsWith(`${prefix}/`);
    });
}


/***/ }),

/***/ 72250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ editsFor),
/* harmony export */   OA: () => (/* binding */ describeEdit),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/** An inline reference as it will be written: the file's spelling of the name, then the tag and digest. */
function inlineText(t, pin) {
    const tag = pin.tag !== undefined && !t.tagFixed ? `:${pin.tag}` : '';
    return `${t.name}${tag}@${pin.digest}`;
}
/** The edits that make `site` say `pin`, in the file's own spelling; none when it already does. */
function editsFor(site, text, pin) {
    const t = site.target;
    if (t.kind === 'inline') {
        if (t.tagFixed && pin.tag !== site.ref.tag) {
            throw new Error(`the tag of '${site.written}' comes from a build argument, so pinship cannot ${pin.tag ? `change it to '${pin.tag}'` : 'drop it'}; set keep-tag or pin the argument`);
        }
        const next = inlineText(t, pin);
        return text.slice(t.span.start, t.span.end) === next ? [] : [{ ...t.span, text: next }];
    }
    const edits = [];
    // Split fields keep their own tag field unless a new tag is given for it.
    if (t.tag && pin.tag !== undefined && text.slice(t.tag.start, t.tag.end) !== pin.tag)
        edits.push({ ...t.tag, text: pin.tag });
    const digest = pin.digest.toString();
    if ('at' in t.digest)
        edits.push({ start: t.digest.at, end: t.digest.at, text: `${t.digest.before}${digest}${t.digest.after}` });
    else if (text.slice(t.digest.start, t.digest.end) !== digest)
        edits.push({ ...t.digest, text: digest });
    return edits;
}
/** The new spelling of a site, for reports: `old` → `new` as the file will read. */
function describeEdit(site, pin) {
    if (site.target.kind === 'inline')
        return inlineText(site.target, pin);
    const base = site.written.replace(/@.*$/, '');
    const withTag = pin.tag !== undefined && site.target.tag ? base.replace(/:[^:/]*$/, `:${pin.tag}`) : base;
    return `${withTag}@${pin.digest}`;
}
/** Applies non-overlapping edits; everything outside them stays byte for byte. */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let pos = 0;
    for (const e of sorted) {
        if (e.start < pos)
            throw new Error(`overlapping edits at offset ${e.start}`);
        out += text.slice(pos, e.start) + e.text;
        pos = e.end;
    }
    return out + text.slice(pos);
}


/***/ }),

/***/ 25420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ changesTable),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/**
 * A markdown table of the changes, for the pull request body and the job summary. With `maxChars`,
 * rows that would not fit are counted in a last row instead.
 */
function changesTable(changes, maxChars = Infinity) {
    const lines = ['| File | Line | Image | Pinned to |', '| --- | ---: | --- | --- |'];
    let size = lines.join('\n').length;
    for (const [i, c] of changes.entries()) {
        const row = `| ${code(c.file)} | ${c.line}:${c.column} | ${code(c.old)} | ${code(c.new)} |`;
        const rest = changes.length - i;
        // Room for the "more" row whenever rows remain after this one.
        const reserve = rest > 1 ? 80 : 0;
        if (size + row.length + 1 + reserve > maxChars) {
            lines.push(`| … | | | ${plural(rest, 'more change')} (see the \`metadata\` output) |`);
            break;
        }
        lines.push(row);
        size += row.length + 1;
    }
    return `${lines.join('\n')}\n`;
}
/** An inline code span that survives backticks in the text and keeps `|` from ending the cell. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ prepareRunPullRequest)
/* harmony export */ });
/* harmony import */ var _settings_pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45362);

/**
 * The pull request for this run's repository, every refusal of its target made before any file is read
 * or written. git and octokit load only here, so a run without a pull request pays nothing for them.
 */
async function prepareRunPullRequest(rt, setup) {
    const repository = (0,_settings_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestRepository */ .b)(rt);
    const { preparePullRequest } = await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 57709));
    return preparePullRequest({
        ...setup,
        repository,
        apiUrl: rt.env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: rt.env.GITHUB_SERVER_URL || 'https://github.com',
        log: rt.info,
    });
}


/***/ })

};
;