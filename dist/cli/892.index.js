export const id = 892;
export const ids = [892];
export const modules = {

/***/ 892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main_main)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
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
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/core/revision.ts
/** The same commit, allowing one side to be a short SHA (at least 7 hex digits). Layers judge with it, reports word with it. */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const hex = /^[0-9a-f]{7,64}$/;
    return hex.test(x) && hex.test(y) && (x.startsWith(y) || y.startsWith(x));
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/report/sanitize.ts
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
    return (0,redact/* clipText */.gL)(text, max);
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
        return (0,redact/* clipText */.gL)(text, max);
    return (chars
        .slice(0, cut)
        .join('')
        .replace(/[\s,;:—-]+$/, '') + ' …');
}

;// CONCATENATED MODULE: ./src/core/units.ts
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
    const text = oneLine(layer.evidence.summary).replace(/[.\s]+$/, '');
    if (!text)
        return layer.status === 'error' ? `${layer.layer} could not be checked` : `${layer.layer} failed`;
    const lowered = /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
    return clipWords(lowered, MAX_CLAUSE);
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
    return `${oneLine(feature.name)}: ${feature.verdict}${where}`;
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
    const all = [fault, ...laterFailures(feature, fault)].flatMap((layer) => layerItems(layer, context).map((text) => ({ layer: layer.layer, text: clipWords(oneLine(text), MAX_ITEM) })));
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
    const which = replicas.length ? `; stale: ${namesOf(replicas.map((r) => oneLine(r.container)))}` : '';
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
    const name = oneLine(service.name);
    const replicas = service.replicas ?? [];
    const built = `${revision ? `built from ${shortRevision(revision)}` : 'built from this checkout'}`;
    const expected = service.builtImage
        ? `, not the one ${built} (${shortImageId(service.builtImage)})`
        : `, not the one ${built}`;
    if (service.stale && replicas.length > 1) {
        const stale = replicas.filter((r) => r.stale).length;
        return `${name}: ${stale} of ${replicas.length} replicas ${stale === 1 ? 'runs' : 'run'} an old image${expected}`;
    }
    if (service.stale) {
        const age = formatAge(service.runningCreated, now);
        const image = age ? `an image built ${age}` : 'an old image';
        return `${name} runs ${image} (${describeImage(service.runningImage, service.runningRevision)})${expected}`;
    }
    const onAll = replicas.length > 1 ? ` on all ${replicas.length} replicas` : '';
    if (service.runningImage)
        return `${name}${runningSentence(service, revision, built)}${onAll}`;
    if (service.builtImage)
        return `${name}: image ${built} (${shortImageId(service.builtImage)}); no running container inspected`;
    return `${name}: not inspected`;
}
/** ` runs the image built from abc1234 (…)` when its label says so; otherwise what is known, and no more. */
function runningSentence(service, revision, built) {
    const running = describeImage(service.runningImage, service.runningRevision);
    const label = service.runningRevision
        ? `revision ${shortRevision(oneLine(service.runningRevision))}`
        : 'no revision label';
    const image = `${shortImageId(service.runningImage)} (${label})`;
    const labelled = !!service.runningRevision && !!revision && sameCommit(service.runningRevision, revision);
    const lead = service.replicas?.find((r) => r.container === service.container) ?? service.replicas?.[0];
    const judgedBy = lead ? lead.judgedBy : undefined;
    if (judgedBy === null)
        return ` runs ${image}; nothing to compare it with — freshness unknown`;
    if (labelled)
        return ` runs the image ${built} (${running})`;
    const checked = service.builtImage ? shortImageId(service.builtImage) : null;
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
        const age = formatAge(r.created, now);
        const where = r.host ? ` on ${oneLine(r.host)}` : '';
        const image = age ? `an image built ${age}` : 'an old image';
        // A Swarm task the update has not reached: its spec is the fact, whatever the image's age.
        const spec = r.judgedBy === 'service-spec' && r.task ? `; its service's spec names ${oneLine(r.task.specImage)}` : '';
        const name = r.task ? oneLine(r.task.name) : oneLine(r.container);
        return `${name}${where} runs ${image} (${describeImage(r.image, r.revision)})${spec}`;
    });
}
function describeImage(id, revision) {
    const parts = [shortImageId(id)];
    parts.push(revision ? `revision ${shortRevision(oneLine(revision))}` : 'no revision label');
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
    return `control ${oneLine(control.target)}: ${clip(oneLine(control.observed), maxObserved)} — ${CONTROL_COMPARISON_WORDS[control.comparison]}`;
}
/** `path /api/articles/:slug with slug = hello-drift`: the template a probe's path was filled from, and the values used. */
function describeTemplate(check) {
    if (!check.template)
        return '';
    const values = Object.entries(check.params ?? {}).map(([name, value]) => `${name} = ${value}`);
    return oneLine(`path ${check.template}${values.length ? ` with ${values.join(', ')}` : ''}`);
}

;// CONCATENATED MODULE: ./src/report/evidence-text.ts



