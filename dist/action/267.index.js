export const id = 267;
export const ids = [267,429,825];
export const modules = {

/***/ 34825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attempt: () => (/* binding */ attempt),
/* harmony export */   publishGitHubReports: () => (/* binding */ publishGitHubReports),
/* harmony export */   statusDescription: () => (/* binding */ statusDescription)
/* harmony export */ });
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63429);

/** Room left in a release body for driftcheck's section (GitHub takes 125000 characters in all). */
const RELEASE_SECTION_MAX_LENGTH = 60_000;
const STATUS_STATE = {
    pass: 'success',
    fail: 'failure',
    error: 'error'
};
// `error` is a failure too: a check that could not be checked must never read as green (neutral counts as passing).
const CHECK_CONCLUSION = {
    pass: 'success',
    fail: 'failure',
    error: 'failure'
};
/**
 * Posts the commit status, the check run, the sticky PR comment and the release section, each on its own: one that the token
 * may not write (a fork's read-only token) or that GitHub refuses becomes a warning, and the others still go out.
 */
async function publishGitHubReports(client, report) {
    const { settings, context, outcome, logger } = report;
    const owner = context.owner;
    const repo = context.repo;
    const safe = (text) => report.redactor.redact(text);
    let commentUrl = '';
    const description = statusDescription(outcome);
    const headSha = () => resolveHeadSha(client, context);
    await attempt('commit status', 'statuses: write', logger, async () => {
        if (!settings.commitStatus)
            return;
        await (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .setCommitStatus */ .MX)(client, {
            owner,
            repo,
            sha: await headSha(),
            state: STATUS_STATE[outcome.verdict],
            context: settings.statusContext,
            description: safe(description),
            ...(context.runUrl ? { targetUrl: context.runUrl } : {})
        });
    });
    await attempt('check run', 'checks: write', logger, async () => {
        if (!settings.checkRun)
            return;
        await (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .publishCheckRun */ .Nm)(client, {
            owner,
            repo,
            name: settings.statusContext,
            headSha: await headSha(),
            conclusion: CHECK_CONCLUSION[outcome.verdict],
            title: safe(description),
            summary: safe(report.markdown(_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_SUMMARY_MAX_LENGTH */ .I0)),
            annotations: report.annotations.map((a) => ({ ...a, message: safe(a.message), title: a.title && safe(a.title) })),
            ...(context.runUrl ? { detailsUrl: context.runUrl } : {})
        });
    });
    await attempt('PR comment', 'pull-requests: write', logger, async () => {
        if (!settings.comment || context.pullNumber === null)
            return;
        const login = await (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenLogin */ .nu)(client);
        const body = safe(report.markdown(_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_MAX_LENGTH */ .Gi - report.marker.length - 1));
        const out = await (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .upsertStickyComment */ .qD)(client, {
            owner,
            repo,
            issueNumber: context.pullNumber,
            marker: report.marker,
            login,
            body
        });
        logger.info(`driftcheck ${out.action} the PR comment ${out.url}`);
        commentUrl = out.url;
    });
    await attempt('release notes', 'contents: write', logger, async () => {
        if (context.releaseId === null)
            return;
        const section = safe(report.markdown(RELEASE_SECTION_MAX_LENGTH));
        const out = await (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .updateReleaseNotes */ .ev)(client, { owner, repo, releaseId: context.releaseId }, section);
        logger.info(`driftcheck updated the release notes of ${out.url}`);
    });
    return { commentUrl };
}
/** A PR's status belongs on its head commit (branch protection looks there), not on the merge commit GITHUB_SHA names. */
async function resolveHeadSha(client, context) {
    if (context.pullHeadSha)
        return context.pullHeadSha;
    if (context.pullNumber !== null) {
        return (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .getPullRequestHead */ .LG)(client, { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber });
    }
    return context.sha;
}
function statusDescription(outcome) {
    const broken = outcome.faultLines.length;
    if (outcome.verdict === 'pass')
        return 'driftcheck: every feature lines up on all checked layers';
    if (outcome.verdict === 'fail') {
        const first = outcome.faultLines.find((f) => f.verdict !== 'error');
        return `driftcheck: ${broken} feature${broken === 1 ? '' : 's'} not lined up${first ? ` — ${first.feature}: ${first.verdict}` : ''}`;
    }
    return 'driftcheck: could not check everything (never a pass) — see the run';
}
/** Runs one GitHub write; a refusal becomes a warning naming the permission, never a failed job. */
async function attempt(what, permission, logger, body) {
    try {
        await body();
    }
    catch (error) {
        const cause = (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(error);
        if ((0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermissionDenied */ .T1)(error)) {
            logger.warn(`driftcheck could not write the ${what}: the token may not (${cause}). Fork PRs get a read-only token; ` +
                `otherwise grant \`permissions: ${permission}\`. The job summary has the report.`);
        }
        else {
            logger.warn(`driftcheck could not write the ${what}: ${cause}. The job summary has the report.`);
        }
    }
}


/***/ }),

