export const id = 868;
export const ids = [868];
export const modules = {

/***/ 14868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 13 modules
var load = __webpack_require__(47240);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/compose/interpolate.ts
var compose_interpolate = __webpack_require__(56543);
// EXTERNAL MODULE: ./src/core/compose/mapping.ts
var mapping = __webpack_require__(11022);
// EXTERNAL MODULE: ./src/core/compose/published-port.ts
var published_port = __webpack_require__(89052);
;// CONCATENATED MODULE: ./src/init/compose.ts






/** `dir`: the compose file's folder relative to the repository root. Throws a one-line Error for what is not compose YAML. */
function parseComposeFile(text, file, dir = '') {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
        throw new Error(`${file}:${line}:${col}: invalid YAML: ${(0,errors/* firstLineOf */.Qy)(error).replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const raw = doc.toJS();
    if (!(0,mapping/* isMapping */.p)(raw) || !(0,mapping/* isMapping */.p)(raw.services))
        throw new Error(`${file}: no \`services:\` section`);
    return Object.entries(raw.services).map(([name, value]) => serviceOf(name, (0,mapping/* isMapping */.p)(value) ? value : {}, dir));
}
/** The override's services over the file's: its build and image win, its ports are added (as compose adds them). */
function mergeOverride(base, override) {
    const merged = base.map((service) => {
        const over = override.find((o) => o.name === service.name);
        if (!over)
            return service;
        return {
            ...service,
            build: over.build ?? service.build,
            image: over.image ?? service.image,
            ports: [...service.ports, ...over.ports]
        };
    });
    return [...merged, ...override.filter((o) => !base.some((b) => b.name === o.name))];
}
/** The URL driftcheck probes a service at: its first TCP port published on the host, on loopback. */
function serviceUrl(ports) {
    const port = ports.find((p) => p.status === 'published');
    if (!port || port.status !== 'published')
        return null;
    const ip = port.hostIp && port.hostIp !== '0.0.0.0' && port.hostIp !== '::' ? port.hostIp : '127.0.0.1';
    return `http://${ip.includes(':') ? `[${ip}]` : ip}:${port.host}`;
}
// ---------------------------------------------------------------------------------------------------------------------
function serviceOf(name, value, dir) {
    const image = typeof value.image === 'string' ? value.image : null;
    const ports = Array.isArray(value.ports) ? value.ports.map(portOf) : [];
    return { name, build: buildOf(value.build, dir), image, ports };
}
function buildOf(build, dir) {
    if (typeof build === 'string')
        return { context: join(dir, build), dockerfile: 'Dockerfile' };
    if (!(0,mapping/* isMapping */.p)(build))
        return null;
    const context = join(dir, typeof build.context === 'string' ? build.context : '.');
    const dockerfile = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
    return { context, dockerfile, ...(typeof build.target === 'string' ? { target: build.target } : {}) };
}
/** `8080:80`, `127.0.0.1:8080:80`, `80`, `"8080:80/tcp"`, the long form `{ target, published, host_ip }`. */
function portOf(value) {
    const written = (0,mapping/* isMapping */.p)(value) ? JSON.stringify(value) : String(value);
    const unknown = (reason) => ({ status: 'unknown', written, reason });
    const resolved = withoutVariables(value);
    if (resolved === null)
        return unknown('it uses a variable without a default (its value is known only where compose runs)');
    const spec = (0,published_port/* parsePortSpec */.q)(resolved);
    if ('problem' in spec)
        return unknown('it is not one container port (a range or a form init does not read)');
    if (spec.protocol !== 'tcp')
        return unknown(`it is a ${spec.protocol} port (driftcheck probes HTTP, over TCP)`);
    if (spec.published === null)
        return unknown('compose picks a random host port for it');
    const host = (0,published_port/* wholePort */.p)(spec.published);
    if (host === null)
        return unknown(`its host port \`${spec.published}\` is not one number`);
    return { status: 'published', host, container: spec.target, hostIp: spec.hostIp };
}
/** The port as compose would read it with no variable set (`${PORT:-8080}` → `8080`); null when a variable has no default. */
function withoutVariables(value) {
    const interpolate = (text) => (0,compose_interpolate/* interpolateCompose */.g)(text, {}, 'unknown');
    if (!(0,mapping/* isMapping */.p)(value))
        return interpolate(String(value));
    const fields = Object.entries(value).map(([key, field]) => [
        key,
        typeof field === 'string' ? interpolate(field) : field
    ]);
    return fields.some(([, field]) => field === null) ? null : Object.fromEntries(fields);
}
function join(dir, path) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir || '.', path));
    return joined === '.' ? '' : joined.replace(/\/+$/, '').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/init/conventions.ts

