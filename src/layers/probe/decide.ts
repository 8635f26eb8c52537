/**
 * "Another probe of the feature decides": a route probe that proved nothing on its own (every path answers 401, or the same
 * page) is decided by the authenticated probe of the same request — same service, method and URL — when that one does
 * discriminate. With credentials it answered 404/405/501 → the route is missing (`fail`); its answer differs from every
 * control's → the route is there (`pass`). Without such a probe the route stays `error`: never a pass.
 * Pure, over both layers' results: the engine's probe phase calls it once route and auth are done.
 */
import type { Check, LayerResult } from '../../core/model.js'
import { discriminates, provesNothing } from './control.js'
import { ABSENT_STATUSES } from './expectation.js'
import { decidedSentence, layerStatus, resourceMissingSentence, summariseChecks } from './words.js'

/** Every feature's route result, with the probes that proved nothing decided by the auth layer's where it can. */
export function decideRoutesByAuth(
  route: Map<string, LayerResult>,
  auth: Map<string, LayerResult> | undefined
): Map<string, LayerResult> {
  const decided = new Map<string, LayerResult>()
  for (const [feature, result] of route) decided.set(feature, decideRoute(result, auth?.get(feature)))
  return decided
}

export function decideRoute(route: LayerResult, auth: LayerResult | undefined): LayerResult {
  const checks = route.evidence.checks ?? []
  const authChecks = auth?.evidence.checks ?? []
  if (authChecks.length === 0 || !checks.some(provesNothing)) return route
  let changed = false
  const decided = checks.map((check): Check => {
    if (!provesNothing(check)) return check
    const same = authChecks.filter((a) => a.target === check.target && a.service === check.service)
    // A 404 with credentials says "missing" whatever else answered: a failure outranks a pass.
    const missing = same.find((a) => a.httpStatus !== undefined && ABSENT_STATUSES.includes(a.httpStatus))
    const present = missing ? undefined : same.find(discriminates)
    const by = missing ?? present
    if (!by) return check
    changed = true
    return {
      ...check,
      status: missing ? 'fail' : 'pass',
      decidedBy: 'auth',
      summary: decidedSentence(check, by, !missing)
    }
  })
  if (!changed) return route
  return {
    ...route,
    status: layerStatus(decided),
    evidence: { ...route.evidence, summary: summariseChecks('route', decided), checks: decided }
  }
}

/**
 * Every feature's auth result, with each 404 read in the light of the route layer: where the route probe of the same request
 * (same service, method and URL) passed on its own — it answered unlike a path that cannot exist — the route is there, so
 * a 404 with credentials says the resource asked for does not exist, not that the route is missing. Words only: the
 * check still fails.
 */
export function explainAuthByRoutes(
  auth: Map<string, LayerResult>,
  route: Map<string, LayerResult> | undefined
): Map<string, LayerResult> {
  const explained = new Map<string, LayerResult>()
  for (const [feature, result] of auth) explained.set(feature, explainAuth(result, route?.get(feature)))
  return explained
}

export function explainAuth(auth: LayerResult, route: LayerResult | undefined): LayerResult {
  const routeChecks = route?.evidence.checks ?? []
  const checks = auth.evidence.checks ?? []
  let changed = false
  const explained = checks.map((check): Check => {
    if (check.status !== 'fail' || check.httpStatus !== 404) return check
    // Passed by its own answer (not decided by this very auth probe): the route was proven there without credentials.
    const present = routeChecks.find(
      (r) => r.target === check.target && r.service === check.service && r.status === 'pass' && !r.decidedBy
    )
    if (!present) return check
    changed = true
    return { ...check, summary: resourceMissingSentence(check, present) }
  })
  if (!changed) return auth
  return { ...auth, evidence: { ...auth.evidence, summary: summariseChecks('auth', explained), checks: explained } }
}
