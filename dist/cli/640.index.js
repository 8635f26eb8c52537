export const id = 640;
export const ids = [640];
export const modules = {

/***/ 63272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ DOCKER_CLIENT_VERSION),
/* harmony export */   BW: () => (/* binding */ DOCKER_BUILDX_VERSION),
/* harmony export */   D4: () => (/* binding */ builderEnv),
/* harmony export */   H$: () => (/* binding */ buildkitUnavailable),
/* harmony export */   gH: () => (/* binding */ probeBuilder),
/* harmony export */   mX: () => (/* binding */ rememberClassic)
/* harmony export */ });
/* unused harmony exports parseDockerVersion, builderFor */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** The first CLI with BuildKit built in (`DOCKER_BUILDKIT=1`), and the first that needs the buildx plugin for it. */
const BUILDKIT_SINCE = [18, 9];
const BUILDX_REQUIRED_FROM_MAJOR = 23;
/** `28.2.2` → [28, 2]; a CLI's version may carry a suffix (`20.10.24+dfsg1`, `24.0.7-ce`). Null when there is none. */
function parseDockerVersion(output) {
    const match = /(\d+)\.(\d+)/.exec(output);
    return match ? [Number(match[1]), Number(match[2])] : null;
}
/**
 * buildx installed → BuildKit (any CLI version). Without it, a CLI from 18.09 up to 22 has BuildKit built in; 23 and later
 * refuse `DOCKER_BUILDKIT=1` without buildx ("BuildKit is enabled but the buildx component is missing or broken").
 * Unknown → classic, which every engine has.
 */
function builderFor(facts) {
    if (facts.buildx)
        return 'buildkit';
    const version = facts.clientVersion === null ? null : parseDockerVersion(facts.clientVersion);
    if (!version)
        return 'classic';
    const [major, minor] = version;
    const builtIn = major < BUILDX_REQUIRED_FROM_MAJOR &&
        (major > BUILDKIT_SINCE[0] || (major === BUILDKIT_SINCE[0] && minor >= BUILDKIT_SINCE[1]));
    return builtIn ? 'buildkit' : 'classic';
}
/** Variables that choose the builder; when the user sets either, their choice stands. */
const BUILDER_VARIABLES = ['DOCKER_BUILDKIT', 'COMPOSE_DOCKER_CLI_BUILD'];
/**
 * The environment a compose command that may build runs with: BuildKit switched on for v1 where the runner's docker CLI
 * has it, nothing otherwise (v2 already uses it; the classic builder is v1's default), and nothing when `userEnv` (the
 * environment compose would run with) already says which builder to use.
 */
function builderEnv(flavour, builder, userEnv) {
    if (flavour !== 'v1' || builder !== 'buildkit')
        return {};
    if (BUILDER_VARIABLES.some((name) => userEnv[name] !== undefined))
        return {};
    return { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' };
}
/**
 * The docker CLI's or the engine's answer when BuildKit was asked for and cannot work here, as one line; null for any
 * other failure (a build step of the user's that failed is theirs, and is not retried).
 */
function buildkitUnavailable(output) {
    const line = output
        .split('\n')
        .map((l) => l.trim())
        .find((l) => BUILDKIT_UNAVAILABLE.test(l));
    return line ? line.replace(/^ERROR:\s*/, '') : null;
}
const BUILDKIT_UNAVAILABLE = /BuildKit is enabled but the buildx component is missing or broken|buildkit not supported|BuildKit is not supported/i;
const PROBE_TIMEOUT_MS = 30_000;
/** The builder probe's questions (also asked early, wiring/early.ts). */
const DOCKER_CLIENT_VERSION = ['version', '--format', '{{.Client.Version}}'];
const DOCKER_BUILDX_VERSION = ['buildx', 'version'];
/** One probe per runner and environment (the env's PATH decides which `docker` answers). */
const probes = new WeakMap();
function probesOf(runner) {
    let perRunner = probes.get(runner);
    if (!perRunner)
        probes.set(runner, (perRunner = new Map()));
    return perRunner;
}
/**
 * The builder v1 can use on this runner, asked once per runner and environment: one or two quick docker CLI calls, meant
 * to run beside compose's own, slower version check. A docker CLI that cannot be asked means classic, this time.
 */
function probeBuilder(runner, env) {
    const perRunner = probesOf(runner);
    const key = JSON.stringify(env ?? {});
    let probe = perRunner.get(key);
    if (!probe) {
        probe = askDocker(runner, env).then((facts) => {
            // Not remembered when the CLI could not be asked at all (ssh down for a moment): the next build asks again.
            if (!facts)
                perRunner.delete(key);
            return facts ? builderFor(facts) : 'classic';
        });
        perRunner.set(key, probe);
    }
    return probe;
}
/** After a BuildKit build failed for want of BuildKit: the runner's later builds go straight to the classic builder. */
function rememberClassic(runner, env) {
    probesOf(runner).set(JSON.stringify(env ?? {}), Promise.resolve('classic'));
}
async function askDocker(runner, env) {
    const quiet = { allowFailure: true, env, timeoutMs: PROBE_TIMEOUT_MS };
    try {
        // The client's version prints even when the engine is unreachable (exit 1): only stdout is read.
        const version = await runner.run('docker', [...DOCKER_CLIENT_VERSION], quiet);
        const clientVersion = version.stdout.trim() || null;
        const major = clientVersion === null ? undefined : parseDockerVersion(clientVersion)?.[0];
        // Below 23 the answer does not depend on buildx: no second process.
        if (major !== undefined && major < BUILDX_REQUIRED_FROM_MAJOR)
            return { clientVersion, buildx: false };
        const buildx = await runner.run('docker', [...DOCKER_BUILDX_VERSION], quiet);
        return { clientVersion, buildx: buildx.exitCode === 0 };
    }
    catch (error) {
        // No docker CLI, ssh down for a moment: the build itself will say so; the probe only picks the builder.
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri)
            return null;
        throw error;
    }
}


/***/ }),

/***/ 72070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ versionArgs),
/* harmony export */   Ub: () => (/* binding */ parseComposeVersion),
/* harmony export */   dl: () => (/* binding */ COMPOSE_PLUGIN),
/* harmony export */   nk: () => (/* binding */ COMPOSE_STANDALONE)
/* harmony export */ });
const COMPOSE_PLUGIN = { file: 'docker', prefix: ['compose'] };
const COMPOSE_STANDALONE = { file: 'docker-compose', prefix: [] };
/** How a candidate is asked whether it is there, and which it is. */
function versionArgs(candidate) {
    return [...candidate.prefix, 'version', '--short'];
}
/**
 * Reads `compose version --short` (`1.29.2`, `v2.27.0`, `2.27.0-desktop.1`). A standalone `docker-compose` may be v2,
 * so the flavour comes from the major version. Null when the output holds no version.
 */
function parseComposeVersion(output) {
    const match = /\bv?(\d+)\.(\d+)\.(\d+)[-+.\w]*/.exec(output);
    if (!match)
        return null;
    return { version: match[0].replace(/^v/, ''), flavour: Number(match[1]) >= 2 ? 'v2' : 'v1' };
}


/***/ }),

/***/ 2092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ DOCKER_SERVER_VERSION),
  V: () => (/* binding */ DockerCli)
});

// EXTERNAL MODULE: ./src/core/artifact-glob.ts
var artifact_glob = __webpack_require__(78660);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/adapters/docker/args.ts
var args = __webpack_require__(70600);
// EXTERNAL MODULE: ./src/adapters/docker/errors.ts
var docker_errors = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/adapters/docker/inspect.ts
var inspect = __webpack_require__(8545);
// EXTERNAL MODULE: ./src/adapters/undici.ts
var undici = __webpack_require__(57634);
;// CONCATENATED MODULE: ./src/adapters/docker/path-stat.ts
/**
 * `drwxr-xr-x 4096 2026-11-25 08:27 /app/x` (mode, size, mtime UTC, the asked path, `-> target` for a symlink). No owner:
 * the engine's stat does not carry one, and both ways of reading must give the same line.
 */