/** Folder names whose children are features, by how common they are. */
const CONVENTION_FOLDERS = [
    'modules',
    'routes',
    'pages',
    'features',
    'controllers',
    'handlers',
    'plugins',
    'apps',
    'packages'
];
/** Never read for conventions: dependencies, build output, VCS data. */
const SKIPPED = new Set(['node_modules', 'vendor', 'dist', 'build', 'out', 'coverage', 'target', '__pycache__']);
/** The conventions among `files` (repository-relative paths), in path order. */
function detectConventions(files) {
    const byFolder = new Map();
    for (const file of files) {
        const parts = file.split('/');
        if (parts.some((p) => SKIPPED.has(p) || p.startsWith('.')))
            continue;
        for (let i = 0; i < parts.length - 1; i++) {
            if (!CONVENTION_FOLDERS.includes(parts[i]))
                continue;
            const folder = parts.slice(0, i + 1).join('/');
            const entry = byFolder.get(folder) ?? { dirs: new Set(), files: [] };
            if (i + 2 < parts.length)
                entry.dirs.add(parts[i + 1]);
            else
                entry.files.push(parts[i + 1]);
            byFolder.set(folder, entry);
        }
    }
    const conventions = [];
    for (const [folder, entry] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
        const kind = external_node_path_.posix.basename(folder);
        if (entry.dirs.size) {
            conventions.push({ folder, kind, glob: `${folder}/*/`, children: 'folders', names: [...entry.dirs].sort() });
            continue;
        }
        // Files of one kind only (pages/*.html): mixed kinds are code of the folder itself, not one feature per file.
        const features = entry.files;
        const extensions = new Set(features.map((f) => external_node_path_.posix.extname(f)));
        const [extension] = extensions;
        if (extensions.size === 1 && extension && features.length) {
            const names = features.map((f) => f.slice(0, -extension.length)).sort();
            conventions.push({ folder, kind, glob: `${folder}/*${extension}`, children: 'files', extension, names });
        }
    }
    return conventions.filter((c) => !nestedInAnother(c, conventions));
}
/** `apps/api/src/modules` is its own convention; `apps/api/src/modules/x/routes` (inside a module) is not. */
function nestedInAnother(convention, all) {
    return all.some((other) => other !== convention &&
        other.kind !== 'apps' &&
        other.kind !== 'packages' &&
        convention.folder.startsWith(`${other.folder}/`));
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/init/dockerfile.ts

/** One-based line numbers, as a person reads the file. */
function parseDockerfile(text) {
    const stages = [];
    for (const instruction of main.DockerfileParser.parse(text).getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        const line = instruction.getRange().start.line + 1;
        if (keyword === 'FROM') {
            const [image = '', as, name] = instruction.getArguments().map((a) => a.getValue());
            stages.push({ name: as?.toUpperCase() === 'AS' && name ? name.toLowerCase() : null, base: image, steps: [] });
            continue;
        }
        const stage = stages.at(-1);
        if (!stage)
            continue; // ARG before the first FROM: nothing is placed in an image by it.
        if (keyword === 'WORKDIR')
            stage.steps.push({ kind: 'workdir', path: argumentsOf(instruction).join(' '), line });
        else if (keyword === 'RUN')
            stage.steps.push({ kind: 'run', line });
        else if (keyword === 'COPY' || keyword === 'ADD') {
            const words = argumentsOf(instruction);
            if (words.length < 2)
                continue; // invalid; docker refuses to build it
            const from = flagsOf(instruction).find((f) => f.name === 'from')?.value ?? null;
            stage.steps.push({ kind: 'copy', keyword, sources: words.slice(0, -1), dest: words.at(-1), from, line });
        }
    }
    return stages;
}
/** The words of an instruction without its flags: the JSON form's strings, or the shell form's arguments. */
function argumentsOf(instruction) {
    const json = 'getJSONStrings' in instruction ? instruction.getJSONStrings() : [];
    if (json.length)
        return json.map((s) => s.getJSONValue());
    return instruction.getArguments().map((a) => a.getValue());
}
function flagsOf(instruction) {
    if (!('getFlags' in instruction))
        return [];
    return instruction.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() }));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/init/dockerignore.ts

/**
 * `.dockerignore` as docker reads it: one pattern a line relative to the context's root (a leading `/` means the same),
 * `#` comments, `!` re-includes, the last pattern that matches decides, and a pattern that matches a folder excludes
 * everything under it. Returns whether a context path is left out of the build context.
 */
