export const id = 741;
export const ids = [741,640];
export const modules = {

/***/ 99471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ ComposeCli),
  ib: () => (/* binding */ detectCompose)
});

// UNUSED EXPORTS: openCompose

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
;// CONCATENATED MODULE: ./src/adapters/compose/args.ts
/** `docker compose -p P -f a.yml … SUBCOMMAND…` / `docker-compose -p P -f a.yml … SUBCOMMAND…`. */
function composeInvocation(command, target, subcommand) {
    const files = (target.files ?? []).flatMap((f) => ['-f', f]);
    return { file: command.file, args: [...command.prefix, '-p', target.project, ...files, ...subcommand] };
}
/**
 * The plugin prints JSON; `docker-compose` prints YAML, v1 (which has no `--format`) and a standalone v2 alike, so its config can
 * be asked for before its version is known. One parser reads both (YAML is a superset of JSON).
 */
function configArgs(command) {
    return command.prefix.length > 0 ? ['config', '--format', 'json'] : ['config'];
}
function buildArgs(services) {
    return ['build', ...services];
}
function upArgs(services, options = {}) {
    return [
        'up',
        '-d',
        ...(options.noBuild ? ['--no-build'] : []),
        ...(options.forceRecreate ? ['--force-recreate'] : []),
        ...services
    ];
}
/** The build reads the labelled, resolved config from stdin instead of the project's files (see `labelledBuildConfig`). */
function stdinTarget(target) {
    return { project: target.project, files: ['-'] };
}
/** `down [-v] [--remove-orphans] [--rmi local|all]`: v1 and v2 spell these alike. */
function downArgs(options = {}) {
    return [
        'down',
        ...(options.volumes ? ['-v'] : []),
        ...(options.removeOrphans ? ['--remove-orphans'] : []),
        ...(options.removeImages ? ['--rmi', options.removeImages] : [])
    ];
}
/** `port --protocol P SERVICE TARGET`: prints `127.0.0.1:49213` (v1 and v2); exit 1 when the container does not run. */
function portArgs(service, target, protocol) {
    return ['port', '--protocol', protocol, service, String(target)];
}
/** `logs --no-color --tail N SERVICE` (v1 and v2). */
function logsArgs(service, lines) {
    return ['logs', '--no-color', '--tail', String(lines), service];
}
/** The project's containers, running or not, one tab-separated line each (see `parseProjectContainers`). */
function projectContainersArgs(project) {
    return [
        'ps',
        '--all',
        '--no-trunc',
        '--filter',
        `label=com.docker.compose.project=${project}`,
        '--format',
        '{{.Label "com.docker.compose.service"}}\t{{.Names}}\t{{.State}}\t{{.Status}}'
    ];
}

;// CONCATENATED MODULE: ./src/adapters/compose/ps.ts
/**
 * `docker ps --all --format '{{.Label "…service"}}\t{{.Names}}\t{{.State}}\t{{.Status}}'` → the containers. The exit code
 * is only in the status's words (`Exited (1) 3 seconds ago`); null while the container runs.
 */
function parseProjectContainers(output) {
    return output
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
        const [service = '', name = '', state = '', status = ''] = line.split('\t');
        const exited = /^Exited \((-?\d+)\)/.exec(status.trim());
        return { service, name, state: state.trim(), exitCode: exited ? Number(exited[1]) : null };
    });
}
/** `compose port` prints `127.0.0.1:49213` (v2 may print `0.0.0.0:…`, IPv6 as `[::1]:…`); null when it printed no port. */
function parsePortOutput(output) {
    const match = /^\s*(\[[^\]]*\]|[^\s:]*):(\d+)\s*$/m.exec(output);
    if (!match || !Number(match[2]))
        return null;
    return { host: match[1].replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(match[2]) };
}

// EXTERNAL MODULE: ./src/adapters/compose/builder.ts
var compose_builder = __webpack_require__(63272);
// EXTERNAL MODULE: ./src/adapters/compose/command.ts
var compose_command = __webpack_require__(72070);
// EXTERNAL MODULE: ./src/core/compose/interpolate.ts
var interpolate = __webpack_require__(56543);
// EXTERNAL MODULE: ./src/core/compose/mapping.ts
var mapping = __webpack_require__(11022);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/adapters/compose/project.ts

/**
 * Compose's default project name from the project directory's folder name. Both keep only `[a-z0-9_-]` after lowercasing
 * (v1 1.29 `normalize_name`); v2 (compose-go `NormalizeProjectName`) also trims leading `_`/`-`.
 * The directory may be on a remote target, hence POSIX paths.
 */
function defaultProjectName(dir, flavour) {
    const folder = external_node_path_.posix.basename(external_node_path_.posix.normalize(dir.replace(/\/+$/, '') || '/'));
    return normaliseProjectName(folder, flavour) || 'default';
}
/**
 * A project name as compose stores it in its labels (`com.docker.compose.project`): v1 normalises even an explicit
 * `-p My.App` to `myapp`; v2 refuses names that need it, so normalising is what both end up with.
 */
function normaliseProjectName(name, flavour) {
    const kept = name.toLowerCase().replace(/[^-_a-z0-9]/g, '');
    return flavour === 'v2' ? kept.replace(/^[-_]+/, '') : kept;
}
/** The reference compose tags a built image with when the service has no `image:`: v1 `<project>_<service>`, v2 `<project>-<service>`. */
function defaultImageRef(project, service, flavour) {
    // v1 strips leading `_`/`-` from the project here (`Service.image_name`).
    return flavour === 'v1' ? `${project.replace(/^[-_]+/, '')}_${service}` : `${project}-${service}`;
}
/**
 * Does an image with these `RepoTags` carry compose's default name (`defaultImageRef`: no registry, no tag)? Docker lists
 * it as `name:latest`, an engine with the containerd image store may as `docker.io/library/name:latest`.
 */
function hasDefaultName(tags, name) {
    return tags.some((tag) => tag === `${name}:latest` || tag === `docker.io/library/${name}:latest`);
}

// EXTERNAL MODULE: ./src/adapters/compose/yaml.ts
var yaml = __webpack_require__(2244);
;// CONCATENATED MODULE: ./src/adapters/compose/config.ts





/**
 * Parses `compose config` output (v2 `--format json`, v1 YAML — YAML is a superset of JSON, one parser for both).
 * Throws a one-line Error on output that is not a compose config.
 */
function parseComposeConfig(text, project, flavour) {
    let raw;
    try {
        raw = (0,yaml/* readComposeYaml */.y)(text, '1.2');
    }
    catch (error) {
        throw new Error(`compose config printed something that is not YAML/JSON: ${(0,errors/* firstLineOf */.Qy)(error)}`);
    }
    if (!(0,mapping/* isMapping */.p)(raw) || !(0,mapping/* isMapping */.p)(raw.services))
        throw new Error('compose config printed no `services:` section');
    const services = {};
    for (const [name, service] of Object.entries(raw.services)) {
        const definition = (0,mapping/* isMapping */.p)(service) ? service : {};
        const image = typeof definition.image === 'string' && definition.image ? definition.image : null;
        services[name] = {
            image: image ?? defaultImageRef(project, name, flavour),
            builds: definition.build !== undefined && definition.build !== null
        };
    }
    return { raw, services };
}
/**
 * The resolved config with `labels` merged into the `build:` of the given services, for `compose -f - build`.
 * Why this route: compose has no `--label` on `build` (v1 none at all), v1 reads `-f -` only as the sole file (no stdin
 * override on top of the project's files), and a `--build-arg` would need a LABEL in users' Dockerfiles. The resolved config
 * keeps everything compose needs to build exactly as `compose build` would (context, dockerfile, args, target, secrets…),
 * and stdin needs no temporary file on a remote target. `build.labels` is in the compose spec both versions validate.
 * Written as JSON: every string quoted, so v1's YAML 1.1 parser cannot turn a timestamp label or `on` into another type.
 */
function labelledBuildConfig(config, services, labels) {
    const raw = structuredClone(config.raw);
    const definitions = raw.services;
    for (const name of services) {
        const definition = definitions[name];
        if (!definition)
            continue;
        const build = typeof definition.build === 'string' ? { context: definition.build } : { ...definition.build };
        const existing = normaliseLabels(build.labels);
        // `$` is escaped as `$$` in the rest of the config (compose re-interpolates what it reads); labels must be too.
        definition.build = { ...build, labels: { ...existing, ...(0,interpolate/* escapedForCompose */.J)(labels) } };
    }
    return JSON.stringify(raw, null, 2);
}
/** Labels as compose accepts them: a map, or a list of `key=value`. */
function normaliseLabels(labels) {
    if (Array.isArray(labels)) {
        return Object.fromEntries(labels.map((l) => {
            const [key, ...value] = String(l).split('=');
            return [key, value.join('=')];
        }));
    }
    return (0,mapping/* isMapping */.p)(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v ?? '')])) : {};
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/compose/file-names.ts
var file_names = __webpack_require__(9329);
;// CONCATENATED MODULE: ./src/adapters/compose/files.ts








/**
 * Synchronous on purpose: a few small files on the build's critical path, while the thread pool that asynchronous reads
 * queue on is busy with the source layer's file system work (0.2 s of waiting, measured).
 */
const readLocalText = async (path) => {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
};
/**
 * The project in `dir` as compose would read it: `files` (the config's `-f`), else `COMPOSE_FILE`, else the one file compose
 * discovers there plus its override. `env` is the environment compose runs with; the project's `.env` fills what it lacks.
 */
async function readComposeFiles(dir, files, env, read = readLocalText) {
    const dotenv = await read((0,external_node_path_.join)(dir, '.env'));
    const fromFile = dotenv === null ? {} : parseDotEnv(dotenv);
    if (!fromFile)
        return { fallback: 'the project’s .env uses more than plain NAME=value lines' };
    const vars = { ...fromFile, ...env };
    const chosen = await chooseFiles(dir, files, vars, read);
    if ('fallback' in chosen)
        return chosen;
    const texts = await Promise.all(chosen.map((file) => read(file.startsWith('/') ? file : (0,external_node_path_.join)(dir, file))));
    const missing = chosen.find((_, i) => texts[i] === null);
    if (missing !== undefined)
        return { fallback: `${missing} does not exist` }; // compose says so, in its words
    return servicesOf(chosen, texts, vars);
}
async function chooseFiles(dir, files, env, read) {
    if (files?.length)
        return [...files];
    if (env.COMPOSE_FILE)
        return env.COMPOSE_FILE.split(env.COMPOSE_PATH_SEPARATOR || ':').filter(Boolean);
    const names = [...file_names/* COMPOSE_FILE_NAMES */.bv, ...file_names/* OVERRIDE_FILE_NAMES */.PI];
    const texts = await Promise.all(names.map((name) => read((0,external_node_path_.join)(dir, name))));
    const { files: found, overrides } = (0,file_names/* composeFilesIn */.tQ)(names.filter((_, i) => texts[i] !== null));
    // None here: compose searches the parent folders. Several: v1 and v2 pick different ones (core/compose/file-names.ts).
    if (found.length !== 1)
        return { fallback: `${found.length} compose files in ${dir}` };
    if (overrides.length > 1)
        return { fallback: `${overrides.length} compose override files in ${dir}` };
    return [found[0], ...overrides];
}
/** The services of the files, merged as compose merges them (a later file's `image:` wins; a `build:` anywhere builds). */
function servicesOf(files, texts, env) {
    const services = {};
    let version;
    for (const [i, text] of texts.entries()) {
        const file = files[i];
        let doc;
        try {
            // YAML 1.1, as v1's PyYAML reads it (merge keys included).
            doc = (0,yaml/* readComposeYaml */.y)(text, '1.1');
        }
        catch {
            return { fallback: `${file} is not YAML compose can read here` }; // compose's own error names the line
        }
        if (!(0,mapping/* isMapping */.p)(doc) || !(0,mapping/* isMapping */.p)(doc.services))
            return { fallback: `${file} has no services: mapping` };
        // `include:` (v2) pulls in other projects' files.
        if ('include' in doc)
            return { fallback: `${file} uses include:` };
        if (i === 0 && doc.version !== undefined) {
            if (typeof doc.version !== 'string')
                return { fallback: `${file}: version: is not a string` };
            version = doc.version;
        }
        for (const [name, definition] of Object.entries(doc.services)) {
            const service = definition ?? {};
            if (!(0,mapping/* isMapping */.p)(service))
                return { fallback: `${file}: service ${name} is not a mapping` };
            // `extends:` takes image and build from another service or file; v1 lists a service of an inactive profile, v2 not.
            for (const key of ['extends', 'profiles'])
                if (key in service)
                    return { fallback: `${file}: service ${name} uses ${key}:` };
            let image = null;
            if (service.image !== undefined && service.image !== null) {
                if (typeof service.image !== 'string')
                    return { fallback: `${file}: the image: of ${name} is not a string` };
                image = (0,interpolate/* interpolateCompose */.g)(service.image, env);
                if (image === null)
                    return { fallback: `${file}: the image: of ${name} uses interpolation compose reads itself` };
            }
            const known = services[name];
            services[name] = {
                image: image || known?.image || null,
                builds: (known?.builds ?? false) || (service.build !== undefined && service.build !== null)
            };
        }
    }
    return { files: [...files], version, services };
}
/**
 * A `.env` of plain lines only (`NAME=value`, comments, blank lines), or null: quotes, `export`, a `$` in a value and the like
 * are python-dotenv's (v1) and godotenv's (v2) to read, and they do not always agree.
 */
function parseDotEnv(text) {
    const vars = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=([^'"`$\\#\s]*)$/.exec(line);
        if (!match)
            return null;
        vars[match[1]] = match[2];
    }
    return vars;
}
/**
 * The override file that stamps `labels` on the `build:` of `services`: compose merges it over the project's own files (a
 * build's labels merge key by key, in v1 and v2), so everything else is built exactly as `compose build` would. JSON, so
 * v1's YAML 1.1 parser cannot turn a timestamp or `on` into another type; `$` escaped as `$$`, since compose interpolates
 * this file too.
 */
function labelsOverride(version, services, labels) {
    const definitions = Object.fromEntries(services.map((s) => [s, { build: { labels: (0,interpolate/* escapedForCompose */.J)(labels) } }]));
    return JSON.stringify({ ...(version === undefined ? {} : { version }), services: definitions }, null, 2);
}
/** A file of this machine's temp folder for one command (the labels override), and its removal. */
function writeTemporary(name, text) {
    // Synchronous for the reason readLocalText is.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'driftcheck-compose-'));
    const path = (0,external_node_path_.join)(dir, name);
    (0,external_node_fs_.writeFileSync)(path, text, { mode: 0o600 });
    return { path, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: ./src/adapters/docker/errors.ts
var docker_errors = __webpack_require__(3330);
;// CONCATENATED MODULE: ./src/adapters/compose/errors.ts

/**
 * Compose's own failures that are not the engine's (that is `classifyDockerError`, shared with docker), in one line:
 * no compose file, a compose file that does not exist, invalid YAML, an invalid compose file, an unknown service.
 * v1 (Python) and v2 (Go) word them differently; null when the output is none of them.
 */
function composeFailure(stderr, dir) {
    const text = (0,docker_errors/* withoutTraceback */.$g)(stderr);
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    // v1: "Can't find a suitable configuration file in this directory or any parent. …  Supported filenames: …"
    // v2: "no configuration file provided: not found"
    if (/can't find a suitable configuration file|no configuration file provided/i.test(text)) {
        // v1 wraps its sentence over lines: join it back.
        const said = /can't find a suitable configuration file[\s\S]*?\?|no configuration file provided.*/i.exec(text)[0];
        const names = /Supported filenames: (.*)/.exec(text)?.[1]?.trim();
        return `no compose file in ${dir}: ${said.replace(/\s+/g, ' ')}${names ? ` (supported filenames: ${names})` : ''}`;
    }
    // v1: "[Errno 2] No such file or directory: './nope.yml'" (the exception, traceback gone); v2: "open /x/nope.yml: no such file…"
    const missing = /No such file or directory: '([^']+)'/.exec(text)?.[1] ??
        /^open (\S+\.ya?ml): no such file or directory/im.exec(text)?.[1];
    if (missing)
        return `compose file ${missing} does not exist (in ${dir})`;
    // v1 (PyYAML): "while parsing …\n  in "./f.yml", line 2, column 3\nexpected X, but found Y\n  in "./f.yml", line 4, column 4"
    const marks = [...text.matchAll(/^\s*in "([^"]+)", line (\d+), column (\d+)/gm)];
    if (marks.length) {
        const last = marks.at(-1);
        const problem = lines
            .filter((l) => !/^in "/.test(l))
            .at(-1)
            ?.replace(/^yaml\.\w+\.\w+: /, '');
        return `invalid YAML in compose file ${last[1]}:${last[2]}:${last[3]}: ${problem}`;
    }
    // v1: "The Compose file './f.yml' is invalid because:\nUnsupported config option for services.a: 'imag'" (one reason a line).
    const invalid = lines.findIndex((l) => /^The Compose file .* is invalid because:$/.test(l));
    if (invalid >= 0)
        return `${lines[invalid]} ${lines.slice(invalid + 1).join('; ')}`.trim();
    // v1 "No such service: x", v2 "no such service: x"; v2 "validating f.yml: …", "yaml: line 4: …": already one line.
    const oneLiner = lines.find((l) => /^(no such service: |validating .+: |yaml: |parsing .+: )/i.test(l));
    return oneLiner ?? null;
}

// EXTERNAL MODULE: ./src/adapters/docker.ts + 5 modules
var docker = __webpack_require__(75454);
;// CONCATENATED MODULE: ./src/adapters/compose.ts












/** `docker-compose` as a command before its version is known (only `config`, whose output is the same for v1 and v2, uses it). */
const COMPOSE_STANDALONE_COMMAND = { ...compose_command/* COMPOSE_STANDALONE */.nk, prefix: [], flavour: 'v1', version: '' };
const STANDALONE_LAUNCHER = { ...compose_command/* COMPOSE_STANDALONE */.nk, prefix: [], flavour: undefined };
const QUICK_TIMEOUT_MS = 120_000;
const DEFAULT_BUILD_TIMEOUT_MS = 20 * 60_000;
/** Compose and the builder put the cause at the end of their output. */
const ERROR_TAIL_LINES = 20;
/**
 * Finds compose on the runner's side: the v2 plugin (`docker compose`), else `docker-compose` (v1 — or a standalone v2,
 * told apart by its version). Neither → InfraError that says why each failed. `beforeStandalone` runs as the standalone's
 * version check starts (the plugin is known to be absent by then), so a caller can do work beside that slow check;
 * `plugin` is the plugin's answer when the caller already asked for it.
 */
async function detectCompose(runner, beforeStandalone = () => { }, plugin = askCompose(runner, compose_command/* COMPOSE_PLUGIN */.dl)) {
    const first = await plugin;
    if (!('reason' in first))
        return first;
    beforeStandalone();
    const second = await askCompose(runner, compose_command/* COMPOSE_STANDALONE */.nk);
    if (!('reason' in second))
        return second;
    throw new errors/* InfraError */.Ri(`Docker Compose is not available on ${runner.where} (${first.reason}; ${second.reason})`, 'install the Compose plugin (`docker compose`, v2) or `docker-compose` (v1)');
}
/** One candidate's `version --short`: its command, or why it is not there (errors that are not the infrastructure's are thrown). */
async function askCompose(runner, candidate) {
    const shown = [candidate.file, ...candidate.prefix].join(' ');
    try {
        const result = await runner.run(candidate.file, (0,compose_command/* versionArgs */.Gz)(candidate), {
            allowFailure: true,
            timeoutMs: QUICK_TIMEOUT_MS
        });
        const parsed = result.exitCode === 0 ? (0,compose_command/* parseComposeVersion */.Ub)(result.stdout) : null;
        if (parsed)
            return { file: candidate.file, prefix: [...candidate.prefix], ...parsed };
        return { reason: `\`${shown}\`: ${failureReason(candidate, result.stderr || result.stdout, result.exitCode)}` };
    }
    catch (error) {
        if (!(error instanceof errors/* InfraError */.Ri))
            throw error;
        return { reason: `\`${shown}\`: ${error.message}` };
    }
}
// The docker CLI ends its own usage errors with this line; a plugin's errors do not (`docker compose --help`).
const DOCKER_USAGE_FOOTER = /^\s*(See 'docker --help'\.?|Run 'docker --help' for more information\.?)\s*$/m;
/**
 * Why a candidate failed, in one line. When the docker CLI answers `docker compose …` with its own usage error, there is
 * no Compose plugin: its first line is then the only hint (`'compose' is not a docker command.` in 20.10,
 * `unknown flag: --short` in 28), the last one is the footer. Otherwise the cause is at the end of the output.
 */
function failureReason(candidate, output, exitCode) {
    if (candidate.prefix.length > 0 && DOCKER_USAGE_FOOTER.test(output)) {
        const first = output.split('\n').find((l) => l.trim());
        return `no Compose plugin (${first?.trim() ?? `exit ${exitCode}`})`;
    }
    return (0,errors/* lastLines */.w$)(output, 1) || `exit ${exitCode}`;
}
/** A ComposeCli with compose detected first, so the default project name follows that version's rules exactly. */
async function openCompose(runner, options) {
    const command = options.command ?? (await detectCompose(runner));
    return new ComposeCli(runner, { ...options, command });
}
/**
 * A compose project driven through the compose CLI (v1 or v2), only through the injected runner: plain argv, `cwd`
 * for the directory, stdin instead of temporary files — so it works the same locally and over ssh.
 * The project name is always passed (`-p`): what this class names is what compose uses.
 */
class ComposeCli {
    runner;
    options;
    project;
    dir;
    files;
    logger;
    docker;
    detected;
    /** The plugin's answer, asked once: it tells which compose to start before a standalone's version is known. */
    pluginAnswer;
    /** `config` started beside the standalone's version check, for the first `resolvedConfig` to take. */
    prefetchedConfig;
    /** The builder v1 gets (compose/builder.ts), probed beside the standalone's version check. */
    builder;
    constructor(runner, options) {
        this.runner = runner;
        this.options = options;
        this.dir = options.dir;
        this.files = options.config !== undefined ? ['-'] : options.files?.length ? options.files : undefined;
        this.logger = options.logger ?? ports/* silentLogger */.qq;
        this.docker = options.docker ?? new docker/* DockerCli */.V(runner, this.logger);
        // Before detection the version is unknown; v1 and v2 only differ for names that start with `_`/`-`.
        const flavour = options.command?.flavour ?? 'v2';
        this.project = options.project
            ? normaliseProjectName(options.project, flavour)
            : defaultProjectName(options.dir, flavour);
        if (options.command)
            this.detected = Promise.resolve(options.command);
    }
    async version() {
        return (await this.command()).flavour;
    }
    async services() {
        const files = await this.readFiles();
        if (files)
            return this.imagesOf(files, (await this.command()).flavour);
        return (await this.resolvedConfig()).services;
    }
    prepareBuild() {
        if (!this.options.readsFiles)
            return; // the config path starts its own work beside the version check
        this.probeBuilder();
        void this.launcher();
    }
    async build(services, labels, options = {}) {
        const files = await this.readFiles();
        return files
            ? this.buildFromFiles(files, services, labels, options)
            : this.buildFromConfig(services, labels, options);
    }
    /**
     * The build starts once it is known which compose to run. A standalone's version (v1: a Python start-up, beside a build
     * that needs the CPU) is asked only when the names of what it built do not tell v1 from v2 (builtFlavour).
     */
    async buildFromFiles(files, services, labels, options) {
        this.probeBuilder();
        const launcher = await this.launcher();
        const buildable = this.buildable(files.services, services);
        if (!buildable.length)
            return [];
        const override = writeTemporary('labels.yml', labelsOverride(files.version, buildable, labels));
        try {
            const target = { project: this.project, files: [...files.files, override.path] };
            const failed = await this.runBuild(launcher, buildable, { target }, options).then(() => null, (error) => ({ error }));
            if (failed) {
                // No compose at all: detection's message says why, better than the build's `not installed`.
                await this.command();
                throw failed.error;
            }
        }
        finally {
            await override.remove();
        }
        if (launcher.flavour)
            return this.inspectBuilt(buildable, this.imagesOf(files, launcher.flavour));
        return this.inspectUnderEitherName(files, buildable);
    }
    /**
     * v1 tags a build `<project>_<service>`, v2 `<project>-<service>`: right after the build, the one of the two names that
     * exists is the one compose tagged. Both or neither (an image left from the other version): its version decides.
     */
    async inspectUnderEitherName(files, buildable) {
        const unnamed = buildable.filter((service) => !files.services[service].image);
        const refsOf = (service) => ({
            v1: defaultImageRef(this.project, service, 'v1'),
            v2: defaultImageRef(this.project, service, 'v2')
        });
        // Both names of every service in one `docker image inspect`: each image found tells by its tags which name it has.
        const byName = unnamed.length
            ? this.docker.inspectImages(unnamed.flatMap((service) => Object.values(refsOf(service))))
            : Promise.resolve([]);
        const tagged = async (ref) => (await byName).find((image) => hasDefaultName(image.tags, ref)) ?? null;
        const found = await Promise.all(buildable.map(async (service) => {
            const own = files.services[service].image;
            if (own) {
                const image = await this.docker.inspectImage(own);
                return { service, refs: { v1: own, v2: own }, images: { v1: image, v2: image }, named: true };
            }
            const refs = refsOf(service);
            return { service, refs, images: { v1: await tagged(refs.v1), v2: await tagged(refs.v2) }, named: false };
        }));
        const told = found
            .filter((f) => !f.named)
            .map((f) => (f.images.v1 && !f.images.v2 ? 'v1' : f.images.v2 && !f.images.v1 ? 'v2' : null));
        const [first] = told;
        const flavour = told.length === 0 ? 'v1' : first && told.every((t) => t === first) ? first : (await this.command()).flavour;
        return found.map(({ service, refs, images }) => {
            const image = images[flavour];
            const ref = refs[flavour];
            if (!image)
                throw new errors/* InfraError */.Ri(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`);
            return { service, ref, id: image.id, revision: image.revision, created: image.created, layers: image.layers };
        });
    }
    async buildFromConfig(services, labels, options) {
        options.started?.(); // from here on it waits on compose: its version, its config, its build
        const command = await this.command(true);
        const config = await this.resolvedConfig();
        const buildable = this.buildable(config.services, services);
        if (!buildable.length)
            return [];
        await this.runBuild(command, buildable, {
            target: stdinTarget(this.target()),
            input: labelledBuildConfig(config, buildable, labels)
        });
        return this.inspectBuilt(buildable, config.services);
    }
    /** The asked services that compose builds; an unknown one is a usage error. */
    buildable(defined, services) {
        const unknown = services.filter((s) => !(s in defined));
        if (unknown.length)
            throw (0,errors/* undefinedServices */.lJ)(unknown, this.dir, Object.keys(defined));
        const buildable = services.filter((s) => defined[s]?.builds);
        const skipped = services.filter((s) => !buildable.includes(s));
        if (skipped.length)
            this.logger.debug(`compose: ${skipped.join(', ')} use an image and are not built`);
        return buildable;
    }
    /** `compose build`, with BuildKit where v1's docker CLI has it, and once more with the classic builder if it had not after all. */
    async runBuild(launcher, buildable, source, options = {}) {
        // A standalone whose version is not known yet gets v1's choice: for a standalone v2, BuildKit is its default anyway.
        const flavour = launcher.flavour ?? 'v1';
        const env = await this.builderEnv(flavour);
        const builder = env.DOCKER_BUILDKIT ? ', BuildKit' : '';
        const shown = launcher.flavour ?? launcher.file;
        this.logger.info(`compose build ${buildable.join(' ')} (${shown}${builder}, project ${this.project})`);
        const build = (builderEnv) => this.compose(launcher, buildArgs(buildable), 'build', {
            ...source,
            env: builderEnv,
            timeoutMs: this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
        });
        const first = build(env);
        options.started?.();
        await first.catch((error) => {
            // Asked for BuildKit and the CLI or the engine cannot do it after all: once more with the classic builder.
            const why = env.DOCKER_BUILDKIT && error instanceof errors/* CommandError */.Qd ? (0,compose_builder/* buildkitUnavailable */.H$)(error.stderr) : null;
            if (!why)
                throw error;
            this.logger.warn(`BuildKit is not usable on ${this.runner.where} (${why}): building with the classic builder`);
            (0,compose_builder/* rememberClassic */.mX)(this.runner, this.options.env);
            this.builder = Promise.resolve('classic');
            return build({});
        });
    }
    /** What compose built, through the engine port: a built image reads like any other. */
    async inspectBuilt(buildable, defined) {
        // Side by side: the image listings wait for these.
        return Promise.all(buildable.map(async (service) => {
            const ref = defined[service].image;
            const image = await this.docker.inspectImage(ref);
            if (!image)
                throw new errors/* InfraError */.Ri(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`);
            return { service, ref, id: image.id, revision: image.revision, created: image.created, layers: image.layers };
        }));
    }
    async up(services, options = {}) {
        const command = await this.command();
        this.logger.info(`compose up -d ${services.join(' ')} (${command.flavour}, project ${this.project})`);
        await this.compose(command, upArgs(services, options), 'up', {
            // An `up` that may build builds like `build` does, so both give the same image.
            env: options.noBuild ? {} : await this.builderEnv(command.flavour),
            timeoutMs: this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
        });
    }
    /** `compose down` of the project (a preview's teardown; tests and the demo clean up with it). */
    async down(options = {}) {
        const command = await this.command();
        await this.compose(command, downArgs(options), 'down', { timeoutMs: QUICK_TIMEOUT_MS });
    }
    /** The resolved config (`compose config`) as compose printed it: interpolated, paths absolute. */
    async resolved() {
        return (await this.resolvedConfig()).raw;
    }
    /** Where the engine published a service's container port (`127.0.0.1:49213`); null when it is not published (yet). */
    async port(service, target, protocol) {
        const command = await this.command();
        const { file, args } = composeInvocation(command, this.target(), portArgs(service, target, protocol));
        const result = await this.runner.run(file, args, this.quiet());
        return result.exitCode === 0 ? parsePortOutput(result.stdout) : null;
    }
    /** The last `lines` lines of a service's logs; '' when compose could not print them. */
    async logs(service, lines) {
        const command = await this.command();
        const { file, args } = composeInvocation(command, this.target(), logsArgs(service, lines));
        const result = await this.runner.run(file, args, this.quiet());
        return `${result.stdout}${result.stderr}`;
    }
    /** Every container of the project, running or not (`docker ps -a` by the project label: the same for v1 and v2). */
    async containers() {
        const { stdout } = await this.runner.run('docker', projectContainersArgs(this.project), {
            timeoutMs: QUICK_TIMEOUT_MS,
            signal: this.options.signal
        });
        return parseProjectContainers(stdout);
    }
    /** Options of the quick commands whose exit code the caller reads (port, logs): the config on stdin, cancellable. */
    quiet() {
        return {
            cwd: this.dir,
            env: this.options.env,
            input: this.options.config,
            timeoutMs: QUICK_TIMEOUT_MS,
            allowFailure: true,
            signal: this.options.signal
        };
    }
    /**
     * `withConfig`: the caller reads the config next, so a detection it starts may fetch it beside the version check. Only
     * then: a config fetched for `version()` (a deploy's preflight) would predate the files the deploy ships next.
     */
    command(withConfig = false) {
        // A failed detection (host unreachable for a moment) is not remembered.
        // Whoever reads the config next may build: the builder probe (compose/builder.ts) starts beside the version check too.
        const beside = withConfig
            ? () => {
                this.prefetchConfig();
                this.probeBuilder();
            }
            : undefined;
        this.detected ??= detectCompose(this.runner, beside, this.plugin()).catch((error) => {
            this.detected = undefined;
            this.pluginAnswer = undefined;
            throw error;
        });
        return this.detected;
    }
    plugin() {
        this.pluginAnswer ??= askCompose(this.runner, compose_command/* COMPOSE_PLUGIN */.dl);
        return this.pluginAnswer;
    }
    /** The plugin answered: its command; it did not: `docker-compose`, before its version is known. */
    async launcher() {
        if (this.options.command)
            return this.options.command;
        const plugin = await this.plugin().catch(() => null); // a runner that broke: the build says so
        return plugin && !('reason' in plugin) ? plugin : STANDALONE_LAUNCHER;
    }
    /**
     * The project read from its files, or null when only compose can read it (the reason at debug): a remote runner's files,
     * or a file that uses what compose/files.ts leaves to compose. Read at each call: a deploy may have changed them.
     */
    async readFiles() {
        // A generated config on stdin (a preview) is compose's to read.
        if (!this.options.readsFiles || this.options.config !== undefined)
            return null;
        const env = { ...process.env, ...this.options.env };
        const read = await readComposeFiles(this.dir, this.files, env).catch((error) => ({
            fallback: (0,errors/* messageOf */.bD)(error)
        }));
        if ('files' in read)
            return read;
        this.logger.debug(`compose: ${read.fallback}: reading the project through \`compose config\``);
        return null;
    }
    /** Each service's image reference: its `image:`, else the name compose tags a build with. */
    imagesOf(files, flavour) {
        return Object.fromEntries(Object.entries(files.services).map(([name, s]) => [
            name,
            { image: s.image ?? defaultImageRef(this.project, name, flavour), builds: s.builds }
        ]));
    }
    /**
     * `docker-compose config` prints the same YAML whatever its version, so it need not wait for the version check: on v1 each
     * is a Python start-up, and the build waits for both. A failure is kept for the caller that takes the result.
     */
    prefetchConfig() {
        const pending = this.compose(COMPOSE_STANDALONE_COMMAND, configArgs(compose_command/* COMPOSE_STANDALONE */.nk), 'config', {
            timeoutMs: QUICK_TIMEOUT_MS
        });
        pending.catch(() => { }); // taken (and its error surfaced) by resolvedConfig, or never needed
        this.prefetchedConfig = pending;
    }
    /** Started with the standalone's version check (v1 is only known after it), or when a build first needs it. */
    probeBuilder() {
        this.builder ??= (0,compose_builder/* probeBuilder */.gH)(this.runner, this.options.env);
        return this.builder;
    }
    async builderEnv(flavour) {
        if (flavour !== 'v1')
            return {};
        // The environment compose runs with: the user's own DOCKER_BUILDKIT / COMPOSE_DOCKER_CLI_BUILD there win.
        const userEnv = { ...(this.runner.where === 'local' ? process.env : {}), ...this.options.env };
        return (0,compose_builder/* builderEnv */.D4)(flavour, await this.probeBuilder(), userEnv);
    }
    target() {
        return { project: this.project, files: this.files };
    }
    async resolvedConfig() {
        const command = await this.command(true);
        const prefetched = command.file === compose_command/* COMPOSE_STANDALONE */.nk.file ? this.prefetchedConfig : undefined;
        this.prefetchedConfig = undefined;
        const result = await (prefetched ??
            this.compose(command, configArgs(command), 'config', { timeoutMs: QUICK_TIMEOUT_MS }));
        try {
            return parseComposeConfig(result.stdout, this.project, command.flavour);
        }
        catch (error) {
            throw new errors/* InfraError */.Ri(`${error.message} (in ${this.dir})`);
        }
    }
    /** Runs one compose subcommand; a failure carries the tail of its output (the builder prints the cause on stdout). */
    async compose(command, subcommand, what, options) {
        const { file, args } = composeInvocation(command, options.target ?? this.target(), subcommand);
        const result = await this.runner.run(file, args, {
            cwd: this.dir,
            env: { ...this.options.env, ...options.env },
            input: options.input ?? this.options.config,
            timeoutMs: options.timeoutMs,
            allowFailure: true,
            // A teardown is never cut short: what `up` made must go.
            signal: what === 'down' ? undefined : this.options.signal
        });
        if (result.exitCode === 0)
            return result;
        // The raw output stays on the error (`stderr`, and `cause` of a translated one) and in the -v log; the message is words.
        this.logger.debug(`compose ${what} failed (exit ${result.exitCode}):\n${(0,errors/* lastLines */.w$)(result.stderr, ERROR_TAIL_LINES)}`);
        const error = new errors/* CommandError */.Qd(result.command, result.exitCode, result.stderr, `run it in ${this.dir} to see all of its output`);
        const header = `compose ${what} failed on ${this.runner.where} (exit ${result.exitCode})`;
        if ((0,docker_errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable') {
            const endpoint = await this.engineEndpoint();
            throw (0,docker_errors/* unreachableError */.DZ)(this.runner.where, result.stderr, { endpoint, cause: error });
        }
        // The build's own output is the user's (their RUN step failed): its end is kept, any tool's traceback is not.
        const translated = what === 'build' ? null : composeFailure(result.stderr, this.dir);
        if (translated) {
            error.message = `${header}: ${translated}`;
            throw error;
        }
        const tail = (0,errors/* lastLines */.w$)((0,docker_errors/* withoutTraceback */.$g)(`${what === 'config' ? '' : result.stdout}\n${result.stderr}`), ERROR_TAIL_LINES);
        error.message = `${header}: \`${result.command}\`\n${tail || 'no output'}`;
        throw error;
    }
    /**
     * Where compose looked for the engine, as the docker CLI resolves it (DOCKER_HOST, then the context): compose v1 never
     * says. Undefined when docker cannot tell.
     */
    async engineEndpoint() {
        const result = await this.runner
            .run('docker', ['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'], {
            cwd: this.dir,
            env: this.options.env,
            allowFailure: true,
            timeoutMs: QUICK_TIMEOUT_MS
        })
            .catch(() => null);
        const endpoint = result?.exitCode === 0 ? result.stdout.trim() : '';
        return /^[a-z][\w+.-]*:\/\/\S+$/i.test(endpoint) ? endpoint : undefined;
    }
}


/***/ }),

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

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readComposeYaml)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/**
 * One YAML document as compose reads it: YAML 1.1 for the files (v1's PyYAML: merge keys, `on` a boolean), 1.2's core
 * schema for `compose config`'s output. js-yaml, as the config's reader: a verify loads one YAML library. Null when the
 * text holds no document; throws on a syntax error, a duplicate key or several documents.
 */