function describePathStat(stat, path) {
    const when = stat.mtime.toISOString().slice(0, 16).replace('T', ' ');
    const link = stat.kind === 'symlink' ? ` -> ${stat.linkTarget}` : '';
    return `${modeString(stat)} ${stat.size} ${when} ${path}${link}`;
}
/** `drwxr-xr-x`, `-rwsr-xr-x`, `lrwxrwxrwx`, … */
function modeString(stat) {
    const letter = {
        file: '-',
        directory: 'd',
        symlink: 'l',
        char: 'c',
        block: 'b',
        fifo: 'p',
        socket: 's',
        other: '?'
    };
    const m = stat.mode;
    const triplet = (shift, special, mark) => {
        const r = m & (4 << shift) ? 'r' : '-';
        const w = m & (2 << shift) ? 'w' : '-';
        const exec = m & (1 << shift);
        const x = m & special ? (exec ? mark : mark.toUpperCase()) : exec ? 'x' : '-';
        return r + w + x;
    };
    return letter[stat.kind] + triplet(6, 0o4000, 's') + triplet(3, 0o2000, 's') + triplet(0, 0o1000, 't');
}
// Go's os.FileMode bits, as the engine sends them in `X-Docker-Container-Path-Stat`.
const GO_DIR = 2 ** 31;
const GO_SYMLINK = 2 ** 27;
const GO_DEVICE = 2 ** 26;
const GO_NAMED_PIPE = 2 ** 25;
const GO_SOCKET = 2 ** 24;
const GO_SETUID = 2 ** 23;
const GO_SETGID = 2 ** 22;
const GO_CHAR_DEVICE = 2 ** 21;
const GO_STICKY = 2 ** 20;
const GO_IRREGULAR = 2 ** 19;
/** Decodes `X-Docker-Container-Path-Stat`: base64 JSON `{name, size, mode, mtime, linkTarget}`; throws when it is not that. */
function decodeContainerPathStat(header) {
    let raw;
    try {
        raw = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    }
    catch {
        throw new Error('the path stat header is not base64 JSON');
    }
    const { size, mode, mtime, linkTarget } = (raw ?? {});
    const when = typeof mtime === 'string' ? new Date(mtime) : new Date(NaN);
    if (typeof size !== 'number' || typeof mode !== 'number' || !Number.isInteger(mode) || Number.isNaN(when.getTime()))
        throw new Error(`the path stat header lacks size, mode or mtime: ${JSON.stringify(raw).slice(0, 200)}`);
    const has = (bit) => Math.floor(mode / bit) % 2 === 1;
    const kind = has(GO_DIR)
        ? 'directory'
        : has(GO_SYMLINK)
            ? 'symlink'
            : has(GO_DEVICE)
                ? has(GO_CHAR_DEVICE)
                    ? 'char'
                    : 'block'
                : has(GO_NAMED_PIPE)
                    ? 'fifo'
                    : has(GO_SOCKET)
                        ? 'socket'
                        : has(GO_IRREGULAR)
                            ? 'other'
                            : 'file';
    const special = (has(GO_SETUID) ? 0o4000 : 0) | (has(GO_SETGID) ? 0o2000 : 0) | (has(GO_STICKY) ? 0o1000 : 0);
    return {
        kind,
        mode: (mode % 0o1000) | special,
        size,
        mtime: when,
        linkTarget: typeof linkTarget === 'string' ? linkTarget : ''
    };
}
// Partial: tar-stream hands back null for a type it does not know.
const TAR_KINDS = {
    file: 'file',
    'contiguous-file': 'file',
    link: 'file',
    directory: 'directory',
    symlink: 'symlink',
    'character-device': 'char',
    'block-device': 'block',
    fifo: 'fifo'
};
/** The first header of a `docker cp` stream (PAX and GNU long names already applied by tar-stream). */
function statOfTarHeader(header) {
    const kind = TAR_KINDS[header.type] ?? 'other';
    // Typed as a string, but null for an entry that is not a link.
    const linkTarget = header.linkname || '';
    return {
        kind,
        mode: header.mode & 0o7777,
        // A symlink's size is its target's length (as ls and the engine's stat say); tar stores 0.
        size: kind === 'symlink' ? Buffer.byteLength(linkTarget) : header.size,
        mtime: header.mtime,
        linkTarget
    };
}

;// CONCATENATED MODULE: ./src/adapters/docker/engine-api.ts



