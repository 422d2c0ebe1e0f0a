/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 49869:
/***/ ((module) => {

module.exports = require("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = require("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = require("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ }),

/***/ 14384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ COMMAND_INPUTS),
/* harmony export */   JD: () => (/* binding */ dispatch),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Vl: () => (/* binding */ COMMAND_OUTPUTS),
/* harmony export */   hW: () => (/* binding */ COMMAND_SUMMARIES),
/* harmony export */   wu: () => (/* binding */ ignoredInputWarnings)
/* harmony export */ });
/* unused harmony export COMMANDS */
const COMMANDS = ['build', 'meta', 'promote', 'merge', 'pin', 'verify'];
function parseCommand(value) {
    const v = (value || 'build').trim().toLowerCase();
    if (COMMANDS.includes(v))
        return v;
    throw new Error(`Invalid input 'command': '${value}'. Expected one of ${COMMANDS.join(', ')}.`);
}
/** Commands load lazily: a failing input check must not pay for builder or registry code. */
async function dispatch(command, rt) {
    switch (command) {
        case 'build':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(199), __nccwpck_require__.e(24)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47024))).runBuildCommand(rt);
        case 'meta':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(696), __nccwpck_require__.e(199), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51203))).runMetaCommand(rt);
        case 'promote':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(199), __nccwpck_require__.e(391)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11391))).runPromoteCommand(rt);
        case 'merge':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(199), __nccwpck_require__.e(633)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47014))).runMergeCommand(rt);
        case 'pin':
            return (await __nccwpck_require__.e(/* import() */ 775).then(__nccwpck_require__.bind(__nccwpck_require__, 66775))).runPinCommand(rt);
        case 'verify':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(668), __nccwpck_require__.e(26), __nccwpck_require__.e(47), __nccwpck_require__.e(999), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33256))).runVerifyCommand(rt);
    }
}
/** What each command does, in a line: the CLI's help lists them. */
const COMMAND_SUMMARIES = {
    build: 'build, tag and push an image (default)',
    meta: 'compute tags and labels only',
    promote: 'copy an image, or every image deployment files pin, between registries by digest',
    merge: 'join per-platform builds into one multi-platform image',
    pin: 'rewrite image references in deployment files to digests',
    verify: 'check that deployment files pin every image by digest',
};
const REGISTRY = ['registry-auth', 'username', 'password', 'github-token', 'insecure-registries', 'retries', 'idle-timeout', 'timeout'];
const TAGGING = ['tags', 'flavor', 'labels', 'pr-sha'];
const SIGNING = ['signing-key', 'signing-key-password', 'keyless', 'fulcio-url', 'rekor-url', 'tlog-upload'];
const DEPLOY_FILES = ['files', 'allow'];
/** GitHub artifact attestations: build and merge, which make the digest they would attest. */
const ATTEST = ['attest', 'attest-push'];
const SIGNER_IDENTITY = ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'trusted-root', 'insecure-ignore-tlog'];
/**
 * The inputs each command reads, so that help lists only those and a run warns about a value given
 * to one the command ignores. __tests__/repo/command-inputs.test.ts records what each command asks
 * for (its settings reader, the signing inputs its execute step reads, main's `timeout`) and holds
 * this table to it both ways.
 */
const COMMAND_INPUTS = {
    build: [
        'images',
        'context',
        'file',
        'build-args',
        'target',
        'platforms',
        'secrets',
        'secret-files',
        'secret-envs',
        'build-contexts',
        'no-cache-filters',
        'cgroup-parent',
        'call',
        'allow',
        'outputs',
        'cache-from',
        'cache-to',
        'no-cache',
        'pull',
        'network',
        'ssh',
        'add-hosts',
        'shm-size',
        'ulimit',
        'builder',
        'buildx-builder',
        ...TAGGING,
        'push',
        'load',
        'push-by-digest',
        'provenance',
        'sbom',
        'attests',
        'attestations',
        'annotations',
        'source-date-epoch',
        'digest-file',
        ...SIGNING,
        ...ATTEST,
        ...REGISTRY,
    ],
    meta: ['images', 'context', ...TAGGING, 'annotations', 'timeout'],
    promote: [
        'files',
        'source',
        'pin-files',
        'map',
        'images',
        'tags',
        'expected-digest',
        'referrers',
        'platforms',
        'allow-digest-change',
        'concurrency',
        ...SIGNING,
        'public-key',
        ...SIGNER_IDENTITY,
        'require-signature',
        'pull-request',
        'pull-request-branch',
        ...REGISTRY,
    ],
    merge: ['images', 'source', 'digests', 'digest-files', ...TAGGING, 'annotations', ...SIGNING, ...ATTEST, ...REGISTRY],
    pin: [...DEPLOY_FILES, 'set', 'keep-tag', 'platform', 'pull-request', 'pull-request-branch', ...REGISTRY],
    verify: [
        ...DEPLOY_FILES,
        'allowed-registries',
        'registry-check',
        'templates',
        'drift',
        'platform-pins',
        'public-key',
        ...SIGNER_IDENTITY,
        'require-signature',
        'require-provenance',
        ...REGISTRY,
    ],
};
/**
 * Inputs given a value the command does not read: most often a step copied from another command's.
 * `defaults` are action.yml's: the runner sets every defaulted input, so only a value that differs counts.
 */
