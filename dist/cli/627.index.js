export const id = 627;
export const ids = [627];
export const modules = {

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


/***/ }),

/***/ 79478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   W5: () => (/* binding */ judgeFeature),
/* harmony export */   Zy: () => (/* binding */ judgeRun)
/* harmony export */ });
/* unused harmony exports VERDICT_BY_FAULT_LINE, isDrift */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44146);

/** docs/architecture.md "Verdicts": the verdict a failing layer names when it is the fault line. */
const VERDICT_BY_FAULT_LINE = {
    source: 'missing-in-source',
    artifact: 'build-drift',
    container: 'runtime-drift',
    route: 'route-missing',
    auth: 'auth-failed'
};
/**
 * The fault line is the first layer, in layer order, that is not `pass`/`skip`.
 * A `fail` names its verdict from the table; an `error` makes the feature `error` (it could not be checked, so never pass).
 * A feature with no layer that passed or failed (everything skipped) is `error`: nothing was proven.
 */
function judgeFeature(layers) {
    const ordered = [...layers].sort((a, b) => _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR.indexOf(a.layer) - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYERS */ .RR.indexOf(b.layer));
    for (const result of ordered) {
        if (result.status === 'fail')
            return { verdict: VERDICT_BY_FAULT_LINE[result.layer], faultLine: result.layer };
        if (result.status === 'error')
            return { verdict: 'error', faultLine: result.layer };
    }
    if (!ordered.some((result) => result.status === 'pass'))
        return { verdict: 'error', faultLine: null };
    return { verdict: 'pass', faultLine: null };
}
/** A verdict that proves drift or a missing feature (as opposed to a pass, or a feature that could not be checked). */
function isDrift(verdict) {
    return verdict !== 'pass' && verdict !== 'error';
}
/**
 * Proven drift outranks an infrastructure error: `fail` if any feature failed, else `error` if any could not be checked.
 * A run that judged no feature at all proved nothing: `error`, never a pass; so is a run some part of which could not run
 * (`incomplete`: a crashed step of the action).
 */
function judgeRun(features, options = {}) {
    if (features.some((f) => isDrift(f.verdict)))
        return 'fail';
    if (features.length === 0 || options.incomplete)
        return 'error';
    if (features.some((f) => f.verdict === 'error'))
        return 'error';
    return 'pass';
}
/** CLI exit codes (docs/architecture.md): 0 pass, 1 drift/fail, 3 could not check. (2, bad config, never comes from a result.) */
function exitCodeFor(verdict) {
    return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 3;
}


/***/ }),

/***/ 20627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S6: () => (/* binding */ buildLabels),
  ob: () => (/* binding */ checkableFeatures),
  xv: () => (/* binding */ configuredLayers),
  O9: () => (/* binding */ finish),
  om: () => (/* binding */ newState),
  MX: () => (/* binding */ verify)
});

// UNUSED EXPORTS: PHASES, buildReason, phaseUses, requireCheckable, runPhase

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/uses.ts
var uses = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/engine/expand.ts + 3 modules
var expand = __webpack_require__(49697);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/core/command-text.ts
var command_text = __webpack_require__(7644);
// EXTERNAL MODULE: ./src/core/artifact-glob.ts
var artifact_glob = __webpack_require__(78660);
;// CONCATENATED MODULE: ./src/layers/paths.ts


/** The services a feature inspects, each with its paths (services with an empty list are left out). */
function featurePaths(feature) {
    return Object.entries(feature.artifact).filter(([, paths]) => paths.length > 0);
}
/** Every path of every feature, per service, without duplicates: ONE listing per image/container covers them all. */
function pathsByService(features) {
    const byService = new Map();
    for (const feature of features) {
        for (const [service, paths] of featurePaths(feature)) {
            const set = byService.get(service) ?? new Set();
            for (const path of paths)
                set.add(path);
            byService.set(service, set);
        }
    }
    return new Map([...byService].map(([service, set]) => [service, [...set]]));
}
/**
 * One check per configured path, from a listing (a path the listing does not mention is an error, never a pass). A glob's
 * check keeps the pattern as its `target` and names what it matched (`matched`, and the lines in `observed`).
 */
function pathChecks(service, paths, listing) {
    const via = listing.method === 'archive' ? ' (read through the archive API)' : '';
    return paths.map((written) => {
        const parsed = (0,artifact_glob/* parseArtifactPath */.nh)(written);
        return parsed.kind === 'glob'
            ? globCheck(service, parsed, listing, via)
            : literalCheck(service, parsed, listing, via);
    });
}
function literalCheck(service, literal, listing, via) {
    const target = literal.written;
    const entry = lookup(listing).entries.get(literal.path);
    if (!entry)
        return { service, target, status: 'error', expected: 'exists', observed: 'not in the listing' };
    return { service, target, status: entry.exists ? 'pass' : 'fail', expected: 'exists', observed: entry.detail + via };
}
function globCheck(service, glob, listing, via) {
    const check = { service, target: glob.written, expected: 'exists' };
    const directory = lookup(listing).directories.get(glob.directory);
    if (!directory)
        return { ...check, status: 'error', observed: `${glob.directory} is not in the listing` };
    if (!directory.exists)
        return { ...check, status: 'fail', observed: `${glob.directory}: ${directory.detail}${via}`, matched: [] };
    const names = (0,artifact_glob/* matchingNames */.Mc)(glob, directory.entries.map((e) => e.name));
    if (names.length === 0)
        return {
            ...check,
            status: 'fail',
            observed: `nothing in ${glob.directory} matches ${glob.name}${via}`,
            matched: []
        };
    const lines = names.map((name) => directory.entries.find((e) => e.name === name).detail);
    const observed = lines.length === 1 ? lines[0] : `${lines.length} matches: ${lines.join('; ')}`;
    return { ...check, status: 'pass', observed: observed + via, matched: names.map((n) => (0,artifact_glob/* joinPath */.uJ)(glob.directory, n)) };
}
/**
 * A service's listing judged: its checks, what it lacks (a glob that matched nothing says so), the paths it did not
 * mention (an error, never a pass), a sentence per glob that matched naming what it matched, and the listing's commands
 * as this feature's evidence (`featureCommands`).
 */
function judgeListing(service, paths, listing) {
    const checks = pathChecks(service, paths, listing);
    const lacks = checks.filter((c) => c.status === 'fail').map((c) => (c.matched ? `${c.target} (no match)` : c.target));
    const unlisted = checks.filter((c) => c.status === 'error').map((c) => c.target);
    return { checks, lacks, unlisted, matches: matchSentences(checks), commands: featureCommands(paths, listing) };
}
/** The listing's commands with the other features' paths left out (`listingFocus`): each feature's evidence stays its size. */
function featureCommands(paths, listing) {
    const own = paths.map((written) => {
        const parsed = (0,artifact_glob/* parseArtifactPath */.nh)(written);
        return parsed.kind === 'glob' ? parsed.directory : parsed.path;
    });
    return lookup(listing).focus.map((focus) => focus(own));
}
// One listing serves every feature: it is indexed once, so judging N features costs N look-ups, not N scans of N paths.
const lookups = new WeakMap();
function lookup(listing) {
    let found = lookups.get(listing);
    if (!found) {
        const listed = [...listing.entries.map((e) => e.path), ...(listing.directories ?? []).map((d) => d.path)];
        found = {
            entries: firstByPath(listing.entries),
            directories: firstByPath(listing.directories ?? []),
            focus: listing.commands.map((command) => (0,command_text/* listingFocus */.rB)(command, listed))
        };
        lookups.set(listing, found);
    }
    return found;
}
/** Each path's first entry, as `find` would pick it. */
function firstByPath(items) {
    const byPath = new Map();
    for (const item of items)
        if (!byPath.has(item.path))
            byPath.set(item.path, item);
    return byPath;
}
/** A sentence per glob check that passed, naming what it matched. */
function matchSentences(checks) {
    return checks.filter((c) => c.status === 'pass' && c.matched?.length).map(matchSentence);
}
/**
 * The same glob's passing checks in several replicas (`names`, in the same order): what any of them matched, and a note
 * when they did not all match the same entries (one replica still serves another bundle). Not a glob: nothing to say.
 */
function mergeMatches(checks, names) {
    if (!checks.some((c) => c.matched))
        return { note: '' };
    const matched = uniqueStrings(checks.flatMap((c) => c.matched ?? [])).sort(artifact_glob/* byteOrder */.Tz);
    const same = checks.every((c) => (c.matched ?? []).join('\n') === (checks[0].matched ?? []).join('\n'));
    if (same)
        return { matched, note: '' };
    const base = (path) => path.slice(path.lastIndexOf('/') + 1);
    const each = checks.map((c, i) => `${names[i]}: ${joinWords((c.matched ?? []).map(base))}`);
    return { matched, note: ` (the replicas match differently: ${each.join('; ')})` };
}
/** `index-*.js matched index-3f9a1c.js`, `index-*.js matched 2: index-a.js and index-b.js` (the summary names the path). */
function matchSentence(check) {
    const base = (path) => path.slice(path.lastIndexOf('/') + 1);
    const names = check.matched.map(base);
    const count = names.length > 1 ? `${names.length}: ` : '';
    return `${base(check.target)} matched ${count}${joinWords(names)}`;
}
/** The same reason for every path that could not be checked. */
function errorChecks(service, paths, reason, output) {
    return paths.map((path) => ({
        service,
        target: path,
        status: 'error',
        expected: 'exists',
        observed: reason,
        ...(output ? { output } : {})
    }));
}
/** `a`, `a and b`, `a, b and c`. */
function joinWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** `/app/x is` or `all 3 paths are`. */
function pathsPhrase(paths) {
    return paths.length === 1 ? `${paths[0]} is` : `all ${paths.length} paths are`;
}
function uniqueStrings(items) {
    return [...new Set(items)];
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/layers/artifact.ts



/**
 * Layer 2: is every artifact path of the feature in the image built from the checkout?
 * ONE listing per image covers the paths of every feature; the images are listed concurrently.
 */
async function runArtifactLayer(input) {
    const logger = input.logger ?? ports/* silentLogger */.qq;
    const wanted = pathsByService(input.features);
    const outcomes = new Map();
    await Promise.all([...wanted].map(async ([service, paths]) => {
        outcomes.set(service, await listImage(service, paths, input, logger));
    }));
    const results = new Map();
    for (const feature of input.features)
        results.set(feature.name, judge(feature, outcomes));
    return results;
}
async function listImage(service, paths, input, logger) {
    const image = input.images.get(service);
    if (!image)
        return { ok: false, reason: `no image for service ${service} (it was not built)`, durationMs: 0 };
    if ('error' in image)
        return { ok: false, reason: `no ${service} image to check: ${image.error}`, output: image.output, durationMs: 0 };
    const started = Date.now();
    try {
        const listing = await input.docker.listImagePaths(image.ref, paths);
        const observed = `listed ${paths.length} path(s) via ${listing.method}`;
        logger.debug(`artifact ${service} (${image.ref}): ${observed}`);
        const durationMs = Date.now() - started;
        const step = { layer: 'artifact', service, target: image.ref, status: 'pass', observed, durationMs };
        return { ok: true, ref: image.ref, listing, durationMs, step };
    }
    catch (error) {
        const reason = `could not list the ${service} image (${image.ref}): ${(0,core_errors/* messageOf */.bD)(error)}`;
        logger.warn(reason);
        const durationMs = Date.now() - started;
        const step = {
            layer: 'artifact',
            service,
            target: image.ref,
            status: 'error',
            observed: reason,
            durationMs
        };
        return { ok: false, reason, durationMs, step };
    }
}
function judge(feature, outcomes) {
    const services = featurePaths(feature);
    if (services.length === 0) {
        return { layer: 'artifact', status: 'skip', evidence: { summary: 'no artifact paths configured' }, durationMs: 0 };
    }
    const checks = [];
    const commands = [];
    const missing = [];
    const errors = [];
    const present = [];
    const matches = [];
    const shared = [];
    let durationMs = 0;
    for (const [service, paths] of services) {
        const outcome = outcomes.get(service);
        durationMs = Math.max(durationMs, outcome.durationMs);
        if (outcome.step)
            shared.push(outcome.step);
        if (!outcome.ok) {
            checks.push(...errorChecks(service, paths, outcome.reason, outcome.output));
            errors.push(outcome.reason);
            continue;
        }
        const judged = judgeListing(service, paths, outcome.listing);
        const { checks: serviceChecks, lacks, unlisted, matches: matched } = judged;
        commands.push(...judged.commands);
        checks.push(...serviceChecks);
        matches.push(...matched);
        if (lacks.length)
            missing.push(`the ${service} image lacks ${joinWords(lacks)}`);
        if (unlisted.length)
            errors.push(`the ${service} image listing does not mention ${joinWords(unlisted)}`);
        if (!lacks.length && !unlisted.length)
            present.push(service);
    }
    // Proven drift first; then what could not be checked; pass only when every path was seen.
    const status = missing.length ? 'fail' : errors.length ? 'error' : 'pass';
    const allPaths = services.flatMap(([, paths]) => paths);
    const summary = status === 'pass'
        ? [
            `${pathsPhrase(allPaths)} in the ${joinWords(present)} image${present.length > 1 ? 's' : ''}`,
            ...matches
        ].join('; ')
        : [...missing, ...errors].join('; ');
    const evidence = { summary, commands: uniqueStrings(commands), checks };
    return { layer: 'artifact', status, evidence, durationMs, ...(shared.length ? { shared } : {}) };
}

// EXTERNAL MODULE: ./src/core/node-url.ts
var node_url = __webpack_require__(57783);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
;// CONCATENATED MODULE: ./src/layers/probe/concurrency.ts
/** Runs `work` over `items` with at most `limit` at once; results keep the items' order. */
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/json-path.ts
var json_path = __webpack_require__(30617);
// EXTERNAL MODULE: ./src/core/revision.ts
var core_revision = __webpack_require__(58206);
// EXTERNAL MODULE: ./src/core/revision-template.ts
var revision_template = __webpack_require__(29777);
;// CONCATENATED MODULE: ./src/layers/probe/json-path.ts

function deepEqual(a, b) {
    if (Object.is(a, b))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) &&
        deepEqual(a[k], b[k]));
}
/** A JSON value in at most 60 characters, for expected/observed words. */
function describeValue(value, redactor = new redact/* Redactor */.pO()) {
    // The value is redacted before it is serialised too: JSON escaping would hide a secret with a quote in it from the redactor.
    const safe = redactor.redactValue(value);
    return redactor.excerpt(JSON.stringify(safe) ?? String(safe), 60);
}

