"use strict";
exports.id = 47;
exports.ids = [47];
exports.modules = {

/***/ 58926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Every manifest type pinship reads; order is preference only for servers that ignore q-values. */
const MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.DockerManifestList, MediaType.OciManifest, MediaType.DockerManifest].join(', ');
function isIndexType(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
function platformString(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The platform an image config names, if it names one. */
function configPlatform(config) {
    if (!config.os || !config.architecture)
        return undefined;
    return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}


/***/ }),

/***/ 53690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HA: () => (/* binding */ readSignatureCheck),
  $2: () => (/* binding */ readSigner)
});

// UNUSED EXPORTS: PUBLIC_GOOD_FULCIO, PUBLIC_GOOD_REKOR, readIdentityPolicy, readSigningKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/signing/identity.js
var identity = __webpack_require__(77245);
;// CONCATENATED MODULE: ./lib/signing/oidc.js
/**
 * The workflow's OIDC token from GitHub Actions' token endpoint: GET ACTIONS_ID_TOKEN_REQUEST_URL with
 * `audience=`, authorised by ACTIONS_ID_TOKEN_REQUEST_TOKEN, answered `{"value": "<JWT>"}`. The runner
 * sets both variables only for jobs granted `permissions: id-token: write`.
 */
async function githubOidcToken(requestUrl, requestToken, audience) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    let res;
    try {
        res = await fetch(url, { headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' } });
    }
    catch (e) {
        throw new Error(`cannot reach the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): ${e.message}`, { cause: e });
    }
    if (!res.ok)
        throw new Error(`the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) answered HTTP ${res.status}: does the job have permissions: id-token: write?`);
    let value;
    try {
        value = (await res.json()).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || !value)
        throw new Error('the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) answered without a token');
    return value;
}

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
const PUBLIC_GOOD_FULCIO = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';
/** `signing-key` or `keyless` (with `fulcio-url`, `rekor-url`, `tlog-upload`); undefined when signing was not asked for. */
function readSigner(rt) {
    const key = readSigningKey(rt);
    const keyless = (0,inputs/* boolInput */.Hm)(rt, 'keyless', false);
    const fulcioUrl = urlInput(rt, 'fulcio-url', PUBLIC_GOOD_FULCIO);
    const rekorUrl = urlInput(rt, 'rekor-url', PUBLIC_GOOD_REKOR);
    const tlogUpload = (0,inputs/* boolInput */.Hm)(rt, 'tlog-upload', true);
    if (!keyless)
        return key;
    if (key)
        throw new Error(`inputs 'keyless' and 'signing-key' are both set: sign with one (a key, or the workflow's identity)`);
    const requestUrl = rt.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = rt.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw new Error(`input 'keyless' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then)`);
    rt.setSecret(requestToken);
    return {
        fulcioUrl,
        rekorUrl,
        tlogUpload,
        token: async () => {
            const token = await githubOidcToken(requestUrl, requestToken, 'sigstore');
            rt.setSecret(token);
            return token;
        },
    };
}
function urlInput(rt, name, fallback) {
    const value = rt.input(name) || fallback;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new Error(`input '${name}' is not a URL: '${value}' (expected https://host[:port])`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`input '${name}' is not an http(s) URL: '${value}'`);
    return value.replace(/\/+$/, '');
}
/**
 * `public-key`, the identity inputs and `require-signature`: requiring a signature with neither a key nor
 * an identity to check it against is an input error. Only verify checks provenance; promote leaves
 * `require-provenance` unread, so a value given there is warned about.
 */
function readSignatureCheck(rt, command) {
    const text = rt.input('public-key');
    const requireSignature = (0,inputs/* boolInput */.Hm)(rt, 'require-signature', false);
    const identity = readIdentityPolicy(rt);
    if (requireSignature && !text && !identity)
        throw new Error(`input 'require-signature' is true but input 'public-key' is empty and so is input 'certificate-identity': there is no key or signer identity to check signatures with`);
    return {
        publicKey: text ? parsePublicKey(text) : undefined,
        ...(identity ? { identity } : {}),
        requireSignature,
        requireProvenance: command === 'verify' && (0,inputs/* boolInput */.Hm)(rt, 'require-provenance', false),
    };
}
/** The identity inputs, checked together; undefined when none is given. */
function readIdentityPolicy(rt) {
    const exact = rt.input('certificate-identity');
    const pattern = rt.input('certificate-identity-regexp');
    const issuer = rt.input('certificate-oidc-issuer');
    const root = rt.input('trusted-root');
    const ignoreTlog = (0,inputs/* boolInput */.Hm)(rt, 'insecure-ignore-tlog', false);
    if (exact && pattern)
        throw new Error(`inputs 'certificate-identity' and 'certificate-identity-regexp' are both set: give one`);
    if (!exact && !pattern) {
        const stray = issuer ? 'certificate-oidc-issuer' : root ? 'trusted-root' : ignoreTlog ? 'insecure-ignore-tlog' : undefined;
        if (stray)
            throw new Error(`input '${stray}' is set but input 'certificate-identity' (or 'certificate-identity-regexp') is empty: it only qualifies a signer identity`);
        return undefined;
    }
    if (!issuer)
        throw new Error(`input 'certificate-oidc-issuer' is empty: a certificate identity is only meaningful with its issuer (on GitHub Actions, https://token.actions.githubusercontent.com)`);
    return {
        identity: exact ? { exact } : { pattern: compilePattern(pattern) },
        issuer,
        trustedRoot: root ? (0,identity/* parseTrustedRoot */.t1)(readRootText(root)) : undefined,
        ignoreTlog,
    };
}
function compilePattern(pattern) {
    try {
        return new RegExp(pattern, 'u');
    }
    catch (e) {
        throw new Error(`input 'certificate-identity-regexp' is not a regular expression: '${pattern}' (${e.message})`, { cause: e });
    }
}
/** `trusted-root` is the text itself, or the path of a file holding it (a trusted_root.json kept in the repository). */
function readRootText(value) {
    if (/^\s*(\{|-----BEGIN)/.test(value))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch {
        throw new Error(`input 'trusted-root' is neither a trusted_root.json, a PEM bundle, nor a readable file: '${value}'`);
    }
}


/***/ }),