function ignoredInputWarnings(command, given, declared) {
    const used = new Set(['command', ...COMMAND_INPUTS[command]]);
    return [...declared.keys()]
        .filter((n) => !used.has(n))
        .filter((n) => {
        const v = given(n);
        const byDefault = declared.get(n) ?? '';
        // A default that is an expression (`${{ github.token }}`) reaches the step evaluated: never the user's doing.
        return v !== '' && v !== byDefault && !byDefault.includes('${{');
    })
        .map((n) => `Input '${n}' is not used by command '${command}' and is ignored (it applies to ${commandsUsing(n).join(', ') || 'no command'}).`);
}
function commandsUsing(name) {
    return Object.keys(COMMAND_INPUTS).filter((c) => COMMAND_INPUTS[c].includes(name));
}
const IMAGE_OUTPUTS = ['digest', 'image', 'images', 'tags', 'version', 'imageid', 'platform-digests', 'labels', 'metadata'];
/** The outputs each command sets, so that a command's help lists only those. */
const COMMAND_OUTPUTS = {
    build: [...IMAGE_OUTPUTS, 'changed', 'attestation-id', 'attestation-url'],
    meta: ['tags', 'labels', 'version', 'annotations', 'json'],
    promote: [...IMAGE_OUTPUTS, 'changed-files', 'pull-request-url', 'changed'],
    merge: [...IMAGE_OUTPUTS, 'changed', 'attestation-id', 'attestation-url'],
    pin: ['changed-files', 'pinned', 'metadata', 'pull-request-url'],
    verify: ['metadata'],
};


/***/ }),

/***/ 63119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ start)
/* harmony export */ });
/* harmony import */ var _host_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2387);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7802);


async function start() {
    if (globalThis.pinshipCli) {
        await (await __nccwpck_require__.e(/* import() */ 844).then(__nccwpck_require__.bind(__nccwpck_require__, 60844))).cli(process.argv.slice(2));
        return;
    }
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)((0,_host_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerRuntime */ .V)());
}


/***/ }),

/***/ 7802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ post),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _util_error_message_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(36228);
/* harmony import */ var _settings_reliability_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(55437);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(82830);
/* harmony import */ var _util_exec_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6734);
/* harmony import */ var _host_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2387);
/* harmony import */ var _host_input_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3807);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(14384);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(57340);








/** The CLI's cleanup (no runner calls a post step for it); the action's post step is src/post.ts. */
async function post(rt) {
    const { cleanupSavedPaths } = await __nccwpck_require__.e(/* import() */ 100).then(__nccwpck_require__.bind(__nccwpck_require__, 16100));
    await cleanupSavedPaths(rt);
}
/** A failed run's job summary: what failed and what was left untouched (src/report/failure.ts). */
async function failedSummary(rt, command, message) {
    try {
        await rt.summary((0,_report_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .failureSummary */ .j)(command ?? 'run', message));
    }
    catch (e) {
        rt.warning(`could not write the job summary: ${(0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(e)}`);
    }
}
/**
 * The runner cancels a job with SIGINT, then SIGTERM, then SIGKILL. Either signal stops the run: child
 * processes are killed, requests in flight cut, no tag is pushed after it, and the step fails saying so.
 */
