export const id = 375;
export const ids = [375];
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
    await (0,main/* run */.eF)(rt);
    // No runner calls a post step for the CLI: clean up now.
    await (0,main/* post */.bE)(rt).catch((e) => rt.warning(`cleanup failed: ${String(e)}`));
    if (!process.exitCode)
        process.stdout.write(JSON.stringify(rt.outputs, null, 2) + '\n');
}


/***/ })

};
