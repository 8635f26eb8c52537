import { describe, expect, it } from '@jest/globals'
import type { Check, ControlCheck, LayerResult } from '../../src/core/model.js'
import { judgeFeature } from '../../src/core/verdict.js'
import { decideRoute, decideRoutesByAuth } from '../../src/layers/probe/decide.js'

const URL_X = 'GET http://api.test/api/x'
const control = (comparison: ControlCheck['comparison'], httpStatus?: number): ControlCheck => ({
  target: 'GET http://api.test/api/driftcheck-control-T',
  ...(httpStatus !== undefined ? { httpStatus } : {}),
  observed: httpStatus === undefined ? 'ECONNREFUSED' : String(httpStatus),
  comparison
})
const check = (
  status: Check['status'],
  httpStatus: number | undefined,
  controls: ControlCheck[],
  target = URL_X
): Check => ({
  target,
  service: 'api',
  status,
  observed: httpStatus === undefined ? 'ECONNREFUSED' : `${httpStatus} body`,
  ...(httpStatus !== undefined ? { httpStatus } : {}),
  controls,
  summary: `${target} answered ${httpStatus ?? 'nothing'}`
})
const layer = (name: 'route' | 'auth', ...checks: Check[]): LayerResult => ({
  layer: name,
  status: checks.some((c) => c.status === 'fail')
    ? 'fail'
    : checks.some((c) => c.status === 'error')
      ? 'error'
      : 'pass',
  evidence: { summary: checks[0]?.summary ?? 'none', checks },
  durationMs: 3
})

// Route probes: 401 like any path (proves nothing), 401 with no control answer, a plain pass, a plain failure, no answer.
const alike = check('error', 401, [control('same', 401), control('different', 404)])
const uncompared = check('error', 401, [control('unknown')])
const passed = check('pass', 401, [control('different', 404)])
const failed = check('fail', 404, [control('same', 404)])
const silent = check('error', undefined, [control('unknown')])
// Auth probes of the same request: 200 where an unknown path is 404, 404, 500 where unknown is 404, 200 like any path.
const authPresent = check('pass', 200, [control('different', 404), control('different', 404)])
const authMissing = check('fail', 404, [control('same', 404)])
const authBroken = check('fail', 500, [control('different', 404)])
const authAlike = check('error', 200, [control('same', 200)])
const authElsewhere = check('pass', 200, [control('different', 404)], 'GET http://api.test/api/y')

describe('decideRoute: the auth probe of the same route decides a route probe that proved nothing', () => {
  it.each([
    ['alike + auth present → pass', alike, [authPresent], 'pass', 'pass', /the route is there$/],
    ['alike + auth 404 → fail, missing', alike, [authMissing], 'fail', 'route-missing', /: the route is missing$/],
    [
      'alike + auth 500 that discriminates → pass (auth fails on its own)',
      alike,
      [authBroken],
      'pass',
      'auth-failed',
      /there/
    ],
    [
      'alike + auth 404 and auth present → the 404 wins',
      alike,
      [authPresent, authMissing],
      'fail',
      'route-missing',
      /missing/
    ],
    ['no control answer + auth present → pass', uncompared, [authPresent], 'pass', 'pass', /no control answer/],
    ['alike + auth alike too → still error', alike, [authAlike], 'error', 'error', /answered 401$/],
    ['alike + auth of another route → still error', alike, [authElsewhere], 'error', 'error', /answered 401$/],
    ['alike + no auth probes → still error', alike, [], 'error', 'error', /answered 401$/],
    ['no answer at all is not decided', silent, [authPresent], 'error', 'error', /answered nothing$/],
    ['a pass stays a pass', passed, [authMissing], 'pass', 'auth-failed', /answered 401$/],
    ['a failure stays a failure', failed, [authPresent], 'fail', 'route-missing', /answered 404$/]
  ] as const)('%s', (_name, route, auth, status, verdict, summary) => {
    const decided = decideRoute(layer('route', route), layer('auth', ...auth))
    expect(decided.status).toBe(status)
    expect(decided.evidence.summary).toMatch(summary)
    // The feature's verdict follows: a route that proved nothing is never a pass.
    const authLayer = auth.length ? layer('auth', ...auth) : { ...layer('auth'), status: 'skip' as const }
    expect(judgeFeature([decided, authLayer]).verdict).toBe(verdict)
  })

  it('says what decided it, with the facts of both probes', () => {
    const decided = decideRoute(layer('route', alike), layer('auth', authPresent))
    expect(decided.evidence.checks![0]).toMatchObject({ status: 'pass', decidedBy: 'auth', httpStatus: 401 })
    expect(decided.evidence.summary).toBe(
      'GET /api/x answered 401 like a path that cannot exist, but with credentials it answered 200 where a path that ' +
        'cannot exist answered 404: the route is there'
    )
    const missing = decideRoute(layer('route', alike), layer('auth', authMissing))
    expect(missing.evidence.checks![0]).toMatchObject({ status: 'fail', decidedBy: 'auth' })
    expect(missing.evidence.summary).toBe(
      'GET /api/x answered 401 like a path that cannot exist; with credentials it answered 404 body: the route is missing'
    )
  })

  it('several routes: the layer status and summary are made again from all checks', () => {
    const other = check('pass', 401, [control('different', 404)], 'GET http://api.test/api/z')
    const decided = decideRoute(layer('route', other, alike), layer('auth', authPresent))
    expect(decided).toMatchObject({
      status: 'pass',
      evidence: { summary: 'all 2 routes answered as expected (1 decided by the authenticated probe)' }
    })
    const stillOpen = decideRoute(layer('route', other, alike, uncompared), layer('auth', authMissing))
    expect(stillOpen.status).toBe('fail')
    expect(stillOpen.evidence.summary).toMatch(/the route is missing \(2 of 3 routes failed\)$/)
  })

  it('leaves results it cannot decide untouched, and maps every feature', () => {
    const route = layer('route', alike)
    expect(decideRoute(route, undefined)).toBe(route)
    expect(decideRoute(route, layer('auth', authAlike))).toBe(route)
    const routes = new Map([
      ['workflow', route],
      ['health', layer('route', passed)]
    ])
    const decided = decideRoutesByAuth(routes, new Map([['workflow', layer('auth', authPresent)]]))
    expect(decided.get('workflow')!.status).toBe('pass')
    expect(decided.get('health')).toBe(routes.get('health'))
    expect(decideRoutesByAuth(routes, undefined).get('workflow')!.status).toBe('error')
  })
})