/***/ 98267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WATCH_LABEL: () => (/* binding */ WATCH_LABEL),
  keepWatchIssue: () => (/* binding */ keepWatchIssue)
});

// EXTERNAL MODULE: ./src/adapters/github.ts + 10 modules
var github = __webpack_require__(63429);
// EXTERNAL MODULE: ./src/action/github-reports.ts
var github_reports = __webpack_require__(34825);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/action/watch-issue.ts

/** The events a drift watch runs on: between deploys, not on a PR or a push. */
const WATCH_EVENTS = ['schedule', 'workflow_dispatch'];
const STATE_START = '<!-- driftcheck:watch-state ';
const STATE_END = ' -->';
/**
 * What a watch run does to the issue: a drift opens or updates it, a pass closes it; a run that could not check leaves
 * it alone unless `fail-on: error` counts that as a failure (then it opens or updates it too).
 */
function watchAction(outcome, failOn) {
    if (outcome.verdict === 'pass')
        return 'close';
    if (outcome.verdict === 'fail' || failOn === 'error')
        return 'keep-open';
    return 'leave';
}
/** The state a body carries, or null (no state, or not ours to read). */
function readWatchState(body) {
    const start = body.indexOf(STATE_START);
    if (start < 0)
        return null;
    const end = body.indexOf(STATE_END, start + STATE_START.length);
    if (end < 0)
        return null;
    try {
        const state = JSON.parse(body.slice(start + STATE_START.length, end));
        const valid = !Number.isNaN(Date.parse(state.since)) && Number.isInteger(state.runs) && Array.isArray(state.faultLines);
        return valid ? state : null;
    }
    catch {
        return null;
    }
}
/** The hidden comment: `>` escaped, so no feature name can end the HTML comment early. */
function writeWatchState(state) {
    return `${STATE_START}${JSON.stringify(state).replace(/>/g, '\\u003e')}${STATE_END}`;
}
function changesSince(before, now) {
    const was = new Map(before.map((f) => [f.feature, f.verdict]));
    const is = new Map(now.map((f) => [f.feature, f.verdict]));
    return {
        appeared: now.filter((f) => !was.has(f.feature)).map((f) => f.feature),
        changed: now
            .filter((f) => was.has(f.feature) && was.get(f.feature) !== f.verdict)
            .map((f) => `${f.feature}: ${was.get(f.feature)} → ${f.verdict}`),
        cleared: before.filter((f) => !is.has(f.feature)).map((f) => f.feature)
    };
}
/** The issue's title and body for a failing run, carrying the state forward from the last one (null: a new stretch). */
function watchIssueText(previous, run, maxLength) {
    const { outcome, now } = run;
    const verdict = outcome.verdict === 'pass' ? 'fail' : outcome.verdict;
    const state = {
        since: previous?.since ?? now,
        runs: (previous?.runs ?? 0) + 1,
        verdict,
        faultLines: outcome.faultLines.map((f) => ({ feature: f.feature, verdict: f.verdict }))
    };
    const title = verdict === 'fail'
        ? `driftcheck: production drifted (${run.label})`
        : `driftcheck: production could not be checked (${run.label})`;
    const lines = [
        `**${verdict === 'fail' ? 'Drifting' : 'Not checkable'} for ${(0,units/* formatDuration */.a3)(Date.parse(now) - Date.parse(state.since))}** ` +
            `— since ${state.since}, ${state.runs} failing run${state.runs === 1 ? '' : 's'}` +
            (run.runUrl ? `, the last one [here](${run.runUrl})` : '') +
            '.',
        '',
        '**Since the last run:** ' + describeChanges(previous, outcome.faultLines),
        ''
    ];
    const head = lines.join('\n');
    const tail = `\n\n${writeWatchState(state)}`;
    const room = Math.max(0, maxLength - head.length - tail.length - 1);
    return { title, body: `${head}\n${run.markdown(room)}${tail}`, state };
}
function describeChanges(previous, now) {
    if (!previous)
        return 'this is the first failing run.';
    const { appeared, changed, cleared } = changesSince(previous.faultLines, now);
    const parts = [
        appeared.length ? `newly failing ${appeared.join(', ')}` : '',
        changed.length ? `changed ${changed.join('; ')}` : '',
        cleared.length ? `passing again ${cleared.join(', ')}` : ''
    ].filter(Boolean);
    return parts.length ? `${parts.join('; ')}.` : 'nothing changed.';
}
/** The comment that closes the issue: how long it lasted, and the run that passed. */
function closingComment(previous, now, runUrl) {
    const lasted = previous
        ? ` after ${(0,units/* formatDuration */.a3)(Date.parse(now) - Date.parse(previous.since))} (${previous.runs} failing run${previous.runs === 1 ? '' : 's'})`
        : '';
    return `driftcheck passes again${lasted}: every feature lines up on all checked layers${runUrl ? ` — [the run](${runUrl})` : ''}.`;
}

