#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wiring_verify_ahead_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(80073);
/* harmony import */ var _wiring_process_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(10381);



// This file is also the thread that reads a verify's config ahead (wiring/verify-ahead.ts): there it loads the config's
// code only. On the main thread a verify's config read and its early commands start first, then the rest of the CLI loads.
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread) {
    (0,_wiring_process_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .tuneProcess */ .w)();
    const argv = process.argv.slice(2);
    const ask = (0,_wiring_verify_ahead_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyAsk */ .vZ)(argv);
    if (ask) {
        // A worker's start undoes `--semi-space-growth-factor=1` for the main heap too (checked: its young generation grows to
        // 32 MB again, as a plain node's): the flags are set once more as soon as the worker runs.
        (0,_wiring_verify_ahead_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfigAhead */ .UH)(ask, import.meta.url, { online: _wiring_process_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .tuneProcess */ .w });
        await (0,_wiring_verify_ahead_js__WEBPACK_IMPORTED_MODULE_1__/* .startEarlyAhead */ .h3)(ask);
    }
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(956), __nccwpck_require__.e(721), __nccwpck_require__.e(741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31741));
    process.exitCode = await main(argv);
    (0,_wiring_verify_ahead_js__WEBPACK_IMPORTED_MODULE_1__/* .disposeAhead */ .RT)();
}
else {
    await Promise.all(/* import() */[__nccwpck_require__.e(956), __nccwpck_require__.e(240), __nccwpck_require__.e(154)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49044));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 84489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   G: () => (/* binding */ DEFAULT_PROBE_TIMEOUT_MS)
/* harmony export */ });
/**
 * The validated, normalised config that the engine and layers consume.
 * `load.ts` turns a `driftcheck.yml` (README "Config reference") into this shape; nothing downstream reads raw YAML.
 */
/** The config file a command reads when none is named (`--config`, the action's `config` input). */
const DEFAULT_CONFIG_FILE = 'driftcheck.yml';
/** Default time a probe retries while a deploy settles. */
const DEFAULT_PROBE_TIMEOUT_MS = 15_000;


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ exitCodeForError),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Qy: () => (/* binding */ firstLineOf),
/* harmony export */   Ri: () => (/* binding */ InfraError),
/* harmony export */   X: () => (/* binding */ toolOutputOf),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   lJ: () => (/* binding */ undefinedServices),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xZ: () => (/* binding */ ApiDescriptionError)
/* harmony export */ });
/** Bad config or usage: exit 2. The message is one line; `location` points at the config file. */
class ConfigError extends Error {
    location;
    name = 'ConfigError';
    constructor(message, location) {
        super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
        this.location = location;
    }
}
class UsageError extends Error {
    name = 'UsageError';
}
/** An OpenAPI document that cannot be used: `message` is one line (the document's position when the parser gave one). */
class ApiDescriptionError extends Error {
    name = 'ApiDescriptionError';
}
/** Could not check (daemon down, host unreachable, key refused…): exit 3. `hint` says what to do. */
class InfraError extends Error {
    hint;
    name = 'InfraError';
    constructor(message, hint, options) {
        super(message, options);
        this.hint = hint;
    }
}
/** An external command exited non-zero. `stderr` is already redacted. */
class CommandError extends InfraError {
    command;
    exitCode;
    stderr;
    name = 'CommandError';
    constructor(command, exitCode, stderr, hint, options) {
        super(`\`${command}\` failed (exit ${exitCode}): ${lastLines(stderr, 1) || 'no error output'}`, hint, options);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** The last `n` non-empty lines of a tool's output: compose/ssh errors put the cause at the end. */
function lastLines(text, n) {
    return text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(-n)
        .join('\n');
}
/** Exit code for any thrown error (docs/architecture.md): 2 bad config/usage, 3 could not check. */
function exitCodeForError(error) {
    return error instanceof ConfigError || error instanceof UsageError ? 2 : 3;
}
/** How much of a tool's raw output an error keeps for the evidence. */
const OUTPUT_TAIL_LINES = 40;
/** The raw output of the command behind an error (it, or its cause): the tool's own words, untranslated, for `-v` and the JSON. */
function toolOutputOf(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
        if (e instanceof CommandError && e.stderr.trim())
            return lastLines(e.stderr, OUTPUT_TAIL_LINES);
    return undefined;
}
/** The message of anything thrown (a non-Error too), for one-line reports. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The first line of an error's message: its header, without the tool output some errors carry below it. */
function firstLineOf(error) {
    return messageOf(error).split('\n')[0].trim();
}
/** Services asked for that the compose project does not define: one wording and one class wherever it is found (exit 2). */
function undefinedServices(unknown, dir, known) {
    return new UsageError(`service ${unknown.map((s) => `'${s}'`).join(', ')} is not defined by the compose project in ${dir} (services: ${known.join(', ') || 'none'})`);
}


/***/ }),