;// CONCATENATED MODULE: ./src/layers/probe/expectation.ts





/** For callers with no secrets to hide (tests, library use without `${ENV}`). */
const NO_SECRETS = new redact/* Redactor */.pO();
/** Statuses that say "no such route" (`exists` refuses them). */
const ABSENT_STATUSES = [404, 405, 501];
function statusMatches(expectation, status) {
    switch (expectation.kind) {
        // Only these two say "the route is there and wants credentials"; any other 4xx proves nothing.
        case 'protected':
            return status === 401 || status === 403;
        case 'exists':
            return status >= 100 && status <= 599 && !ABSENT_STATUSES.includes(status);
        case 'codes':
            return expectation.codes.includes(status);
    }
}
function describeStatusExpectation(expectation) {
    switch (expectation.kind) {
        case 'protected':
            return '401 or 403 (protected)';
        case 'exists':
            return 'any answer but 404/405/501 (exists)';
        case 'codes':
            return orList(expectation.codes.map(String));
    }
}
function describeExpectation(expect, redactor = NO_SECRETS) {
    const parts = [describeStatusExpectation(expect.status)];
    for (const text of expect.bodyContains)
        parts.push(`body contains ${quote(text)}`);
    const shown = (value) => (0,revision_template/* isRevisionValue */.PZ)(value, expect.revision) ? `HEAD (${(0,revision_template/* shortCommit */.Ax)(value)})` : describeValue(value, redactor);
    for (const [path, value] of Object.entries(expect.json))
        parts.push(`${path} = ${shown(value)}`);
    for (const [name, value] of Object.entries(expect.headers)) {
        parts.push(`header ${name.toLowerCase()}: ${(0,revision_template/* isRevisionValue */.PZ)(value, expect.revision) ? shown(value) : value}`);
    }
    return parts.join(', ');
}
/**
 * Pure: does `answer` meet `expect`? The first unmet check names what was observed. Every excerpt of the answer (body,
 * header, JSON value) is redacted with `redactor` before it is cut: a cut token is no longer a secret the redactor knows.
 */
function evaluate(expect, answer, redactor = NO_SECRETS) {
    const expected = describeExpectation(expect, redactor);
    const head = describeAnswer(answer, redactor);
    const unmet = (detail) => ({ ok: false, expected, observed: `${head}, ${detail}`, detail });
    if (!statusMatches(expect.status, answer.status))
        return { ok: false, expected, observed: head };
    const atHead = expect.revision === undefined ? '' : ` (HEAD is ${(0,revision_template/* shortCommit */.Ax)(expect.revision)})`;
    for (const text of expect.bodyContains) {
        if (answer.body.includes(text))
            continue;
        const revision = expect.revision !== undefined && text.includes((0,revision_template/* shortCommit */.Ax)(expect.revision));
        return unmet(`body lacks ${quote(text)}${revision ? atHead : ''}`);
    }
    const jsonPaths = Object.entries(expect.json);
    if (jsonPaths.length > 0) {
        let document;
        try {
            document = JSON.parse(answer.body);
        }
        catch {
            return unmet(`body is not JSON`);
        }
        for (const [path, want] of jsonPaths) {
            let found;
            try {
                found = (0,json_path/* jsonPathGet */.S)(document, path);
            }
            catch (error) {
                return unmet(error.message);
            }
            if (!found.found)
                return unmet(`${path} is missing${(0,revision_template/* isRevisionValue */.PZ)(want, expect.revision) ? atHead : ''}`);
            if ((0,revision_template/* isRevisionValue */.PZ)(want, expect.revision)) {
                if (isCommit(found.value, expect.revision))
                    continue;
                return unmet(`${path} says ${commitShown(found.value, redactor)}; HEAD is ${(0,revision_template/* shortCommit */.Ax)(expect.revision)}`);
            }
            if (!deepEqual(found.value, want)) {
                return unmet(`${path} = ${describeValue(found.value, redactor)}`);
            }
        }
    }
    for (const [name, want] of Object.entries(expect.headers)) {
        const got = headerValue(answer.headers, name);
        const revision = (0,revision_template/* isRevisionValue */.PZ)(want, expect.revision);
        if (got === undefined)
            return unmet(`no ${name.toLowerCase()} header${revision ? atHead : ''}`);
        if (revision) {
            if (isCommit(got, expect.revision))
                continue;
            return unmet(`header ${name.toLowerCase()} says ${commitShown(got, redactor)}; HEAD is ${(0,revision_template/* shortCommit */.Ax)(expect.revision)}`);
        }
        if (got !== want)
            return unmet(`header ${name.toLowerCase()}: ${redactor.excerpt(got, 80)}`);
    }
    return { ok: true, expected, observed: head };
}
/** The answer names the checked commit, short or full (an app may expose either). */
function isCommit(value, revision) {
    return typeof value === 'string' && revision !== undefined && (0,core_revision/* sameCommit */.K)(value.trim(), revision);
}
/** Another commit is shown short, like HEAD; anything else as a value. */
function commitShown(value, redactor) {
    if (typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value.trim()))
        return (0,revision_template/* shortCommit */.Ax)(value.trim());
    return describeValue(value, redactor);
}
function headerValue(headers, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers))
        if (key.toLowerCase() === wanted)
            return value;
    return undefined;
}
/** `404 Route not found`: the status and a short, single-line hint of the body. */
function describeAnswer(answer, redactor = NO_SECRETS) {
    const snippet = bodySnippet(answer.body, 80, redactor);
    return snippet ? `${answer.status} ${snippet}` : String(answer.status);
}
const MESSAGE_FIELDS = ['message', 'error', 'detail', 'title', 'msg'];
/**
 * At most `max` characters on one line; a JSON error's message field is more telling than the raw JSON. The excerpt is
 * redacted before it is cut, so a long token echoed in the body leaves no part of itself behind.
 */
function bodySnippet(body, max = 80, redactor = NO_SECRETS) {
    const clip = (text, limit) => redactor.excerpt(text, limit);
    const trimmed = body.trim();
    if (!trimmed)
        return '';
    if (trimmed.startsWith('{')) {
        try {
            const parsed = JSON.parse(trimmed);
            for (const field of MESSAGE_FIELDS) {
                const value = parsed[field];
                if (typeof value === 'string' && value.trim())
                    return clip(value, max);
                if (value && typeof value === 'object' && typeof value.message === 'string') {
                    return clip(value.message, max);
                }
            }
        }
        catch {
            // Not JSON after all: show the raw start.
        }
    }
    if (trimmed.startsWith('<')) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1];
        const text = title?.trim() || trimmed.replace(/<[^>]*>/g, ' ');
        return clip(text, max);
    }
    return clip(trimmed, max);
}
function quote(text) {
    return JSON.stringify(text);
}
function orList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/layers/probe/control.ts
/**
 * Control probes: the same request to a path that cannot exist. A server that guards before routing answers 401 to every
 * path, a single-page app 200 with the same index.html, a `/:slug` handler catches every sibling: a probe whose answer a
 * control also gets proves nothing about its own path. Pure, apart from the random name.
 */


/** The last segment of every control path; the random part follows. */
const CONTROL_SEGMENT = 'driftcheck-control-';
/** Statuses a proxy gives while a service restarts: a control answering so says nothing about unknown paths. */
const SETTLING_STATUSES = new Set([502, 503, 504]);
/** A fresh random name per run, so no server can have a route for it and no cache can have seen it. */
function newControlToken() {
    return (0,external_node_crypto_.randomBytes)(8).toString('hex');
}
/**
 * The control paths of a probe path: under its parent prefix (where a `/:slug` handler would catch it), then at the service's
 * root (where a guard or a catch-all answers everything alike). Just the root when the parent is the root.
 */