function readComposeYaml(text, version) {
    const documents = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh)(text, { schema: version === '1.1' ? js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAML11_SCHEMA */ .Wj : js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    if (documents.length > 1)
        throw new Error('more than one YAML document');
    return documents[0] ?? null;
}


/***/ }),

/***/ 75454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
// EXTERNAL MODULE: ./src/adapters/docker/asks.ts
var asks = __webpack_require__(28811);
// EXTERNAL MODULE: ./src/adapters/docker/errors.ts
var docker_errors = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/adapters/docker/inspect.ts
var inspect = __webpack_require__(8545);
;// CONCATENATED MODULE: ./src/adapters/undici.ts
/**
 * undici, loaded on first use: only the engine socket's stat (docker/engine-api.ts, for an image or container without `ls`)
 * needs it, and its first import costs ~85 ms of one core that a run without that fallback never pays.
 */
let loading;
function loadUndici() {
    loading ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}

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
            const { request, Agent } = await loadUndici();
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
        return (await this.inspectImages([ref]))[0] ?? null;
    }
    async inspectImages(refs) {
        const result = await this.docker((0,args/* imageInspectArgs */.$4)(...refs));
        if (result.exitCode !== 0) {
            const failure = (0,docker_errors/* classifyDockerError */.PA)(result.stderr);
            if (failure === 'unreachable')
                throw (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
            // docker prints the images it found and one "No such image" line for each ref that names none: of several refs,
            // none may pass for absent unless every line says so.
            if (failure !== 'no-such-image' || (refs.length > 1 && !(0,docker_errors/* onlyNoSuchImage */.UR)(result.stderr)))
                throw this.failed(`could not inspect image ${refs.join(', ')}`, result);
            if (!result.stdout.trim())
                return [];
        }
        return parsed(() => (0,inspect/* parseImagesInspect */.AY)(result.stdout), result);
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
        this.pinged ??= this.docker([...asks/* DOCKER_SERVER_VERSION */.U]).then((result) => {
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
function imageInspectArgs(...refs) {
    return ['image', 'inspect', '--', ...refs];
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

/***/ 3044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ localEngineSocket)
/* harmony export */ });
/* unused harmony export engineSocketPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const DEFAULT_SOCKET = '/var/run/docker.sock';
/**
 * The unix socket of the engine the local `docker` CLI talks to, when the environment says so plainly (the CLI's own order:
 * DOCKER_HOST, then DOCKER_CONTEXT, then the config's current context). null for a tcp/ssh host or a named context: the
 * caller then reads through the CLI, which is right for any engine.
 */
function engineSocketPath(env, currentContext) {
    const host = env.DOCKER_HOST;
    if (host)
        return host.startsWith('unix://') && host.length > 'unix://'.length ? host.slice('unix://'.length) : null;
    const context = env.DOCKER_CONTEXT || currentContext;
    return !context || context === 'default' ? DEFAULT_SOCKET : null;
}
/** `engineSocketPath` for this process: reads `currentContext` from `$DOCKER_CONFIG/config.json` (default ~/.docker). */
async function localEngineSocket(env = process.env) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker'), 'config.json');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        // No config file: the default context. Unreadable: unknown, so not the socket.
        return error.code === 'ENOENT' ? engineSocketPath(env, null) : null;
    }
    try {
        const { currentContext } = JSON.parse(text);
        return engineSocketPath(env, typeof currentContext === 'string' ? currentContext : null);
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ withoutTraceback),
/* harmony export */   DZ: () => (/* binding */ unreachableError),
/* harmony export */   PA: () => (/* binding */ classifyDockerError),
/* harmony export */   QV: () => (/* binding */ dockerMessage),
/* harmony export */   UR: () => (/* binding */ onlyNoSuchImage)
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
/** Every line says a ref names no image (`docker image inspect` of several refs, some of them absent): nothing else failed. */
function onlyNoSuchImage(stderr) {
    const lines = stderr.split('\n').filter((line) => line.trim());
    return lines.length > 0 && lines.every((line) => classifyDockerError(line) === 'no-such-image');
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
/* harmony export */   AY: () => (/* binding */ parseImagesInspect),
/* harmony export */   jC: () => (/* binding */ parseImageInspect),
/* harmony export */   kl: () => (/* binding */ parseContainersInspect),
/* harmony export */   x2: () => (/* binding */ parsePsIds)
/* harmony export */ });
/* unused harmony export rootLayers */
/* harmony import */ var _core_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96236);

/** `docker image inspect` prints a JSON array; the first element is the image. */
function parseImageInspect(stdout) {
    return toImageInfo(firstOf(stdout, 'docker image inspect'));
}
/** `docker image inspect` of several refs: every image it printed, in its order (`[]` when none was found). */
function parseImagesInspect(stdout) {
    return arrayOf(stdout, 'docker image inspect').map(toImageInfo);
}
function toImageInfo(value) {
    const raw = value;
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

/***/ 77911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ LocalRunner),
/* harmony export */   t: () => (/* binding */ STDIN_FROM_FILE)
/* harmony export */ });
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16993);
/* harmony import */ var _core_command_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7644);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12258);
/* harmony import */ var _core_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64119);





/** `sh -c` script: stdin from "$1", then exec the rest of the argv (no parsing of any value as shell text). */
const STDIN_FROM_FILE = 'in=$1; shift; exec "$@" <"$in"';
/**
 * The one place driftcheck starts a local process. Logs the command at debug, never through a shell,
 * and turns a failure into a typed error carrying the (redacted) stderr.
 */
class LocalRunner {
    logger;
    redactor;
    early;
    where = 'local';
    constructor(logger = _core_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq, redactor = new _core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .Redactor */ .pO(), 
    /** Commands started before the config was read: the same command is taken from there, not run again. */
    early) {
        this.logger = logger;
        this.redactor = redactor;
        this.early = early;
    }
    async run(file, args, options = {}) {
        const early = this.early?.take(file, args, options);
        // An early command was logged when it started.
        const command = early ? this.redactor.redact((0,_core_command_text_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLine */ .ay)(file, args)) : this.logged(file, args);
        const result = early
            ? await early
            : await (0,execa__WEBPACK_IMPORTED_MODULE_4__/* .execa */ .Ho)(file, args, {
                ...this.execaOptions(options),
                encoding: 'utf8'
            });
        if (result === null)
            throw timedOut(command, options);
        this.throwIfNotRun(file, command, result, options);
        const exitCode = result.exitCode ?? 1;
        const stderr = this.redactor.redact(String(result.stderr ?? ''));
        if (exitCode !== 0 && !options.allowFailure)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(command, exitCode, stderr);
        return { command, exitCode, stdout: String(result.stdout ?? ''), stderr };
    }
    async stream(file, args, read, options = {}) {
        const command = this.logged(file, args);
        const child = (0,execa__WEBPACK_IMPORTED_MODULE_4__/* .execa */ .Ho)(file, args, {
            ...this.execaOptions(options),
            encoding: 'buffer',
            buffer: { stdout: false, stderr: true }
        });
        let outcome;
        try {
            outcome = { value: await read(child.stdout) };
        }
        catch (error) {
            outcome = { error };
        }
        // The reader left before the end: end the process rather than let it write (a whole directory) into a closed pipe.
        const stopped = !child.stdout.readableEnded;
        if (stopped) {
            child.stdout.destroy();
            child.kill();
        }
        const result = await child;
        if ('error' in outcome)
            throw outcome.error;
        const stderr = this.redactor.redact(Buffer.from(result.stderr ?? '').toString());
        if (stopped)
            return { command, value: outcome.value, stopped, exitCode: null, stderr };
        this.throwIfNotRun(file, command, result, options);
        const exitCode = result.exitCode ?? 1;
        if (exitCode !== 0 && !options.allowFailure)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(command, exitCode, stderr);
        return { command, value: outcome.value, stopped, exitCode, stderr };
    }
    /** The local `sh` only redirects: the path and the argv are its positional parameters, never parsed as shell text. */
    runWithStdinFile(file, args, stdinPath, options = {}) {
        return this.run('sh', ['-c', STDIN_FROM_FILE, 'driftcheck-stdin', stdinPath, file, ...args], options);
    }
    logged(file, args) {
        const command = this.redactor.redact((0,_core_command_text_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLine */ .ay)(file, args));
        this.logger.debug(`$ ${command}`);
        return command;
    }
    execaOptions(options) {
        return {
            cwd: options.cwd,
            env: options.env,
            input: options.input,
            timeout: options.timeoutMs,
            reject: false,
            cancelSignal: options.signal,
            stripFinalNewline: false,
            stdin: options.input === undefined ? 'ignore' : undefined
        };
    }
    /** Never started (ENOENT), or killed by the timeout: there is no exit code to hand back. */
    throwIfNotRun(file, command, result, options) {
        if (!result.failed || result.exitCode !== undefined)
            return;
        if (result.isCanceled)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri(`\`${command}\` was cancelled`);
        const code = result.cause?.code;
        if (code === 'ENOENT')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri(`\`${file}\` is not installed or not on PATH`, `install ${file}`);
        if (result.timedOut)
            throw timedOut(command, options);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri(`\`${command}\` could not run: ${result.shortMessage}`, undefined, { cause: result.cause });
    }
}
function timedOut(command, options) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri(`\`${command}\` timed out after ${options.timeoutMs} ms`);
}


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

/***/ 93618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ NodeHttpClient)
/* harmony export */ });
/* unused harmony export describeNetworkError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);


const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/**
 * The one place driftcheck speaks HTTP to the services it probes (the Docker engine's socket has docker/engine-api.ts).
 * Node's own client, not undici: a probe-heavy run is CPU-bound beside the build, and Node's native parser costs ~1/3 less
 * CPU a probe, with nothing to load (undici's first import is ~85 ms of one core). One keep-alive agent per scheme serves
 * every probe; a network failure is an answer (`ok: false` with its cause), never a throw, so the retry logic can decide.
 */
class NodeHttpClient {
    maxBodyBytes;
    agents;
    constructor(options = {}) {
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
        // `timeout` closes a socket left idle that long (a busy one is bounded by each attempt's own deadline).
        const agentOptions = {
            keepAlive: true,
            maxSockets: options.connectionsPerOrigin ?? 8,
            timeout: options.keepAliveTimeoutMs ?? 10_000
        };
        this.agents = { http: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(agentOptions), https: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(agentOptions) };
    }
    async request(probe) {
        const started = performance.now();
        const latency = () => Math.round(performance.now() - started);
        // One deadline for the whole attempt: connect, headers and body.
        const signal = AbortSignal.timeout(probe.attemptTimeoutMs);
        try {
            const response = await this.send(probe, signal);
            return { ok: true, ...response, latencyMs: latency() };
        }
        catch (error) {
            return {
                ok: false,
                cause: describeNetworkError(error, probe.attemptTimeoutMs, signal.aborted),
                latencyMs: latency()
            };
        }
    }
    async close() {
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
    send(probe, signal) {
        const url = new URL(probe.url);
        const secure = url.protocol === 'https:';
        if (!secure && url.protocol !== 'http:')
            throw Object.assign(new Error(`unsupported protocol ${url.protocol}`), { code: 'ERR_UNSUPPORTED_PROTOCOL' });
        const send = secure ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        return new Promise((resolve, reject) => {
            const request = send(url, {
                method: probe.method,
                headers: probe.headers,
                agent: secure ? this.agents.https : this.agents.http,
                signal
            });
            request.on('error', reject);
            request.on('response', (response) => {
                readCapped(response, this.maxBodyBytes).then((body) => resolve({ status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body }), reject);
            });
            request.end(probe.body);
        });
    }
}
/** Reads up to `max` bytes; the rest is dropped (the connection is closed rather than draining a huge body). */
async function readCapped(body, max) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= max) {
            body.destroy();
            break;
        }
    }
    return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined)
            continue;
        flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ABORT_ERR']);
/** Node refuses a request it cannot send as written (a header with a newline, a method that is no token). */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE']);
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/;
/** A short, single-line cause a person recognises: `ECONNREFUSED`, `timeout after 2000 ms`, `ENOTFOUND (DNS)`. */
function describeNetworkError(error, attemptTimeoutMs, aborted = false) {
    const err = error;
    const code = err?.code ?? err?.cause?.code;
    if (aborted || err?.name === 'TimeoutError' || err?.name === 'AbortError' || (code && TIMEOUT_CODES.has(code))) {
        return `timeout after ${attemptTimeoutMs} ms`;
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `${code} (DNS lookup failed)`;
    // Node's word for a connection closed before the answer came.
    if (code === 'ECONNRESET' && err?.message === 'socket hang up')
        return 'ECONNRESET (the server closed the connection)';
    if (code && INVALID_REQUEST_CODES.has(code))
        return `invalid request: ${oneLine(err?.message)}`;
    if (code?.startsWith('HPE_'))
        return `an HTTP answer that cannot be parsed (${code})`;
    if (code && TLS_CODE.test(code))
        return `TLS: ${code}`;
    if (code && /^E[A-Z]+$/.test(code))
        return code;
    if (err?.message?.includes('Invalid URL') || code === 'ERR_INVALID_URL')
        return 'invalid URL';
    return oneLine(err?.message) || 'unknown network error';
}
// Not cut here: this adapter knows no secrets, and a message cut before redaction could keep part of one. The probe layer
// redacts it, then cuts it.
function oneLine(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 32389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ EngineRuntime)
/* harmony export */ });
/**
 * The single target: one Docker engine, the local one or the one behind `target.host`. A service's replicas are its compose
 * containers (by the project and service labels), or the one container its `container:` names.
 */
class EngineRuntime {
    options;
    where;
    constructor(options) {
        this.options = options;
        this.where = options.docker.where;
    }
    async ping() {
        if (this.options.unavailable)
            throw this.options.unavailable;
        await this.options.docker.ping();
    }
    async replicas(service) {
        const { docker, project, services, unavailable } = this.options;
        if (unavailable)
            throw unavailable;
        const named = services[service]?.container;
        let containers;
        if (named)
            containers = [await docker.findContainer(named)].filter((c) => c !== null);
        else if (project)
            containers = await docker.findServiceContainers(project, service);
        else
            throw new Error(`service ${service} has no container: and no compose project was found`);
        return containers.map((container) => ({ host: null, container, docker }));
    }
}


/***/ }),

/***/ 78499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kk: () => (/* binding */ emitReport),
  eA: () => (/* binding */ openContext),
  Xc: () => (/* binding */ parseFormat),
  ah: () => (/* binding */ parseLayers),
  JN: () => (/* binding */ redactForDisplay),
  by: () => (/* binding */ useColor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/wiring/verify-ahead.ts
var verify_ahead = __webpack_require__(80073);
// EXTERNAL MODULE: ./src/wiring/early.ts + 1 modules
var wiring_early = __webpack_require__(90640);
// EXTERNAL MODULE: ./src/wiring/deps.ts + 22 modules
var deps = __webpack_require__(23974);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/layer-list.ts
var layer_list = __webpack_require__(21279);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(44146);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./src/core/uses.ts
var core_uses = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var report = __webpack_require__(66515);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/logger.ts

/**
 * Progress on stderr (stdout stays clean for the report); debug lines only with --verbose. Every line starts with the time since
 * the process started (`0.42s`), so lines of work that runs side by side read in order, and a slow step shows where it is.
 */
function terminalLogger(options) {
    const clock = options.clock ?? (() => performance.now());
    const paint = (style, text) => options.color ? (0,external_node_util_.styleText)(style, text) : text;
    const write = (mark, line) => {
        const at = `${(clock() / 1000).toFixed(2)}s`.padStart(6);
        process.stderr.write(options.redactor.redact(`${mark} ${at} ${line}`) + '\n');
    };
    return {
        debug: (m) => options.verbose && write(' ', paint('gray', m)),
        info: (m) => write('·', paint('dim', m)),
        warn: (m) => write('!', paint('yellow', `warning: ${m}`)),
        error: (m) => write('✗', paint('red', `error: ${m}`))
    };
}

;// CONCATENATED MODULE: ./src/cli/context.ts











/** The secrets of every config this process loaded: the CLI's error handler redacts with them (a tool's output can echo one). */
const loadedSecrets = new Set();
function redactForDisplay(text) {
    return new redact/* Redactor */.pO(loadedSecrets).redact(text);
}
/**
 * `uses`: what the command needs from the config (default everything); a variable only the rest needs may be unset.
 * `earlyFor`: the layers a verify runs: what it asks first of this machine starts before the config is read (wiring/early.ts).
 */
async function openContext(options, uses, earlyFor) {
    // Logged as they start, before the config's secrets are known: their argv is constant, no secret can be in it.
    const earlyOptions = loggerOptions(options, new redact/* Redactor */.pO());
    const earlyLogger = earlyFor && terminalLogger(earlyOptions);
    const logEarly = (line) => earlyLogger?.debug(line);
    // Started by the entry before this logger existed: their lines are written now, each with the time it started.
    const logStarted = (line, at) => terminalLogger({ ...earlyOptions, clock: () => at }).debug(line);
    const early = earlyFor &&
        ((0,verify_ahead/* takeEarlyAhead */.c)(options.config, earlyFor, logStarted, logEarly) ?? (0,wiring_early.startEarly)(options.config, earlyFor, logEarly));
    let config;
    let readAhead = false;
    try {
        // Read on a worker thread while the CLI loaded, when this very load was guessed (verify); else, or if it failed, here.
        const ahead = await (0,verify_ahead/* takeConfigAhead */.Tn)(options.config, uses ?? core_uses/* CONFIG_USES */.q8);
        readAhead = !!ahead;
        config = ahead ?? (await loadHere(options.config, uses));
    }
    catch (error) {
        early?.dispose();
        throw error;
    }
    for (const secret of config.secrets)
        loadedSecrets.add(secret);
    const redactor = new redact/* Redactor */.pO(config.secrets);
    const logger = terminalLogger(loggerOptions(options, redactor));
    if (readAhead)
        logger.debug(`${options.config}: read on a worker thread while the CLI loaded`);
    return {
        config,
        logger,
        redactor,
        withDeps: async (work, options) => {
            try {
                return await (0,deps/* withDeps */.rS)(config, { logger, redactor, early, ...options }, work);
            }
            finally {
                early?.dispose();
            }
        }
    };
}
function loggerOptions(options, redactor) {
    return { verbose: !!options.verbose, color: useColor(options), redactor };
}
/** Colour unless --no-color or NO_COLOR; on a terminal, or when FORCE_COLOR asks. `stream` is where the text goes. */
function useColor(options, stream = process.stdout) {
    if (options.color === false || process.env.NO_COLOR)
        return false;
    return stream.isTTY === true || !!process.env.FORCE_COLOR;
}
function parseLayers(value) {
    const { layers, unknown } = (0,layer_list/* parseLayerList */.X)(value);
    if (unknown.length)
        throw new errors/* UsageError */.eb(`unknown layer '${unknown.join(',')}' in --layers; expected some of ${model/* LAYERS */.RR.join(',')}`);
    return layers;
}
function parseFormat(value) {
    const format = value ?? 'text';
    if (!report/* REPORT_FORMATS */.EL.includes(format)) {
        throw new errors/* UsageError */.eb(`unknown format '${format}'; expected one of ${report/* REPORT_FORMATS */.EL.join(', ')}`);
    }
    return format;
}
/**
 * One rule for where things go: the report in the asked format goes to `--output` when given, else to stdout, so stdout only
 * ever holds a report; with `--output`, a person still reads the text report, on stderr beside the progress lines.
 */
async function emitReport(result, options) {
    const format = parseFormat(options.format);
    if (options.output) {
        await (0,promises_.writeFile)(options.output, (0,report/* render */.XX)(result, format));
        process.stderr.write((0,report/* render */.XX)(result, 'text', { color: useColor(options, process.stderr) }));
    }
    else {
        process.stdout.write((0,report/* render */.XX)(result, format, { color: format === 'text' && useColor(options) }));
    }
}
/** The config read on this thread: its code (the YAML parser's AST, the schema) loads only when no worker read it. */
async function loadHere(file, uses) {
    const { loadConfig } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 47240));
    return loadConfig(file, process.env, uses ? { uses } : {});
}


/***/ }),

