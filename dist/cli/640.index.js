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

/***/ 28811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ DOCKER_SERVER_VERSION)
/* harmony export */ });
// The docker CLI's question that the entry also asks early (wiring/early.ts), in a module of its own: the early commands
// start before the rest of the CLI loads, and the argv builders' imports (ls's operands, the artifact globs) need not load.
/** `ping`'s question to the engine. */
const DOCKER_SERVER_VERSION = ['version', '--format', '{{.Server.Version}}'];


/***/ }),

/***/ 57829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ GIT_ASKS)
/* harmony export */ });
// The git commands that the entry also asks early (wiring/early.ts), in a module of its own: the early commands start
// before the rest of the CLI loads, and git.ts's glob matching (picomatch, tinyglobby) need not load for them.
/** The git commands every run starts with (run in the checkout): the early commands use the same argv (wiring/early.ts). */
const GIT_ASKS = {
    revision: ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'],
    revisionDate: ['show', '-s', '--format=%cI', 'HEAD'],
    dirty: ['status', '--porcelain'],
    insideWorkTree: ['rev-parse', '--is-inside-work-tree']
};


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
// EXTERNAL MODULE: ./src/adapters/docker/asks.ts
var asks = __webpack_require__(28811);
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

// EXTERNAL MODULE: ./src/adapters/git/asks.ts
var git_asks = __webpack_require__(57829);
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
    const commands = [git(git_asks/* GIT_ASKS */.M.revision)];
    if (layers.includes('artifact') || layers.includes('container')) {
        commands.push({ file: command/* COMPOSE_PLUGIN */.dl.file, args: (0,command/* versionArgs */.Gz)(command/* COMPOSE_PLUGIN */.dl) }, { file: 'docker', args: builder/* DOCKER_CLIENT_VERSION */.AY }, 
        // Asked only of a CLI from 23 on; an older one's answer is never read.
        { file: 'docker', args: builder/* DOCKER_BUILDX_VERSION */.BW }, { file: 'docker', args: asks/* DOCKER_SERVER_VERSION */.U }, git(git_asks/* GIT_ASKS */.M.revisionDate), git(git_asks/* GIT_ASKS */.M.dirty));
    }
    if (layers.includes('source'))
        commands.push(git(git_asks/* GIT_ASKS */.M.insideWorkTree));
    return commands;
}
/** Starts them; `log` sees each command line as it starts (constant argv: no secret in it). */
function startEarly(configFile, layers, log) {
    return new EarlyCommands(earlyCommandsFor(configFile, layers), log);
}


/***/ })

};