/** The socket could not be reached at all: nothing was learnt, and the caller may read the container another way. */
class EngineSocketUnreachable extends Error {
    name = 'EngineSocketUnreachable';
}
/** The engine answered, but neither with a stat nor with "no such path". */
class EngineApiError extends Error {
    status;
    name = 'EngineApiError';
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
const STAT_HEADER = 'x-docker-container-path-stat';
// Errors of connecting, not of the engine's answer.
const UNREACHABLE_CODES = new Set(['ENOENT', 'ECONNREFUSED', 'EACCES', 'EPERM', 'ENOTSOCK']);
/**
 * The Engine API over its unix socket, for the one call the archive fallback needs:
 * `HEAD /containers/{id}/archive?path=P` answers with the path's stat in a header, and no archive at all.
 * Open one per listing and `close()` it (one connection pool on the socket).
 */
class EngineSocket {
    socketPath;
    timeoutMs;
    agent;
    constructor(socketPath, timeoutMs) {
        this.socketPath = socketPath;
        this.timeoutMs = timeoutMs;
    }
    /** The request as shown in logs and evidence. */
    describe(container, path) {
        return `HEAD /containers/${container}/archive?path=${path} (unix://${this.socketPath})`;
    }
    async statPath(container, path) {
        const head = await this.send('HEAD', container, path);
        await head.body.dump();
        if (head.statusCode === 200) {
            const header = head.headers[STAT_HEADER];
            if (typeof header !== 'string')
                throw new EngineApiError(200, `the engine sent no ${STAT_HEADER} header`);
            try {
                return { exists: true, stat: decodeContainerPathStat(header) };
            }
            catch (error) {
                throw new EngineApiError(200, (0,errors/* messageOf */.bD)(error));
            }
        }
        // A HEAD answer has no body: the same GET says why (an error is sent at once, as JSON, never as an archive).
        const message = await this.errorMessage(container, path, head.statusCode);
        if (head.statusCode === 404 && /could not find the file/i.test(message))
            return { exists: false, reason: 'No such file or directory' };
        if (/: not a directory$/im.test(message))
            return { exists: false, reason: 'Not a directory' };
        throw new EngineApiError(head.statusCode, message);
    }
    async close() {
        if (this.agent)
            await (await this.agent).destroy();
    }
    async errorMessage(container, path, headStatus) {
        const get = await this.send('GET', container, path);
        if (get.statusCode === 200) {
            // The path appeared between the two requests: do not read a whole archive to find out what it is.
            get.body.destroy();
            return `HTTP ${headStatus}, then HTTP 200: the path changed while being read`;
        }
        const text = await get.body.text().catch(() => '');
        try {
            const { message } = JSON.parse(text);
            if (typeof message === 'string' && message.trim())
                return message.trim();
        }
        catch {
            // Not the engine's JSON: its text, or the status, says what there is to say.
        }
        return text.trim().split('\n')[0] || `HTTP ${get.statusCode}`;
    }
    async send(method, container, path) {
        const url = `http://docker/containers/${encodeURIComponent(container)}/archive?path=${encodeURIComponent(path)}`;
        try {
            const { request, Agent } = await (0,undici/* loadUndici */.b)();
            this.agent ??= Promise.resolve(new Agent({ connect: { socketPath: this.socketPath } }));
            return await request(url, {
                dispatcher: await this.agent,
                method,
                headersTimeout: this.timeoutMs,
                bodyTimeout: this.timeoutMs
            });
        }
        catch (error) {
            const code = error.code ?? '';
            if (UNREACHABLE_CODES.has(code))
                throw new EngineSocketUnreachable(`${this.socketPath}: ${code}`, { cause: error });
            throw new EngineApiError(0, `${method} ${this.socketPath}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/docker/ls.ts
var ls = __webpack_require__(52000);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/adapters/docker/tar-directory.ts


/**
 * The direct entries of the directory a `docker cp CONTAINER:DIR/ - ` stream holds (its first entry is DIR itself, then its
 * whole tree, depth first). File contents are skipped as they pass, never held; reading ends — and so does the process —
 * at the end of the stream, or as soon as `done(name)` says the entries still to come cannot matter.
 * null for a stream without entries; throws for one that is not tar.
 */
async function readTarDirectory(chunks, done = () => false) {
    const tar = (0,tar_stream.extract)();
    const source = external_node_stream_.Readable.from(chunks, { objectMode: false });
    source.on('error', (error) => tar.destroy(error));
    source.pipe(tar);
    try {
        let root = null;
        let inside = '';
        const entries = [];
        for await (const entry of tar) {
            entry.resume();
            if (!root) {
                root = entry.header;
                if (root.type !== 'directory')
                    break;
                inside = `${root.name.replace(/\/+$/, '')}/`;
                continue;
            }
            const name = directChild(entry.header.name, inside);
            if (name === null)
                continue;
            entries.push({ name, header: entry.header });
            if (done(name))
                break;
        }
        return root ? { root, entries } : null;
    }
    finally {
        source.destroy();
        tar.destroy();
    }
}
/** `assets/index.js` in `assets/` → `index.js`; `assets/sub/` → `sub`; `assets/sub/x.js` (deeper) → null. */
function directChild(entryName, inside) {
    if (!entryName.startsWith(inside))
        return null;
    const rest = entryName.slice(inside.length).replace(/\/+$/, '');
    return rest === '' || rest.includes('/') ? null : rest;
}

;// CONCATENATED MODULE: ./src/adapters/docker/tar-head.ts


/**
 * The first header of a tar stream (`docker cp CONTAINER:PATH -`: that entry is PATH itself), read as the bytes arrive; the
 * rest is never read: returning ends the source, so the runner stops the process instead of streaming a whole directory.
 * null for a stream without entries; throws for one that is not tar (the caller turns that into an error, never "absent").
 */
async function readTarHead(chunks) {
    const entries = (0,tar_stream.extract)();
    const source = external_node_stream_.Readable.from(chunks, { objectMode: false });
    source.on('error', (error) => entries.destroy(error));
    source.pipe(entries);
    try {
        for await (const entry of entries) {
            entry.resume();
            return entry.header;
        }
        return null;
    }
    finally {
        source.destroy();
        entries.destroy();
    }
}

;// CONCATENATED MODULE: ./src/adapters/docker.ts











const DEFAULT_TIMEOUT_MS = 120_000;
/** `ping`'s question to the engine (also asked early, wiring/early.ts). */
const DOCKER_SERVER_VERSION = ['version', '--format', '{{.Server.Version}}'];
/**
 * The Docker engine through the `docker` CLI, run only through the injected `CommandRunner` (local, or ssh on the target),
 * as plain argv; and, for the archive fallback's stats, the engine's own socket when it is given one (`engineSocket`).
 * A failure is never turned into an answer: what cannot be explained throws `InfraError`.
 */
class DockerCli {
    runner;
    logger;
    where;
    timeoutMs;
    engineSocket;
    constructor(runner, logger = ports/* silentLogger */.qq, options = {}) {
        this.runner = runner;
        this.logger = logger;
        this.where = runner.where;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.engineSocket = options.engineSocket ?? null;
    }
    async listImagePaths(image, paths) {
        if (paths.length === 0)
            return { method: 'ls', commands: [], entries: [] };
        const plan = planOf(paths);
        const result = await this.docker((0,args/* lsImageArgs */.yA)(image, unique(plan.literals), plan.directories.map((d) => d.path)));
        const failure = this.engineFailure(result);
        if (failure === 'no-ls') {
            this.logger.debug(`image ${image} has no ls: reading it through the archive API`);
            return this.listImageArchive(image, plan, [result.command]);
        }
        if (failure === 'no-such-image')
            throw this.missingImage(image);
        if (failure)
            throw this.failed(`could not list paths in image ${image}`, result);
        return { method: 'ls', commands: [result.command], ...this.readLs(result, plan, `image ${image}`) };
    }
    async listContainerPaths(container, paths) {
        if (paths.length === 0)
            return { method: 'ls', commands: [], entries: [] };
        const plan = planOf(paths);
        const result = await this.docker((0,args/* lsContainerArgs */.sI)(container, unique(plan.literals), plan.directories.map((d) => d.path)));
        const failure = this.engineFailure(result);
        if (failure === 'no-ls') {
            this.logger.debug(`container ${container} has no ls: reading it through the archive API`);
            return this.readArchive(container, plan, [result.command]);
        }
        if (failure === 'no-such-container')
            throw new errors/* InfraError */.Ri(`no container ${container} on the ${this.where} engine`);
        if (failure === 'not-running')
            throw new errors/* InfraError */.Ri(`container ${container} is not running (${this.where})`);
        if (failure)
            throw this.failed(`could not list paths in container ${container}`, result);
        return { method: 'ls', commands: [result.command], ...this.readLs(result, plan, `container ${container}`) };
    }
    async inspectImage(ref) {
        const result = await this.docker((0,args/* imageInspectArgs */.$4)(ref));
        if (result.exitCode !== 0) {
            const failure = (0,docker_errors/* classifyDockerError */.PA)(result.stderr);
            if (failure === 'unreachable')
                throw (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
            if (failure === 'no-such-image')
                return null;
            throw this.failed(`could not inspect image ${ref}`, result);
        }
        return parsed(() => (0,inspect/* parseImageInspect */.jC)(result.stdout), result);
    }
    async findServiceContainers(project, service) {
        const result = await this.docker((0,args/* serviceContainersArgs */.$N)(project, service));
        if (result.exitCode !== 0) {
            if ((0,docker_errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable')
                throw (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
            throw this.failed(`could not list the containers of ${project}/${service}`, result);
        }
        const ids = parsed(() => (0,inspect/* parsePsIds */.x2)(result.stdout), result);
        if (ids.length === 0)
            return [];
        const running = await this.inspectRunning(ids);
        if (running.length > 1) {
            const names = running.map((c) => c.name).join(', ');
            this.logger.debug(`${project}/${service} has ${running.length} running containers: ${names}`);
        }
        return running;
    }
    async findContainer(nameOrId) {
        const [found] = await this.inspectRunning([nameOrId]);
        return found ?? null;
    }
    // -------------------------------------------------------------------------------------------------------------
    /** The containers among `ids` that exist and run, in the order given (a container may vanish between ps and inspect). */
    async inspectRunning(ids) {
        const result = await this.docker((0,args/* containerInspectArgs */.R8)(ids));
        const failure = result.exitCode === 0 ? null : (0,docker_errors/* classifyDockerError */.PA)(result.stderr);
        if (failure === 'unreachable')
            throw (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
        // Inspect prints the ones it found and exits 1 for the others ("No such container").
        if (failure && failure !== 'no-such-container')
            throw this.failed(`could not inspect container ${ids.join(', ')}`, result);
        const found = result.stdout.trim() ? parsed(() => (0,inspect/* parseContainersInspect */.kl)(result.stdout), result) : [];
        for (const c of found)
            if (c.state !== 'running')
                this.logger.debug(`container ${c.name} is ${c.state}, not running`);
        return found.filter((c) => c.state === 'running');
    }
    /** A `docker create`d (never started) container of the image, read through the archive API, removed whatever happens. */
    async listImageArchive(image, plan, commands) {
        const created = await this.docker((0,args/* createArgs */.Og)(image));
        commands.push(created.command);
        if (created.exitCode !== 0) {
            const failure = (0,docker_errors/* classifyDockerError */.PA)(created.stderr);
            if (failure === 'unreachable')
                throw (0,docker_errors/* unreachableError */.DZ)(this.where, created.stderr);
            if (failure === 'no-such-image')
                throw this.missingImage(image);
            throw this.failed(`could not create a container of image ${image} to read it`, created);
        }
        const id = created.stdout.trim().split('\n').pop().trim();
        try {
            return await this.readArchive(id, plan, commands);
        }
        finally {
            const removed = await this.docker((0,args/* removeArgs */.wb)(id)).catch((error) => error);
            if (removed instanceof Error || removed.exitCode !== 0) {
                const why = removed instanceof Error ? removed.message : (0,docker_errors/* dockerMessage */.QV)(removed.stderr);
                this.logger.warn(`could not remove the temporary container ${id.slice(0, 12)}: ${why}`);
            }
        }
    }
    /** The plan read through the archive API: the literal paths' stats, then each glob directory's entries. */
    async readArchive(container, plan, commands) {
        const entries = plan.literals.length ? await this.archiveEntries(container, plan.literals, commands) : [];
        if (plan.directories.length === 0)
            return { method: 'archive', commands, entries };
        const directories = await this.copyDirectories(container, plan.directories, commands);
        return { method: 'archive', commands, entries, directories };
    }
    /** Each path's stat over the engine's socket when there is one that answers, else through `docker cp`. */
    async archiveEntries(container, paths, commands) {
        if (this.engineSocket) {
            try {
                return await this.statEntries(this.engineSocket, container, paths, commands);
            }
            catch (error) {
                if (!(error instanceof EngineSocketUnreachable))
                    throw error;
                // The CLI reached its engine some other way: `docker cp` is right for whatever engine that is.
                this.logger.debug(`the engine socket does not answer (${error.message}): reading through docker cp`);
            }
        }
        return this.copyEntries(container, paths, commands);
    }
    /** `HEAD /containers/{id}/archive?path=P` per path, all at once over one socket: a stat each, no archive at all. */
    async statEntries(socketPath, container, paths, commands) {
        const api = new EngineSocket(socketPath, this.timeoutMs);
        const asked = unique(paths);
        const answers = await Promise.allSettled(asked.map((path) => {
            this.logger.debug(`$ ${api.describe(container, path)}`);
            return api.statPath(container, path);
        })).finally(() => api.close());
        const seen = new Map();
        asked.forEach((path, i) => {
            const answer = answers[i];
            if (answer.status === 'rejected')
                throw this.statFailure(answer.reason, container, path, api);
            const { value } = answer;
            seen.set(path, value.exists
                ? { path, exists: true, detail: describePathStat(value.stat, path) }
                : { path, exists: false, detail: value.reason });
        });
        commands.push(...asked.map((path) => api.describe(container, path)));
        return paths.map((path) => seen.get(path));
    }
    statFailure(error, container, path, api) {
        if (!(error instanceof EngineApiError))
            return error instanceof Error ? error : new Error((0,errors/* messageOf */.bD)(error));
        if (error.status === 404 && /no such container/i.test(error.message))
            return new errors/* InfraError */.Ri(`no container ${container} on the ${this.where} engine`);
        return new errors/* InfraError */.Ri(`could not read ${path} from container ${container}: ${error.message}`, `the request was: ${api.describe(container, path)}`);
    }
    /**
     * One `docker cp CONTAINER:PATH -` per path (sequential: an ssh target limits parallel sessions), streamed: its first
     * tar header is the detail, and the process is ended there, so a huge directory is never read, nor held in memory.
     */
    async copyEntries(container, paths, commands) {
        const seen = new Map();
        for (const path of unique(paths)) {
            const result = await this.runner.stream('docker', (0,args/* copyOutArgs */.Pz)(container, path), readHeadOrWhyNot, {
                allowFailure: true,
                timeoutMs: this.timeoutMs
            });
            commands.push(result.command);
            const { header, unreadable } = result.value;
            if (header) {
                seen.set(path, { path, exists: true, detail: describePathStat(statOfTarHeader(header), path) });
                continue;
            }
            seen.set(path, { path, exists: false, detail: this.copyAbsence(result, unreadable, container, path) });
        }
        return paths.map((path) => seen.get(path));
    }
    /**
     * One `docker cp CONTAINER:DIR/ - ` per directory of globs (the trailing `/` follows a symlink to a directory), streamed:
     * its direct entries are kept, file contents skipped, and the process ended once the sorted walk is past every name the
     * directory's globs can match (`pastEveryMatch`); a glob with no literal start (`*.js`) reads the directory's whole tree.
     */
    async copyDirectories(container, requests, commands) {
        const listed = [];
        for (const request of requests) {
            const { path } = request;
            const result = await this.runner.stream('docker', (0,args/* copyOutArgs */.Pz)(container, (0,ls/* directoryOperand */.TZ)(path)), (stdout) => readDirectoryOrWhyNot(stdout, (name) => (0,artifact_glob/* pastEveryMatch */.Fi)(request, name)), { allowFailure: true, timeoutMs: this.timeoutMs });
            commands.push(result.command);
            const { directory, unreadable } = result.value;
            if (directory?.root.type === 'directory') {
                const entries = directory.entries.map(({ name, header }) => ({
                    name,
                    detail: describePathStat(statOfTarHeader(header), (0,artifact_glob/* joinPath */.uJ)(path, name))
                }));
                listed.push({ path, exists: true, detail: '', entries });
            }
            else if (directory) {
                listed.push({ path, exists: false, detail: 'Not a directory', entries: [] });
            }
            else {
                const detail = this.copyAbsence(result, unreadable, container, (0,ls/* directoryOperand */.TZ)(path));
                listed.push({ path, exists: false, detail, entries: [] });
            }
        }
        return listed;
    }
    /** Why a `docker cp` sent no entry: the path's absence in ls's words, or an InfraError for anything else. */
    copyAbsence(result, unreadable, container, path) {
        if (unreadable)
            throw new errors/* InfraError */.Ri(`could not read ${path} from container ${container}: not a tar stream (${unreadable})`, `the command was: ${result.command}`);
        if (result.exitCode === 0)
            throw new errors/* InfraError */.Ri(`could not read ${path} from container ${container}: docker cp sent an empty archive`, `the command was: ${result.command}`);
        const failure = (0,docker_errors/* classifyDockerError */.PA)(result.stderr);
        if (failure === 'path-not-found')
            return /not a directory/i.test(result.stderr) ? 'Not a directory' : 'No such file or directory';
        if (failure === 'unreachable')
            throw (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
        throw this.failed(`could not read ${path} from container ${container}`, {
            ...result,
            exitCode: result.exitCode ?? 1
        });
    }
    /** For `ls` runs: a failure of docker itself (not of ls), or null when ls ran and its output is to be read. */
    engineFailure(result) {
        if (result.exitCode === 0)
            return null;
        // ls's own complaints (`ls: /x: No such file or directory`) are for the parser, not for docker's classification.
        // `docker exec` prints the runtime's "exec failed" on stdout: at 125+ ls never ran, so stdout is docker's too.
        const dockerSaid = [result.stderr, result.exitCode >= 125 ? result.stdout : '']
            .join('\n')
            .split('\n')
            .filter((l) => !l.startsWith('ls: '))
            .join('\n');
        const failure = (0,docker_errors/* classifyDockerError */.PA)(dockerSaid);
        if (failure === 'unreachable')
            throw (0,docker_errors/* unreachableError */.DZ)(this.where, dockerSaid);
        if (failure !== 'other' && failure !== 'path-not-found')
            return failure;
        // 125-127: docker could not run the command at all; ls itself exits 1 or 2.
        return result.exitCode >= 125 ? 'other' : null;
    }
    readLs(result, plan, what) {
        const dirs = plan.directories.map((d) => d.path);
        const { entries, directories, unexplained } = dirs.length
            ? (0,ls/* parseLsDirectories */.CM)(plan.literals, dirs, result.stdout, result.stderr)
            : { ...(0,ls/* parseLsOutput */.ot)(plan.literals, result.stdout, result.stderr), directories: [] };
        if (unexplained.length > 0) {
            const dockerSaid = result.stderr
                .split('\n')
                .filter((l) => !l.startsWith('ls: '))
                .join('\n');
            const accounted = entries.length + directories.length;
            // ls never ran properly: docker's own words say why better than a list of paths.
            if (accounted === 0 && dockerSaid.trim())
                throw this.failed(`could not list paths in ${what}`, result);
            const list = unexplained.map((u) => `${u.path} (${u.reason})`).join(', ');
            throw new errors/* InfraError */.Ri(`could not tell whether ${list} exist in ${what}`, `the command was: ${result.command}`);
        }
        return dirs.length ? { entries, directories } : { entries };
    }
    missingImage(image) {
        return new errors/* InfraError */.Ri(`image ${image} is not on the ${this.where} Docker engine`, 'build it first (driftcheck build)');
    }
    failed(what, result) {
        const stdout = typeof result.stdout === 'string' && result.exitCode >= 125 ? result.stdout : '';
        const said = (0,docker_errors/* dockerMessage */.QV)(result.stderr) || (0,docker_errors/* dockerMessage */.QV)(stdout) || `exit ${result.exitCode}`;
        return new errors/* InfraError */.Ri(`${what}: ${said}`, `the command was: ${result.command}`);
    }
    pinged;
    async ping() {
        this.pinged ??= this.docker([...DOCKER_SERVER_VERSION]).then((result) => {
            if (result.exitCode === 0 && result.stdout.trim())
                return result.stdout.trim();
            const said = `${result.stderr}\n${result.stdout}`;
            if ((0,docker_errors/* classifyDockerError */.PA)(said) === 'unreachable' || !result.stdout.trim())
                throw (0,docker_errors/* unreachableError */.DZ)(this.where, said);
            throw this.failed(`the Docker engine on ${this.where} did not answer`, result);
        });
        // A failed ping is not remembered: the next step may find the engine up.
        this.pinged.catch(() => (this.pinged = undefined));
        return this.pinged;
    }
    docker(args) {
        return this.runner.run('docker', args, { allowFailure: true, timeoutMs: this.timeoutMs });
    }
}
function unique(paths) {
    return [...new Set(paths)];
}
function planOf(paths) {
    const literals = paths.flatMap((path) => {
        const parsed = (0,artifact_glob/* parseArtifactPath */.nh)(path);
        return parsed.kind === 'literal' ? [parsed.path] : [];
    });
    return { literals, directories: (0,artifact_glob/* listingPlan */.MR)(paths).directories };
}
/** The directory's entries, or why the stream is not tar (as `readHeadOrWhyNot`). */
async function readDirectoryOrWhyNot(stdout, done) {
    try {
        return { directory: await readTarDirectory(stdout, done), unreadable: null };
    }
    catch (error) {
        return { directory: null, unreadable: (0,errors/* messageOf */.bD)(error) };
    }
}
/** The first tar header, or why the stream is not tar (a reader that throws would hide docker's own error output). */
async function readHeadOrWhyNot(stdout) {
    try {
        return { header: await readTarHead(stdout), unreadable: null };
    }
    catch (error) {
        return { header: null, unreadable: (0,errors/* messageOf */.bD)(error) };
    }
}
function parsed(parse, result) {
    try {
        return parse();
    }
    catch (error) {
        throw new errors/* InfraError */.Ri(`unexpected output from docker: ${error.message}`, `the command was: ${result.command}`);
    }
}


/***/ }),

/***/ 70600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ imageInspectArgs),
/* harmony export */   $N: () => (/* binding */ serviceContainersArgs),
/* harmony export */   Og: () => (/* binding */ createArgs),
/* harmony export */   Pz: () => (/* binding */ copyOutArgs),
/* harmony export */   R8: () => (/* binding */ containerInspectArgs),
/* harmony export */   sI: () => (/* binding */ lsContainerArgs),
/* harmony export */   wb: () => (/* binding */ removeArgs),
/* harmony export */   yA: () => (/* binding */ lsImageArgs)
/* harmony export */ });
/* unused harmony exports NEVER_STARTED_ENTRYPOINT, TEMPORARY_LABEL, lsListArgs */
/* harmony import */ var _ls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52000);
/**
 * Pure argv builders for the `docker` CLI. Everything is plain argv (no shell, no local files), so the same arguments work
 * through the local runner and through ssh.
 */

/** The entrypoint given to a container that is created only to be read through the archive API: it is never started. */
const NEVER_STARTED_ENTRYPOINT = '/driftcheck-never-started';
/** A label on the throw-away containers driftcheck creates, so a leftover one can be found and removed by hand. */
const TEMPORARY_LABEL = 'io.driftcheck.temporary=true';
/**
 * What ls is given: `-ld -- PATH…` (each path itself); with directories to list for globs, `-la -- PATH… DIR/…` in the same
 * run (no shell needed: without `-d` ls prints a directory operand's entries, and its own line as `.`). The price, only in
 * runs with globs: a literal path that is a directory has its entries printed too (text, read once).
 */
function lsListArgs(paths, directories = []) {
    if (directories.length === 0)
        return ['-ld', '--', ...paths];
    return ['-la', '--', ...(0,_ls_js__WEBPACK_IMPORTED_MODULE_0__/* .lsOperands */ .kY)(paths, directories)];
}
/**
 * ONE throw-away container that lists every path of an image: `docker run --rm … --entrypoint ls IMAGE -ld -- PATH…`.
 * `--pull never`: check the image that is on this engine, never a namesake from a registry.
 * `--user 0:0`: see every path whatever the image's USER. `--network none`: ls needs nothing.
 */
function lsImageArgs(image, paths, directories = []) {
    return [
        'run',
        '--rm',
        '--pull',
        'never',
        '--network',
        'none',
        '--user',
        '0:0',
        '--label',
        TEMPORARY_LABEL,
        '--entrypoint',
        'ls',
        image,
        ...lsListArgs(paths, directories)
    ];
}
/** ONE `docker exec` that lists every path inside a running container (and the directories of globs, as above). */
function lsContainerArgs(container, paths, directories = []) {
    return ['exec', '--user', '0:0', container, 'ls', ...lsListArgs(paths, directories)];
}
/** A stopped container of the image, only to read its filesystem (`docker cp`); the entrypoint avoids "No command specified". */
function createArgs(image) {
    return [
        'create',
        '--pull',
        'never',
        '--network',
        'none',
        '--label',
        TEMPORARY_LABEL,
        '--entrypoint',
        NEVER_STARTED_ENTRYPOINT,
        image
    ];
}
/** The path as a tar stream on stdout. */
function copyOutArgs(container, path) {
    return ['cp', `${container}:${path}`, '-'];
}
function removeArgs(container) {
    return ['rm', '--force', '--volumes', container];
}
/** JSON array on stdout; "No such image" on stderr when absent. */
function imageInspectArgs(ref) {
    return ['image', 'inspect', '--', ref];
}
/** JSON array on stdout; "No such container" on stderr when absent. */
function containerInspectArgs(nameOrIds) {
    return ['container', 'inspect', '--', ...nameOrIds];
}
/** Running containers of a compose service (v1 and v2 both set these labels), one JSON object per line, newest first. */
function serviceContainersArgs(project, service) {
    return [
        'ps',
        '--no-trunc',
        '--filter',
        `label=com.docker.compose.project=${project}`,
        '--filter',
        `label=com.docker.compose.service=${service}`,
        '--format',
        '{{json .}}'
    ];
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ withoutTraceback),
/* harmony export */   DZ: () => (/* binding */ unreachableError),
/* harmony export */   PA: () => (/* binding */ classifyDockerError),
/* harmony export */   QV: () => (/* binding */ dockerMessage)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const PATTERNS = [
    [
        'unreachable',
        // The docker CLI and compose v2 (Go) say it in words; compose v1 (Python, docker-py) in its last exception line.
        /cannot connect to the docker daemon|error during connect|is the docker daemon running|permission denied while trying to connect to the docker (daemon|api)|unable to resolve docker endpoint|failed to connect to the docker api|error while fetching server api version|couldn't connect to docker daemon/i
    ],
    // `exec: "ls": executable file not found in $PATH` (runc), `stat ls: no such file or directory`, `"ls": permission denied`.
    [
        'no-ls',
        /exec: "ls": (executable file not found|stat|permission denied)|starting container process caused: exec: "ls"|"ls": executable file not found/i
    ],
    ['no-such-image', /no such image|unable to find image|pull access denied|repository does not exist/i],
    ['not-running', /container [0-9a-f]+ is not running|is not running/i],
    ['no-such-container', /no such container/i],
    // `docker cp`: "Could not find the file /x in container …"; "lstat …/merged/x/y: not a directory".
    ['path-not-found', /could not find the file|: not a directory$/im]
];
function classifyDockerError(stderr) {
    for (const [kind, pattern] of PATTERNS)
        if (pattern.test(stderr))
            return kind;
    return 'other';
}
/**
 * The daemon's own words, one line: `Error response from daemon: ` and `docker: ` say nothing a reader needs; a traceback
 * (compose v1 is Python) is reduced to its exception.
 */
function dockerMessage(stderr) {
    const meaningful = withoutTraceback(stderr)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^Run '.*--help' for more information$/.test(l) && !/^See '.*--help'\.$/.test(l))
        .join('\n');
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .lastLines */ .w$)(meaningful, 1)
        .replace(/^docker: /, '')
        .replace(/^Error response from daemon: /i, '')
        .replace(/^Error: /, '');
}
/**
 * A tool's output without a stack trace of any language: a Python traceback becomes its exception's message
 * (`docker.errors.DockerException: X` → `X`), a Go panic its `panic:` line, JavaScript/Java `at …` frames are dropped.
 * Output with no trace comes back as it was.
 */
function withoutTraceback(output) {
    let lines = output.split('\n');
    if (lines.some((l) => PYTHON_TRACE.test(l))) {
        const start = lines.findIndex((l) => PYTHON_TRACE.test(l));
        // The last exception is the one that ended the program: the unindented line after the last frame.
        const exception = lines.findLastIndex((l) => PYTHON_EXCEPTION.test(l));
        const message = exception >= 0 ? lines[exception].replace(PYTHON_EXCEPTION, '') : '';
        lines = [...lines.slice(0, start), ...(message ? [message] : [])];
    }
    const panic = lines.findIndex((l) => /^panic: /.test(l));
    if (panic >= 0 && lines.some((l) => /^goroutine \d+ \[/.test(l)))
        lines = [...lines.slice(0, panic + 1)];
    return lines.filter((l) => !/^\s+at .+[(:]\S*\d+[):]?/.test(l) && !/^\s+\.\.\. \d+ more$/.test(l)).join('\n');
}
const PYTHON_TRACE = /^Traceback \(most recent call last\):/;
// `docker.errors.DockerException: …`, `.FileNotFoundError: …` (how compose v1 prints some errors), `KeyError: 'x'`.
const PYTHON_EXCEPTION = /^\.?(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt)\w*: /;
/**
 * What an unreachable engine said, as one reason: the docker CLI's own sentence, or docker-py's
 * (`Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))`)
 * reduced to the system's words and the address, which compose v1 never prints.
 */
function unreachableReason(stderr, endpoint) {
    const said = dockerMessage(stderr);
    if (/:\/\//.test(said))
        return said;
    const errno = /\w+Error\(\d+, '([^']+)'\)/.exec(said)?.[1];
    if (!errno && !endpoint)
        return said;
    const why = errno ?? said;
    return `Cannot connect to the Docker daemon${endpoint ? ` at ${endpoint}` : ''}${why ? ` (${why})` : ''}`;
}
/**
 * The engine cannot be reached at all: one line, and what to do about it. `endpoint` names the engine when the tool's
 * words do not (compose v1); `cause` keeps the tool's raw output for `-v` and the evidence.
 */
function unreachableError(where, stderr, options = {}) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri(`Docker engine unreachable (${where}): ${unreachableReason(stderr, options.endpoint)}`, where === 'local'
        ? 'start the Docker daemon, or check DOCKER_HOST / `docker context` and your access to the socket'
        : `check that dockerd runs on ${where} and that the ssh user may use it`, options.cause === undefined ? undefined : { cause: options.cause });
}


/***/ }),

/***/ 8545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jC: () => (/* binding */ parseImageInspect),
/* harmony export */   kl: () => (/* binding */ parseContainersInspect),
/* harmony export */   x2: () => (/* binding */ parsePsIds)
/* harmony export */ });
/* unused harmony export rootLayers */
/* harmony import */ var _core_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96236);

/** `docker image inspect` prints a JSON array; the first element is the image. */
function parseImageInspect(stdout) {
    const raw = firstOf(stdout, 'docker image inspect');
    if (!raw.Id)
        throw new Error('docker image inspect: no Id in the output');
    const labels = raw.Config?.Labels ?? {};
    return {
        id: raw.Id,
        created: isoOrNull(raw.Created),
        revision: labels[_core_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .REVISION_LABEL */ .P1] || null,
        labels,
        tags: raw.RepoTags ?? [],
        layers: rootLayers(raw)
    };
}
/** `RootFS.Layers` of one image of `docker image inspect`: its content, without the config (labels, created). */
function rootLayers(raw) {
    const layers = raw.RootFS?.Layers;
    return Array.isArray(layers) ? layers.filter((l) => typeof l === 'string') : [];
}
/** `docker container inspect` of one or more containers, in the order given. */
function parseContainersInspect(stdout) {
    return arrayOf(stdout, 'docker container inspect').map(toRunningContainer);
}
function toRunningContainer(value) {
    const raw = value;
    if (!raw.Id || !raw.Image)
        throw new Error('docker container inspect: no Id/Image in the output');
    return {
        id: raw.Id,
        name: (raw.Name ?? '').replace(/^\//, '') || raw.Id.slice(0, 12),
        imageId: raw.Image,
        imageRef: raw.Config?.Image ?? raw.Image,
        state: raw.State?.Status ?? (raw.State?.Running ? 'running' : 'unknown'),
        startedAt: isoOrNull(raw.State?.StartedAt)
    };
}
/**
 * `docker ps --format '{{json .}}'`: one object per line. Returns the IDs, in docker's order (newest first), leaving out
 * one-off containers (`compose run`, label `com.docker.compose.oneoff=True`): they are not the service that serves traffic.
 */
function parsePsIds(stdout) {
    return stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .filter((row) => !(row.Labels ?? '').split(',').includes('com.docker.compose.oneoff=True'))
        .map((row) => {
        if (!row.ID)
            throw new Error(`docker ps: no ID in ${JSON.stringify(row)}`);
        return row.ID;
    });
}
function firstOf(stdout, what) {
    const first = arrayOf(stdout, what)[0];
    if (!first)
        throw new Error(`${what}: empty output`);
    return first;
}
function arrayOf(stdout, what) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new Error(`${what}: output is not JSON`);
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (items.some((item) => !item || typeof item !== 'object'))
        throw new Error(`${what}: unexpected output`);
    return items;
}
/** Docker's zero time (`0001-01-01T00:00:00Z`) means "never". */
function isoOrNull(value) {
    if (!value || value.startsWith('0001-01-01'))
        return null;
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
}


/***/ }),

/***/ 52000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ parseLsDirectories),
/* harmony export */   TZ: () => (/* binding */ directoryOperand),
/* harmony export */   kY: () => (/* binding */ lsOperands),
/* harmony export */   ot: () => (/* binding */ parseLsOutput)
/* harmony export */ });
/* unused harmony exports listsPath, tidyLongLine */
/* harmony import */ var _core_artifact_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78660);

/** Reasons that prove a path is absent. Anything else (Permission denied…) is not proof either way. */
const ABSENT = /no such file or directory|not a directory/i;
/**
 * `-rwxr-xr-x  1 0  0  1234 Nov 25 08:23 NAME` (busybox, GNU, toybox): the date is `Nov 25 08:23` or `Nov 25  2024`
 * (`2024-11-25 08:23` with GNU's iso time styles); the size of a device is `major, minor`. A line in another format
 * (a localised date) falls back to matching the name at the end of the line.
 */
const DATE = String.raw `\S+\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s+[+-]\d{4})?`;
const LONG_LINE = new RegExp(String.raw `^([-bcdlpsD?][-rwxsStTlL]{9}[.+@]?)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+,\s*\d+|\d+)\s+(${DATE}) (.*)$`);
/**
 * Reads one `ls -ld -- PATH…` run: stdout has a long line per existing path (sorted by ls, not in the asked order),
 * stderr a line per path it could not show (`ls: /x: No such file or directory` busybox,
 * `ls: cannot access '/x': No such file or directory` GNU).
 */
function parseLsOutput(paths, stdout, stderr) {
    const found = new Map();
    const problems = new Map();
    // Longest first, so `/app/a b` is not taken for `/app/a` … or the other way round.
    const byLength = [...new Set(paths)].sort((a, b) => b.length - a.length);
    for (const line of lines(stdout)) {
        const path = byLength.find((p) => !found.has(p) && listsPath(line, p));
        if (path)
            found.set(path, { path, exists: true, detail: tidyLongLine(line) });
    }
    for (const line of lines(stderr)) {
        const hit = stderrReason(line, byLength);
        if (!hit || found.has(hit.path) || problems.has(hit.path))
            continue;
        problems.set(hit.path, hit.reason);
    }
    const entries = [];
    const unexplained = [];
    for (const path of paths) {
        const entry = found.get(path);
        const reason = problems.get(path);
        if (entry)
            entries.push(entry);
        else if (reason && ABSENT.test(reason))
            entries.push({ path, exists: false, detail: reason });
        else
            unexplained.push({ path, reason: reason ?? 'ls did not mention it' });
    }
    return { entries, unexplained };
}
/** Whether an ls long line shows `path` (itself, or a symlink `path -> target`). */
function listsPath(line, path) {
    const match = LONG_LINE.exec(line);
    const name = match ? match[7] : null;
    const isLink = match ? match[1].startsWith('l') : true;
    return quotedForms(path).some((form) => {
        if (name !== null)
            return name === form || (isLink && name.startsWith(`${form} -> `));
        // A line in a format we do not know: fall back to where names always stand, at the end.
        return line.endsWith(` ${form}`) || line.includes(` ${form} -> `);
    });
}
/**
 * The long line with the columns' padding squeezed (`drwxr-xr-x 2 0 0 4096 Nov 25 08:23 /app/x`); the name is kept as is,
 * or replaced by `name` (a directory's entry `index.js` shown as `/app/assets/index.js`; a symlink keeps its `-> target`).
 */
function tidyLongLine(line, name) {
    const match = LONG_LINE.exec(line);
    if (!match)
        return line.trim();
    const [, mode, links, owner, group, size, date, shown] = match;
    const named = name === undefined ? shown : name + linkArrow(mode, shown);
    return [mode, links, owner, group, size.replace(/,\s+/, ', '), date.replace(/\s+/g, ' '), named].join(' ');
}
/** A directory as an ls operand: with a trailing `/`, so a symlink to a directory is followed to its entries. */
function directoryOperand(directory) {
    return directory.endsWith('/') ? directory : `${directory}/`;
}
/** The operands of one `ls -la` run: each literal path and each directory once. */
function lsOperands(paths, directories) {
    return [...new Set([...paths, ...directories.map(directoryOperand)])];
}
/**
 * Reads one `ls -la -- PATH… DIR/…` run. Without `-d`, ls prints the operands that are not directories first (one long
 * line each, as `-ld` would), then a section per directory operand: `OPERAND:`, `total N`, a line per entry (`.` is the
 * directory itself, so a literal path that is a directory still gets its own line). A lone operand gets no header.
 */
function parseLsDirectories(paths, directories, stdout, stderr) {
    const operands = lsOperands(paths, directories);
    const { preamble, sections } = splitSections(operands, stdout);
    const problems = stderrProblems(stderr, operands);
    const entries = [];
    const unexplained = [];
    for (const path of paths) {
        const line = preamble.find((l) => listsPath(l, path));
        const section = sections.get(path);
        const self = section?.find((l) => LONG_LINE.exec(l)?.[7] === '.');
        const reason = problems.get(path);
        if (line)
            entries.push({ path, exists: true, detail: tidyLongLine(line) });
        else if (section)
            entries.push({ path, exists: true, detail: self ? tidyLongLine(self, path) : `${path}: a directory` });
        else if (reason && ABSENT.test(reason))
            entries.push({ path, exists: false, detail: reason });
        else
            unexplained.push({ path, reason: reason ?? 'ls did not mention it' });
    }
    const listed = [];
    for (const directory of directories) {
        const operand = directoryOperand(directory);
        const section = sections.get(operand);
        const reason = problems.get(operand);
        if (section) {
            const read = sectionEntries(directory, section);
            if ('unreadable' in read)
                unexplained.push({ path: operand, reason: `an ls line it cannot read: ${read.unreadable}` });
            else
                listed.push({ path: directory, exists: true, detail: '', entries: read.entries });
        }
        else if (reason && ABSENT.test(reason)) {
            listed.push({ path: directory, exists: false, detail: reason, entries: [] });
        }
        else {
            unexplained.push({ path: operand, reason: reason ?? 'ls did not mention it' });
        }
    }
    return { entries, directories: listed, unexplained };
}
function splitSections(operands, stdout) {
    const preamble = [];
    const sections = new Map();
    const all = lines(stdout);
    // ls prints no header for a lone operand: in this mode that is a directory (a literal alone is listed with -ld).
    if (operands.length === 1) {
        if (all.length)
            sections.set(operands[0], all);
        return { preamble, sections };
    }
    const headers = new Map(operands.flatMap((o) => quotedForms(o).map((form) => [`${form}:`, o])));
    let current = preamble;
    for (const line of all) {
        const operand = headers.get(line);
        if (operand === undefined) {
            current.push(line);
            continue;
        }
        current = [];
        sections.set(operand, current);
    }
    return { preamble, sections };
}
function sectionEntries(directory, section) {
    const entries = [];
    for (const line of section) {
        if (/^total \d+/.test(line))
            continue;
        const match = LONG_LINE.exec(line);
        // A name cannot be told from a date in a format we do not know: no guess, the listing is not trusted.
        if (!match)
            return { unreadable: line.trim() };
        const name = match[7].slice(0, match[7].length - linkArrow(match[1], match[7]).length);
        if (name === '.' || name === '..')
            continue;
        entries.push({ name, detail: tidyLongLine(line, (0,_core_artifact_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(directory, name)) });
    }
    return { entries };
}
/** ` -> target` of a symlink's long-line name, or ''. */
function linkArrow(mode, shown) {
    if (!mode.startsWith('l'))
        return '';
    const at = shown.indexOf(' -> ');
    return at === -1 ? '' : shown.slice(at);
}
function stderrProblems(stderr, operands) {
    const byLength = [...operands].sort((a, b) => b.length - a.length);
    const problems = new Map();
    for (const line of lines(stderr)) {
        const hit = stderrReason(line, byLength);
        if (hit && !problems.has(hit.path))
            problems.set(hit.path, hit.reason);
    }
    return problems;
}
function stderrReason(line, paths) {
    for (const path of paths) {
        for (const form of quotedForms(path)) {
            for (const prefix of [`ls: cannot access ${form}: `, `ls: cannot open directory ${form}: `, `ls: ${form}: `]) {
                if (line.startsWith(prefix))
                    return { path, reason: line.slice(prefix.length).trim() };
            }
        }
    }
    return null;
}
/** GNU ls quotes names with special characters (`'/app/a b'`); busybox prints them raw. */
function quotedForms(path) {
    return [path, `'${path}'`, `"${path}"`];
}
function lines(text) {
    return text
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l.trim() !== '');
}


/***/ }),

/***/ 76960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ GIT_ASKS),
/* harmony export */   qr: () => (/* binding */ GitSourceTree)
/* harmony export */ });
/* unused harmony exports normalisePattern, matchList */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73382);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64119);






/** The git commands every run starts with (run in the checkout): the early commands use the same argv (wiring/early.ts). */
const GIT_ASKS = {
    revision: ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'],
    revisionDate: ['show', '-s', '--format=%cI', 'HEAD'],
    dirty: ['status', '--porcelain'],
    insideWorkTree: ['rev-parse', '--is-inside-work-tree']
};
/**
 * The checkout, as git sees it: a path counts when it is tracked (a stray untracked file is not "in the source").
 * Outside a git work tree (a tarball, an export) it falls back to the filesystem. Every git call goes through the runner.
 */
class GitSourceTree {
    root;
    runner;
    logger;
    files;
    constructor(root, runner, logger = _core_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq) {
        this.root = root;
        this.runner = runner;
        this.logger = logger;
    }
    async revision() {
        const result = await this.git([...GIT_ASKS.revision]);
        return result?.exitCode === 0 ? result.stdout.trim() || null : null;
    }
    /** The committer date of HEAD (ISO 8601): a build stamped with it is reproducible, so the same commit gives the same image. */
    async revisionDate() {
        const result = await this.git([...GIT_ASKS.revisionDate]);
        return result?.exitCode === 0 ? result.stdout.trim() || null : null;
    }
    async dirty() {
        // Untracked files count: a build context takes them (unless .dockerignore says otherwise). Outside git: unknown, not dirty.
        const result = await this.git([...GIT_ASKS.dirty]);
        return result?.exitCode === 0 && result.stdout.trim() !== '';
    }
    /**
     * Paths under the root matching `pattern`: a file path matches itself, a folder path the tracked files under it,
     * a glob (`dashboard/src/pages/*.tsx`) the tracked files and folders it matches. Sorted; empty when nothing matches.
     */
    async match(pattern) {
        const wanted = normalisePattern(pattern);
        const tracked = await (this.files ??= this.trackedFiles());
        if (tracked === null)
            return matchFilesystem(this.root, wanted);
        return matchList(tracked, wanted);
    }
    /** The tracked files still present in the working tree; null outside git. */
    async trackedFiles() {
        const inside = await this.git([...GIT_ASKS.insideWorkTree]);
        if (inside === null)
            return null;
        if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
            if (/dubious ownership/i.test(inside.stderr)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri(`git refuses to read ${this.root}: the repository is owned by another user`, `git config --global --add safe.directory ${this.root}`);
            }
            this.logger.debug(`${this.root} is not a git work tree: source paths are matched on the filesystem`);
            return null;
        }
        const listed = await this.git(['ls-files', '-z'], true);
        const deleted = await this.git(['ls-files', '-z', '--deleted'], true);
        // A tracked file removed from the working tree is not in the checkout that gets built.
        const gone = new Set(splitNul(deleted.stdout));
        return splitNul(listed.stdout).filter((file) => !gone.has(file));
    }
    /** null when git is not installed; `strict` turns a non-zero exit into an error. */
    async git(args, strict = false) {
        try {
            return await this.runner.run('git', args, { cwd: this.root, allowFailure: !strict });
        }
        catch (error) {
            if (strict || !(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri) || !/not installed/.test(error.message))
                throw error;
            this.logger.warn('git is not installed: source paths are matched on the filesystem, untracked files included');
            return null;
        }
    }
}
function splitNul(text) {
    return text.split('\0').filter(Boolean);
}
/** `./backend/src//modules/workflow/` → `backend/src/modules/workflow`. */
function normalisePattern(pattern) {
    return pattern
        .trim()
        .replace(/\\/g, '/')
        .replace(/\/{2,}/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
}
function isGlob(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern).isGlob;
}
/** Pure: `pattern` (normalised) against a list of files relative to the root. */
function matchList(files, pattern) {
    if (pattern === '' || pattern === '.')
        return [...files].sort();
    if (isGlob(pattern)) {
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(pattern, { dot: true });
        const hits = new Set(files.filter((file) => matches(file)));
        for (const dir of folders(files))
            if (matches(dir))
                hits.add(`${dir}/`);
        return [...hits].sort();
    }
    if (files.includes(pattern))
        return [pattern];
    const prefix = `${pattern}/`;
    return files.filter((file) => file.startsWith(prefix)).sort();
}
function folders(files) {
    const dirs = new Set();
    for (const file of files) {
        let slash = file.lastIndexOf('/');
        while (slash > 0) {
            const dir = file.slice(0, slash);
            if (dirs.has(dir))
                break;
            dirs.add(dir);
            slash = dir.lastIndexOf('/');
        }
    }
    return dirs;
}
async function matchFilesystem(root, pattern) {
    if (isGlob(pattern)) {
        const hits = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([pattern], { cwd: root, dot: true, onlyFiles: false, expandDirectories: false });
        return hits.sort();
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pattern || '.')).catch(() => null);
    if (!info)
        return [];
    if (!info.isDirectory())
        return [pattern];
    const base = pattern || '.';
    const inside = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([`${(0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .escapePath */ .ft)(base)}/**`], { cwd: root, dot: true, onlyFiles: true });
    // An empty folder still exists on disk (git could not have tracked it, but there is no git here).
    return inside.length > 0 ? inside.sort() : [`${base}/`];
}