;// CONCATENATED MODULE: ./src/action/github-watch.ts



/** The label the watch issue carries (GitHub creates it on first use). */
const WATCH_LABEL = 'driftcheck';
/**
 * On a scheduled or dispatched run: one issue per config, opened when production drifts, updated in place while it does,
 * closed with a comment when a run passes. A run that could not check touches it only when `fail-on: error` says so.
 */
async function keepWatchIssue(client, run) {
    const { context, logger } = run;
    if (!WATCH_EVENTS.includes(context.eventName)) {
        return logger.info(`issue: true watches on ${WATCH_EVENTS.join(' / ')}; this run is '${context.eventName}'`);
    }
    const action = watchAction(run.outcome, run.failOn);
    if (action === 'leave') {
        return logger.info(`driftcheck could not check; the watch issue is left as it is (fail-on: ${run.failOn})`);
    }
    await (0,github_reports.attempt)('watch issue', 'issues: write', logger, async () => {
        const where = { owner: context.owner, repo: context.repo };
        const login = await (0,github/* tokenLogin */.nu)(client);
        const found = await (0,github/* findWatchIssue */.C)(client, { ...where, marker: run.marker, login });
        const previous = found ? readWatchState(found.body) : null;
        const now = run.now ?? new Date().toISOString();
        if (action === 'close') {
            if (!found)
                return logger.info('driftcheck passes; no watch issue is open');
            await (0,github/* closeIssue */.wS)(client, { ...where, number: found.number }, closingComment(previous, now, context.runUrl));
            return logger.info(`driftcheck closed the watch issue ${found.url}`);
        }
        const text = watchIssueText(previous, { ...run, now, runUrl: context.runUrl }, github/* ISSUE_BODY_MAX_LENGTH */.he - run.marker.length - 1);
        const body = `${run.marker}\n${run.redactor.redact(text.body)}`;
        const title = run.redactor.redact(text.title);
        if (found) {
            await (0,github/* updateIssue */.tt)(client, { ...where, number: found.number }, { title, body });
            return logger.info(`driftcheck updated the watch issue ${found.url} (failing run ${text.state.runs})`);
        }
        const opened = await (0,github/* openIssue */.YZ)(client, where, { title, body, labels: [WATCH_LABEL] });
        logger.info(`driftcheck opened the watch issue ${opened.url}`);
    });
}


/***/ }),

/***/ 63429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I0: () => (/* reexport */ CHECK_SUMMARY_MAX_LENGTH),
  Gi: () => (/* reexport */ COMMENT_MAX_LENGTH),
  he: () => (/* reexport */ ISSUE_BODY_MAX_LENGTH),
  wS: () => (/* reexport */ closeIssue),
  Yy: () => (/* reexport */ createDeployment),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  dZ: () => (/* reexport */ describeGitHubError),
  C: () => (/* reexport */ findWatchIssue),
  LG: () => (/* reexport */ getPullRequestHead),
  T1: () => (/* reexport */ isPermissionDenied),
  YZ: () => (/* reexport */ openIssue),
  Nm: () => (/* reexport */ publishCheckRun),
  MX: () => (/* reexport */ setCommitStatus),
  e9: () => (/* reexport */ setDeploymentStatus),
  nu: () => (/* reexport */ tokenLogin),
  tt: () => (/* reexport */ updateIssue),
  ev: () => (/* reexport */ updateReleaseNotes),
  qD: () => (/* reexport */ upsertStickyComment)
});