/***/ 31741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(84489);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var report = __webpack_require__(66515);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(91211);
;// CONCATENATED MODULE: ./src/version.ts
/** The package version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/deploy/strategy.ts
var strategy = __webpack_require__(29626);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(78499);
;// CONCATENATED MODULE: ./src/cli/main.ts








const formatOption = () => new esm/* Option */.c$('--format <format>', 'report format').choices(report/* REPORT_FORMATS */.EL).default('text');
/** Runs the CLI and resolves to its exit code: 0 pass · 1 drift · 2 bad config/usage · 3 could not check. */
async function main(argv) {
    let exitCode = 0;
    // Each command's code is imported when it runs: a verify does not load init's Dockerfile parser, the deploy or preview.
    const run = (action) => async () => {
        exitCode = await action();
    };
    const program = new esm/* Command */.uB('driftcheck')
        .description('Prove a feature really exists in production: source → image → running container → route → auth.')
        .version(VERSION)
        .showSuggestionAfterError()
        .exitOverride()
        .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'driftcheck: ')) });
    const common = (cmd) => cmd
        .option('-c, --config <file>', 'the config file', config/* DEFAULT_CONFIG_FILE */.C)
        .option('-v, --verbose', 'log every command run')
        .option('--no-color', 'plain output');
    common(program.command('verify').description('check every configured layer and name the fault line'))
        .option('--layers <list>', 'comma-separated subset of source,artifact,container,route,auth')
        .addOption(formatOption())
        .option('-o, --output <file>', 'write the report in --format to this file (a text summary still goes to stdout)')
        .action((opts) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(627), __webpack_require__.e(412)]).then(__webpack_require__.bind(__webpack_require__, 63412))).verifyCommand(opts))());
    common(program.command('build').description('build the services’ images, stamped with the revision label'))
        .option('--services <list>', 'comma-separated services (default: every configured service with a build)')
        .action((opts) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(627), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 80177))).buildCommand(opts))());
    common(program.command('deploy').description('ship to the target, compose build + up -d the services, then verify'))
        .option('--services <list>', 'comma-separated compose services (default: every configured service)')
        .addOption(
    // No commander default: a Swarm stack's default is `image`, a compose target's `source`.
    new esm/* Option */.c$('--strategy <strategy>', 'source: build on the target (the default); image: build here, ship images (the default on a Swarm); registry: build here, push to target.registry, pull there').choices(strategy/* DEPLOY_STRATEGIES */.u))
        .option('--rollback-on-fail', 'go back to the previously running images when the verification fails')
        .option('--batch <n>', 'a fleet (target.hosts): deploy and verify n hosts at a time (default 1)')
        .option('--layers <list>', 'layers the verification runs (comma-separated)')
        .option('--format <format>', 'report format', 'text')
        .option('-o, --output <file>', 'write the report in --format to this file')
        .action((opts) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(627), __webpack_require__.e(359)]).then(__webpack_require__.bind(__webpack_require__, 50359))).deployCommand(opts))());
    common(program
        .command('preview')
        .description('build the checkout, start it on this machine under a throwaway compose project, verify there, tear down'))
        .option('--layers <list>', 'comma-separated subset of source,artifact,container,route,auth')
        .option('--ready-timeout <seconds>', 'how long the started services may take to run and accept connections', '60')
        .addOption(formatOption())
        .option('-o, --output <file>', 'write the report in --format to this file (a text summary still goes to stdout)')
        .action((opts) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(627), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 73617))).previewCommand(opts))());
    program
        .command('init')
        .description('write a driftcheck.yml from what the repository already says (compose, Dockerfiles, folders, OpenAPI)')
        .option('-c, --config <file>', 'the config file to write (its folder is the checkout read)', config/* DEFAULT_CONFIG_FILE */.C)
        .option('--dry-run', 'print the config instead of writing it')
        .option('--force', 'replace an existing config file')
        .action((opts) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(240), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 14868))).initCommand(opts))());
    program
        .command('report')
        .description('render a saved JSON result in another format')
        .argument('<result.json>')
        .addOption(formatOption())
        .option('-o, --output <file>', 'write to this file instead of stdout')
        .option('--no-color', 'plain output')
        .action((file, opts) => run(async () => (await __webpack_require__.e(/* import() */ 595).then(__webpack_require__.bind(__webpack_require__, 14595))).reportCommand(file, opts))());
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    }
    catch (error) {
        return handleError(error);
    }
}
/** One line on stderr, never a stack trace (unless DRIFTCHECK_DEBUG is set). */
function handleError(error) {
    if (error instanceof esm/* CommanderError */.b7) {
        return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
            ? 0
            : 2;
    }
    const message = (0,errors/* messageOf */.bD)(error);
    const hint = error instanceof errors/* InfraError */.Ri && error.hint ? ` (${error.hint})` : '';
    // Redacted before the lines are dropped: a multi-line secret cut to its first line is no longer the secret.
    process.stderr.write(`driftcheck: ${(0,sanitize/* errorLine */.BP)((0,context/* redactForDisplay */.JN)(message))}${(0,context/* redactForDisplay */.JN)(hint)}\n`);
    if (process.env.DRIFTCHECK_DEBUG && error instanceof Error)
        process.stderr.write((0,context/* redactForDisplay */.JN)(`${error.stack}`) + '\n');
    return (0,errors/* exitCodeForError */.Lo)(error);
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

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ OVERRIDE_FILE_NAMES),
/* harmony export */   bv: () => (/* binding */ COMPOSE_FILE_NAMES),
/* harmony export */   tQ: () => (/* binding */ composeFilesIn)
/* harmony export */ });
/**
 * The files compose finds in a project's folder when it is given none (`-f`, `COMPOSE_FILE`): one compose file, plus one
 * override file from the same folder, whichever of the override names is there (not only the one named like the file).
 * Both lists in compose v2's order of preference (compose-go's `DefaultFileNames`, `DefaultOverrideFileNames`). Compose v1
 * (1.29) looks for the same names, `docker-compose.*` first, and refuses several override files; so where a folder holds
 * several of either, v1 and v2 do not agree.
 */
const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_FILE_NAMES = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml'
];
/** Which of the names compose looks for are among `present` (the names of a folder's files). */
function composeFilesIn(present) {
    const there = new Set(present);
    return {
        files: COMPOSE_FILE_NAMES.filter((name) => there.has(name)),
        overrides: OVERRIDE_FILE_NAMES.filter((name) => there.has(name))
    };
}


/***/ }),

/***/ 56543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ escapedForCompose),
/* harmony export */   g: () => (/* binding */ interpolateCompose)
/* harmony export */ });
/**
 * Compose's own interpolation, for the few values driftcheck reads from a compose file itself (verify's direct read of the
 * local files, `init`): `$$` is a literal `$`, `$NAME` and `${NAME}` the variable (unset: empty, as compose warns and goes
 * on), `${NAME:-default}` the default when unset or empty, `${NAME-default}` only when unset. Not driftcheck's config rule
 * (config/interpolate.ts: an unset variable is an error there): this is what compose does with the same file.
 * Null for what compose may read differently from this (`${NAME:?err}`, `${NAME:+alt}`, a `$` in a default, an unclosed
 * `${`): the caller then asks compose itself, or says it cannot know.
 * `unset: 'unknown'` is for a reader without the environment compose will run with (`init`): an unset variable without a
 * default is then not empty but unknown (null), since it may well be set where compose runs.
 */
function interpolateCompose(text, env, unset = 'empty') {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0)
            return out + text.slice(i);
        out += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
            continue;
        }
        if (next === '{') {
            const close = text.indexOf('}', dollar + 2);
            const reference = close < 0 ? null : BRACED.exec(text.slice(dollar + 2, close));
            if (!reference)
                return null;
            const [, name, operator, fallback] = reference;
            const value = env[name];
            const useDefault = operator === ':-' ? !value : operator === '-' ? value === undefined : false;
            if (!useDefault && value === undefined && unset === 'unknown')
                return null;
            out += useDefault ? fallback : (value ?? '');
            i = close + 1;
            continue;
        }
        const bare = NAME.exec(text.slice(dollar + 1));
        if (!bare)
            return null; // a lone `$`: compose calls it invalid
        const value = env[bare[0]];
        if (value === undefined && unset === 'unknown')
            return null;
        out += value ?? '';
        i = dollar + 1 + bare[0].length;
    }
    return out;
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `NAME`, `NAME:-default`, `NAME-default`; a default with a `$` (a nested reference) is left to compose. */
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-)([^$]*))?$/;
/** Values compose must read as written: compose interpolates every file it reads, so each `$` is written `$$`. */
function escapedForCompose(values) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replace(/\$/g, '$$$$')]));
}


/***/ }),

/***/ 11022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/** A YAML mapping of a compose file (a service, `build:`, a long-form port), as opposed to a list, a scalar or null. */
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);


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

/***/ 12258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ SECRET_HEADERS),
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports REDACTED, secretParts */
/** What a secret becomes in every log, report, comment and JSON. */
const REDACTED = '***';
/** Replaces every known secret with `***` before text reaches a log, a report, a comment or JSON. */
class Redactor {
    secrets;
    constructor(secrets = []) {
        // Longest first, so a secret that contains another is replaced whole; very short values would mangle ordinary text.
        // A multi-line value (a key) is hidden line by line too: a message cut at a line break must not keep one of its lines.
        // Its JSON-escaped forms too: a server that echoes it inside a JSON string escapes quotes, backslashes (and maybe `/`).
        const parts = [...secrets].flatMap(secretParts).flatMap(escapedForms);
        this.secrets = [...new Set(parts)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
    }
    /** A new redactor that also hides `more`. */
    with(more) {
        return new Redactor([...this.secrets, ...more]);
    }
    get size() {
        return this.secrets.length;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join(REDACTED);
        return out;
    }
    /**
     * An excerpt of `text` for a message or a report: redacted whole FIRST, then made one line and cut to `max` characters.
     * Cutting first would keep the start of a long token (the redactor only knows whole secrets).
     */
    excerpt(text, max) {
        // Redacted again after the whitespace is folded: a secret with a space in it may have been written across a line break.
        return clipText(this.redact(foldLine(this.redact(text))), max);
    }
    /** Deep-redacts every string in a JSON-like value. */
    redactValue(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactValue(v));
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactValue(v)]));
        }
        return value;
    }
}
/** The value, and for a multi-line value (a key) each of its lines of 8+ characters, without the BEGIN/END armour. */
function secretParts(value) {
    if (!value)
        return [];
    if (!value.includes('\n'))
        return [value];
    const lines = value
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length >= 8 && !/^-----(BEGIN|END) /.test(l));
    return [value, ...lines];
}
function escapedForms(secret) {
    const json = JSON.stringify(secret).slice(1, -1);
    return [secret, json, json.replace(/\//g, '\\/')];
}
/**
 * At most `max` characters of already-redacted text, with `…` when cut. Never splits a surrogate pair, and never cuts
 * inside a `***` marker (a dangling `*` reads as part of a value).
 */
function clipText(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    let cut = Math.max(0, max - 1);
    while (cut > 0 && chars[cut - 1] === '*' && chars[cut] === '*')
        cut--;
    return chars.slice(0, cut).join('') + '…';
}
// eslint-disable-next-line no-control-regex -- folding control characters away is the point
const FOLD = /[\u0000-\u001f\u007f\s]+/g;
/** One line: whitespace and control characters folded to single spaces. */
function foldLine(text) {
    return text.replace(FOLD, ' ').trim();
}
/** Header names whose values are credentials whatever their source. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-auth-token']);


/***/ }),

/***/ 58206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sameCommit)
/* harmony export */ });
/** The same commit, allowing one side to be a short SHA (at least 7 hex digits). Layers judge with it, reports word with it. */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const hex = /^[0-9a-f]{7,64}$/;
    return hex.test(x) && hex.test(y) && (x.startsWith(y) || y.startsWith(x));
}


/***/ }),

/***/ 52184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ shortImageId),
/* harmony export */   DZ: () => (/* binding */ humanAge),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nV: () => (/* binding */ formatAge),
/* harmony export */   w7: () => (/* binding */ shortRevision)
/* harmony export */ });
/**
 * Short, human renderings of IDs, revisions, durations and ages: ONE copy, for every report format and for the layers' own
 * sentences (so one image is never "built just now" in one place and "built moments ago" in another).
 */
/** `sha256:2222bbbb…` (or the bare hex) → `2222bbbbcccc` (12 characters, like `docker images`); a reference unchanged. */
function shortImageId(id) {
    if (!id)
        return '—';
    if (id.startsWith('sha256:'))
        return id.slice('sha256:'.length, 'sha256:'.length + 12);
    return /^[0-9a-f]{13,}$/i.test(id) ? id.slice(0, 12) : id;
}
/** A git SHA (12+ hex digits) → its first 7, lower case, `-dirty` kept; a tag or a short SHA unchanged. */
function shortRevision(revision) {
    if (!revision)
        return '—';
    const match = /^([0-9a-f]{12,64})(-dirty)?$/i.exec(revision);
    return match ? `${match[1].slice(0, 7).toLowerCase()}${match[2] ?? ''}` : revision;
}
/** The one duration formatter (see DurationStyle). */
function formatDuration(ms, style = 'measured') {
    if (style === 'seconds')
        return `${(ms / 1000).toFixed(1)} s`;
    if (style === 'setting')
        return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
/** Seconds with millisecond precision, as JUnit and SARIF consumers expect. */
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
/** How long before `now` the instant `then` was (`3 days ago`), or null when either is not a date. */
function formatAge(then, now) {
    if (!then)
        return null;
    const diff = Date.parse(now) - Date.parse(then);
    if (Number.isNaN(diff))
        return null;
    // More than a clock's skew in the future: the image is younger than the run that judged it.
    if (diff < -5_000)
        return 'after this run started';
    return humanAge(diff);
}
/** `just now`, `42 seconds ago`, `5 minutes ago`, `3 hours ago`, `36 hours ago`, `3 days ago`. */
function humanAge(ms) {
    if (!Number.isFinite(ms))
        return 'at an unknown time';
    const seconds = Math.floor(ms / 1000);
    if (seconds < 5)
        return 'just now';
    const units = [
        [86_400, 'day'],
        [3_600, 'hour'],
        [60, 'minute'],
        [1, 'second']
    ];
    // Hours up to two days, then days: "36 hours ago" says more than "1 day ago".
    const [size, unit] = units.find(([size, unit]) => seconds >= (unit === 'day' ? 2 * size : size));
    const count = Math.floor(seconds / size);
    return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}


/***/ }),

/***/ 29626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ DEPLOY_STRATEGIES)
/* harmony export */ });
/**
 * How a deploy gets the images onto the target. `source`: ship the tree, build there. `image`: build here, `docker save |
 * docker load`. `registry`: build here, push to `target.registry`, pull there. Its own module: the action's first step
 * checks its input against this list without loading the deploy.
 */
const DEPLOY_STRATEGIES = ['source', 'image', 'registry'];


/***/ }),

/***/ 66515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  F: () => (/* reexport */ parseResult),
  XX: () => (/* binding */ render)
});

