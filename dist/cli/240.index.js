export const id = 240;
export const ids = [240];
export const modules = {

/***/ 47240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  o: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/config/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 };
/** The units a duration is written in; a bare number has none and is refused (`timeout: 30` would silently be 30 ms). */
const DURATION_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$';
/** `"500ms"`, `"15s"`, `"1.5s"`, `"2m"` → milliseconds; undefined for anything else, a bare number included. */
function durationMs(value) {
    if (typeof value !== 'string')
        return undefined;
    const match = new RegExp(DURATION_PATTERN).exec(value);
    if (!match)
        return undefined;
    const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]]);
    return ms > 0 ? ms : undefined;
}

;// CONCATENATED MODULE: ./src/config/raw.ts
/** The config as written, once it matches the JSON Schema (before defaults and normalisation). */
const PROBE_KINDS = ['routes', 'auth'];
/** A string or a list of strings, as a list. */
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];

;// CONCATENATED MODULE: ./src/config/ssh-target.ts
// ssh://[user@]host[:port][/] — host may be a name, an IPv4 address or a bracketed IPv6 address.
const SSH_URL = /^ssh:\/\/(?:([^@/:\s]+)@)?([A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/;
/** Parses `target.host`; undefined when it is not `ssh://[user@]host[:port]`. `raw` is the value as written in the file. */
function parseSshTarget(value, raw) {
    const match = SSH_URL.exec(value.trim());
    if (!match)
        return undefined;
    const [, user, host, port] = match;
    const portNumber = port === undefined ? undefined : Number(port);
    if (portNumber !== undefined && (portNumber < 1 || portNumber > 65535))
        return undefined;
    const hostname = host.replace(/^\[(.*)\]$/, '$1');
    return {
        raw,
        hostname,
        ...(user === undefined ? {} : { user: decodeURIComponent(user) }),
        ...(portNumber === undefined ? {} : { port: portNumber })
    };
}

// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(84489);
;// CONCATENATED MODULE: ./src/config/normalize.ts






/** Defaults and normal forms for a config that passed the schema and the semantic checks. */
function normalize(raw, file, index, env, secrets, 
/** Start offsets of the values kept as written, since a variable in them is not set (load.ts). */
waiting = new Set()) {
    const absoluteFile = (0,external_node_path_.resolve)(file);
    const baseDir = (0,external_node_path_.dirname)(absoluteFile);
    const home = env.HOME || (0,external_node_os_.homedir)();
    const checksOf = (spec, at) => {
        const probes = (kind) => (spec[kind] ?? []).map((probe, i) => toProbe(probe, kind, index.location(index.valueOffset([...at, kind, i]))));
        return {
            artifact: Object.fromEntries(Object.entries(spec.artifact ?? {}).map(([service, paths]) => [service, asList(paths)])),
            routes: probes('routes'),
            auth: probes('auth'),
            location: index.location(index.keyOffset(at))
        };
    };
    const features = Object.entries(raw.features ?? {}).map(([name, spec]) => ({
        name,
        source: asList(spec.source),
        ...checksOf(spec, ['features', name])
    }));
    const discover = (raw.discover ?? []).map((entry, i) => ({
        source: entry.source,
        name: entry.name ?? '{name}',
        ...checksOf(entry, ['discover', i])
    }));
    const openapi = Object.entries(raw.openapi ?? {}).map(([service, written]) => ({
        service,
        file: (0,external_node_path_.resolve)(baseDir, written),
        written: index.get(['openapi', service])?.written ?? written,
        location: index.location(index.keyOffset(['openapi', service]))
    }));
    return {
        version: 1,
        file: absoluteFile,
        baseDir,
        target: toTarget(raw.target ?? {}, index, waiting, baseDir, home),
        services: Object.fromEntries(Object.entries(raw.services ?? {}).map(([name, service]) => [name, { name, ...definedOnly(service ?? {}) }])),
        features,
        ...(discover.length ? { discover } : {}),
        ...(openapi.length ? { openapi } : {}),
        ...(raw.preview ? { preview: raw.preview.services ? { services: [...new Set(raw.preview.services)] } : {} } : {}),
        secrets: [...new Set(secrets)]
    };
}
function toTarget(target, index, waiting, baseDir, home) {
    const expand = (p) => (0,external_node_path_.resolve)(baseDir, p.replace(/^~(?=$|\/)/, home));
    // `raw` is the host as written: `${SSH_USER}` stays a reference, never the secret. A host whose variable is not set (no
    // asked layer reaches the target) is still remote, with no name to connect to: `createDeps` never connects to it.
    const sshTarget = (value, ...path) => {
        const written = index.get(['target', ...path])?.written ?? '';
        return waiting.has(index.valueOffset(['target', ...path]))
            ? { raw: written, hostname: '' }
            : parseSshTarget(value, written);
    };
    const host = target.host === undefined ? null : sshTarget(target.host, 'host');
    const hosts = target.hosts?.map((value, i) => sshTarget(value, 'hosts', i));
    const ssh = target.ssh ?? {};
    return {
        host,
        ...(hosts ? { hosts } : {}),
        ssh: {
            ...(ssh.identityFile === undefined ? {} : { identityFile: expand(ssh.identityFile) }),
            ...(ssh.knownHostsFile === undefined ? {} : { knownHostsFile: expand(ssh.knownHostsFile) })
        },
        // A remote dir is a path on the host: checked absolute, kept as written. A local one resolves against the config.
        dir: host || hosts ? target.dir : target.dir === undefined ? baseDir : expand(target.dir),
        compose: definedOnly({
            project: target.compose?.project,
            files: target.compose?.files && [...target.compose.files]
        }),
        ...(target.registry === undefined ? {} : { registry: target.registry.trim().replace(/\/+$/, '') }),
        ...(target.swarm ? { swarm: toSwarm(target.swarm, index) } : {})
    };
}
function toSwarm(swarm, index) {
    const nodes = Object.entries(swarm.nodes ?? {}).map(([node, url]) => {
        const written = index.get(['target', 'swarm', 'nodes', node])?.written ?? '';
        return [node, parseSshTarget(url, written)];
    });
    return { stack: swarm.stack, nodes: Object.fromEntries(nodes) };
}
function toProbe(probe, kind, location) {
    const defaultStatus = kind === 'routes' ? { kind: 'exists' } : { kind: 'codes', codes: [200] };
    return {
        service: probe.service,
        path: probe.path,
        method: (probe.method ?? 'GET').toUpperCase(),
        headers: stringValues(probe.headers),
        ...(probe.params === undefined ? {} : { params: stringValues(probe.params) }),
        ...(probe.body === undefined ? {} : { body: probe.body }),
        expect: toExpectation(probe.expect, defaultStatus),
        // A timeout that is not a duration here holds an unset variable: that probe's layer refuses to run.
        timeoutMs: durationMs(probe.timeout) ?? config/* DEFAULT_PROBE_TIMEOUT_MS */.G,
        location
    };
}
function toExpectation(expect, defaultStatus) {
    if (expect === undefined || typeof expect !== 'object' || Array.isArray(expect)) {
        return { status: expect === undefined ? defaultStatus : toStatus(expect), bodyContains: [], json: {}, headers: {} };
    }
    return {
        status: expect.status === undefined ? defaultStatus : toStatus(expect.status),
        bodyContains: asList(expect.bodyContains),
        json: { ...expect.json },
        headers: stringValues(expect.headers)
    };
}
function toStatus(status) {
    if (status === 'protected' || status === 'exists')
        return { kind: status };
    return { kind: 'codes', codes: [...new Set(asList(status))] };
}
function stringValues(map) {
    return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, String(v)]));
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/artifact-glob.ts
var artifact_glob = __webpack_require__(78660);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
;// CONCATENATED MODULE: ./src/config/positions.ts

