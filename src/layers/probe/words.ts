/** The route and auth layers' sentences: one per probe, and the layer's summary made from them. */
import type { ProbeConfig } from '../../core/config.js'
import type { Check, ControlCheck, LayerStatus } from '../../core/model.js'
import { formatDuration } from '../../core/units.js'
import { isSuccess } from './control.js'
import { ABSENT_STATUSES } from './expectation.js'
import type { ProbeOutcome } from './retry.js'

export type ProbeLayer = 'route' | 'auth'

/** One probe's result, as a person would say it. */
export function probeSentence(
  layer: ProbeLayer,
  probe: Pick<ProbeConfig, 'method' | 'path' | 'timeoutMs' | 'expect'>,
  outcome: ProbeOutcome,
  /** ` on node-2` for a probe of a node's own URL. */
  where = ''
): string {
  const request = `${probe.method} ${probe.path}${where}`
  const code = outcome.httpStatus
  if (outcome.status === 'error' && outcome.attempts === 0) return `${request} was not sent: ${outcome.observed}`
  if (outcome.status === 'error') {
    return `${request} got no answer within ${formatDuration(probe.timeoutMs, 'setting')}: ${outcome.observed}`
  }
  const answered = `${request} answered ${describeOutcome(outcome)}`
  const kind = probe.expect.status.kind
  if (outcome.status === 'pass') {
    if (layer === 'route' && kind === 'protected')
      return `${request} answered ${code}: the route is there, it wants credentials`
    if (layer === 'route') return `${request} answered ${code}: the route is there`
    return `${request} answered ${code} as expected with credentials`
  }
  if (code !== undefined && ABSENT_STATUSES.includes(code)) {
    return `${answered}: the ${layer === 'route' ? 'route' : 'authenticated route'} is missing`
  }
  if (layer === 'route' && kind === 'protected' && code !== undefined && code >= 200 && code < 400) {
    return `${answered}: the route answers without credentials, expected ${outcome.expected}`
  }
  if (layer === 'auth' && (code === 401 || code === 403)) {
    return `${answered}: the credentials were refused, expected ${outcome.expected}`
  }
  return `${answered}: expected ${outcome.expected}`
}

/** What would tell the path apart, said where a probe proved nothing. */
const WHAT_WOULD_DISCRIMINATE: Record<ProbeLayer, string> = {
  route:
    'an authenticated probe (with credentials such servers answer 404 for unknown paths), a bodyContains/json check, ' +
    'or a route that answers differently',
  auth: 'a bodyContains/json check, or a route that answers differently'
}

/**
 * A probe that met its expectation, but a path that cannot exist answers alike (`control`), or the control got no answer:
 * `GET /api/x answered 401, and so does GET /api/driftcheck-control-…, a path that cannot exist: this proves nothing; …`.
 */
export function provesNothingSentence(
  layer: ProbeLayer,
  request: string,
  outcome: ProbeOutcome,
  control: { request: string; check: ControlCheck }
): string {
  const asExpected = layer === 'auth' ? ' as expected with credentials' : ''
  const answered = `${request} answered ${outcome.httpStatus}${asExpected}`
  if (control.check.comparison === 'unknown') {
    const got =
      control.check.httpStatus === undefined
        ? `got no answer (${control.check.observed})`
        : `answered ${control.check.observed}`
    return `${answered}, but its control ${control.request} (a path that cannot exist) ${got}: with nothing to compare it with, this proves nothing`
  }
  const sameBody = isSuccess(outcome.httpStatus) ? ' with the same body' : ''
  return `${answered}, and so does ${control.request}${sameBody}, a path that cannot exist: this proves nothing; what would: ${WHAT_WOULD_DISCRIMINATE[layer]}`
}

/**
 * A route probe that proved nothing, decided by an authenticated probe of the same request that does discriminate:
 * `GET /api/x answered 401 like a path that cannot exist; with credentials it answered 404 (…): the route is missing`.
 */
export function decidedSentence(route: Check, auth: Check, present: boolean): string {
  const alike = (route.controls ?? []).some((control) => control.comparison === 'same')
    ? 'like a path that cannot exist'
    : 'with no control answer to compare it with'
  const head = `${requestWords(route.target)}${route.host ? ` on ${route.host}` : ''} answered ${route.httpStatus} ${alike}`
  if (!present) return `${head}; with credentials it answered ${auth.observed}: the route is missing`
  const controls = (auth.controls ?? []).map((control) => control.httpStatus ?? control.observed)
  const where = controls.length
    ? ` where a path that cannot exist answered ${[...new Set(controls)].join(' and ')}`
    : ''
  return `${head}, but with credentials it answered ${auth.httpStatus}${where}: the route is there`
}

/**
 * An authenticated probe's 404 where the route probe of the same request proved the route there:
 * `GET /api/users/42 answered 404 User not found with credentials, while without them it answered 401, unlike a path that
 * cannot exist: the route is there, the resource asked for does not exist (check the probe's path or data)`.
 */
export function resourceMissingSentence(auth: Check, route: Check): string {
  const request = `${requestWords(auth.target)}${auth.template ? ` (from ${auth.template})` : ''}`
  return (
    `${request} answered ${auth.observed} with credentials, while without them it answered ${route.httpStatus}, ` +
    `unlike a path that cannot exist: the route is there, the resource asked for does not exist (check the probe's path or data)`
  )
}

/** fail outranks error, error outranks pass. */
export function layerStatus(checks: readonly Check[]): LayerStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail'
  if (checks.some((check) => check.status === 'error')) return 'error'
  return 'pass'
}

/** The layer's sentence: the one probe's, or the first probe with the layer's status and how many share it. */
export function summariseChecks(layer: ProbeLayer, checks: readonly Check[]): string {
  const noun = layer === 'route' ? 'routes' : 'authenticated probes'
  const status = layerStatus(checks)
  const sentenceOf = (check: Check) => check.summary ?? `${check.target} answered ${check.observed}`
  if (status === 'pass') {
    if (checks.length === 1) return sentenceOf(checks[0]!)
    const decided = checks.filter((check) => check.decidedBy).length
    const by = decided ? ` (${decided} decided by the authenticated probe)` : ''
    return `all ${checks.length} ${noun} answered as expected${by}`
  }
  const bad = checks.filter((check) => check.status === status)
  const more =
    checks.length > 1
      ? ` (${bad.length} of ${checks.length} ${noun} ${status === 'fail' ? 'failed' : 'unchecked'})`
      : ''
  return `${sentenceOf(bad[0]!)}${more}`
}

/** `GET https://api.example.com/x?y` → `GET /x?y`: the request as the other sentences say it. */
export function requestWords(target: string): string {
  const space = target.indexOf(' ')
  if (space < 0) return target
  try {
    const url = new URL(target.slice(space + 1))
    return `${target.slice(0, space)} ${url.pathname}${url.search}`
  } catch {
    return target
  }
}

/** `404 (Route not found)`, `200, body lacks "x"`: the status, what the server said, the unmet check. */
function describeOutcome(outcome: ProbeOutcome): string {
  const said = outcome.snippet ? ` (${outcome.snippet})` : ''
  const unmet = outcome.detail ? `, ${outcome.detail}` : ''
  return `${outcome.httpStatus}${said}${unmet}`
}

/** `/api/articles/hello-drift (from /api/articles/:slug)`: the path sent, and its template when parameters filled it. */
export function shownPath(template: string, sent: string): string {
  return template === sent ? sent : `${sent} (from ${template})`
}