const CHECK_MARK = { pass: '✓', fail: '✗', error: '!' };
function evidenceLines(layer) {
    const lines = [oneLine(layer.evidence.summary) || layer.status];
    for (const command of layer.evidence.commands ?? [])
        lines.push(`$ ${visibleControls(command)}`);
    for (const check of layer.evidence.checks ?? []) {
        const service = check.service ? ` (${oneLine(check.service)})` : '';
        const expected = check.expected ? `expected ${oneLine(check.expected)}; ` : '';
        const latency = check.latencyMs !== undefined ? ` · ${formatDuration(check.latencyMs)}` : '';
        const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : '';
        const template = check.template ? ` · ${describeTemplate(check)}` : '';
        lines.push(`${CHECK_MARK[check.status]} ${oneLine(check.target)}${service}: ${expected}observed ${oneLine(check.observed)}${latency}${decided}${template}`);
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
        feature: oneLine(feature.name),
        text: oneLine(notProbedSentence(operation))
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
    const name = `${step.layer} listing: ${oneLine(step.service)} (${oneLine(step.target)})`;
    const open = `<testcase classname="${xmlAttr(`driftcheck.${SHARED_SUITE}`)}" name="${xmlAttr(name)}" time="${seconds(step.durationMs)}"`;
    if (step.status === 'pass')
        return `${open}/>`;
    const why = oneLine(step.observed) || 'error';
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
    return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(ms)}"`;
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
    const open = `<testcase classname="${xmlAttr(`driftcheck.${oneLine(feature.name)}`)}" name="${name}" time="${seconds(ownMs(layer))}"`;
    if (!layer)
        return `${open}>\n      <skipped message="not configured"/>\n    </testcase>`;
    const output = name === 'container' && layer.status !== 'skip' ? staleOutput(feature, result) : null;
    const tail = output ? `\n      ${output}` : '';
    if (layer.status === 'pass')
        return output ? `${open}>${tail}\n    </testcase>` : `${open}/>`;
    if (layer.status === 'skip') {
        const why = oneLine(layer.evidence.summary) || 'skipped';
        return `${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>`;
    }
    // The fault line's case carries the sentence people read first; later failing layers carry their own summary.
    const atFault = feature.faultLine === name;
    const message = atFault ? explainFeature(feature) : oneLine(layer.evidence.summary) || layer.status;
    const type = atFault ? feature.verdict : layer.status === 'fail' ? 'fail' : 'error';
    const tag = layer.status === 'fail' ? 'failure' : 'error';
    const body = xmlText(evidenceLines(layer).join('\n'));
    return `${open}>\n      <${tag} message="${xmlAttr(message)}" type="${xmlAttr(type)}">${body}</${tag}>${tail}\n    </testcase>`;
}
/** `not probed: GET /api/v1/orders/{orderId}`, skipped with the reason it was not sent. */
function notProbedCase(feature, operation) {
    const classname = xmlAttr(`driftcheck.${oneLine(feature.name)}`);
    const name = xmlAttr(oneLine(`not probed: ${operation.method} ${operation.path}`));
    const why = xmlAttr(oneLine(notProbedSentence(operation)));
    return `<testcase classname="${classname}" name="${name}" time="${seconds(0)}">\n      <skipped message="${why}"/>\n    </testcase>`;
}
function testsuite(feature, result) {
    const timestamp = result.startedAt;
    const counts = count([feature]);
    const cases = [
        ...model/* LAYERS */.RR.map((name) => testcase(feature, name, result)),
        ...(feature.notProbed ?? []).map((operation) => notProbedCase(feature, operation))
    ].map((c) => `    ${c}`);
    return [
        `  <testsuite name="${xmlAttr(oneLine(feature.name))}" ${countAttrs(counts, counts.ms)} timestamp="${xmlAttr(timestamp)}">`,
        ...cases,
        '  </testsuite>'
    ].join('\n');
}
function renderJunit(result, options = {}) {
    const counts = count(result.features);
    const shared = sharedSteps(result.features);
    counts.tests += shared.length;
    counts.errors += shared.filter((s) => s.status === 'error').length;
    const title = xmlAttr(oneLine(options.title ?? 'driftcheck'));
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
    return oneLine(text)
        .replace(/[\\`*_[\]~|#!]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, '@&#8203;');
}
/** Text inside raw HTML (`<summary>`): Markdown escapes are not processed there, entities are. */
function htmlText(text) {
    return oneLine(text)
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
    const content = lines.map((line) => visibleControls(line).replace(/\r/g, '')).join('\n');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}\n${content}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/report/preview.ts


/**
 * A preview's facts in words: the headline, then one line per rewritten URL
 * (`api: http://api.example.com → http://127.0.0.1:49213 (preview)`) and per feature left out.
 */
function previewLines(preview) {
    const lines = [
        `preview: project ${oneLine(preview.project)} on this machine's engine (started ${preview.services.map(oneLine).join(', ')}; torn down afterwards)`
    ];
    for (const url of preview.urls)
        lines.push(`${oneLine(url.service)}: ${oneLine(url.from)} → ${oneLine(url.to)} (preview)`);
    for (const left of preview.leftOut)
        lines.push(`${oneLine(left.feature)}: left out, it checks ${left.services.map(oneLine).join(', ')}, which the preview does not start`);
    return lines;
}
/**
 * Why one started service is not ready, in one line; with the wait it was given (`readyTimeoutMs`), the deadline is named
 * by its length (a result saved before it was recorded says "at the deadline").
 */
function notReadyLine(n, readyTimeoutMs) {
    const deadline = readyTimeoutMs === undefined ? 'at the deadline' : `after ${formatDuration(readyTimeoutMs)}`;
    const within = readyTimeoutMs === undefined ? 'at the deadline' : `within ${formatDuration(readyTimeoutMs)}`;
    const service = oneLine(n.service);
    switch (n.reason) {
        case 'no-container':
            return `${service}: no container was created`;
        case 'exited':
            return `${service}: container ${oneLine(n.container)} ${oneLine(n.state)}${n.exitCode === null ? '' : ` with exit code ${n.exitCode}`} before it was ready`;
        case 'starting':
            return `${service}: container ${oneLine(n.container)} is still ${oneLine(n.state)} ${deadline}`;
        case 'port-closed':
            return `${service}: container ${oneLine(n.container)} runs, but its port ${n.target} (127.0.0.1:${n.port}) accepts no connection ${within}`;
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
        .map(oneLine);
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
    return `${parts.join(', ')} · ${formatDuration(result.durationMs)}`;
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
    const revision = result.revision ? ` · revision ${mdText(shortRevision(result.revision))}` : '';
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
    const [headline, ...rest] = previewLines(result.preview);
    const notReady = notReadyItems(result.preview).map((item) => {
        const head = `- ${ICON.error} ${mdText(item.line)}; ${logsHeadline(item.logs)}`;
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
            const cells = [s.name, shortImageId(s.builtImage), shortImageId(s.runningImage), shortRevision(s.runningRevision)];
            const rows = [`| ${cells.map(mdText).join(' | ')} | ${stale} |`];
            if (replicas.length > 1) {
                for (const r of replicas.filter((x) => x.stale)) {
                    const where = r.host ? ` on ${r.host}` : '';
                    const replica = [`↳ ${r.container}${where}`, '', shortImageId(r.image), shortRevision(r.revision)];
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
    const age = formatAge(created, now);
    return `⚠️ stale${age ? ` (running image built ${age})` : ''}`;
}
function checkItem(check) {
    const service = check.service ? ` (${mdText(check.service)})` : '';
    const expected = check.expected ? `expected ${mdText(check.expected)}; ` : '';
    const latency = check.latencyMs !== undefined ? ` · ${formatDuration(check.latencyMs)}` : '';
    const icon = check.status === 'pass' ? ICON.pass : check.status === 'fail' ? ICON.fail : ICON.error;
    const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : '';
    const template = check.template ? ` · ${mdText(describeTemplate(check))}` : '';
    const controls = (check.controls ?? []).map((control) => `\n  - ${mdText(describeControl(control, MAX_OBSERVED))}`);
    return `- ${icon} ${mdText(check.target)}${service}: ${expected}observed ${mdText(clip(check.observed, MAX_OBSERVED))}${latency}${decided}${template}${controls.join('')}`;
}
function layerEvidence(layer) {
    const parts = [
        `**${layer.layer}** ${ICON[layer.status]} — ${mdText(layer.evidence.summary) || layer.status} · ${formatDuration(layer.durationMs)}`
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
        throw new core_errors/* UsageError */.eb(`maxLength must be an integer of at least ${MIN_MARKDOWN_LENGTH} characters, got ${max}`);
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
var external_node_crypto_ = __webpack_require__(7598);
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
        service: oneLine(s.name),
        container: oneLine(r.container),
        image: r.image,
        revision: r.revision,
        created: r.created,
        ...(r.host ? { host: oneLine(r.host) } : {})
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
        message: { text: `${oneLine(feature.name)}: ${oneLine(notProbedSentence(operation))}` },
        locations: locations(feature),
        partialFingerprints: {
            'driftcheckFeature/v1': (0,external_node_crypto_.createHash)('sha256')
                .update(`${feature.name}\0${NOT_PROBED_RULE_ID}\0${operation.method}\0${operation.path}`)
                .digest('hex')
                .slice(0, 32)
        },
        properties: {
            feature: oneLine(feature.name),
            service: oneLine(operation.service),
            method: oneLine(operation.method),
            path: oneLine(operation.path),
            reason: operation.reason,
            ...(operation.operationId ? { operationId: oneLine(operation.operationId) } : {})
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
                        properties: { feature: oneLine(feature.name), verdict: feature.verdict, faultLine: feature.faultLine }
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
    const head = `rollout of ${shortRevision(rollout.revision)}, ${each}`;
    if (!rollout.stopped)
        return `${head}: every batch deployed and verified`;
    const { batch, hosts, reason } = rollout.stopped;
    return `${head}: stopped at batch ${batch} (${hosts.join(', ')}): ${oneLine(reason)}`;
}
/** `node-2 runs a1b2c3d (rolled back)`; with services on other revisions, each named. */
function hostRolloutLine(host) {
    const state = STATE_WORDS[host.state];
    if (host.error)
        return `${host.host} (batch ${host.batch}, ${state}): could not be looked at: ${oneLine(host.error)}`;
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
    return revision ? shortRevision(oneLine(revision)) : 'an image without a revision label';
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
    const title = oneLine(options.title ?? 'driftcheck');
    lines.push(`${paint('bold', title)} · revision ${shortRevision(result.revision && oneLine(result.revision))} · ${oneLine(result.startedAt)}`);
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
        const names = rows.map((f) => oneLine(f.name));
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
        const [headline, ...rest] = previewLines(result.preview);
        lines.push(paint('bold', headline));
        for (const line of rest)
            lines.push(`  ${line}`);
        for (const item of notReadyItems(result.preview)) {
            lines.push(`  ${paint('yellow', SYMBOL.error)} ${item.line}`);
            lines.push(`      ${paint('dim', logsHeadline(item.logs))}`);
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
    const name = oneLine(file);
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const reason = error.message.replace(/\s+/g, ' ').trim();
        throw new core_errors/* UsageError */.eb(`${name}: not a driftcheck result: invalid JSON (${reason})`);
    }
    try {
        return validateRun(value);
    }
    catch (error) {
        if (error instanceof Invalid)
            throw new core_errors/* UsageError */.eb(`${name}: not a valid driftcheck result: ${error.message}`);
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
            throw new core_errors/* UsageError */.eb(`Unknown report format '${String(format)}'. Expected one of ${REPORT_FORMATS.join(', ')}.`);
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




;// CONCATENATED MODULE: ./src/version.ts
/** The package version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/uses.ts
var core_uses = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(5336);
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
            throw new core_errors/* ConfigError */.xL(message, feature.location);
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
            throw new core_errors/* ConfigError */.xL(message, entry.location);
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

// EXTERNAL MODULE: ./src/core/path-params.ts
var path_params = __webpack_require__(999);
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
        throw new core_errors/* UsageError */.eb('the config has `openapi`, and no reader of OpenAPI documents was given (deps.apis)');
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
        if (error instanceof core_errors/* ApiDescriptionError */.xZ)
            throw new core_errors/* ConfigError */.xL(`${where}: ${error.message}`, entry.location);
        throw error;
    }
    if (doc.operations.length === 0) {
        const message = `${where} describes no operation, expected an OpenAPI document with at least one path and method`;
        throw new core_errors/* ConfigError */.xL(message, entry.location);
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

// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/command-text.ts
var command_text = __webpack_require__(7644);
// EXTERNAL MODULE: ./src/core/artifact-glob.ts
var artifact_glob = __webpack_require__(8660);
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
var node_url = __webpack_require__(7783);
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

// EXTERNAL MODULE: ./src/core/json-path.ts
var json_path = __webpack_require__(617);
// EXTERNAL MODULE: ./src/core/revision-template.ts
var revision_template = __webpack_require__(9777);
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
    return typeof value === 'string' && revision !== undefined && sameCommit(value.trim(), revision);
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
    const retried = attempts > 1 ? ` (after ${attempts} attempts over ${formatDuration(elapsedMs, 'seconds')})` : '';
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
        return `${request} got no answer within ${formatDuration(probe.timeoutMs, 'setting')}: ${outcome.observed}`;
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
    const labelled = input.revision && running?.revision ? sameCommit(input.revision, running.revision) : null;
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
        ? `built ${humanAge(input.now.getTime() - Date.parse(running.created))}`
        : 'of unknown age';
    const origin = runningRevision ? `from ${shortRevision(runningRevision)}` : 'without a revision label';
    // Not inspected: its age and labels are unknown, so the sentence claims neither.
    const what = running ? `an image ${age} ${origin}` : 'an image that could not be inspected';
    const image = `${subject(input.service, input.replicas)} ${what}`;
    const head = revision ? shortRevision(revision) : '';
    const labelDiffers = revision && runningRevision ? !sameCommit(revision, runningRevision) : null;
    const builtId = built ? shortImageId(built.id) : '';
    // An `image:` service's image was inspected, not built: the words must not say it was built.
    const reference = built?.configured ? 'the configured image' : 'the image just built';
    const ids = `${shortImageId(input.runningImageId)}, not ${built?.configured ? `the configured ${builtId}` : `${builtId} just built`}`;
    if (judgedBy === 'service-spec') {
        const spec = `its task runs ${input.task.image}, not ${input.task.specImage} as the service's spec says`;
        return { stale, sentence: `${image}; ${spec} (the update has not reached it) — stale` };
    }
    if (judgedBy === 'image-id' && !stale)
        return { stale, sentence: `${image}, ${reference} (${builtId}) — up to date` };
    if (judgedBy === 'layers' && !stale)
        return { stale, sentence: `${image}, the same content as ${reference} (${builtId}) — up to date` };
    if (judgedBy === 'layers' && labelDiffers === false) {
        const differ = `${shortImageId(input.runningImageId)}, not ${builtId}`;
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

// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __webpack_require__(6236);
;// CONCATENATED MODULE: ./src/core/verdict.ts

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
    const ordered = [...layers].sort((a, b) => model/* LAYERS */.RR.indexOf(a.layer) - model/* LAYERS */.RR.indexOf(b.layer));
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
    return (0,core_uses/* usesOfLayers */.Ic)(layers).filter((use) => PHASE_USES[phase].includes(use));
}
/** Runs one phase and returns the state with its results merged in. */
async function runPhase(phase, state, config, deps, 
/**
 * The build's labels when the caller started them early (verify: beside the preflight); `started`, called once the
 * build waits on its processes or has none to run (verify starts the rest of the run then).
 */
early = {}) {
    // A variable this phase needs and the environment did not set: the config error with its position, before any work.
    (0,core_uses/* requireResolved */.Cm)(config, phaseUses(phase, state.layers));
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
                    ? engine_tally(deps.logger, 'source', runSourceLayer({ features: config.features, tree: deps.tree }))
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
            return merge(state, await engine_tally(deps.logger, 'artifact', artifact));
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
                ? engine_tally(deps.logger, 'route', Promise.all([runRouteLayer({ ...common, redactor: deps.redactor }), probedAuth]).then(([r, a]) => decideRoutesByAuth(r, a)))
                : undefined;
            // An auth probe's 404 where the route probe proved the route there says the resource is missing, not the route.
            const auth = probedAuth
                ? engine_tally(deps.logger, 'auth', Promise.all([probedAuth, route]).then(([a, r]) => explainAuthByRoutes(a, r)))
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
            ...judgeFeature(layers),
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
        verdict: judgeRun(features, { incomplete: options.incomplete }),
        revision: state.revision,
        startedAt: state.startedAt,
        durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
        services,
        features
    });
}
/** The whole verification in one process: probes ∥ (source + build → artifact ∥ container). */
async function verify(written, deps, options = {}) {
    const config = await expandConfig(written, deps);
    const layers = options.layers ?? model/* LAYERS */.RR;
    // Every variable the asked layers need, before anything runs (each phase checks its own again).
    (0,core_uses/* requireResolved */.Cm)(config, (0,core_uses/* usesOfLayers */.Ic)(layers));
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
async function engine_tally(logger, layer, work) {
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
    logger.info(`${layer}: ${parts} (${formatDuration(Date.now() - started, 'seconds')})`);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/wiring/verify-ahead.ts
var verify_ahead = __webpack_require__(73);
// EXTERNAL MODULE: ./src/wiring/early.ts + 1 modules
var wiring_early = __webpack_require__(640);
// EXTERNAL MODULE: ./src/config/load.ts + 13 modules
var load = __webpack_require__(7240);
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
            throw new core_errors/* UsageError */.eb(`cannot push ${image.service}: its image has no revision label to tag it with (is the checkout a git repository with a commit?)`);
        }
        const ref = registryRef(registry, image.service, image.revision);
        if (!ref) {
            throw new core_errors/* UsageError */.eb(`cannot push ${image.service} as ${registry}/${image.service}:${image.revision}: docker repository names are lowercase letters, digits and . _ -`);
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
            throw new core_errors/* InfraError */.Ri(`${target.where} pulled ${image.ref} stamped ${revision ?? 'without a revision'}, not ${image.revision}: the tag was pushed over`, 'deploy again; give every deploy its own commit');
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
            this.record(name, 'failed', (0,core_errors/* firstLineOf */.Qy)(error), began);
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
            this.logger.info(`${this.label(name)}: ${detail} (${formatDuration(durationMs, 'seconds')})`);
        else
            this.logger.error(`${this.label(name)} failed: ${detail}`);
    }
}

;// CONCATENATED MODULE: ./src/deploy/strategy.ts
/**
 * How a deploy gets the images onto the target. `source`: ship the tree, build there. `image`: build here, `docker save |
 * docker load`. `registry`: build here, push to `target.registry`, pull there. Its own module: the action's first step
 * checks its input against this list without loading the deploy.
 */
const DEPLOY_STRATEGIES = ['source', 'image', 'registry'];

;// CONCATENATED MODULE: ./src/deploy/deploy.ts







// Compose service names are [a-zA-Z0-9._-]; refusing the rest (and a leading `-`) keeps them from ever reading as options.
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** lock → ship → build → `up -d` → unlock. Throws InfraError (exit 3) when a step fails, saying what state it left. */
async function deploy_orchestrateDeployOnly(config, deps, options = {}) {
    const log = new StepLog(deps.engine.logger);
    return withLock(config, deps, options, log, async (compose, asked) => {
        const { revision, services } = await deploy_rollout(config, deps, options, log, compose, asked, null);
        return { revision, services, steps: log.steps };
    });
}
/**
 * `deployOnly` plus the verification, under the same lock. With `rollbackOnFail`, the running images are kept before the
 * recreate, and a failed verification recreates the services on them and verifies again; both results are returned.
 */
async function orchestrateDeploy(written, deps, options = {}) {
    // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
    const config = await expandConfig(written, deps.engine);
    const log = new steps_StepLog(deps.engine.logger);
    return withLock(config, deps, options, log, async (compose, asked) => {
        const snapshot = options.rollbackOnFail ? new Map() : null;
        const { revision, services } = await deploy_rollout(config, deps, options, log, compose, asked, snapshot);
        const layers = options.layers;
        const verifyStep = (name, description) => log.run(name, description, async () => {
            const value = await verify(config, deps.engine, layers ? { layers } : {});
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
        throw new core_errors/* UsageError */.eb(`invalid service name ${bad.map((s) => JSON.stringify(s)).join(', ')} in --services`);
    return [...new Set(asked)];
}
// ---------------------------------------------------------------------------------------------------------------------
async function withLock(config, deps, options, log, body) {
    const asked = selectServices(config, options.services);
    if (options.strategy === 'registry' && !config.target.registry) {
        throw new core_errors/* UsageError */.eb('--strategy registry needs `target.registry` in the config: the image repository prefix to push to, like registry.example.com/acme');
    }
    const compose = deps.engine.target.compose;
    if (!compose)
        throw new core_errors/* InfraError */.Ri(`no compose project on ${deps.ship.where}`, `check target.dir and target.compose`);
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
        .catch((error) => deps.engine.logger.warn(`the deploy lock in ${deps.ship.dir} on ${deps.ship.where} was not released: ${(0,core_errors/* firstLineOf */.Qy)(error)}`));
}
/** ship → (snapshot) → build → recreate. `services` empty = every configured service the compose project defines. */
async function deploy_rollout(config, deps, options, log, compose, asked, snapshot) {
    const { ship: target, engine } = deps;
    const strategy = options.strategy ?? 'source';
    const shipped = await shipTreeStep(deps, log);
    const revision = shipped?.revision ?? (await engine.tree.revision());
    const defined = await compose.services();
    const services = resolveServices(config, asked, defined, compose.dir);
    if (services.length === 0)
        throw new core_errors/* UsageError */.eb(`nothing to deploy: no configured service is defined by the compose project in ${compose.dir}`);
    // The same stamp as `driftcheck build`: the same commit builds the same image, wherever it is built. The target builds the
    // shipped tree (HEAD); `--strategy image` builds the working tree here, so a dirty checkout is stamped as such.
    const buildsHere = strategy !== 'source';
    const labels = await buildLabels(engine.tree, { revision }, { fromWorkingTree: buildsHere, logger: engine.logger });
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
            engine.logger.error((0,core_errors/* firstLineOf */.Qy)(error));
            const rolledBack = await rollback(deps, log, compose, snapshot).then(() => null, (rollbackError) => (0,core_errors/* firstLineOf */.Qy)(rollbackError));
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
        throw (0,core_errors/* undefinedServices */.lJ)(unknown, dir, Object.keys(defined));
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
        throw new core_errors/* InfraError */.Ri('no local compose project to build the images from', 'add a compose file to the checkout');
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
    return error instanceof core_errors/* InfraError */.Ri ? error.hint : undefined;
}
/** The tool's error (with its output tail) plus one line on the state it left and what to do. */
function explain(error, state, hint) {
    const message = (0,core_errors/* messageOf */.bD)(error);
    return new core_errors/* InfraError */.Ri(`${message}\n${state}`, hint, { cause: error });
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
        throw new core_errors/* UsageError */.eb(`--batch must be a whole number of hosts >= 1, got ${size}`);
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
        throw new core_errors/* InfraError */.Ri(`cannot reach ${names}: ${(0,core_errors/* firstLineOf */.Qy)(unreachable[0].error)}; nothing was deployed`, 'fix the connection, then deploy again: a rollout never starts on a fleet it cannot reach whole', { cause: unreachable[0].error });
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
        throw new core_errors/* InfraError */.Ri(`${refused.map((r) => `${r.host}: ${(0,core_errors/* firstLineOf */.Qy)(r.error)}`).join('; ')}; nothing was deployed`, 'fix the hosts named, then deploy again', { cause: refused[0].error });
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
                return deploy_rollout(config, hostDeps(h), options, logOf(h), h.compose, asked, snapshot);
            }));
            const failed = done.flatMap((d, i) => (d.status === 'rejected' ? [`${names[i]}: ${(0,core_errors/* firstLineOf */.Qy)(d.reason)}`] : []));
            for (const d of done)
                if (d.status === 'fulfilled')
                    ({ services, revision: deployedRevision } = d.value);
            let reason = failed.length ? `the deploy failed on ${failed.join('; ')}` : null;
            if (!reason) {
                const result = await fleetSteps.run('verify', `verifying batch ${number} (${names.join(', ')})`, async () => {
                    const value = await verify(config, deps.only(names), options.layers ? { layers: options.layers } : {});
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
        const value = await verify(config, deps.engine, options.layers ? { layers: options.layers } : {});
        return { value, detail: `verdict ${value.verdict}` };
    });
    const compose = services.length ? services : asked;
    const rolloutResult = {
        revision: deployedRevision,
        batchSize: size,
        stopped,
        hosts: await Promise.all(batches.flatMap((batch, i) => batch.map((h) => fleet_hostRollout(h, i + 1, states.get(h.host), compose, config))))
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
async function fleet_hostRollout(h, batch, state, services, config) {
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
        return { ...base, revisions: {}, error: (0,core_errors/* messageOf */.bD)(error) };
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
        throw new core_errors/* UsageError */.eb('--strategy source does not apply to a Swarm stack: its images are built here, then loaded into every node (--strategy image) or pushed to target.registry for the nodes to pull (--strategy registry)');
    // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
    const config = await expandConfig(written, deps.engine);
    const registry = config.target.registry;
    if (strategy === 'registry' && !registry)
        throw new core_errors/* UsageError */.eb('--strategy registry needs target.registry (the repository the nodes pull from)');
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
            throw new core_errors/* InfraError */.Ri('no local compose project to build the images from', 'add a compose file to the checkout');
        const defined = await local.services();
        const services = resolveServices(config, asked, defined, local.dir);
        if (services.length === 0)
            throw new core_errors/* UsageError */.eb(`nothing to deploy: no configured service is defined by the compose project in ${local.dir}`);
        const untouched = `the stack ${swarm.stack} was NOT changed`;
        let built = [];
        const pinned = await log.run('build', `building locally: ${services.join(', ')}`, async () => {
            const labels = await buildLabels(deps.engine.tree, { revision }, { fromWorkingTree: true, logger: deps.engine.logger });
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
            const value = await verify(config, deps.engine, layers ? { layers } : {});
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
                throw new core_errors/* InfraError */.Ri(`Swarm stopped the update: ${state.failed}`, `see docker service ps on the manager; ${line}`);
            if (Date.now() >= deadline)
                throw new core_errors/* InfraError */.Ri(`the tasks did not converge within ${Math.round(timeoutMs / 1000)} s: ${line}`, 'see docker service ps on the manager');
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
        throw new core_errors/* UsageError */.eb('a fleet (target.hosts) is deployed batch by batch, each verified: use deploy, not deployOnly');
    if (!deps.ship) {
        throw (deps.target.unavailable ??
            new core_errors/* InfraError */.Ri(`cannot reach ${config.target.host?.raw ?? 'the target'}`, 'fix the connection, then deploy again'));
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
        throw new core_errors/* UsageError */.eb('--batch is for a fleet (target.hosts); this target is one host');
    if (config.target.swarm) {
        const base = deployDeps(config, deps);
        if (!deps.swarm)
            throw new core_errors/* InfraError */.Ri(`cannot reach the Swarm manager ${config.target.host?.raw ?? 'local'}`);
        return orchestrateSwarmDeploy(config, { ...base, swarm: deps.swarm }, options);
    }
    return orchestrateDeploy(config, deployDeps(config, deps), options);
}

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
var compose_builder = __webpack_require__(3272);
// EXTERNAL MODULE: ./src/adapters/compose/command.ts
var compose_command = __webpack_require__(2070);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/compose/interpolate.ts
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

;// CONCATENATED MODULE: ./src/core/compose/mapping.ts
/** A YAML mapping of a compose file (a service, `build:`, a long-form port), as opposed to a list, a scalar or null. */
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

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

;// CONCATENATED MODULE: ./src/adapters/compose/config.ts





/**
 * Parses `compose config` output (v2 `--format json`, v1 YAML — YAML is a superset of JSON, one parser for both).
 * Throws a one-line Error on output that is not a compose config.
 */
function parseComposeConfig(text, project, flavour) {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new Error(`compose config printed something that is not YAML/JSON: ${(0,core_errors/* firstLineOf */.Qy)(error)}`);
    }
    if (!isMapping(raw) || !isMapping(raw.services))
        throw new Error('compose config printed no `services:` section');
    const services = {};
    for (const [name, service] of Object.entries(raw.services)) {
        const definition = isMapping(service) ? service : {};
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
        definition.build = { ...build, labels: { ...existing, ...escapedForCompose(labels) } };
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
    return isMapping(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v ?? '')])) : {};
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core/compose/file-names.ts
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
    const names = [...COMPOSE_FILE_NAMES, ...OVERRIDE_FILE_NAMES];
    const texts = await Promise.all(names.map((name) => read((0,external_node_path_.join)(dir, name))));
    const { files: found, overrides } = composeFilesIn(names.filter((_, i) => texts[i] !== null));
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
            doc = (0,dist/* parse */.qg)(text, { version: '1.1' });
        }
        catch {
            return { fallback: `${file} is not YAML compose can read here` }; // compose's own error names the line
        }
        if (!isMapping(doc) || !isMapping(doc.services))
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
            if (!isMapping(service))
                return { fallback: `${file}: service ${name} is not a mapping` };
            // `extends:` takes image and build from another service or file; v1 lists a service of an inactive profile, v2 not.
            for (const key of ['extends', 'profiles'])
                if (key in service)
                    return { fallback: `${file}: service ${name} uses ${key}:` };
            let image = null;
            if (service.image !== undefined && service.image !== null) {
                if (typeof service.image !== 'string')
                    return { fallback: `${file}: the image: of ${name} is not a string` };
                image = interpolateCompose(service.image, env);
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
    const definitions = Object.fromEntries(services.map((s) => [s, { build: { labels: escapedForCompose(labels) } }]));
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
var errors = __webpack_require__(3330);
;// CONCATENATED MODULE: ./src/adapters/compose/errors.ts

/**
 * Compose's own failures that are not the engine's (that is `classifyDockerError`, shared with docker), in one line:
 * no compose file, a compose file that does not exist, invalid YAML, an invalid compose file, an unknown service.
 * v1 (Python) and v2 (Go) word them differently; null when the output is none of them.
 */
function composeFailure(stderr, dir) {
    const text = (0,errors/* withoutTraceback */.$g)(stderr);
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

// EXTERNAL MODULE: ./src/adapters/docker.ts + 4 modules
var adapters_docker = __webpack_require__(2092);
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
    throw new core_errors/* InfraError */.Ri(`Docker Compose is not available on ${runner.where} (${first.reason}; ${second.reason})`, 'install the Compose plugin (`docker compose`, v2) or `docker-compose` (v1)');
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
        if (!(error instanceof core_errors/* InfraError */.Ri))
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
    return (0,core_errors/* lastLines */.w$)(output, 1) || `exit ${exitCode}`;
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
        this.docker = options.docker ?? new adapters_docker/* DockerCli */.V(runner, this.logger);
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
        const found = await Promise.all(buildable.map(async (service) => {
            const own = files.services[service].image;
            if (own) {
                const image = await this.docker.inspectImage(own);
                return { service, refs: { v1: own, v2: own }, images: { v1: image, v2: image }, named: true };
            }
            const refs = {
                v1: defaultImageRef(this.project, service, 'v1'),
                v2: defaultImageRef(this.project, service, 'v2')
            };
            const [v1, v2] = await Promise.all([this.docker.inspectImage(refs.v1), this.docker.inspectImage(refs.v2)]);
            return { service, refs, images: { v1, v2 }, named: false };
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
                throw new core_errors/* InfraError */.Ri(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`);
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
            throw (0,core_errors/* undefinedServices */.lJ)(unknown, this.dir, Object.keys(defined));
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
            const why = env.DOCKER_BUILDKIT && error instanceof core_errors/* CommandError */.Qd ? (0,compose_builder/* buildkitUnavailable */.H$)(error.stderr) : null;
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
                throw new core_errors/* InfraError */.Ri(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`);
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
            fallback: (0,core_errors/* messageOf */.bD)(error)
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
            throw new core_errors/* InfraError */.Ri(`${error.message} (in ${this.dir})`);
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
        this.logger.debug(`compose ${what} failed (exit ${result.exitCode}):\n${(0,core_errors/* lastLines */.w$)(result.stderr, ERROR_TAIL_LINES)}`);
        const error = new core_errors/* CommandError */.Qd(result.command, result.exitCode, result.stderr, `run it in ${this.dir} to see all of its output`);
        const header = `compose ${what} failed on ${this.runner.where} (exit ${result.exitCode})`;
        if ((0,errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable') {
            const endpoint = await this.engineEndpoint();
            throw (0,errors/* unreachableError */.DZ)(this.runner.where, result.stderr, { endpoint, cause: error });
        }
        // The build's own output is the user's (their RUN step failed): its end is kept, any tool's traceback is not.
        const translated = what === 'build' ? null : composeFailure(result.stderr, this.dir);
        if (translated) {
            error.message = `${header}: ${translated}`;
            throw error;
        }
        const tail = (0,core_errors/* lastLines */.w$)((0,errors/* withoutTraceback */.$g)(`${what === 'config' ? '' : result.stdout}\n${result.stderr}`), ERROR_TAIL_LINES);
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

;// CONCATENATED MODULE: ./src/adapters/docker/endpoint.ts



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
    const file = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
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

// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(6993);
;// CONCATENATED MODULE: ./src/adapters/exec.ts





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
    constructor(logger = ports/* silentLogger */.qq, redactor = new redact/* Redactor */.pO(), 
    /** Commands started before the config was read: the same command is taken from there, not run again. */
    early) {
        this.logger = logger;
        this.redactor = redactor;
        this.early = early;
    }
    async run(file, args, options = {}) {
        const early = this.early?.take(file, args, options);
        // An early command was logged when it started.
        const command = early ? this.redactor.redact((0,command_text/* commandLine */.ay)(file, args)) : this.logged(file, args);
        const result = early
            ? await early
            : await (0,execa/* execa */.Ho)(file, args, {
                ...this.execaOptions(options),
                encoding: 'utf8'
            });
        if (result === null)
            throw timedOut(command, options);
        this.throwIfNotRun(file, command, result, options);
        const exitCode = result.exitCode ?? 1;
        const stderr = this.redactor.redact(String(result.stderr ?? ''));
        if (exitCode !== 0 && !options.allowFailure)
            throw new core_errors/* CommandError */.Qd(command, exitCode, stderr);
        return { command, exitCode, stdout: String(result.stdout ?? ''), stderr };
    }
    async stream(file, args, read, options = {}) {
        const command = this.logged(file, args);
        const child = (0,execa/* execa */.Ho)(file, args, {
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
            throw new core_errors/* CommandError */.Qd(command, exitCode, stderr);
        return { command, value: outcome.value, stopped, exitCode, stderr };
    }
    /** The local `sh` only redirects: the path and the argv are its positional parameters, never parsed as shell text. */
    runWithStdinFile(file, args, stdinPath, options = {}) {
        return this.run('sh', ['-c', STDIN_FROM_FILE, 'driftcheck-stdin', stdinPath, file, ...args], options);
    }
    logged(file, args) {
        const command = this.redactor.redact((0,command_text/* commandLine */.ay)(file, args));
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
            throw new core_errors/* InfraError */.Ri(`\`${command}\` was cancelled`);
        const code = result.cause?.code;
        if (code === 'ENOENT')
            throw new core_errors/* InfraError */.Ri(`\`${file}\` is not installed or not on PATH`, `install ${file}`);
        if (result.timedOut)
            throw timedOut(command, options);
        throw new core_errors/* InfraError */.Ri(`\`${command}\` could not run: ${result.shortMessage}`, undefined, { cause: result.cause });
    }
}
function timedOut(command, options) {
    return new core_errors/* InfraError */.Ri(`\`${command}\` timed out after ${options.timeoutMs} ms`);
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var git = __webpack_require__(6960);
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
        const { default: SwaggerParser } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.t.bind(__webpack_require__, 5559, 23));
        let api;
        try {
            // `validate` dereferences as it validates: the operations come back with every `$ref` replaced.
            api = (await SwaggerParser.validate(file, { resolve: { http: false } }));
        }
        catch (error) {
            throw new core_errors/* ApiDescriptionError */.xZ(parserProblem(error, file));
        }
        const version = typeof api.openapi === 'string' ? api.openapi : null;
        if (!version || !/^3\.[01]\./.test(version)) {
            const written = version
                ? `OpenAPI ${version}`
                : typeof api.swagger === 'string'
                    ? `Swagger ${api.swagger}`
                    : 'no `openapi` version';
            throw new core_errors/* ApiDescriptionError */.xZ(`is ${written}, expected an OpenAPI 3.0 or 3.1 document`);
        }
        return describe(api, version);
    }
}
async function requireFile(file) {
    try {
        if ((await (0,promises_.stat)(file)).isDirectory())
            throw new core_errors/* ApiDescriptionError */.xZ('is a directory, expected an OpenAPI document');
    }
    catch (error) {
        if (error instanceof core_errors/* ApiDescriptionError */.xZ)
            throw error;
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`;
        throw new core_errors/* ApiDescriptionError */.xZ(`${why} in the checkout, expected an OpenAPI document (YAML or JSON)`);
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
        const of = where === file ? '' : ` in ${openapi_shownPath(where, file)}`;
        return `has a YAML/JSON syntax error${of}${at}: ${what}`;
    }
    const opening = /^Error opening file (.+?): (E[A-Z]+)\b/.exec(first);
    if (opening)
        return `refers to ${openapi_shownPath(opening[1], file)}, which cannot be read (${opening[2]})`;
    const pointer = /^Unable to resolve \$ref pointer "(.*)"/.exec(first);
    if (pointer)
        return `has a \`$ref\` that cannot be resolved from files: \`${pointer[1]}\``;
    return `cannot be read as an OpenAPI document: ${first}`;
}
/** A file the parser named, relative to the document's folder (as `$ref`s are written). */
function openapi_shownPath(target, file) {
    const shown = (0,external_node_path_.relative)((0,external_node_path_.dirname)(file), target);
    return shown && !shown.startsWith('..') ? shown : target;
}
function describe(api, version) {
    const paths = openapi_object(api.paths);
    const operations = [];
    for (const [path, item] of Object.entries(paths)) {
        const pathItem = openapi_object(item);
        for (const method of METHODS) {
            const op = pathItem[method];
            if (op && typeof op === 'object')
                operations.push(operation(path, method, openapi_object(op), pathItem));
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
        driftcheckExamples: openapi_object(op['x-driftcheck-example']),
        ...(op['x-driftcheck-probe'] !== undefined ? { driftcheckProbe: op['x-driftcheck-probe'] } : {})
    };
}
function servers(value) {
    if (!Array.isArray(value))
        return [];
    return value.map(openapi_object).map((server) => ({
        url: typeof server.url === 'string' ? server.url : '',
        variables: Object.fromEntries(Object.entries(openapi_object(server.variables)).map(([name, variable]) => [name, String(openapi_object(variable).default ?? '')]))
    }));
}
function security(value) {
    return value
        .map(openapi_object)
        .map((requirement) => Object.fromEntries(Object.entries(requirement).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []])));
}
function parameters(value) {
    if (!Array.isArray(value))
        return [];
    return value.map(openapi_object).map((parameter) => {
        const schema = openapi_object(parameter.schema);
        return {
            name: String(parameter.name ?? ''),
            in: String(parameter.in ?? ''),
            ...defined('driftcheckExample', parameter['x-driftcheck-example']),
            ...defined('example', parameter.example),
            examples: Object.values(openapi_object(parameter.examples))
                .map(openapi_object)
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
function openapi_object(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

// EXTERNAL MODULE: ./src/adapters/undici.ts
var undici = __webpack_require__(7634);
;// CONCATENATED MODULE: ./src/adapters/http.ts

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/**
 * The one place driftcheck speaks HTTP to the services it probes (the Docker engine's socket has docker/engine-api.ts).
 * A single keep-alive agent serves every probe; a network failure is an answer (`ok: false` with its cause), never a throw,
 * so the retry logic can decide what to do with it.
 */
class UndiciHttpClient {
    options;
    agent;
    maxBodyBytes;
    constructor(options = {}) {
        this.options = options;
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    }
    /** Made at the first probe (undici is loaded then). */
    dispatcher() {
        this.agent ??= (0,undici/* loadUndici */.b)().then(({ Agent }) => new Agent({
            connections: this.options.connectionsPerOrigin ?? 8,
            keepAliveTimeout: this.options.keepAliveTimeoutMs ?? 10_000,
            pipelining: 1
        }));
        return this.agent;
    }
    async request(probe) {
        const started = performance.now();
        const latency = () => Math.round(performance.now() - started);
        // One deadline for the whole attempt (connect + headers + body); undici's own timeouts cover each phase.
        const signal = AbortSignal.timeout(probe.attemptTimeoutMs);
        try {
            const [{ request }, dispatcher] = await Promise.all([(0,undici/* loadUndici */.b)(), this.dispatcher()]);
            const response = await request(probe.url, {
                dispatcher,
                method: probe.method,
                headers: probe.headers,
                body: probe.body,
                signal,
                headersTimeout: probe.attemptTimeoutMs,
                bodyTimeout: probe.attemptTimeoutMs
            });
            const body = await readCapped(response.body, this.maxBodyBytes);
            return {
                ok: true,
                status: response.statusCode,
                headers: flattenHeaders(response.headers),
                body,
                latencyMs: latency()
            };
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
        if (this.agent)
            await (await this.agent).close();
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
const TIMEOUT_CODES = new Set([
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ETIMEDOUT',
    'ABORT_ERR'
]);
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
    if (code === 'UND_ERR_SOCKET')
        return 'ECONNRESET (the server closed the connection)';
    if (code === 'UND_ERR_INVALID_ARG')
        return `invalid request: ${http_oneLine(err?.message)}`;
    if (code && TLS_CODE.test(code))
        return `TLS: ${code}`;
    if (code && /^E[A-Z]+$/.test(code))
        return code;
    if (err?.message?.includes('Invalid URL') || code === 'ERR_INVALID_URL')
        return 'invalid URL';
    return http_oneLine(err?.message) || 'unknown network error';
}
// Not cut here: this adapter knows no secrets, and a message cut before redaction could keep part of one. The probe layer
// redacts it, then cuts it.
function http_oneLine(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/adapters/runtime/engine.ts
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

// EXTERNAL MODULE: ./src/adapters/docker/args.ts
var args = __webpack_require__(600);
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
    return new core_errors/* InfraError */.Ri(`docker ${action} ${ref} failed (${where}): ${(0,errors/* dockerMessage */.QV)(stderr) || 'no output'}`, fix[kind], cause === undefined ? undefined : { cause });
}

;// CONCATENATED MODULE: ./src/adapters/registry.ts






const registry_QUICK_TIMEOUT_MS = 120_000;
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
        await docker(this.runner, tagArgs(source, ref), registry_QUICK_TIMEOUT_MS);
        const pushed = await docker(this.runner, pushArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) => registryError('push', ref, this.runner.where, result.stderr, error));
        return { digest: parsePushDigest(pushed.stdout) };
    }
}
/** `docker pull REF` through a runner (the target's, with its own docker login), then the pulled image's ID and revision. */
async function pullImage(runner, ref) {
    await docker(runner, pullArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) => registryError('pull', ref, runner.where, result.stderr, error));
    const inspected = await docker(runner, (0,args/* imageInspectArgs */.$4)(ref), registry_QUICK_TIMEOUT_MS);
    try {
        const { id, revision } = (0,inspect/* parseImageInspect */.jC)(inspected.stdout);
        return { id, revision };
    }
    catch (error) {
        throw new core_errors/* InfraError */.Ri(`cannot read the image ${ref} pulled on ${runner.where}: ${error.message}`);
    }
}
/** One docker command; an unreachable engine is said as such, any other failure through `failure` (default: the command's). */
async function docker(runner, args, timeoutMs, failure = (_, error) => error) {
    const result = await runner.run('docker', args, { allowFailure: true, timeoutMs });
    if (result.exitCode === 0)
        return result;
    const error = new core_errors/* CommandError */.Qd(result.command, result.exitCode, result.stderr);
    if ((0,errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable')
        throw (0,errors/* unreachableError */.DZ)(runner.where, result.stderr, { cause: error });
    throw failure(result, error);
}

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
        throw new core_errors/* UsageError */.eb('a shell word cannot contain a NUL byte');
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
            throw new core_errors/* UsageError */.eb(`invalid environment variable name '${bad[0]}'`);
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

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
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
            throw new core_errors/* InfraError */.Ri(`target.dir ${this.dir} does not exist on ${this.where}`, fix);
        if (check.exitCode === NOT_DIR)
            throw new core_errors/* InfraError */.Ri(`target.dir ${this.dir} on ${this.where} is not a directory`, fix);
        if (check.exitCode === NOT_WRITABLE) {
            const reason = check.stdout.trim().split('\n').pop()?.split(': ').pop()?.slice(0, 200);
            throw new core_errors/* InfraError */.Ri(`target.dir ${this.dir} is not writable on ${this.where}${reason ? ` (${reason})` : ''}`, `give the ssh user write access to it: check its owner and mode, whether its filesystem is mounted read-only, ` +
                `and its immutable attribute (lsattr -d ${shellQuote(this.dir)})`);
        }
        if (check.exitCode !== 0)
            throw new core_errors/* CommandError */.Qd(check.command, check.exitCode, check.stderr);
        const version = await this.options.remote.run('docker', ['version', '--format', '{{.Server.Version}}'], {
            allowFailure: true,
            timeoutMs: ship_QUICK_TIMEOUT_MS
        });
        if (version.exitCode !== 0) {
            throw new core_errors/* InfraError */.Ri(`the Docker engine on ${this.where} does not answer: ${(0,core_errors/* lastLines */.w$)(version.stderr, 1) || `exit ${version.exitCode}`}`, 'start dockerd on the target, and let the ssh user use it (docker group)');
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
            throw new core_errors/* InfraError */.Ri(`deploy lock held by ${held?.who ?? 'an unknown deploy'} since ${held?.since ?? 'an unknown time'}` +
                `${held?.revision ? ` (deploying ${held.revision.slice(0, 12)})` : ''}: another deploy to ${this.where}:${this.dir} is running`, `wait for it; if it died, remove the lock: rm -r ${shellQuote(lockDir)} on the target`);
        }
        if (taken.exitCode !== 0) {
            throw new core_errors/* InfraError */.Ri(`cannot take the deploy lock in ${this.dir} on ${this.where}: ${(0,core_errors/* lastLines */.w$)(taken.stderr, 1) || `exit ${taken.exitCode}`}`, 'check that target.dir is a writable directory on the target');
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
            throw new core_errors/* InfraError */.Ri(`cannot ship ${checkout}: it is not a git checkout with a commit`, 'commit first: driftcheck ships HEAD', {
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
            throw new core_errors/* CommandError */.Qd(read.command, read.exitCode, read.stderr);
        try {
            return parseManifest(read.stdout);
        }
        catch (error) {
            throw new core_errors/* InfraError */.Ri(`the shipped manifest ${path} on ${this.where} is not driftcheck's: ${error.message}`, `it is driftcheck's record of the files it shipped: fix it, or remove it (the next deploy then removes nothing ` +
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
            throw new core_errors/* InfraError */.Ri(`cannot enter target.dir ${this.dir} on ${this.where}`);
        if (result.exitCode !== 0) {
            const removed = outcome.removed.length ? ` after removing ${outcome.removed.length} stale path(s)` : '';
            throw new core_errors/* InfraError */.Ri(`cannot record the shipped manifest ${MANIFEST_PATH} in ${this.dir} on ${this.where}${removed}: ` +
                `${(0,core_errors/* lastLines */.w$)(result.stderr, 1) || `exit ${result.exitCode}`}`, 'check that target.dir is writable by the ssh user');
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
        throw new core_errors/* UsageError */.eb('target.host is not set: there is no ssh target');
    // The config loader already parses ssh://…; this guards library callers: a host or user that looks like an option is refused.
    if (!/^[A-Za-z0-9._:-]+$/.test(host.hostname) || host.hostname.startsWith('-')) {
        throw new core_errors/* UsageError */.eb(`invalid ssh host '${host.hostname}'`);
    }
    if (host.user !== undefined && (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(host.user) || host.user.length > 64)) {
        throw new core_errors/* UsageError */.eb(`invalid ssh user '${host.user}'`);
    }
    return host;
}
/** An ssh_config value: double quotes keep a path with spaces one value; a quote inside cannot be expressed. */
function configValue(value) {
    if (/["\n\r]/.test(value))
        throw new core_errors/* UsageError */.eb(`ssh option value cannot contain quotes or newlines: ${value}`);
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
        return new core_errors/* InfraError */.Ri(`REFUSING ${ctx.url}: its host key has CHANGED since it was recorded in ${ctx.knownHostsFile} — this may be a man-in-the-middle attack`, `verify the new key with the host's administrator out of band; only then replace it: ssh-keygen -f ${ctx.knownHostsFile} -R '${keyName}'`);
    }
    if (has(/No \S+ host key is known for|Host key verification failed/)) {
        return new core_errors/* InfraError */.Ri(`host key of ${ctx.url} is unknown (not in ${ctx.knownHostsFile}); driftcheck never trusts a host on first use`, `add it after checking its fingerprint: ssh-keyscan -p ${ctx.port} ${ctx.hostname} >> ${ctx.knownHostsFile}`);
    }
    if (has(/Permission denied \(|Too many authentication failures|no mutual signature algorithm/)) {
        const key = ctx.identityFile ? `the key ${ctx.identityFile}` : 'your ssh keys';
        return new core_errors/* InfraError */.Ri(`authentication to ${ctx.url} refused for ${key}`, `put the public key in the target user's ~/.ssh/authorized_keys, or set target.ssh.identityFile to the right private key`);
    }
    if (has(/Could not resolve hostname|Name or service not known|nodename nor servname/)) {
        return new core_errors/* InfraError */.Ri(`cannot resolve the host of ${ctx.url}`, 'check target.host');
    }
    if (has(/Connection refused/)) {
        return new core_errors/* InfraError */.Ri(`${ctx.url} refused the connection: nothing listens on port ${ctx.port}`, 'is sshd running, and is the port right?');
    }
    if (has(/timed out|Operation timed out/)) {
        return new core_errors/* InfraError */.Ri(`${ctx.url} did not answer: the connection timed out`, 'check the host, the port and any firewall in between');
    }
    if (has(/No route to host|Network is unreachable|Host is down/)) {
        return new core_errors/* InfraError */.Ri(`${ctx.url} is unreachable: ${(0,core_errors/* lastLines */.w$)(stderr, 1)}`, 'check the network path to the host');
    }
    if (has(/Connection closed by|Connection reset by|kex_exchange_identification|Broken pipe|closed by remote host/)) {
        return new core_errors/* InfraError */.Ri(`${ctx.url} closed the connection: ${(0,core_errors/* lastLines */.w$)(stderr, 1)}`, 'check sshd on the host (MaxStartups, AllowUsers, logs)');
    }
    if (has(/^ssh: |Bad configuration option|Control ?(socket|Path|Master)|mux_client|Identity file .* not accessible/m)) {
        return new core_errors/* InfraError */.Ri(`ssh to ${ctx.url} failed: ${(0,core_errors/* lastLines */.w$)(stderr, 1)}`);
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
            throw new core_errors/* UsageError */.eb('target.host is not set: there is no ssh target');
        this.where = targetUrl(target.host);
        this.local = new LocalRunner(options.logger ?? ports/* silentLogger */.qq, options.redactor ?? new redact/* Redactor */.pO());
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
        const result = await this.local.run('sh', ['-c', STDIN_FROM_FILE, 'driftcheck-stdin', stdinPath, 'ssh', ...this.sshArgv(remote)], this.localOptions({ ...options, input: undefined }));
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
            throw new core_errors/* InfraError */.Ri(`the login shell on ${this.where} does not parse POSIX quoting (sent ${QUOTE_PROBE}, got ${stdout.slice(0, 80)})`, 'give the target user a POSIX shell (sh, bash, dash, ksh, zsh): chsh -s /bin/sh <user>');
        }
    }
    sshArgv(remote) {
        if (this.closed)
            throw new core_errors/* InfraError */.Ri(`the ssh connection to ${this.where} is already closed`);
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
                throw new core_errors/* InfraError */.Ri(`directory ${options.cwd} ${why} on ${this.where}`, `create it and give ${this.target.host?.user ?? 'the ssh user'} access: mkdir -p ${shellQuote(options.cwd)}`);
            }
        }
        if (isCommandNotFound(result.exitCode, result.stderr, file)) {
            throw new core_errors/* InfraError */.Ri(`\`${file}\` is not installed or not on PATH on ${this.where}`, `install ${file} on the target`);
        }
        if (result.exitCode !== 0 && !options.allowFailure)
            throw new core_errors/* CommandError */.Qd(logged.command, result.exitCode, result.stderr);
        return logged;
    }
}
/**
 * Opens the connection to `target.host` once, so that authentication, host-key and reachability problems surface here as
 * one-line InfraErrors (exit 3), before any layer runs.
 */
async function openSshRunner(target, options = {}) {
    if (!target.host)
        throw new core_errors/* UsageError */.eb('target.host is not set: there is no ssh target');
    const url = targetUrl(target.host);
    if (target.ssh.identityFile) {
        const path = expandHome(target.ssh.identityFile);
        await (0,promises_.access)(path).catch(() => {
            throw new core_errors/* InfraError */.Ri(`identity file ${target.ssh.identityFile} for ${url} does not exist`, 'fix target.ssh.identityFile');
        });
    }
    if (target.ssh.knownHostsFile) {
        await (0,promises_.access)(expandHome(target.ssh.knownHostsFile)).catch(() => {
            throw new core_errors/* InfraError */.Ri(`known_hosts file ${target.ssh.knownHostsFile} for ${url} does not exist; driftcheck never trusts a host on first use`, `create it with the verified host key: ssh-keyscan -p ${target.host?.port ?? 22} ${target.host?.hostname} >> ${target.ssh.knownHostsFile}`);
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
            const error = new core_errors/* InfraError */.Ri(`Swarm node ${node.hostname} has no address to reach its engine at`, `add it to target.swarm.nodes: { ${node.hostname}: ssh://user@host }`);
            return { node, error };
        }
        try {
            const connection = await this.options.connect({ ...target, host });
            this.connections.push(connection);
            this.logger.debug(`Swarm node ${node.hostname}: engine at ${targetUrl(host)}`);
            return { node, docker: new adapters_docker/* DockerCli */.V(connection.runner, this.logger), runner: connection.runner };
        }
        catch (error) {
            return { node, error: error instanceof Error ? error : new core_errors/* InfraError */.Ri(String(error)) };
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
                throw new core_errors/* InfraError */.Ri(`the engine on ${this.where} is not part of a Swarm (${info.state})`, point);
            if (!info.manager)
                throw new core_errors/* InfraError */.Ri(`the engine on ${this.where} is a Swarm worker, not a manager`, point);
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
        if ((0,errors/* classifyDockerError */.PA)(result.stderr) === 'unreachable')
            return (0,errors/* unreachableError */.DZ)(this.where, result.stderr);
        const said = (0,errors/* dockerMessage */.QV)(result.stderr) || `exit ${result.exitCode}`;
        return new core_errors/* InfraError */.Ri(`could not ${what} on the Swarm manager ${this.where}: ${said}`);
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
                const error = new core_errors/* InfraError */.Ri(`Swarm says ${task.name} runs container ${task.containerId.slice(0, 12)} on ${host}, but that engine has no such running container`);
                return { host, error };
            }
            return { host, container, docker: engine.docker, task: facts };
        }
        catch (error) {
            return { host, error: error instanceof Error ? error : new core_errors/* InfraError */.Ri(String(error)) };
        }
    }
}

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
    return (0,dist/* stringify */.As)(version ? { version, services } : { services });
}
/** The `version` of a compose file's text, when it has one (null when it has none or is not a YAML mapping). */
function composeVersion(text) {
    try {
        const value = (0,dist/* parse */.qg)(text);
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
            throw new core_errors/* InfraError */.Ri(`cannot read ${files[0]} in ${target.dir} on ${manager.where}: ${first.stderr.trim()}`);
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
                    failures.push(`${hostname} (${(0,core_errors/* firstLineOf */.Qy)(error)})`);
                }
            }));
            if (failures.length) {
                throw new core_errors/* InfraError */.Ri(`could not load the images into ${failures.join(', ')}`, 'make every node reachable over ssh (target.swarm.nodes), or drain the nodes that are not (docker node update --availability drain)');
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
            throw new core_errors/* InfraError */.Ri(`no compose file in ${target.dir} on ${manager.where} to deploy the stack from`, 'set target.compose.files, or ship a compose.yaml / docker-compose.yml there');
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
            const each = failures.map((f) => `${f.host}: ${(0,core_errors/* firstLineOf */.Qy)(f.error)}`).join('; ');
            throw new core_errors/* InfraError */.Ri(`no host of ${this.where} could be asked (${each})`, (first.error instanceof core_errors/* InfraError */.Ri && first.error.hint) ||
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
    return error instanceof Error ? error : new Error((0,core_errors/* messageOf */.bD)(error));
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
            return { host: name, error: new core_errors/* InfraError */.Ri(options.notConnected) };
        try {
            const ssh = await openSshRunner({ ...config.target, host }, { logger, redactor });
            return { host: name, ssh };
        }
        catch (error) {
            return { host: name, error: error instanceof Error ? error : new core_errors/* InfraError */.Ri((0,core_errors/* messageOf */.bD)(error)) };
        }
    }));
    const members = [];
    const hosts = [];
    let first = null;
    for (const entry of connected) {
        if (!('ssh' in entry)) {
            logger.warn(`${entry.host} cannot be reached: ${(0,core_errors/* firstLineOf */.Qy)(entry.error)}`);
            members.push(entry);
            hosts.push(entry);
            continue;
        }
        const docker = new adapters_docker/* DockerCli */.V(entry.ssh, logger);
        const project = new ComposeCli(entry.ssh, {
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
            runtime: new EngineRuntime({ docker, project: project.project, services: config.services })
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
    return new git/* GitSourceTree */.qr(dir, new LocalRunner(logger, redactor));
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
    const localRunner = new LocalRunner(logger, redactor, options.early);
    const { compose } = config.target;
    // Files on this machine are read directly (no `compose config` round before a build); a remote target's only by compose.
    const composeAt = (runner, docker, dir) => new ComposeCli(runner, {
        dir,
        project: compose.project,
        files: compose.files,
        logger,
        docker,
        readsFiles: runner === localRunner
    });
    const shipOver = (remote) => new ShipTarget({ local: localRunner, remote, checkout: config.baseDir, dir: config.target.dir, logger });
    // The local engine's socket, for the archive fallback's stats; a remote engine is read through `docker cp` over ssh.
    const localDocker = new adapters_docker/* DockerCli */.V(localRunner, logger, { engineSocket: await localEngineSocket() });
    const build = {
        docker: localDocker,
        compose: composeAt(localRunner, localDocker, config.target.host || config.target.hosts ? config.baseDir : config.target.dir)
    };
    const publisher = new DockerPublisher(localRunner);
    // The target's settings hold a variable that is not set (it was loaded for layers that never reach it): never connect.
    const unset = (0,core_uses/* unresolvedFor */.hg)(config, ['target']);
    if (config.target.hosts) {
        const fleet = await connectFleet(config, {
            hosts: config.target.hosts,
            logger,
            redactor,
            localRunner,
            connect: options.connectTarget !== false && !unset,
            notConnected: unset ? `the fleet is not connected: ${unset.message}` : 'the fleet is not connected in this step'
        });
        const http = new UndiciHttpClient();
        const nodes = fleet.runtime.hosts;
        const engine = {
            build,
            // The side a single-target deploy would use; a fleet deploy works host by host (`fleet.hosts`).
            target: fleet.first ?? {
                docker: build.docker,
                compose: null,
                unavailable: new core_errors/* InfraError */.Ri('no host of the fleet could be reached')
            },
            runtime: fleet.runtime,
            nodes,
            http,
            tree: new git/* GitSourceTree */.qr(config.baseDir, localRunner),
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
        target = { docker: build.docker, compose: null, unavailable: new core_errors/* InfraError */.Ri(reason) };
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
                unavailable: error instanceof Error ? error : new core_errors/* InfraError */.Ri((0,core_errors/* messageOf */.bD)(error))
            };
            ship = null;
        }
    }
    const http = new UndiciHttpClient();
    const engineRuntime = new EngineRuntime({
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
        tree: new git/* GitSourceTree */.qr(config.baseDir, localRunner),
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

;// CONCATENATED MODULE: ./src/wiring/library.ts





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
/** Every configured layer of every feature (or `layers`), with the adapters opened and closed around it. */
async function library_verify(config, options = {}) {
    // Loaded for the asked layers only: a variable that only the others use need not be set.
    const loaded = await library_load(config, options.layers && usesOfLayers(options.layers));
    return withDeps(loaded, { logger: options.logger }, (deps) => verifyWith(loaded, deps, { layers: options.layers }));
}
/** Lock → ship → build → `up -d` → verify (→ rollback with `rollbackOnFail`), with the adapters opened and closed around it. */
async function library_deploy(config, options = {}) {
    const loaded = await library_load(config);
    const { logger, ...deployOptions } = options;
    return withDeps(loaded, { logger }, (deps) => deployWith(loaded, deps, deployOptions));
}
/** A config path is loaded (for `uses`, default everything); a loaded config must have what `uses` need resolved. */
async function library_load(config, uses) {
    if (typeof config === 'string')
        return loadConfig(config, process.env, uses ? { uses } : {});
    requireResolved(config, uses ?? CONFIG_USES);
    return config;
}

// EXTERNAL MODULE: ./src/core/layer-list.ts
var layer_list = __webpack_require__(1279);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
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
        config = ahead ?? (await (0,load/* loadConfig */.Z)(options.config, process.env, uses ? { uses } : {}));
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
                return await withDeps(config, { logger, redactor, early, ...options }, work);
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
        throw new core_errors/* UsageError */.eb(`unknown layer '${unknown.join(',')}' in --layers; expected some of ${model/* LAYERS */.RR.join(',')}`);
    return layers;
}
function parseFormat(value) {
    const format = value ?? 'text';
    if (!REPORT_FORMATS.includes(format)) {
        throw new core_errors/* UsageError */.eb(`unknown format '${format}'; expected one of ${REPORT_FORMATS.join(', ')}`);
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
        await (0,promises_.writeFile)(options.output, render(result, format));
        process.stderr.write(render(result, 'text', { color: useColor(options, process.stderr) }));
    }
    else {
        process.stdout.write(render(result, format, { color: format === 'text' && useColor(options) }));
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/build.ts



/** `driftcheck build`: compose-build the services from the checkout, stamped with the revision and creation labels. */
async function buildCommand(options) {
    // A build needs the compose project, never a probe's token or the target's settings.
    const ctx = await openContext(options, ['build']);
    // Images are built here from the checkout: the target is never contacted.
    return ctx.withDeps(async (deps) => {
        const compose = deps.build.compose;
        if (!compose)
            throw new core_errors/* InfraError */.Ri('no compose project to build from', `add a compose file to ${ctx.config.target.dir}`);
        const defined = await compose.services();
        const asked = options.services?.split(',').map((s) => s.trim()) ?? Object.keys(ctx.config.services);
        const services = asked.filter((svc) => defined[svc]?.builds);
        if (services.length === 0)
            throw new core_errors/* InfraError */.Ri(`none of ${asked.join(', ')} has a build section in the compose project`);
        const labels = await buildLabels(deps.tree, undefined, { fromWorkingTree: true, logger: ctx.logger });
        const revision = labels['org.opencontainers.image.revision'];
        ctx.logger.info(`building ${services.join(', ')} at ${revision?.slice(0, 7) ?? 'an uncommitted tree'}`);
        for (const image of await compose.build(services, labels)) {
            process.stdout.write(`${image.service}\t${image.ref}\t${image.id}\t${image.revision ?? '-'}\n`);
        }
        return 0;
    }, { connectTarget: false });
}

;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts







/** Adds `driftcheck deploy` to the program (main.ts passes its shared options and its exit-code runner). */
function registerDeploy(common, program, run) {
    common(program.command('deploy').description('ship to the target, compose build + up -d the services, then verify'))
        .option('--services <list>', 'comma-separated compose services (default: every configured service)')
        .addOption(
    // No commander default: a Swarm stack's default is `image`, a compose target's `source`.
    new esm/* Option */.c$('--strategy <strategy>', 'source: build on the target (the default); image: build here, ship images (the default on a Swarm); registry: build here, push to target.registry, pull there').choices(DEPLOY_STRATEGIES))
        .option('--rollback-on-fail', 'go back to the previously running images when the verification fails')
        .option('--batch <n>', 'a fleet (target.hosts): deploy and verify n hosts at a time (default 1)')
        .option('--layers <list>', 'layers the verification runs (comma-separated)')
        .option('--format <format>', 'report format', 'text')
        .option('-o, --output <file>', 'write the report in --format to this file')
        .action((opts) => run(() => deployCommand(opts))());
}
/**
 * `driftcheck deploy`: exit 0 when the deployed version verifies, 1 when it does not (rolled back or not), 3 when a step
 * could not be done (ssh, lock, build, up), 2 for bad usage.
 */
async function deployCommand(options) {
    const layers = parseLayers(options.layers);
    parseFormat(options.format);
    const strategy = options.strategy;
    if (strategy !== undefined && !DEPLOY_STRATEGIES.includes(strategy)) {
        throw new core_errors/* UsageError */.eb(`unknown strategy '${options.strategy}'; expected one of ${DEPLOY_STRATEGIES.join(', ')}`);
    }
    const batch = options.batch === undefined ? undefined : parseBatch(options.batch);
    const services = options.services
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const ctx = await openContext(options);
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
            const color = useColor(options, process.stderr);
            const stopped = 'rollout' in outcome ? outcome.rollout.stopped : null;
            const what = stopped ? `batch ${stopped.batch} (${stopped.hosts.join(', ')})` : 'verification';
            const then = outcome.rolledBack ? 'rolled back' : 'left as it is (no --rollback-on-fail)';
            process.stderr.write(`Deployed ${outcome.revision?.slice(0, 12) ?? 'HEAD'}: ${stopped ? `the verification of ${what}` : what} failed, ${then}.\n\n` +
                render(outcome.before, 'text', { color }) +
                `\n${stopped ? 'The fleet after the rollout:' : 'After the rollback:'}\n\n`);
        }
        await emitReport(outcome.result, options);
        // A fleet's rollout that stopped because a step could not be done (a build, a lock) is exit 3, like a single target's.
        if ('rollout' in outcome && outcome.rollout.stopped && !outcome.before)
            return 3;
        // The deploy's own verdict: a rolled-back deploy failed, whatever the previous version's verification says.
        return exitCodeFor((outcome.before ?? outcome.result).verdict);
    });
}
/** `--batch 2` → 2; anything but a whole number >= 1 is a usage error. */
function parseBatch(value) {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1)
        throw new core_errors/* UsageError */.eb(`--batch is '${value}', expected a whole number of hosts >= 1`);
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

;// CONCATENATED MODULE: ./src/core/compose/published-port.ts

function parsePortSpec(entry) {
    if (isMapping(entry)) {
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

;// CONCATENATED MODULE: ./src/init/compose.ts






/** `dir`: the compose file's folder relative to the repository root. Throws a one-line Error for what is not compose YAML. */
function parseComposeFile(text, file, dir = '') {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
        throw new Error(`${file}:${line}:${col}: invalid YAML: ${(0,core_errors/* firstLineOf */.Qy)(error).replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const raw = doc.toJS();
    if (!isMapping(raw) || !isMapping(raw.services))
        throw new Error(`${file}: no \`services:\` section`);
    return Object.entries(raw.services).map(([name, value]) => serviceOf(name, isMapping(value) ? value : {}, dir));
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
        return { context: compose_join(dir, build), dockerfile: 'Dockerfile' };
    if (!isMapping(build))
        return null;
    const context = compose_join(dir, typeof build.context === 'string' ? build.context : '.');
    const dockerfile = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
    return { context, dockerfile, ...(typeof build.target === 'string' ? { target: build.target } : {}) };
}
/** `8080:80`, `127.0.0.1:8080:80`, `80`, `"8080:80/tcp"`, the long form `{ target, published, host_ip }`. */
function portOf(value) {
    const written = isMapping(value) ? JSON.stringify(value) : String(value);
    const unknown = (reason) => ({ status: 'unknown', written, reason });
    const resolved = withoutVariables(value);
    if (resolved === null)
        return unknown('it uses a variable without a default (its value is known only where compose runs)');
    const spec = parsePortSpec(resolved);
    if ('problem' in spec)
        return unknown('it is not one container port (a range or a form init does not read)');
    if (spec.protocol !== 'tcp')
        return unknown(`it is a ${spec.protocol} port (driftcheck probes HTTP, over TCP)`);
    if (spec.published === null)
        return unknown('compose picks a random host port for it');
    const host = wholePort(spec.published);
    if (host === null)
        return unknown(`its host port \`${spec.published}\` is not one number`);
    return { status: 'published', host, container: spec.target, hostIp: spec.hostIp };
}
/** The port as compose would read it with no variable set (`${PORT:-8080}` → `8080`); null when a variable has no default. */
function withoutVariables(value) {
    const interpolate = (text) => interpolateCompose(text, {}, 'unknown');
    if (!isMapping(value))
        return interpolate(String(value));
    const fields = Object.entries(value).map(([key, field]) => [
        key,
        typeof field === 'string' ? interpolate(field) : field
    ]);
    return fields.some(([, field]) => field === null) ? null : Object.fromEntries(fields);
}
function compose_join(dir, path) {
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
var main = __webpack_require__(8390);
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
var picomatch = __webpack_require__(4006);
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
    const documents = files.filter((f) => OPENAPI_DOCUMENT.test(external_node_path_.posix.basename(f)) && !plan_skipped(f));
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
        .filter((f) => inside(service.context, f) && !plan_skipped(relativeTo(service.context, f)))
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
const plan_skipped = (path) => path.split('/').some((p) => p === 'node_modules' || p === 'dist' || p === 'build' || p.startsWith('.'));

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
        throw new core_errors/* UsageError */.eb(`cannot read the checkout ${root}: ${error.code === 'ENOENT' ? 'no such folder' : (error.code ?? error.message)}`);
    });
    // The files compose v2 would pick (it takes the first of several; v1 refuses several overrides).
    const found = composeFilesIn(files);
    const [composeFile] = found.files;
    const [override] = found.overrides;
    if (!composeFile)
        throw new core_errors/* UsageError */.eb(`no compose file in ${root}: looked for ${COMPOSE_FILE_NAMES.join(', ')}; init maps a compose project`);
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
        throw new core_errors/* UsageError */.eb(error.message);
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

;// CONCATENATED MODULE: ./src/cli/commands/init.ts








/**
 * `driftcheck init`: a commented driftcheck.yml from what the repository already says (compose file, Dockerfiles, folder
 * conventions, OpenAPI documents), written beside `--config`'s folder as the checkout's root. Never overwrites without --force.
 */
async function initCommand(options) {
    const file = options.config;
    if (!options.dryRun && !options.force && (await exists(file)))
        throw new core_errors/* UsageError */.eb(`${file} already exists; init never overwrites it (--force replaces it, --dry-run prints instead)`);
    const root = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    const plan = planInit(await readCheckout(root, await trackedFiles(root)));
    if (plan.services.length === 0)
        throw new core_errors/* UsageError */.eb(`${plan.read[0]}: no service has a \`build:\`; init maps the source into images built from this repository`);
    if (plan.discover.length === 0 && plan.features.length === 0)
        throw new core_errors/* UsageError */.eb(`nothing of the source could be mapped into an image: ${plan.todos.map((t) => t.text).join('; ')}`);
    const text = renderConfig(plan);
    try {
        (0,load/* parseConfig */.o)(text, file, {});
    }
    catch (error) {
        // The writer's own output must load: a config init cannot stand behind is never written.
        throw new Error(`init made a config driftcheck refuses (a bug in init, please report it): ${(0,core_errors/* messageOf */.bD)(error)}`);
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
    const tree = sourceTreeAt(root);
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

;// CONCATENATED MODULE: ./src/deploy/preview/urls.ts

/** The compose services a feature checks: its artifact paths and its probes name them. */
function urls_servicesOf(feature) {
    const named = [...Object.keys(feature.artifact), ...[...feature.routes, ...feature.auth].map((p) => p.service)];
    return [...new Set(named)];
}
/** Features that check a service the preview does not run: left out (a preview proves nothing about them). */
function leftOutFeatures(features, running) {
    return features
        .map((feature) => ({ feature: feature.name, services: urls_servicesOf(feature).filter((s) => !running.has(s)) }))
        .filter((left) => left.services.length > 0);
}
/** The URL's port as written, or its scheme's (80, 443). */
function urls_portOf(url) {
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
        throw new core_errors/* UsageError */.eb(`services.${service}.url: the preview cannot probe ${service}: its compose service publishes no tcp port`);
    const wanted = urls_portOf(new URL(url));
    const chosen = tcp.length === 1 ? tcp[0] : tcp.find((p) => p.requested === wanted);
    if (!chosen)
        throw new core_errors/* UsageError */.eb(`services.${service}.url: the preview cannot tell which of ${service}'s published ports (${tcp.map((p) => p.requested ?? p.target).join(', ')}) its URL (port ${wanted}) is`);
    if (!chosen.published)
        throw new core_errors/* UsageError */.eb(`the preview found no published port ${chosen.target} of ${service}`);
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
        .map((feature) => ({ feature: feature.name, services: urls_servicesOf(feature).filter((s) => down.has(s)) }))
        .filter((blocked) => blocked.services.length > 0);
}
/**
 * What was seen of a not-ready service's container (the check's `target`), as a layer's evidence says what it saw:
 * `exited with code 1`, `running, but not accepting on port 8080 (127.0.0.1:49213) within 30.0 s`.
 */
function notReadyObserved(n, readyTimeoutMs) {
    const within = formatDuration(readyTimeoutMs);
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
    const own = notReady.filter((n) => urls_servicesOf(feature).includes(n.service));
    const configured = configuredLayers(feature);
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
        verdict: judgeRun(features, { incomplete: options.incomplete }),
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
class PreviewNotReady extends core_errors/* InfraError */.Ri {
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
class PreviewCancelled extends core_errors/* InfraError */.Ri {
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
        const config = await step(expandConfig(written, deps));
        const defined = await step(project.services());
        const asked = startedServices(config, defined, project.dir);
        logger.info(`preview: project ${project.project}, starting ${asked.join(', ')} (${await step(project.version())})`);
        const revision = await step(deps.tree.revision());
        const labels = await step(buildLabels(deps.tree, { revision }, { fromWorkingTree: true, logger }));
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
        const ready = blocked.length === 0 || checkableFeatures(rewritten.config, layers).length > 0
            ? await step(verify(rewritten.config, engine, asks))
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
        const verdict = reports.length ? judgeRun(result.features, { incomplete: true }) : result.verdict;
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
    const before = early.length && checkableFeatures(blockedConfig, early).length
        ? await verify(blockedConfig, engine, { layers: early })
        : null;
    const found = earlyLayers(before);
    const state = newState(before?.revision ?? options.revision, options.layers);
    for (const feature of blockedConfig.features)
        state.results[feature.name] = { ...found.get(feature.name), ...notReadyLayers(feature, reports, options) };
    const parts = { ready: options.ready, blocked: finish(state, blockedConfig), blockedServices: before?.services };
    return combineResults(config, parts, { incomplete: true });
}
/** `preview.services`, or every configured service the compose file defines; an unknown one is a usage error. */
function startedServices(config, defined, dir) {
    const asked = config.preview?.services;
    if (asked) {
        const unknown = asked.filter((s) => !(s in defined));
        if (unknown.length)
            throw (0,core_errors/* undefinedServices */.lJ)(unknown, dir, Object.keys(defined));
        return [...asked];
    }
    const configured = Object.keys(config.services).filter((s) => s in defined);
    if (configured.length === 0)
        throw (0,core_errors/* undefinedServices */.lJ)(Object.keys(config.services), dir, Object.keys(defined));
    return configured;
}
/** `down -v --remove-orphans --rmi local`; a failure is logged (the leftovers named by the project), never swallowed silently. */
async function teardown(deps) {
    try {
        await deps.project.down();
        deps.logger.info(`preview: project ${deps.project.project} removed (containers, networks, volumes, built images)`);
    }
    catch (error) {
        deps.logger.error(`preview: tearing down project ${deps.project.project} failed: ${(0,core_errors/* firstLineOf */.Qy)(error)}; remove it with \`docker-compose -p ${deps.project.project} down -v\``);
        throw error;
    }
}
/** Each not-ready service with its last log lines: redacted, each cut. */
async function withLogs(deps, notReady, options) {
    const lines = options.logLines ?? DEFAULT_LOG_LINES;
    return Promise.all(notReady.map(async (n) => {
        const raw = await deps.project.logs(n.service, lines).catch(() => '');
        const cut = (0,core_errors/* lastLines */.w$)(deps.redactor.redact(raw), lines)
            .split('\n')
            .map((l) => (0,redact/* clipText */.gL)(l, LOG_LINE_MAX))
            .join('\n');
        return { ...n, logs: cut };
    }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
    const services = isMapping(config.services) ? config.services : {};
    const ports = {};
    const built = [];
    for (const [name, service] of Object.entries(services)) {
        if (!isMapping(service))
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
    const spec = parsePortSpec(entry);
    if ('problem' in spec) {
        if (spec.problem === 'target')
            throw new Error(`service ${service}: a published port without a container port (target)`);
        throw new Error(`service ${service}: cannot remap the published port '${String(entry)}' (a range or an unknown form); publish one container port per entry`);
    }
    return { target: spec.target, protocol: preview_config_protocolOf(spec.protocol, service), published: wholePort(spec.published) };
}
function preview_config_protocolOf(value, service) {
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
    const command = await detectCompose(runner);
    const source = new ComposeCli(runner, {
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
        if (error instanceof core_errors/* InfraError */.Ri)
            throw error;
        throw new core_errors/* InfraError */.Ri(`the preview cannot start the compose project in ${options.dir}: ${error.message}`);
    }
    const compose = new ComposeCli(runner, {
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
    const runner = new LocalRunner(logger, redactor);
    const docker = new adapters_docker/* DockerCli */.V(runner, logger, { engineSocket: await localEngineSocket() });
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
    const http = new UndiciHttpClient();
    return {
        project,
        docker,
        runtime: new EngineRuntime({ docker, project: project.project, services: {} }),
        http,
        tree: sourceTreeFor(config, logger, redactor),
        apis: apiDescriptionsFor(),
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

;// CONCATENATED MODULE: ./src/cli/commands/preview.ts








/**
 * `driftcheck preview`: build the checkout, start it on this machine's engine under a throwaway project, verify there, tear
 * down. Exit 0 pass, 1 drift, 3 could not check (a service that never became ready, unless a ready one's feature drifted),
 * 2 bad usage; 128+n when cancelled by signal n (after the teardown).
 */
async function previewCommand(options) {
    const layers = parseLayers(options.layers);
    parseFormat(options.format);
    const readyTimeoutMs = options.readyTimeout === undefined ? undefined : parseSeconds(options.readyTimeout);
    // The preview never reaches the configured target: its settings need not be set.
    const ctx = await openContext(options, (0,core_uses/* usesOfLayers */.Ic)(layers).filter((use) => use !== 'target'));
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
                process.stderr.write(notReadyText(result.preview));
            await emitReport(result, options);
            return exitCodeFor(result.verdict);
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
        throw new core_errors/* UsageError */.eb(`--ready-timeout is '${value}', expected whole seconds >= 1`);
    return n * 1000;
}

;// CONCATENATED MODULE: ./src/cli/commands/report.ts





/** `driftcheck report RESULT.json --format X`: re-render a saved result; the exit code follows its verdict. */
async function reportCommand(file, options) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new core_errors/* UsageError */.eb(`cannot read ${file}: ${error.code ?? String(error)}`);
    }
    const result = parseResult(text, file);
    await emitReport(result, options);
    return exitCodeFor(result.verdict);
}

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts




/** `driftcheck verify`: every configured layer, the fault line per feature; exit 0 pass, 1 drift, 3 could not check. */
async function verifyCommand(options) {
    const layers = parseLayers(options.layers);
    parseFormat(options.format); // a bad --format is a usage error before any work starts
    // Only what the asked layers use: a `--layers source,artifact` gate needs no probe token, no ssh user.
    const ctx = await openContext(options, (0,core_uses/* usesOfLayers */.Ic)(layers), layers);
    return ctx.withDeps(async (deps) => {
        const result = await verify(ctx.config, deps, { layers });
        await emitReport(result, options);
        return exitCodeFor(result.verdict);
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const formatOption = () => new esm/* Option */.c$('--format <format>', 'report format').choices(REPORT_FORMATS).default('text');
/** Runs the CLI and resolves to its exit code: 0 pass · 1 drift · 2 bad config/usage · 3 could not check. */
async function main_main(argv) {
    let exitCode = 0;
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
        .action((opts) => run(() => verifyCommand(opts))());
    common(program.command('build').description('build the services’ images, stamped with the revision label'))
        .option('--services <list>', 'comma-separated services (default: every configured service with a build)')
        .action((opts) => run(() => buildCommand(opts))());
    registerDeploy(common, program, run);
    common(program
        .command('preview')
        .description('build the checkout, start it on this machine under a throwaway compose project, verify there, tear down'))
        .option('--layers <list>', 'comma-separated subset of source,artifact,container,route,auth')
        .option('--ready-timeout <seconds>', 'how long the started services may take to run and accept connections', '60')
        .addOption(formatOption())
        .option('-o, --output <file>', 'write the report in --format to this file (a text summary still goes to stdout)')
        .action((opts) => run(() => previewCommand(opts))());
    program
        .command('init')
        .description('write a driftcheck.yml from what the repository already says (compose, Dockerfiles, folders, OpenAPI)')
        .option('-c, --config <file>', 'the config file to write (its folder is the checkout read)', config/* DEFAULT_CONFIG_FILE */.C)
        .option('--dry-run', 'print the config instead of writing it')
        .option('--force', 'replace an existing config file')
        .action((opts) => run(() => initCommand(opts))());
    program
        .command('report')
        .description('render a saved JSON result in another format')
        .argument('<result.json>')
        .addOption(formatOption())
        .option('-o, --output <file>', 'write to this file instead of stdout')
        .option('--no-color', 'plain output')
        .action((file, opts) => run(() => reportCommand(file, opts))());
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
    const message = (0,core_errors/* messageOf */.bD)(error);
    const hint = error instanceof core_errors/* InfraError */.Ri && error.hint ? ` (${error.hint})` : '';
    // Redacted before the lines are dropped: a multi-line secret cut to its first line is no longer the secret.
    process.stderr.write(`driftcheck: ${errorLine(redactForDisplay(message))}${redactForDisplay(hint)}\n`);
    if (process.env.DRIFTCHECK_DEBUG && error instanceof Error)
        process.stderr.write(redactForDisplay(`${error.stack}`) + '\n');
    return (0,core_errors/* exitCodeForError */.Lo)(error);
}


/***/ })

};