function stopOnSignals() {
    const onSignal = (signal) => (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRun */ .KV)(new _util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .StoppedError */ .Ko(`pinship was cancelled (${signal}) before it finished; no tag was moved after that point, and the post step removes its temporary files`));
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
/** `timeout` bounds the whole command: past it the run stops as a cancelled one does. */
function stopAfter(ms) {
    if (ms === undefined)
        return () => undefined;
    const timer = setTimeout(() => (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRun */ .KV)(new _util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .StoppedError */ .Ko(`pinship did not finish within ${(0,_settings_reliability_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms)} (input 'timeout') and was stopped; no tag was moved after that point`)), ms);
    return () => clearTimeout(timer);
}
/**
 * Entry point for the action, the CLI and @github/local-action (which calls it with no argument, and
 * collects outputs and state through its stand-in for @actions/core). Any failure fails the step,
 * whatever was thrown.
 */
async function run(runtime) {
    const rt = runtime ?? (await (0,_host_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .coreRuntime */ .u)(process.env));
    let command;
    const release = [stopOnSignals()];
    try {
        // INPUT_* variables are inputs in the CLI too, and as easily misspelled.
        for (const w of (0,_host_input_names_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownInputWarnings */ .uX)(rt.env))
            rt.warning(w);
        command = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .RM)(rt.input('command'));
        for (const w of (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .ignoredInputWarnings */ .wu)(command, (n) => rt.input(n), (0,_host_input_names_js__WEBPACK_IMPORTED_MODULE_4__/* .actionInputs */ .eh)()))
            rt.warning(w);
        release.push(stopAfter((0,_settings_reliability_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutInput */ .sR)(rt)));
        const result = await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .dispatch */ .JD)(command, rt);
        for (const [name, value] of Object.entries(result.outputs))
            rt.setOutput(name, value);
        if (result.summary)
            await rt.summary(result.summary);
        if (result.failure)
            rt.setFailed(result.failure);
    }
    catch (thrown) {
        // A stopped run fails with why it was stopped, not with whatever the cut-off request threw.
        const e = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)() ?? thrown;
        // The annotation carries the tool's own words; the command line that failed goes to the log.
        if (e instanceof _util_exec_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .c)
            rt.info(`pinship: the command that failed: ${e.command}`);
        rt.setFailed((0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(e));
        await failedSummary(rt, command, (0,_util_error_message_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(e));
    }
    finally {
        for (const r of release)
            r();
    }
}


/***/ }),

/***/ 2387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ coreRuntime),
  V: () => (/* binding */ runnerRuntime)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./lib/host/runner-commands.js

/**
 * The runner's workflow commands and file commands, written directly: @actions/core's only entry
 * point loads @actions/http-client and with it undici, measured at ~0.15 CPU-s and ~18 MiB of RSS
 * per run (bench/promote.mjs), a tenth of a whole promotion's CPU. Same wire format as @actions/core:
 * `::cmd props::data` lines and `name<<delimiter` file entries; @actions/core still serves runs
 * without the runner's files (src/host/action-runtime.ts).
 */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** os.EOL without loading node:os on every run's path. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/**
 * A writer to `fd` with writeSync, falling back to `stream()` for good once the fd answers EAGAIN
 * (non-blocking and full; the stream waits for the pipe) or fails otherwise (the stream handles that
 * as process.stdout always did). Every later write goes through the stream too, so that no line
 * overtakes the ones still queued there.
 */
function fdWriter(fd, stream) {
    let queued = false;
    return (text) => {
        if (queued) {
            stream().write(text);
            return;
        }
        const bytes = Buffer.from(text, 'utf8');
        let done = 0;
        while (done < bytes.length) {
            try {
                done += (0,external_node_fs_.writeSync)(fd, bytes, done);
            }
            catch {
                queued = true;
                stream().write(bytes.subarray(done));
                return;
            }
        }
    };
}
/**
 * stdout written with writeSync: process.stdout on a pipe (as the runner gives it) loads net and some
 * 20 stream modules, ~0.2× of bare Node's start-up in a failing run (bench/cold-start.mjs).
 */