function controlPaths(path, token) {
    const segments = (path.split('?')[0] ?? '').split('/').filter(Boolean);
    const name = `${CONTROL_SEGMENT}${token}`;
    const parent = segments.slice(0, -1);
    return parent.length > 0 ? [`/${parent.join('/')}/${name}`, `/${name}`] : [`/${name}`];
}
/** Controls are shared by every probe that sends the same request to the same URL: method, headers (any case), body. */
function controlKey(url, method, headers, body) {
    const sorted = Object.entries(headers)
        .map(([name, value]) => [name.toLowerCase(), value])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([method.toUpperCase(), url, sorted, body ?? null]);
}
/** `sha256:<hex>` of a body. */
function digestOf(body) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body, 'utf8').digest('hex')}`;
}
function isSuccess(status) {
    return status !== undefined && status >= 200 && status < 300;
}
/**
 * Does the probe's answer tell its path apart from one that cannot exist? `same` when the control got the same status (for
 * 2xx also the same body) and the probe's own expectation judges both answers alike; `unknown` when there is no control
 * answer to compare with (or only a proxy's 502/503/504); otherwise `different`.
 */
function compareWithControl(expect, probe, control) {
    if (!probe || !control)
        return 'unknown';
    if (probe.status !== control.status)
        return SETTLING_STATUSES.has(control.status) ? 'unknown' : 'different';
    if (isSuccess(probe.status) && digestOf(probe.body) !== digestOf(control.body))
        return 'different';
    return evaluate(expect, probe).ok === evaluate(expect, control).ok ? 'same' : 'different';
}
/** A probe that answered as expected, but a path that cannot exist answers alike (or could not be compared): it proves nothing. */
function provesNothing(check) {
    return (check.status === 'error' &&
        check.httpStatus !== undefined &&
        (check.controls ?? []).some((control) => control.comparison !== 'different'));
}
/** A probe whose answer differs from every control's: its path is treated unlike one that cannot exist. */
function discriminates(check) {
    const controls = check.controls ?? [];
    return (check.httpStatus !== undefined &&
        controls.length > 0 &&
        controls.every((control) => control.comparison === 'different'));
}

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/layers/probe/retry.ts



const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
const DEFAULT_RETRY = {
    initialDelayMs: 100,
    maxDelayMs: 1000,
    maxAttemptMs: 10_000,
    minAttemptMs: 100
};
/** Statuses a proxy gives while the service behind it restarts: a fresh deploy settling. */
const retry_SETTLING_STATUSES = new Set([502, 503, 504]);
/**
 * Sends `request` until an answer is final or `timeoutMs` has passed. Retried: network failures, and 502/503/504 that
 * the expectation does not accept. Anything else is final at once (a 404 will not turn into a 401 by waiting).
 * `redactor` hides the secrets in the excerpts of the answer before they are cut (the probe's own credentials among them).
 */
async function probeWithRetry(http, request, expect, timeoutMs, clock = systemClock, policy = DEFAULT_RETRY, redactor = new redact/* Redactor */.pO()) {
    const started = clock.now();
    const deadline = started + timeoutMs;
    let delay = policy.initialDelayMs;
    let attempts = 0;
    for (;;) {
        const remaining = deadline - clock.now();
        const attemptTimeoutMs = Math.max(1, Math.min(remaining, policy.maxAttemptMs));
        attempts++;
        const response = await send(http, { ...request, attemptTimeoutMs });
        const settling = isSettling(response, expect);
        const left = deadline - clock.now();
        if (!settling || left < delay + policy.minAttemptMs)
            return outcome(response, expect, attempts, clock.now() - started, redactor);
        await clock.sleep(delay);
        delay = Math.min(delay * 2, policy.maxDelayMs);
    }
}
/** The HttpClient contract says it never throws; a client that does still yields an `error`, never a pass. */
async function send(http, request) {
    const started = Date.now();
    try {
        return await http.request(request);
    }
    catch (error) {
        return { ok: false, cause: error?.message ?? String(error), latencyMs: Date.now() - started };
    }
}
function isSettling(response, expect) {
    if (!response.ok)
        return true;
    return retry_SETTLING_STATUSES.has(response.status) && !statusMatches(expect.status, response.status);
}
// A network error's message names hosts and causes; one line of this much is plenty.
const MAX_CAUSE = 200;
function outcome(response, expect, attempts, elapsedMs, redactor) {
    const retried = attempts > 1 ? ` (after ${attempts} attempts over ${(0,units/* formatDuration */.a3)(elapsedMs, 'seconds')})` : '';
    if (!response.ok) {
        return {
            status: 'error',
            expected: describeExpectation(expect, redactor),
            observed: `${redactor.excerpt(response.cause, MAX_CAUSE)}${retried}`,
            latencyMs: response.latencyMs,
            attempts
        };
    }
    const evaluation = evaluate(expect, response, redactor);
    return {
        status: evaluation.ok ? 'pass' : 'fail',
        expected: evaluation.expected,
        observed: evaluation.ok ? evaluation.observed : `${evaluation.observed}${retried}`,
        latencyMs: response.latencyMs,
        attempts,
        httpStatus: response.status,
        snippet: bodySnippet(response.body, 80, redactor),
        detail: evaluation.detail,
        answer: { status: response.status, headers: response.headers, body: response.body }
    };
}

// EXTERNAL MODULE: ./src/core/path-params.ts
var path_params = __webpack_require__(70999);
;// CONCATENATED MODULE: ./src/layers/probe/nodes.ts
/** The node's check, failed when it answered as expected but otherwise than the public URL did. */
function judgeNodeAgainstPublic({ node, public: pub, request }) {
    if (node.status !== 'pass' || pub.status !== 'pass')
        return node;
    if (node.httpStatus === undefined || pub.httpStatus === undefined || node.httpStatus === pub.httpStatus)
        return node;
    return {
        ...node,
        status: 'fail',
        expected: `${node.expected ?? ''}, as the public URL answers (${pub.httpStatus})`.replace(/^, /, ''),
        summary: `${request} answered ${node.httpStatus} where the public URL answered ` +
            `${pub.httpStatus}: this node serves something else`
    };
}

;// CONCATENATED MODULE: ./src/layers/probe/url.ts
/**
 * The probe URL: the service URL (which may carry a path prefix, e.g. behind a proxy at `/backoffice`) + the probe path.
 * `https://x.test/base/` + `/api/v1` → `https://x.test/base/api/v1`: one slash between them, the prefix kept.
 * A query string on the path is kept as written.
 */
function joinUrl(serviceUrl, path) {
    let base;
    try {
        base = new URL(serviceUrl);
    }
    catch {
        throw new Error(`invalid service url '${serviceUrl}'`);
    }
    const prefix = base.pathname.replace(/\/+$/, '');
    const [rawPath = '', ...queryParts] = path.split('?');
    const query = queryParts.length > 0 ? `?${queryParts.join('?')}` : '';
    const cleanPath = rawPath.replace(/^\/+/, '');
    const joined = cleanPath ? `${prefix}/${cleanPath}` : `${prefix}/`;
    base.pathname = joined;
    if (query)
        base.search = query;
    base.hash = '';
    return base.toString();
}
/** The URL as shown in evidence: without `user:password@`. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        if (!parsed.username && !parsed.password)
            return url;
        parsed.username = parsed.username ? '***' : '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./src/layers/probe/words.ts



/** One probe's result, as a person would say it. */
function probeSentence(layer, probe, outcome, 
/** ` on node-2` for a probe of a node's own URL. */
where = '') {
    const request = `${probe.method} ${probe.path}${where}`;
    const code = outcome.httpStatus;
    if (outcome.status === 'error' && outcome.attempts === 0)
        return `${request} was not sent: ${outcome.observed}`;
    if (outcome.status === 'error') {
        return `${request} got no answer within ${(0,units/* formatDuration */.a3)(probe.timeoutMs, 'setting')}: ${outcome.observed}`;
    }
    const answered = `${request} answered ${describeOutcome(outcome)}`;
    const kind = probe.expect.status.kind;
    if (outcome.status === 'pass') {
        if (layer === 'route' && kind === 'protected')
            return `${request} answered ${code}: the route is there, it wants credentials`;
        if (layer === 'route')
            return `${request} answered ${code}: the route is there`;
        return `${request} answered ${code} as expected with credentials`;
    }
    if (code !== undefined && ABSENT_STATUSES.includes(code)) {
        return `${answered}: the ${layer === 'route' ? 'route' : 'authenticated route'} is missing`;
    }
    if (layer === 'route' && kind === 'protected' && code !== undefined && code >= 200 && code < 400) {
        return `${answered}: the route answers without credentials, expected ${outcome.expected}`;
    }
    if (layer === 'auth' && (code === 401 || code === 403)) {
        return `${answered}: the credentials were refused, expected ${outcome.expected}`;
    }
    return `${answered}: expected ${outcome.expected}`;
}
/** What would tell the path apart, said where a probe proved nothing. */
const WHAT_WOULD_DISCRIMINATE = {
    route: 'an authenticated probe (with credentials such servers answer 404 for unknown paths), a bodyContains/json check, ' +
        'or a route that answers differently',
    auth: 'a bodyContains/json check, or a route that answers differently'
};
/**
 * A probe that met its expectation, but a path that cannot exist answers alike (`control`), or the control got no answer:
 * `GET /api/x answered 401, and so does GET /api/driftcheck-control-…, a path that cannot exist: this proves nothing; …`.
 */
function provesNothingSentence(layer, request, outcome, control) {
    const asExpected = layer === 'auth' ? ' as expected with credentials' : '';
    const answered = `${request} answered ${outcome.httpStatus}${asExpected}`;
    if (control.check.comparison === 'unknown') {
        const got = control.check.httpStatus === undefined
            ? `got no answer (${control.check.observed})`
            : `answered ${control.check.observed}`;
        return `${answered}, but its control ${control.request} (a path that cannot exist) ${got}: with nothing to compare it with, this proves nothing`;
    }
    const sameBody = isSuccess(outcome.httpStatus) ? ' with the same body' : '';
    return `${answered}, and so does ${control.request}${sameBody}, a path that cannot exist: this proves nothing; what would: ${WHAT_WOULD_DISCRIMINATE[layer]}`;
}
/**
 * A route probe that proved nothing, decided by an authenticated probe of the same request that does discriminate:
 * `GET /api/x answered 401 like a path that cannot exist; with credentials it answered 404 (…): the route is missing`.
 */
function decidedSentence(route, auth, present) {
    const alike = (route.controls ?? []).some((control) => control.comparison === 'same')
        ? 'like a path that cannot exist'
        : 'with no control answer to compare it with';
    const head = `${requestWords(route.target)}${route.host ? ` on ${route.host}` : ''} answered ${route.httpStatus} ${alike}`;
    if (!present)
        return `${head}; with credentials it answered ${auth.observed}: the route is missing`;
    const controls = (auth.controls ?? []).map((control) => control.httpStatus ?? control.observed);
    const where = controls.length
        ? ` where a path that cannot exist answered ${[...new Set(controls)].join(' and ')}`
        : '';
    return `${head}, but with credentials it answered ${auth.httpStatus}${where}: the route is there`;
}
/**
 * An authenticated probe's 404 where the route probe of the same request proved the route there:
 * `GET /api/users/42 answered 404 User not found with credentials, while without them it answered 401, unlike a path that
 * cannot exist: the route is there, the resource asked for does not exist (check the probe's path or data)`.
 */
function resourceMissingSentence(auth, route) {
    const request = `${requestWords(auth.target)}${auth.template ? ` (from ${auth.template})` : ''}`;
    return (`${request} answered ${auth.observed} with credentials, while without them it answered ${route.httpStatus}, ` +
        `unlike a path that cannot exist: the route is there, the resource asked for does not exist (check the probe's path or data)`);
}
/** fail outranks error, error outranks pass. */
function layerStatus(checks) {
    if (checks.some((check) => check.status === 'fail'))
        return 'fail';
    if (checks.some((check) => check.status === 'error'))
        return 'error';
    return 'pass';
}
/** The layer's sentence: the one probe's, or the first probe with the layer's status and how many share it. */
function summariseChecks(layer, checks) {
    const noun = layer === 'route' ? 'routes' : 'authenticated probes';
    const status = layerStatus(checks);
    const sentenceOf = (check) => check.summary ?? `${check.target} answered ${check.observed}`;
    if (status === 'pass') {
        if (checks.length === 1)
            return sentenceOf(checks[0]);
        const decided = checks.filter((check) => check.decidedBy).length;
        const by = decided ? ` (${decided} decided by the authenticated probe)` : '';
        return `all ${checks.length} ${noun} answered as expected${by}`;
    }
    const bad = checks.filter((check) => check.status === status);
    const more = checks.length > 1
        ? ` (${bad.length} of ${checks.length} ${noun} ${status === 'fail' ? 'failed' : 'unchecked'})`
        : '';
    return `${sentenceOf(bad[0])}${more}`;
}
/** `GET https://api.example.com/x?y` → `GET /x?y`: the request as the other sentences say it. */
function requestWords(target) {
    const space = target.indexOf(' ');
    if (space < 0)
        return target;
    try {
        const url = new URL(target.slice(space + 1));
        return `${target.slice(0, space)} ${url.pathname}${url.search}`;
    }
    catch {
        return target;
    }
}
/** `404 (Route not found)`, `200, body lacks "x"`: the status, what the server said, the unmet check. */
function describeOutcome(outcome) {
    const said = outcome.snippet ? ` (${outcome.snippet})` : '';
    const unmet = outcome.detail ? `, ${outcome.detail}` : '';
    return `${outcome.httpStatus}${said}${unmet}`;
}
/** `/api/articles/hello-drift (from /api/articles/:slug)`: the path sent, and its template when parameters filled it. */
function shownPath(template, sent) {
    return template === sent ? sent : `${sent} (from ${template})`;
}

;// CONCATENATED MODULE: ./src/layers/probe.ts


















