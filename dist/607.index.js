export const id = 607;
export const ids = [607];
export const modules = {

/***/ 9607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionRuntime: () => (/* binding */ actionRuntime)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/runner-commands.js



/**
 * The runner's workflow commands and file commands, written directly: @actions/core's only entry
 * point loads @actions/http-client and with it undici, measured at ~0.15 CPU-s and ~18 MiB of RSS
 * per run (bench/promote.mjs), a tenth of a whole promotion's CPU. Same wire format as @actions/core:
 * `::cmd props::data` lines and `name<<delimiter` file entries; @actions/core still serves runs
 * without the runner's files (src/action-runtime.ts).
 */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, message, props = {}) {
    const p = Object.entries(props)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${p ? ` ${p}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter` … to a runner file (GITHUB_OUTPUT, GITHUB_STATE); the delimiter is random per entry. */
function appendKeyValue(file, name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected output '${name}': it contains the file-command delimiter`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
function annotation(level, message, where) {
    issueCommand(level, message, where ? { file: where.file, line: where.startLine, col: where.startColumn } : {});
}

;// CONCATENATED MODULE: ./lib/action-runtime.js



/** The runner's spelling of an input's variable, as @actions/core's getInput reads it. */
const inputVar = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
/**
 * The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE and the step summary, written
 * directly (src/runner-commands.ts). Without GITHUB_OUTPUT (e.g. @github/local-action, which stubs
 * @actions/core) the runtime goes through @actions/core, loaded only then.
 */
async function actionRuntime(env = process.env) {
    const output = env.GITHUB_OUTPUT;
    const state = env.GITHUB_STATE;
    if (!output || !state)
        return coreRuntime(env);
    return {
        input: (name) => (env[inputVar(name)] ?? '').trim(),
        setOutput: (name, value) => appendKeyValue(output, name, value),
        setSecret: (value) => issueCommand('add-mask', value),
        info: (m) => void process.stdout.write(`${m}${external_node_os_.EOL}`),
        notice: (m) => annotation('notice', m),
        warning: (m) => annotation('warning', m),
        annotate: (level, message, where) => annotation(level, message, where),
        summary: async (markdown) => {
            if (env.GITHUB_STEP_SUMMARY)
                (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${markdown}${external_node_os_.EOL}`, 'utf8');
        },
        saveState: (name, value) => appendKeyValue(state, name, value),
        getState: (name) => env[`STATE_${name}`] ?? '',
        setFailed: (m) => {
            process.exitCode = 1;
            annotation('error', m);
        },
        env,
    };
}
async function coreRuntime(env) {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 6421));
    return {
        input: (name) => core.getInput(name),
        setOutput: (name, value) => core.setOutput(name, value),
        setSecret: (value) => core.setSecret(value),
        info: (m) => core.info(m),
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


/***/ })

};
