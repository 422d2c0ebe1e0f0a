"use strict";
exports.id = 254;
exports.ids = [254];
exports.modules = {

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTagSettings: () => (/* binding */ readTagSettings)
/* harmony export */ });
/* harmony import */ var _tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9513);
/* harmony import */ var _tags_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4494);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);



function readTagSettings(rt) {
    let tagRules;
    let flavor;
    try {
        tagRules = (0,_tags_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagRules */ .hh)(rt.input('tags'), (w) => rt.warning(w));
    }
    catch (e) {
        throw new Error(`Invalid input 'tags': ${e.message}`, { cause: e });
    }
    try {
        flavor = (0,_tags_flavor_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlavor */ .w)(rt.input('flavor'));
    }
    catch (e) {
        throw new Error(`Invalid input 'flavor': ${e.message}`, { cause: e });
    }
    return { tagRules, flavor, labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueInput */ .Bb)(rt, 'labels'), prSha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)(rt, 'pr-sha', ['head', 'merge'], 'head') };
}


/***/ })

};
;