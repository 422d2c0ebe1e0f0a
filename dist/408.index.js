export const id = 408;
export const ids = [408];
export const modules = {

/***/ 5408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(9930);
// EXTERNAL MODULE: ./lib/settings/registry.js + 11 modules
var registry = __webpack_require__(7511);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(9860);
// EXTERNAL MODULE: ./lib/deployfiles/allow.js
var allow = __webpack_require__(9399);
// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 19 modules
var scan = __webpack_require__(9167);
;// CONCATENATED MODULE: ./lib/commands/verify/plan.js


function siteFinding(site, kind, level, message) {
    return { kind, level, file: site.file, line: site.line, column: site.column, reference: site.written, message };
}
/** Everything verify can decide from the files alone, and the registry checks the rest needs. */
function planVerify(scans, opts) {
    const allowed = (0,allow/* allowList */.e)(opts.allow);
    const findings = scans.flatMap((s) => s.problems.map((p) => ({ kind: 'invalid', level: 'error', ...p, reference: '' })));
    const checks = new Map();
    let references = 0;
    for (const site of scans.flatMap((s) => s.sites)) {
        if (allowed(site.ref, site.written))
            continue;
        references++;
        if (opts.allowedRegistries.length && !(0,allow/* registryAllowed */.E)(opts.allowedRegistries, site.ref)) {
            findings.push(siteFinding(site, 'registry', 'error', `${site.written} is outside allowed-registries (${opts.allowedRegistries.join(', ')})`));
        }
        if (!site.ref.digest) {
            findings.push(siteFinding(site, 'unpinned', 'error', `${site.written} is not pinned to a digest; run pinship pin or write ${site.written}@sha256:...`));
            continue;
        }
        const key = site.ref.toString();
        const check = checks.get(key) ?? { ref: site.ref, sites: [] };
        check.sites.push(site);
        checks.set(key, check);
    }
    return { findings, checks: [...checks.values()], references, scans };
}
/** Scan and plan with no registry request: what a benchmark times against grep. */
async function scanAndPlanVerify(workspace, patterns, opts) {
    return planVerify(await (0,scan/* scanWorkspace */.H)(workspace, patterns), opts);
}

;// CONCATENATED MODULE: ./lib/commands/verify/check.js




const notFound = (e) => e instanceof errors/* RegistryError */.gl && e.status === 404;
/**
 * One request in the usual case: with a tag and drift checking, resolving the tag both checks the
 * digest exists (they are equal) and that the tag has not moved. Only when they differ does verify ask
 * whether the pinned digest exists, and whether it is one platform of the tag's index (a platform pin).
 */
async function checkOne(client, check, drift, count) {
    const { ref } = check;
    const digest = ref.digest;
    const at = (kind, level, message) => check.sites.map((s) => siteFinding(s, kind, level, message));
    const exists = async () => {
        count();
        return client.manifestExists(ref.repository, digest);
    };
    try {
        if (ref.tag === undefined || drift === 'ignore') {
            return (await exists()) ? [] : at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
        }
        count();
        const head = await client.resolve(ref.repository.tag(ref.tag)).catch((e) => {
            if (notFound(e))
                return undefined;
            throw e;
        });
        if (head?.digest.equals(digest))
            return [];
        if (!(await exists()))
            return at('missing', 'error', `${digest} does not exist in ${ref.repository.familiar()}`);
        if (head && (0,mediatypes/* isIndexType */.$U)(head.mediaType)) {
            count();
            const index = (await client.getManifest(ref.repository, head.digest)).json;
            if ((index.manifests ?? []).some((d) => d.digest === digest.toString()))
                return [];
        }
        const level = drift === 'error' ? 'error' : 'warning';
        const now = head ? `now points to ${head.digest}` : 'no longer exists';
        return at('drift', level, `tag ${ref.tag} of ${ref.repository.familiar()} ${now}, not the pinned ${digest}`);
    }
    catch (e) {
        return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
async function runChecks(client, checks, drift, concurrency = 8) {
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)(checks, concurrency, (c) => checkOne(client, c, drift, () => requests++));
    return { findings: results.flat(), requests };
}

// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(6815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/commands/verify/settings.js



const DRIFT = ['error', 'warn', 'ignore'];
async function readVerifySettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const allowedRegistries = (0,inputs/* linesInput */.WO)(rt, 'allowed-registries');
    for (const p of allowedRegistries) {
        if (!/^(?:[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?(?:\/[a-z0-9._/-]+)?$/.test(p)) {
            throw new inputs/* InputError */.dz('allowed-registries', p, 'Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.');
        }
    }
    return {
        ...files,
        allowedRegistries,
        drift: (0,inputs/* choiceInput */.ij)(rt, 'drift', DRIFT, 'error'),
        // username/password apply to the first allowed registry.
        registry: await (0,registry/* readRegistrySettings */.VZ)(rt, allowedRegistries[0]?.split('/')[0]),
    };
}

;// CONCATENATED MODULE: ./lib/commands/verify/command.js





function summary(findings, references, templated) {
    const rows = findings.map((f) => `| ${f.level} | \`${(0,report/* cell */.Hn)(f.file)}:${f.line}:${f.column}\` | ${f.reference ? `\`${(0,report/* cell */.Hn)(f.reference)}\`` : ''} | ${(0,report/* cell */.Hn)(f.message)} |`);
    return [
        '### pinship verify',
        '',
        findings.length ? `${findings.length} findings in ${references} references` : `${references} references, all pinned and present`,
        '',
        ...(templated ? [`${templated} image values are templates (see the notices) and were not verified`, ''] : []),
        ...(rows.length ? ['| level | where | reference | finding |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ].join('\n');
}
const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
async function runVerifyCommand(rt) {
    const s = await readVerifySettings(rt);
    const started = Date.now();
    const plan = await scanAndPlanVerify(s.workspace, s.files, { allow: s.allow, allowedRegistries: s.allowedRegistries });
    // Wall time per phase: the scan is what bench/verify.mjs holds against grep.
    const durations = { scanMs: Date.now() - started, checkMs: 0 };
    let requests = 0;
    const findings = [...plan.findings];
    if (plan.checks.length) {
        const client = (0,registry/* registryClient */.Rk)(s.registry, rt);
        try {
            const checked = await runChecks(client, plan.checks, s.drift);
            findings.push(...checked.findings);
            requests = checked.requests;
        }
        finally {
            client.close();
        }
    }
    durations.checkMs = Date.now() - started - durations.scanMs;
    findings.sort(order);
    for (const f of findings)
        rt.annotate(f.level, f.message, { file: f.file, startLine: f.line, startColumn: f.column });
    const templated = (0,report/* annotateTemplated */.DP)(rt, plan.scans);
    const errors = findings.filter((f) => f.level === 'error').length;
    return {
        outputs: { metadata: JSON.stringify({ references: plan.references, requests, findings, durations }) },
        summary: summary(findings, plan.references, templated),
        ...(errors ? { failure: `verify: ${errors} finding(s) in the deployment files (see the annotations)` } : {}),
    };
}


/***/ })

};
