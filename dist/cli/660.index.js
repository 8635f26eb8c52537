export const id = 660;
export const ids = [660];
export const modules = {

/***/ 8660:
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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
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


/***/ })

};