/***/ }),

/***/ 57634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ loadUndici)
/* harmony export */ });
/**
 * undici, loaded on first use: a CLI run starts its first commands (git, docker, compose) before it pays for loading the HTTP
 * stack (~20 ms), which only the probes and the engine socket's stat need.
 */
let loading;
function loadUndici() {
    loading ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}


/***/ }),

/***/ 78660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ pastEveryMatch),
/* harmony export */   JP: () => (/* binding */ artifactPathProblem),
/* harmony export */   MR: () => (/* binding */ listingPlan),
/* harmony export */   Mc: () => (/* binding */ matchingNames),
/* harmony export */   Tz: () => (/* binding */ byteOrder),
/* harmony export */   nh: () => (/* binding */ parseArtifactPath),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export globMatches */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Artifact paths with a glob in their last segment (`/app/frontend/dist/assets/index-*.js`, for hashed bundles): the one
 * reading of such a path, shared by the config (what is allowed), the Docker adapter (what to list) and the layers (what
 * matched). A glob costs one listing of its parent directory; a directory segment may not hold one (that would need a
 * recursive listing).
 *
 * Glob characters are `*`, `?` and `[…]` (`[!…]` or `[^…]` negate), as in the shell: `*` and `?` do not match a leading `.`
 * unless the pattern starts with one. `\` escapes them (`/app/pages/\[id\].js`), and a name equal to the pattern as written
 * always matches, so a literal `[id].js` keeps working. Braces, extglobs and `**` are not glob syntax here.
 */

const ESCAPABLE = new Set(['*', '?', '[', ']', '\\']);
/** Where the segment has a glob character (escapes honoured), or -1. A `[` counts only when a `]` closes it. */
function firstGlobIndex(segment) {
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && ESCAPABLE.has(segment[i + 1] ?? '')) {
            i++;
            continue;
        }
        if (c === '*' || c === '?')
            return i;
        if (c === '[' && closingBracket(segment, i) !== -1)
            return i;
    }
    return -1;
}
/** The `]` that closes the bracket expression opened at `open` (a `]` right after `[`, `[!` or `[^` is a member). */
function closingBracket(segment, open) {
    let i = open + 1;
    if (segment[i] === '!' || segment[i] === '^')
        i++;
    if (segment[i] === ']')
        i++;
    for (; i < segment.length; i++) {
        if (segment[i] === '\\')
            i++;
        else if (segment[i] === ']')
            return i;
    }
    return -1;
}
function unescape(text) {
    return text.replace(/\\([*?[\]\\])/g, '$1');
}
/** The configured path read: a literal path, or a glob in its last segment. Call `artifactPathProblem` first (config). */
function parseArtifactPath(written) {
    const slash = written.lastIndexOf('/');
    const name = written.slice(slash + 1);
    const at = firstGlobIndex(name);
    if (at === -1)
        return { kind: 'literal', written, path: unescape(written) };
    const directory = unescape(written.slice(0, slash)).replace(/\/+$/, '') || '/';
    return { kind: 'glob', written, directory, name, prefix: unescape(name.slice(0, at)) };
}
/** Why a configured artifact path cannot be checked as written (a config error), or null. */
function artifactPathProblem(written) {
    const segments = written.split('/');
    const last = segments.length - 1;
    const inDirectory = segments.findIndex((segment, i) => i < last && firstGlobIndex(segment) !== -1);
    if (inDirectory !== -1) {
        const trailing = inDirectory === last - 1 && segments[last] === '';
        const fix = trailing ? 'drop the trailing `/`' : 'name the directories, e.g. `/app/dist/assets/index-*.js`';
        return `artifact path \`${written}\` has a glob in a directory (\`${segments[inDirectory]}\`), expected a glob in the last segment only (one directory is listed per glob): ${fix}`;
    }
    if (/(^|[^\\])\*\*/.test(segments[last]))
        return `artifact path \`${written}\` uses \`**\`, expected \`*\` (only the glob's own directory is listed, not its subdirectories): use \`*\``;
    return null;
}
/** The literal paths and parent directories one listing must cover, each once, in the order first asked. */
function listingPlan(written) {
    const paths = new Set();
    const directories = new Map();
    for (const path of written) {
        const parsed = parseArtifactPath(path);
        if (parsed.kind === 'literal') {
            paths.add(parsed.path);
            continue;
        }
        const prefixes = directories.get(parsed.directory) ?? new Set();
        prefixes.add(parsed.prefix);
        directories.set(parsed.directory, prefixes);
    }
    return {
        paths: [...paths],
        directories: [...directories].map(([path, prefixes]) => ({ path, prefixes: [...prefixes] }))
    };
}
/** Whether a directory's entry name matches the glob (the shell's rules above; never `.` or `..`). */
function globMatches(glob, name) {
    if (name === '.' || name === '..' || name.includes('/'))
        return false;
    return matcherFor(glob.name)(name);
}
/** The names of `names` the glob matches, sorted. */
function matchingNames(glob, names) {
    return [...names].filter((name) => globMatches(glob, name)).sort(byteOrder);
}
/**
 * Whether a listing read in byte order of names (as the Docker archive API walks a directory) has passed every name the
 * directory's globs can match, once it reached `name`: the rest need not be read.
 */
function pastEveryMatch(request, name) {
    return request.prefixes.every((prefix) => prefix !== '' && !name.startsWith(prefix) && byteOrder(name, prefix) > 0);
}
/** Go's string order (UTF-8 bytes), the order the engine's archive walks a directory in. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** `/app/assets` + `index-3f9a1c.js` → `/app/assets/index-3f9a1c.js` (and `/` + `x` → `/x`). */
function joinPath(directory, name) {
    return `${directory.replace(/\/+$/, '')}/${name}`;
}
const matchers = new Map();
function matcherFor(pattern) {
    let matcher = matchers.get(pattern);
    if (!matcher) {
        // picomatch reads `[!…]` as a class with `!` in it; the shell means `[^…]`.
        const source = pattern.replace(/(^|[^\\])\[!/g, '$1[^');
        const options = { dot: false, nobrace: true, noextglob: true, nonegate: true, noglobstar: true, windows: false };
        const glob = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(source, options);
        const written = unescape(pattern);
        matcher = (name) => name === pattern || name === written || glob(name);
        matchers.set(pattern, matcher);
    }
    return matcher;
}


/***/ }),

