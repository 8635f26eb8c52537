export const id = 359;
export const ids = [359];
export const modules = {

/***/ 50359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  parseBatch: () => (/* binding */ parseBatch),
  whoAmI: () => (/* binding */ whoAmI)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(79478);
// EXTERNAL MODULE: ./src/engine/engine.ts + 17 modules
var engine_engine = __webpack_require__(20627);
// EXTERNAL MODULE: ./src/engine/expand.ts + 3 modules
var expand = __webpack_require__(49697);
;// CONCATENATED MODULE: ./src/deploy/refs.ts
/** The tag that keeps the image a service ran before a deploy, for `--rollback-on-fail`. */
const PREVIOUS_TAG = 'driftcheck-previous';
/** `aibp-api` → `aibp-api:driftcheck-previous`; `reg:5000/app:1.2` → `reg:5000/app:driftcheck-previous`; digests dropped. */
function previousRef(ref) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
    return `${repo}:${PREVIOUS_TAG}`;
}
// docker/distribution's grammar for one path component of a repository, and for a tag.
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/**
 * `<registry>/<service>:<tag>`, what `--strategy registry` pushes and the target pulls; the tag is the image's revision label
 * (`<commit>`, or `<commit>-dirty` for a build of uncommitted changes). Null when docker would refuse the name (a service
 * name with capitals, a revision that is no tag).
 */
function registryRef(registry, service, tag) {
    if (!REPOSITORY_COMPONENT.test(service) || !TAG.test(tag))
        return null;
    return `${registry.replace(/\/+$/, '')}/${service}:${tag}`;
}

;// CONCATENATED MODULE: ./src/deploy/registry.ts


/**
 * Pushes the built images as `<registry>/<service>:<revision>` from this machine's engine (its `docker login`). Names are
 * checked before anything is pushed. The step a fleet or a Swarm deploy shares: the targets then pull `ref`.
 */
async function pushImages(publisher, registry, built) {
    const planned = built.map((image) => {
        if (!image.revision) {
            throw new errors/* UsageError */.eb(`cannot push ${image.service}: its image has no revision label to tag it with (is the checkout a git repository with a commit?)`);
        }
        const ref = registryRef(registry, image.service, image.revision);
        if (!ref) {
            throw new errors/* UsageError */.eb(`cannot push ${image.service} as ${registry}/${image.service}:${image.revision}: docker repository names are lowercase letters, digits and . _ -`);
        }
        return { service: image.service, source: image.ref, ref, id: image.id, revision: image.revision };
    });
    const pushed = [];
    for (const image of planned)
        pushed.push({ ...image, ...(await publisher.push(image.source, image.ref)) });
    return pushed;
}
/**
 * Pulls the pushed images on the target (its own `docker login`) and tags each as the target's compose project names the
 * service's image, so `compose up -d --no-build` starts exactly the pulled image (compose v1 and v2 alike, no compose file
 * changed). A pulled image stamped with another revision than the one pushed means the tag was overwritten: an error.
 */
async function pullPushed(target, pushed, composeRefs) {
    const pulled = [];
    for (const image of pushed) {
        const { id, revision } = await target.pull(image.ref);
        if (revision !== image.revision) {
            throw new errors/* InfraError */.Ri(`${target.where} pulled ${image.ref} stamped ${revision ?? 'without a revision'}, not ${image.revision}: the tag was pushed over`, 'deploy again; give every deploy its own commit');
        }
        const ref = composeRefs[image.service]?.image;
        if (ref && ref !== image.ref)
            await target.tag(image.ref, ref);
        // The same ID on both engines unless one recomputes it (a containerd image store names images by manifest digest).
        pulled.push(`${image.service} ${registry_short(id)}${id === image.id ? '' : ` (built here as ${registry_short(image.id)})`}`);
    }
    return `pulled ${pulled.join(', ')} on ${target.where}`;
}
const registry_short = (id) => id.replace(/^sha256:/, '').slice(0, 12);

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/deploy/steps.ts


const STEP_NAMES = (/* unused pure expression or super */ null && ([
    'preflight',
    'lock',
    'ship',
    'build',
    'push',
    'pull',
    'snapshot',
    'recreate',
    'distribute',
    'stack-deploy',
    'converge',
    'verify',
    'rollback',
    'converge-rollback',
    'verify-rollback',
    'unlock'
]));
/** Runs the steps of a deploy in order, one progress line each, and keeps what happened for the report. */
class steps_StepLog {
    logger;
    now;
    host;
    steps = [];
    constructor(logger, now = Date.now, 
    /** The fleet host these steps run on: each line and step names it. */
    host) {
        this.logger = logger;
        this.now = now;
        this.host = host;
    }
    async run(name, start, work) {
        this.logger.info(`${this.label(name)}: ${start}`);
        const began = this.now();
        try {
            const { value, detail } = await work();
            this.record(name, 'ok', detail, began);
            return value;
        }
        catch (error) {
            this.record(name, 'failed', (0,errors/* firstLineOf */.Qy)(error), began);
            throw error;
        }
    }
    /** A line while a long step runs (the tasks converging), so the wait is never silent. */
    progress(name, line) {
        this.logger.info(`deploy ${name}: ${line}`);
    }
    skip(name, why) {
        this.logger.info(`${this.label(name)}: skipped (${why})`);
        this.steps.push({ name, ...this.on(), status: 'skipped', detail: why, durationMs: 0 });
    }
    /** `deploy build`, `deploy node-2 build`. */
    label(name) {
        return `deploy ${this.host ? `${this.host} ` : ''}${name}`;
    }
    on() {
        return this.host ? { host: this.host } : {};
    }
    record(name, status, detail, began) {
        const durationMs = Math.max(0, this.now() - began);
        this.steps.push({ name, ...this.on(), status, detail, durationMs });
        if (status === 'ok')
            this.logger.info(`${this.label(name)}: ${detail} (${(0,units/* formatDuration */.a3)(durationMs, 'seconds')})`);
        else
            this.logger.error(`${this.label(name)} failed: ${detail}`);
    }
}