// UNUSED EXPORTS: ACTIONS_BOT_LOGIN, ANNOTATIONS_PER_REQUEST, DEPLOYMENT_DESCRIPTION_MAX_LENGTH, DO_NOT_RETRY, RELEASE_BODY_MAX_LENGTH, SECTION_END, SECTION_START, STATUS_DESCRIPTION_MAX_LENGTH, chunk, httpStatus, replaceSection

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(11267);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts




/** The one Octokit the action uses: retries transient failures, waits out rate limits, never retries a 4xx that will not change. */
const DriftOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** 4xx answers that a retry cannot change (bad request, no permission, not found, gone, invalid). 429 is left to the throttler. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
function createGitHubClient(options) {
    const logger = options.logger ?? ports/* silentLogger */.qq;
    const maxRateLimitRetries = 2;
    return new DriftOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'driftcheck-action',
        // Octokit's own log goes through our logger: debug noise stays out of the job log.
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => logger.debug(m),
            error: (m) => logger.debug(m)
        },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: options.retries ?? 3,
            ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {})
        },
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warn(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warn(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
                return retryCount < 1;
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/errors.ts
/** What GitHub said, in one line, without the request (its headers carry the token). */
function describeGitHubError(error) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return status ? `${status} ${message}` : (message ?? 'unknown error');
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * The token may not write here: a fork PR's read-only GITHUB_TOKEN (403 "Resource not accessible by integration"),
 * a workflow without `permissions:` for it, or a repository the token cannot see (404).
 */
function isPermissionDenied(error) {
    const status = httpStatus(error);
    return status === 401 || status === 403 || status === 404;
}

;// CONCATENATED MODULE: ./src/adapters/github/identity.ts

/** The login every workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app) writes comments as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * Who the token writes as, so the sticky comment we update is only ever one of our own. `GET /user` answers for personal
 * tokens; installation tokens (GITHUB_TOKEN) get 403 "Resource not accessible by integration" and write as the Actions bot.
 */
async function tokenLogin(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        if (httpStatus(error) === 403)
            return ACTIONS_BOT_LOGIN;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/comment.ts
/** GitHub rejects issue comments longer than this (characters). */
const COMMENT_MAX_LENGTH = 65_536;
/**
 * One comment per PR and config, updated in place: the first comment (oldest first, all pages) that carries the marker
 * and was written by the token's own identity is updated; otherwise a new one is created. A marker pasted by someone
 * else is never taken over.
 */
async function upsertStickyComment(octokit, comment) {
    const { owner, repo, issueNumber, marker, login } = comment;
    const body = `${marker}\n${comment.body}`;
    const existing = await findComment(octokit, { owner, repo, issueNumber, marker, login });
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}
async function findComment(octokit, where) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issueNumber,
        per_page: 100
    });
    for await (const { data } of pages) {
        const ours = data.find((c) => c.user?.login === where.login && (c.body ?? '').startsWith(where.marker));
        if (ours)
            return ours.id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/github/check-run.ts
/** The Checks API takes at most 50 annotations per request; more go in follow-up updates of the same run. */
const ANNOTATIONS_PER_REQUEST = 50;
/** `output.summary` / `output.text` limit (characters). */
const CHECK_SUMMARY_MAX_LENGTH = 65_535;
/** Creates a completed check run carrying the first 50 annotations, then adds the rest 50 per update. Returns its URL. */
async function publishCheckRun(octokit, report) {
    const { owner, repo, title, summary } = report;
    const batches = chunk(report.annotations, ANNOTATIONS_PER_REQUEST);
    const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name: report.name,
        head_sha: report.headSha,
        status: 'completed',
        conclusion: report.conclusion,
        completed_at: new Date().toISOString(),
        ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
        output: { title, summary, ...(batches[0] ? { annotations: batches[0] } : {}) }
    });
    for (const annotations of batches.slice(1)) {
        await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: { title, summary, annotations } });
    }
    return { id: data.id, url: data.html_url ?? '' };
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
;// CONCATENATED MODULE: ./src/adapters/github/status.ts

