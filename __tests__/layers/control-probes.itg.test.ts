import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDeps } from '../../src/wiring/deps.js'
import { parseConfig } from '../../src/config/load.js'
import { verify } from '../../src/engine/engine.js'
import type { Check, FeatureResult, LayerName, LayerResult, RunResult } from '../../src/core/model.js'
import { silentLogger } from '../../src/core/ports.js'
import { exitCodeFor } from '../../src/core/verdict.js'
import { parseResult, render } from '../../src/report/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// Control probes end to end: real HTTP servers on 127.0.0.1 that answer unknown paths the way real stacks do (a guard before
// the router, a single-page app, a `/:slug` handler, a body parser before routing), the real HTTP client, the engine.
const TOKEN = `tok-control-probes-${Math.random().toString(36).slice(2)}`
const STEPS = '/api/v1/workflows/steps/definitions'
const MISSING = '/api/v1/billing/invoices'
const STEPS_BODY = JSON.stringify({ steps: [{ id: 'close-books' }] })
const INDEX = '<!doctype html><html><head><title>Backoffice</title></head><body><div id="root"></div></body></html>'
const UNAUTHORIZED = { status: 401, body: '{"error":"unauthorized"}' }
const authed = (request: IncomingMessage) => request.headers.authorization === `Bearer ${TOKEN}`
const isControlPath = (path: string) => path.includes('driftcheck-control-')

const work = mkdtempSync(join(tmpdir(), 'driftcheck-control-probes-'))
const servers: Record<string, TestServer> = {}

beforeAll(async () => {
  // 404 for unknown paths: what driftcheck always assumed.
  servers.wellBehaved = await startHttpServer({
    routes: {
      [STEPS]: { bearer: TOKEN, body: STEPS_BODY },
      '/pages/Workflow.html': { body: '<h1>Workflow</h1>', headers: { 'content-type': 'text/html' } }
    }
  })
  // A global guard before the router: 401 for every path without credentials; with them it routes, and its 404 echoes
  // the credential (careless, and exactly what the redaction must catch in the control's evidence).
  servers.guardFirst = await startHttpServer({
    routes: { [STEPS]: { body: STEPS_BODY } },
    before: (request) => (authed(request) ? undefined : UNAUTHORIZED),
    fallback: (request) => ({
      status: 404,
      body: JSON.stringify({ error: `no route (${request.headers.authorization})` })
    })
  })
  // A gateway that refuses everything, the configured credentials too.
  servers.refusesAll = await startHttpServer({ before: () => UNAUTHORIZED })
  // A single-page app: index.html for every path it has no file for.
  servers.spa = await startHttpServer({
    routes: { '/pages/Workflow.html': { body: '<h1>Workflow</h1>', headers: { 'content-type': 'text/html' } } },
    fallback: () => ({ status: 200, body: INDEX, headers: { 'content-type': 'text/html' } })
  })
  // Express with a guarded `/:slug` handler under /api/articles: every sibling path is caught and answers 401.
  servers.slug = await startHttpServer({
    routes: { '/api/articles/feed': { method: 'GET', body: '[{"slug":"hello"}]' } },
    fallback: (_request, path) => (/^\/api\/articles\/[^/]+$/.test(path) ? UNAUTHORIZED : undefined)
  })
  // A global JSON body parser before the router: a body it cannot parse is a 500 on any path.
  servers.bodyParser = await startHttpServer({
    routes: { '/api/v1/orders': { method: 'POST', status: 201, body: '{"id":1}' } },
    before: (request, body) => {
      if (request.method !== 'POST' || !body) return undefined
      try {
        JSON.parse(body)
        return undefined
      } catch {
        return { status: 500, body: '{"error":"Unexpected token in JSON at position 0"}' }
      }
    }
  })
  // Answers its routes, but drops every connection to a path that cannot exist: a control without an answer.
  servers.noControl = await startHttpServer({
    routes: { [STEPS]: { bearer: TOKEN, body: STEPS_BODY } },
    fallback: (_request, path) => (isControlPath(path) ? { status: 0, hangUp: true } : undefined)
  })
})

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()))
  rmSync(work, { recursive: true, force: true })
})

interface Run {
  result: RunResult
  debug: string[]
  feature(name: string): FeatureResult
  layer(feature: string, layer: LayerName): LayerResult
  check(feature: string, layer: LayerName, index?: number): Check
}

