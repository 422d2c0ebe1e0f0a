"use strict";
exports.id = 155;
exports.ids = [155];
exports.modules = {

/***/ 38155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle),
/* harmony export */   verifyCertificateEnvelope: () => (/* binding */ verifyCertificateEnvelope),
/* harmony export */   verifyCertificateLayer: () => (/* binding */ verifyCertificateLayer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57010);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77245);
/**
 * Checks certificate-based (keyless) signatures with Sigstore's own verifier. This module and the
 * libraries it loads are imported only when an identity is required: key-based runs never load them.
 */






const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
const verifiers = new WeakMap();
function verifierFor(p) {
    let v = verifiers.get(p);
    if (!v) {
        v = loadRoot(p.trustedRoot).then((root) => {
            const material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root);
            return new _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .Verifier */ .BL(material, {
                tlogThreshold: p.ignoreTlog ? 0 : 1,
                // A root without CT logs (a private CA's PEM bundle) cannot require SCTs.
                ctlogThreshold: material.ctlogs.length ? 1 : 0,
                timestampThreshold: 1,
            });
        });
        verifiers.set(p, v);
    }
    return v;
}
async function loadRoot(json) {
    if (json)
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.fromJSON(json);
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(925), __webpack_require__.e(694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    // The public-good root comes through TUF, whose freshness checks need the network: a copy that could be
    // stale (a revoked key still trusted) is not used in its place.
    return getTrustedRoot({ timeout: 10_000, retry: 1 }).catch((e) => {
        throw new Error(`cannot fetch Sigstore's public-good trusted root through TUF (${e.message}); without network access give input 'trusted-root' (a trusted_root.json)`, { cause: e });
    });
}
/** cosign's `.sig` form: the certificate, signature and Rekor SET annotations made into the Sigstore bundle they amount to. */
async function verifyCertificateLayer(p, layer) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(cosignLayerBundle(layer));
    }
    catch (e) {
        return `a certificate signature whose annotations do not parse (${shown(e.message)})`;
    }
    return verifyEntity(p, bundle, layer.payload);
}
/**
 * A Sigstore bundle (cosign 3's referrer form): a DSSE envelope whose in-toto statement is cosign's
 * image signature of exactly `digest`.
 */
async function verifyBundle(p, bytes, digest, predicate = isImageSignature) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(JSON.parse(bytes.toString('utf8')));
    }
    catch (e) {
        return `a Sigstore bundle that does not parse (${shown(e.message)})`;
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        return 'a Sigstore bundle holding a message signature, not a DSSE image signature';
    const envelope = bundle.content.dsseEnvelope;
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8'));
    }
    catch {
        return 'a Sigstore bundle whose DSSE payload is not JSON';
    }
    if (!predicate(statement.predicateType))
        return `a Sigstore bundle of ${statement.predicateType === undefined ? 'no predicate' : shown(String(statement.predicateType))}, not the statement asked for`;
    const named = (Array.isArray(statement.subject) ? statement.subject : [])
        .map((s) => s?.digest?.[digest.algorithm])
        .filter((h) => typeof h === 'string');
    if (!named.includes(digest.hex))
        return `a Sigstore bundle signing ${named.map((h) => (/^[0-9a-f]{64}$/.test(h) ? `${digest.algorithm}:${h}` : shown(h))).join(', ') || 'no digest'}, not ${digest}`;
    return verifyEntity(p, bundle, undefined);
}
/** Text read from a registry, quoted and cut short: it reaches logs and annotations. */
const shown = (text) => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text);
const isImageSignature = (t) => t === _verify_js__WEBPACK_IMPORTED_MODULE_4__/* .COSIGN_SIGN_PREDICATE */ .u;
/** A cosign attestation layer (`.att`) signed with a certificate: its DSSE envelope and cosign's annotations. */
async function verifyCertificateEnvelope(p, envelope, certificate, rekorBundle) {
    let bundle;
    try {
        const env = JSON.parse(envelope.toString('utf8'));
        const serialized = cosignLayerBundle({
            payload: Buffer.alloc(0),
            signature: '',
            certificate,
            ...(rekorBundle ? { rekorBundle } : {}),
        });
        delete serialized.messageSignature;
        serialized.dsseEnvelope = {
            payload: env.payload ?? '',
            payloadType: env.payloadType ?? '',
            signatures: (env.signatures ?? []).map((s) => ({ sig: s.sig ?? '', keyid: s.keyid ?? '' })),
        };
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(serialized);
    }
    catch (e) {
        return `an attestation whose envelope or annotations do not parse (${shown(e.message)})`;
    }
    return verifyEntity(p, bundle, undefined);
}
async function verifyEntity(p, bundle, artifact) {
    const verifier = await verifierFor(p);
    let entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toSignedEntity */ .DC)(bundle, artifact);
    if (p.ignoreTlog)
        entity = { ...entity, tlogEntries: [], timestamps: [nowStamp()] };
    else if (!entity.tlogEntries.length)
        return 'a certificate signature without a transparency-log entry (input insecure-ignore-tlog accepts that)';
    try {
        const signer = verifier.verify(entity);
        return (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .identityMismatch */ .tx)(p, signer.identity?.subjectAlternativeName, signer.identity?.extensions?.issuer);
    }
    catch (e) {
        return `a signature that does not verify against trusted-root (${verificationMessage(e)})`;
    }
}
/**
 * Without a log entry the certificate is judged at the current time, as cosign's --insecure-ignore-tlog
 * does. The verifier takes its times only from timestamps, so "now" is handed to it as one; it reads
 * nothing of it but the time (the log entries it verifies are `tlogEntries`, emptied beside it).
 */
function nowStamp() {
    const tlogEntry = {
        logIndex: '0',
        logId: { keyId: Buffer.from('current time') },
        integratedTime: String(Math.floor(Date.now() / 1000)),
        inclusionPromise: { signedEntryTimestamp: Buffer.alloc(0) },
    };
    return { $case: 'transparency-log', tlogEntry };
}
function verificationMessage(e) {
    const err = e;
    const cause = err.cause?.message ? `: ${err.cause.message}` : '';
    return `${err.message ?? String(e)}${cause}`;
}
/** The v0.1 bundle a cosign `.sig` layer amounts to: what cosign itself verifies, field for field. */
function cosignLayerBundle(layer) {
    const leaf = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(layer.certificate);
    const rekor = layer.rekorBundle ? JSON.parse(layer.rekorBundle) : undefined;
    const tlogEntries = rekor ? [rekorEntry(rekor)] : [];
    return {
        mediaType: BUNDLE_V01,
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: leaf.raw.toString('base64') }] },
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(layer.payload).digest('base64') },
            signature: layer.signature,
        },
    };
}
function rekorEntry(r) {
    const p = r.Payload ?? {};
    const body = JSON.parse(Buffer.from(p.body ?? '', 'base64').toString('utf8'));
    return {
        logIndex: String(p.logIndex ?? ''),
        logId: { keyId: Buffer.from(p.logID ?? '', 'hex').toString('base64') },
        kindVersion: { kind: body.kind ?? '', version: body.apiVersion ?? '' },
        integratedTime: String(p.integratedTime ?? ''),
        inclusionPromise: { signedEntryTimestamp: r.SignedEntryTimestamp ?? '' },
        canonicalizedBody: p.body ?? '',
    };
}


/***/ })

};
;