const DEFAULT_PROBE_CONCURRENCY = 16;
const UNKNOWN_REVISION = 'its expectation compares with the checked revision ({{revision}}), and the checkout has no commit (not a git repository)';
/** Accepts no answer, so a control retries exactly while a deploy settles (no answer, 502/503/504), like a probe. */
const ANY_FINAL_ANSWER = { status: { kind: 'codes', codes: [] }, bodyContains: [], json: {}, headers: {} };
/** The route and auth layers: the same probing, with or without credentials, and different words. */
async function runProbeLayer(layer, input) {
    const logger = input.logger ?? ports/* silentLogger */.qq;
    const clock = input.clock ?? systemClock;
    const retry = input.retry ?? DEFAULT_RETRY;
    const token = input.controlToken ?? newControlToken();
    // Resolve every URL first: a misconfigured probe is a config error before anything is sent.
    const jobs = [];
    const controls = new Map();
    for (const feature of input.features) {
        for (const written of layer === 'route' ? feature.routes : feature.auth) {
            const path = (0,path_params/* fillPath */.dN)(written.path, written.params);
            // The controls are judged by the same filled expectation: one that a control's answer does not meet discriminates.
            const probe = input.revision ? { ...written, expect: (0,revision_template/* fillRevision */.JU)(written.expect, input.revision) } : written;
            const unchecked = (0,revision_template/* usesRevision */.YP)(written.expect) && !input.revision ? UNKNOWN_REVISION : undefined;
            for (const { host, base } of probeBases(layer, feature, probe, input.services, input.nodes ?? [])) {
                const url = resolveUrl(layer, feature, probe, path, base);
                if (unchecked) {
                    jobs.push({ feature: feature.name, probe, path, url, host, controls: [], unchecked });
                    continue;
                }
                // Controls sit beside the path sent (`/api/articles/hello-drift` → `/api/articles/driftcheck-control-…`), on the
                // same base: a node's controls go to that node.
                const keys = controlPaths(path, token).map((controlPath) => {
                    const controlUrl = joinUrl(base, controlPath);
                    const key = controlKey(controlUrl, probe.method, probe.headers, probe.body);
                    const known = controls.get(key);
                    if (known)
                        known.timeoutMs = Math.max(known.timeoutMs, probe.timeoutMs);
                    else
                        controls.set(key, {
                            url: controlUrl,
                            request: `${probe.method} ${controlPath}${onHost(host)}`,
                            probe,
                            timeoutMs: probe.timeoutMs
                        });
                    return key;
                });
                jobs.push({ feature: feature.name, probe, path, url, host, controls: keys });
            }
        }
    }
    const redactor = input.redactor.with(jobs.flatMap((job) => [...credentialValues(job.probe.headers), ...encodedSecrets(job.probe.params, input.redactor)]));
    const send = (url, probe, expect, timeoutMs) => probeWithRetry(input.http, { url, method: probe.method, headers: probe.headers, body: probe.body }, expect, timeoutMs, clock, retry, redactor);
    // Controls and probes share one concurrency bound; controls go first, there are few of them.
    const controlDone = new Map();
    const done = [];
    const tasks = [
        ...[...controls].map(([key, control]) => async () => {
            const outcome = await send(control.url, control.probe, ANY_FINAL_ANSWER, control.timeoutMs);
            logger.debug(redactor.redact(`${layer} control ${control.probe.method} ${displayUrl(control.url)} → ${outcome.observed}`));
            controlDone.set(key, outcome);
        }),
        ...jobs.map((job) => async () => {
            const startedAt = clock.now();
            const { probe } = job;
            if (job.unchecked) {
                const expected = describeExpectation(probe.expect, redactor);
                const outcome = { status: 'error', expected, observed: job.unchecked, latencyMs: 0, attempts: 0 };
                done.push({ job, outcome, startedAt, endedAt: startedAt });
                return;
            }
            const outcome = await send(job.url, probe, probe.expect, probe.timeoutMs);
            logger.debug(redactor.redact(`${layer} ${probe.method} ${displayUrl(job.url)} → ${outcome.observed}`));
            done.push({ job, outcome, startedAt, endedAt: clock.now() });
        })
    ];
    await mapLimited(tasks, input.concurrency ?? DEFAULT_PROBE_CONCURRENCY, (task) => task());
    const order = new Map(jobs.map((job, index) => [job, index]));
    done.sort((a, b) => order.get(a.job) - order.get(b.job));
    const results = new Map();
    for (const feature of input.features) {
        const mine = done.filter((d) => d.job.feature === feature.name);
        const result = mine.length > 0
            ? redactor.redactValue(featureResult(layer, mine, controls, controlDone))
            : layer === 'route' && feature.notProbed?.length
                ? nothingProbed(feature.notProbed.length)
                : skipped(layer);
        results.set(feature.name, result);
    }
    return results;
}
/** The public `url` of the probe's service, then each node's `nodeUrl` when the service has one. */
function probeBases(layer, feature, probe, services, nodes) {
    const where = `feature '${feature.name}', ${layer} ${probe.method} ${probe.path}`;
    const service = services[probe.service];
    if (!service)
        throw new core_errors/* ConfigError */.xL(`${where}: service '${probe.service}' is not defined under services`, probe.location);
    if (!service.url)
        throw new core_errors/* ConfigError */.xL(`${where}: service '${probe.service}' has no url to probe`, probe.location);
    const { nodeUrl } = service;
    const perNode = nodeUrl ? nodes.map((host) => ({ host, base: (0,node_url/* nodeUrlFor */.z)(nodeUrl, host) })) : [];
    return [{ host: null, base: service.url }, ...perNode];
}
function resolveUrl(layer, feature, probe, path, base) {
    try {
        return joinUrl(base, path);
    }
    catch (error) {
        const where = `feature '${feature.name}', ${layer} ${probe.method} ${probe.path}`;
        throw new core_errors/* ConfigError */.xL(`${where}: ${error.message}`, probe.location);
    }
}
/** ` on node-2`: how a sentence names the node a probe went to. */
function onHost(host) {
    return host ? ` on ${host}` : '';
}
/** Values of credential headers, and the token inside them, so an echo in a response body is hidden too. */
function credentialValues(headers) {
    const values = [];
    for (const [name, value] of Object.entries(headers)) {
        if (!redact/* SECRET_HEADERS */.KY.has(name.toLowerCase()) && !/token|secret|key|auth|session|password|cookie/i.test(name))
            continue;
        values.push(value);
        const [scheme, ...rest] = value.trim().split(/\s+/);
        const credential = rest.join(' ');
        if (credential)
            values.push(credential);
        if (scheme?.toLowerCase() === 'basic' && credential) {
            const decoded = Buffer.from(credential, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            values.push(decoded);
            if (colon >= 0)
                values.push(decoded.slice(colon + 1));
        }
    }
    return values;
}
/** A secret path parameter is sent URL-encoded (`a b` → `a%20b`): that form is hidden in URLs like the value itself. */
function encodedSecrets(params, redactor) {
    return Object.values(params ?? {})
        .filter((value) => redactor.redact(value) !== value)
        .map(encodeURIComponent);
}
/** Routes to check (an OpenAPI document's operations), none of which could be probed: not checked, never a skip. */
function nothingProbed(count) {
    const summary = `none of its ${count} OpenAPI operation(s) could be probed (see "not probed")`;
    return { layer: 'route', status: 'error', evidence: { summary }, durationMs: 0 };
}
function skipped(layer) {
    const summary = layer === 'route' ? 'no routes configured' : 'no authenticated probes configured';
    return { layer, status: 'skip', evidence: { summary }, durationMs: 0 };
}
function featureResult(layer, done, controls, controlDone) {
    const own = done.map((d) => probeCheck(layer, d, controls, controlDone));
    // A node is judged against the public URL's answer to the same probe, too.
    const checks = own.map((check, i) => {
        const { job } = done[i];
        const pub = job.host ? own[done.findIndex((d) => d.job.probe === job.probe && d.job.host === null)] : undefined;
        const request = `${job.probe.method} ${shownPath(job.probe.path, job.path)}${onHost(job.host)}`;
        return pub ? judgeNodeAgainstPublic({ node: check, public: pub, request }) : check;
    });
    const startedAt = Math.min(...done.map((d) => d.startedAt));
    const endedAt = Math.max(...done.map((d) => d.endedAt));
    return {
        layer,
        status: layerStatus(checks),
        evidence: { summary: summariseChecks(layer, checks), checks },
        durationMs: endedAt - startedAt
    };
}
/** A probe's check: its answer, its controls, and `error` instead of `pass` when a path that cannot exist answers alike. */
function probeCheck(layer, { job, outcome }, controls, controlDone) {
    const compared = job.controls.map((key) => {
        const control = controls.get(key);
        const answer = controlDone.get(key);
        const check = {
            target: `${control.probe.method} ${displayUrl(control.url)}`,
            ...(answer.httpStatus !== undefined ? { httpStatus: answer.httpStatus } : {}),
            ...(answer.answer ? { digest: digestOf(answer.answer.body) } : {}),
            observed: answer.observed,
            comparison: compareWithControl(job.probe.expect, outcome.answer, answer.answer)
        };
        return { request: control.request, check };
    });
    const undecided = outcome.status === 'pass'
        ? (compared.find((c) => c.check.comparison === 'same') ?? compared.find((c) => c.check.comparison === 'unknown'))
        : undefined;
    // The path as sent, and the template it came from when it has parameters (their values are redacted with the rest).
    const shown = { ...job.probe, path: shownPath(job.probe.path, job.path) };
    const request = `${job.probe.method} ${shown.path}${onHost(job.host)}`;
    return {
        target: `${job.probe.method} ${displayUrl(job.url)}`,
        service: job.probe.service,
        ...(job.host ? { host: job.host } : {}),
        ...(job.probe.params ? { template: job.probe.path, params: job.probe.params } : {}),
        status: undecided ? 'error' : outcome.status,
        expected: outcome.expected,
        observed: outcome.observed,
        latencyMs: outcome.latencyMs,
        ...(outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
        ...(outcome.answer ? { digest: digestOf(outcome.answer.body) } : {}),
        controls: compared.map((c) => c.check),
        summary: undecided
            ? provesNothingSentence(layer, request, outcome, undecided)
            : probeSentence(layer, shown, outcome, onHost(job.host))
    };
}

;// CONCATENATED MODULE: ./src/layers/auth.ts

/**
 * Layer 5: does the feature work after authentication? Each probe is sent with its configured headers (credentials).
 * Evidence never holds a header value, and every string in it is redacted: a response body may echo the token.
 */
function runAuthLayer(input) {
    return runProbeLayer('auth', input);
}

;// CONCATENATED MODULE: ./src/layers/staleness.ts


/**
 * Fresh = the container runs the content built from HEAD. Content decides when there is a built image to compare with:
 * the same image ID, or the same filesystem layers (labels live in the config, not the layers, so a plain rebuild of the
 * same commit is fresh and a HEAD label on other content is not). Without layers to compare, the revision label decides;
 * failing that a different ID from the build is all we know; with nothing at all, freshness is unknown.
 */
function judgeFreshness(input) {
    const { running, built } = input;
    // A Swarm task created from another spec than its service's is one the update has not reached, whatever it runs.
    if (input.task && input.task.image !== input.task.specImage)
        return { stale: true, judgedBy: 'service-spec' };
    // The same ID is the same image wherever it runs (shipped or pulled from here).
    if (built && built.id === input.runningImageId)
        return { stale: false, judgedBy: 'image-id' };
    const comparable = built !== undefined && input.sameEngine !== false;
    if (comparable && running && built.layers.length > 0 && running.layers.length > 0) {
        return { stale: !sameLayers(built.layers, running.layers), judgedBy: 'layers' };
    }
    const labelled = input.revision && running?.revision ? (0,core_revision/* sameCommit */.K)(input.revision, running.revision) : null;
    if (labelled !== null)
        return { stale: !labelled, judgedBy: 'revision-label' };
    if (comparable)
        return { stale: true, judgedBy: 'image-id' };
    return { stale: false, judgedBy: null };
}
/** The facts of `judgeFreshness` in one sentence; the revision label and the age describe the image. */
function describeStaleness(input) {
    const { running, built, revision } = input;
    const { stale, judgedBy } = judgeFreshness(input);
    const runningRevision = running?.revision ?? null;
    const age = running?.created
        ? `built ${(0,units/* humanAge */.DZ)(input.now.getTime() - Date.parse(running.created))}`
        : 'of unknown age';
    const origin = runningRevision ? `from ${(0,units/* shortRevision */.w7)(runningRevision)}` : 'without a revision label';
    // Not inspected: its age and labels are unknown, so the sentence claims neither.
    const what = running ? `an image ${age} ${origin}` : 'an image that could not be inspected';
    const image = `${subject(input.service, input.replicas)} ${what}`;
    const head = revision ? (0,units/* shortRevision */.w7)(revision) : '';
    const labelDiffers = revision && runningRevision ? !(0,core_revision/* sameCommit */.K)(revision, runningRevision) : null;
    const builtId = built ? (0,units/* shortImageId */.Bx)(built.id) : '';
    // An `image:` service's image was inspected, not built: the words must not say it was built.
    const reference = built?.configured ? 'the configured image' : 'the image just built';
    const ids = `${(0,units/* shortImageId */.Bx)(input.runningImageId)}, not ${built?.configured ? `the configured ${builtId}` : `${builtId} just built`}`;
    if (judgedBy === 'service-spec') {
        const spec = `its task runs ${input.task.image}, not ${input.task.specImage} as the service's spec says`;
        return { stale, sentence: `${image}; ${spec} (the update has not reached it) — stale` };
    }
    if (judgedBy === 'image-id' && !stale)
        return { stale, sentence: `${image}, ${reference} (${builtId}) — up to date` };
    if (judgedBy === 'layers' && !stale)
        return { stale, sentence: `${image}, the same content as ${reference} (${builtId}) — up to date` };
    if (judgedBy === 'layers' && labelDiffers === false) {
        const differ = `${(0,units/* shortImageId */.Bx)(input.runningImageId)}, not ${builtId}`;
        return { stale, sentence: `${image}, but its layers differ from ${reference} (${differ}) — stale` };
    }
    if (judgedBy === 'revision-label' && !stale)
        return { stale, sentence: `${image} (HEAD) — up to date` };
    if ((judgedBy === 'layers' || judgedBy === 'revision-label') && labelDiffers === true)
        return { stale, sentence: `${image}; HEAD is ${head} — stale` };
    if (stale)
        return { stale, sentence: `${image} (${ids}) — stale` };
    return { stale, sentence: `${image}; nothing to compare it with — freshness unknown` };
}
/**
 * `api runs`, `1 of 3 api replicas (aibp_api_1) runs`, `2 of 3 api replicas (a, b) run`, `all 3 api replicas run`; on a
 * fleet, `api on node-2 runs`.
 */
function subject(service, replicas) {
    if (replicas?.host) {
        const count = replicas.names.length;
        return count === 1
            ? `${service} on ${replicas.host} runs`
            : `all ${count} ${service} replicas on ${replicas.host} (${replicas.names.join(', ')}) run`;
    }
    if (!replicas || replicas.of <= 1)
        return `${service} runs`;
    const { names, of } = replicas;
    if (names.length === of)
        return `all ${of} ${service} replicas run`;
    return `${names.length} of ${of} ${service} replicas (${names.join(', ')}) ${names.length === 1 ? 'runs' : 'run'}`;
}
function sameLayers(a, b) {
    return a.length === b.length && a.every((layer, i) => layer === b[i]);
}

;// CONCATENATED MODULE: ./src/layers/container.ts




/**
 * Layer 3: is every artifact path in every container that actually runs (each replica), and do they run the content built
 * from HEAD? ONE listing per running container covers the paths of every feature, the replicas in parallel; each running
 * image is inspected once to name a stale one.
 */
async function runContainerLayer(input) {
    const logger = input.logger ?? ports/* silentLogger */.qq;
    const wanted = pathsByService(input.features);
    const names = uniqueStrings([...input.containers.keys(), ...wanted.keys()]);
    const outcomes = new Map();
    await Promise.all(names.map(async (service) => {
        outcomes.set(service, await inspectService(service, wanted.get(service) ?? [], input, logger));
    }));
    const now = input.now ?? new Date();
    const resolved = { ...input, built: await input.built };
    const features = new Map();
    for (const feature of input.features)
        features.set(feature.name, container_judge(feature, outcomes, resolved, now));
    const services = [...input.containers.keys()].map((name) => serviceResult(name, outcomes.get(name), resolved.built));
    return { features, services };
}
async function inspectService(service, paths, input, logger) {
    const looked = input.containers.get(service);
    if (looked === undefined)
        return { kind: 'error', reason: `the ${service} container was not looked up`, durationMs: 0 };
    if (!Array.isArray(looked))
        return { kind: 'error', reason: `could not find the ${service} container: ${looked.error}`, durationMs: 0 };
    const failures = looked.filter(ports/* isHostFailure */.Xw);
    const down = looked.filter(ports/* isDownReplica */.HE);
    const found = looked.filter((entry) => !(0,ports/* isHostFailure */.Xw)(entry) && !(0,ports/* isDownReplica */.HE)(entry));
    if (found.length === 0 && failures.length === 0 && down.length === 0)
        return { kind: 'absent' };
    const started = Date.now();
    // Each image is inspected once per engine it runs on (a fleet's hosts each have their own copy).
    const inspections = new Map();
    const inspect = (replica) => {
        const key = `${replica.host ?? ''}\0${replica.container.imageId}`;
        if (!inspections.has(key)) {
            const inspected = replica.docker.inspectImage(replica.container.imageId).catch((error) => {
                const users = found.filter((r) => r.docker === replica.docker && r.container.imageId === replica.container.imageId);
                logger.warn(`could not inspect the image of ${users.map(replicaName).join(', ')}: ${(0,core_errors/* messageOf */.bD)(error)}`);
                return null;
            });
            inspections.set(key, inspected);
        }
        return inspections.get(key);
    };
    const [listings, images] = await Promise.all([
        Promise.all(found.map((replica) => paths.length === 0
            ? null
            : replica.docker
                .listContainerPaths(replica.container.name || replica.container.id, paths)
                .catch((error) => ({ error: (0,core_errors/* messageOf */.bD)(error) })))),
        Promise.all(found.map(inspect))
    ]);
    // Everything above ran beside the build; only the freshness of each replica needs what it built.
    const built = (await input.built).get(service);
    const replicas = found.map((replica, i) => {
        const image = images[i] ?? null;
        const onBuildEngine = input.buildEngine === undefined || input.buildEngine === replica.docker;
        const facts = {
            runningImageId: replica.container.imageId,
            running: image,
            built,
            revision: input.revision,
            sameEngine: onBuildEngine,
            task: replica.task
        };
        return {
            host: replica.host,
            ...(replica.task ? { task: replica.task } : {}),
            sameEngine: onBuildEngine,
            container: replica.container,
            listing: listings[i] ?? null,
            image,
            freshness: judgeFreshness(facts)
        };
    });
    for (const r of replicas)
        logger.debug(`container ${service} (${replicaName(r)}): ${judged(r.freshness)}`);
    return { kind: 'running', replicas, failures, down, durationMs: Date.now() - started };
}
/** `aibp_api_1`, `aibp_api_1 on node-2` in a fleet, `aibp_api.2 on node-2` (the task) on a Swarm. */
function replicaName(replica) {
    const name = replica.task?.name ?? replica.container?.name ?? 'a replica';
    return replica.host ? `${name} on ${replica.host}` : name;
}
/** `aibp_api.2 on node-2 is rejected (No such image: aibp-api:1a2b3c4)`: a replica Swarm wants that does not run. */
function downReason(replica) {
    const { task } = replica;
    return `${replicaName(replica)} is ${task.state}${task.error ? ` (${task.error})` : ''}, not running`;
}
function judged({ stale, judgedBy }) {
    return judgedBy ? `${stale ? 'stale' : 'fresh'} by ${judgedBy}` : 'freshness unknown';
}
function container_judge(feature, outcomes, input, now) {
    const services = featurePaths(feature);
    if (services.length === 0) {
        return { layer: 'container', status: 'skip', evidence: { summary: 'no artifact paths configured' }, durationMs: 0 };
    }
    const checks = [];
    const commands = [];
    const failures = [];
    const errors = [];
    const passed = [];
    const notes = [];
    const shared = [];
    let durationMs = 0;
    for (const [service, paths] of services) {
        const outcome = outcomes.get(service);
        if (outcome.kind === 'absent') {
            const reason = `no running container for service ${service}${input.project ? ` (compose project ${input.project})` : ''}`;
            checks.push(...paths.map((path) => ({ service, target: path, status: 'fail', expected: 'exists', observed: reason })));
            failures.push(reason);
            continue;
        }
        durationMs = Math.max(durationMs, outcome.durationMs);
        if (outcome.kind === 'error') {
            checks.push(...errorChecks(service, paths, outcome.reason));
            errors.push(outcome.reason);
            continue;
        }
        const { replicas, failures: unreachable, down } = outcome;
        shared.push(listingStep(service, outcome));
        const sentence = (group) => staleness(service, group, replicas, input, now).sentence;
        const perReplica = [];
        let complete = true;
        for (const { host, error } of unreachable) {
            const reason = `could not look up the ${service} containers${host ? ` on ${host}` : ''}: ${(0,core_errors/* messageOf */.bD)(error)}`;
            checks.push(...errorChecks(service, paths, reason));
            errors.push(reason);
            complete = false;
        }
        // A task that does not run lacks every path: the service does not run as deployed there.
        for (const replica of down) {
            const reason = downReason(replica);
            checks.push(...paths.map((path) => ({ service, target: path, status: 'fail', expected: 'exists', observed: reason })));
            failures.push(reason);
            complete = false;
        }
        for (const replica of replicas) {
            const { listing } = replica;
            const where = `the running ${service} container (${replicaName(replica)})`;
            if (!listing || 'error' in listing) {
                const reason = `could not list ${where}: ${listing?.error ?? 'not listed'}`;
                perReplica.push(errorChecks(service, paths, reason));
                errors.push(reason);
                complete = false;
                continue;
            }
            const { checks: replicaChecks, lacks, unlisted, commands: listed } = judgeListing(service, paths, listing);
            commands.push(...listed);
            perReplica.push(replicaChecks);
            // A stale image is the cause of missing paths: say it first.
            if (lacks.length && replica.freshness.stale)
                failures.push(`${sentence([replica])}; ${where} lacks ${joinWords(lacks)}`);
            else if (lacks.length)
                failures.push(`${where} lacks ${joinWords(lacks)}`);
            if (unlisted.length)
                errors.push(`the listing of ${where} does not mention ${joinWords(unlisted)}`);
            if (lacks.length || unlisted.length)
                complete = false;
        }
        const merged = replicas.length ? mergeReplicaChecks(perReplica, replicas) : [];
        checks.push(...merged);
        if (complete) {
            const names = replicas.map(replicaName);
            passed.push(replicas.length === 1
                ? `${pathsPhrase(paths)} in the running ${service} container (${names[0]})`
                : `${pathsPhrase(paths)} in all ${replicas.length} running ${service} containers (${names.join(', ')})`, ...matchSentences(merged));
            notes.push(...byImage(replicas).map(sentence));
        }
    }
    const status = failures.length ? 'fail' : errors.length ? 'error' : 'pass';
    const summary = status === 'pass' ? [...passed, ...notes].join('; ') : [...failures, ...errors].join('; ');
    const evidence = { summary, commands: uniqueStrings(commands), checks };
    return { layer: 'container', status, evidence, durationMs, ...(shared.length ? { shared } : {}) };
}
/** A service's listings (one per replica, in parallel, with the image inspects), which every feature with paths in it waited for. */
function listingStep(service, outcome) {
    const { replicas, failures, durationMs } = outcome;
    const target = replicas.map(replicaName).join(', ') || service;
    const step = { layer: 'container', service, target, durationMs };
    const listed = replicas.flatMap((r) => (r.listing && !('error' in r.listing) ? [r.listing.method] : []));
    const failed = [
        ...failures.map(({ host, error }) => `${host ?? 'the engine'}: ${(0,core_errors/* messageOf */.bD)(error)}`),
        ...replicas.flatMap((r) => r.listing && !('error' in r.listing) ? [] : [`${replicaName(r)}: ${r.listing?.error ?? 'not listed'}`])
    ];
    if (failed.length)
        return { ...step, status: 'error', observed: failed.join('; ') };
    return { ...step, status: 'pass', observed: `listed via ${joinWords(uniqueStrings(listed))}` };
}
/**
 * One check per path for the service, whatever the number of replicas: it passes only when every replica has the path;
 * otherwise it names the replicas that lack it (or could not be read). One replica: its checks as they are.
 */
function mergeReplicaChecks(perReplica, replicas) {
    if (perReplica.length === 1)
        return perReplica[0];
    const total = replicas.length;
    const replicaNames = replicas.map(replicaName);
    return perReplica[0].map((first, i) => {
        const column = perReplica.map((checks) => checks[i]);
        const status = column.some((c) => c.status === 'fail')
            ? 'fail'
            : column.some((c) => c.status === 'error')
                ? 'error'
                : 'pass';
        if (status === 'pass') {
            const { matched, note } = mergeMatches(column, replicaNames);
            return {
                ...first,
                observed: `${first.observed} — in all ${total} replicas${note}`,
                ...(matched ? { matched } : {})
            };
        }
        const odd = column.flatMap((c, j) => (c.status === status ? [{ check: c, name: replicaName(replicas[j]) }] : []));
        const names = odd.map((o) => o.name).join(', ');
        return {
            ...odd[0].check,
            observed: `${odd[0].check.observed} — in ${odd.length} of ${total} replicas (${names})`
        };
    });
}
/** Replicas grouped by the image they run, in the order they came (newest first). */
function byImage(replicas) {
    const groups = new Map();
    for (const r of replicas) {
        // On a Swarm, the same image under another spec (an update not yet there) is told apart.
        const key = `${r.container.imageId}\0${r.task?.image ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()];
}
/** The staleness sentence of replicas that run one image (`1 of 3 api replicas (aibp_api_1) runs …`). */
function staleness(service, group, all, input, now) {
    const [first] = group;
    // Every replica one fleet host runs, and only those: the sentence names the host (`api on node-2 runs …`). A Swarm's
    // replicas are tasks, which move between nodes: their sentence names the task.
    const hosts = uniqueStrings(group.map((r) => r.host ?? ''));
    const host = hosts.length === 1 && hosts[0] ? hosts[0] : undefined;
    const wholeHost = host !== undefined && all.filter((r) => r.host === host).length === group.length;
    const others = all.some((r) => r.host !== host);
    return describeStaleness({
        service,
        runningImageId: first.container.imageId,
        running: first.image,
        built: input.built.get(service),
        revision: input.revision,
        sameEngine: first.sameEngine,
        task: first.task,
        now,
        replicas: {
            names: group.map(replicaName),
            of: all.length,
            ...(wholeHost && others && !first.task ? { host, names: group.map((r) => r.container.name) } : {})
        }
    });
}
function serviceResult(name, outcome, built) {
    const builtImage = built.get(name)?.id ?? null;
    // Nothing runs (or only hosts that could not be asked): no running image; `replicas` is absent only when the lookup failed.
    if (outcome.kind !== 'running' || outcome.replicas.length === 0) {
        return {
            name,
            builtImage,
            runningImage: null,
            runningRevision: null,
            stale: false,
            runningCreated: null,
            container: null,
            ...(outcome.kind === 'error' ? {} : { replicas: [] })
        };
    }
    const replicas = outcome.replicas.map((r) => ({
        ...(r.host ? { host: r.host } : {}),
        ...(r.task
            ? { task: { name: r.task.name, state: r.task.state, image: r.task.image, specImage: r.task.specImage } }
            : {}),
        container: r.container.name,
        image: r.container.imageId,
        revision: r.image?.revision ?? null,
        created: r.image?.created ?? null,
        stale: r.freshness.stale,
        judgedBy: r.freshness.judgedBy
    }));
    // The single-valued fields describe the replica that matters most: the first stale one, else the newest.
    const lead = outcome.replicas.find((r) => r.freshness.stale) ?? outcome.replicas[0];
    return {
        name,
        builtImage,
        runningImage: lead.container.imageId,
        runningRevision: lead.image?.revision ?? null,
        stale: replicas.some((r) => r.stale),
        runningCreated: lead.image?.created ?? null,
        container: lead.container.name,
        replicas
    };
}

;// CONCATENATED MODULE: ./src/layers/probe/decide.ts



/** Every feature's route result, with the probes that proved nothing decided by the auth layer's where it can. */
function decideRoutesByAuth(route, auth) {
    const decided = new Map();
    for (const [feature, result] of route)
        decided.set(feature, decideRoute(result, auth?.get(feature)));
    return decided;
}
function decideRoute(route, auth) {
    const checks = route.evidence.checks ?? [];
    const authChecks = auth?.evidence.checks ?? [];
    if (authChecks.length === 0 || !checks.some(provesNothing))
        return route;
    let changed = false;
    const decided = checks.map((check) => {
        if (!provesNothing(check))
            return check;
        const same = authChecks.filter((a) => a.target === check.target && a.service === check.service);
        // A 404 with credentials says "missing" whatever else answered: a failure outranks a pass.
        const missing = same.find((a) => a.httpStatus !== undefined && ABSENT_STATUSES.includes(a.httpStatus));
        const present = missing ? undefined : same.find(discriminates);
        const by = missing ?? present;
        if (!by)
            return check;
        changed = true;
        return {
            ...check,
            status: missing ? 'fail' : 'pass',
            decidedBy: 'auth',
            summary: decidedSentence(check, by, !missing)
        };
    });
    if (!changed)
        return route;
    return {
        ...route,
        status: layerStatus(decided),
        evidence: { ...route.evidence, summary: summariseChecks('route', decided), checks: decided }
    };
}
/**
 * Every feature's auth result, with each 404 read in the light of the route layer: where the route probe of the same request
 * (same service, method and URL) passed on its own — it answered unlike a path that cannot exist — the route is there, so
 * a 404 with credentials says the resource asked for does not exist, not that the route is missing. Words only: the
 * check still fails.
 */
function explainAuthByRoutes(auth, route) {
    const explained = new Map();
    for (const [feature, result] of auth)
        explained.set(feature, explainAuth(result, route?.get(feature)));
    return explained;
}
function explainAuth(auth, route) {
    const routeChecks = route?.evidence.checks ?? [];
    const checks = auth.evidence.checks ?? [];
    let changed = false;
    const explained = checks.map((check) => {
        if (check.status !== 'fail' || check.httpStatus !== 404)
            return check;
        // Passed by its own answer (not decided by this very auth probe): the route was proven there without credentials.
        const present = routeChecks.find((r) => r.target === check.target && r.service === check.service && r.status === 'pass' && !r.decidedBy);
        if (!present)
            return check;
        changed = true;
        return { ...check, summary: resourceMissingSentence(check, present) };
    });
    if (!changed)
        return auth;
    return { ...auth, evidence: { ...auth.evidence, summary: summariseChecks('auth', explained), checks: explained } };
}

;// CONCATENATED MODULE: ./src/layers/route.ts

/**
 * Layer 4: is the route exposed? Each route is probed with its own headers only — no credentials by design — so
 * `protected` (401/403) proves the route is registered and guarded, and 404 proves it is missing.
 */
function runRouteLayer(input) {
    return runProbeLayer('route', input);
}


;// CONCATENATED MODULE: ./src/layers/source.ts


/** How many matched paths a check names before it says "… and N more". */
const SHOWN_MATCHES = 5;
/** Layer 1: is every configured path/glob of the feature in the checkout (tracked by git)? */
async function runSourceLayer(input) {
    const logger = input.logger ?? ports/* silentLogger */.qq;
    // Features often share folders: match each pattern once.
    const cache = new Map();
    const match = (pattern) => {
        let pending = cache.get(pattern);
        if (!pending)
            cache.set(pattern, (pending = input.tree.match(pattern)));
        return pending;
    };
    const results = new Map();
    for (const feature of input.features) {
        const started = Date.now();
        if (feature.source.length === 0) {
            results.set(feature.name, {
                layer: 'source',
                status: 'skip',
                evidence: { summary: 'no source paths configured' },
                durationMs: 0
            });
            continue;
        }
        const checks = await Promise.all(feature.source.map((pattern) => checkPattern(pattern, match)));
        for (const check of checks)
            logger.debug(`source ${check.target}: ${check.observed}`);
        const status = checks.some((c) => c.status === 'fail')
            ? 'fail'
            : checks.some((c) => c.status === 'error')
                ? 'error'
                : 'pass';
        results.set(feature.name, {
            layer: 'source',
            status,
            evidence: { summary: summarise(status, checks), checks },
            durationMs: Date.now() - started
        });
    }
    return results;
}
async function checkPattern(pattern, match) {
    const expected = 'in the checkout';
    try {
        const found = await match(pattern);
        if (found.length === 0)
            return { target: pattern, status: 'fail', expected, observed: 'not in the checkout' };
        return { target: pattern, status: 'pass', expected, observed: describeMatches(found) };
    }
    catch (error) {
        return {
            target: pattern,
            status: 'error',
            expected,
            observed: `could not read the checkout: ${(0,core_errors/* firstLineOf */.Qy)(error)}`
        };
    }
}
/** `3 files: a.ts, b.ts, c.ts` · `120 files: a.ts, …, e.ts and 115 more`. */
function describeMatches(found) {
    const shown = found.slice(0, SHOWN_MATCHES).join(', ');
    const more = found.length > SHOWN_MATCHES ? ` and ${found.length - SHOWN_MATCHES} more` : '';
    return `${found.length} ${found.length === 1 ? 'path' : 'paths'}: ${shown}${more}`;
}
function summarise(status, checks) {
    if (status === 'pass') {
        if (checks.length === 1)
            return `${checks[0].target} is in the checkout (${checks[0].observed})`;
        return `all ${checks.length} source paths are in the checkout`;
    }
    const bad = checks.filter((c) => c.status === status);
    const first = bad[0];
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more ${bad.length - 1 === 1 ? 'path' : 'paths'})` : '';
    if (status === 'fail')
        return `${first.target} is not in the checkout${more}`;
    return `${first.target}: ${first.observed}${more}`;
}

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(44146);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __webpack_require__(96236);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(79478);
;// CONCATENATED MODULE: ./src/engine/engine.ts














/** The phases, in order. The action runs them as separate steps; `verify()` runs them all. */
const PHASES = ['build', 'artifact', 'container', 'probe'];
function newState(revision, layers = model/* LAYERS */.RR, now = new Date()) {
    return {
        version: 1,
        revision,
        startedAt: now.toISOString(),
        layers: [...layers],
        built: {},
        results: {},
        services: {}
    };
}
/** What each phase can need from the config: the build phase checks the source and builds, the container phase reaches the target. */
const PHASE_USES = {
    build: ['source', 'build'],
    artifact: ['artifact'],
    container: ['target', 'container'],
    probe: ['route', 'auth']
};
/**
 * The config values a phase needs for the asked layers (whose `${VAR}`s must be set): the action loads the config per step
 * with these, so its build step never needs the auth probe's token.
 */
function phaseUses(phase, layers) {
    return (0,uses/* usesOfLayers */.Ic)(layers).filter((use) => PHASE_USES[phase].includes(use));
}
/** Runs one phase and returns the state with its results merged in. */
async function runPhase(phase, state, config, deps, 
/**
 * The build's labels when the caller started them early (verify: beside the preflight); `started`, called once the
 * build waits on its processes or has none to run (verify starts the rest of the run then).
 */
early = {}) {
    // A variable this phase needs and the environment did not set: the config error with its position, before any work.
    (0,uses/* requireResolved */.Cm)(config, phaseUses(phase, state.layers));
    const wants = (layer) => state.layers.includes(layer);
    if (phase === 'build')
        prepareBuild(state.layers, config, deps);
    await preflight(phase, state.layers, config, deps);
    switch (phase) {
        case 'build': {
            const why = buildReason(state.layers, config, deps);
            if (!why)
                early.started?.();
            const [source, built] = await Promise.all([
                wants('source')
                    ? tally(deps.logger, 'source', runSourceLayer({ features: config.features, tree: deps.tree }))
                    : undefined,
                why
                    ? buildImages(config, deps, () => early.labels ?? stampOf(deps, state.revision), why, early.started)
                    : undefined
            ]);
            return merge(state, source, built ? { built } : {});
        }
        case 'artifact': {
            if (!wants('artifact'))
                return state;
            const images = new Map(Object.entries(state.built).map(([svc, b]) => [svc, 'error' in b ? b : { ref: b.ref }]));
            const artifact = runArtifactLayer({
                features: config.features,
                images,
                docker: deps.build.docker,
                logger: deps.logger
            });
            return merge(state, await tally(deps.logger, 'artifact', artifact));
        }
        case 'container':
            return containerPhase(state, config, deps, Promise.resolve(state.built));
        case 'probe': {
            const common = {
                features: config.features,
                services: config.services,
                http: deps.http,
                logger: deps.logger,
                nodes: deps.nodes ?? [],
                revision: state.revision
            };
            const probedAuth = wants('auth') ? runAuthLayer({ ...common, redactor: deps.redactor }) : undefined;
            // A route probe that proved nothing on its own (any path answers alike) is decided by the auth probe of that route.
            const route = wants('route')
                ? tally(deps.logger, 'route', Promise.all([runRouteLayer({ ...common, redactor: deps.redactor }), probedAuth]).then(([r, a]) => decideRoutesByAuth(r, a)))
                : undefined;
            // An auth probe's 404 where the route probe proved the route there says the resource is missing, not the route.
            const auth = probedAuth
                ? tally(deps.logger, 'auth', Promise.all([probedAuth, route]).then(([a, r]) => explainAuthByRoutes(a, r)))
                : undefined;
            const [routes, auths] = await Promise.all([route, auth]);
            return merge(merge(state, routes), auths);
        }
    }
}
/** The layers a feature configures something for (the container layer checks the artifact paths in the running container). */
function configuredLayers(feature) {
    const hasArtifact = Object.values(feature.artifact).some((paths) => paths.length > 0);
    const has = {
        source: feature.source.length > 0,
        artifact: hasArtifact,
        container: hasArtifact,
        // An OpenAPI operation that could not be probed is still a route to account for: never a silent skip.
        route: feature.routes.length > 0 || (feature.notProbed?.length ?? 0) > 0,
        auth: feature.auth.length > 0
    };
    return model/* LAYERS */.RR.filter((layer) => has[layer]);
}
/**
 * The features this run can say something about: those that configure at least one of the asked layers. A feature with
 * nothing to check in them (a routes-only feature in a `--layers source,artifact` gate) is left out, not judged.
 */
function checkableFeatures(config, layers) {
    return config.features.filter((feature) => configuredLayers(feature).some((layer) => layers.includes(layer)));
}
/** The checkable features; none is a usage error (exit 2): such a run could only prove nothing. */
function requireCheckable(config, layers) {
    const checkable = checkableFeatures(config, layers);
    if (checkable.length === 0) {
        throw new core_errors/* UsageError */.eb(`nothing to check: no feature configures any of the layers asked (${layers.join(', ')})`);
    }
    return checkable;
}
/** The result of a run's state: every checkable feature judged, its verdict by the one rule (core/verdict.ts). */
function finish(state, config, options = {}) {
    const now = options.now ?? new Date();
    const features = checkableFeatures(config, state.layers).map((feature) => {
        const got = state.results[feature.name] ?? {};
        const layers = model/* LAYERS */.RR.map((layer) => got[layer] ?? {
            layer,
            status: 'skip',
            evidence: {
                summary: state.layers.includes(layer) ? 'not configured for this feature' : 'not asked for (--layers)'
            },
            durationMs: 0
        });
        return {
            name: feature.name,
            ...(0,verdict/* judgeFeature */.W5)(layers),
            layers,
            source: feature.source,
            ...(feature.notProbed?.length ? { notProbed: feature.notProbed } : {}),
            // Locations point into the checkout (SARIF, annotations): relative to the config's folder, with `/` separators.
            ...(feature.location
                ? { location: { ...feature.location, file: toCheckoutPath(config, feature.location.file) } }
                : {})
        };
    });
    const services = Object.keys(config.services).map((name) => state.services[name] ?? {
        name,
        builtImage: builtId(state.built[name]),
        runningImage: null,
        runningRevision: null,
        stale: false
    });
    // Defence in depth: whatever a layer or a tool's stderr let through, no value from ${ENV} leaves the engine.
    return new redact/* Redactor */.pO(config.secrets).redactValue({
        version: 1,
        verdict: (0,verdict/* judgeRun */.Zy)(features, { incomplete: options.incomplete }),
        revision: state.revision,
        startedAt: state.startedAt,
        durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
        services,
        features
    });
}
/** The whole verification in one process: probes ∥ (source + build → artifact ∥ container). */
async function verify(written, deps, options = {}) {
    const config = await (0,expand/* expandConfig */.N)(written, deps);
    const layers = options.layers ?? model/* LAYERS */.RR;
    // Every variable the asked layers need, before anything runs (each phase checks its own again).
    (0,uses/* requireResolved */.Cm)(config, (0,uses/* usesOfLayers */.Ic)(layers));
    prepareBuild(layers, config, deps);
    const checkable = requireCheckable(config, layers);
    const skipped = config.features.length - checkable.length;
    if (skipped)
        deps.logger.info(`${skipped} feature(s) configure none of ${layers.join(', ')}: left out of this run`);
    // What the asked layers need of the outside world is found first, and said once: not after a build, not once per feature.
    const revisionOfHead = deps.tree.revision();
    // The build's labels (the commit's date, a dirty tree) are asked beside the preflight: the build waits for them.
    const labels = buildReason(layers, config, deps) && deps.build.compose && composeBuilt(config).length
        ? stampOf(deps, revisionOfHead)
        : undefined;
    labels?.catch(() => { }); // taken by the build, which reports a failure
    const [revision] = await Promise.all([revisionOfHead, ...PHASES.map((p) => preflight(p, layers, config, deps))]);
    const state = newState(revision, layers);
    // The one serial chain is build → image listings. Probes need nothing from the images, and the container lookups and
    // listings run beside the build too: only each replica's freshness waits for what the build made. They start once the
    // build waits on its processes: their own start (planning 2 probes a route, loading the HTTP stack, spawning lookups)
    // would otherwise come first on the one main thread.
    let buildStarted = () => { };
    const started = new Promise((resolve) => (buildStarted = resolve));
    const building = runPhase('build', state, config, deps, { labels, started: buildStarted });
    building.then(buildStarted, buildStarted);
    await started;
    const [probed, built, artifact, container] = await Promise.all([
        runPhase('probe', state, config, deps),
        building,
        building.then((after) => runPhase('artifact', after, config, deps)),
        asks(layers, 'container')
            ? containerPhase(state, config, deps, building.then((after) => after.built))
            : state
    ]);
    const merged = [probed, artifact, container].reduce((acc, part) => mergeStates(acc, part), built);
    return deps.redactor.redactValue(finish(merged, config));
}
// ---------------------------------------------------------------------------------------------------------------------
const asks = (layers, layer) => layers.includes(layer);
/** The container layer, its lookups and listings started at once; `built` (the build's images) is awaited only to judge freshness. */
async function containerPhase(state, config, deps, built) {
    if (!asks(state.layers, 'container'))
        return state;
    const started = Date.now();
    const containers = await findContainers(deps.runtime, artifactServices(config));
    const out = await runContainerLayer({
        features: config.features,
        containers,
        built: built.then((images) => new Map(Object.entries(images).filter((e) => !('error' in e[1])))),
        buildEngine: deps.build.docker,
        revision: state.revision,
        project: deps.target.compose?.project ?? '',
        logger: deps.logger
    });
    logTally(deps.logger, 'container', out.features, started);
    const services = { ...state.services };
    for (const svc of out.services)
        services[svc.name] = svc;
    return { ...merge(state, out.features), services };
}
/**
 * Why this run builds images, or null when no asked layer needs them. The artifact layer lists paths in them; the container
 * layer compares the running images with them only where the comparison means something: on the same engine (a build here says
 * nothing about the content of one built on a remote target, whose files carry other times).
 */
function buildReason(layers, config, deps) {
    if (artifactServices(config).length === 0)
        return null;
    if (layers.includes('artifact'))
        return 'the artifact layer lists paths in them';
    if (layers.includes('container') && deps.target === deps.build)
        return 'the container layer compares the running containers with them';
    return null;
}
/** The build is the one serial chain: what it waits for (finding compose, choosing its builder) starts before anything else. */
function prepareBuild(layers, config, deps) {
    if (buildReason(layers, config, deps))
        deps.build.compose?.prepareBuild?.();
}
/**
 * What a phase needs of the outside world, checked before it starts: an engine that does not answer or a target that could not
 * be reached is ONE error with its fix (exit 3), and no layer runs. Each engine is asked once (the adapter caches the answer).
 */
async function preflight(phase, layers, config, deps) {
    const needsBuildEngine = (phase === 'build' && buildReason(layers, config, deps) !== null) ||
        (phase === 'artifact' && layers.includes('artifact') && artifactServices(config).length > 0);
    if (needsBuildEngine)
        await deps.build.docker.ping();
    if (phase === 'container' && layers.includes('container') && artifactServices(config).length > 0)
        await deps.runtime.ping();
}
function builtId(built) {
    return built && !('error' in built) ? built.id : null;
}
/** The inspected services compose builds (those without an `image:`). */
function composeBuilt(config) {
    return artifactServices(config).filter((svc) => !config.services[svc]?.image);
}
/** Services whose images/containers some feature inspects. */
function artifactServices(config) {
    return [...new Set(config.features.flatMap((f) => Object.keys(f.artifact)))];
}
/**
 * The OCI labels every build is stamped with. `created` is the commit's date, not the clock: the same commit then builds
 * the same image ID (the build cache hits), so a container recreated from `driftcheck build` is recognised as fresh.
 * A build that reads the working tree (`fromWorkingTree`) of a dirty checkout is not HEAD: it is stamped `<commit>-dirty`
 * and now, so no report claims it was built from a commit it was not built from.
 */
async function buildLabels(tree, known, options = {}) {
    const [revision, date, dirty] = await Promise.all([
        known ? known.revision : tree.revision(),
        tree.revisionDate(),
        options.fromWorkingTree ? tree.dirty() : false
    ]);
    if (dirty && revision) {
        options.logger?.warn(`the checkout has uncommitted changes: images are built from them and stamped ${revision.slice(0, 7)}-dirty, not as HEAD`);
    }
    const labels = { [core_labels/* CREATED_LABEL */.Kh]: (dirty ? null : date) ?? new Date().toISOString() };
    if (revision)
        labels[core_labels/* REVISION_LABEL */.P1] = dirty ? `${revision}${core_labels/* DIRTY_SUFFIX */.Fe}` : revision;
    return labels;
}
/** The labels a build in this run is stamped with: from the working tree, which is what compose builds. */
function stampOf(deps, revision) {
    return buildLabels(deps.tree, { revision }, { fromWorkingTree: true, logger: deps.logger });
}
/** Builds the compose services that features inspect (stamped with the revision), and resolves `image:` services. */
async function buildImages(config, deps, stamp, why, started = () => { }) {
    const wanted = artifactServices(config);
    const built = {};
    const fromCompose = composeBuilt(config);
    await Promise.all([
        (async () => {
            const compose = deps.build.compose;
            if (fromCompose.length === 0 || !compose) {
                started(); // nothing for compose to build
                for (const svc of fromCompose)
                    built[svc] = { error: `service ${svc} has no image: and no compose project was found` };
                return;
            }
            try {
                const labels = await stamp();
                deps.logger.info(`building ${fromCompose.join(', ')} (${compose.project}): ${why}`);
                for (const image of await compose.build(fromCompose, labels, { started }))
                    built[image.service] = image;
            }
            catch (error) {
                started();
                const output = (0,core_errors/* toolOutputOf */.X)(error);
                for (const svc of fromCompose)
                    built[svc] = { error: `build failed: ${(0,core_errors/* messageOf */.bD)(error)}`, output };
            }
        })(),
        ...wanted
            .filter((svc) => config.services[svc]?.image)
            .map(async (svc) => {
            const ref = config.services[svc].image;
            try {
                const info = await deps.build.docker.inspectImage(ref);
                built[svc] = info
                    ? {
                        service: svc,
                        ref,
                        id: info.id,
                        revision: info.revision,
                        created: info.created,
                        layers: info.layers,
                        configured: true
                    }
                    : { error: `image ${ref} is not on the ${deps.build.docker.where} engine` };
            }
            catch (error) {
                built[svc] = { error: (0,core_errors/* messageOf */.bD)(error) };
            }
        })
    ]);
    for (const svc of fromCompose)
        built[svc] ??= { error: `compose did not build service ${svc}` };
    return built;
}
async function findContainers(runtime, services) {
    const found = new Map();
    await Promise.all(services.map(async (svc) => {
        found.set(svc, await runtime.replicas(svc).catch((error) => ({ error: (0,core_errors/* messageOf */.bD)(error) })));
    }));
    return found;
}
/** A progress line per layer once it is done: how its features came out, and how long it took. */
async function tally(logger, layer, work) {
    const started = Date.now();
    const results = await work;
    logTally(logger, layer, results, started);
    return results;
}
function logTally(logger, layer, results, started) {
    const counts = new Map();
    for (const { status } of results.values())
        if (status !== 'skip')
            counts.set(status, (counts.get(status) ?? 0) + 1);
    if (counts.size === 0)
        return;
    const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
    logger.info(`${layer}: ${parts} (${(0,units/* formatDuration */.a3)(Date.now() - started, 'seconds')})`);
}
function merge(state, layer, extra = {}) {
    const results = { ...state.results };
    for (const [feature, result] of layer ?? [])
        results[feature] = { ...results[feature], [result.layer]: result };
    return { ...state, ...extra, results };
}
function mergeStates(a, b) {
    const results = { ...a.results };
    for (const [feature, layers] of Object.entries(b.results))
        results[feature] = { ...results[feature], ...layers };
    return { ...a, built: { ...a.built, ...b.built }, services: { ...a.services, ...b.services }, results };
}
function toCheckoutPath(config, file) {
    return (0,external_node_path_.relative)(config.baseDir, file).split(external_node_path_.sep).join('/');
}


/***/ }),

/***/ 49697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ expandConfig)
});

// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/engine/discover.ts


/**
 * The config with every `discover` entry turned into one feature per match of its source glob in the checkout (git-aware,
 * through the SourceTree port), after the literal features. Every phase of a run calls it on the same checkout and gets the
 * same features in the same order (matches are sorted). Idempotent: the expanded config has no `discover` left.
 * A glob that matches nothing and a name made twice are config errors (exit 2): a typo must not check nothing in silence.
 */
async function expandDiscovery(config, tree) {
    const entries = config.discover ?? [];
    if (entries.length === 0)
        return config;
    const listed = await Promise.all(entries.map((entry) => tree.match(entry.source)));
    const made = new Map();
    const defined = (feature, by) => {
        const earlier = made.get(feature.name);
        if (earlier !== undefined) {
            const message = `feature \`${feature.name}\` is defined twice: ${by}, and ${earlier}; expected one definition (give the discover entry a \`name\` like \`api-{name}\`)`;
            throw new errors/* ConfigError */.xL(message, feature.location);
        }
        made.set(feature.name, by);
    };
    for (const feature of config.features)
        defined(feature, `\`features.${feature.name}\` at ${at(feature.location)}`);
    const discovered = entries.flatMap((entry, i) => {
        const matches = (0,discover/* discoveredMatches */.ys)(listed[i], /\/\s*$/.test(entry.source));
        if (matches.length === 0) {
            const what = /\/\s*$/.test(entry.source) ? 'no folder' : 'nothing';
            const message = `\`discover[${i}].source\` \`${entry.source}\` matches ${what} in the checkout (tracked files), expected a glob that matches at least one`;
            throw new errors/* ConfigError */.xL(message, entry.location);
        }
        return matches.map((match) => {
            const feature = discoveredFeature(entry, match);
            defined(feature, `\`discover[${i}]\` (${match.path}) at ${at(entry.location)}`);
            return feature;
        });
    });
    return { ...config, features: [...config.features, ...discovered], discover: [] };
}
/** One match's feature: the entry's templates filled (probe paths URL-encoded, artifact paths glob-escaped), its source the match. */
function discoveredFeature(entry, match) {
    const probes = (list) => list.map((probe) => ({ ...probe, path: (0,discover/* fillDiscovered */.GB)(probe.path, match, 'url') }));
    return {
        name: (0,discover/* fillDiscovered */.GB)(entry.name, match),
        source: [match.path],
        artifact: Object.fromEntries(Object.entries(entry.artifact).map(([service, paths]) => [
            service,
            paths.map((p) => (0,discover/* fillDiscovered */.GB)(p, match, 'glob'))
        ])),
        routes: probes(entry.routes),
        auth: probes(entry.auth),
        ...(entry.location ? { location: entry.location } : {})
    };
}
function at(location) {
    return location ? `${location.file}:${location.line}:${location.column}` : 'an unknown position';
}

// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(84489);
// EXTERNAL MODULE: ./src/core/path-params.ts
var path_params = __webpack_require__(70999);
;// CONCATENATED MODULE: ./src/core/openapi.ts
/**
 * What the operations of an OpenAPI document become (`openapi:` in the config): one route probe each, of the feature its
 * first tag (else its first path segment) names, or a fact saying why it is not probed. Pure: the ApiDescriptions port
 * reads the document, `engine/openapi.ts` adds the probes to the config's features.
 */


/** Methods that do not act on the server (RFC 9110 "safe"): the only ones probed where anyone may call the operation. */
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE'];
/** An OpenAPI path template's placeholders: `{orderId}`, `{order-id}` (any name without braces or `/`). */
const TEMPLATE = /\{([^{}/]+)\}/g;
/** Names the probe layer fills from `params` (`core/path-params.ts`); others are filled into the path here. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Every operation of the document, in document order. */
function planOperations(entry, doc) {
    return doc.operations.map((op) => planOperation(entry, doc, op));
}
function planOperation(entry, doc, op) {
    const prefix = serverPrefix(op.servers.length ? op.servers : op.pathServers.length ? op.pathServers : doc.servers);
    const feature = featureName(op, entry.service);
    const anonymous = allowsAnonymous(op.security ?? doc.security);
    const notProbed = (reason, parameters) => ({
        feature,
        notProbed: {
            service: entry.service,
            method: op.method,
            path: prefix + op.path,
            ...(op.operationId ? { operationId: op.operationId } : {}),
            reason,
            ...(parameters ? { parameters } : {})
        }
    });
    if (op.driftcheckProbe === false)
        return notProbed('opted-out');
    // Without credentials a protected operation is refused before it acts; one anyone may call would act on production.
    if (anonymous && !SAFE_METHODS.includes(op.method) && op.driftcheckProbe !== true)
        return notProbed('unsafe-method');
    const filled = fillTemplate(op);
    if ('missing' in filled)
        return notProbed('unfilled-parameter', filled.missing);
    const probe = {
        service: entry.service,
        path: prefix + filled.path,
        ...(Object.keys(filled.params).length ? { params: filled.params } : {}),
        method: op.method,
        headers: {},
        expect: { status: { kind: anonymous ? 'exists' : 'protected' }, bodyContains: [], json: {}, headers: {} },
        timeoutMs: config/* DEFAULT_PROBE_TIMEOUT_MS */.G,
        ...(entry.location ? { location: entry.location } : {})
    };
    return { feature, probe };
}
/**
 * The path part of the first server URL, its variables filled with their defaults: `https://api.example.com/api/v1/` and
 * `/api/v1` → `/api/v1`. The host is the service's `url`, never the document's. No server, or `/`, → ''.
 */