/***/ 77245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot),
/* harmony export */   tx: () => (/* binding */ identityMismatch)
/* harmony export */ });
/* unused harmony export TRUSTED_ROOT_MEDIA_TYPE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** A readable name for the identity required, for messages. */
const describeIdentity = (p) => `${'exact' in p.identity ? p.identity.exact : `/${p.identity.pattern.source}/`} issued by ${p.issuer}`;
/** Whether a certificate's identity satisfies the policy; the reason names what it holds instead. */
function identityMismatch(p, san, issuer) {
    const sanOk = san !== undefined && ('exact' in p.identity ? san === p.identity.exact : p.identity.pattern.test(san));
    if (sanOk && issuer === p.issuer)
        return undefined;
    return `a certificate for ${san ?? 'no identity'} issued by ${issuer ?? 'no issuer'}, not ${describeIdentity(p)}`;
}
/**
 * `trusted-root`: a Sigstore trusted_root.json, or a PEM bundle of CA certificates made into one with
 * those CAs alone (no transparency log or CT log: such a root goes with `insecure-ignore-tlog`).
 */
function parseTrustedRoot(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        let json;
        try {
            json = JSON.parse(trimmed);
        }
        catch {
            throw new Error(`input 'trusted-root' starts like JSON but does not parse; expected a Sigstore trusted_root.json or a PEM bundle of CA certificates`);
        }
        const root = json;
        if (typeof root !== 'object' ||
            root === null ||
            typeof root.mediaType !== 'string' ||
            !root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot'))
            throw new Error(`input 'trusted-root' is JSON without a Sigstore trusted root mediaType (expected '${TRUSTED_ROOT_MEDIA_TYPE}')`);
        return root;
    }
    const pems = trimmed.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
    if (!pems)
        throw new Error(`input 'trusted-root' is neither a Sigstore trusted_root.json nor a PEM bundle of CA certificates`);
    const certs = pems.map((pem, i) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
        }
        catch {
            throw new Error(`input 'trusted-root': certificate ${i + 1} of the PEM bundle does not parse`);
        }
    });
    const earliest = certs.map((c) => new Date(c.validFrom)).reduce((a, b) => (a < b ? a : b));
    return {
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: [],
        ctlogs: [],
        timestampAuthorities: [],
        certificateAuthorities: [
            {
                subject: { organization: 'trusted-root', commonName: certs[0].subject.replace(/\n/g, ', ') },
                uri: '',
                certChain: { certificates: certs.map((c) => ({ rawBytes: c.raw.toString('base64') })) },
                validFor: { start: earliest.toISOString() },
            },
        ],
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
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62445);

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