/***/ 7644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   rB: () => (/* binding */ listingFocus)
/* harmony export */ });
/* unused harmony export shellWord */
/** How a command is written for logs and evidence, and how one feature's evidence shows a listing shared by all. */
/** One argument as a shell reads it: bare when it is plain, else single-quoted (`'` as `'\''`). */
function shellWord(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** A command as one shell-like line (for reading, never for execution: execa goes through no shell). */
function commandLine(file, args) {
    return [file, ...args].map(shellWord).join(' ');
}
// A word of commandLine's output: bare characters, quoted runs and `\'`.
const WORD = /(?:'[^']*'|\\'|[^\s'\\])+/g;
/**
 * One listing (`… ls -ld -- P1 P2 …`) covers the paths of every feature (`listed`); a feature's evidence names its own.
 * The words after the last `--` that spell a listed path (with or without a trailing `/`: a directory operand has one)
 * and not one of `own` are left out, and a shell comment says how many, so the line still runs and proves this feature's
 * paths, and the evidence no longer grows with the square of the features. The whole command is in the `-v` log.
 * The command is read once per listing; each feature then costs a look-up per operand.
 */
function listingFocus(command, listed) {
    const words = command.match(WORD) ?? [];
    const end = words.lastIndexOf('--');
    if (end < 0)
        return () => command;
    const head = words.slice(0, end + 1);
    const operands = words.slice(end + 1);
    const listedWords = new Set([...listed].flatMap(spellings));
    return (own) => {
        const kept = new Set([...own].flatMap(spellings));
        const focused = operands.filter((word) => kept.has(word) || !listedWords.has(word));
        const left = operands.length - focused.length;
        if (left === 0)
            return command;
        const line = [...head, ...focused].join(' ');
        return `${line} # and ${left} path${left === 1 ? '' : 's'} of other features, in the same listing`;
    };
}
/** A path as an operand may spell it: as written, and as a directory (one trailing `/`). */
function spellings(path) {
    const bare = path.length > 1 ? path.replace(/\/$/, '') : path;
    return [...new Set([path, bare, bare === '/' ? '/' : `${bare}/`])].map(shellWord);
}


/***/ }),

