export const id = 177;
export const ids = [177];
export const modules = {

/***/ 80177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var _engine_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20627);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78499);



/** `driftcheck build`: compose-build the services from the checkout, stamped with the revision and creation labels. */
async function buildCommand(options) {
    // A build needs the compose project, never a probe's token or the target's settings.
    const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openContext */ .eA)(options, ['build']);
    // Images are built here from the checkout: the target is never contacted.
    return ctx.withDeps(async (deps) => {
        const compose = deps.build.compose;
        if (!compose)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InfraError */ .Ri('no compose project to build from', `add a compose file to ${ctx.config.target.dir}`);
        const defined = await compose.services();
        const asked = options.services?.split(',').map((s) => s.trim()) ?? Object.keys(ctx.config.services);
        const services = asked.filter((svc) => defined[svc]?.builds);
        if (services.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InfraError */ .Ri(`none of ${asked.join(', ')} has a build section in the compose project`);
        const labels = await (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLabels */ .S6)(deps.tree, undefined, { fromWorkingTree: true, logger: ctx.logger });
        const revision = labels['org.opencontainers.image.revision'];
        ctx.logger.info(`building ${services.join(', ')} at ${revision?.slice(0, 7) ?? 'an uncommitted tree'}`);
        for (const image of await compose.build(services, labels)) {
            process.stdout.write(`${image.service}\t${image.ref}\t${image.id}\t${image.revision ?? '-'}\n`);
        }
        return 0;
    }, { connectTarget: false });
}


/***/ })

};
