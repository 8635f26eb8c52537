import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import type { Check, FeatureResult, LayerName, LayerResult, RunResult } from '../../src/core/model.js'
import { verify } from '../../src/engine/engine.js'
import { render } from '../../src/report/index.js'
import { createDeps } from '../../src/wiring/deps.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// Path parameters end to end: an Express-like app on 127.0.0.1 with `/api/articles/:slug` (a guarded handler that catches
// every sibling) and `/api/users/:id(\d+)` (guarded, numeric ids only), the real loader, HTTP client and engine.
const TOKEN = `tok-real-apps-${Math.random().toString(36).slice(2)}`
const SECRET_SLUG = `drift secret/${Math.random().toString(36).slice(2, 8)}`
const UNAUTHORIZED = { status: 401, body: '{"error":"unauthorized"}' }
const authed = (request: IncomingMessage) => request.headers.authorization === `Bearer ${TOKEN}`
const ARTICLES = new Set(['hello-drift', SECRET_SLUG])

const work = mkdtempSync(join(tmpdir(), 'driftcheck-real-apps-params-'))
let server: TestServer

beforeAll(async () => {
  server = await startHttpServer({
    fallback: (request, path) => {
      const article = /^\/api\/articles\/([^/]+)$/.exec(path)
      if (article) {
        if (!authed(request)) return UNAUTHORIZED
        const slug = decodeURIComponent(article[1]!)
        return ARTICLES.has(slug)
          ? { status: 200, body: JSON.stringify({ article: { slug } }) }
          : { status: 404, body: '{"error":"Article not found"}' }
      }
      const user = /^\/api\/users\/(\d+)$/.exec(path)
      if (user) {
        if (!authed(request)) return UNAUTHORIZED
        return user[1] === '42'
          ? { status: 200, body: '{"user":{"id":42}}' }
          : { status: 404, body: '{"error":"User not found"}' }
      }
      return undefined // 404 Route not found
    }
  })
})

afterAll(async () => {
  await server.close()
  rmSync(work, { recursive: true, force: true })
})

interface Run {
  result: RunResult
  feature(name: string): FeatureResult
  layer(feature: string, layer: LayerName): LayerResult
  check(feature: string, layer: LayerName): Check
}

async function run(features: string, env: Record<string, string> = {}, publicEnv = ''): Promise<Run> {
  const yaml = `version: 1\n${publicEnv}services:\n  api: { url: '${server.url}' }\nfeatures:\n${features}`
  const config = parseConfig(yaml, join(work, 'driftcheck.yml'), { API_TOKEN: TOKEN, ...env })
  const deps = await createDeps(config)
  try {
    const result = await verify(config, deps)
    const feature = (name: string) => result.features.find((f) => f.name === name)!
    const layer = (name: string, which: LayerName) => feature(name).layers.find((l) => l.layer === which)!
    return { result, feature, layer, check: (name, which) => layer(name, which).evidence.checks![0]! }
  } finally {
    await deps.close()
  }
}

/** A route probe and an authenticated probe of the same path, with the same params. */
const probes = (name: string, path: string, params: string, body = '') =>
  `  ${name}:\n` +
  `    routes: [{ service: api, path: '${path}', params: ${params}, expect: protected }]\n` +
  `    auth:\n      - service: api\n        path: '${path}'\n        params: ${params}\n` +
  `        headers: { Authorization: 'Bearer \${API_TOKEN}' }\n` +
  `        expect: { status: 200${body ? `, bodyContains: ${body}` : ''} }\n`