/** Writes nothing: parses the YAML as `driftcheck.yml` would be, then runs the whole verification with the real adapters. */
async function run(server: keyof typeof servers, features: string): Promise<Run> {
  const yaml = `version: 1\nservices:\n  api: { url: '${servers[server]!.url}' }\nfeatures:\n${features}`
  const config = parseConfig(yaml, join(work, 'driftcheck.yml'), { API_TOKEN: TOKEN })
  const debug: string[] = []
  const deps = await createDeps(config)
  try {
    const result = await verify(config, { ...deps, logger: { ...silentLogger, debug: (m) => debug.push(m) } })
    const feature = (name: string) => result.features.find((f) => f.name === name)!
    const layer = (name: string, which: LayerName) => feature(name).layers.find((l) => l.layer === which)!
    return {
      result,
      debug,
      feature,
      layer,
      check: (name, which, index = 0) => layer(name, which).evidence.checks![index]!
    }
  } finally {
    await deps.close()
  }
}

const routeOnly = (name: string, path: string, expect = 'protected', extra = '') =>
  `  ${name}:\n    routes: [{ service: api, path: '${path}', expect: ${expect}${extra} }]\n`
const routeAndAuth = (name: string, path: string) =>
  routeOnly(name, path) +
  `    auth:\n      - service: api\n        path: '${path}'\n        headers: { Authorization: 'Bearer \${API_TOKEN}' }\n` +
  `        expect: { status: 200, bodyContains: close-books }\n`

describe('a well-behaved server (404 for unknown paths) behaves as before', () => {
  it('present: route and auth pass on their own; each probe was compared with its controls, which answered 404', async () => {
    const out = await run('wellBehaved', routeAndAuth('workflow', STEPS))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'pass', faultLine: null })
    expect(exitCodeFor(out.result.verdict)).toBe(0)
    const route = out.check('workflow', 'route')
    expect(route).toMatchObject({ status: 'pass', httpStatus: 401 })
    expect(route.decidedBy).toBeUndefined()
    expect(route.controls!.map((c) => [c.target.replace(/[0-9a-f]{16}$/, 'R'), c.httpStatus, c.comparison])).toEqual([
      [`GET ${servers.wellBehaved!.url}/api/v1/workflows/steps/driftcheck-control-R`, 404, 'different'],
      [`GET ${servers.wellBehaved!.url}/driftcheck-control-R`, 404, 'different']
    ])
    expect(out.check('workflow', 'auth').controls!.every((c) => c.comparison === 'different')).toBe(true)
    // -v shows the controls, and never the credential they carried.
    expect(
      out.debug.filter((line) => /^(route|auth) control GET .*driftcheck-control-.* → 404/.test(line))
    ).toHaveLength(4)
    expect(out.debug.join('\n')).not.toContain(TOKEN)
  })

  it('missing: route-missing at the route layer, as before (exit 1)', async () => {
    const out = await run('wellBehaved', routeAndAuth('billing', MISSING))
    expect(out.feature('billing')).toMatchObject({ verdict: 'route-missing', faultLine: 'route' })
    expect(out.layer('billing', 'route').evidence.summary).toMatch(
      /answered 404 \(Route not found\): the route is missing/
    )
    expect(exitCodeFor(out.result.verdict)).toBe(1)
  })

  it('100 features under one prefix ask only 4 controls (prefix and root, without and with credentials), same headers', async () => {
    const before = servers.wellBehaved!.received.length
    const features = Array.from({ length: 100 }, (_, i) => routeAndAuth(`f${i}`, `/api/v1/f${i}`)).join('')
    const out = await run('wellBehaved', features)
    expect(out.result.features).toHaveLength(100)
    const controls = servers.wellBehaved!.received.slice(before).filter((r) => isControlPath(r.path))
    expect(controls).toHaveLength(4)
    const seen = controls.map(
      (c) => `${c.method} ${c.path.replace(/[0-9a-f]{16}$/, 'R')} ${c.headers.authorization ?? '-'}`
    )
    expect(seen.sort()).toEqual(
      [
        'GET /api/v1/driftcheck-control-R -',
        `GET /api/v1/driftcheck-control-R Bearer ${TOKEN}`,
        'GET /driftcheck-control-R -',
        `GET /driftcheck-control-R Bearer ${TOKEN}`
      ].sort()
    )
    // One random name per run: a second run asks other paths.
    const again = await run('wellBehaved', routeOnly('one', '/api/v1/one'))
    const rootControl = (r: Run, feature: string) => r.check(feature, 'route').controls![1]!.target
    expect(rootControl(again, 'one')).toMatch(/driftcheck-control-[0-9a-f]{16}$/)
    expect(rootControl(again, 'one')).not.toBe(rootControl(out, 'f0'))
  }, 30_000)
})