// UNUSED EXPORTS: GITHUB_COMMENT_MAX_LENGTH, REPORT_EXTENSION, VERDICT_CAUSE, VERDICT_HINT, explainFault, explainFeature, explainService, isReportFormat, toContract

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/report/json.ts
/** Copies only the keys that are set, in the order given: optional fields stay absent rather than `undefined`. */
function pick(value, keys) {
    const out = {};
    for (const key of keys)
        if (value[key] !== undefined)
            out[key] = value[key];
    return out;
}
function check(value) {
    const out = pick(value, [
        'target',
        'service',
        'host',
        'status',
        'expected',
        'observed',
        'latencyMs',
        'httpStatus',
        'digest',
        'controls',
        'summary',
        'decidedBy',
        'output',
        'template',
        'params',
        'matched'
    ]);
    if (value.controls)
        out.controls = value.controls.map(control);
    if (value.params)
        out.params = { ...value.params };
    if (value.matched)
        out.matched = [...value.matched];
    return out;
}
function control(value) {
    return pick(value, ['target', 'httpStatus', 'digest', 'observed', 'comparison']);
}
function json_layer(value) {
    const evidence = pick(value.evidence, ['summary', 'commands', 'checks']);
    if (evidence.commands)
        evidence.commands = [...evidence.commands];
    if (evidence.checks)
        evidence.checks = evidence.checks.map(check);
    const out = { layer: value.layer, status: value.status, evidence, durationMs: value.durationMs };
    if (value.shared)
        out.shared = value.shared.map(sharedStep);
    return out;
}
function sharedStep(value) {
    return pick(value, ['layer', 'service', 'target', 'status', 'observed', 'durationMs']);
}
function feature(value) {
    const out = pick(value, ['name', 'verdict', 'faultLine', 'layers', 'source', 'location', 'notProbed']);
    out.layers = value.layers.map(json_layer);
    if (value.location)
        out.location = pick(value.location, ['file', 'line', 'column']);
    if (value.notProbed)
        out.notProbed = value.notProbed.map(notProbed);
    return out;
}
function notProbed(value) {
    const out = pick(value, ['service', 'method', 'path', 'operationId', 'reason', 'parameters']);
    if (value.parameters)
        out.parameters = [...value.parameters];
    return out;
}
function replica(value) {
    const out = pick(value, ['container', 'image', 'revision', 'created', 'stale', 'judgedBy', 'host', 'task']);
    if (value.task)
        out.task = pick(value.task, ['name', 'state', 'image', 'specImage']);
    return out;
}
function service(value) {
    const out = pick(value, [
        'name',
        'builtImage',
        'runningImage',
        'runningRevision',
        'stale',
        'runningCreated',
        'container',
        'replicas'
    ]);
    if (value.replicas)
        out.replicas = value.replicas.map(replica);
    return out;
}
function hostRollout(value) {
    const out = pick(value, ['host', 'batch', 'state', 'revisions', 'error']);
    out.revisions = Object.fromEntries(Object.entries(value.revisions).map(([svc, revs]) => [svc, [...revs]]));
    return out;
}
function rollout(value) {
    return {
        revision: value.revision,
        batchSize: value.batchSize,
        stopped: value.stopped && pick(value.stopped, ['batch', 'hosts', 'reason']),
        hosts: value.hosts.map(hostRollout)
    };
}
/** The result exactly as the JSON contract defines it. */
function toContract(result) {
    return {
        version: result.version,
        verdict: result.verdict,
        revision: result.revision,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        services: result.services.map(service),
        features: result.features.map(feature),
        ...(result.rollout ? { rollout: rollout(result.rollout) } : {}),
        ...(result.preview ? { preview: preview(result.preview) } : {})
    };
}
function preview(value) {
    return {
        project: value.project,
        services: [...value.services],
        urls: value.urls.map((u) => pick(u, ['service', 'from', 'to'])),
        leftOut: value.leftOut.map((l) => ({ feature: l.feature, services: [...l.services] })),
        ...(value.readyTimeoutMs === undefined ? {} : { readyTimeoutMs: value.readyTimeoutMs }),
        ...(value.notReady ? { notReady: value.notReady.map(notReady) } : {})
    };
}
/** The fields of its reason only, in the order the model names them, then the logs. */
function notReady(value) {
    const keys = ['service', 'reason', 'container', 'state', 'exitCode', 'port', 'target', 'logs'];
    const out = {};
    for (const key of keys)
        if (key in value)
            out[key] = value[key];
    return out;
}
function renderJson(result) {
    return JSON.stringify(toContract(result), null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(44146);
// EXTERNAL MODULE: ./src/core/revision.ts
var core_revision = __webpack_require__(58206);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(91211);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/report/explain.ts



/** docs/architecture.md "Verdicts": the typical cause of each verdict. */
const VERDICT_CAUSE = {
    pass: 'all configured layers pass',
    'missing-in-source': 'feature removed/renamed, or wrong path in config',
    'build-drift': 'Dockerfile COPY, .dockerignore, build excludes the module',
    'runtime-drift': 'an old image is still running (not rebuilt/recreated)',
    'route-missing': 'route not registered, proxy/ingress not forwarding',
    'auth-failed': 'route there but broken after login',
    error: 'a layer could not be checked — never reported as pass'
};
/** What to do about each verdict, for a person reading a PR comment or an annotation. */
const VERDICT_HINT = {
    pass: 'nothing to do: all configured layers pass',
    'missing-in-source': 'the feature was removed or renamed, or the config points at the wrong path: restore it or fix the source paths',
    'build-drift': 'the image built from this source does not contain it: check the Dockerfile COPY, .dockerignore and build excludes',
    'runtime-drift': 'an old image is still running: rebuild and recreate the service',
    'route-missing': 'the route is not registered, or the proxy/ingress does not forward it',
    'auth-failed': 'the route is there but broken after login: check the credentials, the handler and its data',
    error: 'a layer could not be checked (daemon down, host unreachable…): fix that and run again; it never counts as pass'
};
// A clause is one summary inside a longer sentence; a runaway summary must not swallow the report.
const MAX_CLAUSE = 300;
// The later layers that also failed, after the fault line's own clause.
const MAX_LATER_CLAUSES = 2;
/** A layer's summary as a clause: one line, no final period, lower-case start unless it is an acronym or a name. */
function clause(layer) {
    const text = (0,sanitize/* oneLine */.TN)(layer.evidence.summary).replace(/[.\s]+$/, '');
    if (!text)
        return layer.status === 'error' ? `${layer.layer} could not be checked` : `${layer.layer} failed`;
    const lowered = /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
    return (0,sanitize/* clipWords */.CS)(lowered, MAX_CLAUSE);
}
/**
 * Why the feature is not `pass`, without its name: the fault line's summary, then what the later layers that also
 * failed saw (`api runs an old image …; the route answered 404`). For a passing feature, which layers proved it.
 */
function explainFault(feature) {
    if (feature.verdict === 'pass') {
        const passed = feature.layers.filter((l) => l.status === 'pass').map((l) => l.layer);
        const skipped = feature.layers.filter((l) => l.status === 'skip').map((l) => l.layer);
        return `${passed.join(', ')} pass${skipped.length ? `; ${skipped.join(', ')} skipped` : ''}`;
    }
    const fault = feature.layers.find((l) => l.layer === feature.faultLine);
    if (!fault) {
        return feature.verdict === 'error'
            ? 'nothing was checked: every layer was skipped'
            : 'no layer explains this verdict';
    }
    const later = laterFailures(feature, fault);
    const shown = [fault, ...later.slice(0, MAX_LATER_CLAUSES)].map(clause);
    const left = later.length - MAX_LATER_CLAUSES;
    if (left > 0)
        shown.push(`and ${left} more failing ${left === 1 ? 'layer' : 'layers'}`);
    return shown.join('; ');
}
function laterFailures(feature, fault) {
    return feature.layers
        .slice(feature.layers.indexOf(fault) + 1)
        .filter((l) => l.status === 'fail' || l.status === 'error');
}
/** `workflow: runtime-drift at container`: the verdict, without the why. */
function explainHeadline(feature) {
    const where = feature.faultLine ? ` at ${feature.faultLine}` : '';
    return `${(0,sanitize/* oneLine */.TN)(feature.name)}: ${feature.verdict}${where}`;
}
// Items a report shows per feature, and the length of one: the rest is counted, never cut mid-word.
const MAX_FAULT_ITEMS = 6;
const MAX_ITEM = 320;
/**
 * Why the feature is not `pass`, as short items: the fault line's layer first, then every later layer that also failed;
 * in each, one item per failing probe (route, auth) or per service (source, artifact, container). At most `max` items,
 * each cut at a word; `leftOut` counts the rest. Empty for a passing feature or one where no layer ran.
 */
function faultItems(feature, context = {}, max = MAX_FAULT_ITEMS) {
    const fault = feature.verdict === 'pass' ? undefined : feature.layers.find((l) => l.layer === feature.faultLine);
    if (!fault)
        return { items: [], leftOut: 0 };
    const all = [fault, ...laterFailures(feature, fault)].flatMap((layer) => layerItems(layer, context).map((text) => ({ layer: layer.layer, text: (0,sanitize/* clipWords */.CS)((0,sanitize/* oneLine */.TN)(text), MAX_ITEM) })));
    return { items: all.slice(0, max), leftOut: Math.max(0, all.length - max) };
}
function layerItems(layer, context) {
    const bad = (layer.evidence.checks ?? []).filter((c) => c.status !== 'pass');
    if (!bad.length)
        return [clause(layer)];
    if (layer.layer === 'route' || layer.layer === 'auth')
        return bad.map(probeItem);
    return groupBy(bad, (c) => c.service ?? '').flatMap(([service, checks]) => service ? [serviceItem(layer.layer, service, checks, context)] : checks.map(pathItem));
}
function probeItem(check) {
    // The probe layer's own sentence for this probe (a control probe's "this proves nothing" among them) says it best.
    if (check.summary)
        return check.summary;
    if (check.status === 'error')
        return `${check.target} could not be checked: ${check.observed}`;
    const expected = check.expected ? `, expected ${check.expected}` : '';
    return `${check.target} answered ${check.observed}${expected}`;
}
/** A check without a service (a source path): `backend/x/: not in the checkout`. */
function pathItem(check) {
    return `${check.target}: ${check.observed}`;
}
/** `api lacks /a and /b`, `api: could not check /c: <why>`, and for a stale running image, which image runs instead. */
function serviceItem(layer, service, checks, context) {
    const parts = [];
    const missing = checks.filter((c) => c.status === 'fail').map((c) => c.target);
    if (missing.length)
        parts.push(`lacks ${namesOf(missing)}`);
    for (const [why, unchecked] of groupBy(checks.filter((c) => c.status === 'error'), (c) => c.observed)) {
        parts.push(`could not check ${namesOf(unchecked.map((c) => c.target))}: ${why}`);
    }
    const found = layer === 'container' ? context.services?.find((s) => s.name === service) : undefined;
    const stale = found?.stale ? ` — ${explainService(found, context.revision ?? null, context.now ?? '')}` : '';
    // Several replicas: name the stale ones, the containers to recreate.
    const replicas = found?.stale && (found.replicas?.length ?? 0) > 1 ? found.replicas.filter((r) => r.stale) : [];
    const which = replicas.length ? `; stale: ${namesOf(replicas.map((r) => (0,sanitize/* oneLine */.TN)(r.container)))}` : '';
    return `${service} ${parts.join('; ')}${stale}${which}`;
}
/** `a`, `a and b`, `a, b and 3 more`. */
function namesOf(items) {
    const shown = items.length > 3 ? [...items.slice(0, 2), `${items.length - 2} more`] : [...items];
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return [...groups];
}
/**
 * The one sentence per feature: `workflow: runtime-drift at container — api runs an old image …; the route answered 404`.
 * One line, control characters made visible, safe to put in an annotation.
 */
function explainFeature(feature) {
    return `${explainHeadline(feature)} — ${explainFault(feature)}`;
}
function serviceFreshness(service) {
    if (service.stale)
        return 'stale';
    if (!service.runningImage)
        return null;
    // A result saved before replicas were reported has no judgement to read: it said fresh then, and still does.
    return (service.replicas ?? []).some((r) => r.judgedBy === null) ? 'unknown' : 'fresh';
}
/**
 * The plain sentence for a service: `api runs an image built 3 days ago (1111aaaa2222, revision 0f3e2d1), not the one built
 * from abc1234 (2222bbbb3333)`. `now` is the run's start, so the sentence does not change when the report is rendered later.
 * With several replicas it counts the stale ones; `staleReplicaLines` then names each. "Built from" is said only where a
 * revision label says so.
 */
function explainService(service, revision, now) {
    const name = (0,sanitize/* oneLine */.TN)(service.name);
    const replicas = service.replicas ?? [];
    const built = `${revision ? `built from ${(0,units/* shortRevision */.w7)(revision)}` : 'built from this checkout'}`;
    const expected = service.builtImage
        ? `, not the one ${built} (${(0,units/* shortImageId */.Bx)(service.builtImage)})`
        : `, not the one ${built}`;
    if (service.stale && replicas.length > 1) {
        const stale = replicas.filter((r) => r.stale).length;
        return `${name}: ${stale} of ${replicas.length} replicas ${stale === 1 ? 'runs' : 'run'} an old image${expected}`;
    }
    if (service.stale) {
        const age = (0,units/* formatAge */.nV)(service.runningCreated, now);
        const image = age ? `an image built ${age}` : 'an old image';
        return `${name} runs ${image} (${describeImage(service.runningImage, service.runningRevision)})${expected}`;
    }
    const onAll = replicas.length > 1 ? ` on all ${replicas.length} replicas` : '';
    if (service.runningImage)
        return `${name}${runningSentence(service, revision, built)}${onAll}`;
    if (service.builtImage)
        return `${name}: image ${built} (${(0,units/* shortImageId */.Bx)(service.builtImage)}); no running container inspected`;
    return `${name}: not inspected`;
}
/** ` runs the image built from abc1234 (…)` when its label says so; otherwise what is known, and no more. */
function runningSentence(service, revision, built) {
    const running = describeImage(service.runningImage, service.runningRevision);
    const label = service.runningRevision
        ? `revision ${(0,units/* shortRevision */.w7)((0,sanitize/* oneLine */.TN)(service.runningRevision))}`
        : 'no revision label';
    const image = `${(0,units/* shortImageId */.Bx)(service.runningImage)} (${label})`;
    const labelled = !!service.runningRevision && !!revision && (0,core_revision/* sameCommit */.K)(service.runningRevision, revision);
    const lead = service.replicas?.find((r) => r.container === service.container) ?? service.replicas?.[0];
    const judgedBy = lead ? lead.judgedBy : undefined;
    if (judgedBy === null)
        return ` runs ${image}; nothing to compare it with — freshness unknown`;
    if (labelled)
        return ` runs the image ${built} (${running})`;
    const checked = service.builtImage ? (0,units/* shortImageId */.Bx)(service.builtImage) : null;
    if (judgedBy === 'layers' && checked)
        return ` runs ${image}, the same content as the image it was checked against (${checked})`;
    if (service.runningImage === service.builtImage)
        return ` runs ${image}, the image it was checked against`;
    return ` runs ${image}`;
}
/** One line per stale replica, when the service runs several: `aibp_api_1 runs an image built 3 days ago (…, revision …)`. */
function staleReplicaLines(service, now) {
    const replicas = service.replicas ?? [];
    if (replicas.length < 2)
        return [];
    return replicas
        .filter((r) => r.stale)
        .map((r) => {
        const age = (0,units/* formatAge */.nV)(r.created, now);
        const where = r.host ? ` on ${(0,sanitize/* oneLine */.TN)(r.host)}` : '';
        const image = age ? `an image built ${age}` : 'an old image';
        // A Swarm task the update has not reached: its spec is the fact, whatever the image's age.
        const spec = r.judgedBy === 'service-spec' && r.task ? `; its service's spec names ${(0,sanitize/* oneLine */.TN)(r.task.specImage)}` : '';
        const name = r.task ? (0,sanitize/* oneLine */.TN)(r.task.name) : (0,sanitize/* oneLine */.TN)(r.container);
        return `${name}${where} runs ${image} (${describeImage(r.image, r.revision)})${spec}`;
    });
}
function describeImage(id, revision) {
    const parts = [(0,units/* shortImageId */.Bx)(id)];
    parts.push(revision ? `revision ${(0,units/* shortRevision */.w7)((0,sanitize/* oneLine */.TN)(revision))}` : 'no revision label');
    return parts.join(', ');
}
/** What a control probe's answer says about the probe it was compared with. */
const CONTROL_COMPARISON_WORDS = {
    different: 'answers differently: the probe discriminates',
    same: 'the same answer: the probe alone proves nothing',
    unknown: 'nothing to compare with: the probe alone proves nothing'
};
/** `control GET https://x/api/driftcheck-control-3f9a: 404 Route not found — answers differently: …`, on one line. */
function describeControl(control, maxObserved = MAX_CLAUSE) {
    return `control ${(0,sanitize/* oneLine */.TN)(control.target)}: ${(0,sanitize/* clip */.$Q)((0,sanitize/* oneLine */.TN)(control.observed), maxObserved)} — ${CONTROL_COMPARISON_WORDS[control.comparison]}`;
}
/** `path /api/articles/:slug with slug = hello-drift`: the template a probe's path was filled from, and the values used. */
function describeTemplate(check) {
    if (!check.template)
        return '';
    const values = Object.entries(check.params ?? {}).map(([name, value]) => `${name} = ${value}`);
    return (0,sanitize/* oneLine */.TN)(`path ${check.template}${values.length ? ` with ${values.join(', ')}` : ''}`);
}

;// CONCATENATED MODULE: ./src/report/evidence-text.ts



const CHECK_MARK = { pass: '✓', fail: '✗', error: '!' };
function evidenceLines(layer) {
    const lines = [(0,sanitize/* oneLine */.TN)(layer.evidence.summary) || layer.status];
    for (const command of layer.evidence.commands ?? [])
        lines.push(`$ ${(0,sanitize/* visibleControls */.xx)(command)}`);
    for (const check of layer.evidence.checks ?? []) {
        const service = check.service ? ` (${(0,sanitize/* oneLine */.TN)(check.service)})` : '';
        const expected = check.expected ? `expected ${(0,sanitize/* oneLine */.TN)(check.expected)}; ` : '';
        const latency = check.latencyMs !== undefined ? ` · ${(0,units/* formatDuration */.a3)(check.latencyMs)}` : '';
        const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : '';
        const template = check.template ? ` · ${describeTemplate(check)}` : '';
        lines.push(`${CHECK_MARK[check.status]} ${(0,sanitize/* oneLine */.TN)(check.target)}${service}: ${expected}observed ${(0,sanitize/* oneLine */.TN)(check.observed)}${latency}${decided}${template}`);
        for (const control of check.controls ?? [])
            lines.push(`    ${describeControl(control)}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/not-probed.ts

/** Above this many, a report lists the first ones and says how many more the JSON holds. */
const NOT_PROBED_SHOWN = 20;
/** `GET /api/v1/orders/{orderId} (getOrder): path parameter orderId has no example …`, feature by feature. */
function notProbedLines(result) {
    const all = result.features.flatMap((feature) => (feature.notProbed ?? []).map((operation) => ({
        feature: (0,sanitize/* oneLine */.TN)(feature.name),
        text: (0,sanitize/* oneLine */.TN)(notProbedSentence(operation))
    })));
    const lines = all.slice(0, NOT_PROBED_SHOWN);
    return { lines, leftOut: all.length - lines.length, total: all.length };
}
function notProbedHeadline(total) {
    return `not probed: ${total} OpenAPI operation${total === 1 ? '' : 's'} (a pass says nothing about ${total === 1 ? 'it' : 'them'})`;
}
function notProbedSentence(operation) {
    const request = `${operation.method} ${operation.path}${operation.operationId ? ` (${operation.operationId})` : ''}`;
    switch (operation.reason) {
        case 'unfilled-parameter': {
            const names = operation.parameters ?? [];
            const which = names.length === 1 ? `path parameter ${names[0]} has` : `path parameters ${names.join(', ')} have`;
            return `${request}: ${which} no example to send, and a 404 on a made-up value proves nothing; give it \`x-driftcheck-example\`, an \`example\`, or a schema \`example\`/\`default\`/\`enum\``;
        }
        case 'unsafe-method':
            return `${request}: anyone may call it (no security requirement) and ${operation.method} acts on the server, so it is not sent to production; \`x-driftcheck-probe: true\` on the operation sends it`;
        case 'opted-out':
            return `${request}: \`x-driftcheck-probe: false\` on the operation`;
    }
}

;// CONCATENATED MODULE: ./src/report/xml.ts
/** XML 1.0 escaping: markup characters as entities, and characters XML cannot hold at all made visible instead. */
// Not allowed anywhere in XML 1.0, even as character references: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const FORBIDDEN = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Allowed but invisible and dangerous in a terminal or a CI log (ESC sequences via C1, DEL).
const INVISIBLE = /[\u007f-\u009f]/g;
function visible(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Element content. */
function xmlText(text) {
    return text
        .replace(FORBIDDEN, visible)
        .replace(INVISIBLE, visible)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}
/** Attribute values (always double-quoted): also quotes, and line breaks/tabs as references so parsers keep them. */
function xmlAttr(text) {
    return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/report/junit.ts
/**
 * JUnit XML for CI test views: one `<testsuite>` per feature, one `<testcase>` per feature × layer
 * (classname `driftcheck.<feature>`, name = the layer). A layer the feature does not configure is a skipped case,
 * so every suite has five layer cases and the counts add up; an OpenAPI operation it did not probe (`notProbed`) is one
 * more skipped case with the reason, since a pass says nothing about it.
 * Work done once for several features (one listing per image or container, `LayerResult.shared`) is timed once: a first
 * suite `(shared listings)` has a case per such step, and the features' cases count only their own time.
 */







function layerOf(feature, name) {
    return feature.layers.find((l) => l.layer === name);
}
function count(features) {
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const feature of features) {
        for (const name of model/* LAYERS */.RR) {
            const layer = layerOf(feature, name);
            counts.tests++;
            counts.ms += ownMs(layer);
            if (!layer || layer.status === 'skip')
                counts.skipped++;
            else if (layer.status === 'fail')
                counts.failures++;
            else if (layer.status === 'error')
                counts.errors++;
        }
        const notProbed = feature.notProbed?.length ?? 0;
        counts.tests += notProbed;
        counts.skipped += notProbed;
    }
    return counts;
}
/** A layer's time without the shared steps it waited for (they are counted once, in their own suite). */
function ownMs(layer) {
    if (!layer)
        return 0;
    if (!layer.shared?.length)
        return layer.durationMs;
    return Math.max(0, layer.durationMs - Math.max(...layer.shared.map((s) => s.durationMs)));
}
/** Every shared step once, in the order first met. */
function sharedSteps(features) {
    const steps = new Map();
    for (const feature of features)
        for (const layer of feature.layers)
            for (const step of layer.shared ?? []) {
                const key = JSON.stringify([step.layer, step.service, step.target]);
                if (!steps.has(key))
                    steps.set(key, step);
            }
    return [...steps.values()];
}
const SHARED_SUITE = '(shared listings)';
function sharedCase(step) {
    const name = `${step.layer} listing: ${(0,sanitize/* oneLine */.TN)(step.service)} (${(0,sanitize/* oneLine */.TN)(step.target)})`;
    const open = `<testcase classname="${xmlAttr(`driftcheck.${SHARED_SUITE}`)}" name="${xmlAttr(name)}" time="${(0,units/* seconds */.YA)(step.durationMs)}"`;
    if (step.status === 'pass')
        return `${open}/>`;
    const why = (0,sanitize/* oneLine */.TN)(step.observed) || 'error';
    return `${open}>\n      <error message="${xmlAttr(why)}" type="error">${xmlText(why)}</error>\n    </testcase>`;
}
function sharedSuite(steps, timestamp) {
    if (steps.length === 0)
        return [];
    const ms = steps.reduce((sum, s) => sum + s.durationMs, 0);
    const errors = steps.filter((s) => s.status === 'error').length;
    const counts = { tests: steps.length, failures: 0, errors, skipped: 0, ms };
    return [
        `  <testsuite name="${xmlAttr(SHARED_SUITE)}" ${countAttrs(counts, ms)} timestamp="${xmlAttr(timestamp)}">`,
        ...steps.map((step) => `    ${sharedCase(step)}`),
        '  </testsuite>'
    ];
}
function countAttrs(counts, ms) {
    return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${(0,units/* seconds */.YA)(ms)}"`;
}
/**
 * The container case's output: each stale service the feature's paths were checked in, and under it one line per stale
 * replica. A stale image whose paths are all there passes, and this is where JUnit readers still see it.
 */
function staleOutput(feature, result) {
    const layer = layerOf(feature, 'container');
    const checked = new Set((layer?.evidence.checks ?? []).map((c) => c.service));
    const lines = result.services
        .filter((s) => s.stale && checked.has(s.name))
        .flatMap((s) => [
        explainService(s, result.revision, result.startedAt),
        ...staleReplicaLines(s, result.startedAt).map((line) => `  ↳ ${line}`)
    ]);
    return lines.length ? `<system-out>${xmlText(lines.join('\n'))}</system-out>` : null;
}
function testcase(feature, name, result) {
    const layer = layerOf(feature, name);
    const open = `<testcase classname="${xmlAttr(`driftcheck.${(0,sanitize/* oneLine */.TN)(feature.name)}`)}" name="${name}" time="${(0,units/* seconds */.YA)(ownMs(layer))}"`;
    if (!layer)
        return `${open}>\n      <skipped message="not configured"/>\n    </testcase>`;
    const output = name === 'container' && layer.status !== 'skip' ? staleOutput(feature, result) : null;
    const tail = output ? `\n      ${output}` : '';
    if (layer.status === 'pass')
        return output ? `${open}>${tail}\n    </testcase>` : `${open}/>`;
    if (layer.status === 'skip') {
        const why = (0,sanitize/* oneLine */.TN)(layer.evidence.summary) || 'skipped';
        return `${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>`;
    }
    // The fault line's case carries the sentence people read first; later failing layers carry their own summary.
    const atFault = feature.faultLine === name;
    const message = atFault ? explainFeature(feature) : (0,sanitize/* oneLine */.TN)(layer.evidence.summary) || layer.status;
    const type = atFault ? feature.verdict : layer.status === 'fail' ? 'fail' : 'error';
    const tag = layer.status === 'fail' ? 'failure' : 'error';
    const body = xmlText(evidenceLines(layer).join('\n'));
    return `${open}>\n      <${tag} message="${xmlAttr(message)}" type="${xmlAttr(type)}">${body}</${tag}>${tail}\n    </testcase>`;
}
/** `not probed: GET /api/v1/orders/{orderId}`, skipped with the reason it was not sent. */
function notProbedCase(feature, operation) {
    const classname = xmlAttr(`driftcheck.${(0,sanitize/* oneLine */.TN)(feature.name)}`);
    const name = xmlAttr((0,sanitize/* oneLine */.TN)(`not probed: ${operation.method} ${operation.path}`));
    const why = xmlAttr((0,sanitize/* oneLine */.TN)(notProbedSentence(operation)));
    return `<testcase classname="${classname}" name="${name}" time="${(0,units/* seconds */.YA)(0)}">\n      <skipped message="${why}"/>\n    </testcase>`;
}
function testsuite(feature, result) {
    const timestamp = result.startedAt;
    const counts = count([feature]);
    const cases = [
        ...model/* LAYERS */.RR.map((name) => testcase(feature, name, result)),
        ...(feature.notProbed ?? []).map((operation) => notProbedCase(feature, operation))
    ].map((c) => `    ${c}`);
    return [
        `  <testsuite name="${xmlAttr((0,sanitize/* oneLine */.TN)(feature.name))}" ${countAttrs(counts, counts.ms)} timestamp="${xmlAttr(timestamp)}">`,
        ...cases,
        '  </testsuite>'
    ].join('\n');
}
function renderJunit(result, options = {}) {
    const counts = count(result.features);
    const shared = sharedSteps(result.features);
    counts.tests += shared.length;
    counts.errors += shared.filter((s) => s.status === 'error').length;
    const title = xmlAttr((0,sanitize/* oneLine */.TN)(options.title ?? 'driftcheck'));
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${title}" ${countAttrs(counts, result.durationMs)} timestamp="${xmlAttr(result.startedAt)}">`,
        ...sharedSuite(shared, result.startedAt),
        ...result.features.map((f) => testsuite(f, result)),
        '</testsuites>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
/** Escaping for the Markdown report: user text must render as text, never as markup, HTML or a mention. */

// An `@` GitHub would turn into a mention (not one inside `user@host`).
const MENTION = /(?<![\w.+-])@/g;
/**
 * Inline Markdown (table cells, list items): one line; `|` escaped so a cell cannot split a table, `<` `>` `&` as
 * entities so no HTML gets through, Markdown punctuation backslash-escaped, and `@` broken with a zero-width space so a
 * report never pings a person or a team.
 */
function mdText(text) {
    return (0,sanitize/* oneLine */.TN)(text)
        .replace(/[\\`*_[\]~|#!]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, '@&#8203;');
}
/** Text inside raw HTML (`<summary>`): Markdown escapes are not processed there, entities are. */
function htmlText(text) {
    return (0,sanitize/* oneLine */.TN)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/`/g, '&#96;')
        .replace(/\|/g, '&#124;')
        .replace(MENTION, '@&#8203;');
}
/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
function codeBlock(lines) {
    const content = lines.map((line) => (0,sanitize/* visibleControls */.xx)(line).replace(/\r/g, '')).join('\n');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}\n${content}\n${fence}`;
}

// EXTERNAL MODULE: ./src/report/preview.ts
var report_preview = __webpack_require__(5566);
;// CONCATENATED MODULE: ./src/report/summary.ts
/** Counts and the one-line overall verdict shared by the formats. */


function tally(result) {
    const verdicts = result.features.map((f) => f.verdict);
    const passed = verdicts.filter((v) => v === 'pass').length;
    const errored = verdicts.filter((v) => v === 'error').length;
    return { total: verdicts.length, passed, errored, drifted: verdicts.length - passed - errored };
}
function features(n) {
    return `${n} feature${n === 1 ? '' : 's'}`;
}
/** `1 of 3 features drifted, 1 could not be checked · 4.2 s` — the verdict word is left to each format. */
function verdictLine(result) {
    const t = tally(result);
    const parts = [];
    if (t.total === 0)
        parts.push('no features were checked');
    else if (t.passed === t.total)
        parts.push(t.total === 1 ? 'the feature lines up' : `all ${features(t.total)} line up`);
    else {
        if (t.drifted)
            parts.push(`${t.drifted} of ${features(t.total)} drifted`);
        if (t.errored)
            parts.push(`${t.drifted ? t.errored : `${t.errored} of ${features(t.total)}`} could not be checked`);
    }
    return `${parts.join(', ')} · ${(0,units/* formatDuration */.a3)(result.durationMs)}`;
}
/**
 * Above this many features the reports group the passing ones (one line per layer) and list only the others: at 200
 * discovered features a row each would bury the few that matter.
 */
const GROUP_PASSING_ABOVE = 20;
function groupsPassing(result) {
    return result.features.length > GROUP_PASSING_ABOVE && result.features.some((f) => f.verdict === 'pass');
}
/** Per layer, how the passing features came out there (`pass` or `skip`), in layer order; layers nobody ran are left out. */
function passingByLayer(features) {
    const passing = features.filter((f) => f.verdict === 'pass');
    return model/* LAYERS */.RR.map((layer) => {
        const counts = new Map();
        for (const feature of passing) {
            const status = feature.layers.find((l) => l.layer === layer)?.status ?? 'skip';
            counts.set(status, (counts.get(status) ?? 0) + 1);
        }
        const ordered = ['pass', 'fail', 'error', 'skip'].filter((s) => counts.has(s));
        return { layer, counts: ordered.map((s) => [s, counts.get(s)]) };
    }).filter((row) => row.counts.some(([status]) => status !== 'skip'));
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown report, for a PR comment or a job summary: verdict heading, layer matrix, fault lines with a hint,
 * services, and the evidence per feature folded in `<details>`. With `maxLength` it drops the evidence first, then
 * whole rows/items from the end — never cutting inside a tag or a code block — and says where the full report is.
 */









const ICON = { pass: '✅', fail: '❌', skip: '⏭', error: '⚠️' };
const RUN_ICON = { pass: '✅', fail: '❌', error: '⚠️' };
// Response bodies can be long; the matrix and fault lines matter more than a body dump.
const MAX_OBSERVED = 300;
function featureIcon(feature) {
    return feature.verdict === 'pass' ? ICON.pass : feature.verdict === 'error' ? ICON.error : ICON.fail;
}
function statusOf(feature, layer) {
    return feature.layers.find((l) => l.layer === layer)?.status ?? 'skip';
}
function headingSection(result, title) {
    const revision = result.revision ? ` · revision ${mdText((0,units/* shortRevision */.w7)(result.revision))}` : '';
    return {
        head: `## ${RUN_ICON[result.verdict]} ${mdText(title)}: ${result.verdict}`,
        items: [`${mdText(verdictLine(result))}${revision} · started ${mdText(result.startedAt)}`],
        sep: '\n\n',
        noun: ['heading', 'headings']
    };
}
function matrixSection(result) {
    const header = ['feature', 'verdict', ...model/* LAYERS */.RR];
    // Many features: the passing ones are one row (counts per layer), the others a row each.
    const grouped = groupsPassing(result);
    const rows = grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features;
    const items = rows.map((f) => {
        const cells = [mdText(f.name), `${featureIcon(f)} ${f.verdict}`, ...model/* LAYERS */.RR.map((l) => ICON[statusOf(f, l)])];
        return `| ${cells.join(' | ')} |`;
    });
    if (grouped)
        items.unshift(passingRow(result));
    return {
        head: `| ${header.join(' | ')} |\n| :-- | :-- | ${model/* LAYERS */.RR.map(() => ':-:').join(' | ')} |`,
        items,
        sep: '\n',
        noun: ['matrix row', 'matrix rows']
    };
}
/** `| _195 passing features_ | ✅ pass | ✅ 195 | ✅ 190 ⏭ 5 | … |` */
function passingRow(result) {
    const passing = result.features.filter((f) => f.verdict === 'pass');
    const byLayer = new Map(passingByLayer(result.features).map((row) => [row.layer, row.counts]));
    const cells = model/* LAYERS */.RR.map((layer) => {
        const counts = byLayer.get(layer);
        return counts ? counts.map(([status, n]) => `${ICON[status]} ${n}`).join(' ') : ICON.skip;
    });
    return `| _${passing.length} passing features_ | ${ICON.pass} pass | ${cells.join(' | ')} |`;
}
/** A failing feature with at most `max` of its fault items; the hint always. */
function faultItem(f, result, max) {
    const where = f.faultLine ? ` at **${f.faultLine}**` : '';
    const context = { services: result.services, revision: result.revision, now: result.startedAt };
    const { items, leftOut } = faultItems(f, context, max);
    const ran = items.length + leftOut > 0;
    // No item at all (no layer ran): the one sentence says why on its own.
    const head = `- ${featureIcon(f)} **${mdText(f.name)}** — ${f.verdict}${where}${ran ? '' : `: ${mdText(explainFault(f))}`}`;
    const lines = items.map((item) => `  - ${item.layer}: ${mdText(item.text)}`);
    if (leftOut)
        lines.push(`  - _… and ${leftOut} more, not listed here._`);
    return [head, ...lines, `  - _Hint: ${mdText(VERDICT_HINT[f.verdict])}._`].join('\n');
}
function faultSection(result) {
    const failing = result.features.filter((f) => f.verdict !== 'pass');
    return {
        head: '### Fault lines',
        items: failing.map((f) => faultItem(f, result, MAX_FAULT_ITEMS)),
        // Shortened to fit, a feature keeps its head and hint and drops its last items whole (counted, never cut).
        shorter: failing.map((f) => Array.from({ length: MAX_FAULT_ITEMS }, (_, i) => faultItem(f, result, MAX_FAULT_ITEMS - 1 - i))),
        sep: '\n',
        noun: ['fault line', 'fault lines']
    };
}
function notProbedSection(result) {
    const { lines, leftOut, total } = notProbedLines(result);
    const items = lines.map((line) => `- **${mdText(line.feature)}** — ${mdText(line.text)}`);
    if (leftOut)
        items.push(`- _… and ${leftOut} more, in the JSON report._`);
    return { head: `### ${mdText(notProbedHeadline(total))}`, items, sep: '\n', noun: ['operation', 'operations'] };
}
/**
 * A preview's project, then each URL it probed instead of the configured one, each feature it left out, and each service
 * that did not become ready with its last log lines (a code block inside its list item).
 */
function previewSection(result) {
    if (!result.preview)
        return { head: '', items: [], sep: '\n', noun: ['line', 'lines'] };
    const [headline, ...rest] = (0,report_preview/* previewLines */.IE)(result.preview);
    const notReady = (0,report_preview/* notReadyItems */.T2)(result.preview).map((item) => {
        const head = `- ${ICON.error} ${mdText(item.line)}; ${(0,report_preview/* logsHeadline */.Qw)(item.logs)}`;
        if (!item.logs.length)
            return head;
        const block = codeBlock(item.logs)
            .split('\n')
            .map((line) => `  ${line}`);
        return [head, '', ...block].join('\n');
    });
    return {
        head: `### ${mdText(headline)}`,
        items: [...rest.map((line) => `- ${mdText(line)}`), ...notReady],
        sep: '\n',
        noun: ['line', 'lines']
    };
}
function servicesSection(result) {
    return {
        head: '### Services\n\n| service | built image | running image | running revision | stale |\n| :-- | :-- | :-- | :-- | :-- |',
        // A service and its stale replicas (one row each, when it runs several) are one item: kept or dropped together.
        items: result.services.map((s) => {
            const replicas = s.replicas ?? [];
            const stale = freshnessCell(s, result.startedAt);
            const cells = [s.name, (0,units/* shortImageId */.Bx)(s.builtImage), (0,units/* shortImageId */.Bx)(s.runningImage), (0,units/* shortRevision */.w7)(s.runningRevision)];
            const rows = [`| ${cells.map(mdText).join(' | ')} | ${stale} |`];
            if (replicas.length > 1) {
                for (const r of replicas.filter((x) => x.stale)) {
                    const where = r.host ? ` on ${r.host}` : '';
                    const replica = [`↳ ${r.container}${where}`, '', (0,units/* shortImageId */.Bx)(r.image), (0,units/* shortRevision */.w7)(r.revision)];
                    rows.push(`| ${replica.map(mdText).join(' | ')} | ${staleCell(r.created, result.startedAt)} |`);
                }
            }
            return rows.join('\n');
        }),
        sep: '\n',
        noun: ['service', 'services']
    };
}
function freshnessCell(s, now) {
    const replicas = s.replicas ?? [];
    const freshness = serviceFreshness(s);
    if (freshness === 'stale' && replicas.length > 1)
        return `⚠️ ${replicas.filter((r) => r.stale).length} of ${replicas.length} replicas stale`;
    if (freshness === 'stale')
        return staleCell(s.runningCreated, now);
    if (freshness === 'unknown')
        return 'unknown';
    return freshness ? 'no' : '—';
}
function staleCell(created, now) {
    const age = (0,units/* formatAge */.nV)(created, now);
    return `⚠️ stale${age ? ` (running image built ${age})` : ''}`;
}
function checkItem(check) {
    const service = check.service ? ` (${mdText(check.service)})` : '';
    const expected = check.expected ? `expected ${mdText(check.expected)}; ` : '';
    const latency = check.latencyMs !== undefined ? ` · ${(0,units/* formatDuration */.a3)(check.latencyMs)}` : '';
    const icon = check.status === 'pass' ? ICON.pass : check.status === 'fail' ? ICON.fail : ICON.error;
    const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : '';
    const template = check.template ? ` · ${mdText(describeTemplate(check))}` : '';
    const controls = (check.controls ?? []).map((control) => `\n  - ${mdText(describeControl(control, MAX_OBSERVED))}`);
    return `- ${icon} ${mdText(check.target)}${service}: ${expected}observed ${mdText((0,sanitize/* clip */.$Q)(check.observed, MAX_OBSERVED))}${latency}${decided}${template}${controls.join('')}`;
}
function layerEvidence(layer) {
    const parts = [
        `**${layer.layer}** ${ICON[layer.status]} — ${mdText(layer.evidence.summary) || layer.status} · ${(0,units/* formatDuration */.a3)(layer.durationMs)}`
    ];
    if (layer.evidence.commands?.length)
        parts.push(codeBlock(layer.evidence.commands));
    if (layer.evidence.checks?.length)
        parts.push(layer.evidence.checks.map(checkItem).join('\n'));
    return parts.join('\n\n');
}
function evidenceSection(result) {
    // Many features: the passing ones are folded into one list of names (their evidence is in the JSON report).
    const grouped = groupsPassing(result);
    const passing = result.features.filter((f) => f.verdict === 'pass');
    const folded = grouped
        ? [
            `<details><summary>${ICON.pass} ${passing.length} passing features</summary>\n\n` +
                `${passing.map((f) => mdText(f.name)).join(', ')}\n\n_Their evidence is in the JSON report._\n\n</details>`
        ]
        : [];
    return {
        head: '### Evidence',
        items: [
            ...folded,
            ...(grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features).map((f) => {
                const where = f.faultLine ? ` at ${f.faultLine}` : '';
                const layers = [...f.layers].sort((a, b) => model/* LAYERS */.RR.indexOf(a.layer) - model/* LAYERS */.RR.indexOf(b.layer));
                const body = layers.length ? layers.map(layerEvidence).join('\n\n') : '_No layer ran._';
                return `<details><summary>${featureIcon(f)} ${htmlText(f.name)} — ${f.verdict}${where}</summary>\n\n${body}\n\n</details>`;
            })
        ],
        sep: '\n\n',
        evidence: true,
        noun: ['evidence detail', 'evidence details']
    };
}
function sectionLength(section, items = section.items.length) {
    return (section.head.length + section.items.slice(0, items).reduce((n, item) => n + section.sep.length + item.length, 0));
}
function join(sections) {
    return sections.map((s) => [s.head, ...s.items].join(s.sep)).join('\n\n') + '\n';
}
function truncationNote(maxLength, what) {
    return (`> [!NOTE]\n> This report was shortened to fit ${maxLength} characters (${what}). ` +
        'The full report is in the job summary and the run artifact.');
}
/** `left out: all 40 evidence details, 150 of 180 matrix rows`: what a shortened report dropped, section by section. */
function leftOut(sections, kept) {
    const parts = sections.flatMap((section, i) => {
        const total = section.items.length;
        const keptItems = kept[i]?.items ?? [];
        // An item kept in a shorter form counts as kept (its own line says what it dropped).
        const dropped = total - keptItems.length;
        if (dropped === 0)
            return [];
        const noun = section.noun[total === 1 ? 0 : 1];
        return [
            dropped === total
                ? `${total === 1 ? 'the' : total === 2 ? 'both' : `all ${total}`} ${noun}`
                : `${dropped} of ${total} ${noun}`
        ];
    });
    return `left out: ${parts.join(', ')}`;
}
/** Keeps whole sections and items, in order, while they and the note fit; stops at the first item that does not. */
function truncate(sections, maxLength, evidence) {
    const all = evidence ? [...sections, evidence] : sections;
    // The note's room is reserved for its longest form (every section partly left out), so the note always fits.
    const widest = all.map((s) => `${s.items.length} of ${s.items.length} ${s.noun[1]}`).join(', ');
    const note = truncationNote(maxLength, `left out: ${widest}`);
    const budget = maxLength - note.length - '\n\n'.length - '\n'.length;
    const kept = [];
    let used = 0;
    for (const section of sections) {
        const separator = kept.length ? '\n\n'.length : 0;
        let count = 0;
        while (count < section.items.length && used + separator + sectionLength(section, count + 1) <= budget)
            count++;
        const items = section.items.slice(0, count);
        const fits = (item) => used + separator + sectionLength({ ...section, items: [...items, item] }) <= budget;
        const shorter = count < section.items.length ? section.shorter?.[count]?.find(fits) : undefined;
        if (shorter !== undefined)
            items.push(shorter);
        if (items.length === 0)
            break;
        kept.push({ ...section, items });
        used += separator + sectionLength({ ...section, items });
        if (items.length < section.items.length || shorter !== undefined)
            break;
    }
    const said = truncationNote(maxLength, leftOut(all, kept));
    if (!kept.length)
        return said + '\n';
    return join(kept) + '\n' + said + '\n';
}
/** The smallest `maxLength` that still leaves room for the heading and the truncation note. */
const MIN_MARKDOWN_LENGTH = 400;
function renderMarkdown(result, options = {}) {
    const sections = [
        headingSection(result, options.title ?? 'driftcheck'),
        matrixSection(result),
        faultSection(result),
        notProbedSection(result),
        previewSection(result),
        servicesSection(result),
        evidenceSection(result)
    ].filter((s) => s.items.length);
    const full = join(sections);
    const max = options.maxLength;
    if (max !== undefined && !(Number.isInteger(max) && max >= MIN_MARKDOWN_LENGTH)) {
        throw new errors/* UsageError */.eb(`maxLength must be an integer of at least ${MIN_MARKDOWN_LENGTH} characters, got ${max}`);
    }
    if (max === undefined || full.length <= max)
        return full;
    const withoutEvidence = sections.filter((s) => !s.evidence);
    const evidence = sections.find((s) => s.evidence);
    const noted = join(withoutEvidence) +
        '\n' +
        truncationNote(max, leftOut([...withoutEvidence, ...(evidence ? [evidence] : [])], withoutEvidence)) +
        '\n';
    if (noted.length <= max)
        return noted;
    return truncate(withoutEvidence, max, evidence);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for code scanning: one rule per verdict kind, one result per failing or erroring feature, located at
 * the feature's declaration in the config (file/line/column) and at its `source` paths, relative to `%SRCROOT%`.
 */





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_RULES = model/* FEATURE_VERDICTS */.wv.filter((v) => v !== 'pass');
const RULE_NAME = {
    'missing-in-source': 'MissingInSource',
    'build-drift': 'BuildDrift',
    'runtime-drift': 'RuntimeDrift',
    'route-missing': 'RouteMissing',
    'auth-failed': 'AuthFailed',
    error: 'CouldNotCheck'
};
const RULE_SUMMARY = {
    'missing-in-source': 'The feature is not in the source tree.',
    'build-drift': 'The feature is in the source but not in the image built from it.',
    'runtime-drift': 'The feature is in the built image but not in the running container.',
    'route-missing': 'The feature is deployed but its route is not exposed.',
    'auth-failed': 'The route is exposed but does not work after authentication.',
    error: 'A layer could not be checked, so the feature is not proven.'
};
function level(verdict) {
    return verdict === 'error' ? 'warning' : 'error';
}
function rule(verdict) {
    const help = `Typical cause: ${VERDICT_CAUSE[verdict]}. What to do: ${VERDICT_HINT[verdict]}.`;
    return {
        id: verdict,
        name: RULE_NAME[verdict],
        shortDescription: { text: RULE_SUMMARY[verdict] },
        fullDescription: { text: `${RULE_SUMMARY[verdict]} Typical cause: ${VERDICT_CAUSE[verdict]}.` },
        help: {
            text: help,
            markdown: `**Typical cause:** ${VERDICT_CAUSE[verdict]}.\n\n**What to do:** ${VERDICT_HINT[verdict]}.`
        },
        defaultConfiguration: { level: level(verdict) }
    };
}
/**
 * A path relative to the checkout as a URI reference: forward slashes, no leading `./`, each segment percent-encoded
 * (spaces, `#`, `%`, `?` would otherwise change what the URI means). Absolute paths become `file://` URIs.
 */
function toUri(path) {
    const slashed = path.replace(/\\/g, '/');
    const encode = (p) => p.split('/').map(encodeURIComponent).join('/');
    if (slashed.startsWith('/'))
        return { uri: `file://${encode(slashed)}` };
    return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}
function locations(feature) {
    const out = [];
    if (feature.location) {
        out.push({
            physicalLocation: {
                artifactLocation: toUri(feature.location.file),
                region: { startLine: feature.location.line, startColumn: feature.location.column }
            }
        });
    }
    for (const path of feature.source ?? []) {
        if (path.trim())
            out.push({ physicalLocation: { artifactLocation: toUri(path) } });
    }
    return out;
}
/** Stable across runs for the same feature and verdict, so code scanning tracks one alert instead of opening new ones. */
function fingerprint(feature) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${feature.name}\0${feature.verdict}`).digest('hex').slice(0, 32);
}
/** A result saved before replicas were reported: its single-valued fields are the one replica it knew. */
function leadReplica(s) {
    const image = s.runningImage ?? '';
    return {
        container: s.container ?? '',
        image,
        revision: s.runningRevision,
        created: s.runningCreated ?? null,
        stale: s.stale
    };
}
/** Every stale running container, as facts: a stale replica whose paths are all there is no alert, but it is on record. */
function staleReplicas(result) {
    return result.services.flatMap((s) => (s.replicas ?? (s.stale && s.runningImage ? [leadReplica(s)] : []))
        .filter((r) => r.stale)
        .map((r) => ({
        service: (0,sanitize/* oneLine */.TN)(s.name),
        container: (0,sanitize/* oneLine */.TN)(r.container),
        image: r.image,
        revision: r.revision,
        created: r.created,
        ...(r.host ? { host: (0,sanitize/* oneLine */.TN)(r.host) } : {})
    })));
}
/**
 * The rule of an OpenAPI operation that was not probed (`notProbed`): a `note`, not an alert (nothing failed), listed only
 * when a run has one, after the verdict rules.
 */
const NOT_PROBED_RULE_ID = 'not-probed';
const NOT_PROBED_RULE = {
    id: NOT_PROBED_RULE_ID,
    name: 'NotProbed',
    shortDescription: { text: 'An OpenAPI operation was not probed, so a pass says nothing about it.' },
    fullDescription: {
        text: 'An OpenAPI operation was not probed (a path parameter without an example, an unsafe method anyone may call, or x-driftcheck-probe: false), so a pass says nothing about it.'
    },
    help: {
        text: 'Give the operation what it needs to be probed, as the result says, or accept that the run does not cover it.',
        markdown: 'Give the operation what it needs to be probed, as the result says, or accept that the run does not cover it.'
    },
    defaultConfiguration: { level: 'note' }
};
/** One `note` per operation not probed, at its feature's declaration; stable per feature, method and path. */
function notProbedResults(result) {
    return result.features.flatMap((feature) => (feature.notProbed ?? []).map((operation) => ({
        ruleId: NOT_PROBED_RULE_ID,
        ruleIndex: SARIF_RULES.length,
        level: 'note',
        message: { text: `${(0,sanitize/* oneLine */.TN)(feature.name)}: ${(0,sanitize/* oneLine */.TN)(notProbedSentence(operation))}` },
        locations: locations(feature),
        partialFingerprints: {
            'driftcheckFeature/v1': (0,external_node_crypto_.createHash)('sha256')
                .update(`${feature.name}\0${NOT_PROBED_RULE_ID}\0${operation.method}\0${operation.path}`)
                .digest('hex')
                .slice(0, 32)
        },
        properties: {
            feature: (0,sanitize/* oneLine */.TN)(feature.name),
            service: (0,sanitize/* oneLine */.TN)(operation.service),
            method: (0,sanitize/* oneLine */.TN)(operation.method),
            path: (0,sanitize/* oneLine */.TN)(operation.path),
            reason: operation.reason,
            ...(operation.operationId ? { operationId: (0,sanitize/* oneLine */.TN)(operation.operationId) } : {})
        }
    })));
}
function renderSarif(result) {
    const failing = result.features.filter((f) => f.verdict !== 'pass');
    const notProbed = notProbedResults(result);
    const stale = staleReplicas(result);
    const endTime = new Date(Date.parse(result.startedAt) + result.durationMs);
    const sarif = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'driftcheck',
                        rules: [...SARIF_RULES.map(rule), ...(notProbed.length ? [NOT_PROBED_RULE] : [])]
                    }
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        startTimeUtc: new Date(result.startedAt).toISOString(),
                        endTimeUtc: endTime.toISOString()
                    }
                ],
                results: [
                    ...failing.map((feature) => ({
                        ruleId: feature.verdict,
                        ruleIndex: SARIF_RULES.indexOf(feature.verdict),
                        level: level(feature.verdict),
                        message: { text: explainFeature(feature) },
                        locations: locations(feature),
                        partialFingerprints: { 'driftcheckFeature/v1': fingerprint(feature) },
                        properties: { feature: (0,sanitize/* oneLine */.TN)(feature.name), verdict: feature.verdict, faultLine: feature.faultLine }
                    })),
                    ...notProbed
                ],
                properties: {
                    revision: result.revision,
                    verdict: result.verdict,
                    ...(stale.length ? { staleReplicas: stale } : {})
                }
            }
        ]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/rollout.ts


const STATE_WORDS = {
    deployed: 'deployed, verified',
    'rolled-back': 'rolled back',
    failed: 'failed, left as it is',
    'not-reached': 'not deployed: the rollout stopped before it'
};
/** `rollout of 9f8e7d6, 1 host at a time: stopped at batch 2 (node-2): …` */
function rolloutHeadline(rollout) {
    const each = `${rollout.batchSize} host${rollout.batchSize === 1 ? '' : 's'} at a time`;
    const head = `rollout of ${(0,units/* shortRevision */.w7)(rollout.revision)}, ${each}`;
    if (!rollout.stopped)
        return `${head}: every batch deployed and verified`;
    const { batch, hosts, reason } = rollout.stopped;
    return `${head}: stopped at batch ${batch} (${hosts.join(', ')}): ${(0,sanitize/* oneLine */.TN)(reason)}`;
}
/** `node-2 runs a1b2c3d (rolled back)`; with services on other revisions, each named. */
function hostRolloutLine(host) {
    const state = STATE_WORDS[host.state];
    if (host.error)
        return `${host.host} (batch ${host.batch}, ${state}): could not be looked at: ${(0,sanitize/* oneLine */.TN)(host.error)}`;
    const services = Object.entries(host.revisions);
    const running = services.filter(([, revisions]) => revisions.length > 0);
    const all = [...new Set(running.flatMap(([, revisions]) => revisions))];
    const runs = running.length === 0
        ? 'runs none of the services'
        : all.length === 1 && running.length === services.length
            ? `runs ${revisionWords(all[0])}`
            : services
                .map(([service, revisions]) => revisions.length ? `${service} ${revisions.map(revisionWords).join(' and ')}` : `${service} not running`)
                .join(', ');
    return `${host.host} ${runs} (batch ${host.batch}, ${state})`;
}
function revisionWords(revision) {
    return revision ? (0,units/* shortRevision */.w7)((0,sanitize/* oneLine */.TN)(revision)) : 'an image without a revision label';
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: the feature × layer matrix, the services in plain words, one sentence per failing feature,
 * then the verdict and the duration. Colour only when asked; user text never carries control characters through.
 */








// Plain ANSI SGR codes rather than util.styleText: styleText strips colour by itself when stdout is not a TTY
// (Node >= 22.13), and the caller has already decided.
const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] };
const SYMBOL = { pass: '✓', fail: '✗', skip: '–', error: '!' };
const STATUS_STYLE = { pass: 'green', fail: 'red', skip: 'dim', error: 'yellow' };
const RUN_STYLE = { pass: 'green', fail: 'red', error: 'yellow' };
const FRESHNESS_MARK = { stale: 'stale', fresh: 'fresh', unknown: '  ?  ' };
const ROLLOUT_MARK = { deployed: '✓', 'rolled-back': '↺', failed: '✗', 'not-reached': '–' };
const FRESHNESS_STYLE = { stale: 'red', fresh: 'green', unknown: 'yellow' };
function width(text) {
    return [...text].length;
}
function renderText(result, options = {}) {
    const paint = (style, text) => options.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
    // Pads on the plain text, then paints, so escape codes never skew the columns.
    const cell = (text, size, style) => {
        const padded = text + ' '.repeat(Math.max(0, size - width(text)));
        return style ? paint(style, text) + padded.slice(text.length) : padded;
    };
    const lines = [];
    const title = (0,sanitize/* oneLine */.TN)(options.title ?? 'driftcheck');
    lines.push(`${paint('bold', title)} · revision ${(0,units/* shortRevision */.w7)(result.revision && (0,sanitize/* oneLine */.TN)(result.revision))} · ${(0,sanitize/* oneLine */.TN)(result.startedAt)}`);
    lines.push('');
    // Many features: the passing ones are one line per layer, the matrix lists the others.
    const grouped = groupsPassing(result);
    const rows = grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features;
    if (grouped) {
        const passing = result.features.length - rows.length;
        lines.push(paint('bold', `${passing} of ${result.features.length} features pass`) + ' (each is in --format json)');
        const layerWidth = Math.max(...model/* LAYERS */.RR.map(width));
        for (const { layer, counts } of passingByLayer(result.features)) {
            const parts = counts.map(([status, n]) => paint(STATUS_STYLE[status], `${SYMBOL[status]} ${n}`));
            lines.push(`  ${cell(layer, layerWidth)}  ${parts.join('  ')}`);
        }
        lines.push('');
    }
    if (rows.length) {
        const names = rows.map((f) => (0,sanitize/* oneLine */.TN)(f.name));
        const nameWidth = Math.max(width('feature'), ...names.map(width));
        const verdictWidth = Math.max(width('verdict'), ...rows.map((f) => width(f.verdict)));
        lines.push([cell('feature', nameWidth), cell('verdict', verdictWidth), ...model/* LAYERS */.RR.map((l) => cell(l, l.length))]
            .join('  ')
            .trimEnd());
        rows.forEach((feature, i) => {
            const status = (layer) => feature.layers.find((l) => l.layer === layer)?.status ?? 'skip';
            const row = [
                cell(names[i], nameWidth),
                cell(feature.verdict, verdictWidth, feature.verdict === 'pass' ? 'green' : feature.verdict === 'error' ? 'yellow' : 'red'),
                ...model/* LAYERS */.RR.map((layer) => cell(SYMBOL[status(layer)], layer.length, STATUS_STYLE[status(layer)]))
            ];
            lines.push(row.join('  ').trimEnd());
        });
        lines.push(paint('dim', `${SYMBOL.pass} pass  ${SYMBOL.fail} fail  ${SYMBOL.skip} skip  ${SYMBOL.error} could not check`));
        lines.push('');
    }
    if (result.services.length) {
        lines.push(paint('bold', 'services'));
        for (const service of result.services) {
            const freshness = serviceFreshness(service);
            const mark = freshness ? paint(FRESHNESS_STYLE[freshness], FRESHNESS_MARK[freshness]) : paint('dim', '     ');
            lines.push(`  ${mark}  ${explainService(service, result.revision, result.startedAt)}`);
            // One line per stale replica, under its service.
            for (const line of staleReplicaLines(service, result.startedAt))
                lines.push(`         ↳ ${line}`);
        }
        lines.push('');
    }
    if (result.preview) {
        const [headline, ...rest] = (0,report_preview/* previewLines */.IE)(result.preview);
        lines.push(paint('bold', headline));
        for (const line of rest)
            lines.push(`  ${line}`);
        for (const item of (0,report_preview/* notReadyItems */.T2)(result.preview)) {
            lines.push(`  ${paint('yellow', SYMBOL.error)} ${item.line}`);
            lines.push(`      ${paint('dim', (0,report_preview/* logsHeadline */.Qw)(item.logs))}`);
            for (const log of item.logs)
                lines.push(`        ${log}`);
        }
        lines.push('');
    }
    if (result.rollout) {
        lines.push(paint('bold', rolloutHeadline(result.rollout)));
        for (const host of result.rollout.hosts) {
            const style = host.state === 'deployed' ? 'green' : host.state === 'not-reached' ? 'dim' : 'red';
            lines.push(`  ${paint(style, ROLLOUT_MARK[host.state])} ${hostRolloutLine(host)}`);
        }
        lines.push('');
    }
    const failing = result.features.filter((f) => f.verdict !== 'pass');
    if (failing.length) {
        lines.push(paint('bold', 'fault lines'));
        for (const feature of failing) {
            const mark = paint(feature.verdict === 'error' ? 'yellow' : 'red', SYMBOL[feature.verdict === 'error' ? 'error' : 'fail']);
            const { items, leftOut } = faultItems(feature, {
                services: result.services,
                revision: result.revision,
                now: result.startedAt
            });
            // No item (no layer ran): the one sentence says why on its own.
            lines.push(`  ${mark} ${items.length ? explainHeadline(feature) : explainFeature(feature)}`);
            const layerWidth = Math.max(0, ...items.map((item) => item.layer.length));
            for (const item of items)
                lines.push(`      ${cell(item.layer, layerWidth, 'dim')}  ${item.text}`);
            if (leftOut)
                lines.push(`      ${paint('dim', `… and ${leftOut} more (every check is in --format json)`)}`);
        }
        lines.push('');
    }
    const notProbed = notProbedLines(result);
    if (notProbed.total) {
        lines.push(paint('bold', notProbedHeadline(notProbed.total)));
        const featureWidth = Math.max(...notProbed.lines.map((line) => width(line.feature)));
        for (const line of notProbed.lines)
            lines.push(`  ${paint('yellow', '–')} ${cell(line.feature, featureWidth, 'dim')}  ${line.text}`);
        if (notProbed.leftOut)
            lines.push(`    ${paint('dim', `… and ${notProbed.leftOut} more (each is in --format json)`)}`);
        lines.push('');
    }
    lines.push(`${paint(RUN_STYLE[result.verdict], paint('bold', result.verdict.toUpperCase()))} — ${verdictLine(result)}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/parse.ts
/**
 * `driftcheck report RESULT.json`: read a saved result back, checking it is a version-1 RunResult before any format
 * renders it. Every problem is one line naming the file and the field (`result.json: features[0].verdict is "ok"; …`).
 */



class Invalid extends Error {
}
function show(value) {
    const text = value === undefined ? 'missing' : JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function fail(path, value, expected) {
    throw new Invalid(value === undefined ? `${path} is missing (${expected})` : `${path} is ${show(value)}; expected ${expected}`);
}
function object(value, path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(path, value, 'an object');
    return value;
}
function array(value, path) {
    if (!Array.isArray(value))
        fail(path, value, 'an array');
    return value;
}
function string(value, path) {
    if (typeof value !== 'string')
        fail(path, value, 'a string');
}
/** An object of strings (a probe's path parameters). */
function stringValues(value, path) {
    for (const [key, item] of Object.entries(object(value, path)))
        string(item, `${path}.${key}`);
}
function nullableString(value, path) {
    if (value !== null && typeof value !== 'string')
        fail(path, value, 'a string or null');
}
function duration(value, path) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        fail(path, value, 'a duration in ms (>= 0)');
}
function oneOf(value, allowed, path) {
    if (typeof value !== 'string' || !allowed.includes(value))
        fail(path, value, `one of ${allowed.join(', ')}`);
}
function optional(record, key, check, path) {
    if (record[key] !== undefined)
        check(record[key], `${path}.${key}`);
}
function strings(value, path) {
    array(value, path).forEach((item, i) => string(item, `${path}[${i}]`));
}
function httpStatus(value, path) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 100 || value > 599)
        fail(path, value, 'an HTTP status (100-599)');
}
function validateControl(value, path) {
    const control = object(value, path);
    string(control.target, `${path}.target`);
    string(control.observed, `${path}.observed`);
    oneOf(control.comparison, model/* CONTROL_COMPARISONS */.Jb, `${path}.comparison`);
    optional(control, 'httpStatus', httpStatus, path);
    optional(control, 'digest', string, path);
}
function validateCheck(value, path) {
    const check = object(value, path);
    string(check.target, `${path}.target`);
    oneOf(check.status, model/* CHECK_STATUSES */.Qw, `${path}.status`);
    string(check.observed, `${path}.observed`);
    optional(check, 'service', string, path);
    optional(check, 'host', string, path);
    optional(check, 'expected', string, path);
    optional(check, 'latencyMs', duration, path);
    optional(check, 'httpStatus', httpStatus, path);
    optional(check, 'digest', string, path);
    optional(check, 'summary', string, path);
    optional(check, 'decidedBy', (v, p) => oneOf(v, model/* LAYERS */.RR, p), path);
    optional(check, 'template', string, path);
    optional(check, 'params', stringValues, path);
    optional(check, 'matched', strings, path);
    if (check.controls !== undefined) {
        array(check.controls, `${path}.controls`).forEach((c, i) => validateControl(c, `${path}.controls[${i}]`));
    }
    optional(check, 'output', string, path);
}
function validateSharedStep(value, path) {
    const step = object(value, path);
    oneOf(step.layer, model/* LAYERS */.RR, `${path}.layer`);
    string(step.service, `${path}.service`);
    string(step.target, `${path}.target`);
    oneOf(step.status, model/* SHARED_STEP_STATUSES */.a3, `${path}.status`);
    string(step.observed, `${path}.observed`);
    duration(step.durationMs, `${path}.durationMs`);
}
function validateLayer(value, path) {
    const layer = object(value, path);
    oneOf(layer.layer, model/* LAYERS */.RR, `${path}.layer`);
    oneOf(layer.status, model/* LAYER_STATUSES */.N6, `${path}.status`);
    duration(layer.durationMs, `${path}.durationMs`);
    if (layer.shared !== undefined) {
        array(layer.shared, `${path}.shared`).forEach((s, i) => validateSharedStep(s, `${path}.shared[${i}]`));
    }
    const evidence = object(layer.evidence, `${path}.evidence`);
    string(evidence.summary, `${path}.evidence.summary`);
    optional(evidence, 'commands', strings, `${path}.evidence`);
    if (evidence.checks !== undefined) {
        array(evidence.checks, `${path}.evidence.checks`).forEach((c, i) => validateCheck(c, `${path}.evidence.checks[${i}]`));
    }
}
function validateLocation(value, path) {
    const location = object(value, path);
    string(location.file, `${path}.file`);
    for (const key of ['line', 'column']) {
        const n = location[key];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
            fail(`${path}.${key}`, n, 'a positive integer');
    }
}
function validateFeature(value, path) {
    const feature = object(value, path);
    string(feature.name, `${path}.name`);
    oneOf(feature.verdict, model/* FEATURE_VERDICTS */.wv, `${path}.verdict`);
    if (feature.faultLine !== null)
        oneOf(feature.faultLine, model/* LAYERS */.RR, `${path}.faultLine`);
    array(feature.layers, `${path}.layers`).forEach((l, i) => validateLayer(l, `${path}.layers[${i}]`));
    optional(feature, 'source', strings, path);
    optional(feature, 'location', validateLocation, path);
    optional(feature, 'notProbed', (list, at) => array(list, at).forEach((n, i) => validateNotProbed(n, `${at}[${i}]`)), path);
}
function validateNotProbed(value, path) {
    const operation = object(value, path);
    for (const key of ['service', 'method', 'path'])
        string(operation[key], `${path}.${key}`);
    optional(operation, 'operationId', string, path);
    oneOf(operation.reason, model/* NOT_PROBED_REASONS */.$_, `${path}.reason`);
    optional(operation, 'parameters', strings, path);
}
function validateService(value, path) {
    const service = object(value, path);
    string(service.name, `${path}.name`);
    nullableString(service.builtImage, `${path}.builtImage`);
    nullableString(service.runningImage, `${path}.runningImage`);
    nullableString(service.runningRevision, `${path}.runningRevision`);
    if (typeof service.stale !== 'boolean')
        fail(`${path}.stale`, service.stale, 'true or false');
    optional(service, 'runningCreated', nullableString, path);
    optional(service, 'container', nullableString, path);
    if (service.replicas !== undefined) {
        array(service.replicas, `${path}.replicas`).forEach((r, i) => validateReplica(r, `${path}.replicas[${i}]`));
    }
}
function validateReplica(value, path) {
    const replica = object(value, path);
    string(replica.container, `${path}.container`);
    string(replica.image, `${path}.image`);
    nullableString(replica.revision, `${path}.revision`);
    nullableString(replica.created, `${path}.created`);
    if (typeof replica.stale !== 'boolean')
        fail(`${path}.stale`, replica.stale, 'true or false');
    if (replica.judgedBy !== undefined && replica.judgedBy !== null)
        oneOf(replica.judgedBy, model/* FRESHNESS_BASES */.p6, `${path}.judgedBy`);
    optional(replica, 'host', string, path);
    if (replica.task !== undefined) {
        const task = object(replica.task, `${path}.task`);
        for (const key of ['name', 'state', 'image', 'specImage'])
            string(task[key], `${path}.task.${key}`);
    }
}
function validateRollout(value, path) {
    const rollout = object(value, path);
    nullableString(rollout.revision, `${path}.revision`);
    const size = rollout.batchSize;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
        fail(`${path}.batchSize`, size, 'a whole number >= 1');
    if (rollout.stopped !== null) {
        const stopped = object(rollout.stopped, `${path}.stopped`);
        strings(stopped.hosts, `${path}.stopped.hosts`);
        string(stopped.reason, `${path}.stopped.reason`);
    }
    array(rollout.hosts, `${path}.hosts`).forEach((h, i) => {
        const host = object(h, `${path}.hosts[${i}]`);
        string(host.host, `${path}.hosts[${i}].host`);
        oneOf(host.state, model/* HOST_ROLLOUT_STATES */.CA, `${path}.hosts[${i}].state`);
        const revisions = object(host.revisions, `${path}.hosts[${i}].revisions`);
        for (const [service, list] of Object.entries(revisions))
            array(list, `${path}.hosts[${i}].revisions.${service}`).forEach((r, j) => nullableString(r, `${path}.hosts[${i}].revisions.${service}[${j}]`));
        optional(host, 'error', string, `${path}.hosts[${i}]`);
    });
}
function validatePreview(value, path) {
    const preview = object(value, path);
    string(preview.project, `${path}.project`);
    strings(preview.services, `${path}.services`);
    array(preview.urls, `${path}.urls`).forEach((u, i) => {
        const url = object(u, `${path}.urls[${i}]`);
        for (const key of ['service', 'from', 'to'])
            string(url[key], `${path}.urls[${i}].${key}`);
    });
    array(preview.leftOut, `${path}.leftOut`).forEach((l, i) => {
        const left = object(l, `${path}.leftOut[${i}]`);
        string(left.feature, `${path}.leftOut[${i}].feature`);
        strings(left.services, `${path}.leftOut[${i}].services`);
    });
    optional(preview, 'readyTimeoutMs', duration, path);
    if (preview.notReady !== undefined)
        array(preview.notReady, `${path}.notReady`).forEach((n, i) => validateNotReady(n, `${path}.notReady[${i}]`));
}
/** The fields each reason carries (`PreviewNotReadyService`). */
const NOT_READY_FIELDS = {
    'no-container': { strings: [], numbers: [] },
    exited: { strings: ['container', 'state'], numbers: [] },
    starting: { strings: ['container', 'state'], numbers: [] },
    'port-closed': { strings: ['container'], numbers: ['port', 'target'] }
};
function validateNotReady(value, path) {
    const service = object(value, path);
    string(service.service, `${path}.service`);
    oneOf(service.reason, model/* PREVIEW_NOT_READY_REASONS */.rQ, `${path}.reason`);
    string(service.logs, `${path}.logs`);
    const fields = NOT_READY_FIELDS[service.reason];
    for (const key of fields.strings)
        string(service[key], `${path}.${key}`);
    for (const key of fields.numbers)
        port(service[key], `${path}.${key}`);
    if (service.reason === 'exited' && service.exitCode !== null && !Number.isInteger(service.exitCode))
        fail(`${path}.exitCode`, service.exitCode, 'an exit code or null');
}
function port(value, path) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 65535)
        fail(path, value, 'a port (0-65535)');
}
function validateRun(value) {
    const run = object(value, 'the result');
    if (run.version !== 1)
        fail('version', run.version, '1 (a driftcheck version-1 result)');
    oneOf(run.verdict, model/* RUN_VERDICTS */.Z4, 'verdict');
    nullableString(run.revision, 'revision');
    string(run.startedAt, 'startedAt');
    if (Number.isNaN(Date.parse(run.startedAt)))
        fail('startedAt', run.startedAt, 'an ISO 8601 date');
    duration(run.durationMs, 'durationMs');
    array(run.services, 'services').forEach((s, i) => validateService(s, `services[${i}]`));
    array(run.features, 'features').forEach((f, i) => validateFeature(f, `features[${i}]`));
    if (run.rollout !== undefined)
        validateRollout(run.rollout, 'rollout');
    if (run.preview !== undefined)
        validatePreview(run.preview, 'preview');
    return run;
}
/** Parses and validates a saved driftcheck JSON result; throws a one-line `UsageError` naming `file` and the problem. */
function parseResult(text, file) {
    const name = (0,sanitize/* oneLine */.TN)(file);
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const reason = error.message.replace(/\s+/g, ' ').trim();
        throw new errors/* UsageError */.eb(`${name}: not a driftcheck result: invalid JSON (${reason})`);
    }
    try {
        return validateRun(value);
    }
    catch (error) {
        if (error instanceof Invalid)
            throw new errors/* UsageError */.eb(`${name}: not a valid driftcheck result: ${error.message}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * Reports: pure functions of a `RunResult`. `render` picks the format; `parseResult` reads a saved JSON result back
 * for `driftcheck report RESULT.json`.
 */






const REPORT_FORMATS = ['text', 'json', 'markdown', 'junit', 'sarif'];
/** GitHub's limit for an issue/PR comment body. */
const GITHUB_COMMENT_MAX_LENGTH = 65536;
function isReportFormat(value) {
    return REPORT_FORMATS.includes(value);
}
function render(result, format, options = {}) {
    switch (format) {
        case 'text':
            return renderText(result, options);
        case 'json':
            return renderJson(result);
        case 'markdown':
            return renderMarkdown(result, options);
        case 'junit':
            return renderJunit(result, options);
        case 'sarif':
            return renderSarif(result);
        default:
            throw new errors/* UsageError */.eb(`Unknown report format '${String(format)}'. Expected one of ${REPORT_FORMATS.join(', ')}.`);
    }
}
/** The file extension a report of this format is usually saved with. */
const REPORT_EXTENSION = {
    text: 'txt',
    json: 'json',
    markdown: 'md',
    junit: 'xml',
    sarif: 'sarif'
};





/***/ }),

/***/ 5566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ previewLines),
/* harmony export */   Qw: () => (/* binding */ logsHeadline),
/* harmony export */   T2: () => (/* binding */ notReadyItems),
/* harmony export */   Wj: () => (/* binding */ notReadyText)
/* harmony export */ });
/* unused harmony export notReadyLine */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52184);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91211);


/**
 * A preview's facts in words: the headline, then one line per rewritten URL
 * (`api: http://api.example.com → http://127.0.0.1:49213 (preview)`) and per feature left out.
 */
function previewLines(preview) {
    const lines = [
        `preview: project ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(preview.project)} on this machine's engine (started ${preview.services.map(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN).join(', ')}; torn down afterwards)`
    ];
    for (const url of preview.urls)
        lines.push(`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(url.service)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(url.from)} → ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(url.to)} (preview)`);
    for (const left of preview.leftOut)
        lines.push(`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(left.feature)}: left out, it checks ${left.services.map(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN).join(', ')}, which the preview does not start`);
    return lines;
}
/**
 * Why one started service is not ready, in one line; with the wait it was given (`readyTimeoutMs`), the deadline is named
 * by its length (a result saved before it was recorded says "at the deadline").
 */
function notReadyLine(n, readyTimeoutMs) {
    const deadline = readyTimeoutMs === undefined ? 'at the deadline' : `after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(readyTimeoutMs)}`;
    const within = readyTimeoutMs === undefined ? 'at the deadline' : `within ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(readyTimeoutMs)}`;
    const service = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.service);
    switch (n.reason) {
        case 'no-container':
            return `${service}: no container was created`;
        case 'exited':
            return `${service}: container ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.container)} ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.state)}${n.exitCode === null ? '' : ` with exit code ${n.exitCode}`} before it was ready`;
        case 'starting':
            return `${service}: container ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.container)} is still ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.state)} ${deadline}`;
        case 'port-closed':
            return `${service}: container ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(n.container)} runs, but its port ${n.target} (127.0.0.1:${n.port}) accepts no connection ${within}`;
    }
}
function notReadyItems(preview) {
    return (preview.notReady ?? []).map((n) => ({
        line: notReadyLine(n, preview.readyTimeoutMs),
        logs: logLines(n)
    }));
}
/** `its last log lines:` or `it logged nothing`: the head of a not-ready service's logs. */
function logsHeadline(logs) {
    return logs.length ? 'its last log lines:' : 'it logged nothing';
}
function logLines(n) {
    return n.logs
        .split('\n')
        .filter((l) => l.trim())
        .map(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN);
}
/** The not-ready services, each with its last log lines indented under it (stderr, the action's log). */
function notReadyText(preview) {
    const lines = [];
    for (const item of notReadyItems(preview)) {
        lines.push(`preview: ${item.line}`, `  ${logsHeadline(item.logs)}`);
        for (const line of item.logs)
            lines.push(`    ${line}`);
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 91211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   CS: () => (/* binding */ clipWords),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   xx: () => (/* binding */ visibleControls)
/* harmony export */ });
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12258);
/**
 * User text (feature names, paths, evidence) reaches terminals, XML, Markdown and annotations. These helpers keep it
 * inert: control characters become visible escapes so a name cannot move the cursor, inject colour or break a line.
 */