// EXTERNAL MODULE: ./src/deploy/strategy.ts
var deploy_strategy = __webpack_require__(29626);
;// CONCATENATED MODULE: ./src/deploy/deploy.ts







// Compose service names are [a-zA-Z0-9._-]; refusing the rest (and a leading `-`) keeps them from ever reading as options.
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** lock → ship → build → `up -d` → unlock. Throws InfraError (exit 3) when a step fails, saying what state it left. */
async function deploy_orchestrateDeployOnly(config, deps, options = {}) {
    const log = new StepLog(deps.engine.logger);
    return withLock(config, deps, options, log, async (compose, asked) => {
        const { revision, services } = await rollout(config, deps, options, log, compose, asked, null);
        return { revision, services, steps: log.steps };
    });
}
/**
 * `deployOnly` plus the verification, under the same lock. With `rollbackOnFail`, the running images are kept before the
 * recreate, and a failed verification recreates the services on them and verifies again; both results are returned.
 */
async function orchestrateDeploy(written, deps, options = {}) {
    // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
    const config = await (0,expand/* expandConfig */.N)(written, deps.engine);
    const log = new steps_StepLog(deps.engine.logger);
    return withLock(config, deps, options, log, async (compose, asked) => {
        const snapshot = options.rollbackOnFail ? new Map() : null;
        const { revision, services } = await rollout(config, deps, options, log, compose, asked, snapshot);
        const layers = options.layers;
        const verifyStep = (name, description) => log.run(name, description, async () => {
            const value = await (0,engine_engine/* verify */.MX)(config, deps.engine, layers ? { layers } : {});
            return { value, detail: `verdict ${value.verdict}` };
        });
        const result = await verifyStep('verify', `verifying ${config.features.length} feature(s)`);
        const done = { revision, services, steps: log.steps };
        if (result.verdict === 'pass')
            return { ...done, result, rolledBack: false };
        if (!snapshot) {
            log.skip('rollback', 'not asked for (--rollback-on-fail)');
            return { ...done, result, rolledBack: false };
        }
        await rollback(deps, log, compose, snapshot);
        const after = await verifyStep('verify-rollback', 'verifying the previous version');
        return { ...done, result: after, before: result, rolledBack: true };
    });
}
/** The services to deploy, checked before anything touches the target. */
function selectServices(config, asked) {
    if (!asked)
        return null;
    const bad = asked.filter((s) => !SERVICE_NAME.test(s));
    if (bad.length)
        throw new errors/* UsageError */.eb(`invalid service name ${bad.map((s) => JSON.stringify(s)).join(', ')} in --services`);
    return [...new Set(asked)];
}
// ---------------------------------------------------------------------------------------------------------------------
async function withLock(config, deps, options, log, body) {
    const asked = selectServices(config, options.services);
    if (options.strategy === 'registry' && !config.target.registry) {
        throw new errors/* UsageError */.eb('--strategy registry needs `target.registry` in the config: the image repository prefix to push to, like registry.example.com/acme');
    }
    const compose = deps.engine.target.compose;
    if (!compose)
        throw new errors/* InfraError */.Ri(`no compose project on ${deps.ship.where}`, `check target.dir and target.compose`);
    const target = deps.ship;
    return underLock(deps, options, log, composePreflight(target, compose), () => body(compose, asked ?? []));
}
/** What the preflight of a compose target finds: `target.dir` writable, the engine's version, the compose flavour. */
function composePreflight(target, compose) {
    return async () => {
        const { docker } = await target.preflight();
        const flavour = await compose.version();
        return `${target.dir} is writable; Docker ${docker}; compose ${flavour}`;
    };
}
/** The preflight step of a compose target (a fleet runs it on every host before any batch). */
async function preflightStep(target, compose, log) {
    const preflight = composePreflight(target, compose);
    await log.run('preflight', `checking ${target.dir} and Docker on ${target.where}`, async () => ({
        value: undefined,
        detail: await preflight()
    }));
}
/** preflight → lock → `body` → unlock (also when `body` throws); the preflight's work says what it found. */
async function underLock(deps, options, log, preflight, body) {
    const target = deps.ship;
    await log.run('preflight', `checking ${target.dir} and Docker on ${target.where}`, async () => ({
        value: undefined,
        detail: await preflight()
    }));
    const release = await lockStep(deps, options, log);
    try {
        return await body();
    }
    finally {
        await unlockStep(deps, log, release);
    }
}
/** Takes the deploy lock in `target.dir`; resolves to its release. */
async function lockStep(deps, options, log) {
    const target = deps.ship;
    const now = options.now ?? (() => new Date());
    return log.run('lock', `taking the deploy lock in ${target.dir}`, async () => {
        const info = {
            who: options.who ?? 'driftcheck',
            since: now().toISOString(),
            pid: options.pid ?? process.pid,
            revision: await deps.engine.tree.revision()
        };
        return { value: await target.lock(info), detail: `held by ${info.who}` };
    });
}
/** Releases the lock; a lock that could not be released is a warning, never the deploy's outcome. */
async function unlockStep(deps, log, release) {
    await log
        .run('unlock', 'releasing the deploy lock', async () => ({ value: await release(), detail: 'released' }))
        .catch((error) => deps.engine.logger.warn(`the deploy lock in ${deps.ship.dir} on ${deps.ship.where} was not released: ${(0,errors/* firstLineOf */.Qy)(error)}`));
}
/** ship → (snapshot) → build → recreate. `services` empty = every configured service the compose project defines. */
async function rollout(config, deps, options, log, compose, asked, snapshot) {
    const { ship: target, engine } = deps;
    const strategy = options.strategy ?? 'source';
    const shipped = await shipTreeStep(deps, log);
    const revision = shipped?.revision ?? (await engine.tree.revision());
    const defined = await compose.services();
    const services = resolveServices(config, asked, defined, compose.dir);
    if (services.length === 0)
        throw new errors/* UsageError */.eb(`nothing to deploy: no configured service is defined by the compose project in ${compose.dir}`);
    // The same stamp as `driftcheck build`: the same commit builds the same image, wherever it is built. The target builds the
    // shipped tree (HEAD); `--strategy image` builds the working tree here, so a dirty checkout is stamped as such.
    const buildsHere = strategy !== 'source';
    const labels = await (0,engine_engine/* buildLabels */.S6)(engine.tree, { revision }, { fromWorkingTree: buildsHere, logger: engine.logger });
    if (snapshot)
        await takeSnapshot(deps, log, compose, services, defined, snapshot);
    else
        log.skip('snapshot', 'no --rollback-on-fail');
    const untouched = `the running services were NOT changed; ${target.dir} holds the files of ${revision?.slice(0, 12) ?? 'HEAD'}`;
    const building = {
        image: 'building locally and shipping',
        registry: 'building locally',
        source: `building on ${target.where}`
    };
    const built = await log.run('build', `${building[strategy]}: ${services.join(', ')}`, async () => {
        try {
            if (strategy === 'image')
                return { value: [], detail: await buildAndShipImages(deps, services, defined, labels) };
            const images = await (strategy === 'registry' ? localCompose(deps) : compose).build(services, labels);
            return {
                value: images,
                detail: `built ${images.map((b) => `${b.service} ${b.id.slice(7, 19)}`).join(', ') || 'nothing (no build sections)'}${strategy === 'registry' ? ' locally' : ''}`
            };
        }
        catch (error) {
            throw explain(error, untouched, `fix the build, then deploy again`);
        }
    });
    if (strategy === 'registry')
        await pushAndPull(config.target.registry, deps, log, built, defined, untouched);
    await log.run('recreate', `compose up -d ${services.join(' ')}`, async () => {
        try {
            await compose.up(services, buildsHere ? { noBuild: true } : {});
        }
        catch (error) {
            if (!snapshot)
                throw explain(error, `some of ${services.join(', ')} may already run the new version`, `see compose ps in ${target.dir}`);
            engine.logger.error((0,errors/* firstLineOf */.Qy)(error));
            const rolledBack = await rollback(deps, log, compose, snapshot).then(() => null, (rollbackError) => (0,errors/* firstLineOf */.Qy)(rollbackError));
            if (rolledBack !== null) {
                throw explain(error, `the rollback failed too (${rolledBack}): the services may be down`, `check compose ps in ${target.dir}`);
            }
            const names = [...snapshot.keys()].join(', ') || 'nothing';
            throw explain(error, `rolled back ${names} to the previous images`, 'fix the error, then deploy again');
        }
        return { value: undefined, detail: `recreated ${services.join(', ')}` };
    });
    return { revision, services };
}
/** The `ship` step: the tracked tree at HEAD into `target.dir` (null when `dir` is the checkout itself). */
function shipTreeStep(deps, log) {
    const { ship: target, engine } = deps;
    return log.run('ship', `shipping the tracked tree at HEAD to ${target.where}:${target.dir}`, async () => {
        const value = await target.shipTree();
        if (!value)
            return { value, detail: `${target.dir} is the checkout itself: nothing to ship` };
        if (value.dirty)
            engine.logger.warn('the checkout has uncommitted changes: they are NOT deployed (HEAD is)');
        const extracted = `${value.revision.slice(0, 12)} (${kib(value.bytes)}) extracted into ${target.dir}`;
        return { value, detail: `${extracted}${cleanupPhrase(value)}` };
    });
}
/** `--services`, or every configured service the compose project defines (the others are `image:`/`container:` services). */
function resolveServices(config, asked, defined, dir) {
    if (asked.length === 0)
        return Object.keys(config.services).filter((s) => s in defined);
    // A configured `image:`/`container:` service is not compose's to deploy: leave it out rather than fail.
    const notCompose = (s) => !(s in defined) && !!(config.services[s]?.image || config.services[s]?.container);
    asked = asked.filter((s) => !notCompose(s));
    const unknown = asked.filter((s) => !(s in defined));
    if (unknown.length) {
        throw (0,errors/* undefinedServices */.lJ)(unknown, dir, Object.keys(defined));
    }
    return asked;
}
async function takeSnapshot(deps, log, compose, services, defined, snapshot) {
    await log.run('snapshot', `keeping the running images of ${services.join(', ')}`, async () => {
        const without = [];
        for (const service of services) {
            // With several replicas, the newest one's image is the one to go back to.
            const [running] = await deps.engine.target.docker.findServiceContainers(compose.project, service);
            const ref = defined[service].image;
            if (!running) {
                without.push(service);
                continue;
            }
            const previous = previousRef(ref);
            await deps.ship.tag(running.imageId, previous);
            snapshot.set(service, { ref, previous });
        }
        const kept = [...snapshot.entries()].map(([s, v]) => `${s} → ${v.previous}`);
        const none = without.length ? `; not running before (no rollback for them): ${without.join(', ')}` : '';
        return { value: undefined, detail: `${kept.join(', ') || 'nothing was running'}${none}` };
    });
}
async function rollback(deps, log, compose, snapshot) {
    await log.run('rollback', `recreating ${[...snapshot.keys()].join(', ') || 'nothing'} on the previous images`, async () => {
        if (snapshot.size === 0)
            return { value: undefined, detail: 'nothing was running before: nothing to go back to' };
        for (const { ref, previous } of snapshot.values())
            await deps.ship.tag(previous, ref);
        await compose.up([...snapshot.keys()], { noBuild: true, forceRecreate: true });
        return { value: undefined, detail: `${[...snapshot.keys()].join(', ')} run their previous images again` };
    });
}
/** The compose project in the checkout, where `--strategy image` and `registry` build. */
function localCompose(deps) {
    const local = deps.engine.build.compose;
    if (!local)
        throw new errors/* InfraError */.Ri('no local compose project to build the images from', 'add a compose file to the checkout');
    return local;
}
/**
 * The registry strategy after the local build: push `<registry>/<service>:<revision>` from here, pull it on the target and
 * tag it as the target's compose names the service's image. The running services are untouched until the recreate.
 */
