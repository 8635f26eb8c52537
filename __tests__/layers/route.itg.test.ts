import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NodeHttpClient } from '../../src/adapters/http.js'
import type { FeatureConfig, ProbeConfig, ServiceConfig, StatusExpectation } from '../../src/core/config.js'
import { Redactor } from '../../src/core/redact.js'
import { runRouteLayer } from '../../src/layers/route.js'
import { freePort, startHttpServer, type TestServer } from '../helpers/http-server.js'

const STEPS = '/api/v1/workflows/steps/definitions'
const status = (kind: 'protected' | 'exists' | number[]): StatusExpectation =>
  Array.isArray(kind) ? { kind: 'codes', codes: kind } : { kind }
const route = (path: string, expect: StatusExpectation, service = 'api', timeoutMs = 3_000): ProbeConfig => ({
  service,
  path,
  method: 'GET',
  headers: {},
  expect: { status: expect, bodyContains: [], json: {}, headers: {} },
  timeoutMs
})
const feature = (name: string, routes: ProbeConfig[]): FeatureConfig => ({
  name,
  source: [],
  artifact: {},
  routes,
  auth: []
})

describe('route layer against real HTTP servers', () => {
  let api: TestServer
  let http: NodeHttpClient
  let services: Record<string, ServiceConfig>

  beforeAll(async () => {
    api = await startHttpServer({
      routes: {
        [STEPS]: { bearer: 'irrelevant' },
        '/api/v1/open': { body: '{"ok":true}' },
        '/api/v1/forbidden': { status: 403 }
      }
    })
    http = new NodeHttpClient()
    services = { api: { name: 'api', url: `${api.url}/` } }
  })
  afterAll(async () => {
    await http.close()
    await api.close()
  })

  it('401 passes as protected, 404 fails as missing, 200 passes as 200', async () => {
    const results = await runRouteLayer({
      features: [
        feature('workflow', [route(STEPS, status('protected'))]),
        feature('gone', [route('/api/v1/billing', status('protected'))]),
        feature('open', [route('/api/v1/open', status([200])), route('/api/v1/forbidden', status('protected'))])
      ],
      services,
      http,
      redactor: new Redactor()
    })
    expect(results.get('workflow')).toMatchObject({
      status: 'pass',
      evidence: { summary: `GET ${STEPS} answered 401: the route is there, it wants credentials` }
    })
    expect(results.get('gone')).toMatchObject({
      status: 'fail',
      evidence: { summary: 'GET /api/v1/billing answered 404 (Route not found): the route is missing' }
    })
    expect(results.get('open')!.status).toBe('pass')
    for (const result of results.values()) {
      for (const check of result.evidence.checks!) expect(check.latencyMs).toEqual(expect.any(Number))
    }
  })

  it('protected refuses a 404 and a 200', async () => {
    const results = await runRouteLayer({
      features: [
        feature('missing', [route('/nope', status('protected'))]),
        feature('unguarded', [route('/api/v1/open', status('protected'))])
      ],
      services,
      http,
      redactor: new Redactor()
    })
    expect(results.get('missing')!.status).toBe('fail')
    expect(results.get('unguarded')!.status).toBe('fail')
    expect(results.get('unguarded')!.evidence.summary).toMatch(/answered 200 .*: the route answers without credentials/)
  })

  it('a server that comes up after ~1 s passes within the deadline', async () => {
    const late = await startHttpServer({ listenAfterMs: 1_000, routes: { [STEPS]: { bearer: 'x' } } })
    try {
      const started = Date.now()
      const results = await runRouteLayer({
        features: [feature('workflow', [route(STEPS, status('protected'), 'late', 5_000)])],
        services: { late: { name: 'late', url: late.url } },
        http,
        redactor: new Redactor()
      })
      expect(results.get('workflow')!.status).toBe('pass')
      expect(Date.now() - started).toBeGreaterThanOrEqual(900)
      expect(results.get('workflow')!.evidence.checks![0]!.observed).toMatch(/^401/)
    } finally {
      await late.close()
    }
  }, 15_000)

  it('a deploy settling (503 for the first 3 requests) passes once it answers', async () => {
    const settling = await startHttpServer({ routes: { '/health': { unavailableFirst: 3, body: 'up' } } })
    try {
      const results = await runRouteLayer({
        features: [feature('health', [route('/health', status([200]), 'svc', 5_000)])],
        services: { svc: { name: 'svc', url: settling.url } },
        http,
        redactor: new Redactor()
      })
      expect(results.get('health')!.status).toBe('pass')
      expect(settling.hits('/health')).toBe(4)
    } finally {
      await settling.close()
    }
  }, 15_000)

  it('a closed port until the deadline is an error with ECONNREFUSED, never a pass or fail', async () => {
    const port = await freePort()
    const started = Date.now()
    const results = await runRouteLayer({
      features: [feature('workflow', [route(STEPS, status('protected'), 'down', 800)])],
      services: { down: { name: 'down', url: `http://127.0.0.1:${port}` } },
      http,
      redactor: new Redactor()
    })
    const result = results.get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.checks![0]!.observed).toMatch(/^ECONNREFUSED \(after \d+ attempts/)
    expect(result.evidence.summary).toMatch(/got no answer within 800 ms: ECONNREFUSED/)
    expect(Date.now() - started).toBeLessThan(2_000)
  }, 10_000)

  it('many probes share a few keep-alive connections', async () => {
    const own = await startHttpServer({
      routes: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`/r${i}`, { status: 401 }]))
    })
    const client = new NodeHttpClient({ connectionsPerOrigin: 4 })
    try {
      const features = Array.from({ length: 20 }, (_, f) =>
        feature(
          `f${f}`,
          [0, 1, 2].map((k) => route(`/r${f * 3 + k}`, status('protected'), 'own'))
        )
      )
      const results = await runRouteLayer({
        features,
        services: { own: { name: 'own', url: own.url } },
        http: client,
        redactor: new Redactor()
      })
      expect([...results.values()].every((r) => r.status === 'pass')).toBe(true)
      // 60 probes, and one control (a path that cannot exist) shared by all: same service, prefix, method and headers.
      expect(own.received.filter((r) => !r.path.includes('driftcheck-control-'))).toHaveLength(60)
      expect(own.requests).toBe(61)
      expect(own.connections).toBeLessThanOrEqual(4)
    } finally {
      await client.close()
      await own.close()
    }
  }, 15_000)
})
