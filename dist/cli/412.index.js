export const id = 412;
export const ids = [412];
export const modules = {

/***/ 63412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _engine_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20627);
/* harmony import */ var _core_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9303);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79478);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78499);




/** `driftcheck verify`: every configured layer, the fault line per feature; exit 0 pass, 1 drift, 3 could not check. */
async function verifyCommand(options) {
    const layers = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLayers */ .ah)(options.layers);
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFormat */ .Xc)(options.format); // a bad --format is a usage error before any work starts
    // Only what the asked layers use: a `--layers source,artifact` gate needs no probe token, no ssh user.
    const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .openContext */ .eA)(options, (0,_core_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .usesOfLayers */ .Ic)(layers), layers);
    return ctx.withDeps(async (deps) => {
        const result = await (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .verify */ .MX)(ctx.config, deps, { layers });
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .emitReport */ .Kk)(result, options);
        return (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(result.verdict);
    });
}


/***/ })

};
