"use strict";
exports.id = 256;
exports.ids = [256];
exports.modules = {

/***/ 3256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: ./lib/deployfiles/report.js
var report = __webpack_require__(9930);
// EXTERNAL MODULE: ./lib/settings/registry-client.js + 6 modules
var registry_client = __webpack_require__(409);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/util/error-message.js
var error_message = __webpack_require__(6228);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(8926);
// EXTERNAL MODULE: ./lib/util/pool.js
var pool = __webpack_require__(9860);
// EXTERNAL MODULE: ./lib/deployfiles/allow.js
var allow = __webpack_require__(9399);
// EXTERNAL MODULE: ./lib/deployfiles/scan.js + 22 modules
var scan = __webpack_require__(7190);
;// CONCATENATED MODULE: ./lib/commands/verify/plan.js



function siteFinding(site, kind, level, message) {
    return { kind, level, file: site.file, line: site.line, column: site.column, reference: site.written, message: message + (0,report/* usesText */.Sn)(site) };
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
        const outside = opts.allowedRegistries.length > 0 && !(0,allow/* registryAllowed */.E)(opts.allowedRegistries, site.ref);
        if (outside) {
            findings.push(siteFinding(site, 'registry', 'error', `${site.written} is outside allowed-registries (${opts.allowedRegistries.join(', ')})`));
        }
        if (!site.ref.digest) {
            findings.push(siteFinding(site, 'unpinned', 'error', `${site.written} is not pinned to a digest; run pinship pin or write ${site.written}@sha256:...`));
            continue;
        }
        // Never asked about: a file in a pull request must not make the runner call (and send credentials to) a host of its choosing.
        if (outside)
            continue;
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
            if ((0,errors/* isNotFound */.c4)(e))
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
        return at('unreachable', 'error', `cannot check ${ref.familiar()}: ${(0,error_message/* errorMessage */.g)(e)}`);
    }
}
/** `failed`: the checks whose digest is missing or could not be asked about; nothing more is asked of them. */
async function runChecks(client, checks, drift, concurrency = 8) {
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)(checks, concurrency, (c) => checkOne(client, c, drift, () => requests++));
    const failed = new Set(checks.filter((_, i) => results[i].some((f) => f.kind === 'missing' || f.kind === 'unreachable')));
    return { findings: results.flat(), requests, failed };
}

// EXTERNAL MODULE: ./lib/settings/deployfiles.js
var deployfiles = __webpack_require__(6815);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/settings/registry.js
var registry = __webpack_require__(4798);
// EXTERNAL MODULE: ./lib/settings/signing.js + 1 modules
var signing = __webpack_require__(4893);
;// CONCATENATED MODULE: ./lib/commands/verify/settings.js