/***/ 96236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ DIRTY_SUFFIX),
/* harmony export */   Kh: () => (/* binding */ CREATED_LABEL),
/* harmony export */   P1: () => (/* binding */ REVISION_LABEL)
/* harmony export */ });
/** The OCI annotations driftcheck stamps on every build and reads back from running images. */
const REVISION_LABEL = 'org.opencontainers.image.revision';
const CREATED_LABEL = 'org.opencontainers.image.created';
/** Appended to the revision of an image built from a checkout with uncommitted changes (`git describe --dirty` style). */
const DIRTY_SUFFIX = '-dirty';


/***/ }),

/***/ 64119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ isDownReplica),
/* harmony export */   Xw: () => (/* binding */ isHostFailure),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/**
 * The interfaces layers and the engine receive. Only `src/adapters/` implements them against the outside world;
 * unit tests use plain fakes.
 */
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
const isHostFailure = (entry) => 'error' in entry;
const isDownReplica = (entry) => !('container' in entry) && 'task' in entry;


/***/ }),

/***/ 90640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEarly: () => (/* binding */ startEarly)
});

// UNUSED EXPORTS: earlyCommandsFor

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/compose/command.ts
var command = __webpack_require__(72070);
// EXTERNAL MODULE: ./src/adapters/compose/builder.ts
var builder = __webpack_require__(63272);
// EXTERNAL MODULE: ./src/adapters/docker.ts + 4 modules
var docker = __webpack_require__(2092);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
// EXTERNAL MODULE: ./src/core/command-text.ts
var command_text = __webpack_require__(7644);
;// CONCATENATED MODULE: ./src/adapters/early.ts