const writeStdout = fdWriter(1, () => process.stdout);
function issueCommand(command, message, props = {}) {
    const p = Object.entries(props)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    writeStdout(`::${command}${p ? ` ${p}` : ''}::${escapeData(message)}${EOL}`);
}
/** Appends `name<<delimiter` … to a runner file (GITHUB_OUTPUT, GITHUB_STATE); the delimiter is random per entry. */
function appendKeyValue(file, name, value) {
    // Web Crypto's global, loaded on first use: a run that writes no output never loads node:crypto.
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected output '${name}': it contains the file-command delimiter`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
function annotation(level, message, where) {
    issueCommand(level, message, where ? { file: where.file, line: where.startLine, col: where.startColumn } : {});
}

// EXTERNAL MODULE: ./lib/host/input-names.js
var input_names = __nccwpck_require__(3807);
// EXTERNAL MODULE: ./lib/util/log-text.js
var log_text = __nccwpck_require__(33588);
;// CONCATENATED MODULE: ./lib/host/action-runtime.js




/**
 * Where a name/value pair goes: the runner's file when it gives one, else the workflow command
 * @actions/core falls back to (`::set-output`, `::save-state`), so a run without the runner's files
 * behaves as it did through @actions/core without paying for loading it.
 */
function keyValueSink(file, command) {
    return file ? (name, value) => appendKeyValue(file, name, value) : (name, value) => issueCommand(command, value, { name });
}
/**
 * The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE and the step summary, written
 * directly (src/host/runner-commands.ts): @actions/core's entry point loads its HTTP client, which costs
 * more than a failing run's whole check of its inputs.
 */
function runnerRuntime(env = process.env) {
    return {
        input: (name) => (env[(0,input_names/* inputVar */.So)(name)] ?? '').trim(),
        setOutput: keyValueSink(env.GITHUB_OUTPUT, 'set-output'),
        setSecret: (value) => issueCommand('add-mask', value),
        // Annotations are escaped by the command format itself; a plain log line has to be made safe.
        info: (m) => writeStdout(`${(0,log_text/* logText */.kc)(m)}${EOL}`),
        notice: (m) => annotation('notice', m),
        warning: (m) => annotation('warning', m),
        annotate: (level, message, where) => annotation(level, message, where),
        summary: async (markdown) => {
            if (env.GITHUB_STEP_SUMMARY)
                (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, 'utf8');
        },
        saveState: keyValueSink(env.GITHUB_STATE, 'save-state'),
        getState: (name) => env[`STATE_${name}`] ?? '',
        setFailed: (m) => {
            process.exitCode = 1;
            annotation('error', m);
        },
        env,
    };
}
/**
 * Through @actions/core, for @github/local-action: it runs src/app/run.ts's run() with no runtime and
 * stubs @actions/core to collect outputs and state, which it shows and hands to the post step.
 */
async function coreRuntime(env) {
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90143));
    return {
        input: (name) => core.getInput(name),
        setOutput: (name, value) => core.setOutput(name, value),
        setSecret: (value) => core.setSecret(value),
        info: (m) => core.info((0,log_text/* logText */.kc)(m)),
        notice: (m) => core.notice(m),
        warning: (m) => core.warning(m),
        annotate: (level, message, where) => {
            const props = { file: where.file, startLine: where.startLine, startColumn: where.startColumn };
            if (level === 'error')
                core.error(message, props);
            else if (level === 'warning')
                core.warning(message, props);
            else
                core.notice(message, props);
        },
        summary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await core.summary.addRaw(markdown, true).write();
        },
        saveState: (name, value) => core.saveState(name, value),
        getState: (name) => core.getState(name),
        setFailed: (m) => core.setFailed(m),
        env,
    };
}


/***/ }),

/***/ 3807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ inputVar),
/* harmony export */   cx: () => (/* binding */ actionYmlUrl),
/* harmony export */   eh: () => (/* binding */ actionInputs),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   uX: () => (/* binding */ unknownInputWarnings),
/* harmony export */   vj: () => (/* binding */ inputNames)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);

/** Edit distance, for "did you mean" suggestions on misspelled inputs and flags. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/** The closest candidate, when it is close enough to be a likely typo. */
function closest(name, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(name, c);
        if (d < bestD)
            [best, bestD] = [c, d];
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
/** The runner's spelling of an input's variable: INPUT_ + upper case, spaces as underscores (hyphens kept). */
const inputVar = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
/**
 * action.yml at the repository root, two levels above this file; the bundle gets its own copy beside
 * dist/index.js, which is where ncc points this URL once bundled.
 */
const actionYmlUrl = () => __nccwpck_require__.ab + "action.yml";
/**
 * The inputs of action.yml and their defaults without a YAML parser: every action run checks its
 * INPUT_* variables, and loading the parser cost more than half of a failing run's start-up.
 * The file is ours and keeps each input as a two-space-indented key under `inputs:` with a one-line
 * `default:` under it; a test holds this to the full parse.
 */
function actionInputs(text) {
    if (text === undefined) {
        // Not `??=`: ncc's asset relocator skips a module it cannot walk, and action.yml then ships under a hashed name.
        if (!shipped)
            shipped = actionInputs((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(actionYmlUrl(), 'utf8'));
        return shipped;
    }
    const inputs = new Map();
    let inInputs = false;
    let current;
    for (const line of text.split('\n')) {
        if (/^\S/.test(line))
            inInputs = /^inputs:\s*$/.test(line);
        else if (inInputs) {
            const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
            if (key)
                inputs.set((current = key[1]), undefined);
            const def = /^ {4}default:\s*(.*?)\s*$/.exec(line);
            if (def && current)
                inputs.set(current, def[1].replace(/^(["'])(.*)\1$/, '$2'));
        }
    }
    return inputs;
}
let shipped;
const inputNames = (text) => [...actionInputs(text).keys()];
/** INPUT_* variables that name no input of action.yml, each with the closest valid input where there is one. */
function unknownInputWarnings(env) {
    if (!Object.keys(env).some((k) => k.startsWith('INPUT_')))
        return [];
    const names = inputNames();
    // Shells cannot export hyphens, so INPUT_REGISTRY_AUTH counts as registry-auth too (the CLI reads it).
    const known = new Set(names.flatMap((n) => [inputVar(n), inputVar(n).replace(/-/g, '_')]));
    return Object.keys(env)
        .filter((k) => k.startsWith('INPUT_') && !known.has(k))
        .map((k) => {
        const guess = closest(k.slice(6).toLowerCase().replace(/_/g, '-'), names);
        return `Unexpected input '${k.slice(6).toLowerCase()}' (${k}): action.yml has no such input, so it is ignored.${guess ? ` Did you mean '${guess}'?` : ''}`;
    });
}


/***/ }),

/***/ 75691:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _app_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63119);

await (0,_app_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .start */ .n)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 71653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ isRetryableNetworkError),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   dw: () => (/* binding */ RetryableError),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   r3: () => (/* binding */ isRetryable),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(82830);


/**
 * 12 attempts: waits of 0.25, 0.5, 1, 2, 4, 8 s, then 10 s five times (each jittered down to half),
 * 33 to 66 s in all, enough to ride a registry restart or a GHCR/Docker Hub blip of half a minute
 * or more. The `retries` input changes the attempts; `timeout` bounds the whole command.
 */
const defaultRetryPolicy = { attempts: 12, baseMs: 250, maxMs: 10_000, retryAfterMaxMs: 60_000 };
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
/** A failure worth another attempt that is not a socket error, e.g. a 503 answer to a ping. */
class RetryableError extends Error {
}
function isRetryableNetworkError(e) {
    // Node's own errors are native errors from the main realm; inside a vm context (jest) they are
    // not `instanceof` that context's Error, and a reset connection must be retried there too.
    if (!(e instanceof Error) && !node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(e))
        return false;
    if (e instanceof RetryableError)
        return true;
    const code = e.code;
    if (code && RETRYABLE_CODES.has(code))
        return true;
    return /socket hang up|premature close|aborted/i.test(e.message);
}
/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffMs(policy, attempt, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.retryAfterMaxMs);
    const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
/** A wait that a cancelled or timed-out run cuts short, throwing why it was stopped. */
async function sleep(ms) {
    (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfStopped */ .$J)();
    // A plain timer rather than node:timers/promises: src/settings/reliability.ts imports this module on
    // every run's path, where loading that module cost start-up time.
    const signal = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .runSignal */ .KF)();
    await new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
    (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfStopped */ .$J)();
}
/** Whether a failed operation as a whole is worth starting again (used where one request cannot be replayed). */
function isRetryable(e) {
    if (isRetryableNetworkError(e))
        return true;
    const status = e?.status;
    return typeof status === 'number' && isRetryableStatus(status);
}


/***/ }),

/***/ 57340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ failureSummary),
/* harmony export */   p: () => (/* binding */ leftUntouched)
/* harmony export */ });
// Apart from ./image.ts so that a failed run's summary loads nothing more (src/app/run.ts).
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
    // The message quotes registries, files and git: a fence longer than any backtick run in it cannot be closed early.
    const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return [`### pinship ${command} failed`, '', fence, message, fence, '', `**Left untouched:** ${untouched}`, ''].join('\n');
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ keyValueInput),
/* harmony export */   Hm: () => (/* binding */ boolInput),
/* harmony export */   O1: () => (/* binding */ intInput),
/* harmony export */   WO: () => (/* binding */ linesInput),
/* harmony export */   WP: () => (/* binding */ operandInput),
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   ij: () => (/* binding */ choiceInput)
/* harmony export */ });
/** An input that does not parse: the message names the input, quotes the value and says what was expected. */
class InputError extends Error {
    constructor(input, value, expected) {
        super(`Invalid input '${input}': '${value}'. ${expected}`);
        this.name = 'InputError';
    }
}
function requiredInput(rt, name, hint) {
    const v = rt.input(name);
    if (!v)
        throw new Error(`Input '${name}' is required: ${hint}`);
    return v;
}
function boolInput(rt, name, fallback) {
    const v = rt.input(name).toLowerCase();
    if (!v)
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new InputError(name, v, 'Expected true or false.');
}
function intInput(rt, name, fallback, min, max) {
    const v = rt.input(name);
    if (!v)
        return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(name, v, `Expected a whole number from ${min} to ${max}.`);
    return n;
}
/** Newline-separated; docker/build-push-action also accepts commas in list inputs, and so do these. */
function listInput(rt, name) {
    return rt
        .input(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
/** One entry per line, commas kept: build-args, labels and secrets may contain commas. */
function linesInput(rt, name) {
    return rt
        .input(name)
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
function choiceInput(rt, name, choices, fallback) {
    const v = rt.input(name).toLowerCase();
    if (!v)
        return fallback;
    if (choices.includes(v))
        return v;
    throw new InputError(name, v, `Expected one of ${choices.join(', ')}.`);
}
/** KEY=VALUE lines (build-args, labels). */
function keyValueInput(rt, name) {
    const out = {};
    for (const line of linesInput(rt, name)) {
        const i = line.indexOf('=');
        if (i <= 0)
            throw new InputError(name, line, 'Expected KEY=VALUE, one per line.');
        out[line.slice(0, i).trim()] = line.slice(i + 1);
    }
    return out;
}
/**
 * A value a tool receives as an operand (a path, a name), where one starting with '-' would be
 * read as an option. Builders also put `--` before operands; this makes the mistake an input error.
 */
function operandInput(rt, name, fallback, expected) {
    const v = rt.input(name) || fallback;
    if (v.startsWith('-'))
        throw new InputError(name, v, `Expected ${expected}; a value starting with '-' would reach the builder as an option.`);
    return v;
}


/***/ }),

/***/ 55437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dD: () => (/* binding */ retriesInput),
/* harmony export */   eR: () => (/* binding */ idleTimeoutInput),
/* harmony export */   sR: () => (/* binding */ timeoutInput)
/* harmony export */ });
/* unused harmony exports RETRIES_MAX, parseDuration */
/* harmony import */ var _registry_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71653);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(792);