const DRIFT = ['error', 'warn', 'ignore'];
const TEMPLATE_POLICIES = ['notice', 'error'];
async function readVerifySettings(rt) {
    const files = (0,deployfiles/* readDeployFilesSettings */.i)(rt);
    const allowedRegistries = (0,inputs/* linesInput */.WO)(rt, 'allowed-registries');
    for (const p of allowedRegistries) {
        if (!/^(?:[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?(?:\/[a-z0-9._/-]+)?$/.test(p)) {
            throw new inputs/* InputError */.dz('allowed-registries', p, 'Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.');
        }
    }
    const registryCheck = (0,inputs/* boolInput */.Hm)(rt, 'registry-check', true);
    const signatures = (0,signing/* readSignatureCheck */.H)(rt, 'verify');
    if (!registryCheck && (signatures.requireSignature || signatures.requireProvenance)) {
        throw new inputs/* InputError */.dz('registry-check', 'false', 'Signatures and provenance are read from the registry: set registry-check: true, or drop require-signature and require-provenance.');
    }
    return {
        ...files,
        allowedRegistries,
        registryCheck,
        templates: (0,inputs/* choiceInput */.ij)(rt, 'templates', TEMPLATE_POLICIES, 'notice'),
        drift: (0,inputs/* choiceInput */.ij)(rt, 'drift', DRIFT, 'error'),
        signatures,
        // username/password apply to the first allowed registry.
        registry: await (0,registry/* readRegistrySettings */.V)(rt, allowedRegistries[0]?.split('/')[0]),
    };
}

// EXTERNAL MODULE: ./lib/signing/verify.js
var verify = __webpack_require__(9670);
;// CONCATENATED MODULE: ./lib/commands/verify/signatures.js




/**
 * Every pinned digest must carry a cosign signature that `public-key` verifies (and, with
 * require-provenance, SLSA provenance), in the repository it is pinned in. A signature belongs to
 * the digest, whatever tag the files write beside it: one check per digest and repository, reported
 * at every place that pins it. Checks already reported missing or unreachable (`failed`) are not
 * asked again: one finding per cause.
 */
async function checkSignatures(client, checks, failed, want, concurrency = 8) {
    const level = want.requireSignature ? 'error' : 'warning';
    const subjects = new Map();
    for (const check of checks) {
        if (failed.has(check))
            continue;
        const digest = check.ref.digest;
        const key = `${check.ref.repository}@${digest}`;
        const subject = subjects.get(key) ?? { repository: check.ref.repository, digest, sites: [] };
        subject.sites.push(...check.sites);
        subjects.set(key, subject);
    }
    let requests = 0;
    const results = await (0,pool/* mapLimit */.s)([...subjects.values()], concurrency, async ({ repository, digest, sites }) => {
        const name = `${repository.familiar()}@${digest}`;
        const at = (kind, message, lvl = level) => sites.map((s) => siteFinding(s, kind, kind === 'unreachable' ? 'error' : lvl, message));
        requests++;
        try {
            const out = [];
            if (want.publicKey) {
                const verdict = await (0,verify/* checkSignature */.jC)(client, repository, digest, want.publicKey);
                if (!verdict.ok)
                    out.push(...at('unsigned', `${name} is not signed by public-key: ${verdict.reason}`));
            }
            if (want.requireProvenance) {
                requests++;
                const verdict = await (0,verify/* checkProvenance */.ch)(client, repository, digest, want.publicKey);
                if (!verdict.ok)
                    out.push(...at('no-provenance', `${name} has no ${want.publicKey ? 'signed ' : ''}provenance: ${verdict.reason}`, 'error'));
            }
            return out;
        }
        catch (e) {
            return at('unreachable', `cannot check the signature of ${name}: ${(0,error_message/* errorMessage */.g)(e)}`);
        }
    });
    return { findings: results.flat(), requests };
}

;// CONCATENATED MODULE: ./lib/commands/verify/command.js






function summary(findings, references, templated, checked) {
    const rows = findings.map((f) => `| ${f.level} | \`${(0,report/* cell */.Hn)(f.file)}:${f.line}:${f.column}\` | ${f.reference ? `\`${(0,report/* cell */.Hn)(f.reference)}\`` : ''} | ${(0,report/* cell */.Hn)(f.message)} |`);
    return [
        '### pinship verify',
        '',
        findings.length ? `${findings.length} findings in ${references} references` : `${references} references, all pinned${checked ? ' and present' : ''}`,
        '',
        ...(templated ? [`${templated} image values are templates (see the notices) and were not verified`, ''] : []),
        ...(rows.length ? ['| level | where | reference | finding |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ].join('\n');
}
/** With `templates: error`, each templated image position is a finding; how many were added. */
function templateFindings(scans, findings) {
    const templated = scans.flatMap((scan) => scan.templated);
    for (const t of templated)
        findings.push({
            kind: 'templated',
            level: 'error',
            file: t.file,
            line: t.line,
            column: t.column,
            reference: '',
            message: `${t.message} (templates: error)`,
        });
    return templated.length;
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
    if (plan.checks.length && s.registryCheck) {
        const client = (0,registry_client/* registryClient */.R)(s.registry, rt);
        try {
            const checked = await runChecks(client, plan.checks, s.drift);
            findings.push(...checked.findings);
            requests = checked.requests;
            if (s.signatures.publicKey || s.signatures.requireProvenance) {
                const signed = await checkSignatures(client, plan.checks, checked.failed, s.signatures);
                findings.push(...signed.findings);
                requests += signed.requests;
            }
        }
        finally {
            client.close();
        }
    }
    durations.checkMs = Date.now() - started - durations.scanMs;
    if (s.templates === 'error')
        templateFindings(plan.scans, findings);
    findings.sort(order);
    for (const f of findings)
        rt.annotate(f.level, f.message, { file: f.file, startLine: f.line, startColumn: f.column });
    const templated = s.templates === 'error' ? 0 : (0,report/* annotateTemplated */.DP)(rt, plan.scans);
    const errors = findings.filter((f) => f.level === 'error').length;
    return {
        outputs: { metadata: JSON.stringify({ references: plan.references, requests, findings, durations }) },
        summary: summary(findings, plan.references, templated, s.registryCheck),
        ...(errors ? { failure: `verify: ${errors} finding(s) in the deployment files (input 'files'; see the annotations)` } : {}),
    };
}


/***/ }),

/***/ 9399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ registryAllowed),
/* harmony export */   e: () => (/* binding */ allowList)
/* harmony export */ });
function allowList(patterns) {
    const res = patterns.map((p) => new RegExp(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`));
    if (!res.length)
        return () => false;
    return (ref, written) => {
        // Any spelling the user might have in mind: as written, canonical, familiar, with or without the tag.
        const names = [written, ref.toString(), ref.familiar(), ref.repository.toString(), ref.repository.familiar()];
        return res.some((re) => names.some((n) => re.test(n)));
    };
}
/**
 * `allowed-registries`: a registry host (`ghcr.io`, `127.0.0.1:5000`) or a repository prefix
 * (`ghcr.io/acme`); `docker.io` covers Docker Hub short names.
 */
