export const id = 154;
export const ids = [154];
export const modules = {

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

/***/ 49044:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47240);


// The worker's side of verify-ahead.ts: loads the config and sends it; on any error it sends none (the main thread loads
// the file itself then, and its error is the one the user sees).
const { file, uses } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(file, process.env, { uses }).catch(() => null);
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage({ config });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
