export const id = 595;
export const ids = [595];
export const modules = {

/***/ 14595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79478);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66515);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78499);





/** `driftcheck report RESULT.json --format X`: re-render a saved result; the exit code follows its verdict. */
async function reportCommand(file, options) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${file}: ${error.code ?? String(error)}`);
    }
    const result = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseResult */ .F)(text, file);
    await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .emitReport */ .Kk)(result, options);
    return (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(result.verdict);
}


/***/ }),

/***/ 79478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   W5: () => (/* binding */ judgeFeature),
/* harmony export */   Zy: () => (/* binding */ judgeRun)
/* harmony export */ });
/* unused harmony exports VERDICT_BY_FAULT_LINE, isDrift */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44146);

/** docs/architecture.md "Verdicts": the verdict a failing layer names when it is the fault line. */
const VERDICT_BY_FAULT_LINE = {
    source: 'missing-in-source',
    artifact: 'build-drift',
    container: 'runtime-drift',
    route: 'route-missing',
    auth: 'auth-failed'
};
/**
 * The fault line is the first layer, in layer order, that is not `pass`/`skip`.
 * A `fail` names its verdict from the table; an `error` makes the feature `error` (it could not be checked, so never pass).
 * A feature with no layer that passed or failed (everything skipped) is `error`: nothing was proven.
 */
function judgeFeature(layers) {
    const ordered = [...layers].sort((a, b) => _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR.indexOf(a.layer) - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR.indexOf(b.layer));
    for (const result of ordered) {
        if (result.status === 'fail')
            return { verdict: VERDICT_BY_FAULT_LINE[result.layer], faultLine: result.layer };
        if (result.status === 'error')
            return { verdict: 'error', faultLine: result.layer };
    }
    if (!ordered.some((result) => result.status === 'pass'))
        return { verdict: 'error', faultLine: null };
    return { verdict: 'pass', faultLine: null };
}
/** A verdict that proves drift or a missing feature (as opposed to a pass, or a feature that could not be checked). */
function isDrift(verdict) {
    return verdict !== 'pass' && verdict !== 'error';
}
/**
 * Proven drift outranks an infrastructure error: `fail` if any feature failed, else `error` if any could not be checked.
 * A run that judged no feature at all proved nothing: `error`, never a pass; so is a run some part of which could not run
 * (`incomplete`: a crashed step of the action).
 */
function judgeRun(features, options = {}) {
    if (features.some((f) => isDrift(f.verdict)))
        return 'fail';
    if (features.length === 0 || options.incomplete)
        return 'error';
    if (features.some((f) => f.verdict === 'error'))
        return 'error';
    return 'pass';
}
/** CLI exit codes (docs/architecture.md): 0 pass, 1 drift/fail, 3 could not check. (2, bad config, never comes from a result.) */
function exitCodeFor(verdict) {
    return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 3;
}


/***/ })

};