function registryAllowed(prefixes, ref) {
    const repo = ref.repository.toString().toLowerCase();
    return prefixes.some((p) => {
        const prefix = p
            .toLowerCase()
            .replace(/\/+$/, '')
            .replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
        return repo === prefix || repo.startsWith(`${prefix}/`);
    });
}


/***/ }),

/***/ 4893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ readSignatureCheck),
  j: () => (/* binding */ readSigningKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
;// CONCATENATED MODULE: ./lib/signing/keys.js


const ENCRYPTED = /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]*?)-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/;
/**
 * Reads `signing-key`: cosign's encrypted key file (scrypt-derived key, NaCl secretbox around a
 * PKCS#8 DER key, as `cosign generate-key-pair` writes it) or a PKCS#8/SEC1 EC private key PEM.
 * Only ECDSA P-256 is accepted: that is what cosign verifies with SHA-256.
 */
function parseSigningKey(text, password) {
    const encrypted = ENCRYPTED.exec(text);
    const privateKey = encrypted ? decryptCosignKey(encrypted[1], password) : pemKey(text);
    const curve = privateKey.asymmetricKeyDetails?.namedCurve;
    if (privateKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
        throw new Error(`input 'signing-key' must be an ECDSA P-256 key, got ${privateKey.asymmetricKeyType ?? 'an unknown type'}${curve ? ` on ${curve}` : ''}`);
    }
    return { privateKey, publicKey: (0,external_node_crypto_.createPublicKey)(privateKey) };
}
function pemKey(text) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'signing-key' is neither a cosign key file nor a PEM private key`);
    }
}
function decryptCosignKey(body, password) {
    let env;
    try {
        env = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new Error(`input 'signing-key' is a cosign key file whose body is not base64 JSON`);
    }
    if (env.kdf?.name !== 'scrypt' || env.cipher?.name !== 'nacl/secretbox') {
        throw new Error(`input 'signing-key' uses ${env.kdf?.name}/${env.cipher?.name}, expected scrypt/nacl/secretbox`);
    }
    const { N, r, p } = env.kdf.params;
    // scrypt needs 128·N·r bytes: cosign's N=65536, r=8 is 64 MiB, above node's 32 MiB default cap.
    const key = (0,external_node_crypto_.scryptSync)(password, Buffer.from(env.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    const plain = nacl_fast.secretbox.open(Buffer.from(env.ciphertext, 'base64'), Buffer.from(env.cipher.nonce, 'base64'), key);
    key.fill(0);
    if (!plain)
        throw new Error(`input 'signing-key-password' does not decrypt input 'signing-key' (wrong password or damaged key)`);
    const der = Buffer.from(plain);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    finally {
        der.fill(0);
        plain.fill(0);
    }
}
/** Reads `public-key`: a PEM public key (cosign.pub), or a private key whose public half is meant. */
function parsePublicKey(text) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: text, format: 'pem' });
    }
    catch {
        throw new Error(`input 'public-key' is not a PEM public key (expected the contents of cosign.pub)`);
    }
}

// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
;// CONCATENATED MODULE: ./lib/settings/signing.js


/** Masks a secret whole and line by line: a multi-line value is logged a line at a time. */
function mask(rt, value) {
    rt.setSecret(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length > 8)
            rt.setSecret(line.trim());
}
/** `signing-key` (+ `signing-key-password`), masked at once; undefined when signing was not asked for. */
function readSigningKey(rt) {
    const text = rt.input('signing-key');
    const password = rt.input('signing-key-password');
    if (password)
        mask(rt, password);
    if (!text) {
        if (password)
            throw new Error(`input 'signing-key-password' is set but input 'signing-key' is empty`);
        return undefined;
    }
    mask(rt, text);
    return parseSigningKey(text, password);
}
/**
 * `public-key` and `require-signature`: requiring a signature without a key to check it is an input error.
 * Only verify checks provenance; promote leaves `require-provenance` unread, so a value given there is warned about.
 */
function readSignatureCheck(rt, command) {
    const text = rt.input('public-key');
    const requireSignature = (0,inputs/* boolInput */.Hm)(rt, 'require-signature', false);
    if (requireSignature && !text)
        throw new Error(`input 'require-signature' is true but input 'public-key' is empty: there is no key to check signatures with`);
    return {
        publicKey: text ? parsePublicKey(text) : undefined,
        requireSignature,
        requireProvenance: command === 'verify' && (0,inputs/* boolInput */.Hm)(rt, 'require-provenance', false),
    };
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ IN_TOTO),
/* harmony export */   K_: () => (/* binding */ dsseEnvelope),
/* harmony export */   P6: () => (/* binding */ slsaStatement),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   ck: () => (/* binding */ SLSA_V1),
/* harmony export */   um: () => (/* binding */ DSSE)
/* harmony export */ });
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2445);

const IN_TOTO = 'application/vnd.in-toto+json';
const DSSE = 'application/vnd.dsse.envelope.v1+json';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/pinship/pinship/build/v1';
/** An in-toto v1 statement with a SLSA v1 provenance predicate for `subject`. */
function slsaStatement(name, subject, f) {
    const run = f.env.GITHUB_RUN_ID
        ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_REPOSITORY}/actions/runs/${f.env.GITHUB_RUN_ID}/attempts/${f.env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : undefined;
    const deps = [
        ...(f.source && f.revision ? [{ uri: `git+${f.source}`, digest: { gitCommit: f.revision } }] : []),
        ...f.baseImages.map((b) => ({ uri: b.uri, digest: { [b.digest.algorithm]: b.digest.hex } })),
    ];
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name, digest: { [subject.algorithm]: subject.hex } }],
        predicateType: SLSA_V1,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: { ...f.parameters, ...(f.env.GITHUB_WORKFLOW_REF ? { workflow: f.env.GITHUB_WORKFLOW_REF } : {}) },
                internalParameters: { builder: f.builder },
                resolvedDependencies: deps,
            },
            runDetails: {
                builder: {
                    id: f.env.GITHUB_WORKFLOW_REF ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_WORKFLOW_REF}` : 'pinship-cli',
                    version: { pinship: f.pinshipVersion },
                },
                metadata: { ...(run ? { invocationId: run } : {}), startedOn: new Date().toISOString() },
            },
        },
    };
    return Buffer.from(JSON.stringify(statement));
}
/** DSSE's pre-authentication encoding: what the envelope's signature covers. */
function pae(type, payload) {
    return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}