/***/ 21279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseLayerList)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(44146);

/** Reads `--layers` / the `layers` input: names separated by commas or line breaks, blanks ignored, duplicates dropped. */
function parseLayerList(text) {
    const asked = (text ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    const unknown = asked.filter((name) => !_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR.includes(name));
    const layers = asked.length ? [...new Set(asked)].filter((n) => !unknown.includes(n)) : [..._model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR];
    return { layers, unknown: [...new Set(unknown)] };
}


/***/ }),

/***/ 44146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ NOT_PROBED_REASONS),
/* harmony export */   CA: () => (/* binding */ HOST_ROLLOUT_STATES),
/* harmony export */   Jb: () => (/* binding */ CONTROL_COMPARISONS),
/* harmony export */   N6: () => (/* binding */ LAYER_STATUSES),
/* harmony export */   Qw: () => (/* binding */ CHECK_STATUSES),
/* harmony export */   RR: () => (/* binding */ LAYERS),
/* harmony export */   Z4: () => (/* binding */ RUN_VERDICTS),
/* harmony export */   a3: () => (/* binding */ SHARED_STEP_STATUSES),
/* harmony export */   p6: () => (/* binding */ FRESHNESS_BASES),
/* harmony export */   rQ: () => (/* binding */ PREVIEW_NOT_READY_REASONS),
/* harmony export */   wv: () => (/* binding */ FEATURE_VERDICTS)
/* harmony export */ });
/**
 * The result model: what every layer returns and what every report renders.
 * The JSON result (README "JSON result", which extends the design contract) is exactly `RunResult`; extend it, never rename.
 */
/** The five layers, in the order a feature must line up. */
const LAYERS = ['source', 'artifact', 'container', 'route', 'auth'];
/** `skip` = not configured or not reached; `error` = could not be checked (never reported as pass). */
const LAYER_STATUSES = ['pass', 'fail', 'skip', 'error'];
const FEATURE_VERDICTS = [
    'pass',
    'missing-in-source',
    'build-drift',
    'runtime-drift',
    'route-missing',
    'auth-failed',
    'error'
];
const RUN_VERDICTS = ['pass', 'fail', 'error'];
/** A single check has no `skip`: it was looked at, or it could not be. */
const CHECK_STATUSES = ['pass', 'fail', 'error'];
/** How a control probe's answer compares with the probe's: `unknown` when the control got no answer to compare with. */
const CONTROL_COMPARISONS = ['same', 'different', 'unknown'];
const SHARED_STEP_STATUSES = ['pass', 'error'];
/**
 * Why an operation of an OpenAPI document was not probed: `unfilled-parameter` = a path parameter has no usable example
 * (a 404 on `/orders/{orderId}` proves nothing); `unsafe-method` = a POST/PUT/PATCH/DELETE anyone may call (probing it
 * would act on production); `opted-out` = `x-driftcheck-probe: false`.
 */
const NOT_PROBED_REASONS = ['unfilled-parameter', 'unsafe-method', 'opted-out'];
/**
 * How a running image was judged fresh or stale: `image-id` = the same image ID as the one checked at the artifact layer,
 * `layers` = its filesystem layers compared with that image's, `revision-label` = only its revision label against the
 * commit (nothing built to compare with), `service-spec` = a Swarm task created from another spec than its service's (an
 * update that has not reached it); null = nothing to compare with (freshness unknown).
 */
const FRESHNESS_BASES = ['image-id', 'layers', 'revision-label', 'service-spec'];
/** What a fleet deploy did on one host, and what runs there afterwards. */
const HOST_ROLLOUT_STATES = ['deployed', 'rolled-back', 'failed', 'not-reached'];
/** Why a service a preview started is not ready, as `PreviewResult.notReady` and the report's parser name them. */
const PREVIEW_NOT_READY_REASONS = ['no-container', 'exited', 'starting', 'port-closed'];