/***/ 62445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ bundleReferrer),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Mn: () => (/* binding */ signatureManifest),
/* harmony export */   Nj: () => (/* binding */ SIMPLE_SIGNING),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   j_: () => (/* binding */ COSIGN_TYPE),
/* harmony export */   kq: () => (/* binding */ signatureReferrer),
/* harmony export */   l6: () => (/* binding */ imageSignatureStatement),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   s$: () => (/* binding */ SIGNATURE_ARTIFACT)
/* harmony export */ });
/* unused harmony export SIGSTORE_BUNDLE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75455);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82895);
/* harmony import */ var _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58926);




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
/** The artifact type and layer media type of a Sigstore bundle (cosign 3's signature referrer). */
const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_JSON = Buffer.from('{}');
/**
 * A Sigstore bundle as the referrer cosign 3 writes (cosign's specs/BUNDLE_SPEC.md): the empty config,
 * the bundle as the one layer, the signed manifest as `subject`, what it holds as annotations.
 * `created` adds the annotation @sigstore/oci writes (GitHub's attest-build-provenance form); `mediaType`
 * is the bundle's own, for a bundle of another version.
 */
function bundleReferrer(bundle, subject, predicateType, o = {}) {
    const mediaType = o.mediaType ?? SIGSTORE_BUNDLE;
    const config = { mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciEmpty, size: EMPTY_JSON.length, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(EMPTY_JSON).toString() };
    const layer = { mediaType, size: bundle.length, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bundle).toString() };
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_mediatypes_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
        artifactType: mediaType,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        annotations: {
            ...(o.created ? { 'org.opencontainers.image.created': o.created.toISOString() } : {}),
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': predicateType,
        },
    };
    return {
        bytes: Buffer.from(JSON.stringify(manifest)),
        blobs: [
            { descriptor: config, origin: { kind: 'bytes', bytes: EMPTY_JSON } },
            { descriptor: layer, origin: { kind: 'bytes', bytes: bundle } },
        ],
    };
}
/** cosign's in-toto image signature (the statement of its bundle form): the image digest as subject. */
function imageSignatureStatement(dockerReference, digest, predicateType) {
    return Buffer.from(JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: dockerReference, digest: { [digest.algorithm]: digest.hex } }],
        predicateType,
        predicate: {},
    }));
}


/***/ }),

/***/ 57010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oZ: () => (/* binding */ CERTIFICATE_ANNOTATION),
  CB: () => (/* binding */ CHAIN_ANNOTATION),
  u: () => (/* binding */ COSIGN_SIGN_PREDICATE),
  BJ: () => (/* binding */ REKOR_BUNDLE_ANNOTATION),
  ch: () => (/* binding */ checkProvenance),
  jC: () => (/* binding */ checkSignature)
});

// UNUSED EXPORTS: SIGNATURE_LAYERS_MAX, SIGSTORE_BUNDLE_ARTIFACT, signerName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/registry/digest.js
var registry_digest = __webpack_require__(82895);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
// EXTERNAL MODULE: ./lib/registry/http.js
var http = __webpack_require__(69127);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(62445);
// EXTERNAL MODULE: ./lib/signing/provenance.js
var provenance = __webpack_require__(9656);
// EXTERNAL MODULE: ./lib/registry/mediatypes.js
var mediatypes = __webpack_require__(58926);
;// CONCATENATED MODULE: ./lib/signing/unsigned-provenance.js