function serverPrefix(servers) {
    const server = servers[0];
    if (!server)
        return '';
    const url = server.url.replace(TEMPLATE, (whole, name) => server.variables[name] ?? whole);
    let pathname;
    try {
        pathname = new URL(url, 'http://driftcheck.invalid/').pathname;
    }
    catch {
        return '';
    }
    return pathname.replace(/\/+$/, '');
}
/**
 * Anonymous access is allowed where no requirement applies (none, or an empty list) or one of them is empty (`{}`):
 * `security` alternatives are OR-ed, and `{}` is the one that asks for nothing.
 */
function allowsAnonymous(security) {
    return !security || security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0);
}
/** The operation's first tag, else its first path segment that is no placeholder, else the service's name. */
function featureName(op, service) {
    const tag = op.tags[0]?.trim();
    if (tag)
        return tag;
    const segment = op.path.split('/').find((s) => s !== '' && !/[{}]/.test(s));
    return segment ? decodeSegment(segment) : service;
}
/** The parameters that apply: the path item's, each replaced by the operation's of the same name and `in`. */
function effectiveParameters(op) {
    const own = new Set(op.parameters.map((p) => `${p.in}:${p.name}`));
    return [...op.pathParameters.filter((p) => !own.has(`${p.in}:${p.name}`)), ...op.parameters];
}
/**
 * A path parameter's value, from the first place that gives a usable one: the operation's `x-driftcheck-example`, the
 * parameter's `x-driftcheck-example`, its `example`, its `examples`, then its schema's `example`, `examples`, `default`,
 * `enum`. Usable: a string, number or boolean that is a path segment (not empty, not `.` or `..`). Undefined when none is.
 */
