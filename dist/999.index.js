"use strict";
exports.id = 999;
exports.ids = [999];
exports.modules = {

/***/ 59930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ annotateProblems),
/* harmony export */   DP: () => (/* binding */ annotateTemplated),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Sn: () => (/* binding */ usesText),
/* harmony export */   pb: () => (/* binding */ problemLines)
/* harmony export */ });
/** One error annotation per problem, at its place in the file. */
function annotateProblems(rt, problems) {
    for (const p of problems)
        rt.annotate('error', p.message, { file: p.file, startLine: p.line, startColumn: p.column });
}
/** A notice per image position filled by a template: not an error, but not silently passed over either. */
function annotateTemplated(rt, scans) {
    const templated = scans.flatMap((s) => s.templated);
    for (const t of templated)
        rt.annotate('notice', t.message, { file: t.file, startLine: t.line, startColumn: t.column });
    return templated.length;
}
/** Markdown table cell: pipes and newlines would break the row. */
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** `file:line:column: message`, one line per problem, for the step's failure message. */
function problemLines(problems) {
    return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
}
/** How a reference written under a YAML anchor reaches this use, for a finding at the anchor's line: '' where it is used as written. */
function usesText(site) {
    if (!site.uses?.length)
        return '';
    return ` (used through ${site.uses.map((u) => `the ${u.kind === 'alias' ? 'alias' : 'merge key'} at line ${u.line}`).join(', then ')})`;
}


/***/ }),

/***/ 87190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ scanWorkspace)
});

// UNUSED EXPORTS: scanText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/util/find-files.js
var find_files = __webpack_require__(23595);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/deployfiles/types.js
/** A problem found while scanning, thrown so a locator can stop at the first bad node. */
class LocatedError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
        this.name = 'LocatedError';
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/reference-text.js