/** Whether the predicate type is SLSA provenance, any version. */
const isSlsa = (t) => !!t && /^https:\/\/slsa\.dev\/provenance\//.test(t);
/** Manifests read to judge one image at most: a registry's listing is its text, not a bound. */
const READ_MAX = 32;
const ATTESTATION_MANIFEST = 'attestation-manifest';
const PREDICATE = 'in-toto.io/predicate-type';
/**
 * require-provenance with neither a key nor an identity: any form counts, but only SLSA provenance
 * (an SBOM or another in-toto statement beside an image is no provenance), and for an index it must
 * cover every platform manifest: an in-toto referrer of the digest itself; buildx's attestation
 * manifests in the index; or referrers of each platform manifest (buildx's attestations pushed as
 * referrers). `att` is the cosign attestation tag, named in the reason when nothing is found.
 */
async function unsignedProvenance(client, repo, digest, att) {
    const own = await slsaReferrer(client, repo, digest);
    if (own)
        return { ok: true, signature: own };
    const root = await client.getManifest(repo, digest);
    const entries = 'manifests' in root.json ? (root.json.manifests ?? []) : [];
    const isAttestation = (m) => m.annotations?.['vnd.docker.reference.type'] === ATTESTATION_MANIFEST;
    const images = entries.filter((m) => !isAttestation(m));
    if (images.length > READ_MAX)
        return { ok: false, reason: `no provenance read: the index lists ${images.length} manifests, more than the ${READ_MAX} pinship reads` };
    const attestations = entries.filter(isAttestation);
    // buildx names the platform manifest each attestation manifest describes; without one, its referrers.
    const verdict = await everyPlatform(images, (p) => {
        const listed = attestations.find((a) => a.annotations?.['vnd.docker.reference.digest'] === p.digest);
        return listed ? slsaManifest(client, repo, listed.digest) : slsaReferrer(client, repo, registry_digest/* Digest */.np.parse(p.digest));
    });
    if (verdict)
        return verdict;
    const elsewhere = entries.length ? ', nor SLSA provenance referrers of its platform manifests' : '';
    return { ok: false, reason: `no provenance: no cosign attestation (${att}), in-toto referrer or buildx attestation manifest${elsewhere}` };
}
/** Every platform manifest with SLSA provenance found by `find`; undefined if none has any. */
async function everyPlatform(platforms, find) {
    const found = [];
    const missing = [];
    for (const p of platforms) {
        const provenance = await find(p);
        // The platform is the registry's text: named only when it is plainly one.
        const name = p.platform ? (0,mediatypes/* platformString */.Fd)(p.platform) : '';
        if (provenance)
            found.push(provenance);
        else
            missing.push(/^[\w.+/-]+$/.test(name) ? `${p.digest} (${name})` : p.digest);
    }
    if (!missing.length && found.length)
        return { ok: true, signature: found[0] };
    if (!found.length)
        return undefined;
    return {
        ok: false,
        reason: `no provenance for every platform: SLSA provenance on ${found.length} of the index's ${platforms.length} platform manifests, none on ${missing.join(', ')}`,
    };
}
/** An in-toto referrer of `digest` with a layer of SLSA provenance (an SBOM alone is no provenance). */
async function slsaReferrer(client, repo, digest) {
    for (const d of (await client.listReferrers(repo, digest, provenance/* IN_TOTO */.B1)).slice(0, READ_MAX)) {
        const found = await slsaManifest(client, repo, d.digest);
        if (found)
            return found;
    }
    return undefined;
}
/** The attestation manifest at `digest` if one of its layers is annotated as SLSA provenance; a manifest listed but gone is none. */
async function slsaManifest(client, repo, digest) {
    const manifest = await client.getManifest(repo, digest).catch((e) => {
        if ((0,errors/* isNotFound */.c4)(e))
            return undefined;
        throw e;
    });
    const layers = manifest ? (manifest.json.layers ?? []) : [];
    return layers.some((l) => isSlsa(l.annotations?.[PREDICATE])) ? manifest.digest : undefined;
}

