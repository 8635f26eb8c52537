import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig, ProbeConfig, ServiceConfig } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { Redactor } from '../../src/core/redact.js'
import { digestOf } from '../../src/layers/probe/control.js'
import { runRouteLayer } from '../../src/layers/route.js'
import { FakeClock, FakeHttp, answer, expectation, refused } from './probe-fakes.js'

const services: Record<string, ServiceConfig> = {
  api: { name: 'api', url: 'https://api.example.com/' },
  dashboard: { name: 'dashboard', url: 'https://app.example.com/backoffice' }
}
const probe = (path: string, extra: Partial<ProbeConfig> = {}): ProbeConfig => ({
  service: 'api',
  path,
  method: 'GET',
  headers: {},
  expect: expectation({ kind: 'protected' }),
  timeoutMs: 2_000,
  ...extra
})
const feature = (name: string, routes: ProbeConfig[]): FeatureConfig => ({
  name,
  source: [],
  artifact: {},
  routes,
  auth: []
})
const STEPS = '/api/v1/workflows/steps/definitions'

describe('runRouteLayer', () => {
  it('401 on a protected route passes: the route is there, it wants credentials', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => answer(401, '{"error":"unauthorized"}'), clock)
    const results = await runRouteLayer({
      features: [feature('workflow', [probe(STEPS)])],
      services,
      http,
      redactor: new Redactor(),
      clock,
      controlToken: 'c0ffee'
    })
    const result = results.get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(`GET ${STEPS} answered 401: the route is there, it wants credentials`)
    // Its controls (paths that cannot exist, under its prefix and at the root) answered 404: the 401 discriminates.
    const notFound = {
      httpStatus: 404,
      digest: digestOf('{"error":"Route not found"}'),
      observed: '404 Route not found',
      comparison: 'different'
    }
    expect(result.evidence.checks).toEqual([
      {
        target: `GET https://api.example.com${STEPS}`,
        service: 'api',
        status: 'pass',
        expected: '401 or 403 (protected)',
        observed: '401 unauthorized',
        latencyMs: 5,
        httpStatus: 401,
        digest: digestOf('{"error":"unauthorized"}'),
        controls: [
          { target: 'GET https://api.example.com/api/v1/workflows/steps/driftcheck-control-c0ffee', ...notFound },
          { target: 'GET https://api.example.com/driftcheck-control-c0ffee', ...notFound }
        ],
        summary: `GET ${STEPS} answered 401: the route is there, it wants credentials`
      }
    ])
    expect(http.requests[0]!.url).toBe(`https://api.example.com${STEPS}`)
  })

  it('404 fails: the route is missing', async () => {
    const http = new FakeHttp(() => answer(404, '{"error":"Route not found"}'))
    const result = (
      await runRouteLayer({ features: [feature('workflow', [probe(STEPS)])], services, http, redactor: new Redactor() })
    ).get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(`GET ${STEPS} answered 404 (Route not found): the route is missing`)
    expect(result.evidence.checks![0]!.observed).toBe('404 Route not found')
  })

  it('200 on a protected route fails: it answers without credentials', async () => {
    const http = new FakeHttp(() => answer(200, 'ok'))
    const result = (
      await runRouteLayer({ features: [feature('f', [probe('/x')])], services, http, redactor: new Redactor() })
    ).get('f')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      'GET /x answered 200 (ok): the route answers without credentials, expected 401 or 403 (protected)'
    )
  })

  it('an unreachable service is an error, with the cause and the deadline', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => refused, clock)
    const result = (
      await runRouteLayer({ features: [feature('f', [probe('/x')])], services, http, redactor: new Redactor(), clock })
    ).get('f')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toMatch(/^GET \/x got no answer within 2 s: ECONNREFUSED \(after \d+ attempts/)
  })

  it('a feature without routes is skipped; each feature gets its own result; fail outranks error', async () => {
    const http = new FakeHttp((request) =>
      request.url.endsWith('/gone') ? answer(404) : request.url.endsWith('/down') ? refused : answer(200)
    )
    const results = await runRouteLayer({
      features: [
        feature('none', []),
        feature('mixed', [
          probe('/ok', { expect: expectation({ kind: 'exists' }) }),
          probe('/down', { timeoutMs: 300 }),
          probe('/gone')
        ]),
        feature('page', [
          probe('/pages/Workflow.html', { service: 'dashboard', expect: expectation({ kind: 'codes', codes: [200] }) })
        ])
      ],
      services,
      http,
      redactor: new Redactor()
    })
    expect(results.get('none')).toMatchObject({ status: 'skip', evidence: { summary: 'no routes configured' } })
    const mixed = results.get('mixed')!
    expect(mixed.status).toBe('fail')
    expect(mixed.evidence.checks!.map((c) => c.status)).toEqual(['pass', 'error', 'fail'])
    expect(mixed.evidence.summary).toBe('GET /gone answered 404: the route is missing (1 of 3 routes failed)')
    expect(results.get('page')).toMatchObject({ status: 'pass' })
    expect(http.requests.map((r) => r.url)).toContain('https://app.example.com/backoffice/pages/Workflow.html')
  })

  it('runs the probes of all features concurrently, under the bound', async () => {
    const http = new FakeHttp(() => answer(401))
    const features = Array.from({ length: 10 }, (_, i) =>
      feature(`f${i}`, [probe(`/a${i}`), probe(`/b${i}`), probe(`/c${i}`)])
    )
    await runRouteLayer({ features, services, http, redactor: new Redactor(), concurrency: 7 })
    expect(http.requests).toHaveLength(30)
    expect(http.maxInFlight).toBe(7)
  })

  it('sends the route’s own headers only', async () => {
    const http = new FakeHttp(() => answer(401))
    await runRouteLayer({
      features: [feature('f', [probe('/x', { headers: { Accept: 'application/json' } })])],
      services,
      http,
      redactor: new Redactor()
    })
    expect(http.requests[0]!.headers).toEqual({ Accept: 'application/json' })
  })

  it('a probe naming an unknown service, or a service without url, is a config error pointing at the probe', async () => {
    const http = new FakeHttp(() => answer(401))
    const location = { file: 'driftcheck.yml', line: 12, column: 9 }
    await expect(
      runRouteLayer({
        features: [feature('f', [probe('/x', { service: 'nope', location })])],
        services,
        http,
        redactor: new Redactor()
      })
    ).rejects.toThrow(
      new ConfigError("feature 'f', route GET /x: service 'nope' is not defined under services", location)
    )
    await expect(
      runRouteLayer({
        features: [feature('f', [probe('/x', { service: 'worker' })])],
        services: { worker: { name: 'worker' } },
        http,
        redactor: new Redactor()
      })
    ).rejects.toThrow("service 'worker' has no url to probe")
    expect(http.requests).toHaveLength(0)
  })
})

