"use strict";
exports.id = 844;
exports.ids = [844];
exports.modules = {

/***/ 60844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./lib/host/input-names.js
var input_names = __webpack_require__(3807);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/util/log-text.js
var log_text = __webpack_require__(33588);
;// CONCATENATED MODULE: ./lib/cli/runtime.js


/**
 * `pinship <command> --name value --flag`. A flag without a value means `true`. Inputs may also come
 * from INPUT_<NAME> variables, the way the runner passes them, which keeps passwords off the command line.
 */
function parseCliArgs(argv, checkFlag = () => undefined) {
    const inputs = new Map();
    let command = '';
    const flags = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            flags.help = true;
            continue;
        }
        if (arg === '--version' || arg === '-V') {
            flags.version = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (command)
                throw new Error(`Unexpected argument '${arg}'. Expected --<input> <value> after the command '${command}'`);
            command = arg;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
        if (!name)
            throw new Error(`Invalid argument '${arg}'. Expected --<input> <value>`);
        checkFlag(name);
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
            value = argv[++i];
        else
            value = 'true';
        // Repeating an input adds a line, so list inputs (tags, images) can be given flag by flag.
        inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
    }
    return { command, inputs, ...flags };
}
function cliRuntime(args, env = process.env) {
    const outputs = {};
    const state = new Map();
    const secrets = [];
    const mask = (m) => secrets.reduce((s, secret) => s.split(secret).join('***'), m);
    // The runner reads a step's stderr for workflow commands too, so the CLI's log is made as safe as the action's.
    const log = (m) => void process.stderr.write((0,log_text/* logText */.kc)(mask(m)) + '\n');
    return {
        outputs,
        input: (name) => {
            if (name === 'command')
                return args.command;
            const fromArgs = args.inputs.get(name);
            if (fromArgs !== undefined)
                return fromArgs.trim();
            // The runner's spelling keeps hyphens (INPUT_REGISTRY-AUTH); shells prefer INPUT_REGISTRY_AUTH.
            const key = (0,input_names/* inputVar */.So)(name);
            return (env[key] ?? env[key.replace(/-/g, '_')] ?? '').trim();
        },
        setOutput: (name, value) => {
            outputs[name] = value;
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
        info: log,
        notice: (m) => log(`notice: ${m}`),
        warning: (m) => log(`warning: ${m}`),
        // The compiler's format, which terminals and editors turn into links.
        annotate: (level, m, at) => log(`${at.file}:${at.startLine}:${at.startColumn}: ${level}: ${m}`),
        summary: async () => undefined,
        saveState: (name, value) => void state.set(name, value),
        getState: (name) => state.get(name) ?? '',
        setFailed: (m) => {
            log(`error: ${m}`);
            process.exitCode = 1;
        },
        env,
    };
}

// EXTERNAL MODULE: ./lib/app/catalog.js
var catalog = __webpack_require__(14384);
// EXTERNAL MODULE: ./lib/app/run.js
var run = __webpack_require__(7802);
;// CONCATENATED MODULE: ./lib/cli/cli.js






/** Unknown flags are errors, not inputs: a typo must not build with a default instead. */
function checkFlag(name) {
    // The line scan of action.yml that every run makes anyway (cached), not the YAML parser help needs.
    const names = (0,input_names/* inputNames */.vj)();
    if (names.includes(name))
        return;
    const guess = (0,input_names/* closest */.kp)(name, [...names, 'help', 'version']);
    throw new Error(`Unknown option '--${name}'.${guess ? ` Did you mean '--${guess}'?` : ''} See pinship --help.`);
}
/** --help and --version answer on stdout and run nothing; help alone loads the YAML parser. */
async function answered(args) {
    if (args.version)
        process.stdout.write(`${(0,version/* cliVersion */.$)()}\n`);
    else if (args.help) {
        const { commandHelp, generalHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 69943));
        process.stdout.write(args.command ? commandHelp((0,catalog/* parseCommand */.RM)(args.command)) : generalHelp());
    }
    return Boolean(args.version || args.help);
}
/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
async function cli(argv) {
    let args;
    try {
        args = parseCliArgs(argv, checkFlag);
        if (await answered(args))
            return;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,log_text/* logText */.kc)(e.message)}\n`);
        process.exitCode = 2;
        return;
    }
    const rt = cliRuntime(args);
    await (0,run/* run */.e)(rt);
    // No runner calls a post step for the CLI: clean up now.
    await (0,run/* post */.b)(rt).catch((e) => rt.warning(`cleanup failed: ${String(e)}`));
    // A failed verify still sets its findings: a script reads them here whatever the exit code.
    if (!process.exitCode || Object.keys(rt.outputs).length)
        process.stdout.write((0,log_text/* jsonText */.s$)(JSON.stringify(rt.outputs, null, 2)) + '\n');
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/**
 * The package.json above src/; ncc resolves the same path to dist/package.json, which
 * scripts/build.mjs writes with the package's version. Its own module: provenance needs it on every
 * build, and cli-help.ts (its old home) pulls in action.yml's YAML parser (292 kB of bundle).
 */
function cliVersion() {
    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(__webpack_require__.ab + "package.json", 'utf8'));
    return pkg.version ?? 'unknown';
}


/***/ })

};
;