// A literal `:tag` and/or `@digest` at the end of the written text; a tag cannot contain '}' or '/',
// so `${REGISTRY}/app` and `${IMAGE}` end with no suffix.
const SUFFIX = /(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/;
// Deployment repositories repeat a few hundred references across thousands of files: parse each once.
const cache = new Map();
function parse(raw, span, resolved) {
    let ref;
    try {
        ref = reference/* Reference */.Or.parse(resolved);
    }
    catch (e) {
        const shown = resolved === raw ? `'${raw}'` : `'${raw}' (expands to '${resolved}')`;
        throw new LocatedError(span.start, `image reference ${shown} does not parse: ${e.message.replace(/^Invalid image reference '[^']*': /, '')}`);
    }
    const m = SUFFIX.exec(raw);
    // With a tag from a variable, only the digest suffix is ours to change.
    const tagFixed = ref.tag !== undefined && m[1] === undefined;
    const suffixStart = tagFixed ? raw.length - (m[2] !== undefined ? m[2].length + 1 : 0) : m.index;
    return { ref, suffixStart, tagFixed };
}
/**
 * Parses a reference written at `span` (`raw` is its source text; `resolved` the same after variable
 * expansion, for Dockerfiles). Throws a LocatedError naming the reference when it does not parse.
 */
function inlineReference(raw, span, resolved = raw) {
    const key = resolved === raw ? raw : `${raw}\n${resolved}`;
    let p = cache.get(key);
    if (!p) {
        p = parse(raw, span, resolved);
        if (cache.size >= 10_000)
            cache.clear();
        cache.set(key, p);
    }
    return { ref: p.ref, target: { kind: 'inline', span, name: raw.slice(0, p.suffixStart), tagFixed: p.tagFixed } };
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/dockerfile-syntax.js
const HEREDOC = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g;
function tokens(line, offset) {
    const out = [];
    for (const m of line.matchAll(/\S+/g))
        out.push({ text: m[0], start: offset + m.index });
    return out;
}
/**
 * Dockerfile instructions with offsets: continuation lines (trailing `\`) joined, comment lines and
 * heredoc bodies (`RUN <<EOF` ... `EOF`) skipped. The `# escape=` directive is not supported.
 */
function instructions(text) {
    const out = [];
    const lines = [];
    for (let start = 0; start <= text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start });
        if (nl < 0)
            break;
        start = nl + 1;
    }
    let current;
    const heredocs = [];
    for (const line of lines) {
        if (heredocs.length) {
            if (line.text.trim() === heredocs[0])
                heredocs.shift();
            continue;
        }
        if (/^\s*#/.test(line.text) || (!current && !line.text.trim()))
            continue;
        const continued = /\\\s*$/.test(line.text);
        const body = continued ? line.text.replace(/\\\s*$/, '') : line.text;
        const words = tokens(body, line.start);
        if (!current) {
            if (!words.length)
                continue;
            current = { keyword: words[0].text.replace(/^\uFEFF/, '').toUpperCase(), args: words.slice(1) };
        }
        else {
            current.args.push(...words);
        }
        for (const m of body.matchAll(HEREDOC))
            heredocs.push(m[1]);
        if (!continued) {
            out.push(current);
            current = undefined;
        }
    }
    if (current)
        out.push(current);
    return out;
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/dockerfile.js



function isDockerfile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/i.test(base);
}
const WHOLE_VAR = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\})$/;
const ANY_VAR = /\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\})/g;
function parseArg(token) {
    const eq = token.text.indexOf('=');
    if (eq < 0)
        return [token.text, undefined];
    let start = token.start + eq + 1;
    let value = token.text.slice(eq + 1);
    if (/^(["']).*\1$/.test(value) && value.length >= 2) {
        value = value.slice(1, -1);
        start++;
    }
    return [token.text.slice(0, eq), { value, span: { start, end: start + value.length } }];
}
/** Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` with the ARG defaults in scope. */
function expand(token, args) {
    return token.text.replace(ANY_VAR, (_m, bare, braced, op, word) => {
        const name = (bare ?? braced);
        const value = args.get(name)?.value ?? '';
        if (op === '-')
            return value || (word ?? '');
        if (op === '+')
            return value ? (word ?? '') : '';
        if (!args.get(name))
            throw new LocatedError(token.start, `image '${token.text}' uses build argument ${name}, which has no default; give it one (ARG ${name}=<image>) so pinship can pin it`);
        return value;
    });
}
/**
 * An image named by `token`. When the whole word is one build argument, the reference is the ARG's
 * default (or the `:-` default), and that is where it is pinned.
 */
function imageAt(token, args) {
    const whole = WHOLE_VAR.exec(token.text);
    if (whole) {
        const name = whole[1] ?? whole[2];
        const arg = args.get(name);
        if (arg?.value)
            return found(arg.value, arg.span);
        if (whole[3] !== undefined) {
            const start = token.start + token.text.indexOf(':-') + 2;
            return found(whole[3], { start, end: start + whole[3].length });
        }
        throw new LocatedError(token.start, `image '${token.text}' uses build argument ${name}, which has no default; give it one (ARG ${name}=<image>) so pinship can pin it`);
    }
    return found(token.text, { start: token.start, end: token.start + token.text.length }, expand(token, args));
}
function found(raw, span, resolved = raw) {
    const { ref, target } = inlineReference(raw, span, resolved);
    return { offset: span.start, format: 'dockerfile', written: raw, ref, target, via: [] };
}
/** The value of `--name=value` among an instruction's flags, as a token of its own. */
function flag(args, name) {
    const t = args.find((a) => a.text.startsWith(`--${name}=`));
    return t && { text: t.text.slice(name.length + 3), start: t.start + name.length + 3 };
}
/** `from=<image>` inside `--mount=type=bind,from=...,target=...`. */
function mountFroms(args) {
    const out = [];
    for (const t of args.filter((a) => a.text.startsWith('--mount='))) {
        let offset = t.start + '--mount='.length;
        for (const part of t.text.slice('--mount='.length).split(',')) {
            if (part.startsWith('from='))
                out.push({ text: part.slice(5), start: offset + 5 });
            offset += part.length + 1;
        }
    }
    return out;
}
/** FROM (skipping scratch and earlier stages), COPY --from and RUN --mount=from, with ARG defaults. */
function locateDockerfile(text) {
    const out = [];
    const globalArgs = new Map();
    let stageArgs = new Map();
    const stages = new Set();
    let inStage = false;
    const image = (token, args) => {
        if (!token)
            return;
        const name = WHOLE_VAR.test(token.text) || token.text.includes('$') ? undefined : token.text.toLowerCase();
        if (name && (name === 'scratch' || stages.has(name) || /^\d+$/.test(name)))
            return;
        const f = imageAt(token, args);
        if (f.written.toLowerCase() === 'scratch' || stages.has(f.written.toLowerCase()))
            return;
        out.push(f);
    };
    for (const ins of instructions(text)) {
        if (ins.keyword === 'ARG') {
            for (const t of ins.args) {
                const [name, arg] = parseArg(t);
                (inStage ? stageArgs : globalArgs).set(name, arg ?? globalArgs.get(name));
            }
        }
        else if (ins.keyword === 'FROM') {
            const words = ins.args.filter((a) => !a.text.startsWith('--'));
            image(words[0], globalArgs);
            if (words[1]?.text.toUpperCase() === 'AS' && words[2])
                stages.add(words[2].text.toLowerCase());
            inStage = true;
            stageArgs = new Map();
        }
        else if (ins.keyword === 'COPY') {
            image(flag(ins.args, 'from'), new Map([...globalArgs, ...stageArgs]));
        }
        else if (ins.keyword === 'RUN') {
            for (const t of mountFroms(ins.args))
                image(t, new Map([...globalArgs, ...stageArgs]));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/deployfiles/nodes.js
/** Collections nest no deeper than this: deployment files nest about twenty levels, and recursion has a limit. */
const MAX_DEPTH = 256;
const depthMessage = `nested more than ${MAX_DEPTH} levels deep; deployment files nest far less, and pinship reads no deeper`;
class ScalarNode {
    value;
    type;
    range;
    via;
    tag;
    constructor(value, type, range, 
    /** The aliases and merges this copy was reached through, outermost first; empty where it is written. */
    via = [], 
    /** A tag outside YAML's core schema (`!custom`): what a tool makes of it is the tool's own business. */
    tag) {
        this.value = value;
        this.type = type;
        this.range = range;
        this.via = via;
        this.tag = tag;
    }
}
class PairNode {
    key;
    value;
    constructor(key, value) {
        this.key = key;
        this.value = value;
    }
}
class MapNode {
    items;
    range;
    flow;
    via;
    tail;
    constructor(
    /** The map's pairs as a reader sees them: its own keys, then what merge keys add that it lacks. */
    items, range, flow, via = [], 
    /** Set when merge keys added pairs: where the map's own last pair ends, for a new pair to go after it. */
    tail) {
        this.items = items;
        this.range = range;
        this.flow = flow;
        this.via = via;
        this.tail = tail;
    }
}
class SeqNode {
    items;
    range;
    flow;
    via;
    constructor(items, range, flow, via = []) {
        this.items = items;
        this.range = range;
        this.flow = flow;
        this.via = via;
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/yaml-nodes.js



const isMap = (node) => node instanceof MapNode;
const isSeq = (node) => node instanceof SeqNode;
const isScalar = (node) => node instanceof ScalarNode;
function pairs(node) {
    return isMap(node) ? node.items : [];
}
function items(node) {
    return isSeq(node) ? node.items : [];
}
function keyOf(pair) {
    return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
function get(map, key) {
    return pairs(map).find((p) => keyOf(p) === key);
}
/**
 * The characters of a scalar's value inside the file: plain text as is, quoted text without its quotes.
 * A value that cannot be rewritten character for character (escapes, folded lines, block scalars) is a problem.
 */
function scalarSpan(ctx, node) {
    const [start, end] = node.range;
    const source = ctx.text.slice(start, end);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const span = quoted ? { start: start + 1, end: end - 1 } : { start, end };
    const raw = ctx.text.slice(span.start, span.end);
    const exact = quoted ? raw === String(node.value) : node.type === 'PLAIN' && !/[\r\n]/.test(raw);
    if (!exact) {
        throw new LocatedError(start, `value '${source.split(/\r?\n/)[0]}' is written in a form pinship cannot rewrite in place (block scalar, escapes or folded lines); write it on one line`);
    }
    return { ...span, raw };
}
/** A custom tag (`!thing`) at an image position: what it means is up to each tool, so it is not guessed at. */
function refuseTag(node) {
    if (node.tag !== undefined)
        throw new LocatedError(node.range[0], `image value has the tag ${node.tag}, which each tool resolves its own way; write it untagged (or !!str)`);
}
/** The scalar's source text, e.g. `1.20` for a tag YAML would read as a number. */
function scalarText(ctx, node) {
    if (isScalar(node))
        refuseTag(node);
    if (!isScalar(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    return scalarSpan(ctx, node).raw;
}
// Workflow expressions, Helm/Go templates, shell and compose variables: filled in later, by something else.
const TEMPLATE = /\{\{|\$\{|\$[A-Za-z_]/;
/**
 * An image reference held by one scalar. `strict`: the position holds images by definition, so a value
 * that does not parse is an error; otherwise (an `image` key in an arbitrary file) it is not a reference.
 */
function scalarReference(ctx, node, format, strict, prefix = '') {
    if (!isScalar(node) || typeof node.value !== 'string') {
        if (strict && isScalar(node) && node.value !== null)
            throw new LocatedError(node.range[0], `expected an image reference, found ${typeof node.value} '${JSON.stringify(node.value)}'`);
        return undefined;
    }
    if (prefix && !node.value.startsWith(prefix))
        return undefined;
    refuseTag(node);
    if (TEMPLATE.test(node.value)) {
        if (strict)
            ctx.templated.push({ offset: node.range[0], value: node.value });
        return undefined;
    }
    let span;
    try {
        span = scalarSpan(ctx, node);
    }
    catch (e) {
        if (strict)
            throw e;
        return undefined;
    }
    const start = span.start + prefix.length;
    const raw = span.raw.slice(prefix.length);
    try {
        const { ref, target } = inlineReference(raw, { start, end: span.end });
        return { offset: start, format, written: raw, ref, target, via: node.via };
    }
    catch (e) {
        if (strict)
            throw e;
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/text.js
/** Offsets to 1-based line and column, counting UTF-16 units as editors and GitHub annotations do. */
class LineIndex {
    starts = [0];
    /** A byte-order mark is kept in the text (and written back) but is no column. */
    bom;
    constructor(text) {
        this.bom = text.charCodeAt(0) === 0xfeff;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + (lo === 0 && this.bom ? 0 : 1) };
    }
}
/** The file's own line ending, so inserted lines match their neighbours. */
function lineEnding(text) {
    return /\r\n/.test(text) ? '\r\n' : '\n';
}
/** Files larger than this are reported, not read: deployment files are small, and the limit keeps a stray dump out of memory. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of a deployment file, or why it is not one (binary content, invalid UTF-8, too large). */
function sizeProblem(size) {
    return size > MAX_FILE_BYTES ? { problem: `file is ${size} bytes, more than the ${MAX_FILE_BYTES}-byte limit for deployment files` } : undefined;
}
function decodeText(bytes) {
    const tooLarge = sizeProblem(bytes.length);
    if (tooLarge)
        return tooLarge;
    if (bytes.includes(0))
        return { problem: 'file is binary (contains NUL bytes), expected YAML, JSON or a Dockerfile' };
    try {
        return { text: utf8.decode(bytes) };
    }
    catch {
        return { problem: 'file is not valid UTF-8 text' };
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/split.js




/** Where to write a digest field's value: over the existing value, or as a new field of the map. */
function digestSlot(ctx, map, key) {
    const [start, end] = map.range;
    // A digest a merge key brought in is written under its anchor, for every map that merges it: this map gets its own.
    const pair = get(map, key);
    const own = pair?.key && pair.key.range[0] >= start && pair.key.range[0] < end;
    if (pair && own) {
        const v = pair.value;
        if (!isScalar(v))
            throw new LocatedError(pair.key?.range[0] ?? map.range[0], `'${key}' must be a string`);
        const span = scalarSpan(ctx, v);
        // `digest:` with nothing (or a comment) after it: right after the colon, whichever parser placed the empty value.
        if (span.start === span.end && v.type === 'PLAIN')
            return { at: ctx.text.lastIndexOf(':', span.start) + 1, before: ' ', after: '' };
        return span;
    }
    const last = map.items[map.items.length - 1];
    const lastEnd = map.tail ?? last?.value?.range[1] ?? last?.key?.range[1];
    if (map.flow) {
        // After the last value, so `{ a: 1 }` becomes `{ a: 1, digest: ... }`.
        if (lastEnd === undefined)
            return { at: ctx.text.lastIndexOf('}', end - 1), before: `${key}: `, after: '' };
        return { at: lastEnd, before: `, ${key}: `, after: '' };
    }
    // A new line after the map's last one, indented like its first key.
    let pos = lastEnd ?? end;
    while (pos > start && /[\r\n \t]/.test(ctx.text[pos - 1]))
        pos--;
    const lineEnd = ctx.text.indexOf('\n', pos);
    const at = lineEnd < 0 ? ctx.text.length : ctx.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const indent = start - (ctx.text.lastIndexOf('\n', start - 1) + 1);
    return { at, before: `${lineEnding(ctx.text)}${' '.repeat(indent)}${key}: `, after: '' };
}
/** Joins split fields into one reference, naming the field whose value broke it. */
function splitReference(offset, written) {
    try {
        return reference/* Reference */.Or.parse(written);
    }
    catch (e) {
        throw new LocatedError(offset, `image fields make '${written}', which does not parse: ${e.message.replace(/^Invalid image reference '[^']*': /, '')}`);
    }
}
/**
 * A reference written across the fields of `map` (Helm values, kustomize `images`): `name` (registry
 * and repository, from the field at `offset`), the `tag` field's node, and the `digest` field, which
 * is where a pin goes.
 */
function splitFound(ctx, map, format, at, name, tagNode) {
    const offset = at.offset;
    const tag = scalarText(ctx, tagNode);
    const digest = scalarText(ctx, get(map, 'digest')?.value);
    const written = `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    const tagSpan = tag && isScalar(tagNode) ? scalarSpan(ctx, tagNode) : undefined;
    return {
        offset,
        format,
        written,
        ref: splitReference(offset, written),
        target: { kind: 'split', tag: tagSpan, digest: digestSlot(ctx, map, 'digest') },
        via: at.via,
    };
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/kustomize.js


function isKustomization(file) {
    return /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
}
/**
 * `images[]` of `holder`: `name` (what manifests say), `newName`, `newTag`, `digest`. The digest goes to `digest`.
 * An entry with neither `newTag` nor `digest` only renames: the tag is the manifests', pinned there.
 */
function kustomizeImages(ctx, holder, out) {
    for (const entry of items(get(holder, 'images')?.value)) {
        if (!isMap(entry))
            continue;
        const namePair = get(entry, 'newName') ?? get(entry, 'name');
        const name = namePair && scalarText(ctx, namePair.value);
        const tagNode = get(entry, 'newTag')?.value;
        if (!namePair || !name || (!scalarText(ctx, tagNode) && !scalarText(ctx, get(entry, 'digest')?.value)))
            continue;
        out.push(splitFound(ctx, entry, 'kustomize', { offset: namePair.value.range[0], via: namePair.value.via }, name, tagNode));
    }
}
/** A kustomization (or a kustomize Component): its `images[]`. */
function locateKustomize(ctx, out) {
    kustomizeImages(ctx, ctx.root, out);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/deployfiles/fast-yaml-scalars.js


// Scalars and one-line flow collections for fast-yaml.ts, with offsets into the file.
/** Outside the subset: the caller falls back to the `yaml` package. */
class Unsupported extends Error {
}
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Characters that make a plain scalar something else when they start it.
const INDICATOR = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?:\s|$))/;
/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
function resolvePlain(s) {
    if (NULL.test(s))
        return null;
    if (BOOL.test(s))
        return /^t/i.test(s);
    if (!NUMBER.test(s))
        return s;
    if (/inf/i.test(s))
        return s.startsWith('-') ? -Infinity : Infinity;
    if (/nan/i.test(s))
        return NaN;
    return s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s);
}
/** A plain `<<`, YAML 1.1's merge key: merges are resolved by the full parser. */
const isMergeKey = (key) => key.type === 'PLAIN' && key.value === '<<';
function scalar(value, type, start, end) {
    return new ScalarNode(value, type, [start, end]);
}
/** The rest of a line after a value must be blank or a comment. */
function expectEnd(s, pos) {
    const rest = s.slice(pos);
    if (rest.trim() && !/^\s+#/.test(rest))
        throw new Unsupported();
}
function quoted(s, pos, offset) {
    const q = s[pos];
    const close = s.indexOf(q, pos + 1);
    if (close < 0)
        throw new Unsupported();
    const inner = s.slice(pos + 1, close);
    if ((q === '"' && inner.includes('\\')) || (q === "'" && s[close + 1] === "'"))
        throw new Unsupported();
    return { node: scalar(inner, q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', offset + pos, offset + close + 1), end: close + 1 };
}
/** A plain scalar inside a flow collection ends at `,[]{}`, at `: ` and at ` #`. */
function flowPlain(s, pos, offset) {
    let end = pos;
    while (end < s.length &&
        !/[,[\]{}]/.test(s[end]) &&
        !(s[end] === ':' && /[\s,[\]{}]/.test(s[end + 1] ?? ' ')) &&
        !(s[end] === '#' && /\s/.test(s[end - 1] ?? '')))
        end++;
    const text = s.slice(pos, end).trimEnd();
    if (!text || INDICATOR.test(text))
        throw new Unsupported();
    return { node: scalar(resolvePlain(text), 'PLAIN', offset + pos, offset + pos + text.length), end: pos + text.length };
}
const skip = (s, pos) => {
    while (s[pos] === ' ')
        pos++;
    return pos;
};
function flowValue(s, pos, offset, depth) {
    const c = s[pos];
    if (c === '{' || c === '[')
        return flow(s, pos, offset, depth);
    if (c === '"' || c === "'")
        return quoted(s, pos, offset);
    return flowPlain(s, pos, offset);
}
/** `{k: v, ...}` or `[v, ...]` on one line, inside `depth` collections. */
function flow(s, pos, offset, depth) {
    if (depth >= MAX_DEPTH)
        throw new LocatedError(offset + pos, depthMessage);
    const isMap = s[pos] === '{';
    const pairs = [];
    const items = [];
    const close = isMap ? '}' : ']';
    const keys = new Set();
    let p = skip(s, pos + 1);
    while (s[p] !== close) {
        if (p >= s.length)
            throw new Unsupported();
        const first = flowValue(s, p, offset, depth + 1);
        p = skip(s, first.end);
        if (isMap) {
            if (s[p] !== ':' || !(first.node instanceof ScalarNode) || keys.has(first.node.value) || isMergeKey(first.node))
                throw new Unsupported();
            keys.add(first.node.value);
            p = skip(s, p + 1);
            const value = s[p] === ',' || s[p] === close ? { node: scalar(null, 'PLAIN', offset + p, offset + p), end: p } : flowValue(s, p, offset, depth + 1);
            pairs.push(new PairNode(first.node, value.node));
            p = skip(s, value.end);
        }
        else {
            if (s[p] === ':')
                throw new Unsupported();
            items.push(first.node);
        }
        if (s[p] === ',')
            p = skip(s, p + 1);
        else if (s[p] !== close)
            throw new Unsupported();
    }
    const r = [offset + pos, offset + p + 1];
    return { node: isMap ? new MapNode(pairs, r, true) : new SeqNode(items, r, true), end: p + 1 };
}

;// CONCATENATED MODULE: ./lib/deployfiles/fast-yaml.js




/** A value written after `key: ` or `- ` on the same line, inside `depth` collections. */
function inline(line, pos, depth) {
    const s = line.content;
    const c = s[pos];
    let result;
    if (c === '{' || c === '[')
        result = flow(s, pos, line.start, depth);
    else if (c === '"' || c === "'")
        result = quoted(s, pos, line.start);
    else {
        const rest = pos ? s.slice(pos) : s;
        if (INDICATOR.test(rest))
            throw new Unsupported();
        const hash = rest.search(/\s#/);
        const text = (hash < 0 ? rest : rest.slice(0, hash)).trimEnd();
        if (/:(\s|$)/.test(text))
            throw new Unsupported();
        return scalar(resolvePlain(text), 'PLAIN', line.start + pos, line.start + pos + text.length);
    }
    expectEnd(s, result.end);
    return result.node;
}
const isEntry = (s) => s === '-' || s.startsWith('- ');
/** `key:` followed by a space or the end of the line; a plain key must not start with an indicator or end with a space. */
function matchKey(s) {
    const q = s[0];
    let colon;
    let text;
    let type = 'PLAIN';
    if (q === '"' || q === "'") {
        const close = s.indexOf(q, 1);
        if (close < 0 || s[close + 1] !== ':')
            return undefined;
        text = s.slice(1, close);
        if (q === '"' && text.includes('\\'))
            return undefined;
        type = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
        colon = close + 1;
    }
    else {
        if (/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s))
            return undefined;
        colon = s.indexOf(':');
        while (colon >= 0 && colon + 1 < s.length && s[colon + 1] !== ' ')
            colon = s.indexOf(':', colon + 1);
        if (colon < 0)
            return undefined;
        text = s.slice(0, colon);
        if (text.endsWith(' ') || text.includes(' #'))
            return undefined;
    }
    if (colon + 1 < s.length && s[colon + 1] !== ' ')
        return undefined;
    let after = colon + 1;
    while (s[after] === ' ')
        after++;
    return { text, type, after };
}
class BlockParser {
    lines;
    i = 0;
    /** Block collections open around the current line. */
    depth = 0;
    constructor(lines) {
        this.lines = lines;
    }
    document() {
        if (!this.lines.length)
            return null;
        const root = this.node(-1);
        if (this.i < this.lines.length)
            throw new Unsupported();
        return root;
    }
    node(parent) {
        const line = this.lines[this.i];
        if (line.indent <= parent)
            throw new Unsupported();
        return this.collection(line, isEntry(line.content));
    }
    collection(line, seq) {
        if (this.depth >= MAX_DEPTH)
            throw new LocatedError(line.start, depthMessage);
        this.depth++;
        const node = seq ? this.seq(line.indent) : this.map(line.indent);
        this.depth--;
        return node;
    }
    /** The block under a `key:` or `-` with nothing after it: deeper lines, or a `- ` list at the key's own indent. */
    nested(indent, at, allowSameIndentSeq) {
        const next = this.lines[this.i];
        if (next && next.indent > indent)
            return this.node(indent);
        if (next && allowSameIndentSeq && next.indent === indent && isEntry(next.content))
            return this.collection(next, true);
        return scalar(null, 'PLAIN', at, at);
    }
    seq(indent) {
        const items = [];
        const start = this.lines[this.i].start;
        let end = start;
        while (this.i < this.lines.length && this.lines[this.i].indent === indent && isEntry(this.lines[this.i].content)) {
            const line = this.lines[this.i];
            const rest = line.content.slice(1);
            const value = rest.trimStart();
            const k = rest.length - value.length;
            let item;
            if (!value || value.startsWith('#')) {
                this.i++;
                item = this.nested(indent, value ? line.start + 1 + k : line.end, false);
            }
            else if (isEntry(value) || matchKey(value)) {
                // `- key: v` / `- - v`: the rest of the line is a node at its own column.
                this.lines[this.i] = { indent: indent + 1 + k, start: line.start + 1 + k, end: line.end, content: value };
                item = this.node(indent);
            }
            else {
                item = inline(line, 1 + k, this.depth);
                this.i++;
            }
            items.push(item);
            end = item.range[1];
            if (this.i < this.lines.length && this.lines[this.i].indent > indent)
                throw new Unsupported();
        }
        return new SeqNode(items, [start, end], false);
    }
    map(indent) {
        const pairs = [];
        const start = this.lines[this.i].start;
        // Maps in deployment files have a handful of keys: a list is cheaper to make than a Set (same equality).
        const keys = [];
        let end = start;
        while (this.i < this.lines.length && this.lines[this.i].indent === indent) {
            const line = this.lines[this.i];
            const m = matchKey(line.content);
            if (!m)
                throw new Unsupported();
            const keyText = m.text;
            const keyType = m.type;
            const keyLength = keyType === 'PLAIN' ? keyText.length : keyText.length + 2;
            const key = scalar(keyType === 'PLAIN' ? resolvePlain(keyText) : keyText, keyType, line.start, line.start + keyLength);
            if (keys.includes(key.value) || isMergeKey(key))
                throw new Unsupported();
            keys.push(key.value);
            const after = m.after;
            let value;
            if (after >= line.content.length || line.content[after] === '#') {
                this.i++;
                value = this.nested(indent, after < line.content.length ? line.start + after : line.end, true);
            }
            else {
                value = inline(line, after, this.depth);
                this.i++;
            }
            pairs.push(new PairNode(key, value));
            end = value.range[1];
            if (this.i < this.lines.length && this.lines[this.i].indent > indent)
                throw new Unsupported();
        }
        return new MapNode(pairs, [start, end], false);
    }
}
/** Each document's root node, or undefined when the text is outside the subset (then use the `yaml` parser). */
function fastParseYaml(text) {
    const docs = [[]];
    let explicitStart = false;
    for (let start = 0; start < text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        let first = start;
        while (first < lineEnd && text.charCodeAt(first) === 32)
            first++;
        const c = text.charCodeAt(first);
        // Tabs in indentation, a byte-order mark and directives are left to the full parser.
        if (c === 9 || c === 0xfeff || (first === start && c === 37))
            return undefined;
        if (first === lineEnd || c === 35) {
            start = end + 1;
            continue;
        }
        const content = text.slice(first, lineEnd).trimEnd();
        if (first === start && (content.startsWith('---') || content.startsWith('...')) && /^(?:---|\.\.\.)(?:\s|$)/.test(content)) {
            if (content.startsWith('...') || (content.length > 3 && !/^---\s+#/.test(content)))
                return undefined;
            if (docs[docs.length - 1].length || explicitStart)
                docs.push([]);
            explicitStart = true;
        }
        else {
            docs[docs.length - 1].push({ indent: first - start, start: first, end: lineEnd, content });
        }
        start = end + 1;
    }
    // Like the yaml package: an empty or comment-only file has no document at all.
    if (!explicitStart && !docs[0].length)
        return [];
    try {
        return docs.map((lines) => new BlockParser(lines).document());
    }
    catch (e) {
        if (e instanceof Unsupported)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/cloudbuild.js

/** Google Cloud Build's config: `cloudbuild.yaml`, `cloudbuild.json`, `cloudbuild-prod.yaml` ... with a `steps` list. */
function isCloudBuild(file, doc) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /^cloudbuild([-_.][^/]*)?\.(ya?ml|json)$/i.test(base) && isSeq(get(doc, 'steps')?.value);
}
/** `steps[].name`: the image each step runs in. `images` and `artifacts` list what the build pushes, its outputs. */
function locateCloudBuild(ctx, out) {
    for (const step of items(get(ctx.root, 'steps')?.value)) {
        const found = scalarReference(ctx, get(step, 'name')?.value, 'cloudbuild', true);
        if (found)
            out.push(found);
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/compose.js

/** docker-compose.yml, compose.yaml, docker-compose.prod.yml ... with a `services` map. */
function isCompose(file, doc) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /(^|[-_.])compose([-_.][^/]*)?\.ya?ml$/i.test(base) && isMap(get(doc, 'services')?.value);
}
/** `build` with `pull_policy: build`: compose always builds, and `image` only names the result. */
function buildsOnly(service) {
    const policy = get(service, 'pull_policy')?.value;
    return get(service, 'build') !== undefined && isScalar(policy) && policy.value === 'build';
}
/**
 * `services.*.image`; a service that only builds has none. With `build` and no `pull_policy`, compose
 * pulls `image` first and builds only when the registry has none, so that image is a deployed reference.
 */
function locateCompose(ctx, out) {
    for (const service of pairs(get(ctx.root, 'services')?.value)) {
        if (buildsOnly(service.value))
            continue;
        const found = scalarReference(ctx, get(service.value, 'image')?.value, 'compose', true);
        if (found)
            out.push(found);
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/ecs.js

/** The container list of an ECS task definition, as registered or as `describe-task-definition` prints it. */
function containerDefinitions(doc) {
    return get(doc, 'containerDefinitions')?.value ?? get(get(doc, 'taskDefinition')?.value, 'containerDefinitions')?.value;
}
function isEcsTaskDefinition(doc) {
    return isMap(doc) && containerDefinitions(doc) !== undefined;
}
/** `containerDefinitions[].image`. */
function locateEcs(ctx, out) {
    for (const def of items(containerDefinitions(ctx.root))) {
        const found = scalarReference(ctx, get(def, 'image')?.value, 'ecs', true);
        if (found)
            out.push(found);
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/helm.js


/** Helm values' `image: {registry, repository, tag, digest}`: the digest is written to `digest`. */
function helmSplit(ctx, map) {
    if (!isMap(map))
        return undefined;
    const repoPair = get(map, 'repository');
    const repository = repoPair && scalarText(ctx, repoPair.value);
    if (!repoPair || !repository)
        return undefined;
    const registry = scalarText(ctx, get(map, 'registry')?.value);
    return splitFound(ctx, map, 'helm', { offset: repoPair.value.range[0], via: repoPair.value.via }, `${registry ? `${registry}/` : ''}${repository}`, get(map, 'tag')?.value);
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/generic.js



function generic_reference(ctx, node, format, strict) {
    if (strict !== 'templates')
        return scalarReference(ctx, node, format, strict);
    try {
        return scalarReference(ctx, node, format, true);
    }
    catch (e) {
        if (e instanceof LocatedError)
            return undefined;
        throw e;
    }
}
/**
 * Every `image` key below `node`: a string reference, Helm's split fields, or a Kubernetes image
 * volume's `{reference}`.
 */
function walkImages(ctx, node, format, strict, out) {
    if (isSeq(node)) {
        for (const item of node.items)
            walkImages(ctx, item, format, strict, out);
        return;
    }
    if (!isMap(node))
        return;
    for (const pair of pairs(node)) {
        const key = keyOf(pair);
        if (key !== 'image') {
            // A pod's container lists are the same wherever a resource embeds a pod template (a Rollout, a Knative Service).
            const podContainers = strict === 'templates' && (key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers');
            walkImages(ctx, pair.value, format, podContainers || strict, out);
            continue;
        }
        const value = pair.value;
        if (isMap(value)) {
            const volume = get(value, 'reference');
            const found = volume ? scalarReference(ctx, volume.value, format, true) : helmSplit(ctx, value);
            if (found)
                out.push(found);
            else
                walkImages(ctx, value, format, strict, out);
            continue;
        }
        const found = generic_reference(ctx, value, format, strict);
        if (found)
            out.push(found);
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/helm-template.js


/**
 * A chart's template: a YAML file under a `templates/` folder holding `{{ }}` actions. Helm renders it
 * before any YAML is read, so as written it is often not YAML at all (`{{- if }}` lines, `{{ toYaml . | nindent 8 }}`).
 */
function isHelmTemplate(file, text) {
    return /(^|\/)templates\/(?:[^/]+\/)*[^/]+\.ya?ml$/i.test(file) && text.includes('{{');
}
/** The `{{ ... }}` actions, by offset; a template comment (`{{/*`) ends at its closing star-slash, and may hold `}}` before it. */
function actions(text) {
    const out = [];
    for (let start = text.indexOf('{{'); start >= 0;) {
        const comment = /^\{\{-?\s*\/\*/.test(text.slice(start, start + 6));
        const close = comment ? text.indexOf('*/', start) : start;
        const stop = close < 0 ? -1 : text.indexOf('}}', close + 2);
        const end = stop < 0 ? text.length : stop + 2;
        out.push([start, end]);
        start = text.indexOf('{{', end);
    }
    return out;
}
/** The indentation of the first non-blank line after `from`, or -1. */
function indentAfter(text, from) {
    const m = /\n([ ]*)\S/.exec(text.slice(from, from + 4096));
    return m ? m[1].length : -1;
}
/**
 * Where the actions that end a line after a key begin, when more-indented lines follow
 * (`labels: {{- include "x" . | nindent 4 }}` and then more labels): those actions insert lines into the
 * map below, so they are no value of their own. `lineEnd` when there are none.
 */
function blockStart(text, inAction, lineStart, lineEnd) {
    let last = lineEnd - 1;
    while (last >= lineStart && /\s/.test(text[last]))
        last--;
    if (last < lineStart || !inAction[last])
        return lineEnd;
    let run = last;
    while (run > lineStart && (inAction[run - 1] || /\s/.test(text[run - 1])))
        run--;
    const before = text.slice(lineStart, run);
    if (!/:\s*$/.test(before))
        return lineEnd;
    return indentAfter(text, lineEnd) > /^[ ]*/.exec(before)[0].length ? run : lineEnd;
}
/**
 * The template with its actions set aside, offsets unchanged. An action among other text becomes a run of
 * `_`, a plain word, so `image: {{ .Values.repo }}:{{ .Values.tag }}` stays one scalar. A line of actions
 * only (a control line, or a block Helm indents itself) becomes blank, or with `comment`, a comment where
 * it is indented: a blank line longer than the first line of a block scalar is an error in YAML, and a
 * comment at column 0 would end the block scalar it stands in.
 */
function blank(text, found, comment) {
    const chars = text.split('');
    const inAction = new Uint8Array(text.length);
    for (const [start, end] of found)
        inAction.fill(1, start, end);
    for (let lineStart = 0; lineStart < text.length;) {
        const nl = text.indexOf('\n', lineStart);
        const lineEnd = nl < 0 ? text.length : nl;
        let first = -1;
        let onlyActions = true;
        for (let i = lineStart; i < lineEnd; i++) {
            if (first < 0 && inAction[i])
                first = i;
            onlyActions &&= inAction[i] === 1 || /\s/.test(text[i]);
        }
        const block = first < 0 || onlyActions ? lineStart : blockStart(text, inAction, lineStart, lineEnd);
        for (let i = first < 0 ? lineEnd : first; i < lineEnd; i++) {
            if (!inAction[i] || /\s/.test(text[i]))
                continue;
            chars[i] = !onlyActions && i < block ? '_' : comment && i === first && first > lineStart ? '#' : ' ';
        }
        lineStart = lineEnd + 1;
    }
    return chars.join('');
}
/** Whether an action overlaps [start, end): the actions are in order and apart, so a binary search finds the one to check. */
function overlaps(found, start, end) {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid][1] <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < found.length && found[lo][0] < end;
}
/** The node with every scalar that overlaps an action given its template text back, so locators see `{{`. */
function restore(node, text, found) {
    if (node instanceof MapNode)
        return new MapNode(node.items.map((p) => new PairNode(restore(p.key, text, found), restore(p.value, text, found))), node.range, node.flow);
    if (node instanceof SeqNode)
        return new SeqNode(node.items.map((i) => restore(i, text, found)), node.range, node.flow);
    if (!(node instanceof ScalarNode))
        return node;
    const [start, end] = node.range;
    if (!overlaps(found, start, end))
        return node;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return new ScalarNode(text.slice(quoted ? start + 1 : start, quoted ? end - 1 : end), node.type, node.range);
}
/**
 * An image value as written on one line, block or flow: quoted, or plain up to a space, `,`, `]` or `}`. Any
 * other form (a block scalar, a flow map, an anchor, an alias) is kept as such, so the locator reports it.
 */
function lineValue(value, at) {
    const quote = value[0];
    if (quote === '"' || quote === "'") {
        const close = value.indexOf(quote, 1);
        if (close > 0 && !value.slice(1, close).includes('\\'))
            return new ScalarNode(value.slice(1, close), quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, at + close + 1]);
    }
    const plain = /^[^\s,\]}]*/.exec(value)[0];
    // An alias cannot be resolved without the YAML it names: kept as a form the locator refuses.
    if (value[0] === '*')
        return new ScalarNode(value, 'BLOCK', [at, at + plain.length]);
    if (!/^[{[|>&!'"]/.test(value))
        return plain ? new ScalarNode(plain, 'PLAIN', [at, at + plain.length]) : undefined;
    return new ScalarNode(value, 'BLOCK', [at, at + value.length]);
}
/**
 * When neither the template nor the file as written is YAML, only Helm can render it; it is read line by
 * line, as its `image: <value>` pairs, in block or flow style (found in `blanked`, so none inside an action
 * or a template comment counts, nor after a `#`): a map of those values, so the one Kubernetes locator treats them.
 */
function imageLines(text, blanked) {
    const pairs = [];
    for (const m of blanked.matchAll(/(^|[\s{,[])(["']?)image\2[ \t]*:[ \t]*([^\r\n]*)/gm)) {
        const key = m.index + m[1].length;
        const lineStart = blanked.lastIndexOf('\n', key) + 1;
        if (/(^|\s)#/.test(blanked.slice(lineStart, key)))
            continue;
        const at = m.index + m[0].length - m[3].length;
        const value = lineValue(text.slice(at, at + m[3].length).trimEnd(), at);
        if (value)
            pairs.push(new PairNode(new ScalarNode('image', 'PLAIN', [key, at]), value));
    }
    return new MapNode(pairs, [0, text.length], false);
}
/** The first of `parses` that succeeds; undefined when each finds the text is not YAML. */
function firstParse(...parses) {
    for (const parse of parses) {
        try {
            return parse();
        }
        catch (e) {
            if (!(e instanceof LocatedError))
                throw e;
        }
    }
    return undefined;
}
/**
 * A template's documents, read two ways, since a file under `templates/` may be deployed by Helm or as is:
 * as Helm renders it, the YAML around its actions (`parse` gets the template with its actions set aside; both
 * branches of an `{{ if }}` may set the same key, so it must accept repeated keys), each scalar an action
 * touches coming back holding the action, which the locators treat as a template; and, when the file as
 * written is YAML too, as kubectl reads it, so nothing `{{ }}` seems to hide (a `# {{` comment) goes unread.
 */
function templateDocuments(text, parse) {
    const found = actions(text);
    const blanked = blank(text, found, false);
    const rendered = firstParse(() => parse(blanked), () => parse(blank(text, found, true)));
    const written = firstParse(() => parse(text)) ?? [];
    if (!rendered)
        return { rendered: written.length ? [] : [imageLines(text, blanked)], written };
    return { rendered: rendered.map((doc) => restore(doc, text, found)), written };
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/kubernetes.js



// The API groups of the cluster itself that predate DNS-style names; every other group is a DNS name.
const LEGACY_GROUPS = new Set(['apps', 'batch', 'autoscaling', 'policy', 'extensions']);
const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;
const DNS_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)+$/;
/**
 * Groups spelled like Kubernetes ones whose documents are read by a tool from a file and never sent to a
 * cluster: component configs (`kubelet.config.k8s.io`), kind's and kubeadm's cluster configs.
 */
const FILE_ONLY_GROUP = /(?:^|\.)config\.k8s\.io$|^kind\.x-k8s\.io$|^kubeadm\.k8s\.io$/;
function kubernetes_text(doc, key) {
    const node = get(doc, key)?.value;
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** `apiVersion` split into group ('' for the core group) and version, when it is spelled as Kubernetes spells it. */
function apiGroup(doc) {
    const apiVersion = kubernetes_text(doc, 'apiVersion');
    if (!isMap(doc) || apiVersion === undefined || kubernetes_text(doc, 'kind') === undefined)
        return undefined;
    const slash = apiVersion.lastIndexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    if (!VERSION.test(apiVersion.slice(slash + 1)))
        return undefined;
    return group === '' || LEGACY_GROUPS.has(group) || DNS_NAME.test(group) ? group : undefined;
}
/**
 * An object a cluster accepts: `kind` and an `apiVersion` of the form `v1`, `apps/v1` or `<dns-name>/v1beta1`.
 * skaffold's `skaffold/v4beta11`, a kubeconfig (`v1` `Config`) and the file-only groups above are other tools' files.
 */
function isKubernetes(doc) {
    const group = apiGroup(doc);
    if (group === undefined || FILE_ONLY_GROUP.test(group))
        return false;
    return !(group === '' && kubernetes_text(doc, 'kind') === 'Config');
}
/**
 * Containers, init and ephemeral containers of every workload kind, at whatever depth the kind nests
 * its pod template (CronJob's is three levels down), and image volumes (`volumes[].image.reference`). Every
 * `image` key of a built-in kind holds an image, so a value that does not parse is an error. Custom
 * resources (Argo Rollouts, Knative, Tekton, operators' specs) name what their controllers run in `image`
 * keys too, but their schemas are their own: a value that is no reference is theirs, not an error (a template
 * is still noted), except in the container lists of a pod template they embed.
 * A Flux `Kustomization` overrides its manifests' images with `spec.images`, as kustomize does.
 */
function locateKubernetes(ctx, out) {
    const group = apiGroup(ctx.root);
    // A Helm template's apiVersion may be an action (undefined here): it is taken for a built-in kind.
    const builtIn = group === undefined || group === '' || LEGACY_GROUPS.has(group) || group.endsWith('.k8s.io');
    walkImages(ctx, ctx.root, 'kubernetes', builtIn || 'templates', out);
    const kind = kubernetes_text(ctx.root, 'kind');
    if (group === 'kustomize.toolkit.fluxcd.io' && kind === 'Kustomization')
        kustomizeImages(ctx, get(ctx.root, 'spec')?.value, out);
    if (group === 'argoproj.io' && kind === 'Application')
        argoKustomizeImages(ctx, out);
}
/**
 * An Argo CD Application's `kustomize.images` (of `spec.source` and each of `spec.sources`), in
 * `kustomize edit set image` form: `name:tag`, `name@digest`, `name=newName:tag`. The reference is what
 * follows `=`; one with neither tag nor digest only renames, and the manifests' tag stands.
 */
function argoKustomizeImages(ctx, out) {
    const spec = get(ctx.root, 'spec')?.value;
    for (const source of [get(spec, 'source')?.value, ...items(get(spec, 'sources')?.value)]) {
        for (const node of items(get(get(source, 'kustomize')?.value, 'images')?.value)) {
            const value = isScalar(node) && typeof node.value === 'string' ? node.value : '';
            const found = scalarReference(ctx, node, 'kubernetes', true, value.slice(0, value.indexOf('=') + 1));
            if (found && (found.ref.tag !== undefined || found.ref.digest))
                out.push(found);
        }
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/skaffold.js


/** A skaffold config: `apiVersion: skaffold/v...` (`kind: Config`), one per document. */
function isSkaffold(doc) {
    const node = get(doc, 'apiVersion')?.value;
    return isScalar(node) && typeof node.value === 'string' && node.value.startsWith('skaffold/');
}
/** The config itself and each of its profiles: each may hold `build`, `verify` and `customActions`. */
function sections(root) {
    return [root, ...items(get(root, 'profiles')?.value)];
}
/** The images this config builds (`build.artifacts[].image`), which it substitutes wherever it runs them. */
function artifacts(root) {
    const names = new Set();
    for (const section of sections(root))
        for (const artifact of items(get(get(section, 'build')?.value, 'artifacts')?.value)) {
            const image = get(artifact, 'image')?.value;
            if (isScalar(image) && typeof image.value === 'string')
                names.add(image.value);
        }
    return names;
}
/**
 * The images skaffold runs without building them: `verify[].container.image`,
 * `customActions[].containers[].image`, and Helm values it passes as written (`helm.releases[].overrides`
 * under `deploy` or `manifests`). `build.artifacts` names what skaffold builds (an output, not a deployed
 * reference), and `manifests` and `deploy` otherwise name files and charts, which are read on their own;
 * a verify or action container that names an artifact runs what was built.
 */
function locateSkaffold(ctx, out) {
    const built = artifacts(ctx.root);
    const containers = [];
    for (const section of sections(ctx.root)) {
        for (const check of items(get(section, 'verify')?.value))
            containers.push(get(check, 'container')?.value);
        for (const action of items(get(section, 'customActions')?.value))
            containers.push(...items(get(action, 'containers')?.value));
        for (const stage of ['deploy', 'manifests'])
            for (const release of items(get(get(get(section, stage)?.value, 'helm')?.value, 'releases')?.value))
                walkImages(ctx, get(release, 'overrides')?.value, 'skaffold', false, out);
    }
    for (const container of containers) {
        const image = get(container, 'image')?.value;
        if (isScalar(image) && typeof image.value === 'string' && built.has(image.value))
            continue;
        const found = scalarReference(ctx, image, 'skaffold', true);
        if (found)
            out.push(found);
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/locators/workflow.js

function isWorkflow(file) {
    return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
}
/** `container` and each of `services`: an image string, or a map with `image`. */
function containerImage(ctx, node, out) {
    const found = scalarReference(ctx, isMap(node) ? get(node, 'image')?.value : node, 'workflow', true);
    if (found)
        out.push(found);
}
/** GitHub Actions: `jobs.*.container`, `jobs.*.services.*`, and `uses: docker://image` steps. */
function locateWorkflow(ctx, out) {
    for (const job of pairs(get(ctx.root, 'jobs')?.value)) {
        const container = get(job.value, 'container');
        if (container)
            containerImage(ctx, container.value, out);
        for (const service of pairs(get(job.value, 'services')?.value))
            containerImage(ctx, service.value, out);
        for (const step of items(get(job.value, 'steps')?.value)) {
            const found = scalarReference(ctx, get(step, 'uses')?.value, 'workflow', true, 'docker://');
            if (found)
                out.push(found);
        }
    }
}

;// CONCATENATED MODULE: ./lib/deployfiles/yaml-resolve.js



/*
 * A `yaml` package document as the tools that deploy it read it (kubectl, helm, docker compose all
 * resolve aliases and YAML 1.1 merge keys): an alias becomes a copy of the node it names, and a map
 * with `<<` gets the merged pairs it lacks. Copies keep the offsets of the text they were copied from,
 * which is where pin writes, and record the aliases they came through, which is where they are used.
 */
/** Alias expansion copies what it names: past this many copied nodes the file is an alias bomb, however few its aliases. */
const MAX_COPIED = 100_000;
const range = (r) => [r?.[0] ?? 0, r?.[1] ?? 0];
const startOf = (node) => (node && typeof node === 'object' && 'range' in node ? range(node.range)[0] : 0);
/** `<<` written plain; with `merge: true` the yaml package resolves it to a symbol. */
function yaml_resolve_isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key) || (key.type && key.type !== 'PLAIN'))
        return false;
    return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}
/** Each alias's node: the last node anchored with its name before it, in document order, as YAML defines. */
function anchorsOf(doc) {
    const anchors = new Map();
    const named = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node))
                anchors.set(node, named.get(node.source));
            else if (node.anchor)
                named.set(node.anchor, node);
        },
    });
    return anchors;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
class Resolver {
    text;
    anchors;
    json;
    copied = 0;
    /** Anchored nodes being expanded: an alias to one of them would never end. */
    open = new Set();
    constructor(text, anchors, json) {
        this.text = text;
        this.anchors = anchors;
        this.json = json;
    }
    node(node, via, depth) {
        if (via.length && ++this.copied > MAX_COPIED)
            throw new LocatedError(via[0].offset, `YAML aliases here expand to more than ${MAX_COPIED} nodes, as in an alias bomb; expected a deployment file`);
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node, via, depth, 'alias');
        if ((0,dist/* isScalar */.jn)(node)) {
            const t = node.type;
            const type = t === 'PLAIN' || t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE' ? t : 'BLOCK';
            // `!!str` and the other core tags resolve to the value every reader gets; `!` alone means a string.
            const tag = node.tag && node.tag !== '!' && !node.tag.startsWith('tag:yaml.org,2002:') ? node.tag : undefined;
            return new ScalarNode(node.value, type, range(node.range), via, tag);
        }
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            return null;
        if (depth >= MAX_DEPTH)
            throw new LocatedError(startOf(node), depthMessage);
        if ((0,dist/* isMap */.jh)(node))
            return this.map(node, via, depth + 1);
        return new SeqNode(node.items.map((item) => this.node(item, via, depth + 1)), range(node.range), Boolean(node.flow), via);
    }
    alias(node, via, depth, kind) {
        const target = this.anchors.get(node);
        const at = startOf(node);
        if (target === undefined)
            throw new LocatedError(at, `alias *${node.source} names no anchor before it`);
        if (this.open.has(target))
            throw new LocatedError(at, `alias *${node.source} is inside the node it names, so it never ends; expected a deployment file`);
        this.open.add(target);
        try {
            return this.node(target, [...via, { kind, offset: at }], depth);
        }
        finally {
            this.open.delete(target);
        }
    }
    /** The maps a merge key's value names: one map, an alias to one, or a list of them. */
    mergeSources(value, via, depth) {
        const list = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        return list.map((item) => {
            const source = (0,dist/* isAlias */.Vj)(item) ? this.alias(item, via, depth, 'merge') : this.node(item, via, depth);
            if (!(source instanceof MapNode))
                throw new LocatedError(startOf(item), 'a merge key (<<) takes a map, an alias of one or a list of them; expected a deployment file');
            return source;
        });
    }
    map(node, via, depth) {
        const own = [];
        const merged = [];
        let tail;
        const seen = new Map();
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            if (!this.json && yaml_resolve_isMergeKey(pair.key)) {
                merged.push(...this.mergeSources(pair.value, via, depth));
                tail = Math.max(tail ?? 0, range(pair.value?.range)[1]);
                continue;
            }
            const key = this.node(pair.key, via, depth);
            if (this.json && key instanceof ScalarNode)
                this.unique(seen, key);
            const value = this.node(pair.value, via, depth);
            own.push(new PairNode(key, value));
            tail = Math.max(tail ?? 0, (value ?? key)?.range[1] ?? 0);
        }
        if (!merged.length)
            return new MapNode(own, range(node.range), Boolean(node.flow), via);
        // Keys the map writes win over merged ones; among merged maps the earlier wins (YAML 1.1 merge, as the deployers read it).
        const items = [...own];
        const has = new Set(own.map((p) => (p.key instanceof ScalarNode ? p.key.value : p)));
        for (const source of merged) {
            for (const p of source.items) {
                const k = p.key instanceof ScalarNode ? p.key.value : p;
                if (has.has(k))
                    continue;
                has.add(k);
                items.push(p);
            }
        }
        return new MapNode(items, range(node.range), Boolean(node.flow), via, tail);
    }
    /** JSON readers disagree on a repeated key (most take the last): refused, so no reader's choice can hide an image. */
    unique(seen, key) {
        const first = seen.get(key.value);
        if (first !== undefined) {
            throw new LocatedError(key.range[0], `key ${JSON.stringify(String(key.value))} appears twice in one object (first at line ${lineOf(this.text, first)}); readers differ on which counts (AWS, Terraform and JSON.parse take the last); keep one`);
        }
        seen.set(key.value, key.range[0]);
    }
}
/** The document's root in the locators' model, aliases and merge keys resolved. */
function fromYaml(doc, text, json, anchors = anchorsOf(doc)) {
    return new Resolver(text, anchors, json).node(doc.contents, [], 0);
}

;// CONCATENATED MODULE: ./lib/deployfiles/yaml-file.js














/** JSON.parse's "at position N" (Node 20) or "(line L column C)" (Node 22+), as an offset into `text`. */
function jsonErrorOffset(text, message) {
    const pos = /position (\d+)/.exec(message);
    if (pos)
        return Number(pos[1]);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (!lc)
        return 0;
    let offset = 0;
    for (let line = 1; line < Number(lc[1]); line++)
        offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lc[2]) - 1;
}
/** Deployment files use a handful of aliases (shared env blocks); the billion-laughs bomb needs about 80. */
const MAX_ALIASES = 50;
/** An upper bound on a file's aliases: every `*name` after a space, `[`, `,`, `{` or `:` counts, quoted or not. */
function aliasLike(text) {
    return text.includes('*') ? (text.match(/(?:^|[\s[,{:])\*[^\s,\]}]+/g)?.length ?? 0) : 0;
}
/** The `yaml` package's parse: every YAML there is, and the error messages for what is not YAML. */
function parseYaml(text, json, templateBranches = false) {
    // JSON allows repeated keys here so that the resolver can name the key; YAML does not, except in a Helm
    // template read with both branches of each `if`, where the same key is written once per branch.
    let aliases = 0;
    return (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, uniqueKeys: !json && !templateBranches, merge: !json }).map((doc) => {
        const error = doc.errors[0];
        if (error) {
            // The yaml package reports its own stack overflow as an error of the document.
            const message = /call stack/i.test(error.message) ? depthMessage : `not valid YAML: ${error.message.split('\n')[0]}`;
            throw new LocatedError(error.pos[0], message);
        }
        const anchors = anchorsOf(doc);
        // An alias bomb expands to billions of nodes in any tool that resolves it (kubectl, helm): refuse it here.
        for (const alias of anchors.keys()) {
            if (++aliases > MAX_ALIASES)
                throw new LocatedError(alias.range?.[0] ?? 0, `more than ${MAX_ALIASES} YAML aliases (*name), as in an alias bomb; expected a deployment file`);
        }
        return fromYaml(doc, text, json, anchors);
    });
}
/** JSON's nesting, measured before any recursive reader sees it: the first bracket past MAX_DEPTH is the problem. */
function checkJsonDepth(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            for (i++; i < text.length && text.charCodeAt(i) !== 34; i++)
                if (text.charCodeAt(i) === 92)
                    i++;
        }
        else if (c === 91 || c === 123) {
            if (++depth > MAX_DEPTH)
                throw new LocatedError(i, depthMessage);
        }
        else if (c === 93 || c === 125)
            depth--;
    }
}
/** Which locator a document gets: by file name first, then by what the document holds. */
function locateDocument(file, ctx, out) {
    const root = ctx.root;
    if (isKustomization(file))
        return locateKustomize(ctx, out);
    if (isWorkflow(file))
        return locateWorkflow(ctx, out);
    if (isCompose(file, root))
        return locateCompose(ctx, out);
    if (isCloudBuild(file, root))
        return locateCloudBuild(ctx, out);
    if (isSkaffold(root))
        return locateSkaffold(ctx, out);
    if (apiGroup(root) === 'kustomize.config.k8s.io')
        return locateKustomize(ctx, out);
    if (isKubernetes(root))
        return locateKubernetes(ctx, out);
    if (ctx.json && isEcsTaskDefinition(root))
        return locateEcs(ctx, out);
    walkImages(ctx, root, ctx.json ? 'json' : 'yaml', false, out);
}
/**
 * Image references in a YAML (multi-document) or JSON file. The `yaml` package's node ranges are offsets
 * into `text`, which is what lets the rewriter change only the characters of each reference.
 */
function locateYamlFile(file, text, json) {
    if (json) {
        checkJsonDepth(text);
        try {
            JSON.parse(text);
        }
        catch (e) {
            const message = e.message;
            throw new LocatedError(jsonErrorOffset(text, message), `not valid JSON: ${message}`);
        }
    }
    const found = [];
    const templated = [];
    // The fast parser keeps aliases as they are; a file with many goes to the full parser, which counts them.
    const parse = (source, templateBranches = false) => (json || aliasLike(source) > MAX_ALIASES ? undefined : fastParseYaml(source)) ?? parseYaml(source, json, templateBranches);
    const template = !json && isHelmTemplate(file, text) ? templateDocuments(text, (source) => parse(source, true)) : undefined;
    // Helm applies every document a chart renders to the cluster: each is a Kubernetes object.
    for (const root of template?.rendered ?? [])
        locateKubernetes({ text, root, json, templated }, found);
    for (const root of template?.written ?? parse(text))
        locateDocument(file, { text, root, json, templated }, found);
    if (!template)
        return { found, templated };
    // A template that is YAML as written is read twice: each place is reported once.
    const places = new Set();
    return { found, templated: templated.filter((t) => !places.has(t.offset) && places.add(t.offset)) };
}

;// CONCATENATED MODULE: ./lib/deployfiles/scan.js








function kindOf(file) {
    if (isDockerfile(file))
        return 'dockerfile';
    if (/\.ya?ml$/i.test(file) || isKustomization(file))
        return 'yaml';
    if (/\.json$/i.test(file))
        return 'json';
    return undefined;
}
function locate(kind, file, text) {
    return kind === 'dockerfile' ? { found: locateDockerfile(text), templated: [] } : locateYamlFile(file, text, kind === 'json');
}
/** One file's references, or the one problem that stops pinship from trusting any of them. */
function scanText(file, path, text) {
    const scan = { file, path, text, sites: [], problems: [], templated: [] };
    const kind = kindOf(file);
    if (!kind) {
        scan.problems.push({
            file,
            line: 1,
            column: 1,
            message: 'not a YAML (.yaml, .yml), JSON (.json) or Dockerfile (Dockerfile, *.Dockerfile, Containerfile) file; narrow the files patterns',
        });
        return scan;
    }
    const lines = new LineIndex(text);
    try {
        const seen = new Set();
        const located = locate(kind, file, text);
        for (const t of located.templated) {
            scan.templated.push({
                file,
                ...lines.position(t.offset),
                message: `'${t.value}' is a template, not an image reference: pinship neither pins nor verifies it`,
            });
        }
        for (const f of located.found.sort((a, b) => a.offset - b.offset)) {
            // One ARG default named by two FROMs is one place in the file; a YAML anchor's text is one more use per alias.
            const key = [f.offset, ...f.via.map((v) => v.offset)].join(' ');
            if (seen.has(key))
                continue;
            seen.add(key);
            const site = { file, ...lines.position(f.offset), format: f.format, written: f.written, ref: f.ref, target: f.target };
            if (f.via.length)
                site.uses = f.via.map((v) => ({ kind: v.kind, ...lines.position(v.offset) }));
            scan.sites.push(site);
        }
    }
    catch (e) {
        // Past the depth limits a recursive reader could still run out of stack: the file is a problem, not a crash.
        const located = e instanceof RangeError && /call stack/i.test(e.message) ? new LocatedError(0, depthMessage) : e;
        if (!(located instanceof LocatedError))
            throw e;
        scan.sites = [];
        scan.templated = [];
        scan.problems.push({ file, ...lines.position(located.offset), message: located.message });
    }
    return scan;
}
// One buffer for every file, grown as needed: scanFile decodes each file into a string before the next is read.
let shared = Buffer.allocUnsafe(1 << 16);
/**
 * The file's bytes (valid until the next call), or why it is too large to read. Reads to the end without
 * an fstat, since this runs per file (an fstat builds a Stats object with four Dates each time); only a
 * file past the limit is measured, for the message.
 */
function readBounded(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let n = 0;
        for (;;) {
            if (n === shared.length) {
                if (n > MAX_FILE_BYTES)
                    return sizeProblem((0,external_node_fs_.fstatSync)(fd).size) ?? sizeProblem(n);
                const grown = Buffer.allocUnsafe(Math.min(n * 2, MAX_FILE_BYTES + 1));
                shared.copy(grown, 0, 0, n);
                shared = grown;
            }
            const got = (0,external_node_fs_.readSync)(fd, shared, n, shared.length - n, null);
            if (!got)
                return shared.subarray(0, n);
            n += got;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Synchronous reads: nothing else runs meanwhile, and per-file promise overhead dominated a 10,000-file scan. */
function scanFile(file, path) {
    const bytes = readBounded(path);
    const decoded = Buffer.isBuffer(bytes) ? decodeText(bytes) : bytes;
    if ('problem' in decoded)
        return { file, path, text: '', sites: [], problems: [{ file, line: 1, column: 1, message: decoded.problem }], templated: [] };
    return scanText(file, path, decoded.text);
}
/** Every file `patterns` select in the workspace, with the references in it. Reads, never writes. */
async function scanWorkspace(workspace, patterns) {
    const files = await (0,find_files/* findFiles */.l)(workspace, patterns);
    if (!files.length)
        throw new Error(`Input 'files': no file in the workspace matches ${patterns.map((p) => `'${p}'`).join(', ')}`);
    return files.map((f) => scanFile(f.file, f.path));
}


/***/ }),

/***/ 23595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66852);




async function checkedLink(root, path, file, scope) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => undefined);
    if (!real)
        throw new Error(`Input '${scope.input}': '${file}' is a broken symbolic link`);
    if (!(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(root, real))
        throw new Error(`Input '${scope.input}': '${file}' is a symbolic link to ${real}, outside ${scope.place}. Expected files inside ${scope.place}.`);
    // The walk never enters .git; a link must not lead there either (its config can hold a remote's credentials).
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git'))
        throw new Error(`Input '${scope.input}': '${file}' is a symbolic link into git's own files (${real}). Expected files of ${scope.place} outside .git.`);
    return real;
}
/**
 * The files `patterns` select inside `workspace` (pin and verify's; merge's digest files may also come
 * from RUNNER_TEMP, named by `scope`), sorted. Directories no pattern reaches are not read,
 * `.git` never is. A selected path (or a directory a pattern descends into) that is a symlink leading
 * out of the workspace or into a `.git` is an error, not followed.
 */
async function findFiles(workspace, lines, scope = { input: 'files', place: 'the workspace' }) {
    const patterns = lines.map((l) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePattern */ .EY)(l, scope));
    const include = patterns.filter((p) => !p.exclude);
    const exclude = patterns.filter((p) => p.exclude);
    if (!include.length)
        throw new Error(`Invalid input '${scope.input}': only exclusions ('!pattern'). Expected at least one pattern of files to read`);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const out = [];
    // Real paths already taken: a symlink to a selected file or directory must not be read (or rewritten) twice.
    const seen = new Set([root]);
    const walk = async (dir) => {
        // Synchronous, as the scan's reads are: a thread-pool round trip per directory was most of the walk.
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...dir), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (entry.name === '.git')
                continue;
            const segments = [...dir, entry.name];
            const wanted = (ps) => ps.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matches */ .cK)(p, segments));
            const below = include.some((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .mayMatchBelow */ .qM)(p, segments)) && !wanted(exclude);
            const selected = wanted(include) && !wanted(exclude);
            if (!selected && !below)
                continue;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...segments);
            const real = entry.isSymbolicLink() ? await checkedLink(root, path, segments.join('/'), scope) : path;
            if (seen.has(real))
                continue;
            const isDir = entry.isSymbolicLink() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real)).isDirectory() : entry.isDirectory();
            if (isDir && below) {
                seen.add(real);
                await walk(segments);
            }
            else if (!isDir && selected) {
                seen.add(real);
                out.push({ file: segments.join('/'), path });
            }
        }
    };
    await walk([]);
    return out;
}


/***/ }),

/***/ 66852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   qM: () => (/* binding */ mayMatchBelow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** Whether `path` is `root` or lies below it (paths as given: resolve symlinks first where they matter). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
function expandBraces(p) {
    const m = /\{([^{}]*)\}/.exec(p);
    if (!m)
        return [p];
    return m[1].split(',').flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Parses one pattern line; one that leaves the root (absolute, or `..` above it) is an error. */
function parsePattern(line, scope = { input: 'files', place: 'the workspace' }) {
    const exclude = line.startsWith('!');
    const body = (exclude ? line.slice(1) : line).replace(/^\.\//, '');
    const alternatives = expandBraces(body).map((alt) => {
        if (alt.startsWith('/') || /^[A-Za-z]:[\\/]/.test(alt))
            throw new Error(`Invalid input '${scope.input}': '${line}' is an absolute path. Expected a pattern relative to ${scope.place}.`);
        const segments = [];
        for (const s of alt.split('/')) {
            if (s === '' || s === '.')
                continue;
            if (s === '..') {
                if (!segments.length || segments[segments.length - 1] === '**')
                    throw new Error(`Invalid input '${scope.input}': '${line}' escapes ${scope.place}. Expected a pattern inside it.`);
                segments.pop();
            }
            else
                segments.push(s);
        }
        return segments.map((s) => (s === '**' ? '**' : segmentRegExp(s)));
    });
    return { source: line, exclude, alternatives };
}
/**
 * Whether `path` (segments) matches; with `prefix`, whether something below the directory `path`
 * could match, so the walk skips directories no pattern reaches.
 */
function matchSegments(pattern, path, prefix, pi = 0, si = 0) {
    if (si === path.length)
        return prefix ? pi < pattern.length : pattern.slice(pi).every((p) => p === '**');
    if (pi === pattern.length)
        return false;
    const p = pattern[pi];
    if (p === '**')
        return matchSegments(pattern, path, prefix, pi + 1, si) || matchSegments(pattern, path, prefix, pi, si + 1);
    return p.test(path[si]) && matchSegments(pattern, path, prefix, pi + 1, si + 1);
}
function matches(pattern, path) {
    return pattern.alternatives.some((alt) => matchSegments(alt, path, false));
}
function mayMatchBelow(pattern, dir) {
    return pattern.alternatives.some((alt) => matchSegments(alt, dir, true));
}


/***/ })

};
;