// C0 controls except tab/newline/CR, DEL, and C1 controls (ESC sequences, CSI).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function escapeControl(char) {
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
/** Control characters shown as `\x1b`; tabs and line breaks kept. */
function visibleControls(text) {
    return text.replace(CONTROL, escapeControl);
}
/** One line: control characters visible, all whitespace runs (newlines included) collapsed to one space. */
function oneLine(text) {
    return visibleControls(text).replace(/\s+/g, ' ').trim();
}
/**
 * An error in one line, by the same rule: a tool's error is a header plus its output's tail, so the header and the last two
 * lines (where the cause is) are kept, joined with ` — `.
 */
function errorLine(message) {
    const lines = message.split('\n').filter((line) => line.trim());
    const kept = lines.length <= 3 ? lines : [lines[0], '…', ...lines.slice(-2)];
    return kept.map(oneLine).join(' — ');
}
/** At most `max` characters, with an ellipsis when cut (never splits a surrogate pair, nor a `***` redaction marker). */
function clip(text, max) {
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(text, max);
}
/**
 * At most `max` characters, cut after the last whole word that fits, with `…`: a reader never sees half a word (or half an
 * ID). Only one unbroken run of characters longer than `max` is cut inside, as there is no word boundary to cut at.
 */
function clipWords(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    const room = Math.max(0, max - 2); // for ' …'
    // Back to the last whitespace at or before `room`: everything before it is whole words.
    let cut = room;
    while (cut > 0 && !/\s/.test(chars[cut]))
        cut--;
    if (cut === 0)
        return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(text, max);
    return (chars
        .slice(0, cut)
        .join('')
        .replace(/[\s,;:—-]+$/, '') + ' …');
}