describe('a guard before the router (401 for every path without credentials)', () => {
  it('route only, route present: error, never pass — the evidence names the control and what would discriminate', async () => {
    const out = await run('guardFirst', routeOnly('workflow', STEPS))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'error', faultLine: 'route' })
    expect(exitCodeFor(out.result.verdict)).toBe(3)
    const route = out.check('workflow', 'route')
    expect(route).toMatchObject({ status: 'error', httpStatus: 401 })
    expect(route.controls!.map((c) => [c.httpStatus, c.observed, c.comparison])).toEqual([
      [401, '401 unauthorized', 'same'],
      [401, '401 unauthorized', 'same']
    ])
    expect(out.layer('workflow', 'route').evidence.summary).toMatch(
      new RegExp(
        `^GET ${STEPS} answered 401, and so does GET /api/v1/workflows/steps/driftcheck-control-[0-9a-f]{16}, a path ` +
          'that cannot exist: this proves nothing; what would: an authenticated probe \\(with credentials such servers ' +
          'answer 404 for unknown paths\\), a bodyContains/json check, or a route that answers differently$'
      )
    )
  })

  it('route only, route missing: error as well — a 401 that every path gets proves nothing either way', async () => {
    const out = await run('guardFirst', routeOnly('billing', MISSING))
    expect(out.feature('billing')).toMatchObject({ verdict: 'error', faultLine: 'route' })
  })

  it('`exists` on it: error, not pass', async () => {
    const out = await run('guardFirst', routeOnly('billing', MISSING, 'exists'))
    expect(out.layer('billing', 'route').status).toBe('error')
  })

  it('route + auth, route present: the authenticated probe decides → pass (exit 0)', async () => {
    const out = await run('guardFirst', routeAndAuth('workflow', STEPS))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'pass', faultLine: null })
    expect(exitCodeFor(out.result.verdict)).toBe(0)
    expect(out.check('workflow', 'route')).toMatchObject({ status: 'pass', decidedBy: 'auth', httpStatus: 401 })
    expect(out.layer('workflow', 'route').evidence.summary).toBe(
      `GET ${STEPS} answered 401 like a path that cannot exist, but with credentials it answered 200 where a path ` +
        'that cannot exist answered 404: the route is there'
    )
    // With credentials the controls answered 404 and echoed the token: redacted like the probe's own evidence.
    const json = render(out.result, 'json')
    expect(json).not.toContain(TOKEN)
    expect(out.check('workflow', 'auth').controls![0]!.observed).toBe('404 no route (***)')
    // The saved result, with the new evidence fields, reads back.
    expect(parseResult(json, 'result.json')).toEqual(JSON.parse(json))
  })

  it('route + auth, route missing: a failure that says the route is missing (exit 1)', async () => {
    const out = await run('guardFirst', routeAndAuth('billing', MISSING))
    expect(out.feature('billing')).toMatchObject({ verdict: 'route-missing', faultLine: 'route' })
    expect(exitCodeFor(out.result.verdict)).toBe(1)
    expect(out.check('billing', 'route')).toMatchObject({ status: 'fail', decidedBy: 'auth' })
    expect(out.layer('billing', 'route').evidence.summary).toMatch(
      new RegExp(
        `^GET ${MISSING} answered 401 like a path that cannot exist; with credentials it answered 404 .*: the route is missing$`
      )
    )
  })
})

describe('a gateway that answers 401 to everything, the credentials too', () => {
  it('nothing discriminates: error (exit 3), never pass', async () => {
    const out = await run('refusesAll', routeAndAuth('workflow', STEPS))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'error', faultLine: 'route' })
    expect(out.layer('workflow', 'route').status).toBe('error')
    expect(out.layer('workflow', 'auth').status).toBe('fail')
    expect(exitCodeFor(out.result.verdict)).toBe(3)
  })
})

