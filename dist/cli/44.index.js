export const id = 44;
export const ids = [44];
export const modules = {

/***/ 9044:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7240);


// The worker's side of verify-ahead.ts: loads the config and sends it; on any error it sends none (the main thread loads
// the file itself then, and its error is the one the user sees).
const { file, uses } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(file, process.env, { uses }).catch(() => null);
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage({ config });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