/** Bounds of `retries`: at least one attempt; past 100 a dead registry would hold a job for hours. */
const RETRIES_MAX = 100;
/** Bounds of `timeout`: one second to one day (setTimeout cannot hold much more than 24 days anyway). */
const TIMEOUT_MAX_MS = 24 * 3600_000;
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3600_000 };
/** `retries`: attempts per registry request, the first included. */
function retriesInput(rt) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .intInput */ .O1)(rt, 'retries', _registry_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultRetryPolicy */ .ur.attempts, 1, RETRIES_MAX);
}
/** `90s`, `10m`, `1h30m`, `1h`: Go-style durations, as crane and regclient take them. */
function parseDuration(text) {
    const v = text.trim();
    if (!/^(\d+(ms|s|m|h))+$/.test(v))
        return undefined;
    let ms = 0;
    for (const [, n, unit] of v.matchAll(/(\d+)(ms|s|m|h)/g))
        ms += Number(n) * UNITS[unit];
    return ms;
}
/** Bounds of `idle-timeout`: a second to ten minutes. */
const IDLE_TIMEOUT_MAX_MS = 600_000;
/** `idle-timeout`: how long a registry request may receive nothing before it fails and is retried; undefined for the default. */
function idleTimeoutInput(rt) {
    const v = rt.input('idle-timeout');
    if (!v)
        return undefined;
    const ms = parseDuration(v);
    if (ms === undefined || ms < 1000 || ms > IDLE_TIMEOUT_MAX_MS) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('idle-timeout', v, 'Expected a duration from 1s to 10m such as 30s or 2m.');
    }
    return ms;
}
/** `timeout`: a bound on the whole command in milliseconds; undefined (no bound but the job's own) when empty. */
function timeoutInput(rt) {
    const v = rt.input('timeout');
    if (!v)
        return undefined;
    const ms = parseDuration(v);
    if (ms === undefined || ms < 1000 || ms > TIMEOUT_MAX_MS) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('timeout', v, 'Expected a duration from 1s to 24h such as 90s, 10m or 1h30m.');
    }
    return ms;
}
/** `10m` for 600000, `1h30m` for 5400000: how the log names a duration. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const s = Math.round(ms / 1000);
    const parts = [];
    if (s >= 3600)
        parts.push(`${Math.floor(s / 3600)}h`);
    if (s % 3600 >= 60)
        parts.push(`${Math.floor((s % 3600) / 60)}m`);
    if (s % 60 || !parts.length)
        parts.push(`${s % 60}s`);
    return parts.join('');
}


/***/ }),