async function pushAndPull(registry, deps, log, built, defined, untouched) {
    if (built.length === 0) {
        log.skip('push', 'nothing was built (no build sections)');
        log.skip('pull', 'nothing was pushed');
        return;
    }
    const pushed = await log.run('push', `pushing ${built.map((b) => b.service).join(', ')} to ${registry}`, async () => {
        try {
            const value = await pushImages(deps.publisher, registry, built);
            const refs = value.map((p) => `${p.ref}${p.digest ? ` (${p.digest.slice(0, 19)})` : ''}`);
            return { value, detail: `pushed ${refs.join(', ')}` };
        }
        catch (error) {
            throw explain(error, untouched, hintOf(error) ?? 'fix the push, then deploy again');
        }
    });
    await log.run('pull', `pulling ${pushed.map((p) => p.ref).join(', ')} on ${deps.ship.where}`, async () => {
        try {
            return { value: undefined, detail: await pullPushed(deps.ship, pushed, defined) };
        }
        catch (error) {
            throw explain(error, untouched, hintOf(error) ?? 'fix the pull on the target, then deploy again');
        }
    });
}
/** The image strategy's build: compose build here, `docker save | ssh docker load`, tagged as the target's compose expects. */
async function buildAndShipImages(deps, services, defined, labels) {
    const built = await localCompose(deps).build(services, labels);
    if (built.length === 0)
        return 'nothing to build (no build sections)';
    const { bytes } = await deps.ship.shipImages(built.map((b) => b.ref));
    // The local and the target project names may differ (folder names): tag each image as the target's compose names it.
    for (const image of built) {
        const ref = defined[image.service]?.image;
        if (ref && ref !== image.ref)
            await deps.ship.tag(image.ref, ref);
    }
    return `built ${built.map((b) => b.service).join(', ')} locally, shipped ${kib(bytes)} of images to ${deps.ship.where}`;
}
/** The fix an adapter already named (`docker login` on the target…): more precise than a step's generic one. */
function hintOf(error) {
    return error instanceof errors/* InfraError */.Ri ? error.hint : undefined;
}
/** The tool's error (with its output tail) plus one line on the state it left and what to do. */
function explain(error, state, hint) {
    const message = (0,errors/* messageOf */.bD)(error);
    return new errors/* InfraError */.Ri(`${message}\n${state}`, hint, { cause: error });
}
// The ship line names the first few removed paths; the rest are counted (the step's detail stays one readable line).
const SHOWN_PATHS = 5;
/** `; removed 3 path(s) the commit no longer has: a.js, b/, c.js`, and what was kept; nothing when there was nothing. */
function cleanupPhrase(shipped) {
    if (shipped.firstManifest)
        return '; no manifest of an earlier ship there, so nothing removed (recorded what was shipped)';
    const list = (paths) => `${paths.slice(0, SHOWN_PATHS).join(', ')}${paths.length > SHOWN_PATHS ? ` (+${paths.length - SHOWN_PATHS} more)` : ''}`;
    const removed = shipped.removed.length
        ? `; removed ${shipped.removed.length} path(s) the commit no longer has: ${list(shipped.removed)}`
        : '';
    const kept = shipped.kept.length ? `; left ${shipped.kept.length} such path(s) in place: ${list(shipped.kept)}` : '';
    return removed + kept;
}
function kib(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

;// CONCATENATED MODULE: ./src/deploy/fleet.ts




const DEFAULT_BATCH = 1;
/** The hosts in batches of `size`, in the configured order. */
function batchesOf(hosts, size) {
    if (!Number.isInteger(size) || size < 1)
        throw new errors/* UsageError */.eb(`--batch must be a whole number of hosts >= 1, got ${size}`);
    const batches = [];
    for (let i = 0; i < hosts.length; i += size)
        batches.push(hosts.slice(i, i + size));
    return batches;
}
async function orchestrateFleetDeploy(config, deps, options = {}) {
    const asked = selectServices(config, options.services) ?? [];
    const size = options.batch ?? DEFAULT_BATCH;
    const { logger } = deps.engine;
    const unreachable = deps.hosts.filter((h) => 'error' in h);
    if (unreachable.length) {
        const names = unreachable.map((h) => h.host).join(', ');
        throw new errors/* InfraError */.Ri(`cannot reach ${names}: ${(0,errors/* firstLineOf */.Qy)(unreachable[0].error)}; nothing was deployed`, 'fix the connection, then deploy again: a rollout never starts on a fleet it cannot reach whole', { cause: unreachable[0].error });
    }
    const hosts = deps.hosts;
    const batches = batchesOf(hosts, size);
    const logs = new Map(hosts.map((h) => [h.host, new steps_StepLog(logger, Date.now, h.host)]));
    const logOf = (h) => logs.get(h.host);
    // `--strategy image`/`registry` build here for each host of a batch: one local build at a time (the same project).
    const local = deps.engine.build.compose && oneBuildAtATime(deps.engine.build.compose);
    const hostDeps = (h) => ({
        engine: {
            ...deps.engine,
            build: { ...deps.engine.build, compose: local ?? null },
            target: { docker: h.docker, compose: h.compose }
        },
        ship: h.ship,
        publisher: deps.publisher
    });
    const fleetSteps = new steps_StepLog(logger);
    // Every host first: a rollout that stops at host 3 because its dir is missing leaves a mixed fleet for nothing.
    const preflights = await Promise.allSettled(hosts.map((h) => preflightStep(h.ship, h.compose, logOf(h))));
    const refused = preflights.flatMap((p, i) => p.status === 'rejected' ? [{ host: hosts[i].host, error: p.reason }] : []);
    if (refused.length) {
        throw new errors/* InfraError */.Ri(`${refused.map((r) => `${r.host}: ${(0,errors/* firstLineOf */.Qy)(r.error)}`).join('; ')}; nothing was deployed`, 'fix the hosts named, then deploy again', { cause: refused[0].error });
    }
    const revision = await deps.engine.tree.revision();
    const states = new Map(hosts.map((h) => [h.host, 'not-reached']));
    let stopped = null;
    let before;
    let rolledBack = false;
    let services = [];
    let deployedRevision = revision;
    for (const [index, batch] of batches.entries()) {
        const names = batch.map((h) => h.host);
        const number = index + 1;
        logger.info(`deploy batch ${number} of ${batches.length}: ${names.join(', ')}`);
        const releases = [];
        const snapshots = new Map();
        try {
            const done = await Promise.allSettled(batch.map(async (h) => {
                releases.push({ h, release: await lockStep(hostDeps(h), options, logOf(h)) });
                const snapshot = options.rollbackOnFail ? new Map() : null;
                snapshots.set(h.host, snapshot);
                return rollout(config, hostDeps(h), options, logOf(h), h.compose, asked, snapshot);
            }));
            const failed = done.flatMap((d, i) => (d.status === 'rejected' ? [`${names[i]}: ${(0,errors/* firstLineOf */.Qy)(d.reason)}`] : []));
            for (const d of done)
                if (d.status === 'fulfilled')
                    ({ services, revision: deployedRevision } = d.value);
            let reason = failed.length ? `the deploy failed on ${failed.join('; ')}` : null;
            if (!reason) {
                const result = await fleetSteps.run('verify', `verifying batch ${number} (${names.join(', ')})`, async () => {
                    const value = await (0,engine_engine/* verify */.MX)(config, deps.only(names), options.layers ? { layers: options.layers } : {});
                    return { value, detail: `${names.join(', ')}: verdict ${value.verdict}` };
                });
                if (result.verdict !== 'pass') {
                    before = result;
                    reason = `the verification of ${names.join(', ')} says ${result.verdict}: ${faultOf(result)}`;
                }
            }
            if (!reason) {
                for (const name of names)
                    states.set(name, 'deployed');
                continue;
            }
            stopped = { batch: number, hosts: names, reason };
            logger.error(`deploy batch ${number} failed: ${reason}; the rollout stops here`);
            if (!options.rollbackOnFail) {
                fleetSteps.skip('rollback', 'not asked for (--rollback-on-fail)');
                for (const name of names)
                    states.set(name, 'failed');
            }
            else {
                // A host that never got past its lock (held by another deploy) was not touched: nothing to put back there.
                const touched = batch.filter((h) => snapshots.has(h.host));
                for (const h of batch)
                    if (!snapshots.has(h.host))
                        states.set(h.host, 'failed');
                const back = await Promise.allSettled(touched.map((h) => rollback(hostDeps(h), logOf(h), h.compose, snapshots.get(h.host))));
                back.forEach((b, i) => states.set(touched[i].host, b.status === 'fulfilled' ? 'rolled-back' : 'failed'));
                rolledBack = back.some((b) => b.status === 'fulfilled');
            }
        }
        finally {
            await Promise.all(releases.map(({ h, release }) => unlockStep(hostDeps(h), logOf(h), release)));
        }
        if (stopped)
            break;
    }
    const final = await fleetSteps.run('verify', `verifying the fleet (${hosts.length} hosts)`, async () => {
        const value = await (0,engine_engine/* verify */.MX)(config, deps.engine, options.layers ? { layers: options.layers } : {});
        return { value, detail: `verdict ${value.verdict}` };
    });
    const compose = services.length ? services : asked;
    const rolloutResult = {
        revision: deployedRevision,
        batchSize: size,
        stopped,
        hosts: await Promise.all(batches.flatMap((batch, i) => batch.map((h) => hostRollout(h, i + 1, states.get(h.host), compose, config))))
    };
    const steps = [...hosts.flatMap((h) => logOf(h).steps), ...fleetSteps.steps];
    return {
        revision: deployedRevision,
        services,
        steps,
        result: { ...final, rollout: rolloutResult },
        rolledBack,
        ...(before ? { before } : {}),
        rollout: rolloutResult
    };
}
/** The same compose project, whose builds wait for each other. */
function oneBuildAtATime(compose) {
    let queue = Promise.resolve();
    return {
        project: compose.project,
        dir: compose.dir,
        version: () => compose.version(),
        services: () => compose.services(),
        up: (services, options) => compose.up(services, options),
        build: (services, labels) => {
            const built = queue.then(() => compose.build(services, labels));
            queue = built.catch(() => undefined);
            return built;
        }
    };
}
/** What runs on a host after the rollout: the revision label of each service's running images there. */
async function hostRollout(h, batch, state, services, config) {
    const base = { host: h.host, batch, state };
    const names = services.length ? services : Object.keys(config.services);
    try {
        const revisions = {};
        for (const service of names) {
            const running = await h.docker.findServiceContainers(h.compose.project, service);
            const images = await Promise.all([...new Set(running.map((c) => c.imageId))].map((id) => h.docker.inspectImage(id)));
            revisions[service] = [...new Set(images.map((image) => image?.revision ?? null))];
        }
        return { ...base, revisions };
    }
    catch (error) {
        return { ...base, revisions: {}, error: (0,errors/* messageOf */.bD)(error) };
    }
}
/** The first failing feature's fault line, in a few words, for the line that says why the rollout stopped. */
function faultOf(result) {
    const feature = result.features.find((f) => f.verdict !== 'pass');
    if (!feature)
        return 'no feature failed';
    const layer = feature.layers.find((l) => l.layer === feature.faultLine);
    return `${feature.name} ${feature.verdict}${layer ? ` (${layer.evidence.summary})` : ''}`;
}

;// CONCATENATED MODULE: ./src/deploy/swarm-converge.ts
/**
 * The reference a built image is pinned to: its repository with a tag of the commit and the image ID
 * (`aibp_api:1a2b3c4d5e6f-3f9a1c2b4d5e`). A new commit or new content is a new tag, so `docker stack deploy` sees a new
 * spec and rolls the tasks; the same image keeps its tag, so an unchanged service is left alone.
 */
function pinnedRef(ref, revision, imageId) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const repository = colon > slash ? noDigest.slice(0, colon) : noDigest;
    const commit = revision ? revision.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 12) : 'uncommitted';
    return `${repository}:${commit}-${imageId.replace(/^sha256:/, '').slice(0, 12)}`;
}
/** Whether a spec's image is the one pinned (the manager may have added the digest it resolved: `ref@sha256:…`). */
function isImage(specImage, wanted) {
    return specImage === wanted || specImage.startsWith(`${wanted}@`);
}
/**
 * Where the services stand against what was deployed: `wanted[service]` is the image its spec must name (null: whatever
 * it names). A service has converged when its update is not in progress and every task of every slot runs its spec's
 * image; a service that is absent has not.
 */
