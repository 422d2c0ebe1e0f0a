export const id = 582;
export const ids = [582];
export const modules = {

/***/ 6217:
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

/***/ 2582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ imageSummary),
/* harmony export */   am: () => (/* binding */ imageOutputs),
/* harmony export */   failureSummary: () => (/* binding */ failureSummary),
/* harmony export */   nB: () => (/* binding */ tagTable),
/* harmony export */   pJ: () => (/* binding */ leftUntouched),
/* harmony export */   xJ: () => (/* binding */ commonLabels)
/* harmony export */ });
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);

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
    return [`### pinship ${command} failed`, '', '```', message, '```', '', `**Left untouched:** ${untouched}`, ''].join('\n');
}


/***/ })

};