function dockerignore(text) {
    const rules = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).trim().replace(/^\/+/, '').replace(/\/+$/, '');
        return { negated, match: picomatch_default()(pattern.replace(/^\.\//, ''), { dot: true }) };
    });
    return (contextPath) => {
        const parts = contextPath.split('/').filter(Boolean);
        const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
        let excluded = false;
        for (const rule of rules)
            if (candidates.some((c) => rule.match(c)))
                excluded = !rule.negated;
        return excluded;
    };
}

;// CONCATENATED MODULE: ./src/init/image-map.ts

/** The final image's map: the last stage, or `target` (compose `build.target`). */
function mapImage(stages, facts, target) {
    const maps = [];
    const workdirs = [];
    stages.forEach((stage, index) => {
        const parent = stageIndex(stages, stage.base, index);
        const inherited = parent === null ? { mounts: [], unresolved: [] } : maps[parent];
        const map = { mounts: [...inherited.mounts], unresolved: [...inherited.unresolved] };
        let workdir = parent === null ? '/' : workdirs[parent];
        for (const step of stage.steps) {
            if (step.kind === 'workdir')
                workdir = external_node_path_.posix.resolve(workdir, step.path);
            else if (step.kind === 'copy')
                applyCopy(map, step, workdir, facts, stages, index, maps);
            else
                applyCompilers(map, step, facts);
        }
        maps.push(map);
        workdirs.push(workdir);
    });
    const final = target === undefined ? maps.length - 1 : stageIndex(stages, target, stages.length);
    return final === null || final < 0 ? { mounts: [], unresolved: [] } : maps[final];
}
function placeInImage(map, contextPath) {
    const path = normaliseSource(contextPath);
    const blocker = map.unresolved.find((u) => u.source === '' || covers(u.source, path) || covers(path, u.source));
    const at = map.mounts
        .filter((m) => (m.kind === 'dir' ? covers(m.source, path) : m.source === path))
        .map((mount) => ({ image: external_node_path_.posix.join(mount.image, external_node_path_.posix.relative(mount.source || '.', path || '.')), mount }));
    const unique = at.filter((a, i) => at.findIndex((b) => b.image === a.image) === i);
    if (unique.length)
        return { status: 'placed', at: unique };
    if (blocker)
        return { status: 'ambiguous', reason: blocker.reason };
    return { status: 'absent' };
}
// ---------------------------------------------------------------------------------------------------------------------
function applyCopy(map, step, workdir, facts, stages, index, maps) {
    const written = `${step.keyword}${step.from ? ` --from=${step.from}` : ''} ${step.sources.join(' ')} ${step.dest} (line ${step.line})`;
    if (hasVariable(step.dest) || (!step.from && step.sources.some(hasVariable))) {
        for (const source of step.sources)
            map.unresolved.push({ source: normaliseSource(source), reason: `${written} uses a variable` });
        return;
    }
    const dest = external_node_path_.posix.resolve(workdir, step.dest);
    const intoFolder = step.dest.endsWith('/') || step.sources.length > 1;
    if (step.from !== null) {
        const from = stageIndex(stages, step.from, index);
        if (from === null)
            return; // an outside image: nothing of the context comes with it
        for (const source of step.sources)
            copyFromStage(map, maps[from], source, dest, intoFolder, written);
        return;
    }
    for (const raw of step.sources) {
        if (/^[a-z]+:\/\//i.test(raw))
            continue; // ADD of a URL
        const source = normaliseSource(raw);
        if (isGlob(source)) {
            const reason = `${written} copies a glob: where each match lands depends on what it matches`;
            map.unresolved.push({ source: literalBase(source), reason });
            continue;
        }
        if (!facts.exists(source))
            continue;
        const isDir = facts.isDirectory(source);
        const image = isDir || !intoFolder ? dest : external_node_path_.posix.join(dest, external_node_path_.posix.basename(source));
        map.mounts.push({ source, image, kind: isDir ? 'dir' : 'file', via: [written] });
    }
}
/** `COPY --from=stage P D`: whatever of the context that stage holds at or under P (or above it) moves under D. */
function copyFromStage(map, stage, raw, dest, intoFolder, written) {
    if (hasVariable(raw) || isGlob(raw)) {
        map.unresolved.push({ source: '', reason: `${written} copies a glob or variable from another stage` });
        return;
    }
    const from = external_node_path_.posix.resolve('/', raw);
    for (const mount of stage.mounts) {
        const via = [written, ...mount.via];
        const extra = mount.compiled ? { compiled: true } : {};
        if (covers(mount.image, from) && from !== mount.image) {
            // The copied path is inside what the mount placed: it maps back to a context path below the mount's.
            if (mount.kind !== 'dir')
                continue;
            const source = external_node_path_.posix.join(mount.source || '.', external_node_path_.posix.relative(mount.image, from)).replace(/^\.$/, '');
            map.mounts.push({ source, image: dest, kind: 'dir', via, ...extra });
        }
        else if (covers(from, mount.image)) {
            const below = external_node_path_.posix.relative(from, mount.image);
            const image = below === '' && mount.kind === 'file' && intoFolder
                ? external_node_path_.posix.join(dest, external_node_path_.posix.basename(from))
                : external_node_path_.posix.join(dest, below);
            map.mounts.push({ ...mount, image, via, ...extra });
        }
    }
    for (const unresolved of stage.unresolved)
        map.unresolved.push(unresolved);
}
/**
 * A RUN in a stage that holds a tsconfig.json compiles its `rootDir` into its `outDir` (the project's own statement of
 * where the output goes), so the output folder is placed as the compiled form of the source folder.
 */
function applyCompilers(map, step, facts) {
    for (const compiler of facts.compilers ?? []) {
        const config = placeInImage({ mounts: map.mounts, unresolved: [] }, compiler.config);
        if (config.status !== 'placed')
            continue;
        const folder = external_node_path_.posix.dirname(compiler.config) === '.' ? '' : external_node_path_.posix.dirname(compiler.config);
        const source = normaliseSource(external_node_path_.posix.join(folder || '.', compiler.rootDir));
        const rootDirs = placeInImage({ mounts: map.mounts, unresolved: [] }, source);
        for (const { image } of config.at) {
            // tsc reads rootDir beside its tsconfig: compiled only when the source folder is there in this stage.
            const rootDir = external_node_path_.posix.join(external_node_path_.posix.dirname(image), compiler.rootDir);
            if (rootDirs.status !== 'placed' || !rootDirs.at.some((a) => a.image === rootDir))
                continue;
            const out = external_node_path_.posix.join(external_node_path_.posix.dirname(image), compiler.outDir);
            if (map.mounts.some((m) => m.compiled && m.image === out && m.source === source))
                continue;
            const via = `RUN (line ${step.line}) compiles ${source || '.'} into ${out} (${compiler.config}: rootDir ${compiler.rootDir}, outDir ${compiler.outDir})`;
            map.mounts.push({ source, image: out, kind: 'dir', via: [via], compiled: true });
        }
    }
}
/** The stage a `--from` or `FROM` names (by name or index) among those before `before`, or null for an outside image. */
function stageIndex(stages, ref, before) {
    const lower = ref.toLowerCase();
    if (/^\d+$/.test(ref))
        return Number(ref) < before ? Number(ref) : null;
    for (let i = before - 1; i >= 0; i--)
        if (stages[i].name === lower)
            return i;
    return null;
}
/** `./src/`, `/src`, `src` → `src`; `.` and `./` → ''. COPY sources are relative to the context even when written absolute. */
function normaliseSource(path) {
    const normal = external_node_path_.posix.normalize(`/${path}`).replace(/\/+$/, '');
    return normal.slice(1);
}
/** `ancestor` is `path` or a folder above it ('' is the root, above everything). */
function covers(ancestor, path) {
    return ancestor === '' || ancestor === path || path.startsWith(`${ancestor.replace(/\/$/, '')}/`);
}
/** `src/*\/x` → `src`: the folder a glob's matches are under. */
function literalBase(glob) {
    const parts = glob.split('/');
    return parts.slice(0, parts.findIndex(isGlob)).join('/');
}
const isGlob = (path) => /[*?[]/.test(path);
const hasVariable = (path) => path.includes('$');

;// CONCATENATED MODULE: ./src/init/plan.ts






/** The files the plan reads beyond the compose file: each build's Dockerfile, .dockerignore and tsconfig.json files. */
function textsToRead(services, files) {
    const wanted = new Set();
    for (const { build } of services) {
        if (!build)
            continue;
        wanted.add(dockerfilePath(build));
        wanted.add(joinPath(build.context, '.dockerignore'));
        for (const file of files)
            if (inside(build.context, file) && external_node_path_.posix.basename(file) === 'tsconfig.json')
                wanted.add(file);
    }
    return [...wanted].filter((f) => files.includes(f));
}
const OPENAPI_DOCUMENT = /^(openapi|swagger)\.(ya?ml|json)$/i;
const MAX_FALLBACK_PATHS = 8;
function planInit(snapshot) {
    const todos = [];
    const read = [snapshot.composeFile];
    const built = [];
    const services = [];
    for (const service of snapshot.services) {
        if (!service.build) {
            const what = service.image ? `runs the image ${service.image}` : 'has neither build nor image';
            todos.push({
                section: 'services',
                text: `${service.name} ${what}, not built from this repository: nothing of the source to check in it (add it here with a \`url\` to probe its routes)`
            });
            continue;
        }
        const dockerfile = dockerfilePath(service.build);
        const text = snapshot.texts[dockerfile];
        if (text === undefined) {
            todos.push({
                section: 'services',
                text: `${service.name}: ${dockerfile} is not in the checkout, so nothing maps into its image`
            });
            services.push({ name: service.name, url: serviceUrl(service.ports), comment: portComment(service) });
            continue;
        }
        read.push(dockerfile);
        const ignoreFile = joinPath(service.build.context, '.dockerignore');
        const ignoreText = snapshot.texts[ignoreFile];
        if (ignoreText !== undefined)
            read.push(ignoreFile);
        const map = mapImage(parseDockerfile(text), contextFacts(snapshot, service.build.context), service.build.target);
        built.push({
            name: service.name,
            context: service.build.context,
            dockerfile,
            map,
            ignored: ignoreText === undefined ? () => false : dockerignore(ignoreText)
        });
        services.push({ name: service.name, url: serviceUrl(service.ports), comment: portComment(service) });
        const unknown = service.ports.filter((p) => p.status === 'unknown');
        if (!serviceUrl(service.ports))
            todos.push({
                section: 'services',
                text: `${service.name} publishes no port driftcheck can reach${unknown[0]?.status === 'unknown' ? ` (${unknown[0].written}: ${unknown[0].reason})` : ''}: add its \`url\` to probe its routes`
            });
    }
    const discover = discoverEntries(detectConventions(snapshot.files), built, todos);
    const openapi = openapiEntries(snapshot.files, built, services, todos);
    const covered = new Set(discover.flatMap((d) => Object.keys(d.artifact)));
    const features = built.filter((b) => !covered.has(b.name)).flatMap((b) => fallbackFeature(b, snapshot.files, todos));
    return { read: [...new Set(read)], services, discover, features, openapi, todos };
}
// ---------------------------------------------------------------------------------------------------------------------
function discoverEntries(conventions, built, todos) {
    const entries = [];
    for (const convention of conventions) {
        const artifact = {};
        const why = [];
        const doubts = [];
        const contexts = built.filter((b) => convention.names.some((n) => b.context === `${convention.folder}/${n}`));
        for (const service of built) {
            if (!inside(service.context, convention.folder))
                continue;
            const contextPath = relativeTo(service.context, convention.folder);
            if (service.ignored(contextPath)) {
                doubts.push(`${service.name}: ${service.context || '.'}/.dockerignore leaves it out of the build context`);
                continue;
            }
            const placement = placeInImage(service.map, contextPath);
            if (placement.status === 'ambiguous')
                doubts.push(`${service.name}: ${placement.reason}`);
            if (placement.status !== 'placed')
                continue;
            const usable = placement.at.filter((a) => convention.children === 'folders' || !a.mount.compiled);
            if (!usable.length) {
                doubts.push(`${service.name}: its ${convention.extension} files are compiled (their names change in the image)`);
                continue;
            }
            artifact[service.name] = usable.map(({ image }) => convention.children === 'folders' ? `${image}/{name}` : `${image}/{name}${convention.extension}`);
            why.push(`${service.name}: ${usable.map((a) => `${a.image} (${service.dockerfile}: ${a.mount.via.join(' ← ')})`).join(', ')}`);
        }
        const count = `${convention.names.length} ${convention.children === 'folders' ? 'folder' : 'file'}${convention.names.length === 1 ? '' : 's'}`;
        if (Object.keys(artifact).length) {
            entries.push({
                source: convention.glob,
                artifact,
                comment: `${convention.glob} (${count}: ${listed(convention.names)}) → ${why.join('; ')}`,
                names: convention.names,
                kind: convention.kind
            });
        }
        else if (contexts.length) {
            // apps/api is itself a build context: its own conventions are mapped in its own image.
            continue;
        }
        else {
            const reason = doubts.length ? doubts.join('; ') : 'it is not copied into any image built here';
            todos.push({ section: 'discover', text: `${convention.glob} (${count}) is not mapped: ${reason}` });
        }
    }
    return nameCollisions(entries).map(({ names: _names, kind: _kind, ...entry }) => entry);
}
/** Two entries that would make the same feature name (a `users` module and a `users` page) get a prefix: a name is unique. */
function nameCollisions(entries) {
    return entries.map((entry) => {
        const clash = entries.some((other) => other !== entry && other.names.some((n) => entry.names.includes(n)));
        if (!clash)
            return entry;
        const sameKind = entries.some((other) => other !== entry && other.kind === entry.kind);
        const prefix = sameKind ? entry.source.replace(/\/?\*.*$/, '').replace(/[^A-Za-z0-9]+/g, '-') : entry.kind;
        return { ...entry, name: `${prefix}-{name}` };
    });
}
function openapiEntries(files, built, services, todos) {
    const documents = files.filter((f) => OPENAPI_DOCUMENT.test(external_node_path_.posix.basename(f)) && !skipped(f));
    const entries = [];
    for (const document of documents) {
        const deepest = Math.max(-1, ...built.filter((b) => inside(b.context, document)).map((b) => b.context.length));
        const owners = built.filter((b) => inside(b.context, document) && b.context.length === deepest);
        const owner = owners.length === 1
            ? { service: owners[0], why: `it is in ${owners[0].name}'s build context (${owners[0].context || '.'})` }
            : owners.length === 0 && built.length === 1
                ? { service: built[0], why: `${built[0].name} is the only service built here` }
                : null;
        if (!owner) {
            const which = owners.length
                ? `${owners.map((o) => o.name).join(' and ')} build from its folder`
                : 'no service builds from its folder';
            todos.push({ section: 'openapi', text: `${document}: which service serves it? ${which}` });
            continue;
        }
        const name = owner.service.name;
        if (entries.some((e) => e.service === name)) {
            todos.push({
                section: 'openapi',
                text: `${document}: ${name} already has ${entries.find((e) => e.service === name).document}`
            });
            continue;
        }
        if (!services.find((s) => s.name === name)?.url) {
            todos.push({ section: 'openapi', text: `${document} (${name}): ${name} has no url to probe its operations at` });
            continue;
        }
        entries.push({
            service: name,
            document,
            comment: `every operation of ${document} is a route probe of ${name}: ${owner.why}`
        });
    }
    return entries;
}
/**
 * A service no convention covers is still checked: one feature with what its Dockerfile copies from the context's top
 * level (each entry's path in the image), so a build that stops copying one of them is build-drift.
 */
function fallbackFeature(service, files, todos) {
    const top = new Set(files
        .filter((f) => inside(service.context, f) && !skipped(relativeTo(service.context, f)))
        .map((f) => relativeTo(service.context, f).split('/')[0]));
    const source = [];
    const artifact = [];
    const via = [];
    for (const entry of [...top].sort()) {
        if (source.length >= MAX_FALLBACK_PATHS || service.ignored(entry))
            continue;
        const placement = placeInImage(service.map, entry);
        if (placement.status !== 'placed')
            continue;
        const isDir = files.some((f) => f.startsWith(`${joinPath(service.context, entry)}/`));
        source.push(joinPath(service.context, entry) + (isDir ? '/' : ''));
        artifact.push(...placement.at.map((a) => a.image));
        via.push(...placement.at.map((a) => a.mount.via[0]));
    }
    if (!source.length) {
        todos.push({
            section: 'features',
            text: `${service.name}: nothing of its build context (${service.context || '.'}) could be placed in its image by ${service.dockerfile}; write its feature's artifact paths by hand`
        });
        return [];
    }
    return [
        {
            name: service.name,
            source,
            artifact: { [service.name]: [...new Set(artifact)] },
            comment: `${service.name}: no folder convention maps into its image; what ${service.dockerfile} copies (${[...new Set(via)].join('; ')})`
        }
    ];
}
function contextFacts(snapshot, context) {
    const inContext = snapshot.files.filter((f) => inside(context, f)).map((f) => relativeTo(context, f));
    const files = new Set(inContext);
    const dirs = new Set(inContext.flatMap((f) => f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    const compilers = inContext
        .filter((f) => external_node_path_.posix.basename(f) === 'tsconfig.json')
        .flatMap((f) => compilerOf(f, snapshot.texts[joinPath(context, f)]));
    return {
        isDirectory: (path) => path === '' || dirs.has(path),
        exists: (path) => path === '' || dirs.has(path) || files.has(path),
        compilers
    };
}
/** tsconfig.json's `compilerOptions.rootDir`/`outDir` (tsconfig allows comments and trailing commas: stripped first). */
function compilerOf(config, text) {
    if (text === undefined)
        return [];
    try {
        const json = JSON.parse(text.replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1'));
        const { rootDir, outDir } = json.compilerOptions ?? {};
        if (typeof outDir !== 'string')
            return [];
        return [{ config, rootDir: typeof rootDir === 'string' ? rootDir : '.', outDir }];
    }
    catch {
        return [];
    }
}
function portComment(service) {
    const port = service.ports.find((p) => p.status === 'published');
    const build = service.build ? `built from ${service.build.context || '.'}` : '';
    if (!port || port.status !== 'published')
        return build;
    return `${build}; publishes ${port.hostIp ? `${port.hostIp}:` : ''}${port.host} → ${port.container}`;
}
function listed(names) {
    return names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
}
const dockerfilePath = (build) => joinPath(build.context, build.dockerfile);
const joinPath = (dir, path) => (dir ? external_node_path_.posix.join(dir, path) : external_node_path_.posix.normalize(path));
const inside = (dir, path) => dir === '' || path === dir || path.startsWith(`${dir}/`);
const relativeTo = (dir, path) => (dir === '' ? path : path === dir ? '' : path.slice(dir.length + 1));
const skipped = (path) => path.split('/').some((p) => p === 'node_modules' || p === 'dist' || p === 'build' || p.startsWith('.'));

// EXTERNAL MODULE: ./src/core/compose/file-names.ts
var file_names = __webpack_require__(9329);
;// CONCATENATED MODULE: ./src/init/read-checkout.ts






/** Folders never walked: VCS data and dependencies (thousands of files that are no feature of the repository). */
const NOT_WALKED = new Set(['.git', 'node_modules']);
/** A bound on the walk: a checkout larger than this is read up to it (conventions sit near the top). */
const MAX_FILES = 100_000;
/**
 * Reads what `init` plans from: the compose file compose itself would find in `root` (and its override), the list of the
 * checkout's files, and the Dockerfiles, .dockerignore and tsconfig.json files of each build. Local files only.
 * `tracked`: the checkout's files as git lists them (the files `discover` will match at verify); null outside git, where
 * the folder is walked.
 */
async function readCheckout(root, tracked = null) {
    const files = await (tracked ? Promise.resolve([...tracked]) : walk(root)).catch((error) => {
        throw new errors/* UsageError */.eb(`cannot read the checkout ${root}: ${error.code === 'ENOENT' ? 'no such folder' : (error.code ?? error.message)}`);
    });
    // The files compose v2 would pick (it takes the first of several; v1 refuses several overrides).
    const found = (0,file_names/* composeFilesIn */.tQ)(files);
    const [composeFile] = found.files;
    const [override] = found.overrides;
    if (!composeFile)
        throw new errors/* UsageError */.eb(`no compose file in ${root}: looked for ${file_names/* COMPOSE_FILE_NAMES */.bv.join(', ')}; init maps a compose project`);
    let services = parseCompose(await (0,promises_.readFile)((0,external_node_path_.join)(root, composeFile), 'utf8'), composeFile);
    if (override)
        services = mergeOverride(services, parseCompose(await (0,promises_.readFile)((0,external_node_path_.join)(root, override), 'utf8'), override));
    const texts = {};
    for (const path of textsToRead(services, files))
        texts[path] = await (0,promises_.readFile)((0,external_node_path_.join)(root, path), 'utf8');
    return { composeFile: override ? `${composeFile}, ${override}` : composeFile, services, files, texts };
}
function parseCompose(text, file) {
    try {
        return parseComposeFile(text, file);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(error.message);
    }
}
async function walk(root) {
    const files = [];
    const pending = [''];
    while (pending.length && files.length < MAX_FILES) {
        const dir = pending.shift();
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const path = dir ? external_node_path_.posix.join(dir, entry.name) : entry.name;
            if (entry.isDirectory() && !NOT_WALKED.has(entry.name))
                pending.push(path);
            else if (entry.isFile())
                files.push(path);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/init/writer.ts

/**
 * The plan as a commented `driftcheck.yml` (the yaml Document API: comments sit on the nodes they explain). Each entry says
 * what it was read from; each TODO says what could not be mapped and why, in the section it belongs to.
 */
function renderConfig(plan) {
    const doc = new dist/* Document */.yo({ version: 1 });
    doc.commentBefore = [
        ` driftcheck.yml, written by \`driftcheck init\` from ${plan.read.join(', ')}.`,
        ' Each entry says what it was read from; a TODO is what init could not map, and why. Then: `driftcheck verify`.'
    ].join('\n');
    const root = doc.contents;
    const todos = (section) => plan.todos.filter((t) => t.section === section).map((t) => ` TODO: ${t.text}`);
    const services = doc.createNode(Object.fromEntries(plan.services.map((s) => [s.name, s.url ? { url: s.url } : {}])));
    plan.services.forEach((service, i) => {
        const pair = services.items[i];
        pair.key.commentBefore = ` ${service.comment}`;
        if ((0,dist/* isMap */.jh)(pair.value) && !service.url)
            pair.value.flow = true;
    });
    addSection(doc, root, 'services', services, todos('services'));
    const discover = doc.createNode(plan.discover.map((d) => ({ source: d.source, ...(d.name ? { name: d.name } : {}), artifact: d.artifact })));
    plan.discover.forEach((entry, i) => {
        const node = discover.items[i];
        node.commentBefore = ` ${entry.comment}`;
        flowLists(node);
    });
    addSection(doc, root, 'discover', discover, todos('discover'));
    const openapi = doc.createNode(Object.fromEntries(plan.openapi.map((o) => [o.service, o.document])));
    plan.openapi.forEach((entry, i) => (openapi.items[i].key.commentBefore = ` ${entry.comment}`));
    addSection(doc, root, 'openapi', openapi, todos('openapi'));
    const features = doc.createNode(Object.fromEntries(plan.features.map((f) => [f.name, { source: f.source, artifact: f.artifact }])));
    plan.features.forEach((feature, i) => {
        const pair = features.items[i];
        pair.key.commentBefore = ` ${feature.comment}`;
        flowLists(pair.value);
    });
    addSection(doc, root, 'features', features, todos('features'));
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
/**
 * A section with entries is written with its TODOs after them; one without entries is left out (an empty `discover:` is
 * a config error), and its TODOs go to the end of the file, still under its name.
 */
function addSection(doc, root, key, node, todos) {
    if (node.items.length) {
        if (todos.length)
            node.comment = todos.join('\n');
        root.add(doc.createPair(key, node));
        return;
    }
    if (!todos.length)
        return;
    const lines = [` ${key}: nothing to write`, ...todos];
    doc.comment = doc.comment ? `${doc.comment}\n${lines.join('\n')}` : lines.join('\n');
}
/** Lists of paths on one line each (`api: [/app/dist/modules/{name}]`): the file stays as short as a hand-written one. */
function flowLists(node) {
    for (const pair of node.items) {
        const value = pair.value;
        if ((0,dist/* isSeq */.oP)(value))
            value.flow = true;
        if ((0,dist/* isMap */.jh)(value))
            for (const inner of value.items)
                if ((0,dist/* isSeq */.oP)(inner.value))
                    inner.value.flow = true;
    }
}

// EXTERNAL MODULE: ./src/wiring/deps.ts + 22 modules
var deps = __webpack_require__(23974);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts








/**
 * `driftcheck init`: a commented driftcheck.yml from what the repository already says (compose file, Dockerfiles, folder
 * conventions, OpenAPI documents), written beside `--config`'s folder as the checkout's root. Never overwrites without --force.
 */
async function initCommand(options) {
    const file = options.config;
    if (!options.dryRun && !options.force && (await exists(file)))
        throw new errors/* UsageError */.eb(`${file} already exists; init never overwrites it (--force replaces it, --dry-run prints instead)`);
    const root = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    const plan = planInit(await readCheckout(root, await trackedFiles(root)));
    if (plan.services.length === 0)
        throw new errors/* UsageError */.eb(`${plan.read[0]}: no service has a \`build:\`; init maps the source into images built from this repository`);
    if (plan.discover.length === 0 && plan.features.length === 0)
        throw new errors/* UsageError */.eb(`nothing of the source could be mapped into an image: ${plan.todos.map((t) => t.text).join('; ')}`);
    const text = renderConfig(plan);
    try {
        (0,load/* parseConfig */.o)(text, file, {});
    }
    catch (error) {
        // The writer's own output must load: a config init cannot stand behind is never written.
        throw new Error(`init made a config driftcheck refuses (a bug in init, please report it): ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (options.dryRun) {
        process.stdout.write(text);
        return 0;
    }
    await (0,promises_.writeFile)(file, text);
    const counts = [
        `${plan.services.length} service${plan.services.length === 1 ? '' : 's'}`,
        `${plan.discover.length} discover entr${plan.discover.length === 1 ? 'y' : 'ies'}`,
        `${plan.openapi.length} OpenAPI document${plan.openapi.length === 1 ? '' : 's'}`,
        `${plan.features.length} feature${plan.features.length === 1 ? '' : 's'}`,
        `${plan.todos.length} TODO${plan.todos.length === 1 ? '' : 's'}`
    ];
    process.stderr.write(`wrote ${file}: ${counts.join(', ')}\n`);
    return 0;
}
/**
 * In a git checkout, the files git tracks — what `discover` matches at verify, so an untracked or ignored folder (a build
 * output, a scratch module) never becomes a discover entry that verify then refuses. Null outside git.
 */
async function trackedFiles(root) {
    const tree = (0,deps/* sourceTreeAt */.Dl)(root);
    if ((await tree.revision()) === null)
        return null;
    return (await tree.match('**')).filter((path) => !path.endsWith('/'));
}
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
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