/** The statement in a signed DSSE envelope, as `cosign attest` stores it. */
function dsseEnvelope(statement, key) {
    const sig = (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .signBytes */ .b_)(key, pae(IN_TOTO, statement));
    return Buffer.from(JSON.stringify({ payloadType: IN_TOTO, payload: statement.toString('base64'), signatures: [{ keyid: '', sig }] }));
}


/***/ }),

/***/ 2445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Mn: () => (/* binding */ signatureManifest),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   j_: () => (/* binding */ COSIGN_TYPE),
/* harmony export */   kq: () => (/* binding */ signatureReferrer),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   s$: () => (/* binding */ SIGNATURE_ARTIFACT)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8926);




const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const COSIGN_TYPE = 'cosign container image signature';
/** The artifact type of cosign's OCI 1.1 signature referrer (cosign's ArtifactType("sig")). */
const SIGNATURE_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
/** cosign's tag for what it attaches to `digest`: sha256-<hex>.sig, .att, ... */
const cosignTag = (digest, suffix) => `${(0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .fallbackTag */ .fH)(digest)}${suffix}`;
/** The simple-signing payload cosign signs: the repository (no tag) and the manifest digest. */
function simpleSigningPayload(dockerReference, digest) {
    const payload = {
        critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest.toString() }, type: COSIGN_TYPE },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
