export const id = 617;
export const ids = [617];
export const modules = {

/***/ 73617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewCommand: () => (/* binding */ previewCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/uses.ts
var uses = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/core/verdict.ts
var core_verdict = __webpack_require__(79478);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(44146);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./src/engine/expand.ts + 3 modules
var expand = __webpack_require__(49697);
// EXTERNAL MODULE: ./src/engine/engine.ts + 17 modules
var engine_engine = __webpack_require__(20627);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __webpack_require__(96236);
;// CONCATENATED MODULE: ./src/deploy/preview/built-once.ts

/**
 * The same build, as far as the images are concerned: the same labels but `created`. A dirty checkout is stamped with the
 * clock (`buildLabels`), so the engine's own request a moment later carries another `created`; its revision
 * (`<commit>-dirty`) is the one the running containers were built with.
 */
function sameBuildLabels(a, b) {
    const rest = (labels) => Object.entries(labels)
        .filter(([key]) => key !== core_labels/* CREATED_LABEL */.Kh)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return JSON.stringify(rest(a)) === JSON.stringify(rest(b));
}
/**
 * The project, with the images the preview built before `up` handed back when the engine's build phase asks for them again
 * (services it built, labels the same but `created`): one build per preview, not two, and the images checked are the ones
 * the containers were started from. Anything else is built.
 */
class BuiltOnce {
    inner;
    images;
    labels;
    project;
    dir;
    constructor(inner, images, labels) {
        this.inner = inner;
        this.images = images;
        this.labels = labels;
        this.project = inner.project;
        this.dir = inner.dir;
    }
    version() {
        return this.inner.version();
    }
    services() {
        return this.inner.services();
    }
    async build(services, labels, options = {}) {
        const have = new Map(this.images.map((i) => [i.service, i]));
        const defined = await this.inner.services();
        const wanted = services.filter((s) => defined[s]?.builds);
        if (sameBuildLabels(labels, this.labels) && wanted.every((s) => have.has(s))) {
            options.started?.(); // nothing to wait for: what it built is the answer
            return wanted.map((s) => have.get(s));
        }
        return this.inner.build(services, labels, options);
    }
    up(services, options) {
        return this.inner.up(services, options);
    }
}

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/deploy/preview/urls.ts

/** The compose services a feature checks: its artifact paths and its probes name them. */
function servicesOf(feature) {
    const named = [...Object.keys(feature.artifact), ...[...feature.routes, ...feature.auth].map((p) => p.service)];
    return [...new Set(named)];
}
/** Features that check a service the preview does not run: left out (a preview proves nothing about them). */
function leftOutFeatures(features, running) {
    return features
        .map((feature) => ({ feature: feature.name, services: servicesOf(feature).filter((s) => !running.has(s)) }))
        .filter((left) => left.services.length > 0);
}
/** The URL's port as written, or its scheme's (80, 443). */
function portOf(url) {
    return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}
/**
 * The remapped port a service's URL means: its only published tcp port, or, when it publishes several, the one the compose
 * file published on the URL's own port (`http://…:18080` ↔ `127.0.0.1:18080:8080`). Anything else is ambiguous: a usage
 * error naming the ports, never a guess.
 */
function chooseLocalPort(service, url, state) {
    const tcp = state.ports.filter((p) => p.protocol === 'tcp');
    if (tcp.length === 0)
        throw new errors/* UsageError */.eb(`services.${service}.url: the preview cannot probe ${service}: its compose service publishes no tcp port`);
    const wanted = portOf(new URL(url));
    const chosen = tcp.length === 1 ? tcp[0] : tcp.find((p) => p.requested === wanted);
    if (!chosen)
        throw new errors/* UsageError */.eb(`services.${service}.url: the preview cannot tell which of ${service}'s published ports (${tcp.map((p) => p.requested ?? p.target).join(', ')}) its URL (port ${wanted}) is`);
    if (!chosen.published)
        throw new errors/* UsageError */.eb(`the preview found no published port ${chosen.target} of ${service}`);
    return chosen.published;
}
/**
 * The URL the preview probes instead: plain http on loopback at the remapped port (the preview talks to the container, not
 * to a TLS proxy in front of it), the path and query as written (`https://api.example.com/v1/` → `http://127.0.0.1:49213/v1/`).
 */
function localUrl(url, published) {
    const parsed = new URL(url);
    const host = published.host === '0.0.0.0' || published.host === '::' ? '127.0.0.1' : published.host;
    const shown = host.includes(':') ? `[${host}]` : host;
    const path = parsed.pathname === '/' && !url.replace(/^[a-z]+:\/\/[^/]+/i, '').startsWith('/') ? '' : parsed.pathname;
    return `http://${shown}:${published.port}${path}${parsed.search}`;
}
/**
 * The config the preview verifies: each started service's `url` moved to its remapped local port (no `nodeUrl`: there is
 * no fleet; no `container:`: the preview's own containers are found by the project's labels), the left-out features
 * dropped. Returns it with the rewrites, as facts for the result.
 */
function previewConfig(config, states, leftOut) {
    const byService = new Map(states.map((s) => [s.service, s]));
    const urls = [];
    const services = {};
    for (const [name, service] of Object.entries(config.services)) {
        const state = byService.get(name);
        if (!state) {
            services[name] = service;
            continue;
        }
        const { nodeUrl: _node, container: _container, ...kept } = service;
        if (service.url) {
            const to = localUrl(service.url, chooseLocalPort(name, service.url, state));
            urls.push({ service: name, from: service.url, to });
            kept.url = to;
        }
        services[name] = kept;
    }
    const dropped = new Set(leftOut.map((l) => l.feature));
    return { config: { ...config, services, features: config.features.filter((f) => !dropped.has(f.name)) }, urls };
}

;// CONCATENATED MODULE: ./src/deploy/preview/not-ready.ts




/** The layers that need the service running: a not-ready service's feature can be checked up to the first of them. */
const NEEDS_RUNNING = ['container', 'route', 'auth'];
/** The layers a not-ready service's feature is still checked at: the checkout and the image just built. */
function beforeRunning(layers) {
    return layers.filter((layer) => !NEEDS_RUNNING.includes(layer));
}
/**
 * The features (not left out) that check a service which did not become ready, with those services. They are not probed:
 * a not-ready service has no local URL, and its configured one is production.
 */
function blockedFeatures(features, leftOut, notReady) {
    const left = new Set(leftOut.map((l) => l.feature));
    const down = new Set(notReady.map((n) => n.service));
    return features
        .filter((feature) => !left.has(feature.name))
        .map((feature) => ({ feature: feature.name, services: servicesOf(feature).filter((s) => down.has(s)) }))
        .filter((blocked) => blocked.services.length > 0);
}
/**
 * What was seen of a not-ready service's container (the check's `target`), as a layer's evidence says what it saw:
 * `exited with code 1`, `running, but not accepting on port 8080 (127.0.0.1:49213) within 30.0 s`.
 */
function notReadyObserved(n, readyTimeoutMs) {
    const within = (0,units/* formatDuration */.a3)(readyTimeoutMs);
    switch (n.reason) {
        case 'no-container':
            return `no container was created within ${within}`;
        case 'exited':
            return `${n.state}${n.exitCode === null ? '' : ` with code ${n.exitCode}`}`;
        case 'starting':
            return `still ${n.state} after ${within}`;
        case 'port-closed':
            return `running, but not accepting on port ${n.target} (127.0.0.1:${n.port}) within ${within}`;
    }
}
/** `api did not become ready in the preview: container p_api_1 exited with code 1`. */
function notReadySentence(n, observed) {
    return `${n.service} did not become ready in the preview: ${'container' in n ? `container ${n.container} ` : ''}${observed}`;
}
/**
 * A blocked feature's layers from the first one that needs a running service on: that one `error`, naming each not-ready
 * service, its state and (as the check's `output`) its last log lines; the later ones `skip`, not reached. Only the
 * layers asked for and configured for the feature.
 */
function notReadyLayers(feature, notReady, options) {
    const own = notReady.filter((n) => servicesOf(feature).includes(n.service));
    const configured = (0,engine_engine/* configuredLayers */.xv)(feature);
    const running = NEEDS_RUNNING.filter((layer) => options.layers.includes(layer) && configured.includes(layer));
    const [first, ...later] = running;
    if (!first || own.length === 0)
        return {};
    const sentences = [];
    const checks = own.map((n) => {
        const observed = notReadyObserved(n, options.readyTimeoutMs);
        const sentence = notReadySentence(n, observed);
        sentences.push(sentence);
        return {
            target: 'container' in n ? n.container : n.service,
            service: n.service,
            status: 'error',
            expected: 'running, accepting on its published ports',
            observed,
            // At a probe layer (a feature without artifact paths) the check's own sentence is what reports list.
            ...(first === 'container' ? {} : { summary: sentence }),
            ...(n.logs ? { output: n.logs } : {})
        };
    });
    const summary = sentences.join('; ');
    const names = own.map((n) => n.service).join(', ');
    const out = {
        [first]: { layer: first, status: 'error', evidence: { summary, checks }, durationMs: options.waitedMs }
    };
    for (const layer of later)
        out[layer] = {
            layer,
            status: 'skip',
            evidence: { summary: `not reached: ${names} did not become ready in the preview` },
            durationMs: 0
        };
    return out;
}
/** The layers a verification of the blocked features before the running ones returned (`beforeRunning`), by feature. */
function earlyLayers(result) {
    const out = new Map();
    for (const feature of result?.features ?? []) {
        const layers = {};
        for (const layer of feature.layers)
            if (!NEEDS_RUNNING.includes(layer.layer))
                layers[layer.layer] = layer;
        out.set(feature.name, layers);
    }
    return out;
}
/**
 * One result of the verified features (`ready`, of ready services) and the blocked ones, in the config's order. The run is
 * `incomplete` when a started service was not ready (never a pass, by the one rule). A service keeps the facts of the part
 * that built or inspected it.
 */
function combineResults(config, parts, options) {
    const { ready, blocked } = parts;
    const byName = new Map();
    for (const feature of [...(ready?.features ?? []), ...blocked.features])
        byName.set(feature.name, feature);
    const features = config.features.flatMap((f) => byName.get(f.name) ?? []);
    const known = (s) => !!s && (s.builtImage !== null || s.runningImage !== null);
    const services = (ready ?? blocked).services.map((service) => {
        const other = parts.blockedServices?.find((s) => s.name === service.name);
        return known(service) || !known(other) ? service : other;
    });
    const startedAt = [ready?.startedAt, blocked.startedAt].filter((t) => !!t).sort()[0];
    const now = options.now ?? new Date();
    return {
        version: 1,
        verdict: (0,core_verdict/* judgeRun */.Zy)(features, { incomplete: options.incomplete }),
        revision: ready?.revision ?? blocked.revision,
        startedAt,
        durationMs: Math.max(0, now.getTime() - Date.parse(startedAt)),
        services,
        features
    };
}

;// CONCATENATED MODULE: ./src/deploy/preview/readiness.ts
/** A container that stopped, or will not run again by itself: waiting longer cannot make it ready. */
const STOPPED = new Set(['exited', 'dead', 'removing']);
/**
 * One look at the started services: ready (every one has a running container whose published tcp ports accept a
 * connection), or what is not. `final`: the service cannot become ready by waiting (it exited).
 */
function judgeReadiness(states) {
    const problems = [];
    for (const state of states) {
        const running = state.containers.find((c) => c.state === 'running');
        const stopped = state.containers.find((c) => STOPPED.has(c.state));
        if (!running && stopped) {
            const { name, state: how, exitCode } = stopped;
            problems.push({
                service: { service: state.service, reason: 'exited', container: name, state: how, exitCode },
                final: true
            });
            continue;
        }
        if (!running) {
            const other = state.containers[0];
            problems.push({
                service: other
                    ? { service: state.service, reason: 'starting', container: other.name, state: other.state }
                    : { service: state.service, reason: 'no-container' },
                final: false
            });
            continue;
        }
        const closed = state.ports.find((p) => p.protocol === 'tcp' && p.accepts !== true);
        if (closed)
            problems.push({
                service: {
                    service: state.service,
                    reason: 'port-closed',
                    container: running.name,
                    port: closed.published?.port ?? 0,
                    target: closed.target
                },
                final: false
            });
    }
    return problems;
}
/**
 * Looks again every `intervalMs` until every service is ready (→ its last look), every one that is not cannot become ready
 * by waiting (it exited), or the deadline passes (→ what is not ready). One that exited does not cut the wait short for the
 * others: a service still starting then is verified once it is ready. Bounded by the deadline and by the abort signal.
 */
async function waitUntilReady(observe, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const deadline = now() + options.timeoutMs;
    for (;;) {
        const states = await observe();
        const problems = judgeReadiness(states);
        if (problems.length === 0)
            return { states, notReady: [] };
        if (problems.every((p) => p.final) || now() >= deadline || options.signal?.aborted)
            return { states, notReady: problems.map((p) => p.service) };
        await sleep(Math.min(options.intervalMs ?? 500, Math.max(0, deadline - now())));
    }
}

;// CONCATENATED MODULE: ./src/deploy/preview.ts










const DEFAULT_READY_TIMEOUT_MS = 60_000;
const DEFAULT_LOG_LINES = 20;
/** A log line longer than this is cut: a service that prints a blob must not flood the report. */
const LOG_LINE_MAX = 300;
/**
 * A started service that exited or never became ready, for a caller that must also record the run as incomplete (the
 * action's preview step, after it saved the result that names it): `error`, never a pass. Carries its last log lines.
 */
class PreviewNotReady extends errors/* InfraError */.Ri {
    project;
    notReady;
    name = 'PreviewNotReady';
    constructor(project, notReady) {
        super(`the preview's ${notReady.map((n) => n.service).join(', ')} did not become ready (project ${project})`, 'see the service logs above; the preview was torn down');
        this.project = project;
        this.notReady = notReady;
    }
}
/** The preview was cancelled (the job, SIGINT/SIGTERM) before it finished; it was torn down. */
class PreviewCancelled extends errors/* InfraError */.Ri {
    reason;
    name = 'PreviewCancelled';
    constructor(reason) {
        super(`the preview was cancelled (${reason}); it was torn down`);
        this.reason = reason;
    }
}
/**
 * `driftcheck preview`: build the checkout's images (stamped), start them under the throwaway project with every published
 * port on a free loopback port, wait (bounded) until they run and accept, verify source → artifact → container → route →
 * auth there with the URLs moved to those ports, and ALWAYS tear the project down: on success, on failure, on an error
 * mid-way and when cancelled. The result carries what was rewritten (`preview`). A service that is not ready is a fact of
 * the result, not a throw: its features are checked up to the first layer that needs it running, which is `error` (its
 * state and last log lines), the features of the ready services are verified as ever, and the run is never a pass.
 */
async function orchestratePreview(written, deps, options = {}) {
    const { project, logger } = deps;
    const signal = options.signal;
    const cancelled = new Promise((_, reject) => {
        const stop = () => reject(new PreviewCancelled(String(signal?.reason ?? 'aborted')));
        if (signal?.aborted)
            stop();
        else
            signal?.addEventListener('abort', stop, { once: true });
    });
    cancelled.catch(() => { }); // raced below; unobserved when the preview ends first
    const step = (work) => Promise.race([work, cancelled]);
    try {
        // Every feature the run will check (discover, openapi), known before anything starts: left out or rewritten alike.
        const config = await step((0,expand/* expandConfig */.N)(written, deps));
        const defined = await step(project.services());
        const asked = startedServices(config, defined, project.dir);
        logger.info(`preview: project ${project.project}, starting ${asked.join(', ')} (${await step(project.version())})`);
        const revision = await step(deps.tree.revision());
        const labels = await step((0,engine_engine/* buildLabels */.S6)(deps.tree, { revision }, { fromWorkingTree: true, logger }));
        const toBuild = asked.filter((s) => defined[s]?.builds);
        const built = new BuiltOnce(project, toBuild.length ? await step(project.build(toBuild, labels)) : [], labels);
        await step(project.up(asked, { noBuild: true }));
        const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
        const waitStarted = Date.now();
        const { states, notReady } = await step(waitUntilReady(() => project.observe(asked), { timeoutMs: readyTimeoutMs, signal }));
        const waitedMs = Date.now() - waitStarted;
        const reports = notReady.length ? await step(withLogs(deps, notReady, options)) : [];
        const leftOut = leftOutFeatures(config.features, new Set(asked));
        for (const left of leftOut)
            logger.info(`preview: ${left.feature} checks ${left.services.join(', ')}, not started by the preview: left out`);
        // A feature of a service that is not ready is never probed (its URL would be production's): checked up to that point.
        const blocked = blockedFeatures(config.features, leftOut, reports);
        for (const b of blocked)
            logger.warn(`preview: ${b.feature} checks ${b.services.join(', ')}, which did not become ready: checked up to the built image, not probed`);
        const down = new Set(reports.map((n) => n.service));
        const rewritten = previewConfig(config, states.filter((s) => !down.has(s.service)), [...leftOut, ...blocked]);
        for (const url of rewritten.urls)
            logger.info(`preview: ${url.service} ${url.from} → ${url.to}`);
        const side = { docker: deps.docker, compose: built };
        const engine = {
            build: side,
            // The same side: the container layer compares the running containers with what this build made.
            target: side,
            runtime: deps.runtime,
            nodes: [],
            http: deps.http,
            tree: deps.tree,
            ...(deps.apis ? { apis: deps.apis } : {}),
            logger,
            redactor: deps.redactor
        };
        const layers = options.layers ?? model/* LAYERS */.RR;
        const asks = options.layers ? { layers: options.layers } : {};
        // Without a blocked feature, verify as ever (nothing checkable is its usage error); with one, only what is left.
        const ready = blocked.length === 0 || (0,engine_engine/* checkableFeatures */.ob)(rewritten.config, layers).length > 0
            ? await step((0,engine_engine/* verify */.MX)(rewritten.config, engine, asks))
            : null;
        const result = blocked.length
            ? await step(verifyBlocked(config, blocked, reports, engine, { layers, revision, readyTimeoutMs, waitedMs, ready }))
            : ready;
        const preview = {
            project: project.project,
            services: asked,
            urls: rewritten.urls,
            leftOut,
            readyTimeoutMs,
            ...(reports.length ? { notReady: reports } : {})
        };
        // A not-ready service no feature checks (a database) still leaves the run unproven.
        const verdict = reports.length ? (0,core_verdict/* judgeRun */.Zy)(result.features, { incomplete: true }) : result.verdict;
        return deps.redactor.redactValue({ ...result, verdict, preview });
    }
    finally {
        await teardown(deps);
    }
}
/**
 * The blocked features: the layers before the running ones verified as ever (the checkout, the images just built), then
 * each one's first running layer `error` with the not-ready evidence and the later ones not reached; joined with `ready`.
 */
async function verifyBlocked(config, blocked, reports, engine, options) {
    const names = new Set(blocked.map((b) => b.feature));
    const blockedConfig = { ...config, features: config.features.filter((f) => names.has(f.name)) };
    const early = beforeRunning(options.layers);
    const before = early.length && (0,engine_engine/* checkableFeatures */.ob)(blockedConfig, early).length
        ? await (0,engine_engine/* verify */.MX)(blockedConfig, engine, { layers: early })
        : null;
    const found = earlyLayers(before);
    const state = (0,engine_engine/* newState */.om)(before?.revision ?? options.revision, options.layers);
    for (const feature of blockedConfig.features)
        state.results[feature.name] = { ...found.get(feature.name), ...notReadyLayers(feature, reports, options) };
    const parts = { ready: options.ready, blocked: (0,engine_engine/* finish */.O9)(state, blockedConfig), blockedServices: before?.services };
    return combineResults(config, parts, { incomplete: true });
}
/** `preview.services`, or every configured service the compose file defines; an unknown one is a usage error. */
function startedServices(config, defined, dir) {
    const asked = config.preview?.services;
    if (asked) {
        const unknown = asked.filter((s) => !(s in defined));
        if (unknown.length)
            throw (0,errors/* undefinedServices */.lJ)(unknown, dir, Object.keys(defined));
        return [...asked];
    }
    const configured = Object.keys(config.services).filter((s) => s in defined);
    if (configured.length === 0)
        throw (0,errors/* undefinedServices */.lJ)(Object.keys(config.services), dir, Object.keys(defined));
    return configured;
}
/** `down -v --remove-orphans --rmi local`; a failure is logged (the leftovers named by the project), never swallowed silently. */
async function teardown(deps) {
    try {
        await deps.project.down();
        deps.logger.info(`preview: project ${deps.project.project} removed (containers, networks, volumes, built images)`);
    }
    catch (error) {
        deps.logger.error(`preview: tearing down project ${deps.project.project} failed: ${(0,errors/* firstLineOf */.Qy)(error)}; remove it with \`docker-compose -p ${deps.project.project} down -v\``);
        throw error;
    }
}
/** Each not-ready service with its last log lines: redacted, each cut. */
async function withLogs(deps, notReady, options) {
    const lines = options.logLines ?? DEFAULT_LOG_LINES;
    return Promise.all(notReady.map(async (n) => {
        const raw = await deps.project.logs(n.service, lines).catch(() => '');
        const cut = (0,errors/* lastLines */.w$)(deps.redactor.redact(raw), lines)
            .split('\n')
            .map((l) => (0,redact/* clipText */.gL)(l, LOG_LINE_MAX))
            .join('\n');
        return { ...n, logs: cut };
    }));
}

// EXTERNAL MODULE: ./src/report/preview.ts
var preview = __webpack_require__(5566);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/adapters/compose.ts + 6 modules
var adapters_compose = __webpack_require__(99471);
// EXTERNAL MODULE: ./src/core/compose/mapping.ts
var mapping = __webpack_require__(11022);
// EXTERNAL MODULE: ./src/core/compose/published-port.ts
var published_port = __webpack_require__(89052);
;// CONCATENATED MODULE: ./src/adapters/compose/preview-config.ts


/**
 * Rewrites a resolved compose config for a preview:
 * - every published port → `127.0.0.1::<target>/<protocol>`: loopback only, on a port the engine picks (never one of the
 *   compose file's, which production or another preview may hold); a port range is refused (one URL per service);
 * - `container_name` dropped: a fixed name would clash with the running system's container on the same engine;
 * - a service that builds loses its `image:`: the build is tagged `<project>_<service>` (v1) / `<project>-<service>` (v2),
 *   never overwriting the production image's tag, and `down --rmi local` removes exactly the images built for it. A service
 *   that only runs an `image:` (a database) stays as the compose file says.
 */
function previewComposeConfig(raw) {
    const config = structuredClone(raw);
    const services = (0,mapping/* isMapping */.p)(config.services) ? config.services : {};
    const ports = {};
    const built = [];
    for (const [name, service] of Object.entries(services)) {
        if (!(0,mapping/* isMapping */.p)(service))
            continue;
        delete service.container_name;
        if (service.build !== undefined && service.build !== null) {
            delete service.image;
            built.push(name);
        }
        if (service.ports === undefined)
            continue;
        const parsed = (Array.isArray(service.ports) ? service.ports : []).map((entry) => parsePort(entry, name));
        ports[name] = parsed;
        service.ports = parsed.map((p) => `127.0.0.1::${p.target}/${p.protocol}`);
    }
    return { text: JSON.stringify(config, null, 2), ports, built };
}
/**
 * One entry of `ports:` as `compose config` prints it (core/compose/published-port.ts reads it: v1 keeps the short form or
 * the long one, v2 prints the long one), as the preview remaps it. Throws a one-line Error for what it cannot remap.
 */
function parsePort(entry, service) {
    const spec = (0,published_port/* parsePortSpec */.q)(entry);
    if ('problem' in spec) {
        if (spec.problem === 'target')
            throw new Error(`service ${service}: a published port without a container port (target)`);
        throw new Error(`service ${service}: cannot remap the published port '${String(entry)}' (a range or an unknown form); publish one container port per entry`);
    }
    return { target: spec.target, protocol: protocolOf(spec.protocol, service), published: (0,published_port/* wholePort */.p)(spec.published) };
}
function protocolOf(value, service) {
    if (value === 'tcp' || value === 'udp')
        return value;
    throw new Error(`service ${service}: cannot remap a port of protocol '${value}'`);
}

;// CONCATENATED MODULE: ./src/adapters/compose/preview.ts





/** How long one "does the port accept?" connection may take: the port is on loopback. */
const CONNECT_TIMEOUT_MS = 1_000;
/**
 * Opens a preview of the checkout's compose project: its resolved config (`compose config`, in `dir`, with compose's own
 * interpolation and `.env`), rewritten (compose/preview-config.ts) and handed to every later command on stdin, under
 * `project`. A config compose cannot print, or a port the preview cannot remap, is InfraError / one line.
 */
async function openComposePreview(runner, options) {
    const logger = options.logger ?? ports/* silentLogger */.qq;
    const command = await (0,adapters_compose/* detectCompose */.ib)(runner);
    const source = new adapters_compose/* ComposeCli */.f4(runner, {
        dir: options.dir,
        files: options.files,
        logger,
        docker: options.docker,
        command
    });
    let generated;
    try {
        generated = previewComposeConfig(await source.resolved());
    }
    catch (error) {
        if (error instanceof errors/* InfraError */.Ri)
            throw error;
        throw new errors/* InfraError */.Ri(`the preview cannot start the compose project in ${options.dir}: ${error.message}`);
    }
    const compose = new adapters_compose/* ComposeCli */.f4(runner, {
        dir: options.dir,
        project: options.project,
        config: generated.text,
        logger,
        docker: options.docker,
        signal: options.signal,
        command
    });
    return new ComposePreview(compose, generated.ports, generated.built);
}
/** A throwaway compose project: ComposeCli over the generated config, plus what a readiness wait looks at. */
class ComposePreview {
    compose;
    ports;
    builtServices;
    project;
    dir;
    constructor(compose, ports, builtServices) {
        this.compose = compose;
        this.ports = ports;
        this.builtServices = builtServices;
        this.project = compose.project;
        this.dir = compose.dir;
    }
    version() {
        return this.compose.version();
    }
    services() {
        return this.compose.services();
    }
    build(services, labels, options) {
        return this.compose.build(services, labels, options);
    }
    up(services, options) {
        return this.compose.up(services, options);
    }
    async observe(services) {
        const containers = await this.compose.containers();
        return Promise.all(services.map(async (service) => {
            const own = containers.filter((c) => c.service === service);
            const running = own.some((c) => c.state === 'running');
            const ports = await Promise.all((this.ports[service] ?? []).map(async (p) => {
                const published = running ? await this.compose.port(service, p.target, p.protocol) : null;
                const accepts = published && p.protocol === 'tcp' ? await accepting(published.host, published.port) : null;
                return { target: p.target, protocol: p.protocol, requested: p.published, published, accepts };
            }));
            return { service, containers: own, ports };
        }));
    }
    logs(service, lines) {
        return this.compose.logs(service, lines);
    }
    down() {
        return this.compose.down({ volumes: true, removeOrphans: true, removeImages: 'local' });
    }
}
/** A TCP connection to host:port is accepted within a second. */
function accepting(host, port) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ host, port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(CONNECT_TIMEOUT_MS, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}

// EXTERNAL MODULE: ./src/adapters/docker.ts + 5 modules
var adapters_docker = __webpack_require__(75454);
// EXTERNAL MODULE: ./src/adapters/docker/endpoint.ts
var endpoint = __webpack_require__(3044);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var adapters_http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/runtime/engine.ts
var engine = __webpack_require__(32389);
// EXTERNAL MODULE: ./src/wiring/deps.ts + 22 modules
var deps = __webpack_require__(23974);
;// CONCATENATED MODULE: ./src/wiring/preview.ts










/** A throwaway compose project name: unique on the engine, valid for compose v1 and v2. */
function previewProjectName() {
    return `driftcheck-preview-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * The real adapters of a preview: the checkout's compose project (its folder, as a build uses it) rewritten into a
 * throwaway project on the runner's own engine, that engine, the project's containers by its labels, HTTP, the checkout.
 */
async function createPreviewDeps(config, options = {}) {
    const logger = options.logger ?? ports/* silentLogger */.qq;
    const redactor = options.redactor ?? new redact/* Redactor */.pO(config.secrets);
    const runner = new exec/* LocalRunner */.Q(logger, redactor);
    const docker = new adapters_docker/* DockerCli */.V(runner, logger, { engineSocket: await (0,endpoint/* localEngineSocket */.T)() });
    // A remote target's `dir` is a path over there: the checkout is what a preview builds, as `createDeps` builds it.
    const remote = config.target.host || config.target.hosts;
    const project = await openComposePreview(runner, {
        dir: remote ? config.baseDir : config.target.dir,
        files: config.target.compose.files,
        project: options.project ?? previewProjectName(),
        logger,
        docker,
        signal: options.signal
    });
    const http = new adapters_http/* NodeHttpClient */.O();
    return {
        project,
        docker,
        runtime: new engine/* EngineRuntime */.r({ docker, project: project.project, services: {} }),
        http,
        tree: (0,deps/* sourceTreeFor */.tN)(config, logger, redactor),
        apis: (0,deps/* apiDescriptionsFor */.Vb)(),
        logger,
        redactor,
        close: () => http.close()
    };
}
/** SIGINT / SIGTERM (a cancelled job) abort `signal`; a second signal while tearing down is ignored, so the teardown ends. */
function cancelOnSignals() {
    const controller = new AbortController();
    let received = null;
    const handler = (name) => {
        if (received)
            return;
        received = name;
        controller.abort(name);
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const name of signals)
        process.on(name, handler);
    return {
        signal: controller.signal,
        received: () => received,
        dispose: () => {
            for (const name of signals)
                process.off(name, handler);
        }
    };
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(78499);
;// CONCATENATED MODULE: ./src/cli/commands/preview.ts








/**
 * `driftcheck preview`: build the checkout, start it on this machine's engine under a throwaway project, verify there, tear
 * down. Exit 0 pass, 1 drift, 3 could not check (a service that never became ready, unless a ready one's feature drifted),
 * 2 bad usage; 128+n when cancelled by signal n (after the teardown).
 */
async function previewCommand(options) {
    const layers = (0,context/* parseLayers */.ah)(options.layers);
    (0,context/* parseFormat */.Xc)(options.format);
    const readyTimeoutMs = options.readyTimeout === undefined ? undefined : parseSeconds(options.readyTimeout);
    // The preview never reaches the configured target: its settings need not be set.
    const ctx = await (0,context/* openContext */.eA)(options, (0,uses/* usesOfLayers */.Ic)(layers).filter((use) => use !== 'target'));
    const cancel = cancelOnSignals();
    try {
        const deps = await createPreviewDeps(ctx.config, {
            logger: ctx.logger,
            redactor: ctx.redactor,
            signal: cancel.signal
        });
        try {
            const result = await orchestratePreview(ctx.config, deps, {
                layers,
                signal: cancel.signal,
                ...(readyTimeoutMs === undefined ? {} : { readyTimeoutMs })
            });
            // The report has them; a report that is not text on the terminal: the not-ready services' logs as progress too.
            const textShown = options.output !== undefined || (options.format ?? 'text') === 'text';
            if (result.preview?.notReady?.length && !textShown)
                process.stderr.write((0,preview/* notReadyText */.Wj)(result.preview));
            await (0,context/* emitReport */.Kk)(result, options);
            return (0,core_verdict/* exitCodeFor */.Rr)(result.verdict);
        }
        finally {
            await deps.close();
        }
    }
    catch (error) {
        const signal = cancel.received();
        if (error instanceof PreviewCancelled || signal) {
            process.stderr.write(`driftcheck: ${error instanceof Error ? error.message : 'cancelled'}\n`);
            return 128 + (signal ? external_node_os_.constants.signals[signal] : external_node_os_.constants.signals.SIGTERM);
        }
        throw error;
    }
    finally {
        cancel.dispose();
    }
}
/** `--ready-timeout 90` (seconds) → ms. */
function parseSeconds(value) {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* UsageError */.eb(`--ready-timeout is '${value}', expected whole seconds >= 1`);
    return n * 1000;
}


/***/ }),

/***/ 89052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ wholePort),
/* harmony export */   q: () => (/* binding */ parsePortSpec)
/* harmony export */ });
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11022);

function parsePortSpec(entry) {
    if ((0,_mapping_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(entry)) {
        const long = entry;
        const target = wholePort(long.target);
        if (target === null)
            return { problem: 'target' };
        const published = long.published === undefined || long.published === null ? '' : String(long.published).trim();
        const hostIp = typeof long.host_ip === 'string' && long.host_ip ? long.host_ip : null;
        return { target, protocol: protocolOf(long.protocol), hostIp, published: published || null };
    }
    const match = SHORT.exec(String(entry));
    const target = match ? wholePort(match[3]) : null;
    if (!match || target === null)
        return { problem: 'form' };
    const [, ip, published, , protocol] = match;
    const hostIp = ip?.replace(/^\[(.*)\]$/, '$1') || null;
    return { target, protocol: protocolOf(protocol), hostIp, published: published || null };
}
/** `[ip:][host:]container[/protocol]`: an ip is there only when a host part is (`8080:80` is host:container). */
const SHORT = /^(?:(\[[^\]]*\]|[^:[\]]*):)??(?:([^:]*):)?([^:/]+)(?:\/(\w+))?$/;
/** A port written as one whole number (`8080`, `'8080'`), else null (a range, a name, nothing). */
function wholePort(value) {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    return /^\d+$/.test(text) ? Number(text) : null;
}
function protocolOf(value) {
    return value === undefined || value === null || value === '' ? 'tcp' : String(value);
}


/***/ })

};
