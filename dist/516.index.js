"use strict";
exports.id = 516;
exports.ids = [516];
exports.modules = {

/***/ 29516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestProvenanceOf: () => (/* binding */ attestProvenanceOf)
/* harmony export */ });
/* harmony import */ var _actions_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33080);
/**
 * GitHub artifact attestations through GitHub's own @actions/attest, what actions/attest-build-provenance
 * runs: the workflow's SLSA build provenance (GitHub's workflow buildType, built from the job's OIDC
 * token), signed with a Sigstore certificate for the workflow (public-good Sigstore for a public
 * repository, GitHub's own instance otherwise) and stored with POST /repos/{owner}/{repo}/attestations.
 * Imported only when `attest` is asked for: the library and its Sigstore client stay out of other runs.
 */

/** One attestation of `digest` naming every repository in `names` (each an image name without tag). */
async function attestProvenanceOf(names, digest, token, repository) {
    let made;
    try {
        made = await (0,_actions_attest__WEBPACK_IMPORTED_MODULE_0__/* .attestProvenance */ .XA)({ subjects: names.map((name) => ({ name, digest: { [digest.algorithm]: digest.hex } })), token });
    }
    catch (e) {
        throw new Error(attestFailure(e.message ?? String(e), digest, repository), { cause: e });
    }
    // The id goes into a URL, outputs and the job summary: only the number GitHub documents is taken.
    const id = String(made.attestationID ?? '');
    if (!/^\d{1,20}$/.test(id))
        throw new Error(`GitHub's attestations API (POST /repos/${repository}/attestations) answered without a numeric attestation id for ${digest}`);
    const statement = JSON.parse(Buffer.from(made.bundle.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'));
    return {
        id,
        bundle: Buffer.from(JSON.stringify(made.bundle)),
        mediaType: made.bundle.mediaType,
        predicateType: statement.predicateType ?? '',
        certificate: made.certificate,
    };
}
/**
 * @actions/attest's errors name the step that failed, not the permission that is missing: the two a job
 * is most often without are said by name.
 */
function attestFailure(message, digest, repository) {
    const said = JSON.stringify(message.length > 300 ? `${message.slice(0, 300)}...` : message);
    if (/^Failed to persist attestation/.test(message))
        return `GitHub's attestations API (POST /repos/${repository}/attestations) refused the attestation of ${digest}: ${said}; the job needs 'permissions: attestations: write' (a private repository, also a plan with artifact attestations)`;
    if (/^Failed to get ID token/.test(message))
        return `the attestation of ${digest} could not get or check the workflow's OIDC token: ${said}; does the job have 'permissions: id-token: write'?`;
    return `attesting ${digest} failed: ${said}`;
}


/***/ })

};
;