"use strict";
exports.id = 943;
exports.ids = [943];
exports.modules = {

/***/ 69943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandHelp: () => (/* binding */ commandHelp),
  generalHelp: () => (/* binding */ generalHelp)
});

// UNUSED EXPORTS: inputsFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/host/input-names.js
var input_names = __webpack_require__(3807);
;// CONCATENATED MODULE: ./lib/host/action-meta.js



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

// EXTERNAL MODULE: ./lib/app/catalog.js
var catalog = __webpack_require__(14384);
;// CONCATENATED MODULE: ./lib/cli/help.js


/** The inputs `command` reads, in action.yml's order. */
function inputsFor(command) {
    return actionMeta().inputs.filter((f) => catalog/* COMMAND_INPUTS */.GP[command].includes(f.name));
}
const row = (f, prefix) => `  ${`${prefix}${f.name}`.padEnd(26)} ${f.description}${f.default !== undefined && f.default !== '' ? ` (default: ${f.default})` : ''}`;
function generalHelp() {
    return [
        'Usage: pinship [command] [--<input> <value> ...]',
        '',
        'Commands:',
        ...Object.entries(catalog/* COMMAND_SUMMARIES */.hW).map(([c, d]) => `  ${c.padEnd(26)} ${d}`),
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
        `${catalog/* COMMAND_SUMMARIES */.hW[command]}.`,
        '',
        'Inputs:',
        ...inputsFor(command).map((f) => row(f, '--')),
        '',
        'Outputs (JSON keys on stdout):',
        ...actionMeta()
            .outputs.filter((f) => catalog/* COMMAND_OUTPUTS */.Vl[command].includes(f.name))
            .map((f) => row(f, '')),
        '',
    ].join('\n');
}


/***/ })

};
;