/***/ }),

/***/ 23974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vb: () => (/* binding */ apiDescriptionsFor),
  Dl: () => (/* binding */ sourceTreeAt),
  tN: () => (/* binding */ sourceTreeFor),
  rS: () => (/* binding */ withDeps)
});

// UNUSED EXPORTS: createDeps

// EXTERNAL MODULE: ./src/adapters/compose.ts + 6 modules
var adapters_compose = __webpack_require__(99471);
// EXTERNAL MODULE: ./src/adapters/docker.ts + 5 modules
var adapters_docker = __webpack_require__(75454);
// EXTERNAL MODULE: ./src/adapters/docker/endpoint.ts
var endpoint = __webpack_require__(3044);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var exec = __webpack_require__(77911);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/adapters/git/asks.ts
var asks = __webpack_require__(57829);
;// CONCATENATED MODULE: ./src/adapters/git.ts







/**
 * The checkout, as git sees it: a path counts when it is tracked (a stray untracked file is not "in the source").
 * Outside a git work tree (a tarball, an export) it falls back to the filesystem. Every git call goes through the runner.
 */
class GitSourceTree {
    root;
    runner;
    logger;
    files;
    constructor(root, runner, logger = ports/* silentLogger */.qq) {
        this.root = root;
        this.runner = runner;
        this.logger = logger;
    }
    async revision() {
        const result = await this.git([...asks/* GIT_ASKS */.M.revision]);
        return result?.exitCode === 0 ? result.stdout.trim() || null : null;
    }
    /** The committer date of HEAD (ISO 8601): a build stamped with it is reproducible, so the same commit gives the same image. */
    async revisionDate() {
        const result = await this.git([...asks/* GIT_ASKS */.M.revisionDate]);
        return result?.exitCode === 0 ? result.stdout.trim() || null : null;
    }
    async dirty() {
        // Untracked files count: a build context takes them (unless .dockerignore says otherwise). Outside git: unknown, not dirty.
        const result = await this.git([...asks/* GIT_ASKS */.M.dirty]);
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
        const inside = await this.git([...asks/* GIT_ASKS */.M.insideWorkTree]);
        if (inside === null)
            return null;
        if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
            if (/dubious ownership/i.test(inside.stderr)) {
                throw new errors/* InfraError */.Ri(`git refuses to read ${this.root}: the repository is owned by another user`, `git config --global --add safe.directory ${this.root}`);
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
            if (strict || !(error instanceof errors/* InfraError */.Ri) || !/not installed/.test(error.message))
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
    return picomatch_default().scan(pattern).isGlob;
}
/** Pure: `pattern` (normalised) against a list of files relative to the root. */
function matchList(files, pattern) {
    if (pattern === '' || pattern === '.')
        return [...files].sort();
    if (isGlob(pattern)) {
        const matches = picomatch_default()(pattern, { dot: true });
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
        const hits = await (0,dist/* glob */.TI)([pattern], { cwd: root, dot: true, onlyFiles: false, expandDirectories: false });
        return hits.sort();
    }
    const info = await (0,promises_.stat)((0,external_node_path_.join)(root, pattern || '.')).catch(() => null);
    if (!info)
        return [];
    if (!info.isDirectory())
        return [pattern];
    const base = pattern || '.';
    const inside = await (0,dist/* glob */.TI)([`${(0,dist/* escapePath */.ft)(base)}/**`], { cwd: root, dot: true, onlyFiles: true });
    // An empty folder still exists on disk (git could not have tracked it, but there is no git here).
    return inside.length > 0 ? inside.sort() : [`${base}/`];
}

;// CONCATENATED MODULE: ./src/adapters/openapi.ts



/** The operation keys of an OpenAPI path item, in the order the specification lists them. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/**
 * OpenAPI 3.0 / 3.1 documents through `@apidevtools/swagger-parser` (validation and every `$ref`, across files too). The
 * parser is loaded on the first read only: a config without `openapi` never pays for it (CLI start-up, issue #9).
 * References are resolved from files only: a document never makes driftcheck fetch a URL.
 */
class SwaggerParserDescriptions {
    async read(file) {
        await requireFile(file);
        const { default: SwaggerParser } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.t.bind(__webpack_require__, 55559, 23));
        let api;
        try {
            // `validate` dereferences as it validates: the operations come back with every `$ref` replaced.
            api = (await SwaggerParser.validate(file, { resolve: { http: false } }));
        }
        catch (error) {
            throw new errors/* ApiDescriptionError */.xZ(parserProblem(error, file));
        }
        const version = typeof api.openapi === 'string' ? api.openapi : null;
        if (!version || !/^3\.[01]\./.test(version)) {
            const written = version
                ? `OpenAPI ${version}`
                : typeof api.swagger === 'string'
                    ? `Swagger ${api.swagger}`
                    : 'no `openapi` version';
            throw new errors/* ApiDescriptionError */.xZ(`is ${written}, expected an OpenAPI 3.0 or 3.1 document`);
        }
        return describe(api, version);
    }
}
async function requireFile(file) {
    try {
        if ((await (0,promises_.stat)(file)).isDirectory())
            throw new errors/* ApiDescriptionError */.xZ('is a directory, expected an OpenAPI document');
    }
    catch (error) {
        if (error instanceof errors/* ApiDescriptionError */.xZ)
            throw error;
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`;
        throw new errors/* ApiDescriptionError */.xZ(`${why} in the checkout, expected an OpenAPI document (YAML or JSON)`);
    }
}
/**
 * The parser's error in one line: a syntax error keeps its position, a validation its first finding, a `$ref` to a file
 * that cannot be read names that file (relative to the document's folder); the code excerpt and the rest are left out.
 */
function parserProblem(error, file) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split('\n').map((line) => line.trim());
    const first = lines[0] ?? '';
    if (/^Swagger schema validation failed/i.test(first) || /^Validation failed/i.test(first)) {
        const finding = lines.slice(1).find(Boolean);
        return `is not a valid OpenAPI document: ${finding ?? first}`;
    }
    const parsing = /^Error parsing (.+?): (.*?)(?: \((\d+):(\d+)\))?$/.exec(first);
    if (parsing) {
        const [, where, what, line, column] = parsing;
        const at = line ? ` at line ${line}, column ${column}` : '';
        const of = where === file ? '' : ` in ${shownPath(where, file)}`;
        return `has a YAML/JSON syntax error${of}${at}: ${what}`;
    }
    const opening = /^Error opening file (.+?): (E[A-Z]+)\b/.exec(first);
    if (opening)
        return `refers to ${shownPath(opening[1], file)}, which cannot be read (${opening[2]})`;
    const pointer = /^Unable to resolve \$ref pointer "(.*)"/.exec(first);
    if (pointer)
        return `has a \`$ref\` that cannot be resolved from files: \`${pointer[1]}\``;
    return `cannot be read as an OpenAPI document: ${first}`;
}
/** A file the parser named, relative to the document's folder (as `$ref`s are written). */
function shownPath(target, file) {
    const shown = (0,external_node_path_.relative)((0,external_node_path_.dirname)(file), target);
    return shown && !shown.startsWith('..') ? shown : target;
}
function describe(api, version) {
    const paths = object(api.paths);
    const operations = [];
    for (const [path, item] of Object.entries(paths)) {
        const pathItem = object(item);
        for (const method of METHODS) {
            const op = pathItem[method];
            if (op && typeof op === 'object')
                operations.push(operation(path, method, object(op), pathItem));
        }
    }
    return {
        version,
        servers: servers(api.servers),
        ...(Array.isArray(api.security) ? { security: security(api.security) } : {}),
        operations
    };
}
function operation(path, method, op, pathItem) {
    return {
        method: method.toUpperCase(),
        path,
        ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
        tags: Array.isArray(op.tags) ? op.tags.filter((t) => typeof t === 'string') : [],
        servers: servers(op.servers),
        pathServers: servers(pathItem.servers),
        ...(Array.isArray(op.security) ? { security: security(op.security) } : {}),
        parameters: parameters(op.parameters),
        pathParameters: parameters(pathItem.parameters),
        driftcheckExamples: object(op['x-driftcheck-example']),
        ...(op['x-driftcheck-probe'] !== undefined ? { driftcheckProbe: op['x-driftcheck-probe'] } : {})
    };
}
function servers(value) {
    if (!Array.isArray(value))
        return [];
    return value.map(object).map((server) => ({
        url: typeof server.url === 'string' ? server.url : '',
        variables: Object.fromEntries(Object.entries(object(server.variables)).map(([name, variable]) => [name, String(object(variable).default ?? '')]))
    }));
}
function security(value) {
    return value
        .map(object)
        .map((requirement) => Object.fromEntries(Object.entries(requirement).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []])));
}
function parameters(value) {
    if (!Array.isArray(value))
        return [];
    return value.map(object).map((parameter) => {
        const schema = object(parameter.schema);
        return {
            name: String(parameter.name ?? ''),
            in: String(parameter.in ?? ''),
            ...defined('driftcheckExample', parameter['x-driftcheck-example']),
            ...defined('example', parameter.example),
            examples: Object.values(object(parameter.examples))
                .map(object)
                .filter((example) => 'value' in example)
                .map((example) => example.value),
            schema: {
                ...defined('example', schema.example),
                examples: Array.isArray(schema.examples) ? [...schema.examples] : [],
                ...defined('default', schema.default),
                enum: Array.isArray(schema.enum) ? [...schema.enum] : []
            }
        };
    });
}
function defined(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function object(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

// EXTERNAL MODULE: ./src/adapters/http.ts
var adapters_http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/runtime/engine.ts
var engine = __webpack_require__(32389);
// EXTERNAL MODULE: ./src/adapters/docker/args.ts
var args = __webpack_require__(70600);
// EXTERNAL MODULE: ./src/adapters/docker/errors.ts
var docker_errors = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/adapters/docker/inspect.ts
var inspect = __webpack_require__(8545);
;// CONCATENATED MODULE: ./src/adapters/registry/args.ts
// Pure argv builders and parsers for `docker tag/push/pull`: plain argv, so they run the same locally and over ssh.
function tagArgs(source, ref) {
    return ['tag', source, ref];
}
/** Not `--quiet`: the digest is on its last line. */
function pushArgs(ref) {
    return ['push', ref];
}
/** `--quiet`: only the reference on success (no progress lines); errors still reach stderr. */
function pullArgs(ref) {
    return ['pull', '--quiet', ref];
}
/** The manifest digest `docker push` ends with (`<tag>: digest: sha256:… size: 527`); null when it printed none. */
function parsePushDigest(stdout) {
    return /\bdigest: (sha256:[0-9a-f]{64})\b/.exec(stdout)?.[1] ?? null;
}
/**
 * The registry a reference names, as `docker login` wants it: its first component when that is a host (has `.` or `:`, or is
 * `localhost`), else Docker Hub.
 */
function registryHost(ref) {
    const first = ref.split('/')[0] ?? '';
    return ref.includes('/') && (/[.:]/.test(first) || first === 'localhost') ? first : 'docker.io';
}

;// CONCATENATED MODULE: ./src/adapters/registry/errors.ts



const PATTERNS = [
    [
        'auth',
        /unauthorized|authentication required|no basic auth credentials|denied: |requested access to the resource is denied|may require 'docker login'/i
    ],
    ['insecure', /server gave HTTP response to HTTPS client/i],
    ['tls', /x509:|certificate signed by unknown authority|tls: /i],
    [
        'not-found',
        /manifest unknown|manifest for .* not found|not found: manifest|repository .* not found|: not found$/im
    ],
    ['unreachable', /connection refused|no such host|i\/o timeout|dial tcp|no route to host|network is unreachable/i]
];
function classifyRegistryError(stderr) {
    for (const [kind, pattern] of PATTERNS)
        if (pattern.test(stderr))
            return kind;
    return 'other';
}
/**
 * A failed push or pull as one line and its fix. `where` is the machine whose engine talked to the registry (`local`, the
 * target): credentials and trust are set up there, by docker, never by driftcheck.
 */
function registryError(action, ref, where, stderr, cause) {
    const host = registryHost(ref);
    const on = where === 'local' ? 'on this machine' : `on ${where}`;
    const fix = {
        auth: `run \`docker login ${host}\` ${on} (docker keeps the credentials; driftcheck never sees them)`,
        insecure: `serve ${host} over TLS, or list it under "insecure-registries" in /etc/docker/daemon.json ${on}`,
        tls: `trust the registry's CA ${on}: /etc/docker/certs.d/${host}/ca.crt`,
        'not-found': action === 'pull'
            ? `the image was not pushed there: check that this machine and the target name the same registry (${host})`
            : `check target.registry: ${host} has no such repository`,
        unreachable: `check that ${host} is reachable ${on}`,
        other: `run \`docker ${action} ${ref}\` ${on} to see all of its output`
    };
    const kind = classifyRegistryError(stderr);
    return new errors/* InfraError */.Ri(`docker ${action} ${ref} failed (${where}): ${(0,docker_errors/* dockerMessage */.QV)(stderr) || 'no output'}`, fix[kind], cause === undefined ? undefined : { cause });
}

;// CONCATENATED MODULE: ./src/adapters/registry.ts






const QUICK_TIMEOUT_MS = 120_000;
const TRANSFER_TIMEOUT_MS = 30 * 60_000;
/**
 * `docker tag` + `docker push` through a runner (this machine's). The docker CLI reads the credentials from its own config
 * (`docker login`, credential helpers): driftcheck passes none, so none can reach a log.
 */
class DockerPublisher {
    runner;
    where;
    constructor(runner) {
        this.runner = runner;
        this.where = runner.where;
    }
    async push(source, ref) {
        await docker(this.runner, tagArgs(source, ref), QUICK_TIMEOUT_MS);
        const pushed = await docker(this.runner, pushArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) => registryError('push', ref, this.runner.where, result.stderr, error));
        return { digest: parsePushDigest(pushed.stdout) };
    }
}
/** `docker pull REF` through a runner (the target's, with its own docker login), then the pulled image's ID and revision. */
async function pullImage(runner, ref) {
    await docker(runner, pullArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) => registryError('pull', ref, runner.where, result.stderr, error));
    const inspected = await docker(runner, (0,args/* imageInspectArgs */.$4)(ref), QUICK_TIMEOUT_MS);
    try {
        const { id, revision } = (0,inspect/* parseImageInspect */.jC)(inspected.stdout);
        return { id, revision };
    }
    catch (error) {
        throw new errors/* InfraError */.Ri(`cannot read the image ${ref} pulled on ${runner.where}: ${error.message}`);
    }
}
/** One docker command; an unreachable engine is said as such, any other failure through `failure` (default: the command's). */
async function docker(runner, args, timeoutMs, failure = (_, error) => error) {
    const result = await runner.run('docker', args, { allowFailure: true, timeoutMs });
    if (result.exitCode === 0)
        return result;
    const error = new errors/* CommandError */.Qd(result.command, result.exitCode, result.stderr);
    if ((0,docker_errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable')
        throw (0,docker_errors/* unreachableError */.DZ)(runner.where, result.stderr, { cause: error });
    throw failure(result, error);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/ssh/quote.ts

// Words made only of these characters mean the same quoted or not in every POSIX shell; leaving them bare keeps logs readable.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * THE quoting function: every word that reaches the remote shell goes through here. POSIX single quotes take everything
 * literally except `'` itself, which is closed, escaped and reopened (`'\''`). NUL cannot travel in a shell word at all.
 */
function shellQuote(word) {
    if (word.includes('\0'))
        throw new errors/* UsageError */.eb('a shell word cannot contain a NUL byte');
    if (SAFE_WORD.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * One command line for the remote login shell: `cd DIR && env K=V… FILE ARG…`, every word quoted.
 * ssh joins its arguments with spaces and hands them to `$SHELL -c`, so this string is the whole remote command.
 */
function shellCommand(file, args, options = {}) {
    const words = [file, ...args].map(shellQuote);
    const env = Object.entries(options.env ?? {});
    if (env.length > 0) {
        const bad = env.find(([name]) => !ENV_NAME.test(name));
        if (bad)
            throw new errors/* UsageError */.eb(`invalid environment variable name '${bad[0]}'`);
        // `env` rather than `K=V cmd`: the assignment is then an argument, so it is quoted like any other word.
        words.unshift('env', ...env.map(([k, v]) => shellQuote(`${k}=${v}`)));
    }
    const line = words.join(' ');
    // `--`: a directory named `-x` is still a directory, not an option of cd.
    return options.cwd === undefined ? line : `cd -- ${shellQuote(options.cwd)} && ${line}`;
}

;// CONCATENATED MODULE: ./src/adapters/ship/manifest.ts

/**
 * The shipped manifest: which paths of `target.dir` driftcheck extracted there, so that the next ship removes those its
 * commit no longer has — and never anything else (a `node_modules`, data the operator put there).
 * One path per line, relative to `target.dir`; a directory ends in `/`. A path that would not survive a plain line
 * (control characters, a leading `"` or `#`) is written as a JSON string, as git quotes such paths.
 */
/** driftcheck's own folder in `target.dir`; with the lock (`.driftcheck.lock`) it is never recorded, never removed. */
const STATE_DIR = '.driftcheck';
const MANIFEST_PATH = `${STATE_DIR}/shipped`;
const RESERVED = [STATE_DIR, '.driftcheck.lock'];
const HEADER = '# driftcheck shipped v1';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_QUOTING = /[\u0000-\u001f\u007f]|^["#]/;
/** Why a path must not be in the manifest (absolute, `..`, empty segments, driftcheck's own files), or null. */
function invalidPath(path) {
    if (path === '')
        return 'empty path';
    if (path.includes('\0'))
        return 'NUL byte';
    if (path.startsWith('/'))
        return 'absolute path';
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return 'empty, `.` or `..` segment';
    if (RESERVED.includes(segments[0]))
        return `driftcheck's own ${segments[0]}`;
    return null;
}
/** The manifest entries of a `git archive` tar: directories and everything else, driftcheck's own paths left out. */
function entriesOfArchive(entries) {
    const out = new Map();
    for (const { name, type } of entries) {
        const path = name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
        if (path === '' || path === '.' || invalidPath(path))
            continue;
        out.set(`${type === 'directory'}:${path}`, { path, dir: type === 'directory' });
    }
    return [...out.values()];
}
function formatManifest(entries, revision) {
    const lines = entries.map((e) => {
        const line = e.dir ? `${e.path}/` : e.path;
        return NEEDS_QUOTING.test(line) ? JSON.stringify(line) : line;
    });
    return [
        `${HEADER} ${revision}`,
        '# What driftcheck extracted into this directory (a directory ends in /); the next deploy removes those its commit',
        '# no longer has, and nothing else. Edit only to make driftcheck forget a path.',
        ...lines.sort()
    ];
}
/** Parses a manifest read back from the target; throws a one-line Error (with the line) on anything driftcheck did not write. */
function parseManifest(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    if (!lines[0]?.startsWith(`${HEADER} `) && lines[0] !== HEADER)
        throw new Error(`line 1 is not \`${HEADER} …\`: not a manifest driftcheck wrote`);
    const entries = [];
    lines.forEach((line, index) => {
        if (index === 0 || line.startsWith('#'))
            return;
        let raw = line;
        if (line.startsWith('"')) {
            try {
                raw = JSON.parse(line);
            }
            catch {
                throw new Error(`line ${index + 1}: a quoted path that is not a JSON string`);
            }
            if (typeof raw !== 'string')
                throw new Error(`line ${index + 1}: a quoted path that is not a JSON string`);
        }
        else if (NEEDS_QUOTING.test(line)) {
            throw new Error(`line ${index + 1}: a control character in an unquoted path`);
        }
        const dir = raw.endsWith('/');
        const path = dir ? raw.slice(0, -1) : raw;
        const why = invalidPath(path);
        if (why)
            throw new Error(`line ${index + 1}: ${why} (${JSON.stringify(raw).slice(0, 120)})`);
        entries.push({ path, dir });
    });
    return entries;
}
/**
 * What the previous ship put there that the current one does not have — same path AND same kind, so that a file that
 * became a directory (or back) is cleared for tar. Files first, then directories deepest first (children before parents).
 */
function staleEntries(previous, current) {
    const key = (e) => `${e.dir ? 'd' : 'f'}:${e.path}`;
    const now = new Set(current.map(key));
    const seen = new Set();
    const stale = previous.filter((e) => !now.has(key(e)) && !seen.has(key(e)) && seen.add(key(e)));
    const files = stale.filter((e) => !e.dir).sort((a, b) => compare(a.path, b.path));
    const dirs = stale.filter((e) => e.dir).sort((a, b) => compare(b.path, a.path));
    return [...files, ...dirs];
}
/**
 * The one remote command (`sh -s DIR`, this script on stdin) that removes the stale entries and then records the new
 * manifest (written atomically). Every path is a word quoted by `shellQuote`; nothing is ever removed outside DIR, through
 * a symlinked parent, or when it is not what was shipped (a file where a directory was, and back). Directories go only
 * when empty (`rmdir`): what someone else put in them keeps them. One line per entry on stdout: `removed N` / `kept N WHY`.
 */
function cleanupScript(stale, manifest) {
    return [
        'set -u',
        `cd -- "$1" || exit ${CLEANUP_NO_DIR}`,
        // Is any parent of $1 a symlink? Then $1 is not the path that was shipped: leave it.
        'under_link() {',
        '  rest=$1 acc=',
        '  while :; do',
        '    case $rest in */*) ;; *) return 1 ;; esac',
        '    acc=$acc${rest%%/*}',
        '    rest=${rest#*/}',
        '    [ -L "$acc" ] && return 0',
        '    acc=$acc/',
        '  done',
        '}',
        'f() {',
        '  if under_link "$2"; then echo "kept $1 under a symlinked directory"',
        '  elif [ -d "$2" ] && [ ! -L "$2" ]; then echo "kept $1 now a directory"',
        '  elif [ -e "$2" ] || [ -L "$2" ]; then rm -f -- "$2" && echo "removed $1" || echo "kept $1 rm failed"',
        '  fi',
        '}',
        'd() {',
        '  if under_link "$2"; then echo "kept $1 under a symlinked directory"',
        '  elif [ -d "$2" ] && [ ! -L "$2" ]; then rmdir -- "$2" 2>/dev/null && echo "removed $1" || echo "kept $1 not empty"',
        '  fi',
        '}',
        ...stale.map((e, i) => `${e.dir ? 'd' : 'f'} ${i} ${shellQuote(e.path)}`),
        `mkdir -p -- ${shellQuote(STATE_DIR)} || exit ${CLEANUP_NO_MANIFEST}`,
        // printf is a builtin: no argument-length limit, however many paths.
        `printf '%s\\n' ${manifest.map(shellQuote).join(' ')} >${shellQuote(`${MANIFEST_PATH}.tmp`)} || exit ${CLEANUP_NO_MANIFEST}`,
        `mv -f -- ${shellQuote(`${MANIFEST_PATH}.tmp`)} ${shellQuote(MANIFEST_PATH)} || exit ${CLEANUP_NO_MANIFEST}`,
        ''
    ].join('\n');
}
const CLEANUP_NO_DIR = 70;
const CLEANUP_NO_MANIFEST = 71;
/** Reads the script's `removed N` / `kept N WHY` lines (entries already gone print nothing). */
function parseCleanupOutput(stdout, stale) {
    const shown = (e) => (e.dir ? `${e.path}/` : e.path);
    const out = { removed: [], kept: [] };
    for (const line of stdout.split('\n')) {
        const match = /^(removed|kept) (\d+)(?: (.*))?$/.exec(line);
        const entry = match ? stale[Number(match[2])] : undefined;
        if (!match || !entry)
            continue;
        if (match[1] === 'removed')
            out.removed.push(shown(entry));
        else
            out.kept.push(`${shown(entry)} (${match[3] ?? 'kept'})`);
    }
    return out;
}
/** Byte order (as git sorts), not the locale's. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/adapters/ship/tar-list.ts


/**
 * The names and types of every entry of a tar file on disk, streamed (bodies are drained, never held): what `git archive`
 * really put in it, `export-ignore` and all. tar-stream follows PAX and GNU long names.
 */
async function listTarEntries(file) {
    const entries = [];
    const reader = (0,tar_stream.extract)();
    const source = (0,external_node_fs_.createReadStream)(file);
    source.on('error', (error) => reader.destroy(error));
    source.pipe(reader);
    try {
        for await (const entry of reader) {
            entries.push({ name: entry.header.name, type: entry.header.type });
            entry.resume();
        }
    }
    catch (error) {
        throw new Error(`${file}: not a readable tar archive (${error.message})`, { cause: error });
    }
    finally {
        source.destroy();
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/adapters/ship.ts









const LOCK_DIR = '.driftcheck.lock';
const ship_QUICK_TIMEOUT_MS = 120_000;
const SHIP_TIMEOUT_MS = 30 * 60_000;
// Exit codes of the small scripts below (distinct from anything sh, mkdir or test return).
const NO_DIR = 64;
const NOT_DIR = 65;
const NOT_WRITABLE = 66;
const LOCK_HELD = 67;
const NO_MANIFEST = 68;
/**
 * The target side of a deploy over any CommandRunner: directory checks, the lock, `git archive` → extract, and
 * `docker save` → `docker load`. Archives go through a private local temp file, streamed, never held in memory.
 */
class ShipTarget {
    options;
    where;
    dir;
    logger;
    constructor(options) {
        this.options = options;
        this.where = options.remote.where;
        this.dir = options.dir;
        this.logger = options.logger ?? ports/* silentLogger */.qq;
    }
    async preflight() {
        const check = await this.options.remote.run('sh', [
            '-c',
            `[ -e "$1" ] || exit ${NO_DIR}; [ -d "$1" ] || exit ${NOT_DIR}; [ -w "$1" ] && [ -x "$1" ] && exit 0; ` +
                // Not writable: the system's own reason (Permission denied, Read-only file system, Operation not permitted).
                `p="$1/.driftcheck-preflight.$$"; mkdir -- "$p" 2>&1 && rmdir -- "$p"; exit ${NOT_WRITABLE}`,
            'sh',
            this.dir
        ], { allowFailure: true, timeoutMs: ship_QUICK_TIMEOUT_MS });
        const fix = `mkdir -p ${shellQuote(this.dir)} on the target and give the ssh user write access`;
        if (check.exitCode === NO_DIR)
            throw new errors/* InfraError */.Ri(`target.dir ${this.dir} does not exist on ${this.where}`, fix);
        if (check.exitCode === NOT_DIR)
            throw new errors/* InfraError */.Ri(`target.dir ${this.dir} on ${this.where} is not a directory`, fix);
        if (check.exitCode === NOT_WRITABLE) {
            const reason = check.stdout.trim().split('\n').pop()?.split(': ').pop()?.slice(0, 200);
            throw new errors/* InfraError */.Ri(`target.dir ${this.dir} is not writable on ${this.where}${reason ? ` (${reason})` : ''}`, `give the ssh user write access to it: check its owner and mode, whether its filesystem is mounted read-only, ` +
                `and its immutable attribute (lsattr -d ${shellQuote(this.dir)})`);
        }
        if (check.exitCode !== 0)
            throw new errors/* CommandError */.Qd(check.command, check.exitCode, check.stderr);
        const version = await this.options.remote.run('docker', ['version', '--format', '{{.Server.Version}}'], {
            allowFailure: true,
            timeoutMs: ship_QUICK_TIMEOUT_MS
        });
        if (version.exitCode !== 0) {
            throw new errors/* InfraError */.Ri(`the Docker engine on ${this.where} does not answer: ${(0,errors/* lastLines */.w$)(version.stderr, 1) || `exit ${version.exitCode}`}`, 'start dockerd on the target, and let the ssh user use it (docker group)');
        }
        return { docker: version.stdout.trim() };
    }
    async lock(info) {
        const lockDir = `${this.dir.replace(/\/+$/, '')}/${LOCK_DIR}`;
        // mkdir is atomic: of two deploys, exactly one creates the directory. The info file says who holds it.
        const taken = await this.options.remote.run('sh', [
            '-c',
            // Only an existing lock directory means "held"; any other mkdir failure is reported as itself.
            `mkdir "$1" 2>/dev/null || { [ -d "$1" ] && exit ${LOCK_HELD}; mkdir "$1" || exit; }; printf '%s\\n' "$2" >"$1/info"`,
            'sh',
            lockDir,
            JSON.stringify(info)
        ], { allowFailure: true, timeoutMs: ship_QUICK_TIMEOUT_MS });
        if (taken.exitCode === LOCK_HELD) {
            const holder = await this.options.remote.run('cat', [`${lockDir}/info`], {
                allowFailure: true,
                timeoutMs: ship_QUICK_TIMEOUT_MS
            });
            const held = parseLockInfo(holder.stdout);
            throw new errors/* InfraError */.Ri(`deploy lock held by ${held?.who ?? 'an unknown deploy'} since ${held?.since ?? 'an unknown time'}` +
                `${held?.revision ? ` (deploying ${held.revision.slice(0, 12)})` : ''}: another deploy to ${this.where}:${this.dir} is running`, `wait for it; if it died, remove the lock: rm -r ${shellQuote(lockDir)} on the target`);
        }
        if (taken.exitCode !== 0) {
            throw new errors/* InfraError */.Ri(`cannot take the deploy lock in ${this.dir} on ${this.where}: ${(0,errors/* lastLines */.w$)(taken.stderr, 1) || `exit ${taken.exitCode}`}`, 'check that target.dir is a writable directory on the target');
        }
        return async () => {
            await this.options.remote.run('rm', ['-rf', '--', lockDir], { timeoutMs: ship_QUICK_TIMEOUT_MS });
        };
    }
    async shipTree() {
        const { local, remote, checkout } = this.options;
        if (remote.where === 'local' && (0,external_node_path_.resolve)(this.dir) === (0,external_node_path_.resolve)(checkout))
            return null;
        const git = (args) => local.run('git', ['-C', checkout, ...args], { timeoutMs: ship_QUICK_TIMEOUT_MS });
        const revision = (await git(['rev-parse', '--verify', 'HEAD']).catch((error) => {
            throw new errors/* InfraError */.Ri(`cannot ship ${checkout}: it is not a git checkout with a commit`, 'commit first: driftcheck ships HEAD', {
                cause: error
            });
        })).stdout.trim();
        // The config file's folder may be a subfolder of the repository: ship that subtree, as target.dir mirrors it.
        const prefix = (await git(['rev-parse', '--show-prefix'])).stdout.trim();
        const dirty = (await git(['status', '--porcelain', '--untracked-files=no'])).stdout.trim() !== '';
        const previous = await this.readManifest();
        return this.withTempFile('tree.tar', async (file) => {
            await git(['archive', '--format=tar', '-o', file, prefix ? `${revision}:${prefix}` : revision]);
            const bytes = (await (0,promises_.stat)(file)).size;
            const current = entriesOfArchive(await listTarEntries(file));
            // Stale paths go BEFORE the extract (a file that became a directory must be out of tar's way), and the new
            // manifest is recorded with them: should the extract then fail half-way, what it did write is already on record.
            const stale = previous ? staleEntries(previous, current) : [];
            const cleaned = await this.cleanUp(stale, formatManifest(current, revision), (0,external_node_path_.join)((0,external_node_path_.dirname)(file), 'cleanup.sh'));
            await remote.runWithStdinFile('tar', ['-x', '-f', '-', '-C', this.dir], file, { timeoutMs: SHIP_TIMEOUT_MS });
            return { revision, bytes, dirty, firstManifest: previous === null, ...cleaned };
        });
    }
    /** The previous ship's manifest; null when there is none (the first ship with one: nothing is removed). */
    async readManifest() {
        const path = `${this.dir.replace(/\/+$/, '')}/${MANIFEST_PATH}`;
        const read = await this.options.remote.run('sh', ['-c', `[ -e "$1" ] || exit ${NO_MANIFEST}; cat -- "$1"`, 'sh', path], { allowFailure: true, timeoutMs: ship_QUICK_TIMEOUT_MS });
        if (read.exitCode === NO_MANIFEST)
            return null;
        if (read.exitCode !== 0)
            throw new errors/* CommandError */.Qd(read.command, read.exitCode, read.stderr);
        try {
            return parseManifest(read.stdout);
        }
        catch (error) {
            throw new errors/* InfraError */.Ri(`the shipped manifest ${path} on ${this.where} is not driftcheck's: ${error.message}`, `it is driftcheck's record of the files it shipped: fix it, or remove it (the next deploy then removes nothing ` +
                `and records afresh): rm ${shellQuote(path)}`);
        }
    }
    /** Removes the stale entries and records the new manifest, in ONE command on the target (the script on stdin). */
    async cleanUp(stale, manifest, scriptFile) {
        await (0,promises_.writeFile)(scriptFile, cleanupScript(stale, manifest), { mode: 0o600 });
        const result = await this.options.remote.runWithStdinFile('sh', ['-s', this.dir], scriptFile, {
            allowFailure: true,
            timeoutMs: SHIP_TIMEOUT_MS
        });
        const outcome = parseCleanupOutput(result.stdout, stale);
        if (result.exitCode === CLEANUP_NO_DIR)
            throw new errors/* InfraError */.Ri(`cannot enter target.dir ${this.dir} on ${this.where}`);
        if (result.exitCode !== 0) {
            const removed = outcome.removed.length ? ` after removing ${outcome.removed.length} stale path(s)` : '';
            throw new errors/* InfraError */.Ri(`cannot record the shipped manifest ${MANIFEST_PATH} in ${this.dir} on ${this.where}${removed}: ` +
                `${(0,errors/* lastLines */.w$)(result.stderr, 1) || `exit ${result.exitCode}`}`, 'check that target.dir is writable by the ssh user');
        }
        if (result.stderr.trim())
            this.logger.debug(`cleanup of ${this.dir} on ${this.where}: ${result.stderr.trim()}`);
        return outcome;
    }
    async shipImages(refs) {
        const { local, remote } = this.options;
        return this.withTempFile('images.tar', async (file) => {
            await local.run('docker', ['save', '-o', file, ...refs], { timeoutMs: SHIP_TIMEOUT_MS });
            const bytes = (await (0,promises_.stat)(file)).size;
            this.logger.debug(`docker load of ${refs.join(' ')} on ${this.where}`);
            await remote.runWithStdinFile('docker', ['load', '-q'], file, { timeoutMs: SHIP_TIMEOUT_MS });
            return { bytes };
        });
    }
    async tag(source, target) {
        await this.options.remote.run('docker', ['tag', source, target], { timeoutMs: ship_QUICK_TIMEOUT_MS });
    }
    pull(ref) {
        return pullImage(this.options.remote, ref);
    }
    async withTempFile(name, work) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'driftcheck-ship-'));
        try {
            return await work((0,external_node_path_.join)(dir, name));
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}
function parseLockInfo(text) {
    try {
        const value = JSON.parse(text.trim());
        if (!value || typeof value !== 'object')
            return null;
        const v = value;
        const str = (k) => (typeof v[k] === 'string' ? v[k].slice(0, 200) : undefined);
        return { who: str('who'), since: str('since'), revision: str('revision') ?? null };
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
;// CONCATENATED MODULE: ./src/adapters/ssh/argv.ts


const DEFAULT_CONNECT_TIMEOUT_S = 10;
/** How long the shared connection outlives its last command (a crashed run leaves no master behind for long). */
const CONTROL_PERSIST_S = 60;
/** `ssh://user@host:port`, the way messages name the target. */
function targetUrl(host) {
    const name = host.hostname.includes(':') ? `[${host.hostname}]` : host.hostname;
    return `ssh://${host.user ? `${host.user}@` : ''}${name}${host.port ? `:${host.port}` : ''}`;
}
/** `~/x` → `$HOME/x`, as ssh itself would read it. */
function expandHome(path) {
    return path === '~' || path.startsWith('~/') ? (0,external_node_os_.homedir)() + path.slice(1) : path;
}
/**
 * The options every ssh invocation gets. Host keys are always checked strictly (never trust on first use), there is never
 * a password prompt (BatchMode), and every command rides one multiplexed connection.
 */
function sshOptions(target, options) {
    const host = requireHost(target);
    const args = [];
    if (options.configFile)
        args.push('-F', options.configFile);
    args.push('-T', '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', `ConnectTimeout=${options.connectTimeoutS ?? DEFAULT_CONNECT_TIMEOUT_S}`, '-o', 'ServerAliveInterval=15', '-o', 'ServerAliveCountMax=3', '-o', 'ControlMaster=auto', '-o', `ControlPath=${configValue(options.controlPath)}`, '-o', `ControlPersist=${CONTROL_PERSIST_S}`); // prettier-ignore
    if (target.ssh.knownHostsFile)
        args.push('-o', `UserKnownHostsFile=${configValue(expandHome(target.ssh.knownHostsFile))}`);
    if (target.ssh.identityFile) {
        args.push('-o', 'IdentitiesOnly=yes', '-i', escapeTokens(expandHome(target.ssh.identityFile)));
    }
    if (host.port)
        args.push('-p', String(host.port));
    if (host.user)
        args.push('-l', host.user);
    return args;
}
/** The full argv of one remote command: options, `--`, the host, and the already-quoted command line. */
function sshCommandArgv(target, options, remoteCommand) {
    return [...sshOptions(target, options), '--', requireHost(target).hostname, remoteCommand];
}
/** `ssh -O exit`: ends the shared connection. */
function sshExitMasterArgv(target, options) {
    return [...sshOptions(target, options), '-O', 'exit', '--', requireHost(target).hostname];
}
function requireHost(target) {
    const host = target.host;
    if (!host)
        throw new errors/* UsageError */.eb('target.host is not set: there is no ssh target');
    // The config loader already parses ssh://…; this guards library callers: a host or user that looks like an option is refused.
    if (!/^[A-Za-z0-9._:-]+$/.test(host.hostname) || host.hostname.startsWith('-')) {
        throw new errors/* UsageError */.eb(`invalid ssh host '${host.hostname}'`);
    }
    if (host.user !== undefined && (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(host.user) || host.user.length > 64)) {
        throw new errors/* UsageError */.eb(`invalid ssh user '${host.user}'`);
    }
    return host;
}
/** An ssh_config value: double quotes keep a path with spaces one value; a quote inside cannot be expressed. */
function configValue(value) {
    if (/["\n\r]/.test(value))
        throw new errors/* UsageError */.eb(`ssh option value cannot contain quotes or newlines: ${value}`);
    const escaped = escapeTokens(value);
    return /\s/.test(escaped) ? `"${escaped}"` : escaped;
}
/** ssh expands `%h`, `%p`… in paths; a literal `%` is written `%%`. */
function escapeTokens(path) {
    return path.replace(/%/g, '%%');
}

;// CONCATENATED MODULE: ./src/adapters/ssh/classify.ts

/** ssh's own failures exit 255; anything else is the remote command's exit code. */
const SSH_FAILURE_EXIT = 255;
/**
 * Turns ssh's stderr (exit 255) into one line: what went wrong, and what to do about it.
 * Returns null when the text is not one of ssh's connection failures (the remote command may have exited 255 itself).
 */
function classifySshFailure(stderr, ctx) {
    const has = (re) => re.test(stderr);
    const keyName = ctx.port === 22 ? ctx.hostname : `[${ctx.hostname}]:${ctx.port}`;
    if (has(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/)) {
        return new errors/* InfraError */.Ri(`REFUSING ${ctx.url}: its host key has CHANGED since it was recorded in ${ctx.knownHostsFile} — this may be a man-in-the-middle attack`, `verify the new key with the host's administrator out of band; only then replace it: ssh-keygen -f ${ctx.knownHostsFile} -R '${keyName}'`);
    }
    if (has(/No \S+ host key is known for|Host key verification failed/)) {
        return new errors/* InfraError */.Ri(`host key of ${ctx.url} is unknown (not in ${ctx.knownHostsFile}); driftcheck never trusts a host on first use`, `add it after checking its fingerprint: ssh-keyscan -p ${ctx.port} ${ctx.hostname} >> ${ctx.knownHostsFile}`);
    }
    if (has(/Permission denied \(|Too many authentication failures|no mutual signature algorithm/)) {
        const key = ctx.identityFile ? `the key ${ctx.identityFile}` : 'your ssh keys';
        return new errors/* InfraError */.Ri(`authentication to ${ctx.url} refused for ${key}`, `put the public key in the target user's ~/.ssh/authorized_keys, or set target.ssh.identityFile to the right private key`);
    }
    if (has(/Could not resolve hostname|Name or service not known|nodename nor servname/)) {
        return new errors/* InfraError */.Ri(`cannot resolve the host of ${ctx.url}`, 'check target.host');
    }
    if (has(/Connection refused/)) {
        return new errors/* InfraError */.Ri(`${ctx.url} refused the connection: nothing listens on port ${ctx.port}`, 'is sshd running, and is the port right?');
    }
    if (has(/timed out|Operation timed out/)) {
        return new errors/* InfraError */.Ri(`${ctx.url} did not answer: the connection timed out`, 'check the host, the port and any firewall in between');
    }
    if (has(/No route to host|Network is unreachable|Host is down/)) {
        return new errors/* InfraError */.Ri(`${ctx.url} is unreachable: ${(0,errors/* lastLines */.w$)(stderr, 1)}`, 'check the network path to the host');
    }
    if (has(/Connection closed by|Connection reset by|kex_exchange_identification|Broken pipe|closed by remote host/)) {
        return new errors/* InfraError */.Ri(`${ctx.url} closed the connection: ${(0,errors/* lastLines */.w$)(stderr, 1)}`, 'check sshd on the host (MaxStartups, AllowUsers, logs)');
    }
    if (has(/^ssh: |Bad configuration option|Control ?(socket|Path|Master)|mux_client|Identity file .* not accessible/m)) {
        return new errors/* InfraError */.Ri(`ssh to ${ctx.url} failed: ${(0,errors/* lastLines */.w$)(stderr, 1)}`);
    }
    return null;
}
/** The remote shell could not find the program (`bash: line 1: docker: command not found`, `sh: 1: docker: not found`). */
function isCommandNotFound(exitCode, stderr, file) {
    if (exitCode !== 127)
        return false;
    const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${name}['"]?: (command )?not found|${name}['"]?: No such file or directory`).test(stderr);
}
/** `cd -- DIR && …` failed before the command ran: the directory is missing or not accessible. */
function cdFailure(stderr) {
    const line = stderr.split('\n').find((l) => /\bcd: /.test(l));
    if (!line)
        return null;
    if (/No such file|can't cd/.test(line))
        return /Permission denied/.test(line) ? 'not accessible' : 'does not exist';
    if (/Permission denied/.test(line))
        return 'not accessible';
    if (/Not a directory/.test(line))
        return 'is not a directory';
    return line.replace(/^.*\bcd: /, '');
}

;// CONCATENATED MODULE: ./src/adapters/ssh.ts











// A word whose round trip proves the login shell parses POSIX single quotes (fish and csh do not).
const QUOTE_PROBE = `driftcheck'ok "$HOME" \`x\``;
/**
 * Runs commands on the target through the system OpenSSH client (so ~/.ssh/config, agents and jump hosts keep working),
 * one multiplexed connection for all of them. Every word reaches the remote shell through `shellQuote`.
 */
class SshRunner {
    target;
    controlDir;
    options;
    where;
    /** The ControlMaster socket every command shares. */
    controlPath;
    local;
    argv;
    ctx;
    closed = false;
    constructor(target, controlDir, options = {}) {
        this.target = target;
        this.controlDir = controlDir;
        this.options = options;
        if (!target.host)
            throw new errors/* UsageError */.eb('target.host is not set: there is no ssh target');
        this.where = targetUrl(target.host);
        this.local = new exec/* LocalRunner */.Q(options.logger ?? ports/* silentLogger */.qq, options.redactor ?? new redact/* Redactor */.pO());
        this.controlPath = (0,external_node_path_.join)(controlDir, 'cm');
        this.argv = {
            controlPath: this.controlPath,
            connectTimeoutS: options.connectTimeoutS,
            configFile: options.configFile
        };
        this.ctx = {
            url: this.where,
            hostname: target.host.hostname,
            port: target.host.port ?? 22,
            knownHostsFile: target.ssh.knownHostsFile ?? '~/.ssh/known_hosts',
            identityFile: target.ssh.identityFile
        };
    }
    async run(file, args, options = {}) {
        const remote = shellCommand(file, args, options);
        const result = await this.local.run('ssh', this.sshArgv(remote), this.localOptions(options));
        return this.judge(file, remote, result, options);
    }
    /**
     * The remote stdout through the local ssh client. A reader that stops early ends that client: its session closes, and the
     * remote command dies on its next write to the closed channel (measured: a 200 MB `docker cp` ends at once).
     */
    async stream(file, args, read, options = {}) {
        const remote = shellCommand(file, args, options);
        const result = await this.local.stream('ssh', this.sshArgv(remote), read, this.localOptions(options));
        if (result.exitCode === null)
            return { ...result, command: this.logged(remote) };
        return { ...this.judge(file, remote, { ...result, exitCode: result.exitCode }, options), value: result.value };
    }
    /**
     * Like `run`, with stdin read from a LOCAL file (a tar of the tree, a `docker save`), streamed rather than held in memory.
     * The local `sh` only redirects: the path and the ssh argv are its positional parameters, never parsed as shell text.
     */
    async runWithStdinFile(file, args, stdinPath, options = {}) {
        const remote = shellCommand(file, args, options);
        const result = await this.local.run('sh', ['-c', exec/* STDIN_FROM_FILE */.t, 'driftcheck-stdin', stdinPath, 'ssh', ...this.sshArgv(remote)], this.localOptions({ ...options, input: undefined }));
        return this.judge(file, remote, result, options);
    }
    /** Ends the shared connection and removes its private directory. Safe to call twice. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.local
            .run('ssh', sshExitMasterArgv(this.target, this.argv), { allowFailure: true, timeoutMs: 10_000 })
            .catch(() => { });
        await (0,promises_.rm)(this.controlDir, { recursive: true, force: true });
    }
    /** One round trip: surfaces auth, host-key and reachability errors, and proves the login shell quotes like POSIX sh. */
    async check() {
        const { stdout } = await this.run('printf', ['%s', QUOTE_PROBE], { timeoutMs: 60_000 });
        if (stdout !== QUOTE_PROBE) {
            throw new errors/* InfraError */.Ri(`the login shell on ${this.where} does not parse POSIX quoting (sent ${QUOTE_PROBE}, got ${stdout.slice(0, 80)})`, 'give the target user a POSIX shell (sh, bash, dash, ksh, zsh): chsh -s /bin/sh <user>');
        }
    }
    sshArgv(remote) {
        if (this.closed)
            throw new errors/* InfraError */.Ri(`the ssh connection to ${this.where} is already closed`);
        return sshCommandArgv(this.target, this.argv, remote);
    }
    localOptions(options) {
        // cwd and env belong to the remote command (already in the command line); locally ssh runs as is.
        return { input: options.input, timeoutMs: options.timeoutMs, allowFailure: true };
    }
    logged(remote) {
        const command = `${this.where} $ ${remote}`;
        return this.options.redactor?.redact(command) ?? command;
    }
    judge(file, remote, result, options) {
        const logged = { ...result, command: this.logged(remote) };
        if (result.exitCode === SSH_FAILURE_EXIT) {
            const failure = classifySshFailure(result.stderr, this.ctx);
            if (failure)
                throw failure;
        }
        if (result.exitCode !== 0 && options.cwd !== undefined) {
            const why = cdFailure(result.stderr);
            if (why) {
                throw new errors/* InfraError */.Ri(`directory ${options.cwd} ${why} on ${this.where}`, `create it and give ${this.target.host?.user ?? 'the ssh user'} access: mkdir -p ${shellQuote(options.cwd)}`);
            }
        }
        if (isCommandNotFound(result.exitCode, result.stderr, file)) {
            throw new errors/* InfraError */.Ri(`\`${file}\` is not installed or not on PATH on ${this.where}`, `install ${file} on the target`);
        }
        if (result.exitCode !== 0 && !options.allowFailure)
            throw new errors/* CommandError */.Qd(logged.command, result.exitCode, result.stderr);
        return logged;
    }
}
/**
 * Opens the connection to `target.host` once, so that authentication, host-key and reachability problems surface here as
 * one-line InfraErrors (exit 3), before any layer runs.
 */
async function openSshRunner(target, options = {}) {
    if (!target.host)
        throw new errors/* UsageError */.eb('target.host is not set: there is no ssh target');
    const url = targetUrl(target.host);
    if (target.ssh.identityFile) {
        const path = expandHome(target.ssh.identityFile);
        await (0,promises_.access)(path).catch(() => {
            throw new errors/* InfraError */.Ri(`identity file ${target.ssh.identityFile} for ${url} does not exist`, 'fix target.ssh.identityFile');
        });
    }
    if (target.ssh.knownHostsFile) {
        await (0,promises_.access)(expandHome(target.ssh.knownHostsFile)).catch(() => {
            throw new errors/* InfraError */.Ri(`known_hosts file ${target.ssh.knownHostsFile} for ${url} does not exist; driftcheck never trusts a host on first use`, `create it with the verified host key: ssh-keyscan -p ${target.host?.port ?? 22} ${target.host?.hostname} >> ${target.ssh.knownHostsFile}`);
        });
    }
    const runner = new SshRunner(target, await controlDirectory(), options);
    try {
        await runner.check();
        options.logger?.debug(`connected to ${url}`);
        return runner;
    }
    catch (error) {
        await runner.close();
        throw error;
    }
}
/** A private (0700) directory for the ControlMaster socket; short, since a unix socket path is limited to ~104 bytes. */
async function controlDirectory() {
    const base = (0,external_node_os_.tmpdir)().length <= 60 ? (0,external_node_os_.tmpdir)() : '/tmp';
    try {
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'driftcheck-ssh-'));
    }
    catch {
        return (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.homedir)(), '.driftcheck-ssh-'));
    }
}

// EXTERNAL MODULE: ./src/core/uses.ts
var uses = __webpack_require__(9303);
;// CONCATENATED MODULE: ./src/adapters/swarm/nodes.ts




/**
 * The engine of each Swarm node, reached once and reused: the manager's own node through the manager's connection, any
 * other at `target.swarm.nodes[hostname]`, else `ssh://<user of target.host>@<its Swarm address>` with `target.ssh`.
 */
class NodeEngines {
    options;
    engines = new Map();
    connections = [];
    logger;
    constructor(options) {
        this.options = options;
        this.logger = options.logger ?? ports/* silentLogger */.qq;
    }
    /** The engine of the node with this ID (its connection opened on first use). */
    engine(nodeId) {
        let engine = this.engines.get(nodeId);
        if (!engine) {
            engine = this.open(nodeId);
            this.engines.set(nodeId, engine);
        }
        return engine;
    }
    /** Ends every node connection this opened (the manager's own is not this one's to close). */
    async close() {
        await Promise.allSettled(this.connections.map((c) => c.close()));
        this.connections.length = 0;
    }
    async open(nodeId) {
        const { manager, managerDocker, target } = this.options;
        const [nodes, self] = await Promise.all([manager.nodes(), manager.swarmInfo()]);
        const node = nodes.get(nodeId) ?? {
            id: nodeId,
            hostname: nodeId.slice(0, 12),
            address: null,
            role: 'unknown',
            state: 'unknown',
            availability: 'unknown'
        };
        if (nodeId === self.nodeId)
            return { node, docker: managerDocker, runner: manager.runner };
        const host = nodeTarget(node, target);
        if (!host) {
            const error = new errors/* InfraError */.Ri(`Swarm node ${node.hostname} has no address to reach its engine at`, `add it to target.swarm.nodes: { ${node.hostname}: ssh://user@host }`);
            return { node, error };
        }
        try {
            const connection = await this.options.connect({ ...target, host });
            this.connections.push(connection);
            this.logger.debug(`Swarm node ${node.hostname}: engine at ${targetUrl(host)}`);
            return { node, docker: new adapters_docker/* DockerCli */.V(connection.runner, this.logger), runner: connection.runner };
        }
        catch (error) {
            return { node, error: error instanceof Error ? error : new errors/* InfraError */.Ri(String(error)) };
        }
    }
}
/** `target.swarm.nodes[hostname]`, else `ssh://<user of target.host>@<address>` (port 22); null without an address. */
function nodeTarget(node, target) {
    const override = target.swarm?.nodes[node.hostname];
    if (override)
        return override;
    if (!node.address)
        return null;
    const user = target.host?.user;
    const host = { hostname: node.address, ...(user ? { user } : {}) };
    return { raw: targetUrl({ raw: '', ...host }), ...host };
}

;// CONCATENATED MODULE: ./src/adapters/swarm/args.ts
/** Pure argv builders for the Swarm side of the `docker` CLI: plain argv, the same through the local runner and ssh. */
/** The JSON of the node's Swarm state: its node ID, whether it is active and a manager. */
const swarmInfoArgs = () => ['info', '--format', '{{json .Swarm}}'];
const serviceInspectArgs = (services) => ['service', 'inspect', '--', ...services];
/** Every task of the service still in the manager's history (`docker inspect --type task` reads them). */
const serviceTaskIdsArgs = (service) => [
    'service',
    'ps',
    '--quiet',
    '--no-trunc',
    '--',
    service
];
const taskInspectArgs = (ids) => ['inspect', '--type', 'task', '--', ...ids];
const nodeIdsArgs = () => ['node', 'ls', '--quiet'];
const nodeInspectArgs = (ids) => ['node', 'inspect', '--', ...ids];
/** `docker stack deploy`: creates or updates the stack's services; the tasks converge in the background. */
function stackDeployArgs(options) {
    return [
        'stack',
        'deploy',
        '--resolve-image',
        options.resolveImage,
        ...(options.withRegistryAuth ? ['--with-registry-auth'] : []),
        ...options.files.flatMap((file) => ['--compose-file', file]),
        '--',
        options.stack
    ];
}
/** Back to the spec before the last update; `--detach`: driftcheck waits for the tasks itself, with progress. */
const serviceRollbackArgs = (service) => [
    'service',
    'rollback',
    '--detach',
    '--quiet',
    '--',
    service
];

;// CONCATENATED MODULE: ./src/adapters/swarm/parse.ts
function parseServiceInspect(stdout) {
    return jsonArray(stdout, 'docker service inspect').map((raw) => {
        const spec = (raw.Spec ?? {});
        const previous = raw.PreviousSpec;
        const update = raw.UpdateStatus;
        const replicated = spec.Mode?.Replicated;
        return {
            id: parse_text(raw.ID),
            name: parse_text(spec.Name),
            image: specImage(spec) ?? '',
            previousImage: previous ? specImage(previous) : null,
            replicas: replicated ? (replicated.Replicas ?? 1) : null,
            updateState: update?.State || null,
            updateMessage: update?.Message || null
        };
    });
}
function parseTaskInspect(stdout) {
    return jsonArray(stdout, 'docker inspect --type task').map((raw) => {
        const status = (raw.Status ?? {});
        const spec = (raw.Spec ?? {});
        return {
            id: parse_text(raw.ID),
            serviceId: parse_text(raw.ServiceID),
            slot: typeof raw.Slot === 'number' ? raw.Slot : 0,
            nodeId: parse_text(raw.NodeID),
            desiredState: parse_text(raw.DesiredState),
            state: status.State ?? 'unknown',
            error: status.Err || null,
            containerId: status.ContainerStatus?.ContainerID ?? '',
            image: spec.ContainerSpec?.Image ?? '',
            createdAt: Date.parse(parse_text(raw.CreatedAt)) || 0
        };
    });
}
function parseNodeInspect(stdout) {
    return jsonArray(stdout, 'docker node inspect').map((raw) => {
        const status = (raw.Status ?? {});
        const spec = (raw.Spec ?? {});
        const manager = raw.ManagerStatus;
        const description = (raw.Description ?? {});
        return {
            id: parse_text(raw.ID),
            hostname: description.Hostname ?? parse_text(raw.ID),
            // A manager that listens on 0.0.0.0 reports that as its address; its manager address is the real one.
            address: usable(status.Addr) ?? usable(manager?.Addr?.replace(/:\d+$/, '')) ?? null,
            role: spec.Role ?? 'unknown',
            state: status.State ?? 'unknown',
            availability: spec.Availability ?? 'unknown'
        };
    });
}
function parseSwarmInfo(stdout) {
    const raw = JSON.parse(stdout.trim() || 'null');
    if (!raw || typeof raw !== 'object')
        throw new Error('docker info: no Swarm section in the output');
    return {
        nodeId: parse_text(raw.NodeID),
        state: parse_text(raw.LocalNodeState) || 'inactive',
        manager: raw.ControlAvailable === true,
        error: parse_text(raw.Error)
    };
}
// The orchestrator is done with a task it wants shut down or removed: it no longer stands for its slot.
const RETIRED = new Set(['shutdown', 'remove']);
/**
 * The current task of each slot of a service (each node, for a global one): the newest task the orchestrator still wants
 * to run. A slot whose tasks are all retired (scaled down) has none. In slot order.
 */
function currentTasks(service, tasks) {
    const slots = new Map();
    for (const task of tasks) {
        const key = task.slot > 0 ? String(task.slot) : `node:${task.nodeId}`;
        slots.set(key, [...(slots.get(key) ?? []), task]);
    }
    const current = [];
    for (const slotTasks of slots.values()) {
        const newestFirst = [...slotTasks].sort((a, b) => b.createdAt - a.createdAt);
        const task = newestFirst.find((t) => !RETIRED.has(t.desiredState));
        if (!task)
            continue;
        const lastError = task.error ?? newestFirst.find((t) => t.error)?.error ?? null;
        current.push({ ...task, name: `${service}.${task.slot > 0 ? task.slot : task.nodeId}`, lastError });
    }
    return current.sort((a, b) => a.slot - b.slot || a.nodeId.localeCompare(b.nodeId));
}
/** `no such service: aibp_api` (CLI 20+), `Error: No such service: aibp_api` (older). */
function isNoSuchService(stderr) {
    return /no such service/i.test(stderr);
}
function specImage(spec) {
    const template = spec.TaskTemplate;
    return template?.ContainerSpec?.Image ?? null;
}
function jsonArray(stdout, what) {
    const value = JSON.parse(stdout.trim() || '[]');
    if (!Array.isArray(value))
        throw new Error(`${what}: expected a JSON array`);
    return value.filter((item) => !!item && typeof item === 'object');
}
function parse_text(value) {
    return typeof value === 'string' ? value : '';
}
function usable(address) {
    return address && address !== '0.0.0.0' && address !== '::' ? address : null;
}

;// CONCATENATED MODULE: ./src/adapters/swarm/manager.ts




const TIMEOUT_MS = 120_000;
/**
 * What the Swarm manager knows (services, tasks, nodes), asked through the `docker` CLI on the manager's runner (local, or
 * ssh to `target.host`). A command that fails is an InfraError in the daemon's own words, never an empty answer.
 */
class SwarmManager {
    runner;
    where;
    info;
    nodeList;
    constructor(runner) {
        this.runner = runner;
        this.where = runner.where;
    }
    /** The manager's own Swarm state (asked once): InfraError with the fix when it is no active manager. */
    swarmInfo() {
        this.info ??= this.docker(swarmInfoArgs(), 'read the Swarm state').then((result) => {
            const info = parseSwarmInfo(result.stdout);
            const point = 'point target.host at a Swarm manager (`docker node ls` works there), or remove target.swarm';
            if (info.state !== 'active')
                throw new errors/* InfraError */.Ri(`the engine on ${this.where} is not part of a Swarm (${info.state})`, point);
            if (!info.manager)
                throw new errors/* InfraError */.Ri(`the engine on ${this.where} is a Swarm worker, not a manager`, point);
            return info;
        });
        return this.info;
    }
    /** The specs of these services; a service that does not exist is absent. */
    async services(names) {
        const found = new Map();
        // One inspect for all; a missing one fails the whole command, so then each is asked on its own.
        const all = await this.run(serviceInspectArgs(names));
        if (all.exitCode === 0) {
            for (const spec of parseServiceInspect(all.stdout))
                found.set(spec.name, spec);
            return found;
        }
        if (!isNoSuchService(all.stderr))
            throw this.failed('inspect the services', all);
        await Promise.all(names.map(async (name) => {
            const one = await this.run(serviceInspectArgs([name]));
            if (one.exitCode === 0)
                for (const spec of parseServiceInspect(one.stdout))
                    found.set(spec.name, spec);
            else if (!isNoSuchService(one.stderr))
                throw this.failed(`inspect service ${name}`, one);
        }));
        return found;
    }
    /** Every task of a service the manager still remembers (the current ones and their recent history). */
    async tasks(service) {
        const ids = (await this.docker(serviceTaskIdsArgs(service), `list the tasks of ${service}`)).stdout
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
        if (ids.length === 0)
            return [];
        return parseTaskInspect((await this.docker(taskInspectArgs(ids), `inspect the tasks of ${service}`)).stdout);
    }
    /** Every node by ID (asked once per run: a verify or a deploy does not outlive a node's address). */
    nodes() {
        this.nodeList ??= (async () => {
            const ids = (await this.docker(nodeIdsArgs(), 'list the nodes')).stdout.split('\n').filter(Boolean);
            const nodes = ids.length
                ? parseNodeInspect((await this.docker(nodeInspectArgs(ids), 'inspect the nodes')).stdout)
                : [];
            return new Map(nodes.map((node) => [node.id, node]));
        })();
        return this.nodeList;
    }
    /** `docker …` on the manager, its non-zero exit returned. */
    run(args, options = {}) {
        return this.runner.run('docker', args, { timeoutMs: TIMEOUT_MS, ...options, allowFailure: true });
    }
    /** `docker …` on the manager; a failure is an InfraError saying what could not be done. */
    async docker(args, what, options = {}) {
        const result = await this.run(args, options);
        if (result.exitCode !== 0)
            throw this.failed(what, result);
        return result;
    }
    failed(what, result) {
        if ((0,docker_errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable')
            return (0,docker_errors/* unreachableError */.DZ)(this.where, result.stderr);
        const said = (0,docker_errors/* dockerMessage */.QV)(result.stderr) || `exit ${result.exitCode}`;
        return new errors/* InfraError */.Ri(`could not ${what} on the Swarm manager ${this.where}: ${said}`);
    }
}

;// CONCATENATED MODULE: ./src/adapters/swarm/runtime.ts


/**
 * A Swarm stack: a service's replicas are the current tasks of `<stack>_<service>`, each looked at through the engine of
 * the node it runs on. A task that does not run is a DownReplica (named, with Swarm's error); a node whose engine cannot be
 * reached is a HostFailure for the tasks it holds.
 */
class SwarmRuntime {
    options;
    where;
    constructor(options) {
        this.options = options;
        this.where = `swarm stack ${options.stack} on ${options.manager.where}`;
    }
    async ping() {
        await this.options.managerDocker.ping();
        await this.options.manager.swarmInfo();
    }
    async replicas(service) {
        const { manager, stack } = this.options;
        const name = `${stack}_${service}`;
        const spec = (await manager.services([name])).get(name);
        if (!spec)
            return [];
        const tasks = currentTasks(name, (await manager.tasks(name)).filter((t) => t.serviceId === spec.id));
        return Promise.all(tasks.map((task) => this.replica(task, spec)));
    }
    async replica(task, spec) {
        const facts = {
            name: task.name,
            state: task.state,
            image: task.image,
            specImage: spec.image,
            error: task.state === 'running' ? null : task.lastError
        };
        if (!task.nodeId)
            return { host: null, task: facts };
        const engine = await this.options.nodes.engine(task.nodeId);
        const host = engine.node.hostname;
        if (task.state !== 'running' || !task.containerId)
            return { host, task: facts };
        if ('error' in engine)
            return { host, error: engine.error };
        try {
            const container = await engine.docker.findContainer(task.containerId);
            if (!container) {
                const error = new errors/* InfraError */.Ri(`Swarm says ${task.name} runs container ${task.containerId.slice(0, 12)} on ${host}, but that engine has no such running container`);
                return { host, error };
            }
            return { host, container, docker: engine.docker, task: facts };
        }
        catch (error) {
            return { host, error: error instanceof Error ? error : new errors/* InfraError */.Ri(String(error)) };
        }
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/adapters/compose/yaml.ts
var yaml = __webpack_require__(2244);
;// CONCATENATED MODULE: ./src/adapters/swarm/stack-files.ts


/** The files compose itself would read in a directory, in its order of preference (each with its override sibling). */
const COMPOSE_CANDIDATES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yml',
    'docker-compose.yaml',
    'compose.override.yaml',
    'compose.override.yml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml'
];
/**
 * The compose files `docker stack deploy` is given when `target.compose.files` says none: the first file compose's discovery
 * would pick, plus its override file, as `docker compose` merges them (the stack command discovers nothing itself). Null
 * when there is none.
 */
function discoveredComposeFiles(existing) {
    const has = (name) => existing.includes(name);
    const base = COMPOSE_CANDIDATES.slice(0, 4).find(has);
    if (!base)
        return null;
    const prefix = base.startsWith('docker-') ? 'docker-compose' : 'compose';
    const override = [`${prefix}.override.yaml`, `${prefix}.override.yml`].find(has);
    return override ? [base, override] : [base];
}
/**
 * A compose file that pins each service's image (`docker stack deploy` ignores `build:`: a service must name the image
 * its tasks run). It carries the first file's `version`, since the stack loader refuses files of different versions.
 */
function imageOverride(images, version) {
    const services = Object.fromEntries(Object.entries(images).map(([service, image]) => [service, { image }]));
    return (0,js_yaml/* dump */.Bh)(version ? { version, services } : { services }, { quoteStyle: 'double' });
}
/** The `version` of a compose file's text, when it has one (null when it has none or is not a YAML mapping). */
function composeVersion(text) {
    try {
        const value = (0,yaml/* readComposeYaml */.y)(text, '1.1');
        if (!value || typeof value !== 'object')
            return null;
        const version = value.version;
        return typeof version === 'string' || typeof version === 'number' ? String(version) : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/adapters/swarm/stack.ts







const DEPLOY_TIMEOUT_MS = 10 * 60_000;
const LOAD_TIMEOUT_MS = 30 * 60_000;
/** The manager's side of a Swarm deploy, through the `docker` CLI on the manager and on each node. */
class SwarmStackCli {
    options;
    where;
    stack;
    constructor(options) {
        this.options = options;
        this.stack = options.target.swarm.stack;
        this.where = `swarm stack ${this.stack} on ${options.manager.where}`;
    }
    async preflight() {
        const { manager } = this.options;
        await manager.swarmInfo();
        const version = await manager.docker(['version', '--format', '{{.Server.Version}}'], 'ask the Docker version');
        const nodes = [...(await manager.nodes()).values()].map(({ hostname, state, availability }) => ({
            hostname,
            state,
            availability
        }));
        return { docker: version.stdout.trim(), nodes };
    }
    async services(services) {
        const { manager } = this.options;
        const names = services.map((s) => `${this.stack}_${s}`);
        const [specs, nodes] = await Promise.all([manager.services(names), manager.nodes()]);
        const states = new Map();
        await Promise.all(services.map(async (service) => {
            const spec = specs.get(`${this.stack}_${service}`);
            if (!spec)
                return;
            const tasks = currentTasks(spec.name, (await manager.tasks(spec.name)).filter((t) => t.serviceId === spec.id));
            states.set(service, {
                name: spec.name,
                image: spec.image,
                previousImage: spec.previousImage,
                replicas: spec.replicas,
                updateState: spec.updateState,
                updateMessage: spec.updateMessage,
                tasks: tasks.map((task) => ({
                    name: task.name,
                    node: nodes.get(task.nodeId)?.hostname ?? null,
                    state: task.state,
                    image: task.image,
                    specImage: spec.image,
                    error: task.state === 'running' ? null : task.lastError
                }))
            });
        }));
        return states;
    }
    async deploy(images, options) {
        const { manager, target } = this.options;
        const files = target.compose.files ?? (await this.discover());
        const first = await manager.runner.run('cat', ['--', files[0]], { cwd: target.dir, allowFailure: true });
        if (first.exitCode !== 0)
            throw new errors/* InfraError */.Ri(`cannot read ${files[0]} in ${target.dir} on ${manager.where}: ${first.stderr.trim()}`);
        const pinned = Object.keys(images).length > 0;
        const args = stackDeployArgs({
            files: pinned ? [...files, '-'] : files,
            stack: this.stack,
            resolveImage: options.resolveImage,
            withRegistryAuth: options.withRegistryAuth
        });
        const input = pinned ? imageOverride(images, composeVersion(first.stdout)) : undefined;
        await manager.docker(args, `deploy stack ${this.stack}`, {
            cwd: target.dir,
            timeoutMs: DEPLOY_TIMEOUT_MS,
            ...(input === undefined ? {} : { input })
        });
        return files;
    }
    async rollback(service) {
        const name = `${this.stack}_${service}`;
        await this.options.manager.docker(serviceRollbackArgs(name), `roll back ${name}`);
    }
    async loadImages(images, hostnames) {
        const { manager, nodes, local } = this.options;
        for (const { source, target } of images)
            await local.run('docker', ['tag', source, target], { timeoutMs: 60_000 });
        const refs = images.map((image) => image.target);
        const byName = new Map([...(await manager.nodes()).values()].map((node) => [node.hostname, node]));
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'driftcheck-swarm-'));
        try {
            const file = (0,external_node_path_.join)(dir, 'images.tar');
            await local.run('docker', ['save', '-o', file, ...refs], { timeoutMs: LOAD_TIMEOUT_MS });
            const bytes = (await (0,promises_.stat)(file)).size;
            const failures = [];
            const loaded = [];
            await Promise.all(hostnames.map(async (hostname) => {
                const node = byName.get(hostname);
                const engine = node ? await nodes.engine(node.id) : null;
                try {
                    if (!engine)
                        throw new Error('not a node of this Swarm');
                    if ('error' in engine)
                        throw engine.error;
                    // The images were built on this engine: nothing to load there.
                    if (engine.runner !== local)
                        await engine.runner.runWithStdinFile('docker', ['load', '-q'], file, { timeoutMs: LOAD_TIMEOUT_MS });
                    loaded.push(hostname);
                }
                catch (error) {
                    failures.push(`${hostname} (${(0,errors/* firstLineOf */.Qy)(error)})`);
                }
            }));
            if (failures.length) {
                throw new errors/* InfraError */.Ri(`could not load the images into ${failures.join(', ')}`, 'make every node reachable over ssh (target.swarm.nodes), or drain the nodes that are not (docker node update --availability drain)');
            }
            return { bytes, nodes: loaded.sort() };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Compose's own discovery in `target.dir` on the manager (the stack command has none). */
    async discover() {
        const { manager, target } = this.options;
        const listed = await manager.runner.run('sh', ['-c', 'for f in "$@"; do [ -f "$f" ] && printf "%s\\n" "$f"; done; exit 0', 'sh', ...COMPOSE_CANDIDATES], { cwd: target.dir });
        const files = discoveredComposeFiles(listed.stdout.split('\n').filter(Boolean));
        if (!files) {
            throw new errors/* InfraError */.Ri(`no compose file in ${target.dir} on ${manager.where} to deploy the stack from`, 'set target.compose.files, or ship a compose.yaml / docker-compose.yml there');
        }
        return files;
    }
}

;// CONCATENATED MODULE: ./src/wiring/swarm.ts





/**
 * `target.swarm`: the manager is the engine behind `target.host` (or the local one), reached over `manager`; each node's
 * engine is reached on first use, once (see NodeEngines).
 */
function swarmSide(config, deps) {
    const { logger, redactor } = deps;
    const manager = new SwarmManager(deps.manager);
    const nodes = new NodeEngines({
        manager,
        managerDocker: deps.managerDocker,
        target: config.target,
        logger,
        connect: async (target) => {
            const runner = await openSshRunner(target, { logger, redactor });
            return { runner, close: () => runner.close() };
        }
    });
    const runtime = new SwarmRuntime({
        stack: config.target.swarm.stack,
        manager,
        managerDocker: deps.managerDocker,
        nodes
    });
    const swarm = new SwarmStackCli({ manager, nodes, target: config.target, local: deps.local });
    return { runtime, swarm, close: () => nodes.close() };
}

;// CONCATENATED MODULE: ./src/adapters/runtime/fleet.ts

/**
 * A fleet of hosts running the same compose project (`target.hosts`): every host is asked at once, each through its own
 * runtime. A host that cannot be reached, or whose engine does not answer, is a HostFailure for everything it hosts: its
 * services are `error` there, never left out. Only a fleet of which no host answers stops the run (`ping`).
 */
class FleetRuntime {
    members;
    where;
    /** Hosts whose engine did not answer the ping: their replicas are not asked for again. */
    down = new Map();
    constructor(members) {
        this.members = members;
        this.where = `a fleet of ${members.length} host${members.length === 1 ? '' : 's'}`;
    }
    /** The host names, in the configured order. */
    get hosts() {
        return this.members.map((m) => m.host);
    }
    /** The same fleet narrowed to these hosts (a deploy's batch). */
    only(hosts) {
        const narrowed = new FleetRuntime(this.members.filter((m) => hosts.includes(m.host)));
        for (const [host, error] of this.down)
            if (hosts.includes(host))
                narrowed.down.set(host, error);
        return narrowed;
    }
    async ping() {
        this.down.clear();
        const answers = await Promise.all(this.members.map(async (member) => {
            if ('error' in member)
                return { host: member.host, error: member.error };
            try {
                await member.runtime.ping();
                return null;
            }
            catch (error) {
                return { host: member.host, error: asError(error) };
            }
        }));
        const failures = answers.filter((a) => a !== null);
        for (const { host, error } of failures)
            this.down.set(host, error);
        if (failures.length > 0 && failures.length === this.members.length) {
            const [first] = failures;
            const each = failures.map((f) => `${f.host}: ${(0,errors/* firstLineOf */.Qy)(f.error)}`).join('; ');
            throw new errors/* InfraError */.Ri(`no host of ${this.where} could be asked (${each})`, (first.error instanceof errors/* InfraError */.Ri && first.error.hint) ||
                'check target.hosts, the ssh settings and Docker on the hosts', { cause: first.error });
        }
    }
    async replicas(service) {
        const perHost = await Promise.all(this.members.map(async (member) => {
            const known = 'error' in member ? member.error : this.down.get(member.host);
            if (known)
                return [{ host: member.host, error: known }];
            try {
                const found = await member.runtime.replicas(service);
                // The host's own runtime knows no host name: the fleet names it.
                return found.map((entry) => ({ ...entry, host: member.host }));
            }
            catch (error) {
                return [{ host: member.host, error: asError(error) }];
            }
        }));
        return perHost.flat();
    }
}
function asError(error) {
    return error instanceof Error ? error : new Error((0,errors/* messageOf */.bD)(error));
}

;// CONCATENATED MODULE: ./src/wiring/fleet.ts







/**
 * One SshRunner per host of `target.hosts` (the same ssh settings, dir and compose for each), opened concurrently. A host
 * that cannot be reached is not a reason to stop: it is a HostFailure for what it hosts, named, and the others go on.
 */
async function connectFleet(config, options) {
    const { logger, redactor, localRunner } = options;
    const { compose } = config.target;
    const connected = await Promise.all(options.hosts.map(async (host) => {
        const name = host.hostname;
        if (!options.connect)
            return { host: name, error: new errors/* InfraError */.Ri(options.notConnected) };
        try {
            const ssh = await openSshRunner({ ...config.target, host }, { logger, redactor });
            return { host: name, ssh };
        }
        catch (error) {
            return { host: name, error: error instanceof Error ? error : new errors/* InfraError */.Ri((0,errors/* messageOf */.bD)(error)) };
        }
    }));
    const members = [];
    const hosts = [];
    let first = null;
    for (const entry of connected) {
        if (!('ssh' in entry)) {
            logger.warn(`${entry.host} cannot be reached: ${(0,errors/* firstLineOf */.Qy)(entry.error)}`);
            members.push(entry);
            hosts.push(entry);
            continue;
        }
        const docker = new adapters_docker/* DockerCli */.V(entry.ssh, logger);
        const project = new adapters_compose/* ComposeCli */.f4(entry.ssh, {
            dir: config.target.dir,
            project: compose.project,
            files: compose.files,
            logger,
            docker
        });
        const ship = new ShipTarget({
            local: localRunner,
            remote: entry.ssh,
            checkout: config.baseDir,
            dir: config.target.dir,
            logger
        });
        first ??= { docker, compose: project };
        members.push({
            host: entry.host,
            runtime: new engine/* EngineRuntime */.r({ docker, project: project.project, services: config.services })
        });
        hosts.push({ host: entry.host, ship, compose: project, docker });
    }
    return {
        runtime: new FleetRuntime(members),
        hosts,
        first,
        async close() {
            await Promise.allSettled(connected.map((entry) => ('ssh' in entry ? entry.ssh.close() : undefined)));
        }
    };
}

;// CONCATENATED MODULE: ./src/wiring/deps.ts

















/** The checkout's source tree (git-aware): source paths and `discover` globs are matched in it. */
function sourceTreeFor(config, logger = ports/* silentLogger */.qq, redactor = new redact/* Redactor */.pO([])) {
    return sourceTreeAt(config.baseDir, logger, redactor);
}
/** The checkout at `dir` (git-aware: tracked files; the folder itself outside git). */
function sourceTreeAt(dir, logger = ports/* silentLogger */.qq, redactor = new redact/* Redactor */.pO([])) {
    return new GitSourceTree(dir, new exec/* LocalRunner */.Q(logger, redactor));
}
/** The reader of the config's OpenAPI documents (the parser itself is loaded only when a document is read). */
function apiDescriptionsFor() {
    return new SwaggerParserDescriptions();
}
/**
 * The one place that wires the real adapters for a config. Images are always built from the checkout on the local engine; the
 * target is the local engine too, or the engine behind `target.host` over ssh. An unreachable target does not throw here: a run that needs it
 * stops with the reason (once); one that does not (source, probes) goes on.
 */
async function createDeps(config, options = {}) {
    const logger = options.logger ?? ports/* silentLogger */.qq;
    const redactor = options.redactor ?? new redact/* Redactor */.pO(config.secrets);
    const localRunner = new exec/* LocalRunner */.Q(logger, redactor, options.early);
    const { compose } = config.target;
    // Files on this machine are read directly (no `compose config` round before a build); a remote target's only by compose.
    const composeAt = (runner, docker, dir) => new adapters_compose/* ComposeCli */.f4(runner, {
        dir,
        project: compose.project,
        files: compose.files,
        logger,
        docker,
        readsFiles: runner === localRunner
    });
    const shipOver = (remote) => new ShipTarget({ local: localRunner, remote, checkout: config.baseDir, dir: config.target.dir, logger });
    // The local engine's socket, for the archive fallback's stats; a remote engine is read through `docker cp` over ssh.
    const localDocker = new adapters_docker/* DockerCli */.V(localRunner, logger, { engineSocket: await (0,endpoint/* localEngineSocket */.T)() });
    const build = {
        docker: localDocker,
        compose: composeAt(localRunner, localDocker, config.target.host || config.target.hosts ? config.baseDir : config.target.dir)
    };
    const publisher = new DockerPublisher(localRunner);
    // The target's settings hold a variable that is not set (it was loaded for layers that never reach it): never connect.
    const unset = (0,uses/* unresolvedFor */.hg)(config, ['target']);
    if (config.target.hosts) {
        const fleet = await connectFleet(config, {
            hosts: config.target.hosts,
            logger,
            redactor,
            localRunner,
            connect: options.connectTarget !== false && !unset,
            notConnected: unset ? `the fleet is not connected: ${unset.message}` : 'the fleet is not connected in this step'
        });
        const http = new adapters_http/* NodeHttpClient */.O();
        const nodes = fleet.runtime.hosts;
        const engine = {
            build,
            // The side a single-target deploy would use; a fleet deploy works host by host (`fleet.hosts`).
            target: fleet.first ?? {
                docker: build.docker,
                compose: null,
                unavailable: new errors/* InfraError */.Ri('no host of the fleet could be reached')
            },
            runtime: fleet.runtime,
            nodes,
            http,
            tree: new GitSourceTree(config.baseDir, localRunner),
            apis: apiDescriptionsFor(),
            logger,
            redactor
        };
        return {
            ...engine,
            ship: null,
            publisher,
            swarm: null,
            fleet: {
                hosts: fleet.hosts,
                only: (hosts) => ({
                    ...engine,
                    runtime: fleet.runtime.only(hosts),
                    nodes: nodes.filter((n) => hosts.includes(n))
                })
            },
            async close() {
                await Promise.allSettled([http.close(), fleet.close()]);
            }
        };
    }
    let target = build;
    let ship = shipOver(localRunner);
    let closeTarget = async () => { };
    let managerRunner = localRunner;
    if (config.target.host && (options.connectTarget === false || unset)) {
        const reason = unset ? `the target is not connected: ${unset.message}` : 'the target is not connected in this step';
        target = { docker: build.docker, compose: null, unavailable: new errors/* InfraError */.Ri(reason) };
        ship = null;
    }
    else if (config.target.host) {
        try {
            const ssh = await openSshRunner(config.target, { logger, redactor });
            const remoteDocker = new adapters_docker/* DockerCli */.V(ssh, logger);
            target = { docker: remoteDocker, compose: composeAt(ssh, remoteDocker, config.target.dir) };
            ship = shipOver(ssh);
            managerRunner = ssh;
            closeTarget = () => ssh.close();
        }
        catch (error) {
            // Not thrown here: a run that needs the target stops with it (once); one that does not (source, probes) goes on.
            target = {
                docker: build.docker,
                compose: null,
                unavailable: error instanceof Error ? error : new errors/* InfraError */.Ri((0,errors/* messageOf */.bD)(error))
            };
            ship = null;
        }
    }
    const http = new adapters_http/* NodeHttpClient */.O();
    const engineRuntime = new engine/* EngineRuntime */.r({
        docker: target.docker,
        project: target.compose?.project ?? null,
        services: config.services,
        unavailable: target.unavailable
    });
    // A Swarm whose manager could not be reached keeps the engine runtime: it says why, once.
    const swarm = config.target.swarm && !target.unavailable
        ? swarmSide(config, {
            local: localRunner,
            manager: managerRunner,
            managerDocker: target.docker,
            logger,
            redactor
        })
        : null;
    const runtime = swarm?.runtime ?? engineRuntime;
    return {
        build,
        target,
        runtime,
        // The one host's nodeUrl is probed too, when a service has one.
        nodes: config.target.host ? [config.target.host.hostname] : [],
        http,
        // Over the local runner: it takes git's early answers.
        tree: new GitSourceTree(config.baseDir, localRunner),
        apis: apiDescriptionsFor(),
        logger,
        redactor,
        ship,
        publisher,
        swarm: swarm?.swarm ?? null,
        async close() {
            await swarm?.close();
            await Promise.allSettled([http.close(), closeTarget()]);
        }
    };
}
/**
 * Opens the adapters for a config (an ssh connection for a remote target, an HTTP pool), runs `work`, and always closes
 * them, also when `work` throws: the one way the CLI and library users hold adapters.
 */
async function withDeps(config, options, work) {
    const deps = await createDeps(config, options);
    try {
        return await work(deps);
    }
    finally {
        await deps.close();
    }
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