function parameterValue(op, name) {
    const parameter = effectiveParameters(op).find((p) => p.in === 'path' && p.name === name);
    const candidates = [Object.hasOwn(op.driftcheckExamples, name) ? op.driftcheckExamples[name] : undefined];
    if (parameter) {
        const { schema } = parameter;
        candidates.push(parameter.driftcheckExample, parameter.example, ...parameter.examples);
        candidates.push(schema.example, ...schema.examples, schema.default, ...schema.enum);
    }
    for (const candidate of candidates) {
        const value = segmentValue(candidate);
        if (value !== undefined)
            return value;
    }
    return undefined;
}
function segmentValue(candidate) {
    if (typeof candidate === 'number' && !Number.isFinite(candidate))
        return undefined;
    if (!['string', 'number', 'boolean'].includes(typeof candidate))
        return undefined;
    const value = String(candidate);
    return value === '' || (0,path_params/* isDotSegment */.DH)(value) ? undefined : value;
}
/**
 * The operation's path with every placeholder given a value: those the probe layer can fill stay placeholders with their
 * value in `params` (the report then shows the template); any other name is filled in here, URL-encoded. `missing`: the
 * placeholders without a value, in path order.
 */
function fillTemplate(op) {
    const params = {};
    const missing = [];
    const path = op.path.replace(TEMPLATE, (whole, name) => {
        const value = parameterValue(op, name);
        if (value === undefined) {
            if (!missing.includes(name))
                missing.push(name);
            return whole;
        }
        if (!PARAM_NAME.test(name))
            return encodeURIComponent(value);
        params[name] = value;
        return whole;
    });
    return missing.length ? { missing } : { path, params };
}
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./src/engine/openapi.ts


/**
 * The config with every `openapi` entry's operations added as route probes (after `discover`, so a discovered module gets
 * the routes of its tag): an operation joins the feature of its name, literal or discovered, or a new routes-only feature
 * made in document order. Operations that are not probed stay on their feature as facts (`notProbed`). Every phase of a
 * run reads the same documents the same way; idempotent: the expanded config has no `openapi` left. A document that
 * cannot be used, or has no operation, is a config error at its `openapi.<service>` key (exit 2).
 */
async function expandOpenApi(config, apis) {
    const entries = config.openapi ?? [];
    if (entries.length === 0)
        return config;
    if (!apis)
        throw new errors/* UsageError */.eb('the config has `openapi`, and no reader of OpenAPI documents was given (deps.apis)');
    const docs = await Promise.all(entries.map((entry) => readDocument(apis, entry)));
    const features = config.features.map((feature) => ({ ...feature }));
    const byName = new Map(features.map((feature) => [feature.name, feature]));
    entries.forEach((entry, i) => {
        for (const plan of planOperations(entry, docs[i])) {
            let feature = byName.get(plan.feature);
            if (!feature) {
                feature = newFeature(plan.feature, entry);
                features.push(feature);
                byName.set(feature.name, feature);
            }
            if ('probe' in plan)
                feature.routes = [...feature.routes, plan.probe];
            else
                feature.notProbed = [...(feature.notProbed ?? []), plan.notProbed];
        }
    });
    return { ...config, features, openapi: [] };
}
function newFeature(name, entry) {
    return {
        name,
        source: [],
        artifact: {},
        routes: [],
        auth: [],
        ...(entry.location ? { location: entry.location } : {})
    };
}
async function readDocument(apis, entry) {
    const where = `\`openapi.${entry.service}\` (\`${entry.written}\`)`;
    let doc;
    try {
        doc = await apis.read(entry.file);
    }
    catch (error) {
        if (error instanceof errors/* ApiDescriptionError */.xZ)
            throw new errors/* ConfigError */.xL(`${where}: ${error.message}`, entry.location);
        throw error;
    }
    if (doc.operations.length === 0) {
        const message = `${where} describes no operation, expected an OpenAPI document with at least one path and method`;
        throw new errors/* ConfigError */.xL(message, entry.location);
    }
    return doc;
}

;// CONCATENATED MODULE: ./src/engine/expand.ts


/**
 * The features a run checks: the literal ones, then one per `discover` match, then the `openapi` operations joined to
 * them (or to features of their own). Every phase and every command expands through here, so all see the same features.
 */
async function expandConfig(written, sources) {
    return expandOpenApi(await expandDiscovery(written, sources.tree), sources.apis);
}


/***/ })

};