function signBytes(key, data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(data).sign(key).toString('base64');
}
function verifyBytes(key, data, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256').update(data).verify(key, Buffer.from(signature, 'base64'));
    }
    catch {
        return false;
    }
}
function signatureLayer(payload, signature, mediaType = SIMPLE_SIGNING, annotations = {}) {
    const descriptor = {
        mediaType,
        size: payload.length,
        digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(payload).toString(),
        annotations: { [SIGNATURE_ANNOTATION]: signature, ...annotations },
    };
    return { descriptor, blob: { descriptor, origin: { kind: 'bytes', bytes: payload } } };
}
/**
 * cosign's signature manifest: an OCI manifest whose config lists the layers' digests as diff_ids
 * (what go-containerregistry writes for it) and whose layers each carry one signed payload.
 * `earlier` keeps layers of a signature manifest already there (cosign appends, it never replaces).
 */
function signatureManifest(layers, earlier = []) {
    const all = [...earlier.map((b) => ({ descriptor: b.descriptor, blob: b })), ...layers];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map((l) => l.descriptor.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciConfig, size: config.length, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(config).toString() };
    const manifest = { schemaVersion: 2, mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest, config: configDescriptor, layers: all.map((l) => l.descriptor) };
    return {
        bytes: Buffer.from(JSON.stringify(manifest)),
        blobs: [{ descriptor: configDescriptor, origin: { kind: 'bytes', bytes: config } }, ...all.map((l) => l.blob)],
    };
}
/**
 * A signature manifest in the OCI 1.1 form `cosign sign --registry-referrers-mode=oci-1-1` writes
 * (cosign's WriteSignaturesExperimentalOCI): the same config blob and layers as the .sig tag's
 * manifest, the config's media type replaced by the artifact type, the signed manifest as `subject`,
 * and the artifact type at the top as well (cosign 3.1.2 on; before, readers took it from the config).
 */
function signatureReferrer(signature, subject) {
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
        config: { ...signature.config, mediaType: SIGNATURE_ARTIFACT },
        layers: signature.layers,
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: SIGNATURE_ARTIFACT,
    };
    return Buffer.from(JSON.stringify(manifest));
}


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ch: () => (/* binding */ checkProvenance),
/* harmony export */   jC: () => (/* binding */ checkSignature)
/* harmony export */ });
/* unused harmony export SIGNATURE_LAYERS_MAX */
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _registry_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9127);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2445);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9656);





const PAYLOAD_MAX_BYTES = 1024 * 1024;
/** Referrers of one image looked at, at most: each costs a manifest GET, and the list comes from the registry. */
const REFERRERS_MAX = 32;
/**
 * Signature (or attestation) layers of one manifest read, at most: each is a blob GET of up to a
 * megabyte, and the count is the registry's to choose. cosign adds one per signing, so a real one holds a few.
 */
