"use strict";
exports.id = 603;
exports.ids = [603];
exports.modules = {

/***/ 35603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signKeyless: () => (/* binding */ signKeyless)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15179);
/**
 * Keyless signing: a short-lived Fulcio certificate for the workflow's OIDC identity, signatures logged
 * in Rekor through @sigstore/sign. Imported only when `keyless` is asked for.
 */



/** Signs `payload` (the simple-signing payload) and `statement` (cosign's in-toto image signature) with one certificate. */
async function signKeyless(o, payload, statement) {
    const token = await o.token();
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const chain = await fulcioCertificate(o.fulcioUrl, token, privateKey, publicKey);
    const signer = {
        sign: (data) => Promise.resolve({ signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(data).sign(privateKey), key: { $case: 'x509Certificate', certificate: chain[0] } }),
    };
    // The DSSE statement goes in as an `intoto` entry, the kind npm's provenance uses: every Rekor v1 takes it.
    const witnesses = (entryType) => o.tlogUpload ? [new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .RekorWitness */ .fU({ rekorBaseURL: o.rekorUrl, ...(entryType ? { entryType } : {}), retry: 2, timeout: 30_000 })] : [];
    const message = await new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .MessageSignatureBundleBuilder */ .z3({ signer, witnesses: witnesses(undefined) }).create({ data: payload });
    const dsse = await new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .DSSEBundleBuilder */ .VV({ signer, witnesses: witnesses('intoto') }).create({ data: statement, type: 'application/vnd.in-toto+json' });
    const entry = message.verificationMaterial.tlogEntries[0];
    if (message.content.$case !== 'messageSignature')
        throw new Error('keyless signing produced no message signature');
    return {
        signature: message.content.messageSignature.signature.toString('base64'),
        certificate: chain[0],
        chain: chain.slice(1).join(''),
        ...(entry ? { rekorBundle: cosignRekorBundle(entry) } : {}),
        bundle: Buffer.from(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(dsse))),
    };
}
/**
 * Fulcio's v2 signingCert call (fulcio's fulcio.proto): the token, the public key, and the token's
 * subject signed as proof of possession. Made here rather than through @sigstore/sign's FulcioSigner,
 * which keeps only the leaf: cosign's chain annotation needs the rest.
 */
async function fulcioCertificate(base, token, privateKey, publicKey) {
    const subject = jwtSubject(token);
    const body = {
        credentials: { oidcIdentityToken: token },
        publicKeyRequest: {
            publicKey: { algorithm: 'ECDSA', content: publicKey.export({ format: 'pem', type: 'spki' }).toString() },
            proofOfPossession: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(subject).sign(privateKey).toString('base64'),
        },
    };
    const url = `${base.replace(/\/+$/, '')}/api/v2/signingCert`;
    let res;
    try {
        res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    }
    catch (e) {
        throw new Error(`cannot reach Fulcio at ${url} (input 'fulcio-url'): ${e.message}`, { cause: e });
    }
    const text = await res.text();
    if (!res.ok)
        throw new Error(`Fulcio at ${url} refused the certificate request: HTTP ${res.status} ${JSON.stringify(text.slice(0, 300))}`);
    const answer = JSON.parse(text);
    const certs = (answer.signedCertificateEmbeddedSct ?? answer.signedCertificateDetachedSct)?.chain?.certificates ?? [];
    if (!certs.length)
        throw new Error(`Fulcio at ${url} answered without a certificate chain`);
    // Normalised through node's parser: whatever Fulcio's PEM spacing, the annotations are plain PEM.
    return certs.map((pem) => new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem).toString());
}
function jwtSubject(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const subject = claims.email ?? claims.sub;
        if (subject)
            return subject;
    }
    catch {
        // reported below
    }
    throw new Error('the OIDC token is not a JWT with a subject');
}
/** cosign's `dev.sigstore.cosign/bundle` annotation: the Rekor entry and its signed entry timestamp. */
function cosignRekorBundle(e) {
    return JSON.stringify({
        SignedEntryTimestamp: Buffer.from(e.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0)).toString('base64'),
        Payload: {
            body: Buffer.from(e.canonicalizedBody).toString('base64'),
            integratedTime: Number(e.integratedTime),
            logIndex: Number(e.logIndex),
            logID: Buffer.from(e.logId.keyId).toString('hex'),
        },
    });
}


/***/ })

};
;