/**
 * Commands started at once, before the config is parsed (which takes ~100 ms at 200 features), and handed to the
 * `LocalRunner` that asks for the very same command (file, argv, cwd; no env, stdin or signal of its own) later.
 * Only read-only commands go in (versions, git's view of the checkout): one that is never asked for is harmless, its
 * outcome is never seen (no error reaches the user: the runner that takes it judges it, as if it had run it itself), and
 * `dispose` ends it.
 */
class EarlyCommands {
    log;
    /** Not yet taken, by command: the process, and its line as logged. */
    started = new Map();
    constructor(commands, log = () => { }) {
        this.log = log;
        for (const { file, args, cwd } of commands) {
            const key = keyOf(file, args, cwd);
            if (this.started.has(key))
                continue;
            const line = (0,command_text/* commandLine */.ay)(file, args);
            log(`$ ${line}`);
            const child = (0,execa/* execa */.Ho)(file, args, {
                cwd,
                reject: false,
                stripFinalNewline: false,
                stdin: 'ignore',
                encoding: 'utf8'
            });
            this.started.set(key, { child, line });
        }
    }
    /** The early run of this command, once; undefined when it was not started early or its options differ. */
    take(file, args, options) {
        if (options.env || options.input !== undefined || options.signal)
            return undefined;
        const key = keyOf(file, args, options.cwd);
        const child = this.started.get(key)?.child;
        if (!child)
            return undefined;
        this.started.delete(key);
        return options.timeoutMs === undefined ? child : withTimeout(child, options.timeoutMs);
    }
    /** Ends what was started and never taken (a layer that was not run, a config that did not load). */
    dispose() {
        if (this.started.size) {
            const commands = [...this.started.values()].map(({ line }) => line).join('; ');
            this.log(`started early, not asked for, ended: ${commands}`);
        }
        for (const { child } of this.started.values())
            child.kill();
        this.started.clear();
    }
}
/** The runner's own timeout, counted from when it asks: the process is ended and null handed back when it runs out. */
async function withTimeout(child, timeoutMs) {
    let expired = false;
    const timer = setTimeout(() => {
        expired = true;
        child.kill();
    }, timeoutMs);
    try {
        // Awaited to its end even when ended here: nothing of it outlives the error.
        const result = await child;
        return expired ? null : result;
    }
    finally {
        clearTimeout(timer);
    }
}
function keyOf(file, args, cwd) {
    return JSON.stringify([file, args, cwd ?? null]);
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var adapters_git = __webpack_require__(76960);
;// CONCATENATED MODULE: ./src/wiring/early.ts






/**
 * What a verify of `layers` asks first of this machine, known before the config is read: the checkout is the config file's
 * folder, and images are always built on the local engine. The revision (every run); git's view of the checkout (the source
 * layer); for a build (artifact, or container on the local engine): the Compose plugin, the builder probe (the CLI's
 * version, buildx), the engine's answer and the build's labels. All read-only; what the config turns out not to need is ended unseen (`EarlyCommands`).
 */
function earlyCommandsFor(configFile, layers) {
    const checkout = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(configFile));
    const git = (args) => ({ file: 'git', args, cwd: checkout });
    const commands = [git(adapters_git/* GIT_ASKS */.MG.revision)];
    if (layers.includes('artifact') || layers.includes('container')) {
        commands.push({ file: command/* COMPOSE_PLUGIN */.dl.file, args: (0,command/* versionArgs */.Gz)(command/* COMPOSE_PLUGIN */.dl) }, { file: 'docker', args: builder/* DOCKER_CLIENT_VERSION */.AY }, 
        // Asked only of a CLI from 23 on; an older one's answer is never read.
        { file: 'docker', args: builder/* DOCKER_BUILDX_VERSION */.BW }, { file: 'docker', args: docker/* DOCKER_SERVER_VERSION */.U }, git(adapters_git/* GIT_ASKS */.MG.revisionDate), git(adapters_git/* GIT_ASKS */.MG.dirty));
    }
    if (layers.includes('source'))
        commands.push(git(adapters_git/* GIT_ASKS */.MG.insideWorkTree));
    return commands;
}
/** Starts them; `log` sees each command line as it starts (constant argv: no secret in it). */
function startEarly(configFile, layers, log) {
    return new EarlyCommands(earlyCommandsFor(configFile, layers), log);
}


/***/ })

};