// EXTERNAL MODULE: ./lib/signing/identity.js
var identity = __webpack_require__(77245);
;// CONCATENATED MODULE: ./lib/signing/verify.js








const PAYLOAD_MAX_BYTES = 1024 * 1024;
/** Referrers of one image looked at, at most: each costs a manifest GET, and the list comes from the registry. */
const REFERRERS_MAX = 32;
/**
 * Signature (or attestation) layers of one manifest read, at most: each is a blob GET of up to a
 * megabyte, and the count is the registry's to choose. cosign adds one per signing, so a real one holds a few.
 */
const SIGNATURE_LAYERS_MAX = 32;
const tooManyLayers = (name, count, what) => `${name} holds ${count} ${what} layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`;
/** cosign's annotations on a `.sig` layer signed with a certificate (Fulcio's or a private CA's). */
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** The predicate of a cosign 3 image signature: an in-toto statement naming the image digest. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** The artifact type of a Sigstore bundle referrer (cosign 3's signature form). */
const SIGSTORE_BUNDLE_ARTIFACT = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const isBundleType = (t) => !!t && /^application\/vnd\.dev\.sigstore\.bundle/.test(t);
/** What a signature is checked against: the keyless checks load Sigstore's libraries, so only when asked for. */
const keyless = () => Promise.all(/* import() */[__webpack_require__.e(128), __webpack_require__.e(187), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 38155));
/**
 * Whether `repo` holds a cosign signature of `digest` that `signer` accepts (the key verifies it, or its
 * certificate names the identity and chains to the trusted root) and whose payload names exactly that
 * digest, in any form cosign writes: the sha256-<hex>.sig tag, a referrer of the digest with cosign's
 * signature artifact type (its OCI 1.1 form, found through the referrers API or the fallback tag, as
 * cosign's own --experimental-oci11 finds it), or, for an identity, a Sigstore bundle referrer (cosign 3).
 * The reason says what was found instead.
 */
async function checkSignature(client, repo, digest, signer) {
    const policy = signer instanceof external_node_crypto_.KeyObject ? { key: signer } : signer;
    const tag = (0,signing_signature/* cosignTag */.qv)(digest, '.sig');
    // Asked with a HEAD first: Docker Hub counts a manifest GET as a pull, a HEAD not, and most images have no such tag.
    const tagged = (await client.manifestExists(repo, tag)) ? await manifestIfAny(client, repo, tag) : undefined;
    const findings = [];
    if (tagged) {
        const verdict = await judge(client, repo, `${repo}:${tag}`, tagged, digest, policy);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    const referrers = await client.listReferrers(repo, digest, signing_signature/* SIGNATURE_ARTIFACT */.s$);
    const bundles = policy.identity ? (await client.listReferrers(repo, digest)).filter((d) => isBundleType(d.artifactType)) : [];
    const listed = [...referrers, ...bundles];
    for (const d of listed.slice(0, REFERRERS_MAX)) {
        // A fallback index can outlive a referrer deleted since: one listed but gone is no signature.
        const manifest = await manifestIfAny(client, repo, d.digest);
        if (!manifest)
            continue;
        const name = `referrer ${repo}@${d.digest}`;
        const verdict = isBundleType(d.artifactType)
            ? await judgeBundle(client, repo, name, manifest, digest, policy.identity)
            : await judge(client, repo, name, manifest, digest, policy);
        if (verdict.ok)
            return verdict;
        findings.push(verdict.reason);
    }
    if (!findings.length)
        return { ok: false, reason: `no signature: ${repo}:${tag} does not exist and no referrer of ${digest} is a cosign signature (the image is unsigned)` };
    const unread = listed.length > REFERRERS_MAX ? `; ${listed.length - REFERRERS_MAX} more signature referrers not read` : '';
    return { ok: false, reason: `no valid signature for ${signerName(policy)}: ${findings.join('; ')}${unread}` };
}
/** Who a signature must come from, for messages: the public key, the identity, or either. */
function signerName(p) {
    const id = p.identity ? `the identity ${(0,identity/* describeIdentity */.Cl)(p.identity)}` : '';
    return p.key && id ? `the public key or ${id}` : p.key ? 'the public key' : id;
}
const manifestIfAny = (client, repo, ref) => client.getManifest(repo, ref).catch((e) => {
    if ((0,errors/* isNotFound */.c4)(e))
        return undefined;
    throw e;
});
/** One signature manifest's verdict; `name` says where it was found. */
async function judge(client, repo, name, manifest, digest, policy) {
    const layers = (manifest.json.layers ?? []).filter((l) => l.annotations?.[signing_signature/* SIGNATURE_ANNOTATION */.ZB]);
    if (!layers.length)
        return { ok: false, reason: `${name} holds no layer with a ${signing_signature/* SIGNATURE_ANNOTATION */.ZB} annotation` };
    if (layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(name, layers.length, 'signature') };
    const found = [];
    for (const layer of layers) {
        const what = `signature payload ${repo}@${layer.digest}`;
        const payload = await (0,http/* readBounded */.CB)(await client.getBlob(repo, registry_digest/* Digest */.np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, what);
        const notes = layer.annotations;
        const signature = notes[signing_signature/* SIGNATURE_ANNOTATION */.ZB];
        const byKey = !!policy.key && (0,signing_signature/* verifyBytes */.RV)(policy.key, payload, signature);
        const certificate = policy.identity && !byKey ? notes[CERTIFICATE_ANNOTATION] : undefined;
        if (!byKey && !certificate) {
            found.push(policy.key ? 'a signature the public key does not verify' : 'a signature without a certificate');
            continue;
        }
        const claim = parseJson(payload);
        if (claim.critical?.type !== signing_signature/* COSIGN_TYPE */.j_ || claim.critical.image?.['docker-manifest-digest'] !== digest.toString()) {
            found.push(`${byKey ? 'a valid' : 'a certificate'} signature of ${claim.critical?.image?.['docker-manifest-digest'] ?? 'something else'}`);
            continue;
        }
        if (certificate) {
            const rekorBundle = notes[REKOR_BUNDLE_ANNOTATION];
            const problem = await (await keyless()).verifyCertificateLayer(policy.identity, { payload, signature, certificate, ...(rekorBundle ? { rekorBundle } : {}) });
            if (problem) {
                found.push(problem);
                continue;
            }
        }
        return { ok: true, signature: manifest.digest };
    }
    return { ok: false, reason: `${name} holds ${[...new Set(found)].join(' and ')} (${layers.length} in all)` };
}
/** A Sigstore bundle referrer's verdict: its one bundle layer must be an image signature of `digest` by the identity. */
async function judgeBundle(client, repo, name, manifest, digest, identity) {
    const layer = (manifest.json.layers ?? []).find((l) => isBundleType(l.mediaType));
    if (!layer)
        return { ok: false, reason: `${name} holds no Sigstore bundle layer` };
    const bytes = await (0,http/* readBounded */.CB)(await client.getBlob(repo, registry_digest/* Digest */.np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `Sigstore bundle ${repo}@${layer.digest}`);
    const problem = await (await keyless()).verifyBundle(identity, bytes, digest);
    return problem ? { ok: false, reason: `${name} holds ${problem}` } : { ok: true, signature: manifest.digest };
}
/**
 * Whether `repo` holds SLSA provenance for `digest`. With a key or an identity, only a cosign attestation
 * (sha256-<hex>.att) whose DSSE envelope the key verifies, or whose certificate names the identity, and
 * whose statement names the digest counts (for an identity, a Sigstore bundle referrer of SLSA provenance
 * too); without, any form does: that, an in-toto referrer, buildx's attestation manifest, or, for an index,
 * SLSA provenance referrers of every platform manifest (buildx's attestations pushed as referrers).
 */
async function checkProvenance(client, repo, digest, signer) {
    const policy = signer instanceof external_node_crypto_.KeyObject ? { key: signer } : (signer ?? {});
    const signed = !!(policy.key || policy.identity);
    const tag = (0,signing_signature/* cosignTag */.qv)(digest, '.att');
    const att = await manifestIfAny(client, repo, tag);
    const layers = att ? (att.json.layers ?? []).filter((l) => isSlsa(l.annotations?.predicateType)) : [];
    const findings = [];
    if (signed && layers.length > SIGNATURE_LAYERS_MAX)
        return { ok: false, reason: tooManyLayers(`${repo}:${tag}`, layers.length, 'provenance') };
    for (const layer of layers) {
        if (!signed)
            return { ok: true, signature: att.digest };
        const bytes = await (0,http/* readBounded */.CB)(await client.getBlob(repo, registry_digest/* Digest */.np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `attestation ${repo}@${layer.digest}`);
        const env = parseJson(bytes);
        const payload = Buffer.from(env.payload ?? '', 'base64');
        const covered = (0,provenance/* pae */.Zg)(env.payloadType ?? '', payload);
        const byKey = !!policy.key && (env.signatures ?? []).some((s) => (0,signing_signature/* verifyBytes */.RV)(policy.key, covered, s.sig ?? ''));
        const certificate = policy.identity && !byKey ? layer.annotations?.[CERTIFICATE_ANNOTATION] : undefined;
        if (!byKey && !certificate)
            continue;
        const statement = parseJson(payload);
        if (!isSlsa(statement.predicateType) || !(statement.subject ?? []).some((s) => s.digest?.[digest.algorithm] === digest.hex))
            continue;
        if (certificate) {
            const problem = await (await keyless()).verifyCertificateEnvelope(policy.identity, bytes, certificate, layer.annotations?.[REKOR_BUNDLE_ANNOTATION]);
            if (problem) {
                findings.push(problem);
                continue;
            }
        }
        return { ok: true, signature: att.digest };
    }
    if (signed) {
        if (policy.identity) {
            const verdict = await provenanceBundle(client, repo, digest, policy.identity);
            if (verdict.ok)
                return verdict;
            findings.push(...(verdict.reason ? [verdict.reason] : []));
        }
        const found = findings.length ? ` (${[...new Set(findings)].join('; ')})` : '';
        return {
            ok: false,
            reason: layers.length
                ? `${repo}:${tag} holds provenance ${policy.key && !policy.identity ? 'the public key does not verify' : `not signed by ${signerName(policy)}`} for this digest${found}`
                : `no signed provenance: ${repo}:${tag} ${att ? 'holds no SLSA provenance' : 'does not exist'}${found}`,
        };
    }
    return unsignedProvenance(client, repo, digest, tag);
}
/** A Sigstore bundle referrer holding SLSA provenance of `digest` by the identity; reason '' when there is none to judge. */
async function provenanceBundle(client, repo, digest, identity) {
    const bundles = (await client.listReferrers(repo, digest)).filter((d) => isBundleType(d.artifactType));
    const reasons = [];
    for (const d of bundles.slice(0, REFERRERS_MAX)) {
        const manifest = await manifestIfAny(client, repo, d.digest);
        const layer = manifest && (manifest.json.layers ?? []).find((l) => isBundleType(l.mediaType));
        if (!manifest || !layer)
            continue;
        const bytes = await (0,http/* readBounded */.CB)(await client.getBlob(repo, registry_digest/* Digest */.np.parse(layer.digest), layer.size), PAYLOAD_MAX_BYTES, `Sigstore bundle ${repo}@${layer.digest}`);
        const problem = await (await keyless()).verifyBundle(identity, bytes, digest, isSlsa);
        if (!problem)
            return { ok: true, signature: manifest.digest };
        reasons.push(`referrer ${repo}@${d.digest} holds ${problem}`);
    }
    return { ok: false, reason: reasons.join('; ') };
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