/***/ 82830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ throwIfStopped),
/* harmony export */   KF: () => (/* binding */ runSignal),
/* harmony export */   KV: () => (/* binding */ stopRun),
/* harmony export */   Ko: () => (/* binding */ StoppedError),
/* harmony export */   PJ: () => (/* binding */ stopReason)
/* harmony export */ });
/**
 * The run's one abort signal: a cancelled workflow (SIGINT, then SIGTERM) or the `timeout` input
 * aborts it, and every wait, registry request and child process pinship starts listens to it.
 * Module state rather than a parameter threaded through every call: there is one run per process.
 */
let controller;
/** Made on first use: AbortController loads internal/abort_controller, which a failing input check never needs. */
const runController = () => (controller ??= new AbortController());
const runSignal = () => runController().signal;
/** The run was stopped from outside: the runner cancelled the job, or `timeout` passed. */
class StoppedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'StoppedError';
    }
}
function stopRun(reason) {
    const c = runController();
    if (!c.signal.aborted)
        c.abort(reason);
}
/** The reason the run was stopped, when it was; a StoppedError replaces whatever a cut-off request threw. */
function stopReason() {
    const r = controller?.signal.aborted ? controller.signal.reason : undefined;
    return r instanceof StoppedError ? r : undefined;
}
function throwIfStopped() {
    const r = stopReason();
    if (r)
        throw r;
}


