// `services.<name>.nodeUrl`: every fleet node probed directly besides the public URL. A pass means the feature answers on
// every node; a node that answers otherwise is named, and fails the layer.
import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig, ProbeConfig, ServiceConfig } from '../../src/core/config.js'
import { Redactor } from '../../src/core/redact.js'
import { decideRoutesByAuth } from '../../src/layers/probe/decide.js'
import { runAuthLayer } from '../../src/layers/auth.js'
import { runRouteLayer } from '../../src/layers/route.js'
import { FakeHttp, answer, expectation, isControl, refused } from './probe-fakes.js'
import type { ProbeRequest, ProbeResponse } from '../../src/core/ports.js'

const services: Record<string, ServiceConfig> = {
  api: { name: 'api', url: 'https://api.example.com/', nodeUrl: 'http://{host}:8080' },
  dashboard: { name: 'dashboard', url: 'https://app.example.com/' }
}
const STEPS = '/api/v1/workflows/steps/definitions'
const probe = (extra: Partial<ProbeConfig> = {}): ProbeConfig => ({
  service: 'api',
  path: STEPS,
  method: 'GET',
  headers: {},
  expect: expectation({ kind: 'protected' }),
  timeoutMs: 500,
  ...extra
})
const feature = (routes: ProbeConfig[], auth: ProbeConfig[] = []): FeatureConfig => ({
  name: 'workflow',
  source: [],
  artifact: {},
  routes,
  auth
})
/** Answers by the host asked: `byHost['node-2']` for http://node-2:8080/…, `byHost.public` for the public URL. */
const byHost = (answers: Record<string, ProbeResponse>) => (request: ProbeRequest) =>
  answers[new URL(request.url).port === '8080' ? new URL(request.url).hostname : 'public'] ?? refused
const run = (http: FakeHttp, nodes: string[], routes = [probe()]) =>
  runRouteLayer({
    features: [feature(routes)],
    services,
    http,
    redactor: new Redactor(),
    nodes,
    controlToken: 'c0ffee'
  })

describe('route probes with nodeUrl', () => {
  it('probes the public URL and each node, each check naming its host; all alike → pass', async () => {
    const http = new FakeHttp(() => answer(401, 'unauthorized'))
    const result = (await run(http, ['node-1', 'node-2'])).get('workflow')!
    expect(http.requests.map((r) => r.url)).toEqual([
      `https://api.example.com${STEPS}`,
      `http://node-1:8080${STEPS}`,
      `http://node-2:8080${STEPS}`
    ])
    // Each node's controls go to that node: a control of the public URL says nothing about a node's routing.
    expect(http.controls.map((r) => r.url)).toContain('http://node-2:8080/driftcheck-control-c0ffee')
    expect(result.status).toBe('pass')
    expect(result.evidence.checks?.map((c) => [c.host ?? null, c.status, c.summary])).toEqual([
      [null, 'pass', `GET ${STEPS} answered 401: the route is there, it wants credentials`],
      ['node-1', 'pass', `GET ${STEPS} on node-1 answered 401: the route is there, it wants credentials`],
      ['node-2', 'pass', `GET ${STEPS} on node-2 answered 401: the route is there, it wants credentials`]
    ])
    expect(result.evidence.summary).toBe('all 3 routes answered as expected')
  })

  it('the public URL answers from a fresh node, node-2 answers 404: fail, node-2 named', async () => {
    const notFound = answer(404, '{"error":"Route not found"}')
    const http = new FakeHttp(byHost({ public: answer(401), 'node-1': answer(401), 'node-2': notFound }))
    const result = (await run(http, ['node-1', 'node-2'])).get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      `GET ${STEPS} on node-2 answered 404 (Route not found): the route is missing (1 of 3 routes failed)`
    )
    expect(result.evidence.checks?.find((c) => c.status === 'fail')?.host).toBe('node-2')
  })

  it('a node that meets the expectation with another status than the public URL: fail, it serves something else', async () => {
    const http = new FakeHttp(byHost({ public: answer(401), 'node-1': answer(401), 'node-2': answer(403) }))
    const result = (await run(http, ['node-1', 'node-2'])).get('workflow')!
    expect(result.status).toBe('fail')
    const odd = result.evidence.checks!.find((c) => c.host === 'node-2')!
    expect(odd).toMatchObject({
      status: 'fail',
      httpStatus: 403,
      expected: '401 or 403 (protected), as the public URL answers (401)'
    })
    expect(odd.summary).toBe(
      `GET ${STEPS} on node-2 answered 403 where the public URL answered 401: this node serves something else`
    )
  })

  it('a node that does not answer is error, named, never a pass', async () => {
    const http = new FakeHttp(byHost({ public: answer(401), 'node-1': answer(401) }))
    const result = (await run(http, ['node-1', 'node-2'])).get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toMatch(
      new RegExp(`^GET ${STEPS} on node-2 got no answer within 500 ms: ECONNREFUSED`)
    )
  })

  it('without nodes (or for a service without nodeUrl) only the public URL is probed', async () => {
    const http = new FakeHttp(() => answer(401))
    await run(http, [])
    await run(http, ['node-1'], [probe({ service: 'dashboard' })])
    expect(http.requests.map((r) => r.url)).toEqual([
      `https://api.example.com${STEPS}`,
      `https://app.example.com${STEPS}`
    ])
  })

  it('a node that answers 401 to every path is decided by the authenticated probe of that node', async () => {
    // node-2's guard answers 401 everywhere without credentials; with them, it has no such route.
    const script = (request: ProbeRequest) => {
      const node2 = request.url.startsWith('http://node-2:8080')
      const authed = 'authorization' in request.headers
      if (node2 && !authed) return answer(401)
      if (isControl(request)) return answer(404, 'nope')
      return authed ? (node2 ? answer(404, 'nope') : answer(200, 'close-books')) : answer(401)
    }
    const http = new FakeHttp(script, undefined, 5, script)
    const authProbe = probe({
      headers: { authorization: 'Bearer t0k3n' },
      expect: expectation({ kind: 'codes', codes: [200] })
    })
    const input = {
      features: [feature([probe()], [authProbe])],
      services,
      http,
      redactor: new Redactor(),
      nodes: ['node-1', 'node-2'],
      controlToken: 'c0ffee'
    }
    const [route, auth] = await Promise.all([runRouteLayer(input), runAuthLayer(input)])
    const decided = decideRoutesByAuth(route, auth).get('workflow')!
    expect(decided.status).toBe('fail')
    const node2 = decided.evidence.checks!.find((c) => c.host === 'node-2')!
    expect(node2).toMatchObject({ status: 'fail', decidedBy: 'auth' })
    expect(node2.summary).toBe(
      `GET ${STEPS} on node-2 answered 401 like a path that cannot exist; with credentials it answered 404 nope: the route is missing`
    )
    expect(auth.get('workflow')!.evidence.summary).toMatch(/^GET .* on node-2 answered 404 \(nope\)/)
  })
})