/***/ }),

/***/ 9303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ requireResolved),
/* harmony export */   Ic: () => (/* binding */ usesOfLayers),
/* harmony export */   hg: () => (/* binding */ unresolvedFor),
/* harmony export */   q8: () => (/* binding */ CONFIG_USES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/**
 * What a value of the config is needed for: a layer's own checks, the image build, or reaching the target. A `${VAR}` is
 * resolved (and a missing one is a config error) only when something that needs it runs: a PR gate that runs
 * `--layers source,artifact` on a fork, where no secret is set, never needs the auth probe's token or the target's ssh user.
 */
const CONFIG_USES = ['source', 'build', 'artifact', 'target', 'container', 'route', 'auth'];
/** What each layer needs: the artifact layer checks an image that must be built; the container layer, the target too. */
const LAYER_USES = {
    source: ['source'],
    artifact: ['build', 'artifact'],
    container: ['build', 'target', 'container'],
    route: ['route'],
    auth: ['auth']
};
/** The uses of a run of `layers`, in CONFIG_USES order. */
function usesOfLayers(layers) {
    const wanted = new Set(layers.flatMap((layer) => LAYER_USES[layer]));
    return CONFIG_USES.filter((use) => wanted.has(use));
}
/** The first variable (in file order) that one of `uses` needs and that was not set when the config was loaded. */
function unresolvedFor(config, uses) {
    return config.unresolved?.find((variable) => variable.needs.some((use) => uses.includes(use)));
}
/** Throws the config error (`file:line:col: environment variable … is not set`) of the first variable `uses` need. */
function requireResolved(config, uses) {
    const variable = unresolvedFor(config, uses);
    if (variable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(variable.message, variable.location);
}


/***/ }),

/***/ 10381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ tuneProcess)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/**
 * V8 settings for driftcheck's own processes (the CLI and the action's steps), never for a program that imports the library.
 *
 * `--liftoff-only`: undici (the engine socket's client, and Node's own `fetch`, which Octokit uses in the action's report
 * step) parses HTTP with llhttp compiled to WebAssembly, and V8's optimising tier recompiles it in the background at the
 * first requests: ~10 MB of peak RSS and CPU taken from other work on a 2-core runner (measured when the probes still went
 * over undici: ~30 MB in a probe-only run), for a parser that reads a few small answers. The baseline compiler alone is
 * enough. It must be set before the first WebAssembly module is compiled: the entry points call this first.
 *
 * `--semi-space-growth-factor=1`: the config's parse makes short-lived garbage in bursts, and V8 answers by growing the young
 * generation to its maximum (2 × 16 MB) for the rest of a run that then holds little. Kept at its start size, peak RSS at
 * 200 features drops by ~20 MB at the same speed (`npm run bench`; ~100 ms more of collection over the run, most of it while
 * the build runs). `--max-semi-space-size` would say it more directly, but V8 reads that one only as the heap is made, before
 * any of driftcheck's code runs.
 *
 * `--no-opt`: a run waits on processes and the network; V8's optimising compiler costs memory (~8 MB of peak RSS at 200
 * features: 105 → 96 MB in alternating runs, as fast) and background CPU taken from the build on 2 cores. The price: a
 * config of thousands of features parses ~40 % slower (2000 features: 1.3 → 1.8 s, on the worker thread of
 * verify-ahead.ts). Set only after the config is read, it saves half as much.
 */
function tuneProcess() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--liftoff-only');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-opt');
}


/***/ }),

/***/ 80073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ disposeAhead),
/* harmony export */   Tn: () => (/* binding */ takeConfigAhead),
/* harmony export */   UH: () => (/* binding */ readConfigAhead),
/* harmony export */   c: () => (/* binding */ takeEarlyAhead),
/* harmony export */   h3: () => (/* binding */ startEarlyAhead),
/* harmony export */   vZ: () => (/* binding */ verifyAsk)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(84489);
/* harmony import */ var _core_layer_list_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(21279);
/* harmony import */ var _core_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9303);




let config;
let early;
/**
 * Starts the read of `ask` (verifyAsk's); `entry` is the CLI's own file, the worker's too. The worker's environment is
 * `env` as it is now (loadConfig's, as the CLI gives it: the process's); `online` runs once the worker does.
 */