/***/ }),

/***/ 36228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** What a caught value says: its message when it is an Error, else its text. */
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 6734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ ExecError)
});

;// CONCATENATED MODULE: ./lib/util/tool-error.js
/**
 * Where each builder names the step it is running: BuildKit's error box (` > [3/3] RUN x:`) and
 * progress (`#6 [3/3] RUN x`), the classic builder (`Step 3/3 : RUN x`), buildah and podman (`STEP 3/3: RUN x`).
 */
const STEP_PATTERNS = [
    [/^\s*> (\[[^\]]+\] .+?):?$/, (m) => m[1]],
    [/^#\d+ (\[(?!internal\])[^\]]+\] .+)$/, (m) => m[1]],
    [/^Step (\d+\/\d+) : (.+)$/, (m) => `${m[1]} ${m[2]}`],
    [/^STEP (\d+\/\d+): (.+)$/, (m) => `${m[1]} ${m[2]}`],
];
const ERROR_LINE = /(^|\s)(ERROR|Error|error)(:|\s)|returned a non-zero code/;
function lastStep(lines) {
    for (const [pattern, name] of STEP_PATTERNS) {
        for (let i = lines.length - 1; i >= 0; i--) {
            const m = pattern.exec(lines[i]);
            if (m)
                return name(m);
        }
    }
    return undefined;
}
/** The builder's error lines (without BuildKit's `#6 ` prefix), last three kept; else the output's last lines. */
function toolFailure(output) {
    const lines = output
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== '');
    const errors = [...new Set(lines.filter((l) => ERROR_LINE.test(l)).map((l) => l.replace(/^#\d+ (\d+\.\d+ )?/, '').trim()))].slice(-3);
    const step = lastStep(lines);
    return { errors: errors.length ? errors : lines.slice(-5), ...(step ? { step } : {}) };
}

;// CONCATENATED MODULE: ./lib/util/exec-error.js

// Apart from ./exec.ts (node:child_process) because every run's error handling checks for it (src/app/run.ts).
/**
 * `docker buildx build` from `docker buildx build --file ...`: the words before the first option, the
 * program by its file name (`docker-buildx build` for `/usr/libexec/docker/cli-plugins/docker-buildx build`).
 */
function toolName(command) {
    const words = command.split(' ');
    const end = words.findIndex((w, i) => i > 0 && (w.startsWith('-') || i >= 3));
    const named = words.slice(0, end < 0 ? words.length : end);
    named[0] = named[0].slice(named[0].lastIndexOf('/') + 1);
    return named.join(' ');
}
/**
 * A tool that failed. The message (what an annotation shows) leads with the tool's own error lines and
 * names the failed step; the full command line, often hundreds of characters, is `command`, for the log.
 */
class ExecError extends Error {
    command;
    exitCode;
    stderr;
    stdout;
    constructor(command, exitCode, stderr, stdout = '') {
        // The classic builder names its steps on stdout; every builder's errors are on stderr, read last.
        const { errors, step } = toolFailure(`${stdout}\n${stderr}`);
        const how = `${toolName(command)} ${exitCode === null ? 'could not run or was killed' : `exited with code ${exitCode}`}`;
        super(errors.length ? `${errors.join('\n')}\n(${step ? `at step ${step}; ` : ''}${how})` : how);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = 'ExecError';
    }
}


/***/ }),

/***/ 33588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   yM: () => (/* binding */ lineGuard)
/* harmony export */ });
/* unused harmony export neutralizeLine */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46193);

