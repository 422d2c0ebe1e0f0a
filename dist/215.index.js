"use strict";
exports.id = 215;
exports.ids = [215];
exports.modules = {

/***/ 6215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/input-names.js
var input_names = __webpack_require__(6378);
;// CONCATENATED MODULE: ./lib/action-meta.js



function fields(section) {
    if (!section || typeof section !== 'object')
        return [];
    return Object.entries(section).map(([name, v]) => ({
        name,
        description: typeof v?.description === 'string' ? v.description : '',
        ...(v?.default !== undefined ? { default: typeof v.default === 'string' ? v.default : JSON.stringify(v.default) } : {}),
    }));
}
let cached;
/**
 * action.yml is the one list of inputs and outputs. It is read where it ships, one level above the
 * code (the repository root above dist/ or src/, and the npm package's root), so it cannot go stale.
 */
function actionMeta() {
    if (!cached) {
        const doc = (0,dist.parse)((0,external_node_fs_.readFileSync)((0,input_names/* actionYmlUrl */.cx)(), 'utf8'));
        cached = { inputs: fields(doc.inputs), outputs: fields(doc.outputs) };
    }
    return cached;
}

// EXTERNAL MODULE: ./lib/command-inputs.js
var command_inputs = __webpack_require__(7762);
;// CONCATENATED MODULE: ./lib/cli-help.js


/** The inputs `command` reads, in action.yml's order. */
function inputsFor(command) {
    return actionMeta().inputs.filter((f) => command_inputs/* COMMAND_INPUTS */.GP[command].includes(f.name));
}
const row = (f, prefix) => `  ${`${prefix}${f.name}`.padEnd(26)} ${f.description}${f.default !== undefined && f.default !== '' ? ` (default: ${f.default})` : ''}`;
function generalHelp() {
    return [
        'Usage: pinship [command] [--<input> <value> ...]',
        '',
        'Commands:',
        ...Object.entries(command_inputs/* COMMAND_SUMMARIES */.hW).map(([c, d]) => `  ${c.padEnd(26)} ${d}`),
        '',
        'Options:',
        `  ${'--help'.padEnd(26)} show this help, or a command's inputs and outputs (pinship build --help)`,
        `  ${'--version'.padEnd(26)} print the version`,
        '',
        "Inputs are action.yml's, as flags (--images ghcr.io/acme/app) or INPUT_<NAME> variables.",
        'Outputs are printed as one JSON object on stdout; logs go to stderr.',
        '',
    ].join('\n');
}
function commandHelp(command) {
    return [
        `Usage: pinship ${command} [--<input> <value> ...]`,
        '',
        `${command_inputs/* COMMAND_SUMMARIES */.hW[command]}.`,
        '',
        'Inputs:',
        ...inputsFor(command).map((f) => row(f, '--')),
        '',
        'Outputs (JSON keys on stdout):',
        ...actionMeta().outputs.map((f) => row(f, '')),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/cli-runtime.js
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
    const log = (m) => void process.stderr.write(mask(m) + '\n');
    return {
        outputs,
        input: (name) => {
            if (name === 'command')
                return args.command;
            const fromArgs = args.inputs.get(name);
            if (fromArgs !== undefined)
                return fromArgs.trim();
            // The runner's spelling keeps hyphens (INPUT_REGISTRY-AUTH); shells prefer INPUT_REGISTRY_AUTH.
            const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
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

// EXTERNAL MODULE: ./lib/main.js + 2 modules
var main = __webpack_require__(4148);
;// CONCATENATED MODULE: ./lib/cli.js






/** Unknown flags are errors, not inputs: a typo must not build with a default instead. */
function checkFlag(name) {
    const names = actionMeta().inputs.map((f) => f.name);
    if (names.includes(name) || name === 'command')
        return;
    const guess = (0,input_names/* closest */.kp)(name, [...names, 'help', 'version']);
    throw new Error(`Unknown option '--${name}'.${guess ? ` Did you mean '--${guess}'?` : ''} See pinship --help.`);
}
/** --help and --version answer on stdout and run nothing. */
function answered(args) {
    if (args.version)
        process.stdout.write(`${(0,version/* cliVersion */.$)()}\n`);
    else if (args.help)
        process.stdout.write(args.command ? commandHelp((0,main/* parseCommand */.RM)(args.command)) : generalHelp());
    return Boolean(args.version || args.help);
}
/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
async function cli(argv) {
    let args;
    try {
        args = parseCliArgs(argv, checkFlag);
        if (answered(args))
            return;
    }
    catch (e) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
        return;
    }
    const rt = cliRuntime(args);
    // INPUT_* variables are inputs here too, and as easily misspelled.
    for (const w of (0,input_names/* unknownInputWarnings */.uX)(rt.env))
        rt.warning(w);
    await (0,main/* run */.eF)(rt);
    // No runner calls a post step for the CLI: clean up now.
    await (0,main/* post */.bE)(rt).catch((e) => rt.warning(`cleanup failed: ${String(e)}`));
    if (!process.exitCode)
        process.stdout.write(JSON.stringify(rt.outputs, null, 2) + '\n');
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

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