describe('path parameters', () => {
  it('`:slug` is filled from params: the article is probed (never `/:slug` literally), and the reports show template and value', async () => {
    const out = await run(probes('article', '/api/articles/:slug', '{ slug: hello-drift }', 'hello-drift'))
    expect(out.feature('article')).toMatchObject({ verdict: 'pass', faultLine: null })
    const paths = server.received.map((r) => r.path)
    expect(paths).toContain('/api/articles/hello-drift')
    expect(paths).not.toContain('/api/articles/:slug')
    const auth = out.check('article', 'auth')
    expect(auth).toMatchObject({
      status: 'pass',
      httpStatus: 200,
      target: `GET ${server.url}/api/articles/hello-drift`,
      template: '/api/articles/:slug',
      params: { slug: 'hello-drift' }
    })
    // The sibling control sits beside the path sent; the `/:slug` handler answers it 401 without credentials, so the
    // route alone proves nothing and the authenticated probe (200 where the control gets 404) decides it.
    expect(auth.controls![0]!.target).toMatch(/\/api\/articles\/driftcheck-control-[0-9a-f]{16}$/)
    expect(out.check('article', 'route')).toMatchObject({ status: 'pass', decidedBy: 'auth' })
    expect(auth.summary).toBe(
      'GET /api/articles/hello-drift (from /api/articles/:slug) answered 200 as expected with credentials'
    )
    expect(render(out.result, 'markdown')).toContain('path /api/articles/:slug with slug = hello-drift')
  })

  it('`{slug}` from ${ENV} is sent URL-encoded as one segment, and redacted everywhere (value and encoded form)', async () => {
    const out = await run(probes('secret', '/api/articles/{slug}', "{ slug: '${SLUG}' }"), { SLUG: SECRET_SLUG })
    expect(out.feature('secret').verdict).toBe('pass')
    expect(server.received.map((r) => r.path)).toContain(`/api/articles/${encodeURIComponent(SECRET_SLUG)}`)
    const auth = out.check('secret', 'auth')
    expect(auth).toMatchObject({
      target: `GET ${server.url}/api/articles/***`,
      template: '/api/articles/{slug}',
      params: { slug: '***' }
    })
    for (const format of ['json', 'text', 'markdown', 'junit', 'sarif'] as const) {
      const text = render(out.result, format)
      expect(text).not.toContain(SECRET_SLUG)
      expect(text).not.toContain(encodeURIComponent(SECRET_SLUG))
    }
  })

  it('a value listed in publicEnv is shown as it is', async () => {
    const out = await run(
      probes('shown', '/api/articles/{slug}', "{ slug: '${SLUG}' }"),
      { SLUG: 'hello-drift' },
      'publicEnv: [SLUG]\n'
    )
    expect(out.check('shown', 'auth').params).toEqual({ slug: 'hello-drift' })
  })
})

describe('an authenticated 404 read with the route evidence', () => {
  it('route proven there without credentials (401 unlike a path that cannot exist), 404 with them: the resource is missing', async () => {
    const out = await run(probes('user', '/api/users/:id', '{ id: 7 }'))
    expect(out.check('user', 'route')).toMatchObject({ status: 'pass', httpStatus: 401 })
    expect(out.check('user', 'route').decidedBy).toBeUndefined()
    expect(out.feature('user')).toMatchObject({ verdict: 'auth-failed', faultLine: 'auth' })
    const auth = out.layer('user', 'auth')
    expect(auth.status).toBe('fail')
    expect(auth.evidence.summary).toBe(
      'GET /api/users/7 (from /api/users/:id) answered 404 User not found with credentials, while without them it answered ' +
        "401, unlike a path that cannot exist: the route is there, the resource asked for does not exist (check the probe's path or data)"
    )
    expect(auth.evidence.summary).not.toContain('authenticated route is missing')
    expect(render(out.result, 'text')).toContain('the resource asked for does not exist')
    // A failing check's evidence (JUnit, markdown) names the template and the value used.
    expect(render(out.result, 'junit')).toContain('path /api/users/:id with id = 7')
  })

  it('a route that is really missing (404 without credentials too) is still said to be missing', async () => {
    const out = await run(probes('orders', '/api/orders/:id', '{ id: 7 }'))
    expect(out.feature('orders')).toMatchObject({ verdict: 'route-missing', faultLine: 'route' })
    expect(out.layer('orders', 'auth').evidence.summary).toContain('the authenticated route is missing')
  })
})