/** JSON Pointer, exactly as ajv writes `instancePath`. */
function pointer(path) {
    // Asked for every node of the file: escaping only the segments that need it is ~4x faster at 200 features.
    let out = '';
    for (const segment of path) {
        const text = String(segment);
        out += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
    }
    return out;
}
/** `features.workflow.routes[0].service`, for messages. */
function displayPath(path) {
    return path.reduce((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
/** Offsets → 1-based line and column, by a binary search over the line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            this.starts.push(at + 1);
    }
    linePos(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, col: offset - this.starts[low] + 1 };
    }
}
class PositionIndex {
    file;
    lines;
    nodes = new Map();
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    set(info) {
        this.nodes.set(pointer(info.path), info);
    }
    get(path) {
        return this.nodes.get(typeof path === 'string' ? path : pointer(path));
    }
    location(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** Offset of the key holding `path` (the value's own start when it has no key: list items, the root). */
    keyOffset(path) {
        const info = this.get(path);
        return info?.keyOffset ?? info?.start ?? 0;
    }
    valueOffset(path) {
        return this.get(path)?.start ?? this.keyOffset(path);
    }
    /** A scalar as written in the file (never an interpolated secret), shortened for a one-line message. */
    written(path) {
        const text = this.get(path)?.written ?? '';
        const oneLine = text.replace(/\s+/g, ' ');
        return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
    }
    /** The error for the first problem in file order (missing keys after the object's content). */
    firstError(problems) {
        const first = [...problems].sort((a, b) => (a.sortOffset ?? a.offset) - (b.sortOffset ?? b.offset))[0];
        return first && new errors/* ConfigError */.xL(first.message, this.location(first.offset));
    }
}

// EXTERNAL MODULE: ./src/core/json-path.ts
var json_path = __webpack_require__(30617);
// EXTERNAL MODULE: ./src/core/node-url.ts
var node_url = __webpack_require__(57783);
// EXTERNAL MODULE: ./src/core/path-params.ts
var path_params = __webpack_require__(70999);
;// CONCATENATED MODULE: ./src/config/registry.ts
// `target.registry`: an image repository prefix as docker writes it (`registry.example.com/acme`, `10.0.0.5:5000`), never
// a URL with credentials in it. Docker's own login (`docker login`, its credential store) holds those on each side.
// docker/distribution's reference grammar: a domain (optional port) or a bracketed IPv6 address, then path components.
const DOMAIN = String.raw `(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REGISTRY = new RegExp(`^${DOMAIN}(?:/${COMPONENT})*$`);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
// A prefix never holds an `@` (no digest either): `user:pass@` or `user@` (after any scheme) is credentials, up to the LAST
// `@`, since a password may hold `/` or `@` itself.
const USERINFO = /^((?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?).*@/s;
/** What is wrong with a `target.registry` value, or null when docker can push to `<value>/<service>:<tag>`. */
function registryProblem(value) {
    const trimmed = value.trim().replace(/\/+$/, '');
    if (USERINFO.test(trimmed))
        return 'credentials';
    if (SCHEME.test(trimmed))
        return 'scheme';
    return REGISTRY.test(trimmed) ? null : 'format';
}
/** The value with any `user:pass@` replaced by `***@`: what a message may quote. */
function withoutUserinfo(value) {
    return value.replace(USERINFO, '$1***@');
}

// EXTERNAL MODULE: ./src/core/revision-template.ts
var revision_template = __webpack_require__(29777);
;// CONCATENATED MODULE: ./src/config/suggest.ts
/** Edit distance (insert, delete, substitute, swap of neighbours): enough to catch typos in keys and names. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The closest candidate, when it is close enough to be a plausible typo (case-insensitive); otherwise undefined. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    // A third of the longer word, at least 1: `rotues` → `routes`, but `foo` never becomes `auth`.
    const limit = Math.max(1, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
    return bestDistance <= limit ? best : undefined;
}
/** ` (did you mean \`x\`?)` or nothing. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` (did you mean \`${match}\`?)`;
}

;// CONCATENATED MODULE: ./src/config/semantic.ts












/**
 * The methods a probe may use without opting in (RFC 9110 and PATCH). CONNECT is left out: it opens a tunnel, it does not
 * ask a route anything. A typo (`PSOT`) must not pass: a server answers it 400, and `exists` accepts 400.
 */
const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];
/** What the schema cannot say: cross-references, URLs, ssh targets, methods, features with nothing to check. */
function semanticProblems(config, index) {
    return [
        ...targetProblems(config, index),
        ...registryProblems(config, index),
        ...serviceProblems(config, index),
        ...featureProblems(config, index),
        ...openApiProblems(config, index)
    ];
}
/** `openapi`: each key a service with a `url` (its operations are probed there), each value a path in the checkout. */
function openApiProblems(config, index) {
    const services = config.services ?? {};
    return Object.entries(config.openapi ?? {}).flatMap(([service, file]) => {
        const at = ['openapi', service];
        if (!Object.hasOwn(services, service))
            return [unknownServiceProblem(service, service, Object.keys(services), index.keyOffset(at))];
        if (services[service]?.url === undefined) {
            const message = `service \`${service}\` has no \`url\` to probe its OpenAPI operations, expected \`services.${service}.url\``;
            return [{ offset: index.keyOffset(at), message }];
        }
        if (!file.startsWith('/'))
            return [];
        const message = `\`${displayPath(at)}\` is \`${index.written(at)}\`, an absolute path, expected the document's path in the checkout (relative to the config's folder)`;
        return [{ offset: index.valueOffset(at), message }];
    });
}
/** `unknown service \`apx\` (did you mean \`api\`?), expected one of …`: one wording wherever a service is named. */
function unknownServiceProblem(name, shown, names, offset) {
    const guess = closest(name, names);
    const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
    const known = names.length
        ? `one of ${names.map((n) => `\`${n}\``).join(', ')}`
        : 'a service declared under `services`';
    return { offset, message: `unknown service \`${shown}\`${hint}, expected ${known}` };
}
function registryProblems({ target }, index) {
    if (target?.registry === undefined)
        return [];
    const path = ['target', 'registry'];
    const problem = registryProblem(target.registry);
    if (!problem)
        return [];
    // The value as written minus any `user:pass@` (a literal password must not reach the message), cut only after that.
    const written = withoutUserinfo(index.get(path)?.written ?? '').replace(/\s+/g, ' ');
    const shown = written.length > 60 ? `${written.slice(0, 57)}...` : written;
    const expected = 'expected an image repository prefix like registry.example.com/acme';
    const message = {
        credentials: `\`target.registry\` \`${shown}\` holds credentials; run \`docker login\` on this machine and on the target instead, and write the registry without them`,
        scheme: `\`target.registry\` is \`${shown}\`, ${expected} (no scheme: docker picks https, or http for an insecure registry)`,
        format: `\`target.registry\` is \`${shown}\`, ${expected} (a host[:port], then lowercase path components; no tag)`
    }[problem];
    return [{ offset: index.valueOffset(path), message }];
}
function targetProblems(config, index) {
    return [...hostProblems(config, index), ...swarmProblems(config, index)];
}
function hostProblems({ target }, index) {
    if (target?.host !== undefined && target.hosts !== undefined) {
        const message = '`target.host` and `target.hosts` are both set, expected one of them: `host` for one Docker host, `hosts` for a fleet';
        return [{ offset: index.keyOffset(['target', 'hosts']), message }];
    }
    if (target?.hosts !== undefined)
        return fleetProblems(target.hosts, index) ?? dirProblems(target, index, 'a fleet');
    if (target?.host === undefined)
        return [];
    const hostPath = ['target', 'host'];
    if (!parseSshTarget(target.host, '')) {
        const message = `\`target.host\` is \`${index.written(hostPath)}\`, expected ssh://[user@]host[:port] (omit it for the local engine)`;
        return [{ offset: index.valueOffset(hostPath), message }];
    }
    return dirProblems(target, index, 'an ssh target');
}
/** Each of `target.hosts` an ssh URL, and each host once (`{host}` and the report name a node by its host name). */
function fleetProblems(hosts, index) {
    const seen = new Map();
    for (const [i, value] of hosts.entries()) {
        const path = ['target', 'hosts', i];
        const parsed = parseSshTarget(value, '');
        if (!parsed) {
            const message = `\`target.hosts[${i}]\` is \`${index.written(path)}\`, expected ssh://[user@]host[:port]`;
            return [{ offset: index.valueOffset(path), message }];
        }
        const key = `${parsed.hostname}:${parsed.port ?? 22}`;
        const first = seen.get(key);
        if (first !== undefined) {
            const message = `\`target.hosts[${i}]\` is \`${index.written(path)}\`, the host of \`target.hosts[${first}]\` again, expected each host once`;
            return [{ offset: index.valueOffset(path), message }];
        }
        seen.set(key, i);
    }
    return null;
}
function dirProblems(target, index, what) {
    if (target.dir === undefined) {
        const message = `${what} has no \`target.dir\`, expected the compose project's absolute directory on the host`;
        return [{ offset: index.keyOffset(['target']), sortOffset: index.get(['target'])?.end, message }];
    }
    if (!target.dir.startsWith('/')) {
        const message = `\`target.dir\` is \`${index.written(['target', 'dir'])}\`, expected an absolute path on the ssh host`;
        return [{ offset: index.valueOffset(['target', 'dir']), message }];
    }
    return [];
}
/** `target.swarm`: node URLs are ssh targets; a Swarm is one stack, not a fleet of hosts; its services are the stack's. */
function swarmProblems({ target, services = {} }, index) {
    const swarm = target?.swarm;
    if (!swarm)
        return [];
    const problems = [];
    // `target.hosts` (a fleet of compose hosts) and a Swarm exclude each other: the Swarm's manager knows its nodes.
    if (target?.hosts !== undefined) {
        const message = '`target.swarm` and `target.hosts` cannot be combined, expected `target.host` (a Swarm manager) with `target.swarm`, or `target.hosts` without it';
        problems.push({ offset: index.keyOffset(['target', 'swarm']), message });
    }
    for (const node of Object.keys(swarm.nodes ?? {})) {
        const path = ['target', 'swarm', 'nodes', node];
        if (parseSshTarget(swarm.nodes[node], ''))
            continue;
        const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, expected ssh://[user@]host[:port] of that node's engine`;
        problems.push({ offset: index.valueOffset(path), message });
    }
    for (const [name, service] of Object.entries(services)) {
        if (service?.container === undefined)
            continue;
        const path = ['services', name, 'container'];
        const message = `\`${displayPath(path)}\` does not apply to a Swarm stack (its service is \`${swarm.stack}_${name}\`), expected no \`container\` with \`target.swarm\``;
        problems.push({ offset: index.keyOffset(path), message });
    }
    return problems;
}
function serviceProblems({ services = {}, target }, index) {
    const remote = target?.host !== undefined || target?.hosts !== undefined;
    return Object.entries(services).flatMap(([name, service]) => {
        const problems = [];
        if (service?.url !== undefined && !isHttpUrl(service.url)) {
            const path = ['services', name, 'url'];
            const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, expected an http(s) URL like https://api.example.com`;
            problems.push({ offset: index.valueOffset(path), message });
        }
        if (service?.nodeUrl !== undefined) {
            const path = ['services', name, 'nodeUrl'];
            const shown = `\`${displayPath(path)}\` is \`${index.written(path)}\``;
            const like = `like http://${node_url/* NODE_URL_PLACEHOLDER */.f}:8080`;
            if (!service.nodeUrl.includes(node_url/* NODE_URL_PLACEHOLDER */.f) || !isHttpUrl((0,node_url/* nodeUrlFor */.z)(service.nodeUrl, 'node-1')))
                problems.push({
                    offset: index.valueOffset(path),
                    message: `${shown}, expected an http(s) URL with ${node_url/* NODE_URL_PLACEHOLDER */.f} (each node's host name), ${like}`
                });
            else if (!remote)
                problems.push({
                    offset: index.keyOffset(path),
                    message: `\`${displayPath(path)}\` has no nodes to probe, expected \`target.hosts\` (or \`target.host\`)`
                });
        }
        return problems;
    });
}
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.hash === '';
    }
    catch {
        return false;
    }
}
function featureProblems(config, index) {
    const problems = [];
    for (const [feature, spec] of Object.entries(config.features ?? {})) {
        const at = ['features', feature];
        const checks = asList(spec.source).length + Object.keys(spec.artifact ?? {}).length;
        if (checks + (spec.routes?.length ?? 0) + (spec.auth?.length ?? 0) === 0) {
            const message = `feature \`${feature}\` has nothing to check, expected at least one of \`source\`, \`artifact\`, \`routes\`, \`auth\``;
            problems.push({ offset: index.keyOffset(at), message });
        }
        asList(spec.source).forEach((path, i) => {
            const problem = absoluteSourceProblem(path, Array.isArray(spec.source) ? [...at, 'source', i] : [...at, 'source'], index);
            if (problem)
                problems.push(problem);
        });
        problems.push(...checkProblems(config, spec, at, index, []));
    }
    config.discover?.forEach((entry, i) => problems.push(...discoverProblems(config, entry, ['discover', i], index)));
    return problems;
}
function absoluteSourceProblem(path, at, index) {
    if (!path.startsWith('/'))
        return undefined;
    const relative = path.replace(/^\/+/, '');
    const message = `source path \`${path}\` is absolute; source paths are relative to the config's folder (the checkout)${relative ? `: did you mean \`${relative}\`?` : ''}`;
    return { offset: index.valueOffset(at), message };
}
/**
 * A discover entry: a relative glob (a literal path would make one feature, its files' common folder unknown), a name
 * template that tells the matches apart, only `{name}` / `{path}` as its placeholders, and something to check besides the
 * matches themselves (their source is found by construction).
 */
function discoverProblems(config, entry, at, index) {
    const problems = [];
    const sourceAt = [...at, 'source'];
    const absolute = absoluteSourceProblem(entry.source, sourceAt, index);
    if (absolute)
        problems.push(absolute);
    else if (!isGlob(entry.source)) {
        const message = `\`${displayPath(sourceAt)}\` is \`${index.written(sourceAt)}\`, not a glob, expected a glob like \`backend/src/modules/*/\` (one feature per match)`;
        problems.push({ offset: index.valueOffset(sourceAt), message });
    }
    const name = entry.name ?? '{name}';
    const nameAt = [...at, 'name'];
    if (!(0,discover/* hasDiscoverPlaceholder */.PP)(name)) {
        const message = `\`${displayPath(nameAt)}\` is \`${index.written(nameAt)}\`, the same for every match, expected a name with \`{name}\` or \`{path}\``;
        problems.push({ offset: index.valueOffset(nameAt), message });
    }
    const templates = [[name, nameAt]];
    for (const [service, paths] of Object.entries(entry.artifact ?? {})) {
        asList(paths).forEach((path, i) => templates.push([path, [...at, 'artifact', service, ...(Array.isArray(paths) ? [i] : [])]]));
    }
    for (const [template, where] of templates) {
        for (const unknown of (0,discover/* unknownDiscoverPlaceholders */.me)(template)) {
            const message = `\`${displayPath(where)}\` has the placeholder \`{${unknown}}\`${didYouMean(unknown, discover/* DISCOVER_PLACEHOLDERS */.LX)}, expected \`{name}\` or \`{path}\``;
            problems.push({ offset: index.valueOffset(where), message });
        }
    }
    if (Object.keys(entry.artifact ?? {}).length + (entry.routes?.length ?? 0) + (entry.auth?.length ?? 0) === 0) {
        const message = `\`${displayPath(at)}\` checks nothing beyond its own matches, expected at least one of \`artifact\`, \`routes\`, \`auth\``;
        problems.push({ offset: index.valueOffset(at), message });
    }
    return [...problems, ...checkProblems(config, entry, at, index, discover/* DISCOVER_PLACEHOLDERS */.LX)];
}
/**
 * A feature's (or discover entry's) artifact paths and probes. `filled`: placeholders the engine fills before any probe
 * runs (a discover entry's `{name}`, `{path}`): not path parameters, and checked with a sample value in artifact paths.
 */
function checkProblems(config, spec, at, index, filled) {
    const services = config.services ?? {};
    const names = Object.keys(services);
    const unknownService = (name, shown, offset) => unknownServiceProblem(name, shown, names, offset);
    const problems = [];
    for (const [service, paths] of Object.entries(spec.artifact ?? {})) {
        if (!Object.hasOwn(services, service)) {
            problems.push(unknownService(service, service, index.keyOffset([...at, 'artifact', service])));
        }
        asList(paths).forEach((path, i) => {
            const sample = filled.length ? (0,discover/* fillDiscovered */.GB)(path, { name: 'name', path: 'path' }) : path;
            const message = (0,artifact_glob/* artifactPathProblem */.JP)(sample)?.replace(sample, path);
            const pathAt = [...at, 'artifact', service, ...(Array.isArray(paths) ? [i] : [])];
            if (message)
                problems.push({ offset: index.valueOffset(pathAt), message });
        });
    }
    for (const kind of PROBE_KINDS) {
        spec[kind]?.forEach((probe, i) => {
            const probeAt = [...at, kind, i];
            const servicePath = [...probeAt, 'service'];
            const offset = index.valueOffset(servicePath);
            if (!Object.hasOwn(services, probe.service)) {
                problems.push(unknownService(probe.service, index.written(servicePath), offset));
            }
            else if (services[probe.service]?.url === undefined) {
                const name = index.written(servicePath);
                const message = `service \`${name}\` has no \`url\` to probe, expected \`services.${name}.url\``;
                problems.push({ offset, message });
            }
            const method = methodProblem(probe, probeAt, index);
            if (method)
                problems.push(method);
            problems.push(...paramProblems(probe, probeAt, index, filled));
            const json = typeof probe.expect === 'object' && !Array.isArray(probe.expect) ? (probe.expect.json ?? {}) : {};
            problems.push(...templateProblems(probe, probeAt, index));
            for (const jsonPath of Object.keys(json)) {
                if ((0,json_path/* jsonPathSegments */.A)(jsonPath))
                    continue;
                const message = `JSON path \`${jsonPath}\` is malformed, expected a path like \`data.steps[0].id\``;
                problems.push({ offset: index.keyOffset([...probeAt, 'expect', 'json', jsonPath]), message });
            }
        });
    }
    return problems;
}
/** `{{…}}` in an expectation is `{{revision}}` or `{{revision.short}}`; anything else is a typo, not text to look for. */
function templateProblems(probe, at, index) {
    const expect = probe.expect;
    if (typeof expect !== 'object' || Array.isArray(expect))
        return [];
    const places = [
        ...asList(expect.bodyContains).map((text, i) => [
            text,
            [...at, 'expect', 'bodyContains', ...(Array.isArray(expect.bodyContains) ? [i] : [])]
        ]),
        ...Object.entries(expect.headers ?? {}).map(([k, v]) => [v, [...at, 'expect', 'headers', k]]),
        ...Object.entries(expect.json ?? {}).map(([k, v]) => [v, [...at, 'expect', 'json', k]])
    ];
    return places.flatMap(([value, where]) => stringsOf(value).flatMap((text) => (0,revision_template/* unknownTemplates */.Y$)(text).map((name) => ({
        offset: index.valueOffset(where),
        message: `\`{{${name}}}\`${didYouMean(name, revision_template/* REVISION_TEMPLATES */.Kg)} is not a placeholder, expected \`{{revision}}\` or \`{{revision.short}}\` (the checked commit)`
    }))));
}
function stringsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(stringsOf);
    return [];
}
/** An unknown method is a typo until the probe says `allowExtensionMethod: true` (WebDAV's PROPFIND, a cache's PURGE). */
function methodProblem(probe, at, index) {
    const method = probe.method?.toUpperCase();
    if (method === undefined || probe.allowExtensionMethod === true)
        return undefined;
    if (STANDARD_METHODS.includes(method))
        return undefined;
    const path = [...at, 'method'];
    const guess = closest(method, STANDARD_METHODS);
    const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
    const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, not a standard HTTP method${hint}, expected one of ` +
        `${STANDARD_METHODS.join(', ')}, or \`allowExtensionMethod: true\` on the probe for an extension method`;
    return { offset: index.valueOffset(path), message };
}
/**
 * A path with `:name` / `{name}` placeholders is probed only with a value for each (a literal `/:slug` would be reported
 * missing); a value for no placeholder is a typo. Values are path segments: not empty, not `.` or `..`.
 */
function paramProblems(probe, at, index, filled) {
    const pathAt = [...at, 'path'];
    const names = [...new Set((0,path_params/* pathPlaceholders */.Ou)(probe.path).map((p) => p.name))].filter((n) => !filled.includes(n));
    const params = probe.params ?? {};
    const given = Object.keys(params);
    const unused = given.filter((key) => !names.includes(key));
    const problems = [];
    for (const name of names.filter((n) => !Object.hasOwn(params, n))) {
        const typo = closest(name, unused);
        const hint = typo ? ` (is \`${typo}\` in \`params\` a typo?)` : '';
        const message = `\`${index.written(pathAt)}\` has the placeholder \`${name}\` with no value${hint}, expected \`params: { ${name}: … }\` on this probe`;
        problems.push({ offset: index.valueOffset(pathAt), message });
    }
    for (const key of unused) {
        const expected = names.length
            ? `one of ${names.map((n) => `\`${n}\``).join(', ')}`
            : `a placeholder \`:${key}\` or \`{${key}}\` in the path`;
        const message = `unknown parameter \`${key}\`${didYouMean(key, names)}: \`${index.written(pathAt)}\` has no such placeholder, expected ${expected}`;
        problems.push({ offset: index.keyOffset([...at, 'params', key]), message });
    }
    for (const key of given.filter((k) => names.includes(k))) {
        const value = String(params[key]);
        if (value !== '' && !(0,path_params/* isDotSegment */.DH)(value))
            continue;
        const valueAt = [...at, 'params', key];
        const message = `parameter \`${key}\` is \`${index.written(valueAt)}\`, expected a path segment (not empty, not \`.\` or \`..\`)`;
        problems.push({ offset: index.valueOffset(valueAt), message });
    }
    return problems;
}
function isGlob(pattern) {
    return picomatch_default().scan(pattern).isGlob;
}