function readConfigAhead(ask, entry, options = {}) {
    let worker;
    try {
        worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(new URL(entry), {
            workerData: { file: ask.file, uses: ask.uses },
            env: { ...(options.env ?? process.env) },
            // A young generation of 2 MB (default 32): ~12 MB less RSS meanwhile, and beside the CLI's loading the parse is as
            // fast (median of 9 runs at 200 features). Alone, with the main thread idle, it was ~50 ms slower: CPU, not GC, is
            // what the parse waits for in a real start.
            resourceLimits: { maxYoungGenerationSizeMb: 2 }
        });
    }
    catch {
        return;
    }
    if (options.online)
        worker.once('online', options.online);
    // Never kept alive by it: a process that ends before taking the config (a usage error) ends it too.
    worker.unref();
    const read = new Promise((resolve) => {
        worker.once('message', (message) => resolve(message.config));
        worker.once('error', () => resolve(null));
        worker.once('exit', () => resolve(null));
    });
    config = { key: configKey(ask.file, ask.uses), config: read, worker };
}
/** The config read ahead for this very ask (null when the worker failed: load it here), or undefined when none was. */
function takeConfigAhead(file, uses) {
    const taken = config;
    config = undefined;
    if (!taken)
        return undefined;
    if (taken.key === configKey(file, uses))
        return taken.config;
    void taken.worker.terminate();
    return undefined;
}
/**
 * Starts the early commands of `ask` (verifyAsk's). Their lines are kept with when each started, since no logger exists
 * yet: the one that takes them writes them (`takeEarlyAhead`).
 */
async function startEarlyAhead(ask) {
    // Loaded here, not at the entry's start: its modules (execa, the adapters' argv) would delay the config worker's start.
    const { startEarly } = await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90640));
    const kept = [];
    let live;
    const commands = startEarly(ask.file, ask.layers, (line) => live ? live(line) : kept.push({ line, at: performance.now() }));
    const replay = (logAt, then) => {
        for (const { line, at } of kept.splice(0))
            logAt(line, at);
        live = then;
    };
    early = { key: earlyKey(ask.file, ask.layers), commands, replay };
}
/**
 * The early commands started ahead for this very verify, or undefined (none were, or another verify's, which are ended: the
 * caller starts its own). Their lines are written through `logAt` as of when each started, any later one (what `dispose`
 * ended) through `live`.
 */
function takeEarlyAhead(file, layers, logAt, live) {
    const taken = early;
    early = undefined;
    if (!taken)
        return undefined;
    // Their lines are written either way: at -v a run shows what it started, and what it ended unasked.
    taken.replay(logAt, live);
    if (taken.key === earlyKey(file, layers))
        return taken.commands;
    taken.commands.dispose();
    return undefined;
}
/** Ends what was started ahead and never taken (a usage error before the config was read). */
function disposeAhead() {
    early?.commands.dispose();
    early = undefined;
    if (config)
        void config.worker.terminate();
    config = undefined;
}
const configKey = (file, uses) => JSON.stringify([file, uses]);
const earlyKey = (file, layers) => JSON.stringify([file, layers]);
// The options of `verify` (cli/main.ts), by whether they take a value. Anything else: no guess.
const VALUED = new Set(['-c', '--config', '--layers', '--format', '-o', '--output']);
const FLAGS = new Set(['-v', '--verbose', '--no-color']);
/**
 * What a `verify …` command line asks for, or null when it is anything else or says something this guess does not read
 * (help, `--`, an unknown or combined option). Only a guess: commander's reading is the one that counts.
 */
function verifyAsk(argv) {
    if (argv[0] !== 'verify')
        return null;
    const values = new Map();
    for (let i = 1; i < argv.length; i++) {
        const word = argv[i];
        if (FLAGS.has(word))
            continue;
        const eq = word.startsWith('--') ? word.indexOf('=') : -1;
        const name = eq > 0 ? word.slice(0, eq) : word;
        if (!VALUED.has(name))
            return null;
        const value = eq > 0 ? word.slice(eq + 1) : argv[++i];
        if (value === undefined)
            return null;
        values.set(name === '-c' ? '--config' : name, value);
    }
    const { layers, unknown } = (0,_core_layer_list_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLayerList */ .X)(values.get('--layers'));
    if (unknown.length)
        return null;
    return { file: values.get('--config') ?? _core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_FILE */ .C, layers, uses: (0,_core_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .usesOfLayers */ .Ic)(layers) };
}


/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