function convergence(services, states, wanted) {
    let done = true;
    const failures = [];
    const lines = services.map((service) => {
        const state = states.get(service);
        if (!state) {
            done = false;
            return `${service}: no such service in the stack yet`;
        }
        const want = wanted[service] ?? null;
        const specOk = want === null || isImage(state.image, want);
        const ready = state.tasks.filter((t) => t.state === 'running' && t.image === state.image);
        const expected = state.replicas ?? state.tasks.length;
        const others = state.tasks.filter((t) => !ready.includes(t));
        const updating = state.updateState === 'updating' || state.updateState === 'rollback_started';
        if (state.updateState === 'paused' || state.updateState === 'rollback_paused')
            failures.push(`${state.name}: ${state.updateState.replace('_', ' ')}${state.updateMessage ? ` (${state.updateMessage})` : ''}`);
        const converged = specOk && !updating && ready.length === expected && others.length === 0 && expected > 0;
        if (!converged)
            done = false;
        const pending = others.map(describeTask).join(', ');
        const spec = specOk ? '' : `; its spec still names ${state.image}`;
        return `${state.name} ${ready.length}/${expected} task(s) running its spec${pending ? ` (${pending})` : ''}${spec}`;
    });
    return { done: done && failures.length === 0, failed: failures.length ? failures.join('; ') : null, lines };
}
/** `aibp_api.2 on node-2: rejected (No such image: …)`, `aibp_api.1 on node-1: running the old spec`. */
function describeTask(task) {
    const where = `${task.name}${task.node ? ` on ${task.node}` : ''}`;
    if (task.state === 'running' && task.image !== task.specImage)
        return `${where}: running the old spec (${task.image})`;
    return `${where}: ${task.state}${task.error ? ` (${task.error})` : ''}`;
}

