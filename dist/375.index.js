export const id = 375;
export const ids = [375,342];
export const modules = {

/***/ 2375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

;// CONCATENATED MODULE: ./lib/cli-runtime.js
/**
 * `pinship <command> --name value --flag`. A flag without a value means `true`. Inputs may also come
 * from INPUT_<NAME> variables, the way the runner passes them, which keeps passwords off the command line.
 */
function parseCliArgs(argv) {
    const inputs = new Map();
    let command = '';
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
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
    return { command, inputs };
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

// EXTERNAL MODULE: ./lib/main.js
var main = __webpack_require__(342);
;// CONCATENATED MODULE: ./lib/cli.js


/** `pinship <command> --input value ...`: outputs as one JSON object on stdout, logs on stderr. */
async function cli(argv) {
    let args;
    try {
        args = parseCliArgs(argv);
    }
    catch (e) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
        return;
    }
    const rt = cliRuntime(args);
    await (0,main.run)(rt);
    // No runner calls a post step for the CLI: clean up now.
    await (0,main.post)(rt).catch((e) => rt.warning(`cleanup failed: ${String(e)}`));
    if (!process.exitCode)
        process.stdout.write(JSON.stringify(rt.outputs, null, 2) + '\n');
}


/***/ }),

/***/ 342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMANDS: () => (/* binding */ COMMANDS),
/* harmony export */   parseCommand: () => (/* binding */ parseCommand),
/* harmony export */   post: () => (/* binding */ post),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(228);

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
        case 'meta':
            return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(338), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 8753))).runBuildCommand(rt, command);
        case 'promote':
            return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(338), __webpack_require__.e(146)]).then(__webpack_require__.bind(__webpack_require__, 2146))).runPromoteCommand(rt);
        case 'merge':
        case 'pin':
        case 'verify':
            throw new Error(`Input 'command': '${command}' is not available in this version of pinship yet. Expected build, meta or promote.`);
    }
}
/** The post step: removes what the main step left behind (temporary docker configs, build dirs). */
async function post(rt) {
    const { cleanupSavedPaths } = await __webpack_require__.e(/* import() */ 100).then(__webpack_require__.bind(__webpack_require__, 6100));
    await cleanupSavedPaths(rt);
}
/** Entry point for both the action and the CLI; any failure fails the step, whatever was thrown. */
async function run(rt) {
    try {
        if (rt.getState('isPost') === 'true') {
            await post(rt);
            return;
        }
        rt.saveState('isPost', 'true');
        const result = await dispatch(parseCommand(rt.input('command')), rt);
        for (const [name, value] of Object.entries(result.outputs))
            rt.setOutput(name, value);
        if (result.summary)
            await rt.summary(result.summary);
    }
    catch (e) {
        rt.setFailed((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e));
    }
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
class RegistryError extends Error {
    method;
    url;
    status;
    details;
    constructor(method, 
    /** Query strings are dropped: upload URLs and token realms may carry state or secrets. */
    url, status, details, what) {
        const codes = details.map((d) => (d.message ? `${d.code}: ${d.message}` : d.code)).join('; ');
        super(`${what ? what + ': ' : ''}${method} ${url} returned HTTP ${status}${codes ? ` (${codes})` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.details = details;
        this.name = 'RegistryError';
    }
    hasCode(code) {
        return this.details.some((d) => d.code === code);
    }
}
function redactUrl(u) {
    const url = new URL(u.toString());
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
}
/** Parses the distribution spec's error body; anything else becomes an empty list. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed && typeof parsed === 'object' && Array.isArray(parsed.errors)) {
            return (parsed.errors).flatMap((e) => {
                if (!e || typeof e !== 'object')
                    return [];
                const { code, message } = e;
                return [{ code: String(code ?? 'UNKNOWN'), message: typeof message === 'string' ? message : '' }];
            });
        }
    }
    catch {
        // Not JSON: proxies and CDNs answer HTML; the status alone must do.
    }
    return [];
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ })

};