describe('a single-page app (index.html for every path)', () => {
  it('`expect: 200` and `exists` on a page that does not exist: error, the same body as the control', async () => {
    const out = await run(
      'spa',
      routeOnly('status', '/pages/Billing.html', '200') + routeOnly('exists', '/pages/Billing.html', 'exists')
    )
    for (const name of ['status', 'exists']) {
      expect(out.feature(name)).toMatchObject({ verdict: 'error', faultLine: 'route' })
      const check = out.check(name, 'route')
      expect(check.controls![0]!.digest).toBe(check.digest)
      expect(out.layer(name, 'route').evidence.summary).toMatch(
        /driftcheck-control-[0-9a-f]{16} with the same body, a path that cannot exist: this proves nothing/
      )
    }
  })

  it('a page the server really has passes: its body differs from the control’s', async () => {
    const out = await run('spa', routeOnly('workflow', '/pages/Workflow.html', '200'))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'pass' })
    expect(out.check('workflow', 'route').controls!.every((c) => c.comparison === 'different')).toBe(true)
  })

  it('a body check still fails a missing page, as before', async () => {
    const out = await run('spa', routeOnly('billing', '/pages/Billing.html', '{ status: 200, bodyContains: Billing }'))
    expect(out.feature('billing')).toMatchObject({ verdict: 'route-missing', faultLine: 'route' })
  })
})

describe('a guarded `/:slug` handler under one prefix', () => {
  it('PUT /api/articles/stats (no such feature) answers 401 like its sibling control: error, not pass', async () => {
    const out = await run('slug', routeOnly('stats', '/api/articles/stats', 'protected', ', method: PUT'))
    expect(out.feature('stats')).toMatchObject({ verdict: 'error', faultLine: 'route' })
    // The prefix control is caught by the handler too; the root one is not: one alike control is enough to prove nothing.
    expect(
      out.check('stats', 'route').controls!.map((c) => [c.target.split(' ')[0], c.httpStatus, c.comparison])
    ).toEqual([
      ['PUT', 401, 'same'],
      ['PUT', 404, 'different']
    ])
  })

  it('a real route under the prefix passes: it answers unlike its sibling control', async () => {
    const out = await run('slug', routeOnly('feed', '/api/articles/feed', '200'))
    expect(out.feature('feed')).toMatchObject({ verdict: 'pass' })
  })
})

describe('a JSON body parser before the router', () => {
  const post = (name: string, path: string, body: string) =>
    `  ${name}:\n    routes: [{ service: api, path: '${path}', method: POST, body: '${body}', expect: exists }]\n`

  it('a body it rejects is a 500 on any path: `exists` does not take it as "there" (error)', async () => {
    const out = await run('bodyParser', post('imports', '/api/v1/imports', 'not json'))
    expect(out.feature('imports')).toMatchObject({ verdict: 'error', faultLine: 'route' })
    expect(out.check('imports', 'route').controls!.every((c) => c.httpStatus === 500 && c.comparison === 'same')).toBe(
      true
    )
    // The controls were sent the same method and body.
    const controls = servers.bodyParser!.received.filter((r) => isControlPath(r.path))
    expect(controls.length).toBeGreaterThan(0)
    for (const control of controls) expect([control.method, control.body]).toEqual(['POST', 'not json'])
  })

  it('with a body it parses: the real route passes, a missing one fails', async () => {
    const out = await run(
      'bodyParser',
      post('orders', '/api/v1/orders', '{"id":1}') + post('imports', '/api/v1/imports', '{"id":1}')
    )
    expect(out.feature('orders')).toMatchObject({ verdict: 'pass' })
    expect(out.feature('imports')).toMatchObject({ verdict: 'route-missing' })
  })
})

describe('a control that gets no answer', () => {
  it('the comparison is unknown: error, never pass', async () => {
    const out = await run('noControl', routeOnly('workflow', STEPS, 'protected', ', timeout: 500ms'))
    expect(out.feature('workflow')).toMatchObject({ verdict: 'error', faultLine: 'route' })
    expect(out.check('workflow', 'route').controls!.map((c) => c.comparison)).toEqual(['unknown', 'unknown'])
    expect(out.layer('workflow', 'route').evidence.summary).toMatch(
      /answered 401, but its control GET \/api\/v1\/workflows\/steps\/driftcheck-control-[0-9a-f]+ \(a path that cannot exist\) got no answer \(ECONNRESET/
    )
  })
})