/** The status description is cut by GitHub at 140 characters. */
const STATUS_DESCRIPTION_MAX_LENGTH = 140;
async function setCommitStatus(octokit, status) {
    await octokit.rest.repos.createCommitStatus({
        owner: status.owner,
        repo: status.repo,
        sha: status.sha,
        state: status.state,
        context: status.context,
        description: (0,redact/* clipText */.gL)(status.description, STATUS_DESCRIPTION_MAX_LENGTH),
        ...(status.targetUrl ? { target_url: status.targetUrl } : {})
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/pulls.ts
/** The head commit of a PR, for events that name the PR but not its head (an `issue_comment` on a PR). */
async function getPullRequestHead(octokit, where) {
    const { data } = await octokit.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.pullNumber });
    return data.head.sha;
}

;// CONCATENATED MODULE: ./src/adapters/github/release.ts
const SECTION_START = '<!-- driftcheck:start -->';
const SECTION_END = '<!-- driftcheck:end -->';
/** GitHub rejects release bodies longer than this (characters). */
const RELEASE_BODY_MAX_LENGTH = 125_000;
/**
 * The release notes with driftcheck's section replaced: the text between the first start marker and the next end marker
 * (markers included) gives way to the new section; without markers the section is appended. Everything else stays byte for byte.
 */
function replaceSection(body, section) {
    const block = `${SECTION_START}\n${section.trim()}\n${SECTION_END}`;
    const start = body.indexOf(SECTION_START);
    const end = start < 0 ? -1 : body.indexOf(SECTION_END, start + SECTION_START.length);
    if (start >= 0 && end >= 0)
        return body.slice(0, start) + block + body.slice(end + SECTION_END.length);
    if (!body.trim())
        return block;
    return `${body.replace(/\s+$/, '')}\n\n${block}`;
}
/** Reads the release fresh (the event payload may be stale on a rerun) and writes the notes with the section replaced. */
async function updateReleaseNotes(octokit, where, section) {
    const { owner, repo, releaseId } = where;
    const { data: release } = await octokit.rest.repos.getRelease({ owner, repo, release_id: releaseId });
    const body = replaceSection(release.body ?? '', section);
    const { data } = await octokit.rest.repos.updateRelease({ owner, repo, release_id: releaseId, body });
    return { url: data.html_url };
}

;// CONCATENATED MODULE: ./src/adapters/github/deployment.ts

/**
 * Creates a deployment of `ref` to the environment. `required_contexts: []` because the verification is what decides,
 * not the commit's other statuses (the default would refuse a commit whose checks are still running); no auto-merge.
 */
async function createDeployment(octokit, deployment) {
    const { owner, repo, ref, environment, description } = deployment;
    const { data, status } = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref,
        environment,
        description,
        auto_merge: false,
        required_contexts: []
    });
    // 202 is GitHub merging the default branch first (only with auto_merge): no deployment was made.
    if ('id' in data)
        return { id: data.id };
    throw new Error(`GitHub made no deployment (${status}: ${data.message ?? 'no id'})`);
}
/** GitHub cuts a deployment status's description at 140 characters. */
const DEPLOYMENT_DESCRIPTION_MAX_LENGTH = 140;
async function setDeploymentStatus(octokit, status) {
    await octokit.rest.repos.createDeploymentStatus({
        owner: status.owner,
        repo: status.repo,
        deployment_id: status.deploymentId,
        state: status.state,
        description: (0,redact/* clipText */.gL)(status.description, DEPLOYMENT_DESCRIPTION_MAX_LENGTH),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {})
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/issue.ts
/** GitHub rejects issue bodies longer than this (characters). */
const ISSUE_BODY_MAX_LENGTH = 65_536;
/**
 * The open issue this config's watch keeps: opened by the token's own identity and starting with the marker (oldest
 * first, all pages). Pull requests are issues to the API too: skipped. A marker pasted by someone else is never taken over.
 */
async function findWatchIssue(octokit, where) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner: where.owner,
        repo: where.repo,
        state: 'open',
        creator: where.login,
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    for await (const { data } of pages) {
        const ours = data.find((i) => !i.pull_request && i.user?.login === where.login && (i.body ?? '').startsWith(where.marker));
        if (ours)
            return { number: ours.number, body: ours.body ?? '', url: ours.html_url };
    }
    return null;
}
async function openIssue(octokit, where, issue) {
    const { data } = await octokit.rest.issues.create({ ...where, ...issue });
    return { number: data.number, body: data.body ?? '', url: data.html_url };
}
async function updateIssue(octokit, where, issue) {
    await octokit.rest.issues.update({ owner: where.owner, repo: where.repo, issue_number: where.number, ...issue });
}
/** Says why in a comment, then closes the issue as completed. */
async function closeIssue(octokit, where, comment) {
    const { owner, repo, number } = where;
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: comment });
    await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
/** GitHub's REST API for the action: one retrying, throttled Octokit and the few things driftcheck writes. */












/***/ })

};