const SIGNATURE_LAYERS_MAX = 32;
const tooManyLayers = (name, count, what) => `${name} holds ${count} ${what} layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`;
/**
 * Whether `repo` holds a cosign signature of `digest` that `key` verifies and whose payload names
 * exactly that digest, in either form cosign writes: the sha256-<hex>.sig tag, or a referrer of the
 * digest with cosign's signature artifact type (its OCI 1.1 form, found through the referrers API or
 * the fallback tag, as cosign's own --experimental-oci11 finds it). The reason says what was found instead.
 */
async function checkSignature(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.sig');
    const tagged = await manifestIfAny(client, repo, tag);
    const findings = [];
    if (tagged) {
        const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    const referrers = await client.listReferrers(repo, digest, _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ARTIFACT */ .s$);
    for (const d of referrers.slice(0, REFERRERS_MAX)) {
        // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
        const manifest = await manifestIfAny(client, repo, d.digest);
        if (!manifest)
            continue;
        const verdict = await judge(client, repo, `referrer ${repo}@${d.digest}`, manifest, digest, key);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    if (!findings.length)
        return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
    const unread = referrers.length > REFERRERS_MAX ? `; ${referrers.length - REFERRERS_MAX} more signature referrers not read` : '';
    return { ok: false, reason: `no valid signature for the public key: ${findings.join('; ')}${unread}` };
}
const manifestIfAny = (client, repo, ref) => client.getManifest(repo, ref).catch((e) => {
    if ((0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(e))
        return undefined;
    throw e;
});
/** One signature manifest's verdict; `name` says where it was found. */
async function judge(client, repo, name, manifest, digest, key) {
    const layers = (manifest.json.layers ?? []).filter((l) => l.annotations?.[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB]);
    if (!layers.length)
        return { ok: false, reason: `${name} holds no layer with a ${_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB} annotation` };
    if (layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(name, layers.length, 'signature') };
    const found = [];
    for (const layer of layers) {
        const what = `signature payload ${repo}@${layer.digest}`;
        const payload = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
        if (!(0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, payload, layer.annotations[_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB])) {
            found.push('a signature the public key does not verify');
            continue;
        }
        const claim = parseJson(payload);
        if (claim.critical?.type !== _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_TYPE */ .j_ || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
            found.push(`a valid signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
            continue;
        }
        return { ok: true, signature: manifest.digest };
    }
    return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}
/** Whether the predicate type is SLSA provenance, any version. */
const isSlsa = (t) => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);
/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies and whose statement names the digest
 * counts; without, any form does: that, an in-toto referrer, or buildx's attestation manifest.
 */
async function checkProvenance(client, repo, digest, key) {
    const tag = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignTag */ .qv)(digest, '.att');
    const att = await manifestIfAny(client, repo, tag);
    const layers = att ? (att.json.layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
    if (key && layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(`${repo}:${tag}`, layers.length, 'provenance') };
    for (const layer of layers) {
        if (!key)
            return { ok: true, signature: att.digest };
        const bytes = await (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .CB)(await client.getBlob(repo, _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `attestation ${repo}@${layer.digest}`);
        const env = parseJson(bytes);
        const payload = Buffer.from(env.payload ?? '', 'base64');
        const covered = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .pae */ .Zg)(env.payloadType ?? '', payload);
        if (!(env.signatures ?? []).some((s) => (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .RV)(key, covered, s.sig ?? '')))
            continue;
        const statement = parseJson(payload);
        if (isSlsa(statement.predicateType) && (statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex))
            return { ok: true, signature: att.digest };
    }
    if (key)
        return {
            ok: false,
            reason: layers.length
                ? `${repo}:${tag} holds provenance the public key does not verify for this digest`
                : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}`,
        };
    const referrers = await client.listReferrers(repo, digest);
    const inToto = referrers.find((d) => d.artifactType === 'application/vnd.in-toto+json');
    if (inToto)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(inToto.digest) };
    const root = await client.getManifest(repo, digest);
    const buildx = 'manifests' in root.json && (root.json.manifests ?? []).find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    if (buildx)
        return { ok: true, signature: _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .Digest */ .np.parse(buildx.digest) };
    return { ok: false, reason: `no provenance: no cosign attestation (${tag}), in-toto referrer or buildx attestation manifest` };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return {};
    }
}


/***/ })

};
;