;// CONCATENATED MODULE: ./src/deploy/swarm.ts







const DEFAULT_CONVERGE_MS = 5 * 60_000;
/**
 * A Swarm deploy, under the deploy lock in `target.dir` on the manager: ship the tree (the compose files) → build and stamp
 * here → load the images into every node → `docker stack deploy` with them pinned → wait for the tasks to converge →
 * verify; with `rollbackOnFail`, a failed verification is `docker service rollback` of what changed, converge, verify.
 */
async function orchestrateSwarmDeploy(written, deps, options = {}) {
    const strategy = options.strategy ?? 'image';
    if (strategy === 'source')
        throw new errors/* UsageError */.eb('--strategy source does not apply to a Swarm stack: its images are built here, then loaded into every node (--strategy image) or pushed to target.registry for the nodes to pull (--strategy registry)');
    // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
    const config = await (0,expand/* expandConfig */.N)(written, deps.engine);
    const registry = config.target.registry;
    if (strategy === 'registry' && !registry)
        throw new errors/* UsageError */.eb('--strategy registry needs target.registry (the repository the nodes pull from)');
    const asked = selectServices(config, options.services) ?? [];
    const log = new steps_StepLog(deps.engine.logger);
    const { swarm } = deps;
    let nodes = [];
    const preflight = async () => {
        const [{ docker, nodes: found }, dir] = await Promise.all([swarm.preflight(), deps.ship.preflight()]);
        nodes = found;
        return `${deps.ship.dir} is writable (Docker ${dir.docker}); Swarm manager, Docker ${docker}; nodes ${found.map(nodeWords).join(', ')}`;
    };
    return underLock(deps, options, log, preflight, async () => {
        const shipped = await shipTreeStep(deps, log);
        const revision = shipped?.revision ?? (await deps.engine.tree.revision());
        const local = deps.engine.build.compose;
        if (!local)
            throw new errors/* InfraError */.Ri('no local compose project to build the images from', 'add a compose file to the checkout');
        const defined = await local.services();
        const services = resolveServices(config, asked, defined, local.dir);
        if (services.length === 0)
            throw new errors/* UsageError */.eb(`nothing to deploy: no configured service is defined by the compose project in ${local.dir}`);
        const untouched = `the stack ${swarm.stack} was NOT changed`;
        let built = [];
        const pinned = await log.run('build', `building locally: ${services.join(', ')}`, async () => {
            const labels = await (0,engine_engine/* buildLabels */.S6)(deps.engine.tree, { revision }, { fromWorkingTree: true, logger: deps.engine.logger });
            try {
                built = await local.build(services, labels);
                const value = built.map((b) => ({
                    service: b.service,
                    source: b.ref,
                    target: pinnedRef(b.ref, revision, b.id)
                }));
                return {
                    value,
                    detail: `built ${value.map((p) => `${p.service} as ${p.target}`).join(', ') || 'nothing (no build sections)'}`
                };
            }
            catch (error) {
                throw explain(error, untouched, 'fix the build, then deploy again');
            }
        });
        // The images reach every node: loaded into each (image), or pushed for the nodes to pull by digest (registry).
        let images = Object.fromEntries(pinned.map((p) => [p.service, p.target]));
        if (registry && strategy === 'registry') {
            const pushed = await log.run('push', `pushing ${built.map((b) => b.service).join(', ')} to ${registry}`, async () => {
                try {
                    const value = await pushImages(deps.publisher, registry, built);
                    return { value, detail: value.map((p) => `${p.service} as ${p.ref}`).join(', ') || 'nothing was built' };
                }
                catch (error) {
                    throw explain(error, untouched, 'fix the push (docker login, the registry), then deploy again');
                }
            });
            images = Object.fromEntries(pushed.map((p) => [p.service, p.ref]));
        }
        else {
            const targets = nodes.filter((n) => n.state === 'ready' && n.availability !== 'drain').map((n) => n.hostname);
            await distribute(log, swarm, pinned, targets, nodes, untouched);
        }
        const before = new Map();
        await log.run('stack-deploy', `docker stack deploy ${swarm.stack}: ${services.join(', ')}`, async () => {
            const states = await swarm.services(services);
            for (const service of services)
                before.set(service, states.get(service)?.image ?? null);
            // Pulled from the registry, the nodes resolve the tag to its digest (and take the manager's login); loaded, never.
            const fromRegistry = strategy === 'registry';
            const files = await swarm.deploy(images, {
                resolveImage: fromRegistry ? 'always' : 'never',
                ...(fromRegistry ? { withRegistryAuth: true } : {})
            });
            const created = services.filter((s) => before.get(s) === null);
            const detail = `deployed ${files.join(' + ')}${pinned.length ? ' with the images pinned' : ''}${created.length ? `; new: ${created.join(', ')}` : ''}`;
            return { value: undefined, detail };
        });
        const wanted = Object.fromEntries(services.map((s) => [s, images[s] ?? null]));
        await converge(log, 'converge', swarm, services, wanted, options);
        const layers = options.layers;
        const verifyStep = (name, description) => log.run(name, description, async () => {
            const value = await (0,engine_engine/* verify */.MX)(config, deps.engine, layers ? { layers } : {});
            return { value, detail: `verdict ${value.verdict}` };
        });
        const result = await verifyStep('verify', `verifying ${config.features.length} feature(s) on every task`);
        const done = { revision, services, steps: log.steps };
        if (result.verdict === 'pass')
            return { ...done, result, rolledBack: false };
        if (!options.rollbackOnFail) {
            log.skip('rollback', 'not asked for (--rollback-on-fail)');
            return { ...done, result, rolledBack: false };
        }
        const back = await swarm_rollback(log, swarm, services, before, images);
        await converge(log, 'converge-rollback', swarm, back, Object.fromEntries(back.map((s) => [s, before.get(s)])), options);
        const after = await verifyStep('verify-rollback', 'verifying the previous version');
        return { ...done, result: after, before: result, rolledBack: true };
    });
}
/**
 * The `distribute` step: the images into every node that can run tasks (a node that is down or drained gets none, and the
 * line says so). `--strategy registry` is the other way to make them available: a push step in its place.
 */