// EXTERNAL MODULE: ./src/core/uses.ts
var core_uses = __webpack_require__(9303);
;// CONCATENATED MODULE: ./src/config/schema-validator.ts
/* eslint-disable */
// @ts-nocheck
// Generated from src/config/schema.ts by ajv standalone: UPDATE_SCHEMA=1 npx jest __tests__/config/schema-validator
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
const validate = validate10;
/* harmony default export */ const schema_validator = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "driftcheck.yml", "description": "driftcheck: prove a feature really exists in production — source → image → running container → route → behaviour after auth.", "type": "object", "additionalProperties": false, "required": ["version"], "anyOf": [{ "required": ["features"], "properties": { "features": { "description": "The features to prove, by name, or `discover`: one feature per match of a source glob, or `openapi`: the routes of an OpenAPI document." } } }, { "required": ["discover"], "properties": { "discover": { "description": "One feature per match of a source glob, or `features`: by name." } } }, { "required": ["openapi"], "properties": { "openapi": { "description": "The routes of an OpenAPI document, or `features`: by name." } } }], "properties": { "version": { "const": 1, "description": "Config format version. Always 1.", "x-expected": "1" }, "target": { "type": "object", "description": "Where the running system lives. Omit `host` for the local engine (DOCKER_HOST honoured); `hosts` for a fleet.", "additionalProperties": false, "properties": { "host": { "type": "string", "description": "ssh://[user@]host[:port] of the Docker host. Omit for the local engine.", "x-expected": "ssh://[user@]host[:port]" }, "hosts": { "type": "array", "items": { "type": "string", "x-expected": "ssh://[user@]host[:port]" }, "minItems": 1, "description": "A fleet: ssh://[user@]host[:port] of each Docker host running the same compose project (instead of `host`).", "x-expected": "a non-empty list of ssh://[user@]host[:port]" }, "ssh": { "type": "object", "description": "ssh client settings for `host` (and each of `hosts`).", "additionalProperties": false, "properties": { "identityFile": { "type": "string", "minLength": 1, "description": "Private key file (~ is your home)." }, "knownHostsFile": { "type": "string", "minLength": 1, "description": "known_hosts file (~ is your home)." } }, "x-expected": "a mapping with `identityFile`, `knownHostsFile`" }, "dir": { "type": "string", "minLength": 1, "description": "The compose project's directory on the target. Default: the config file's folder (local); required and absolute for ssh." }, "compose": { "type": "object", "description": "Compose project settings. Omit for compose's own discovery (compose.yaml, docker-compose.yml… in `dir`).", "additionalProperties": false, "properties": { "project": { "type": "string", "minLength": 1, "description": "Compose project name (default: the folder name)." }, "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Compose files, relative to `dir`.", "x-expected": "a non-empty list of compose files" } }, "x-expected": "a mapping with `project`, `files`" }, "registry": { "type": "string", "minLength": 1, "description": "Image repository prefix for `deploy --strategy registry` (registry.example.com/acme): images are pushed as <registry>/<service>:<revision> and pulled on the target. Credentials: `docker login` on each side, never here." }, "swarm": { "type": "object", "description": "A Docker Swarm stack: `host` is a manager (omit it for the local engine); the services are `<stack>_<service>`.", "additionalProperties": false, "required": ["stack"], "properties": { "stack": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "description": "The stack name (`docker stack deploy … <stack>`).", "x-expected": "a stack name of letters, digits, `_`, `.` and `-`" }, "nodes": { "type": "object", "description": "Node hostname → ssh://[user@]host[:port] of that node's engine. Default: ssh://<user of host>@<the node's Swarm address>.", "additionalProperties": { "type": "string", "x-expected": "ssh://[user@]host[:port]" }, "x-expected": "a mapping of node hostnames to ssh://[user@]host[:port]" } }, "x-expected": "a mapping with `stack`, `nodes`" } }, "x-expected": "a mapping with `host`, `hosts`, `ssh`, `dir`, `compose`, `registry`, `swarm`" }, "services": { "type": "object", "description": "Services by compose service name. Their build comes from the compose file.", "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "url": { "type": "string", "description": "Base URL for route and auth probes (http or https)." }, "nodeUrl": { "type": "string", "description": "Optional: each node of the fleet probed directly besides `url` (`http://{host}:8080`; `{host}`: the host name of its ssh URL)." }, "image": { "type": "string", "minLength": 1, "description": "For a service not in a compose file: the image to inspect." }, "container": { "type": "string", "minLength": 1, "description": "For a service not in a compose file: the running container's name or ID." } }, "x-expected": "a mapping with `url`, `nodeUrl`, `image`, `container`" }, "x-expected": "a mapping of service names to their settings" }, "features": { "type": "object", "description": "The features to prove, by name.", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/feature" }, "x-expected": "a mapping of feature names to their checks" }, "discover": { "type": "array", "description": "One feature per match of a source glob (`backend/src/modules/*/`): a module added to the source is checked without touching the config.", "minItems": 1, "items": { "$ref": "#/definitions/discover" }, "x-expected": "a non-empty list of discover entries" }, "openapi": { "type": "object", "description": "Service → the path of its OpenAPI document (3.0 or 3.1, YAML or JSON) in the checkout (relative to the config's folder): every operation becomes a route probe on that service, `protected` where a security requirement applies, `exists` otherwise. Operations join the feature named by their first tag (else their first path segment); one defined in `features` or made by `discover` gets them as routes.", "minProperties": 1, "additionalProperties": { "type": "string", "minLength": 1, "x-expected": "the path of an OpenAPI document in the checkout, like `backend/openapi.yaml`" }, "x-expected": "a mapping of service names to OpenAPI documents, like `{ api: backend/openapi.yaml }`" }, "publicEnv": { "type": "array", "description": "Environment variables whose values are not secrets (URLs, ports): shown as they are in logs and reports. Every other value taken from the environment is a secret and redacted everywhere.", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "a variable name like API_URL" }, "x-expected": "a list of environment variable names" }, "preview": { "type": "object", "description": "`driftcheck preview`: build the checkout and start it on the local engine under a throwaway compose project, then verify there.", "additionalProperties": false, "properties": { "services": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "a compose service name" }, "minItems": 1, "description": "The compose services the preview starts (the services they depend on come along, as compose starts them). Default: every configured service the compose file defines.", "x-expected": "a non-empty list of compose service names" } }, "x-expected": "a mapping with `services`" } }, "definitions": { "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "An HTTP status code.", "x-expected": "an HTTP status from 100 to 599" }, "statusForm": { "description": "`protected`, `exists`, a status or a list of statuses.", "anyOf": [{ "enum": ["protected", "exists"], "description": "`protected`: 401 or 403 (the route is there and wants auth). `exists`: answers, and not 404/405/501." }, { "$ref": "#/definitions/status" }, { "type": "array", "items": { "$ref": "#/definitions/status" }, "minItems": 1, "description": "Any of these statuses.", "x-expected": "a non-empty list of HTTP statuses" }], "x-expected": "`protected`, `exists`, a status (200) or a list of statuses ([200, 204])" }, "expectation": { "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks.", "anyOf": [{ "enum": ["protected", "exists"], "description": "`protected`: 401 or 403 (the route is there and wants auth). `exists`: answers, and not 404/405/501." }, { "$ref": "#/definitions/status" }, { "type": "array", "items": { "$ref": "#/definitions/status" }, "minItems": 1, "description": "Any of these statuses.", "x-expected": "a non-empty list of HTTP statuses" }, { "type": "object", "additionalProperties": false, "properties": { "status": { "$ref": "#/definitions/statusForm" }, "bodyContains": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "x-expected": "a string or a non-empty list of them", "description": "Text that must appear in the response body." }, "json": { "type": "object", "description": "JSON path (`data.steps[0].id`) → expected value (deep equality).", "x-expected": "a mapping of JSON paths to expected values" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Response header (case-insensitive name) → expected value (exact)." } }, "x-expected": "a mapping with `status`, `bodyContains`, `json`, `headers`" }], "x-expected": "`protected`, `exists`, a status (200), a list of statuses ([200, 204]) or a mapping with `status`, `bodyContains`, `json`, `headers`" }, "stringMap": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"], "x-expected": "a string" }, "x-expected": "a mapping of names to strings" }, "absolutePath": { "type": "string", "pattern": "^/", "x-expected": "an absolute path (starting with /)" }, "feature": { "type": "object", "additionalProperties": false, "properties": { "source": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "x-expected": "a path or glob or a non-empty list of them", "description": "Paths/globs in the checkout (relative to the config's folder)." }, "artifact": { "type": "object", "description": "Service → absolute paths that must exist inside its image and its running container; the last segment may be a glob (`*`, `?`, `[…]`).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/absolutePath" }, { "type": "array", "items": { "$ref": "#/definitions/absolutePath" }, "minItems": 1 }], "x-expected": "an absolute path or a non-empty list of them" }, "x-expected": "a mapping of service names to absolute paths" }, "routes": { "type": "array", "description": "HTTP probes without credentials.", "items": { "type": "object", "description": "A route probe (no credentials).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: exists." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of route probes" }, "auth": { "type": "array", "description": "HTTP probes with credentials.", "items": { "type": "object", "description": "A probe with credentials (`headers`).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: 200." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of probes" } }, "x-expected": "a mapping with `source`, `artifact`, `routes`, `auth`" }, "discover": { "type": "object", "description": "A feature for every match of `source`. `{name}` (the match's folder name, or file name without extension) and `{path}` (its path in the checkout) fill `name`, artifact paths and probe paths.", "additionalProperties": false, "required": ["source"], "properties": { "source": { "type": "string", "minLength": 1, "description": "A glob in the checkout (relative to the config's folder), matched git-aware; a trailing `/` matches folders only.", "x-expected": "a glob like `backend/src/modules/*/`" }, "name": { "type": "string", "minLength": 1, "default": "{name}", "description": "The feature name of each match (default `{name}`).", "x-expected": "a feature name with `{name}` or `{path}`" }, "artifact": { "type": "object", "description": "Service → absolute paths that must exist inside its image and its running container; the last segment may be a glob (`*`, `?`, `[…]`).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/absolutePath" }, { "type": "array", "items": { "$ref": "#/definitions/absolutePath" }, "minItems": 1 }], "x-expected": "an absolute path or a non-empty list of them" }, "x-expected": "a mapping of service names to absolute paths" }, "routes": { "type": "array", "description": "HTTP probes without credentials.", "items": { "type": "object", "description": "A route probe (no credentials).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: exists." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of route probes" }, "auth": { "type": "array", "description": "HTTP probes with credentials.", "items": { "type": "object", "description": "A probe with credentials (`headers`).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: 200." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of probes" } }, "x-expected": "a mapping with `source`, `name`, `artifact`, `routes`, `auth`" } } };
const func2 = ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern17 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const schema12 = { "type": "object", "additionalProperties": false, "properties": { "source": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "x-expected": "a path or glob or a non-empty list of them", "description": "Paths/globs in the checkout (relative to the config's folder)." }, "artifact": { "type": "object", "description": "Service → absolute paths that must exist inside its image and its running container; the last segment may be a glob (`*`, `?`, `[…]`).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/absolutePath" }, { "type": "array", "items": { "$ref": "#/definitions/absolutePath" }, "minItems": 1 }], "x-expected": "an absolute path or a non-empty list of them" }, "x-expected": "a mapping of service names to absolute paths" }, "routes": { "type": "array", "description": "HTTP probes without credentials.", "items": { "type": "object", "description": "A route probe (no credentials).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: exists." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of route probes" }, "auth": { "type": "array", "description": "HTTP probes with credentials.", "items": { "type": "object", "description": "A probe with credentials (`headers`).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: 200." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of probes" } }, "x-expected": "a mapping with `source`, `artifact`, `routes`, `auth`" };
const schema13 = { "type": "string", "pattern": "^/", "x-expected": "an absolute path (starting with /)" };
const schema15 = { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"], "x-expected": "a string" }, "x-expected": "a mapping of names to strings" };
const func12 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp("^/", "u");
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9-]*$", "u");
const pattern5 = new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "u");
const schema17 = { "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks.", "anyOf": [{ "enum": ["protected", "exists"], "description": "`protected`: 401 or 403 (the route is there and wants auth). `exists`: answers, and not 404/405/501." }, { "$ref": "#/definitions/status" }, { "type": "array", "items": { "$ref": "#/definitions/status" }, "minItems": 1, "description": "Any of these statuses.", "x-expected": "a non-empty list of HTTP statuses" }, { "type": "object", "additionalProperties": false, "properties": { "status": { "$ref": "#/definitions/statusForm" }, "bodyContains": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "x-expected": "a string or a non-empty list of them", "description": "Text that must appear in the response body." }, "json": { "type": "object", "description": "JSON path (`data.steps[0].id`) → expected value (deep equality).", "x-expected": "a mapping of JSON paths to expected values" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Response header (case-insensitive name) → expected value (exact)." } }, "x-expected": "a mapping with `status`, `bodyContains`, `json`, `headers`" }], "x-expected": "`protected`, `exists`, a status (200), a list of statuses ([200, 204]) or a mapping with `status`, `bodyContains`, `json`, `headers`" };
const schema18 = { "type": "integer", "minimum": 100, "maximum": 599, "description": "An HTTP status code.", "x-expected": "an HTTP status from 100 to 599" };
const schema20 = { "description": "`protected`, `exists`, a status or a list of statuses.", "anyOf": [{ "enum": ["protected", "exists"], "description": "`protected`: 401 or 403 (the route is there and wants auth). `exists`: answers, and not 404/405/501." }, { "$ref": "#/definitions/status" }, { "type": "array", "items": { "$ref": "#/definitions/status" }, "minItems": 1, "description": "Any of these statuses.", "x-expected": "a non-empty list of HTTP statuses" }], "x-expected": "`protected`, `exists`, a status (200) or a list of statuses ([200, 204])" };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (!((data === "protected") || (data === "exists"))) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema20.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema20.anyOf[0].enum, parentSchema: schema20.anyOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs2 = errors;
    if (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) {
        const err1 = { instancePath, schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.type, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if ((typeof data == "number") && (isFinite(data))) {
        if (data > 599 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/definitions/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data < 100 || isNaN(data)) {
            const err3 = { instancePath, schemaPath: "#/definitions/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs5 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err4 = { instancePath, schemaPath: "#/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.anyOf[2], data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                    const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.type, parentSchema: schema18, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if ((typeof data0 == "number") && (isFinite(data0))) {
                    if (data0 > 599 || isNaN(data0)) {
                        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema18, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data0 < 100 || isNaN(data0)) {
                        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema18, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err8 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.anyOf[2].type, parentSchema: schema20.anyOf[2], data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid0 = _errs5 === errors;
        valid0 = valid0 || _valid0;
    }
} if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema20.anyOf, parentSchema: schema20, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate13.errors = vErrors; return errors === 0; }
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (!((data === "protected") || (data === "exists"))) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema17.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema17.anyOf[0].enum, parentSchema: schema17.anyOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs2 = errors;
    if (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) {
        const err1 = { instancePath, schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.type, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if ((typeof data == "number") && (isFinite(data))) {
        if (data > 599 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/definitions/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data < 100 || isNaN(data)) {
            const err3 = { instancePath, schemaPath: "#/definitions/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs5 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err4 = { instancePath, schemaPath: "#/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.anyOf[2], data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                    const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.type, parentSchema: schema18, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if ((typeof data0 == "number") && (isFinite(data0))) {
                    if (data0 > 599 || isNaN(data0)) {
                        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema18, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data0 < 100 || isNaN(data0)) {
                        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema18, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err8 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[2].type, parentSchema: schema17.anyOf[2], data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid0 = _errs5 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs10 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                for (const key0 in data) {
                    if (!((((key0 === "status") || (key0 === "bodyContains")) || (key0 === "json")) || (key0 === "headers"))) {
                        const err9 = { instancePath, schemaPath: "#/anyOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.anyOf[3], data };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data.status !== undefined) {
                    if (!(validate13(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                    }
                }
                if (data.bodyContains !== undefined) {
                    let data2 = data.bodyContains;
                    const _errs15 = errors;
                    let valid6 = false;
                    const _errs16 = errors;
                    if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                            const err10 = { instancePath: instancePath + "/bodyContains", schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[0], data: data2 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/bodyContains", schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[3].properties.bodyContains.anyOf[0].type, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[0], data: data2 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    var _valid1 = _errs16 === errors;
                    valid6 = valid6 || _valid1;
                    if (!valid6) {
                        const _errs18 = errors;
                        if (Array.isArray(data2)) {
                            if (data2.length < 1) {
                                const err12 = { instancePath: instancePath + "/bodyContains", schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[1], data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            const len1 = data2.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data3 = data2[i1];
                                if (typeof data3 === "string") {
                                    if (func2(data3) < 1) {
                                        const err13 = { instancePath: instancePath + "/bodyContains/" + i1, schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[1].items, data: data3 };
                                        if (vErrors === null) {
                                            vErrors = [err13];
                                        }
                                        else {
                                            vErrors.push(err13);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err14 = { instancePath: instancePath + "/bodyContains/" + i1, schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[3].properties.bodyContains.anyOf[1].items.type, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[1].items, data: data3 };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/bodyContains", schemaPath: "#/anyOf/3/properties/bodyContains/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[3].properties.bodyContains.anyOf[1].type, parentSchema: schema17.anyOf[3].properties.bodyContains.anyOf[1], data: data2 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        var _valid1 = _errs18 === errors;
                        valid6 = valid6 || _valid1;
                    }
                    if (!valid6) {
                        const err16 = { instancePath: instancePath + "/bodyContains", schemaPath: "#/anyOf/3/properties/bodyContains/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf[3].properties.bodyContains.anyOf, parentSchema: schema17.anyOf[3].properties.bodyContains, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs15;
                        if (vErrors !== null) {
                            if (_errs15) {
                                vErrors.length = _errs15;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data.json !== undefined) {
                    let data4 = data.json;
                    if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                        const err17 = { instancePath: instancePath + "/json", schemaPath: "#/anyOf/3/properties/json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.anyOf[3].properties.json.type, parentSchema: schema17.anyOf[3].properties.json, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data.headers !== undefined) {
                    let data5 = data.headers;
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key1 in data5) {
                            let data6 = data5[key1];
                            if (((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")) {
                                const err18 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err20 = { instancePath, schemaPath: "#/anyOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.anyOf[3].type, parentSchema: schema17.anyOf[3], data };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            var _valid0 = _errs10 === errors;
            valid0 = valid0 || _valid0;
        }
    }
} if (!valid0) {
    const err21 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf, parentSchema: schema17, data };
    if (vErrors === null) {
        vErrors = [err21];
    }
    else {
        vErrors.push(err21);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate12.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((key0 === "source") || (key0 === "artifact")) || (key0 === "routes")) || (key0 === "auth"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.source !== undefined) {
        let data0 = data.source;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err1 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.source.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.source.anyOf[0].type, parentSchema: schema12.properties.source.anyOf[0], data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
            const _errs6 = errors;
            if (Array.isArray(data0)) {
                if (data0.length < 1) {
                    const err3 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.source.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func2(data1) < 1) {
                            const err4 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/properties/source/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.source.anyOf[1].items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err5 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/properties/source/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.source.anyOf[1].items.type, parentSchema: schema12.properties.source.anyOf[1].items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.source.anyOf[1].type, parentSchema: schema12.properties.source.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
        }
        if (!valid1) {
            const err7 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.source.anyOf, parentSchema: schema12.properties.source, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        else {
            errors = _errs3;
            if (vErrors !== null) {
                if (_errs3) {
                    vErrors.length = _errs3;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.artifact !== undefined) {
        let data2 = data.artifact;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                const _errs14 = errors;
                let valid5 = false;
                const _errs15 = errors;
                if (typeof data3 === "string") {
                    if (!pattern1.test(data3)) {
                        const err8 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema13, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid1 = _errs15 === errors;
                valid5 = valid5 || _valid1;
                if (!valid5) {
                    const _errs18 = errors;
                    if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                            const err10 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.artifact.additionalProperties.anyOf[1], data: data3 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        const len1 = data3.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                            let data4 = data3[i1];
                            if (typeof data4 === "string") {
                                if (!pattern1.test(data4)) {
                                    const err11 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema13, data: data4 };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err12 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.artifact.additionalProperties.anyOf[1].type, parentSchema: schema12.properties.artifact.additionalProperties.anyOf[1], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    var _valid1 = _errs18 === errors;
                    valid5 = valid5 || _valid1;
                }
                if (!valid5) {
                    const err14 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.artifact.additionalProperties.anyOf, parentSchema: schema12.properties.artifact.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                else {
                    errors = _errs14;
                    if (vErrors !== null) {
                        if (_errs14) {
                            vErrors.length = _errs14;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.artifact.type, parentSchema: schema12.properties.artifact, data: data2 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.routes !== undefined) {
        let data5 = data.routes;
        if (Array.isArray(data5)) {
            const len2 = data5.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data6 = data5[i2];
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.service === undefined) {
                        const err16 = { instancePath: instancePath + "/routes/" + i2, schemaPath: "#/properties/routes/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema12.properties.routes.items.required, parentSchema: schema12.properties.routes.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (data6.path === undefined) {
                        const err17 = { instancePath: instancePath + "/routes/" + i2, schemaPath: "#/properties/routes/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema12.properties.routes.items.required, parentSchema: schema12.properties.routes.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    for (const key2 in data6) {
                        if (!(func12.call(schema12.properties.routes.items.properties, key2))) {
                            const err18 = { instancePath: instancePath + "/routes/" + i2, schemaPath: "#/properties/routes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.routes.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data6.service !== undefined) {
                        let data7 = data6.service;
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err19 = { instancePath: instancePath + "/routes/" + i2 + "/service", schemaPath: "#/properties/routes/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.routes.items.properties.service, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/routes/" + i2 + "/service", schemaPath: "#/properties/routes/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.routes.items.properties.service.type, parentSchema: schema12.properties.routes.items.properties.service, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data6.path !== undefined) {
                        let data8 = data6.path;
                        if (typeof data8 === "string") {
                            if (!pattern1.test(data8)) {
                                const err21 = { instancePath: instancePath + "/routes/" + i2 + "/path", schemaPath: "#/properties/routes/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema12.properties.routes.items.properties.path, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/routes/" + i2 + "/path", schemaPath: "#/properties/routes/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.routes.items.properties.path.type, parentSchema: schema12.properties.routes.items.properties.path, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data6.params !== undefined) {
                        let data9 = data6.params;
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            for (const key3 in data9) {
                                let data10 = data9[key3];
                                if (((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) {
                                    const err23 = { instancePath: instancePath + "/routes/" + i2 + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err24 = { instancePath: instancePath + "/routes/" + i2 + "/params", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    if (data6.method !== undefined) {
                        let data11 = data6.method;
                        if (typeof data11 === "string") {
                            if (!pattern4.test(data11)) {
                                const err25 = { instancePath: instancePath + "/routes/" + i2 + "/method", schemaPath: "#/properties/routes/items/properties/method/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9-]*$", parentSchema: schema12.properties.routes.items.properties.method, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/routes/" + i2 + "/method", schemaPath: "#/properties/routes/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.routes.items.properties.method.type, parentSchema: schema12.properties.routes.items.properties.method, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    if (data6.allowExtensionMethod !== undefined) {
                        let data12 = data6.allowExtensionMethod;
                        if (typeof data12 !== "boolean") {
                            const err27 = { instancePath: instancePath + "/routes/" + i2 + "/allowExtensionMethod", schemaPath: "#/properties/routes/items/properties/allowExtensionMethod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.routes.items.properties.allowExtensionMethod.type, parentSchema: schema12.properties.routes.items.properties.allowExtensionMethod, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data6.headers !== undefined) {
                        let data13 = data6.headers;
                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            for (const key4 in data13) {
                                let data14 = data13[key4];
                                if (((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))) && (typeof data14 !== "boolean")) {
                                    const err28 = { instancePath: instancePath + "/routes/" + i2 + "/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/routes/" + i2 + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                    if (data6.body !== undefined) {
                        let data15 = data6.body;
                        if (typeof data15 !== "string") {
                            const err30 = { instancePath: instancePath + "/routes/" + i2 + "/body", schemaPath: "#/properties/routes/items/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.routes.items.properties.body.type, parentSchema: schema12.properties.routes.items.properties.body, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data6.timeout !== undefined) {
                        let data16 = data6.timeout;
                        if (typeof data16 === "string") {
                            if (!pattern5.test(data16)) {
                                const err31 = { instancePath: instancePath + "/routes/" + i2 + "/timeout", schemaPath: "#/properties/routes/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" + "\"", schema: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", parentSchema: schema12.properties.routes.items.properties.timeout, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/routes/" + i2 + "/timeout", schemaPath: "#/properties/routes/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.routes.items.properties.timeout.type, parentSchema: schema12.properties.routes.items.properties.timeout, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data6.expect !== undefined) {
                        if (!(validate12(data6.expect, { instancePath: instancePath + "/routes/" + i2 + "/expect", parentData: data6, parentDataProperty: "expect", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err33 = { instancePath: instancePath + "/routes/" + i2, schemaPath: "#/properties/routes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.routes.items.type, parentSchema: schema12.properties.routes.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.routes.type, parentSchema: schema12.properties.routes, data: data5 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.auth !== undefined) {
        let data18 = data.auth;
        if (Array.isArray(data18)) {
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data19 = data18[i3];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.service === undefined) {
                        const err35 = { instancePath: instancePath + "/auth/" + i3, schemaPath: "#/properties/auth/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema12.properties.auth.items.required, parentSchema: schema12.properties.auth.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                    if (data19.path === undefined) {
                        const err36 = { instancePath: instancePath + "/auth/" + i3, schemaPath: "#/properties/auth/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema12.properties.auth.items.required, parentSchema: schema12.properties.auth.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    for (const key5 in data19) {
                        if (!(func12.call(schema12.properties.auth.items.properties, key5))) {
                            const err37 = { instancePath: instancePath + "/auth/" + i3, schemaPath: "#/properties/auth/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.auth.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data19.service !== undefined) {
                        let data20 = data19.service;
                        if (typeof data20 === "string") {
                            if (func2(data20) < 1) {
                                const err38 = { instancePath: instancePath + "/auth/" + i3 + "/service", schemaPath: "#/properties/auth/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.auth.items.properties.service, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err39 = { instancePath: instancePath + "/auth/" + i3 + "/service", schemaPath: "#/properties/auth/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.items.properties.service.type, parentSchema: schema12.properties.auth.items.properties.service, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data19.path !== undefined) {
                        let data21 = data19.path;
                        if (typeof data21 === "string") {
                            if (!pattern1.test(data21)) {
                                const err40 = { instancePath: instancePath + "/auth/" + i3 + "/path", schemaPath: "#/properties/auth/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema12.properties.auth.items.properties.path, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/auth/" + i3 + "/path", schemaPath: "#/properties/auth/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.items.properties.path.type, parentSchema: schema12.properties.auth.items.properties.path, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    if (data19.params !== undefined) {
                        let data22 = data19.params;
                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                            for (const key6 in data22) {
                                let data23 = data22[key6];
                                if (((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))) && (typeof data23 !== "boolean")) {
                                    const err42 = { instancePath: instancePath + "/auth/" + i3 + "/params/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data23 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/auth/" + i3 + "/params", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data19.method !== undefined) {
                        let data24 = data19.method;
                        if (typeof data24 === "string") {
                            if (!pattern4.test(data24)) {
                                const err44 = { instancePath: instancePath + "/auth/" + i3 + "/method", schemaPath: "#/properties/auth/items/properties/method/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9-]*$", parentSchema: schema12.properties.auth.items.properties.method, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err45 = { instancePath: instancePath + "/auth/" + i3 + "/method", schemaPath: "#/properties/auth/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.items.properties.method.type, parentSchema: schema12.properties.auth.items.properties.method, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                    if (data19.allowExtensionMethod !== undefined) {
                        let data25 = data19.allowExtensionMethod;
                        if (typeof data25 !== "boolean") {
                            const err46 = { instancePath: instancePath + "/auth/" + i3 + "/allowExtensionMethod", schemaPath: "#/properties/auth/items/properties/allowExtensionMethod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.auth.items.properties.allowExtensionMethod.type, parentSchema: schema12.properties.auth.items.properties.allowExtensionMethod, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    if (data19.headers !== undefined) {
                        let data26 = data19.headers;
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            for (const key7 in data26) {
                                let data27 = data26[key7];
                                if (((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")) {
                                    const err47 = { instancePath: instancePath + "/auth/" + i3 + "/headers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err48 = { instancePath: instancePath + "/auth/" + i3 + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data19.body !== undefined) {
                        let data28 = data19.body;
                        if (typeof data28 !== "string") {
                            const err49 = { instancePath: instancePath + "/auth/" + i3 + "/body", schemaPath: "#/properties/auth/items/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.items.properties.body.type, parentSchema: schema12.properties.auth.items.properties.body, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data19.timeout !== undefined) {
                        let data29 = data19.timeout;
                        if (typeof data29 === "string") {
                            if (!pattern5.test(data29)) {
                                const err50 = { instancePath: instancePath + "/auth/" + i3 + "/timeout", schemaPath: "#/properties/auth/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" + "\"", schema: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", parentSchema: schema12.properties.auth.items.properties.timeout, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/auth/" + i3 + "/timeout", schemaPath: "#/properties/auth/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.items.properties.timeout.type, parentSchema: schema12.properties.auth.items.properties.timeout, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                    if (data19.expect !== undefined) {
                        if (!(validate12(data19.expect, { instancePath: instancePath + "/auth/" + i3 + "/expect", parentData: data19, parentDataProperty: "expect", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err52 = { instancePath: instancePath + "/auth/" + i3, schemaPath: "#/properties/auth/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.auth.items.type, parentSchema: schema12.properties.auth.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
        }
        else {
            const err53 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.auth.type, parentSchema: schema12.properties.auth, data: data18 };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
    }
}
else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err54];
    }
    else {
        vErrors.push(err54);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema26 = { "type": "object", "description": "A feature for every match of `source`. `{name}` (the match's folder name, or file name without extension) and `{path}` (its path in the checkout) fill `name`, artifact paths and probe paths.", "additionalProperties": false, "required": ["source"], "properties": { "source": { "type": "string", "minLength": 1, "description": "A glob in the checkout (relative to the config's folder), matched git-aware; a trailing `/` matches folders only.", "x-expected": "a glob like `backend/src/modules/*/`" }, "name": { "type": "string", "minLength": 1, "default": "{name}", "description": "The feature name of each match (default `{name}`).", "x-expected": "a feature name with `{name}` or `{path}`" }, "artifact": { "type": "object", "description": "Service → absolute paths that must exist inside its image and its running container; the last segment may be a glob (`*`, `?`, `[…]`).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/absolutePath" }, { "type": "array", "items": { "$ref": "#/definitions/absolutePath" }, "minItems": 1 }], "x-expected": "an absolute path or a non-empty list of them" }, "x-expected": "a mapping of service names to absolute paths" }, "routes": { "type": "array", "description": "HTTP probes without credentials.", "items": { "type": "object", "description": "A route probe (no credentials).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: exists." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of route probes" }, "auth": { "type": "array", "description": "HTTP probes with credentials.", "items": { "type": "object", "description": "A probe with credentials (`headers`).", "additionalProperties": false, "required": ["service", "path"], "properties": { "service": { "type": "string", "minLength": 1, "description": "A service declared under `services`, with a `url`." }, "path": { "type": "string", "pattern": "^/", "description": "The path probed, appended to the service URL.", "x-expected": "a path starting with /" }, "params": { "$ref": "#/definitions/stringMap", "description": "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from `${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it." }, "method": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]*$", "default": "GET", "description": "HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.", "x-expected": "an HTTP method such as GET or POST" }, "allowExtensionMethod": { "type": "boolean", "default": false, "description": "Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.", "x-expected": "true or false" }, "headers": { "$ref": "#/definitions/stringMap", "description": "Request headers. Use `${NAME}` for credentials: values from the environment are never printed." }, "body": { "type": "string", "description": "Request body." }, "timeout": { "type": "string", "pattern": "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", "description": "How long to retry while a fresh deploy settles, with a unit: \"500ms\", \"15s\", \"2m\" (default 15s).", "x-expected": "a duration with a unit, like \"500ms\", \"30s\" or \"2m\" (a bare number has no unit)" }, "expect": { "$ref": "#/definitions/expectation", "description": "What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, or an object with `status`, `bodyContains`, `json` and `headers` checks. Default: 200." } }, "x-expected": "a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`" }, "x-expected": "a list of probes" } }, "x-expected": "a mapping with `source`, `name`, `artifact`, `routes`, `auth`" };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: schema26.required, parentSchema: schema26, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "source") || (key0 === "name")) || (key0 === "artifact")) || (key0 === "routes")) || (key0 === "auth"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.source !== undefined) {
        let data0 = data.source;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err2 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.source, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.source.type, parentSchema: schema26.properties.source, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func2(data1) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.name.type, parentSchema: schema26.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.artifact !== undefined) {
        let data2 = data.artifact;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                const _errs10 = errors;
                let valid2 = false;
                const _errs11 = errors;
                if (typeof data3 === "string") {
                    if (!pattern1.test(data3)) {
                        const err6 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema13, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                var _valid0 = _errs11 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                    const _errs14 = errors;
                    if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                            const err8 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.artifact.additionalProperties.anyOf[1], data: data3 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data4 = data3[i0];
                            if (typeof data4 === "string") {
                                if (!pattern1.test(data4)) {
                                    const err9 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema13, data: data4 };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err10 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.artifact.additionalProperties.anyOf[1].type, parentSchema: schema26.properties.artifact.additionalProperties.anyOf[1], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    var _valid0 = _errs14 === errors;
                    valid2 = valid2 || _valid0;
                }
                if (!valid2) {
                    const err12 = { instancePath: instancePath + "/artifact/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema26.properties.artifact.additionalProperties.anyOf, parentSchema: schema26.properties.artifact.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                else {
                    errors = _errs10;
                    if (vErrors !== null) {
                        if (_errs10) {
                            vErrors.length = _errs10;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.artifact.type, parentSchema: schema26.properties.artifact, data: data2 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.routes !== undefined) {
        let data5 = data.routes;
        if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.service === undefined) {
                        const err14 = { instancePath: instancePath + "/routes/" + i1, schemaPath: "#/properties/routes/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema26.properties.routes.items.required, parentSchema: schema26.properties.routes.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data6.path === undefined) {
                        const err15 = { instancePath: instancePath + "/routes/" + i1, schemaPath: "#/properties/routes/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema26.properties.routes.items.required, parentSchema: schema26.properties.routes.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    for (const key2 in data6) {
                        if (!(func12.call(schema26.properties.routes.items.properties, key2))) {
                            const err16 = { instancePath: instancePath + "/routes/" + i1, schemaPath: "#/properties/routes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.routes.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data6.service !== undefined) {
                        let data7 = data6.service;
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err17 = { instancePath: instancePath + "/routes/" + i1 + "/service", schemaPath: "#/properties/routes/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.routes.items.properties.service, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err18 = { instancePath: instancePath + "/routes/" + i1 + "/service", schemaPath: "#/properties/routes/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.routes.items.properties.service.type, parentSchema: schema26.properties.routes.items.properties.service, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data6.path !== undefined) {
                        let data8 = data6.path;
                        if (typeof data8 === "string") {
                            if (!pattern1.test(data8)) {
                                const err19 = { instancePath: instancePath + "/routes/" + i1 + "/path", schemaPath: "#/properties/routes/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema26.properties.routes.items.properties.path, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/routes/" + i1 + "/path", schemaPath: "#/properties/routes/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.routes.items.properties.path.type, parentSchema: schema26.properties.routes.items.properties.path, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data6.params !== undefined) {
                        let data9 = data6.params;
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            for (const key3 in data9) {
                                let data10 = data9[key3];
                                if (((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) {
                                    const err21 = { instancePath: instancePath + "/routes/" + i1 + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err21];
                                    }
                                    else {
                                        vErrors.push(err21);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/routes/" + i1 + "/params", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data6.method !== undefined) {
                        let data11 = data6.method;
                        if (typeof data11 === "string") {
                            if (!pattern4.test(data11)) {
                                const err23 = { instancePath: instancePath + "/routes/" + i1 + "/method", schemaPath: "#/properties/routes/items/properties/method/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9-]*$", parentSchema: schema26.properties.routes.items.properties.method, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err24 = { instancePath: instancePath + "/routes/" + i1 + "/method", schemaPath: "#/properties/routes/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.routes.items.properties.method.type, parentSchema: schema26.properties.routes.items.properties.method, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    if (data6.allowExtensionMethod !== undefined) {
                        let data12 = data6.allowExtensionMethod;
                        if (typeof data12 !== "boolean") {
                            const err25 = { instancePath: instancePath + "/routes/" + i1 + "/allowExtensionMethod", schemaPath: "#/properties/routes/items/properties/allowExtensionMethod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.routes.items.properties.allowExtensionMethod.type, parentSchema: schema26.properties.routes.items.properties.allowExtensionMethod, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    if (data6.headers !== undefined) {
                        let data13 = data6.headers;
                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            for (const key4 in data13) {
                                let data14 = data13[key4];
                                if (((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))) && (typeof data14 !== "boolean")) {
                                    const err26 = { instancePath: instancePath + "/routes/" + i1 + "/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/routes/" + i1 + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data6.body !== undefined) {
                        let data15 = data6.body;
                        if (typeof data15 !== "string") {
                            const err28 = { instancePath: instancePath + "/routes/" + i1 + "/body", schemaPath: "#/properties/routes/items/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.routes.items.properties.body.type, parentSchema: schema26.properties.routes.items.properties.body, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data6.timeout !== undefined) {
                        let data16 = data6.timeout;
                        if (typeof data16 === "string") {
                            if (!pattern5.test(data16)) {
                                const err29 = { instancePath: instancePath + "/routes/" + i1 + "/timeout", schemaPath: "#/properties/routes/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" + "\"", schema: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", parentSchema: schema26.properties.routes.items.properties.timeout, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/routes/" + i1 + "/timeout", schemaPath: "#/properties/routes/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.routes.items.properties.timeout.type, parentSchema: schema26.properties.routes.items.properties.timeout, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data6.expect !== undefined) {
                        if (!(validate12(data6.expect, { instancePath: instancePath + "/routes/" + i1 + "/expect", parentData: data6, parentDataProperty: "expect", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/routes/" + i1, schemaPath: "#/properties/routes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.routes.items.type, parentSchema: schema26.properties.routes.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.routes.type, parentSchema: schema26.properties.routes, data: data5 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.auth !== undefined) {
        let data18 = data.auth;
        if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data19 = data18[i2];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.service === undefined) {
                        const err33 = { instancePath: instancePath + "/auth/" + i2, schemaPath: "#/properties/auth/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema26.properties.auth.items.required, parentSchema: schema26.properties.auth.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if (data19.path === undefined) {
                        const err34 = { instancePath: instancePath + "/auth/" + i2, schemaPath: "#/properties/auth/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema26.properties.auth.items.required, parentSchema: schema26.properties.auth.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    for (const key5 in data19) {
                        if (!(func12.call(schema26.properties.auth.items.properties, key5))) {
                            const err35 = { instancePath: instancePath + "/auth/" + i2, schemaPath: "#/properties/auth/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.auth.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data19.service !== undefined) {
                        let data20 = data19.service;
                        if (typeof data20 === "string") {
                            if (func2(data20) < 1) {
                                const err36 = { instancePath: instancePath + "/auth/" + i2 + "/service", schemaPath: "#/properties/auth/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.auth.items.properties.service, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err37 = { instancePath: instancePath + "/auth/" + i2 + "/service", schemaPath: "#/properties/auth/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.auth.items.properties.service.type, parentSchema: schema26.properties.auth.items.properties.service, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data19.path !== undefined) {
                        let data21 = data19.path;
                        if (typeof data21 === "string") {
                            if (!pattern1.test(data21)) {
                                const err38 = { instancePath: instancePath + "/auth/" + i2 + "/path", schemaPath: "#/properties/auth/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: "must match pattern \"" + "^/" + "\"", schema: "^/", parentSchema: schema26.properties.auth.items.properties.path, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err39 = { instancePath: instancePath + "/auth/" + i2 + "/path", schemaPath: "#/properties/auth/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.auth.items.properties.path.type, parentSchema: schema26.properties.auth.items.properties.path, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data19.params !== undefined) {
                        let data22 = data19.params;
                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                            for (const key6 in data22) {
                                let data23 = data22[key6];
                                if (((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))) && (typeof data23 !== "boolean")) {
                                    const err40 = { instancePath: instancePath + "/auth/" + i2 + "/params/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data23 };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/auth/" + i2 + "/params", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    if (data19.method !== undefined) {
                        let data24 = data19.method;
                        if (typeof data24 === "string") {
                            if (!pattern4.test(data24)) {
                                const err42 = { instancePath: instancePath + "/auth/" + i2 + "/method", schemaPath: "#/properties/auth/items/properties/method/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9-]*$", parentSchema: schema26.properties.auth.items.properties.method, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/auth/" + i2 + "/method", schemaPath: "#/properties/auth/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.auth.items.properties.method.type, parentSchema: schema26.properties.auth.items.properties.method, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data19.allowExtensionMethod !== undefined) {
                        let data25 = data19.allowExtensionMethod;
                        if (typeof data25 !== "boolean") {
                            const err44 = { instancePath: instancePath + "/auth/" + i2 + "/allowExtensionMethod", schemaPath: "#/properties/auth/items/properties/allowExtensionMethod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.auth.items.properties.allowExtensionMethod.type, parentSchema: schema26.properties.auth.items.properties.allowExtensionMethod, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                    if (data19.headers !== undefined) {
                        let data26 = data19.headers;
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            for (const key7 in data26) {
                                let data27 = data26[key7];
                                if (((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")) {
                                    const err45 = { instancePath: instancePath + "/auth/" + i2 + "/headers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,number,boolean", schema: schema15.additionalProperties.type, parentSchema: schema15.additionalProperties, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err46 = { instancePath: instancePath + "/auth/" + i2 + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    if (data19.body !== undefined) {
                        let data28 = data19.body;
                        if (typeof data28 !== "string") {
                            const err47 = { instancePath: instancePath + "/auth/" + i2 + "/body", schemaPath: "#/properties/auth/items/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.auth.items.properties.body.type, parentSchema: schema26.properties.auth.items.properties.body, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                    if (data19.timeout !== undefined) {
                        let data29 = data19.timeout;
                        if (typeof data29 === "string") {
                            if (!pattern5.test(data29)) {
                                const err48 = { instancePath: instancePath + "/auth/" + i2 + "/timeout", schemaPath: "#/properties/auth/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$" + "\"", schema: "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$", parentSchema: schema26.properties.auth.items.properties.timeout, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/auth/" + i2 + "/timeout", schemaPath: "#/properties/auth/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.auth.items.properties.timeout.type, parentSchema: schema26.properties.auth.items.properties.timeout, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data19.expect !== undefined) {
                        if (!(validate12(data19.expect, { instancePath: instancePath + "/auth/" + i2 + "/expect", parentData: data19, parentDataProperty: "expect", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err50 = { instancePath: instancePath + "/auth/" + i2, schemaPath: "#/properties/auth/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.auth.items.type, parentSchema: schema26.properties.auth.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
        }
        else {
            const err51 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.auth.type, parentSchema: schema26.properties.auth, data: data18 };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
    }
}
else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
        vErrors = [err52];
    }
    else {
        vErrors.push(err52);
    }
    errors++;
} validate18.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = false; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.features === undefined) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property '" + "features" + "'", schema: schema11.anyOf[0].required, parentSchema: schema11.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var _valid0 = _errs2 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.discover === undefined) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "discover" }, message: "must have required property '" + "discover" + "'", schema: schema11.anyOf[1].required, parentSchema: schema11.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.openapi === undefined) {
                const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "openapi" }, message: "must have required property '" + "openapi" + "'", schema: schema11.anyOf[2].required, parentSchema: schema11.anyOf[2], data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
} if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.anyOf, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
}
else {
    errors = _errs1;
    if (vErrors !== null) {
        if (_errs1) {
            vErrors.length = _errs1;
        }
        else {
            vErrors = null;
        }
    }
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "version") || (key0 === "target")) || (key0 === "services")) || (key0 === "features")) || (key0 === "discover")) || (key0 === "openapi")) || (key0 === "publicEnv")) || (key0 === "preview"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.target !== undefined) {
        let data1 = data.target;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                if (!(((((((key1 === "host") || (key1 === "hosts")) || (key1 === "ssh")) || (key1 === "dir")) || (key1 === "compose")) || (key1 === "registry")) || (key1 === "swarm"))) {
                    const err7 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.target, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data1.host !== undefined) {
                let data2 = data1.host;
                if (typeof data2 !== "string") {
                    const err8 = { instancePath: instancePath + "/target/host", schemaPath: "#/properties/target/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.host.type, parentSchema: schema11.properties.target.properties.host, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data1.hosts !== undefined) {
                let data3 = data1.hosts;
                if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                        const err9 = { instancePath: instancePath + "/target/hosts", schemaPath: "#/properties/target/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.target.properties.hosts, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 !== "string") {
                            const err10 = { instancePath: instancePath + "/target/hosts/" + i0, schemaPath: "#/properties/target/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.hosts.items.type, parentSchema: schema11.properties.target.properties.hosts.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/target/hosts", schemaPath: "#/properties/target/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.target.properties.hosts.type, parentSchema: schema11.properties.target.properties.hosts, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.ssh !== undefined) {
                let data5 = data1.ssh;
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    for (const key2 in data5) {
                        if (!((key2 === "identityFile") || (key2 === "knownHostsFile"))) {
                            const err12 = { instancePath: instancePath + "/target/ssh", schemaPath: "#/properties/target/properties/ssh/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.target.properties.ssh, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data5.identityFile !== undefined) {
                        let data6 = data5.identityFile;
                        if (typeof data6 === "string") {
                            if (func2(data6) < 1) {
                                const err13 = { instancePath: instancePath + "/target/ssh/identityFile", schemaPath: "#/properties/target/properties/ssh/properties/identityFile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.ssh.properties.identityFile, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/target/ssh/identityFile", schemaPath: "#/properties/target/properties/ssh/properties/identityFile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.ssh.properties.identityFile.type, parentSchema: schema11.properties.target.properties.ssh.properties.identityFile, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data5.knownHostsFile !== undefined) {
                        let data7 = data5.knownHostsFile;
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err15 = { instancePath: instancePath + "/target/ssh/knownHostsFile", schemaPath: "#/properties/target/properties/ssh/properties/knownHostsFile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.ssh.properties.knownHostsFile, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/target/ssh/knownHostsFile", schemaPath: "#/properties/target/properties/ssh/properties/knownHostsFile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.ssh.properties.knownHostsFile.type, parentSchema: schema11.properties.target.properties.ssh.properties.knownHostsFile, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err17 = { instancePath: instancePath + "/target/ssh", schemaPath: "#/properties/target/properties/ssh/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.target.properties.ssh.type, parentSchema: schema11.properties.target.properties.ssh, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data1.dir !== undefined) {
                let data8 = data1.dir;
                if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                        const err18 = { instancePath: instancePath + "/target/dir", schemaPath: "#/properties/target/properties/dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.dir, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                else {
                    const err19 = { instancePath: instancePath + "/target/dir", schemaPath: "#/properties/target/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.dir.type, parentSchema: schema11.properties.target.properties.dir, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            if (data1.compose !== undefined) {
                let data9 = data1.compose;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    for (const key3 in data9) {
                        if (!((key3 === "project") || (key3 === "files"))) {
                            const err20 = { instancePath: instancePath + "/target/compose", schemaPath: "#/properties/target/properties/compose/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.target.properties.compose, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data9.project !== undefined) {
                        let data10 = data9.project;
                        if (typeof data10 === "string") {
                            if (func2(data10) < 1) {
                                const err21 = { instancePath: instancePath + "/target/compose/project", schemaPath: "#/properties/target/properties/compose/properties/project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.compose.properties.project, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/target/compose/project", schemaPath: "#/properties/target/properties/compose/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.compose.properties.project.type, parentSchema: schema11.properties.target.properties.compose.properties.project, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data9.files !== undefined) {
                        let data11 = data9.files;
                        if (Array.isArray(data11)) {
                            if (data11.length < 1) {
                                const err23 = { instancePath: instancePath + "/target/compose/files", schemaPath: "#/properties/target/properties/compose/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.target.properties.compose.properties.files, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            const len1 = data11.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data12 = data11[i1];
                                if (typeof data12 === "string") {
                                    if (func2(data12) < 1) {
                                        const err24 = { instancePath: instancePath + "/target/compose/files/" + i1, schemaPath: "#/properties/target/properties/compose/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.compose.properties.files.items, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err24];
                                        }
                                        else {
                                            vErrors.push(err24);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err25 = { instancePath: instancePath + "/target/compose/files/" + i1, schemaPath: "#/properties/target/properties/compose/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.compose.properties.files.items.type, parentSchema: schema11.properties.target.properties.compose.properties.files.items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/target/compose/files", schemaPath: "#/properties/target/properties/compose/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.target.properties.compose.properties.files.type, parentSchema: schema11.properties.target.properties.compose.properties.files, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/target/compose", schemaPath: "#/properties/target/properties/compose/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.target.properties.compose.type, parentSchema: schema11.properties.target.properties.compose, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            if (data1.registry !== undefined) {
                let data13 = data1.registry;
                if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                        const err28 = { instancePath: instancePath + "/target/registry", schemaPath: "#/properties/target/properties/registry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.target.properties.registry, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/target/registry", schemaPath: "#/properties/target/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.registry.type, parentSchema: schema11.properties.target.properties.registry, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data1.swarm !== undefined) {
                let data14 = data1.swarm;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    if (data14.stack === undefined) {
                        const err30 = { instancePath: instancePath + "/target/swarm", schemaPath: "#/properties/target/properties/swarm/required", keyword: "required", params: { missingProperty: "stack" }, message: "must have required property '" + "stack" + "'", schema: schema11.properties.target.properties.swarm.required, parentSchema: schema11.properties.target.properties.swarm, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    for (const key4 in data14) {
                        if (!((key4 === "stack") || (key4 === "nodes"))) {
                            const err31 = { instancePath: instancePath + "/target/swarm", schemaPath: "#/properties/target/properties/swarm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.target.properties.swarm, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data14.stack !== undefined) {
                        let data15 = data14.stack;
                        if (typeof data15 === "string") {
                            if (!pattern0.test(data15)) {
                                const err32 = { instancePath: instancePath + "/target/swarm/stack", schemaPath: "#/properties/target/properties/swarm/properties/stack/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.target.properties.swarm.properties.stack, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/target/swarm/stack", schemaPath: "#/properties/target/properties/swarm/properties/stack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.swarm.properties.stack.type, parentSchema: schema11.properties.target.properties.swarm.properties.stack, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data14.nodes !== undefined) {
                        let data16 = data14.nodes;
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            for (const key5 in data16) {
                                let data17 = data16[key5];
                                if (typeof data17 !== "string") {
                                    const err34 = { instancePath: instancePath + "/target/swarm/nodes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/target/properties/swarm/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.target.properties.swarm.properties.nodes.additionalProperties.type, parentSchema: schema11.properties.target.properties.swarm.properties.nodes.additionalProperties, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/target/swarm/nodes", schemaPath: "#/properties/target/properties/swarm/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.target.properties.swarm.properties.nodes.type, parentSchema: schema11.properties.target.properties.swarm.properties.nodes, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err36 = { instancePath: instancePath + "/target/swarm", schemaPath: "#/properties/target/properties/swarm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.target.properties.swarm.type, parentSchema: schema11.properties.target.properties.swarm, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.target.type, parentSchema: schema11.properties.target, data: data1 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.services !== undefined) {
        let data18 = data.services;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key6 in data18) {
                let data19 = data18[key6];
                if ((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)) {
                    const err38 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: schema11.properties.services.additionalProperties.type }, message: "must be object,null", schema: schema11.properties.services.additionalProperties.type, parentSchema: schema11.properties.services.additionalProperties, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    for (const key7 in data19) {
                        if (!((((key7 === "url") || (key7 === "nodeUrl")) || (key7 === "image")) || (key7 === "container"))) {
                            const err39 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.additionalProperties, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data19.url !== undefined) {
                        let data20 = data19.url;
                        if (typeof data20 !== "string") {
                            const err40 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/services/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.url.type, parentSchema: schema11.properties.services.additionalProperties.properties.url, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data19.nodeUrl !== undefined) {
                        let data21 = data19.nodeUrl;
                        if (typeof data21 !== "string") {
                            const err41 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodeUrl", schemaPath: "#/properties/services/additionalProperties/properties/nodeUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.nodeUrl.type, parentSchema: schema11.properties.services.additionalProperties.properties.nodeUrl, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    if (data19.image !== undefined) {
                        let data22 = data19.image;
                        if (typeof data22 === "string") {
                            if (func2(data22) < 1) {
                                const err42 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/image", schemaPath: "#/properties/services/additionalProperties/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.services.additionalProperties.properties.image, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/image", schemaPath: "#/properties/services/additionalProperties/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.image.type, parentSchema: schema11.properties.services.additionalProperties.properties.image, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data19.container !== undefined) {
                        let data23 = data19.container;
                        if (typeof data23 === "string") {
                            if (func2(data23) < 1) {
                                const err44 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/container", schemaPath: "#/properties/services/additionalProperties/properties/container/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.services.additionalProperties.properties.container, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err45 = { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/container", schemaPath: "#/properties/services/additionalProperties/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.container.type, parentSchema: schema11.properties.services.additionalProperties.properties.container, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        else {
            const err46 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data18 };
            if (vErrors === null) {
                vErrors = [err46];
            }
            else {
                vErrors.push(err46);
            }
            errors++;
        }
    }
    if (data.features !== undefined) {
        let data24 = data.features;
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (Object.keys(data24).length < 1) {
                const err47 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.features, data: data24 };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
            for (const key8 in data24) {
                if (!(validate11(data24[key8], { instancePath: instancePath + "/features/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data24, parentDataProperty: key8, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.features.type, parentSchema: schema11.properties.features, data: data24 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
    if (data.discover !== undefined) {
        let data26 = data.discover;
        if (Array.isArray(data26)) {
            if (data26.length < 1) {
                const err49 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.discover, data: data26 };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            const len2 = data26.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate18(data26[i2], { instancePath: instancePath + "/discover/" + i2, parentData: data26, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err50 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.discover.type, parentSchema: schema11.properties.discover, data: data26 };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
    if (data.openapi !== undefined) {
        let data28 = data.openapi;
        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (Object.keys(data28).length < 1) {
                const err51 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.openapi, data: data28 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            for (const key9 in data28) {
                let data29 = data28[key9];
                if (typeof data29 === "string") {
                    if (func2(data29) < 1) {
                        const err52 = { instancePath: instancePath + "/openapi/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/openapi/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.openapi.additionalProperties, data: data29 };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
                else {
                    const err53 = { instancePath: instancePath + "/openapi/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/openapi/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.openapi.additionalProperties.type, parentSchema: schema11.properties.openapi.additionalProperties, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.openapi.type, parentSchema: schema11.properties.openapi, data: data28 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.publicEnv !== undefined) {
        let data30 = data.publicEnv;
        if (Array.isArray(data30)) {
            const len3 = data30.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data31 = data30[i3];
                if (typeof data31 === "string") {
                    if (!pattern17.test(data31)) {
                        const err55 = { instancePath: instancePath + "/publicEnv/" + i3, schemaPath: "#/properties/publicEnv/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.publicEnv.items, data: data31 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/publicEnv/" + i3, schemaPath: "#/properties/publicEnv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.publicEnv.items.type, parentSchema: schema11.properties.publicEnv.items, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
        }
        else {
            const err57 = { instancePath: instancePath + "/publicEnv", schemaPath: "#/properties/publicEnv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.publicEnv.type, parentSchema: schema11.properties.publicEnv, data: data30 };
            if (vErrors === null) {
                vErrors = [err57];
            }
            else {
                vErrors.push(err57);
            }
            errors++;
        }
    }
    if (data.preview !== undefined) {
        let data32 = data.preview;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key10 in data32) {
                if (!(key10 === "services")) {
                    const err58 = { instancePath: instancePath + "/preview", schemaPath: "#/properties/preview/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.preview, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            if (data32.services !== undefined) {
                let data33 = data32.services;
                if (Array.isArray(data33)) {
                    if (data33.length < 1) {
                        const err59 = { instancePath: instancePath + "/preview/services", schemaPath: "#/properties/preview/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.preview.properties.services, data: data33 };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                    const len4 = data33.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data34 = data33[i4];
                        if (typeof data34 === "string") {
                            if (!pattern18.test(data34)) {
                                const err60 = { instancePath: instancePath + "/preview/services/" + i4, schemaPath: "#/properties/preview/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.preview.properties.services.items, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err61 = { instancePath: instancePath + "/preview/services/" + i4, schemaPath: "#/properties/preview/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preview.properties.services.items.type, parentSchema: schema11.properties.preview.properties.services.items, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err62 = { instancePath: instancePath + "/preview/services", schemaPath: "#/properties/preview/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.preview.properties.services.type, parentSchema: schema11.properties.preview.properties.services, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
            }
        }
        else {
            const err63 = { instancePath: instancePath + "/preview", schemaPath: "#/properties/preview/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.preview.type, parentSchema: schema11.properties.preview, data: data32 };
            if (vErrors === null) {
                vErrors = [err63];
            }
            else {
                vErrors.push(err63);
            }
            errors++;
        }
    }
}
else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err64];
    }
    else {
        vErrors.push(err64);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/config/validate-schema.ts



/** ajv's code for configSchema, compiled ahead (schema-validator.ts, kept current by its test): no compile at start-up. */
const validate_schema_validate = validate;
/** Schema violations as problems positioned in the file; empty when the value matches the schema. */
function schemaProblems(value, index) {
    if (validate_schema_validate(value))
        return [];
    return group(validate_schema_validate.errors ?? []).map((node) => explain(node, index, undefined));
}
const isUnder = (path, parent) => path === parent || path.startsWith(parent + '/');
/** ajv lists a failed anyOf's branch errors right before it: fold them under it. */
function group(errors) {
    const stack = [];
    for (const error of errors) {
        const branches = [];
        if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
            while (stack.length && isUnder(stack.at(-1).error.instancePath, error.instancePath))
                branches.unshift(stack.pop());
        }
        stack.push({ error, branches });
    }
    return stack;
}
/** Branch errors that mean "the type fitted, something inside did not" — more precise than "none of the forms". */
const fitted = (node, parent) => node.error.instancePath !== parent.error.instancePath ||
    !['type', 'enum', 'const', 'anyOf', 'oneOf'].includes(node.error.keyword);
/** `fallback`: the enclosing anyOf's wording, for a branch (at the same value) that has none of its own. */
function explain(node, index, fallback) {
    const { error } = node;
    const schema = (error.parentSchema ?? {});
    const expected = typeof schema['x-expected'] === 'string' ? schema['x-expected'] : (fallback ?? expectedOf(schema));
    if (node.branches.length) {
        const inner = node.branches
            .filter((b) => fitted(b, node))
            .map((b) => explain(b, index, b.error.instancePath === error.instancePath ? expected : undefined));
        const firstInner = inner.sort((a, b) => (a.sortOffset ?? a.offset) - (b.sortOffset ?? b.offset))[0];
        if (firstInner)
            return firstInner;
    }
    const info = index.get(error.instancePath);
    const path = info?.path ?? [];
    const name = path.length ? `\`${displayPath(path)}\`` : 'the config';
    const valueAt = index.valueOffset(error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys((schema.properties ?? {}));
            const offset = index.keyOffset([...path, key]);
            if (!allowed.length)
                return { offset, message: `unknown key \`${key}\` in ${name}, expected ${expected}` };
            const list = allowed.map((k) => `\`${k}\``).join(', ');
            return { offset, message: `unknown key \`${key}\`${didYouMean(key, allowed)}, expected one of ${list}` };
        }
        case 'required': {
            const missing = String(params.missingProperty);
            // Reported at the key that holds the object, ordered after the object's own content.
            const message = `${name} has no \`${missing}\`, expected ${requiredHint(schema, missing)}`;
            return { offset: index.keyOffset(error.instancePath), sortOffset: info?.end ?? 0, message };
        }
        case 'minItems':
        case 'minProperties':
        case 'minLength':
            return { offset: valueAt, message: `${name} is empty, expected ${expected}` };
        default: {
            const is = shown(info, error.data, error.keyword === 'type');
            return { offset: valueAt, message: `${name} is ${is}, expected ${expected}${suggestion(node, error.data)}` };
        }
    }
}
/** `version` is `2`; a mapping/list is named by kind; strings are quoted as written (never interpolated). */
function shown(info, data, sayType) {
    if (data === null || data === undefined)
        return 'empty';
    if (Array.isArray(data))
        return 'a list';
    if (typeof data === 'object')
        return 'a mapping';
    const written = (info?.written ?? String(data)).replace(/\s+/g, ' ');
    const short = written.length > 60 ? `${written.slice(0, 57)}...` : written;
    return sayType ? `\`${short}\` (${KIND[typeof data] ?? typeof data})` : `\`${short}\``;
}
function suggestion(node, data) {
    if (typeof data !== 'string')
        return '';
    const values = [node, ...node.branches]
        .filter((n) => n.error.keyword === 'enum')
        .flatMap((n) => n.error.params.allowedValues.map(String));
    const match = closest(data, values);
    return match && match !== data ? ` (did you mean \`${match}\`?)` : '';
}
function requiredHint(schema, missing) {
    const property = (schema.properties ?? {})[missing];
    if (missing === 'version')
        return '`version: 1`';
    return property?.description ? `\`${missing}\`: ${lowerFirst(String(property.description))}` : `\`${missing}\``;
}
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
const KIND = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'nothing'
};
function expectedOf(schema) {
    if (typeof schema['x-expected'] === 'string')
        return schema['x-expected'];
    if (schema.minLength)
        return 'a non-empty string';
    const types = [].concat(schema.type ?? []);
    return types.length ? types.map((t) => KIND[String(t)] ?? String(t)).join(' or ') : 'something else';
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/config/interpolate.ts
/**
 * `${NAME}` / `${NAME:-default}` from the environment; `$${` writes a literal `${`.
 * Unset or empty variables without a default are an error: a CI secret that is not configured arrives as an empty string.
 */
const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;
/**
 * `publicNames`: variables the config lists under `publicEnv` (URLs, ports): substituted like the others, but not secrets.
 */
function interpolate(input, env, publicNames = new Set()) {
    let value = '';
    const secrets = [];
    // The first unset variable; scanning goes on, since a malformed reference later in the value is an error wherever it is used.
    let unset;
    let i = 0;
    while (i < input.length) {
        if (input.startsWith('$${', i)) {
            value += '${';
            i += 3;
            continue;
        }
        if (!input.startsWith('${', i)) {
            value += input[i];
            i += 1;
            continue;
        }
        const close = input.indexOf('}', i + 2);
        const reference = close < 0 ? undefined : REFERENCE.exec(input.slice(i + 2, close));
        if (!reference) {
            const shown = close < 0 ? input.slice(i, i + 20) : input.slice(i, close + 1);
            const message = `bad variable reference \`${shown}\`, expected \${NAME} or \${NAME:-default} (write $\${ for a literal \${)`;
            return { value, secrets, problem: { index: i, message, kind: 'malformed' } };
        }
        const [, name, fallback] = reference;
        const fromEnv = env[name];
        if (fromEnv !== undefined && fromEnv !== '') {
            value += fromEnv;
            if (!publicNames.has(name))
                secrets.push(fromEnv);
        }
        else if (fallback !== undefined) {
            value += fallback;
        }
        else {
            const state = fromEnv === undefined ? 'is not set' : 'is empty';
            const message = `environment variable \`${name}\` ${state}, expected it in the environment (or write \${${name}:-default})`;
            unset ??= { index: i, message, kind: 'unset' };
        }
        i = close + 1;
    }
    return unset ? { value, secrets, problem: unset } : { value, secrets };
}

;// CONCATENATED MODULE: ./src/config/needs.ts

/**
 * What needs the value at `path` (so a `${VAR}` in it must be set): the target's settings are needed to reach it (the
 * compose project and a local `dir` also to build), a service's `url` by both probe layers, each feature's lists by their
 * own layer (artifact paths by the container layer too). Anything else (`version`, unknown keys) by everything.
 * `remote`: the target has a `host` (its `dir` is then a path on that host, never built from).
 */
function needsOf(path, remote) {
    const [top, name, key] = path;
    if (top === 'target') {
        if (name === 'compose')
            return ['build', 'target'];
        if (name === 'dir')
            return remote ? ['target'] : ['build', 'target'];
        return ['target'];
    }
    if (top === 'services') {
        if (key === 'url' || key === 'nodeUrl')
            return ['route', 'auth'];
        if (key === 'image')
            return ['build'];
        if (key === 'container')
            return ['target'];
    }
    // A `discover` entry's own fields sit one level higher (`discover[0].routes`); its `source` makes the features of every layer.
    const field = top === 'discover' ? name : key;
    if (top === 'features' || top === 'discover') {
        if (field === 'source')
            return top === 'features' ? ['source'] : [...core_uses/* CONFIG_USES */.q8];
        if (field === 'artifact')
            return ['artifact', 'container'];
        if (field === 'routes')
            return ['route'];
        if (field === 'auth')
            return ['auth'];
    }
    return [...core_uses/* CONFIG_USES */.q8];
}

;// CONCATENATED MODULE: ./src/config/yaml-tree.ts





const MAX_DEPTH = 64;
const MAX_ALIASES = 1000;
/** YAML 1.2's core schema, in the order it resolves a plain scalar; anything else is a string. */
const IMPLICIT_TAGS = [js_yaml/* nullCoreTag */.DX, js_yaml/* boolCoreTag */.G7, js_yaml/* intCoreTag */.Z7, js_yaml/* floatCoreTag */.ok];
const EXPLICIT_TAGS = new Map([js_yaml/* strTag */.ym, ...IMPLICIT_TAGS].flatMap((tag) => {
    const name = tag.tagName.replace('tag:yaml.org,2002:', '');
    return [
        [`!!${name}`, tag],
        [`!<${tag.tagName}>`, tag]
    ];
}));
/**
 * Parses YAML into a plain value plus the position of every node. js-yaml's event stream gives every node's offsets
 * (a cold parse ~4x faster than a syntax tree's: the build waits for the config). Interpolation runs here, on the scalars,
 * so positions stay those of the file and messages can quote the value as written (never the secret).
 */
function readYamlTree(text, file, env) {
    const index = new PositionIndex(file, new LineIndex(text));
    const events = parseOrThrow(text, index);
    const documents = events.flatMap((event, i) => (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT ? [i] : []));
    if (documents.length > 1) {
        const message = 'more than one YAML document, expected a single document';
        throw new errors/* ConfigError */.xL(message, index.location(secondDocumentStart(text, events, documents[1])));
    }
    const root = documents.length ? documents[0] + 1 : events.length;
    if (root >= events.length || events[root].type === js_yaml/* EVENT_ID */.hy.POP) {
        const message = 'the file is empty, expected a mapping with `version: 1` and `features`';
        throw new errors/* ConfigError */.xL(message, index.location(0));
    }
    const stream = new EventStream(text, events, index);
    const remote = stream.hasTopKey(root, 'target', ['host', 'hosts']);
    const needs = (path) => needsOf(path, remote);
    return new TreeReader(stream, env, index, stream.publicEnvNames(root), needs).read(root);
}
/** js-yaml's words for the usual slips, with what usually causes them. */
const REASON_HINTS = {
    // Where an unclosed `[`, `{` or quote runs into the next line.
    'deficient indentation': ' (a `[`, `{` or quote left open above?)'
};
function parseOrThrow(text, index) {
    try {
        return (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const reason = error.reason.replace(/\.$/, '') + (REASON_HINTS[error.reason] ?? '');
        throw new errors/* ConfigError */.xL(`invalid YAML: ${reason}, expected valid YAML`, index.location(error.mark?.position ?? 0));
    }
}
/** Where the second document starts: its `---` line (the events carry no offset for a document itself). */
function secondDocumentStart(text, events, document) {
    const content = events
        .slice(document)
        .map(startOf)
        .find((at) => at >= 0) ?? text.length;
    const marker = /^---/gm;
    let found = -1;
    for (let m = marker.exec(text); m && m.index <= content; m = marker.exec(text))
        found = m.index;
    return found >= 0 ? found : content;
}
/** The offset where an event's node starts in the text, -1 when it has none (a document, an end, an empty scalar). */
function startOf(event) {
    if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return event.start;
    if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
        return event.valueStart;
    if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS)
        return event.anchorStart - 1;
    return -1;
}
/**
 * The event list as nodes: where each collection ends, which node each alias names (the last anchor of that name before
 * it, as YAML says), a scalar's range and value under YAML 1.2's core schema.
 */
class EventStream {
    text;
    events;
    index;
    /** Collection start → the index just after its end. */
    ends = new Map();
    /** Alias event → the event of the node it names (absent: an anchor not yet set). */
    targets = new Map();
    constructor(text, events, index) {
        this.text = text;
        this.events = events;
        this.index = index;
        const open = [];
        const anchors = new Map();
        events.forEach((event, i) => {
            if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
                const start = open.pop();
                if (start !== undefined)
                    this.ends.set(start, i + 1);
                return;
            }
            if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
                const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
                if (target !== undefined)
                    this.targets.set(i, target);
                return;
            }
            if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
                return void open.push(i);
            if (event.anchorStart >= 0)
                anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
            if (event.type !== js_yaml/* EVENT_ID */.hy.SCALAR)
                open.push(i);
        });
    }
    /** The index just after the node at `i`. */
    next(i) {
        return this.ends.get(i) ?? i + 1;
    }
    /** The node an alias names; an unknown anchor is YAML's error. */
    target(i) {
        const target = this.targets.get(i);
        if (target !== undefined)
            return target;
        const event = this.events[i];
        const name = this.text.slice(event.anchorStart, event.anchorEnd);
        const message = `invalid YAML: unknown alias \`*${name}\` (an anchor must be set before its alias), expected valid YAML`;
        throw new errors/* ConfigError */.xL(message, this.index.location(event.anchorStart - 1));
    }
    /** The range of a scalar as written: quotes included, a block scalar from its `|` or `>`; undefined when empty. */
    range(event) {
        if (event.valueStart < 0)
            return undefined;
        if (event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED)
            return [event.valueStart - 1, event.valueEnd + 1];
        if (event.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || event.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
            return [blockIndicator(this.text, event.valueStart), event.valueEnd];
        return [event.valueStart, event.valueEnd];
    }
    /** A scalar's value: an explicit core tag's, a plain scalar's under the core schema, else its text. */
    value(event) {
        const text = (0,js_yaml/* getScalarValue */.KE)(this.text, event);
        if (event.tagStart >= 0) {
            const tag = EXPLICIT_TAGS.get(this.text.slice(event.tagStart, event.tagEnd));
            const value = tag?.resolve(text, true, tag.tagName);
            return value === undefined || value === js_yaml/* NOT_RESOLVED */.Hg ? text : value;
        }
        if (event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN)
            return text;
        for (const tag of IMPLICIT_TAGS) {
            const value = tag.resolve(text, false, tag.tagName);
            if (value !== js_yaml/* NOT_RESOLVED */.Hg)
                return value;
        }
        return text;
    }
    /** The plain text of a scalar as written (for a number or a boolean: `0x1F`, `yes`). */
    source(event) {
        return event.valueStart < 0 ? '' : this.text.slice(event.valueStart, event.valueEnd);
    }
    isMergeKey(i) {
        const event = this.events[i];
        return (event.type === js_yaml/* EVENT_ID */.hy.SCALAR &&
            event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN &&
            event.tagStart < 0 &&
            this.source(event) === '<<');
    }
    /** The event indexes of the nodes directly inside the collection at `i`, in order. */
    items(i) {
        const items = [];
        for (let at = i + 1, end = this.next(i) - 1; at < end; at = this.next(at))
            items.push(at);
        return items;
    }
    /** The key/value event indexes of a mapping starting at `i`. */
    pairs(i) {
        const items = this.items(i);
        const pairs = [];
        for (let k = 0; k + 1 < items.length; k += 2)
            pairs.push([items[k], items[k + 1]]);
        return pairs;
    }
    /** The value of `key` in the mapping at `i` (undefined when it is not a mapping or has no such plain key). */
    lookup(i, key) {
        if (this.events[i]?.type !== js_yaml/* EVENT_ID */.hy.MAPPING)
            return undefined;
        for (const [k, v] of this.pairs(i)) {
            const event = this.events[k];
            if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR && (0,js_yaml/* getScalarValue */.KE)(this.text, event) === key)
                return v;
        }
        return undefined;
    }
    /** Whether the mapping under `top` has any of `keys` (`target.host`, `target.hosts`: a remote target). */
    hasTopKey(root, top, keys) {
        const under = this.lookup(root, top);
        return under !== undefined && keys.some((key) => this.lookup(under, key) !== undefined);
    }
    /** The names under the top-level `publicEnv` (plain words, never interpolated): read first, since they decide what is secret. */
    publicEnvNames(root) {
        const list = this.lookup(root, 'publicEnv');
        if (list === undefined || this.events[list].type !== js_yaml/* EVENT_ID */.hy.SEQUENCE)
            return new Set();
        const names = new Set();
        for (const item of this.items(list)) {
            const event = this.events[item];
            if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
                names.add(String(this.value(event)));
        }
        return names;
    }
}
/** A block scalar's range starts at its indicator (`|`, `>-`, …) on the line before its content, as YAML tools point. */
function blockIndicator(text, contentStart) {
    const headerEnd = text[contentStart - 1] === '\n' ? contentStart - 1 : contentStart;
    const lineStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const header = text.slice(lineStart, headerEnd).replace(/\r$/, '');
    // A comment needs a blank before its `#`: `"|#": |` has its indicator last.
    const indicator = /[|>][-+1-9]*(?:[ \t]+#.*)?[ \t]*$/.exec(header);
    return indicator ? lineStart + indicator.index : contentStart;
}
class TreeReader {
    stream;
    env;
    index;
    publicNames;
    needs;
    secrets = [];
    problems = [];
    unset = [];
    failedScalars = new Set();
    aliases = 0;
    /** Where the last node read ends (a collection: where it starts, until its items are read). */
    lastEnd = 0;
    constructor(stream, env, index, publicNames, needs) {
        this.stream = stream;
        this.env = env;
        this.index = index;
        this.publicNames = publicNames;
        this.needs = needs;
    }
    read(root) {
        const value = this.node(root, [], undefined, 0);
        return {
            value,
            index: this.index,
            secrets: this.secrets,
            problems: this.problems,
            unset: this.unset,
            failedScalars: this.failedScalars
        };
    }
    node(i, path, keyOffset, depth) {
        if (depth > MAX_DEPTH)
            throw new errors/* ConfigError */.xL('nesting too deep, expected a config', this.index.location(keyOffset ?? 0));
        const event = this.stream.events[i];
        if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS)
            return this.alias(i, event.anchorStart - 1, path, keyOffset, depth);
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const range = this.stream.range(event);
            // `key:` with nothing after it: point at the key; `-` with nothing after it: just after the dash.
            const empty = keyOffset ?? this.afterDash();
            const [start, end] = range ?? [empty, empty];
            this.lastEnd = end;
            return this.scalar(event, path, keyOffset, start, end);
        }
        if (event.type !== js_yaml/* EVENT_ID */.hy.MAPPING && event.type !== js_yaml/* EVENT_ID */.hy.SEQUENCE)
            return null;
        const start = event.start;
        this.lastEnd = start;
        const value = event.type === js_yaml/* EVENT_ID */.hy.MAPPING ? this.map(i, path, depth) : this.sequence(i, path, depth);
        // Set after its content: a merge read under this very path has written it meanwhile, and the mapping's own wins.
        this.index.set({ path: [...path], keyOffset, start, end: Math.max(this.lastEnd, start) });
        return value;
    }
    /** Where an empty list item stands: after the next `-` from the last node read, and the blanks after it. */
    afterDash() {
        const dash = this.stream.text.indexOf('-', this.lastEnd);
        if (dash < 0)
            return this.lastEnd;
        let at = dash + 1;
        while (this.stream.text[at] === ' ' || this.stream.text[at] === '\t')
            at++;
        return at;
    }
    sequence(i, path, depth) {
        return this.stream.items(i).map((item, k) => this.node(item, [...path, k], undefined, depth + 1));
    }
    alias(i, start, path, keyOffset, depth) {
        if (++this.aliases > MAX_ALIASES) {
            throw new errors/* ConfigError */.xL('too many alias expansions, expected a config', this.index.location(start));
        }
        const value = this.node(this.stream.target(i), path, keyOffset, depth + 1);
        const event = this.stream.events[i];
        const info = this.index.get(path);
        this.index.set({ ...info, path: [...path], keyOffset, start, end: event.anchorEnd });
        this.lastEnd = event.anchorEnd;
        return value;
    }
    scalar(event, path, keyOffset, start, end) {
        const value = this.stream.value(event);
        const written = typeof value === 'string' ? value : this.stream.source(event);
        this.index.set({ path: [...path], keyOffset, start, end, written });
        if (typeof value !== 'string')
            return value;
        const result = interpolate(value, this.env, this.publicNames);
        this.secrets.push(...result.secrets);
        if (!result.problem)
            return result.value;
        this.failedScalars.add(start);
        const problem = {
            offset: this.offsetInScalar(value, result.problem.index, start, end),
            message: result.problem.message
        };
        if (result.problem.kind === 'malformed')
            this.problems.push(problem);
        else
            this.unset.push({ ...problem, needs: this.needs(path) });
        // As written: a value with a hole in it must never look like a real one (and `${NAME}` quotes no secret).
        return value;
    }
    /** Where the n-th `${` of the decoded value stands in the file (quoting and folding can shift it), else the scalar. */
    offsetInScalar(value, index, start, end) {
        const needle = value.slice(index, value.indexOf('}', index) + 1 || index + 2);
        const nth = value.slice(0, index).split(needle).length - 1;
        let at = start - 1;
        const raw = this.stream.text.slice(start, end);
        for (let k = 0; k <= nth; k++) {
            at = raw.indexOf(needle, at - start + 1) + start;
            if (at < start)
                return start;
        }
        return at;
    }
    map(i, path, depth) {
        const out = {};
        const pairs = this.stream.pairs(i);
        // `<<: *defaults` first, read under this very path (so errors point at the anchor); explicit keys then overwrite.
        for (const [key, value] of pairs.filter(([key]) => this.stream.isMergeKey(key))) {
            const offset = this.keyStart(key);
            const event = this.stream.events[value];
            const sources = event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE ? this.stream.items(value) : [value];
            for (const source of sources) {
                const merged = this.node(source, path, offset, depth + 1);
                if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
                    for (const [k, v] of Object.entries(merged))
                        if (!Object.hasOwn(out, k))
                            yaml_tree_define(out, k, v);
                }
                else {
                    this.problems.push({
                        offset,
                        message: 'a merge key `<<` with a non-mapping value, expected an alias to a mapping'
                    });
                }
            }
        }
        const seen = new Set();
        for (const [key, value] of pairs) {
            if (this.stream.isMergeKey(key))
                continue;
            const keyOffset = this.keyStart(key);
            const event = this.stream.events[key];
            const name = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? this.stream.value(event) : undefined;
            if (event.type !== js_yaml/* EVENT_ID */.hy.SCALAR || name === null || typeof name === 'object') {
                const where = displayPath(path);
                this.problems.push({ offset: keyOffset, message: `a complex key in ${where}, expected a plain name` });
                continue;
            }
            if (seen.has(name))
                throw this.duplicateKey(keyOffset);
            seen.add(name);
            yaml_tree_define(out, String(name), this.node(value, [...path, String(name)], keyOffset, depth + 1));
        }
        return out;
    }
    keyStart(i) {
        const event = this.stream.events[i];
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
            return this.stream.range(event)?.[0] ?? this.lastEnd;
        return startOf(event) >= 0 ? startOf(event) : this.lastEnd;
    }
    duplicateKey(offset) {
        const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(this.stream.text.slice(offset))?.[1] ?? 'a key';
        return new errors/* ConfigError */.xL(`duplicate key \`${key}\`, expected each key once per mapping`, this.index.location(offset));
    }
}
/** Own property even for `__proto__`: a key in the file must never touch a prototype. */
function yaml_tree_define(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/config/load.ts








/**
 * `driftcheck.yml` text → the validated, normalised config. Pure (no I/O). Every problem is a one-line `ConfigError`
 * `file:line:col: what is wrong, expected what`; only the first problem in file order is reported.
 * `file` is used as given in messages; `DriftConfig.file` is its absolute form.
 */
function parseConfig(text, file, env, options = {}) {
    let secrets = [];
    try {
        const tree = readYamlTree(text, file, env);
        secrets = tree.secrets;
        const { index } = tree;
        const uses = new Set(options.uses ?? core_uses/* CONFIG_USES */.q8);
        const unset = mergeReads(tree.unset);
        const needed = (p) => p.needs.some((use) => uses.has(use));
        // A value with an unset variable is kept as written: what the schema or the semantic checks say of it is only an echo.
        const echo = (p) => tree.failedScalars.has(p.offset);
        const schema = schemaProblems(tree.value, index).filter((p) => !echo(p));
        const problems = [...tree.problems, ...unset.filter(needed), ...schema];
        const structural = index.firstError(problems);
        if (structural)
            throw structural;
        const raw = tree.value;
        const semantic = index.firstError(semanticProblems(raw, index).filter((p) => !echo(p)));
        if (semantic)
            throw semantic;
        const config = normalize(raw, file, index, env, secrets, tree.failedScalars);
        const unresolved = unset.filter((p) => !needed(p)).map((p) => unresolvedVariable(p, index));
        return unresolved.length ? { ...config, unresolved } : config;
    }
    catch (error) {
        throw redacted(error, secrets);
    }
}
/** Reads and parses the config file; a missing or unreadable file is a `ConfigError` naming it. */
async function loadConfig(file, env = process.env, options = {}) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${file}: ${unreadable(error)}, expected a driftcheck config file (see --config)`);
    }
    return parseConfig(text, file, env, options);
}
/**
 * A scalar read more than once (an alias, a merge key) has one problem per read, each with the needs of where it was read:
 * one problem, needed by all of them, sorted in file order.
 */
function mergeReads(unset) {
    const byOffset = new Map();
    for (const problem of unset) {
        const known = byOffset.get(problem.offset);
        byOffset.set(problem.offset, known ? { ...known, needs: [...new Set([...known.needs, ...problem.needs])] } : { ...problem });
    }
    return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}
function unresolvedVariable(problem, index) {
    return { needs: problem.needs, message: problem.message, location: index.location(problem.offset) };
}
function unreadable(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return `cannot be read (${code ?? 'unknown error'})`;
}
// Messages quote values as written, never interpolated; this is the second lock on that door.
function redacted(error, secrets) {
    if (!(error instanceof errors/* ConfigError */.xL) || !secrets.length)
        return error;
    const redactor = new redact/* Redactor */.pO(secrets);
    const message = redactor.redact(error.message);
    if (message === error.message)
        return error;
    const safe = new errors/* ConfigError */.xL('', error.location);
    safe.message = message;
    return safe;
}


/***/ }),

/***/ 75336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ fillDiscovered),
/* harmony export */   LX: () => (/* binding */ DISCOVER_PLACEHOLDERS),
/* harmony export */   PP: () => (/* binding */ hasDiscoverPlaceholder),
/* harmony export */   me: () => (/* binding */ unknownDiscoverPlaceholders),
/* harmony export */   ys: () => (/* binding */ discoveredMatches)
/* harmony export */ });
/**
 * The placeholders of a `discover` entry (`{name}`, `{path}`) and what one match of its source glob fills them with.
 * Pure: the config checks the templates with it, the engine expands them (`engine/discover.ts`).
 */
const DISCOVER_PLACEHOLDERS = ['name', 'path'];
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The `{…}` names in a template that are no discover placeholder (a typo like `{nmae}`), in order. */
function unknownDiscoverPlaceholders(template) {
    return [...template.matchAll(PLACEHOLDER)]
        .map((m) => m[1])
        .filter((name) => !DISCOVER_PLACEHOLDERS.includes(name));
}
function hasDiscoverPlaceholder(template) {
    return [...template.matchAll(PLACEHOLDER)].some((m) => DISCOVER_PLACEHOLDERS.includes(m[1]));
}
/**
 * `template` with `{name}` / `{path}` filled; other `{…}` (a probe's own path parameters) are kept. `encode` turns a value
 * into what the template holds: URL segments for a probe path (`{path}` keeps its `/`s); for an artifact path, glob
 * characters escaped (a Next.js folder `[id]` is that name, not a glob that `i` or `d` would satisfy); the text elsewhere.
 */
function fillDiscovered(template, match, encode = 'none') {
    return template.replace(PLACEHOLDER, (whole, key) => {
        if (key !== 'name' && key !== 'path')
            return whole;
        const value = match[key];
        if (encode === 'url')
            return value.split('/').map(encodeURIComponent).join('/');
        if (encode === 'glob')
            return value.replace(/[*?[\]\\]/g, '\\$&');
        return value;
    });
}
/**
 * The matches of a discover glob among what `SourceTree.match` listed (files, and folders ending in `/`): `foldersOnly`
 * (the glob ends in `/`) keeps the folders. Sorted by path: every phase of a run expands the same way.
 */
function discoveredMatches(listed, foldersOnly) {
    const paths = listed.filter((entry) => !foldersOnly || entry.endsWith('/')).map((entry) => entry.replace(/\/+$/, ''));
    return [...new Set(paths)].sort().map((path) => {
        const base = path.slice(path.lastIndexOf('/') + 1);
        const isFile = !listed.includes(`${path}/`);
        const dot = base.lastIndexOf('.');
        return { path, name: isFile && dot > 0 ? base.slice(0, dot) : base };
    });
}


/***/ }),

/***/ 30617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ jsonPathSegments),
/* harmony export */   S: () => (/* binding */ jsonPathGet)
/* harmony export */ });
// One segment at a time, anchored: `.name` (or a first `name`), `[n]`, `["key"]` / `['key']`.
const SEGMENT = /\.([^.[\]'"]+)|([^.[\]'"]+)|\[(-?\d+)\]|\[(["'])(.*?)\4\]/y;
/** The segments of a path, or undefined when it is malformed (`a..b`, `.a`, `a.`, `a[x]`, `a[0]b`, ``). */
function jsonPathSegments(path) {
    const body = path.startsWith('$.') ? path.slice(2) : path.startsWith('$[') ? path.slice(1) : path;
    const segments = [];
    let at = 0;
    while (at < body.length) {
        SEGMENT.lastIndex = at;
        const match = SEGMENT.exec(body);
        if (!match)
            return undefined;
        const [, dotted, bare, index, , key] = match;
        // A bare name only starts the path; after a segment, names need their dot (`a[0]b` is malformed, `a[0].b` is not).
        if (bare !== undefined && at > 0)
            return undefined;
        if (dotted !== undefined && at === 0)
            return undefined;
        segments.push(index !== undefined ? Number(index) : (dotted ?? bare ?? key));
        at = SEGMENT.lastIndex;
    }
    return segments.length ? segments : undefined;
}
/** Walks a document along a path: found (with the value, which may be null) or not; throws for a malformed path. */
function jsonPathGet(document, path) {
    const segments = jsonPathSegments(path.trim());
    if (!segments)
        throw new Error(`cannot read JSON path '${path}'`);
    let current = document;
    for (const segment of segments) {
        if (typeof segment === 'number') {
            if (!Array.isArray(current))
                return { found: false };
            const index = segment < 0 ? current.length + segment : segment;
            if (index < 0 || index >= current.length)
                return { found: false };
            current = current[index];
        }
        else {
            if (current === null || typeof current !== 'object' || Array.isArray(current))
                return { found: false };
            if (!Object.prototype.hasOwnProperty.call(current, segment))
                return { found: false };
            current = current[segment];
        }
    }
    return { found: true, value: current };
}


/***/ }),

/***/ 57783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ NODE_URL_PLACEHOLDER),
/* harmony export */   z: () => (/* binding */ nodeUrlFor)
/* harmony export */ });
/** `{host}` in `services.<name>.nodeUrl`: the host name of a fleet node's ssh URL. */
const NODE_URL_PLACEHOLDER = '{host}';
/** `http://{host}:8080` for `node-2` → `http://node-2:8080`; an IPv6 address is bracketed, as a URL needs it. */
function nodeUrlFor(template, hostname) {
    const host = hostname.includes(':') ? `[${hostname}]` : hostname;
    return template.split(NODE_URL_PLACEHOLDER).join(host);
}


/***/ }),

/***/ 70999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ isDotSegment),
/* harmony export */   Ou: () => (/* binding */ pathPlaceholders),
/* harmony export */   dN: () => (/* binding */ fillPath)
/* harmony export */ });
/**
 * Path parameters of a probe path: `:slug` at the start of a segment (Express, Rails) or `{slug}` (OpenAPI), filled from the
 * probe's `params`. Only the path part: a query string is kept as written.
 */
const PLACEHOLDER = /(?<=\/):([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function split(path) {
    const query = path.indexOf('?');
    return query < 0 ? [path, ''] : [path.slice(0, query), path.slice(query)];
}
/** The placeholders of `path`, in order (a name used twice is listed twice). */
function pathPlaceholders(path) {
    return [...split(path)[0].matchAll(PLACEHOLDER)].map((m) => ({ name: (m[1] ?? m[2]), written: m[0] }));
}
/** `path` with each placeholder replaced by its value, URL-encoded as one path segment (`a/b` → `a%2Fb`). */
function fillPath(path, params = {}) {
    const [part, query] = split(path);
    const filled = part.replace(PLACEHOLDER, (whole, colon, brace) => {
        const value = params[(colon ?? brace)];
        return value === undefined ? whole : encodeURIComponent(value);
    });
    return filled + query;
}
/** Values that are no path segment: `.` and `..` (even encoded) would move the path to another route. */
function isDotSegment(value) {
    return value === '.' || value === '..';
}


/***/ }),

/***/ 29777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   JU: () => (/* binding */ fillRevision),
/* harmony export */   Kg: () => (/* binding */ REVISION_TEMPLATES),
/* harmony export */   PZ: () => (/* binding */ isRevisionValue),
/* harmony export */   Y$: () => (/* binding */ unknownTemplates),
/* harmony export */   YP: () => (/* binding */ usesRevision)
/* harmony export */ });
/* unused harmony export expectationStrings */
/**
 * `{{revision}}` / `{{revision.short}}` in an `expect`: the checked commit (the checkout's HEAD). Unlike `${ENV}` values they
 * are no secrets: they are filled in after the config is loaded, and shown in reports as they are.
 */
const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const REVISION_TEMPLATES = ['revision', 'revision.short'];
/** How a commit is shown in sentences (`9f8e7d6`). */
const shortCommit = (revision) => revision.slice(0, 7);
/** The `{{…}}` names in `text` that are none of ours (a typo like `{{revison}}`). */
function unknownTemplates(text) {
    return [...text.matchAll(TEMPLATE)]
        .map((m) => m[1])
        .filter((name) => !REVISION_TEMPLATES.includes(name));
}
/** Every string an expectation compares with: bodyContains, header values, and the strings anywhere in JSON values. */
function expectationStrings(expect) {
    return [...expect.bodyContains, ...Object.values(expect.headers), ...Object.values(expect.json).flatMap(stringsIn)];
}
function usesRevision(expect) {
    return expectationStrings(expect).some((text) => [...text.matchAll(TEMPLATE)].some((m) => isRevisionName(m[1])));
}
/**
 * The expectation with the templates filled, and `revision` set so the words of a mismatch can name both commits.
 * Unchanged when it has none.
 */
function fillRevision(expect, revision) {
    if (!usesRevision(expect))
        return expect;
    const fill = (text) => text.replace(TEMPLATE, (whole, name) => name === 'revision' ? revision : name === 'revision.short' ? shortCommit(revision) : whole);
    return {
        ...expect,
        bodyContains: expect.bodyContains.map(fill),
        headers: Object.fromEntries(Object.entries(expect.headers).map(([k, v]) => [k, fill(v)])),
        json: Object.fromEntries(Object.entries(expect.json).map(([k, v]) => [k, mapStrings(v, fill)])),
        revision
    };
}
/** A value that is the checked commit as a whole (`{{revision}}` or `{{revision.short}}` filled), not text around it. */
function isRevisionValue(value, revision) {
    return revision !== undefined && (value === revision || value === shortCommit(revision));
}
function isRevisionName(name) {
    return REVISION_TEMPLATES.includes(name);
}
function stringsIn(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(stringsIn);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(stringsIn);
    return [];
}
function mapStrings(value, fill) {
    if (typeof value === 'string')
        return fill(value);
    if (Array.isArray(value))
        return value.map((v) => mapStrings(v, fill));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fill)]));
    }
    return value;
}


/***/ })

};