/**
 * Log text made safe for where the Actions runner reads it. The runner reads stdout and stderr
 * line by line (split at CR as well as LF) and takes a line as a workflow command when, after any
 * white space, it starts with `::`, or when it holds `##[` anywhere (the legacy form). Text from a
 * registry, a file or git can hold all of these, so every line pinship logs passes through here:
 * a leading `::` gets a backslash, `##[` becomes `##\[`, other control characters are shown as
 * `\xNN`. pinship's own workflow commands are written apart from this (src/host/runner-commands.ts).
 */
/** Where the runner (or a terminal) starts a new line; NEL and the Unicode separators too, as some viewers do. */
const BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** .NET's white space (what the runner's TrimStart drops before looking for `::`), then `::`. */
const LEADING_COMMAND = /^([\s\u0085]*)::/;
const LEGACY_COMMAND = /##\[/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const hex = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
/** One line (no line break in it) that cannot be a workflow command; `atStart`: it begins a line of output. */
function neutralizeLine(line, atStart = true) {
    const shown = line.replace(CONTROL, hex).replace(LEGACY_COMMAND, '##\\[');
    return atStart ? shown.replace(LEADING_COMMAND, '$1\\::') : shown;
}
/**
 * A message as log lines: each of its lines neutralized, and every line after the first indented,
 * so that a line break inside registry or file text shows as part of the message it came in, never
 * as a line of its own. pinship's own multi-line messages (a list of problems) stay readable.
 */
function logText(message) {
    return message
        .split(BREAK)
        .map((line, i) => (i ? `  ${neutralizeLine(line)}` : neutralizeLine(line)))
        .join('\n');
}
/** A partial line is let through once this long: a tool printing without line breaks must not fill memory. */
const PENDING_MAX = 64 * 1024;
/**
 * A tool's output on its way to ours (builder logs), neutralized line by line. Whole lines are
 * written as they complete; what is left is written by `end()`.
 */
function lineGuard(write) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    let pending = '';
    let atStart = true;
    const take = (text) => {
        pending += text;
        let i;
        while ((i = pending.search(/[\r\n]/)) >= 0) {
            write(`${neutralizeLine(pending.slice(0, i), atStart)}${pending[i]}`);
            pending = pending.slice(i + 1);
            atStart = true;
        }
        if (pending.length > PENDING_MAX) {
            // Two characters stay behind: a `##[` may be cut between this chunk and the next.
            const out = pending.slice(0, -2);
            write(neutralizeLine(out, atStart));
            atStart &&= /^[\s\u0085]*$/.test(out);
            pending = pending.slice(-2);
        }
    };
    return {
        push: (chunk) => take(decoder.write(chunk)),
        end: () => {
            take(decoder.end());
            if (pending)
                write(neutralizeLine(pending, atStart));
            pending = '';
        },
    };
}
/**
 * JSON text for stdout, as the CLI prints its outputs: JSON.stringify already escapes line breaks, and
 * no line of it starts with `::`; `##[` inside a string is written `##\u005b`, the same value.
 */
const jsonText = (json) => json.replace(LEGACY_COMMAND, '##\\u005b');


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(75691);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;