async function distribute(log, swarm, pinned, targets, nodes, untouched) {
    if (pinned.length === 0)
        return log.skip('distribute', 'nothing was built');
    await log.run('distribute', `loading ${pinned.map((p) => p.target).join(', ')} into ${targets.join(', ')}`, async () => {
        try {
            const { bytes, nodes: loaded } = await swarm.loadImages(pinned, targets);
            const skipped = nodes.filter((n) => !targets.includes(n.hostname)).map(nodeWords);
            return {
                value: undefined,
                detail: `loaded ${kib(bytes)} of images into ${loaded.join(', ')}${skipped.length ? `; not into ${skipped.join(', ')}` : ''}`
            };
        }
        catch (error) {
            throw explain(error, untouched, 'fix the node, then deploy again');
        }
    });
}
/** Polls the tasks until they run the wanted specs, Swarm gives up, or the time is up; a progress line on each change. */
async function converge(log, step, swarm, services, wanted, options) {
    if (services.length === 0)
        return log.skip(step, 'nothing to wait for');
    const timeoutMs = options.convergeTimeoutMs ?? DEFAULT_CONVERGE_MS;
    const pollMs = options.pollMs ?? 1000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    await log.run(step, `waiting up to ${Math.round(timeoutMs / 1000)} s for the tasks of ${services.join(', ')}`, async () => {
        const deadline = Date.now() + timeoutMs;
        let said = '';
        for (;;) {
            const state = convergence(services, await swarm.services(services), wanted);
            const line = state.lines.join('; ');
            if (state.done)
                return { value: undefined, detail: line };
            if (state.failed)
                throw new errors/* InfraError */.Ri(`Swarm stopped the update: ${state.failed}`, `see docker service ps on the manager; ${line}`);
            if (Date.now() >= deadline)
                throw new errors/* InfraError */.Ri(`the tasks did not converge within ${Math.round(timeoutMs / 1000)} s: ${line}`, 'see docker service ps on the manager');
            if (line !== said)
                log.progress(step, line);
            said = line;
            await sleep(pollMs);
        }
    });
}
/** `docker service rollback` of each service this deploy changed; one it created has nothing to go back to. */
async function swarm_rollback(log, swarm, services, before, images) {
    const changed = services.filter((s) => before.get(s) && images[s] && before.get(s) !== images[s]);
    const created = services.filter((s) => before.get(s) === null);
    return log.run('rollback', `docker service rollback ${changed.map((s) => `${swarm.stack}_${s}`).join(' ') || '(nothing)'}`, async () => {
        for (const service of changed)
            await swarm.rollback(service);
        const fresh = created.length ? `; ${created.join(', ')} did not exist before: left as deployed` : '';
        return { value: changed, detail: `${changed.join(', ') || 'nothing'} back on the previous spec${fresh}` };
    });
}
function nodeWords(node) {
    const odd = [node.state !== 'ready' ? node.state : null, node.availability !== 'active' ? node.availability : null];
    const says = odd.filter(Boolean).join(', ');
    return says ? `${node.hostname} (${says})` : node.hostname;
}