describe('runRouteLayer with control probes', () => {
  it('a 401 that every path gets proves nothing: error, never pass, with the controls as evidence', async () => {
    const unauthorized = () => answer(401, '{"error":"unauthorized"}')
    const http = new FakeHttp(unauthorized, undefined, 5, unauthorized)
    const result = (
      await runRouteLayer({
        features: [feature('workflow', [probe(STEPS)])],
        services,
        http,
        redactor: new Redactor(),
        controlToken: 'c0ffee'
      })
    ).get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.checks![0]).toMatchObject({ status: 'error', httpStatus: 401, observed: '401 unauthorized' })
    expect(result.evidence.checks![0]!.controls!.map((c) => [c.target, c.comparison])).toEqual([
      ['GET https://api.example.com/api/v1/workflows/steps/driftcheck-control-c0ffee', 'same'],
      ['GET https://api.example.com/driftcheck-control-c0ffee', 'same']
    ])
    expect(result.evidence.summary).toBe(
      `GET ${STEPS} answered 401, and so does GET /api/v1/workflows/steps/driftcheck-control-c0ffee, a path that cannot ` +
        'exist: this proves nothing; what would: an authenticated probe (with credentials such servers answer 404 for ' +
        'unknown paths), a bodyContains/json check, or a route that answers differently'
    )
  })

  it('a control that never answers leaves nothing to compare with: error, after retrying like a probe', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(
      () => answer(401),
      clock,
      5,
      () => refused
    )
    const result = (
      await runRouteLayer({
        features: [feature('f', [probe('/x')])],
        services,
        http,
        redactor: new Redactor(),
        clock,
        controlToken: 'c0ffee'
      })
    ).get('f')!
    expect(result.status).toBe('error')
    expect(result.evidence.checks![0]!.controls).toEqual([
      {
        target: 'GET https://api.example.com/driftcheck-control-c0ffee',
        observed: expect.stringMatching(/^ECONNREFUSED \(after \d+ attempts/),
        comparison: 'unknown'
      }
    ])
    expect(http.controls.length).toBeGreaterThan(1)
    expect(result.evidence.summary).toMatch(/^GET \/x answered 401, but its control GET \/driftcheck-control-c0ffee/)
  })

  it('a failure stays a failure whatever the controls answered', async () => {
    const http = new FakeHttp(
      () => answer(404),
      undefined,
      5,
      () => answer(404)
    )
    const result = (
      await runRouteLayer({ features: [feature('f', [probe('/x')])], services, http, redactor: new Redactor() })
    ).get('f')!
    expect(result).toMatchObject({ status: 'fail', evidence: { summary: 'GET /x answered 404: the route is missing' } })
  })

  it('controls are shared per service, prefix, method, headers and body, and run under the same bound', async () => {
    const http = new FakeHttp(() => answer(401))
    const features = Array.from({ length: 10 }, (_, i) =>
      feature(`f${i}`, [
        probe(`/api/a/r${i}`),
        probe(`/api/b/r${i}`),
        probe(`/api/a/w${i}`, { method: 'POST', body: '{}' }),
        probe(`/api/a/h${i}`, { headers: { Accept: 'text/html' } })
      ])
    )
    await runRouteLayer({ features, services, http, redactor: new Redactor(), concurrency: 5, controlToken: 'T' })
    expect(http.requests).toHaveLength(40)
    const asked = http.controls.map((c) => `${c.method} ${c.url} ${JSON.stringify(c.headers)} ${c.body ?? ''}`)
    expect(asked.sort()).toEqual(
      [
        'GET https://api.example.com/api/a/driftcheck-control-T {} ',
        'GET https://api.example.com/api/b/driftcheck-control-T {} ',
        'GET https://api.example.com/driftcheck-control-T {} ',
        'POST https://api.example.com/api/a/driftcheck-control-T {} {}',
        'POST https://api.example.com/driftcheck-control-T {} {}',
        'GET https://api.example.com/api/a/driftcheck-control-T {"Accept":"text/html"} ',
        'GET https://api.example.com/driftcheck-control-T {"Accept":"text/html"} '
      ].sort()
    )
    expect(http.maxInFlight).toBe(5)
  })
})