;// CONCATENATED MODULE: ./src/deploy/index.ts









function deployDeps(config, deps) {
    if (deps.fleet)
        throw new errors/* UsageError */.eb('a fleet (target.hosts) is deployed batch by batch, each verified: use deploy, not deployOnly');
    if (!deps.ship) {
        throw (deps.target.unavailable ??
            new errors/* InfraError */.Ri(`cannot reach ${config.target.host?.raw ?? 'the target'}`, 'fix the connection, then deploy again'));
    }
    return { engine: deps, ship: deps.ship, publisher: deps.publisher };
}
/** lock → ship → build → `up -d` → unlock, on the target `createDeps` connected to. */
function deployOnly(config, deps, options = {}) {
    if (config.target.swarm)
        throw new UsageError('a Swarm stack is deployed and verified in one run: use `driftcheck deploy`, not a deploy-only step');
    return orchestrateDeployOnly(config, deployDeps(config, deps), options);
}
/**
 * `deployOnly` + verification (+ rollback with `rollbackOnFail`), all under the deploy lock. On a fleet: the rolling deploy,
 * `batch` hosts at a time (its outcome has `rollout`); on a Swarm: `docker stack deploy`.
 */
function deploy(config, deps, options = {}) {
    if (deps.fleet)
        return orchestrateFleetDeploy(config, { ...deps.fleet, engine: deps, publisher: deps.publisher }, options);
    if (options.batch !== undefined && options.batch !== 1)
        throw new errors/* UsageError */.eb('--batch is for a fleet (target.hosts); this target is one host');
    if (config.target.swarm) {
        const base = deployDeps(config, deps);
        if (!deps.swarm)
            throw new errors/* InfraError */.Ri(`cannot reach the Swarm manager ${config.target.host?.raw ?? 'local'}`);
        return orchestrateSwarmDeploy(config, { ...base, swarm: deps.swarm }, options);
    }
    return orchestrateDeploy(config, deployDeps(config, deps), options);
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(78499);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var report = __webpack_require__(66515);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts






/**
 * `driftcheck deploy`: exit 0 when the deployed version verifies, 1 when it does not (rolled back or not), 3 when a step
 * could not be done (ssh, lock, build, up), 2 for bad usage.
 */
async function deployCommand(options) {
    const layers = (0,context/* parseLayers */.ah)(options.layers);
    (0,context/* parseFormat */.Xc)(options.format);
    const strategy = options.strategy;
    if (strategy !== undefined && !deploy_strategy/* DEPLOY_STRATEGIES */.u.includes(strategy)) {
        throw new errors/* UsageError */.eb(`unknown strategy '${options.strategy}'; expected one of ${deploy_strategy/* DEPLOY_STRATEGIES */.u.join(', ')}`);
    }
    const batch = options.batch === undefined ? undefined : parseBatch(options.batch);
    const services = options.services
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const ctx = await (0,context/* openContext */.eA)(options);
    return ctx.withDeps(async (deps) => {
        const outcome = await deploy(ctx.config, deps, {
            services,
            strategy,
            rollbackOnFail: !!options.rollbackOnFail,
            layers,
            who: whoAmI(),
            ...(batch === undefined ? {} : { batch })
        });
        if (outcome.before) {
            // What failed before the rollback is for the person watching (stderr): stdout only ever holds the report.
            const color = (0,context/* useColor */.by)(options, process.stderr);
            const stopped = 'rollout' in outcome ? outcome.rollout.stopped : null;
            const what = stopped ? `batch ${stopped.batch} (${stopped.hosts.join(', ')})` : 'verification';
            const then = outcome.rolledBack ? 'rolled back' : 'left as it is (no --rollback-on-fail)';
            process.stderr.write(`Deployed ${outcome.revision?.slice(0, 12) ?? 'HEAD'}: ${stopped ? `the verification of ${what}` : what} failed, ${then}.\n\n` +
                (0,report/* render */.XX)(outcome.before, 'text', { color }) +
                `\n${stopped ? 'The fleet after the rollout:' : 'After the rollback:'}\n\n`);
        }
        await (0,context/* emitReport */.Kk)(outcome.result, options);
        // A fleet's rollout that stopped because a step could not be done (a build, a lock) is exit 3, like a single target's.
        if ('rollout' in outcome && outcome.rollout.stopped && !outcome.before)
            return 3;
        // The deploy's own verdict: a rolled-back deploy failed, whatever the previous version's verification says.
        return (0,verdict/* exitCodeFor */.Rr)((outcome.before ?? outcome.result).verdict);
    });
}
/** `--batch 2` → 2; anything but a whole number >= 1 is a usage error. */
function parseBatch(value) {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* UsageError */.eb(`--batch is '${value}', expected a whole number of hosts >= 1`);
    return n;
}
/** Who holds the deploy lock: the user and machine, and the CI run when there is one. */
function whoAmI(env = process.env) {
    let user = env.USER ?? 'unknown';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // no passwd entry (containers): keep $USER
    }
    const ci = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? ` (${env.GITHUB_REPOSITORY} run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? 1})`
        : '';
    return `${user}@${(0,external_node_os_.hostname)()}${ci}`;
}


/***/ })

};
