import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { matchList, normalisePattern } from '../../src/adapters/git.js'
import { SwaggerParserDescriptions } from '../../src/adapters/openapi.js'
import { parseConfig } from '../../src/config/load.js'
import type { FeatureConfig } from '../../src/core/config.js'
import { ApiDescriptionError, ConfigError, UsageError } from '../../src/core/errors.js'
import type { NotProbedOperation } from '../../src/core/model.js'
import type { ApiDescription, ApiDescriptions, SourceTree } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { checkableFeatures, finish, newState } from '../../src/engine/engine.js'
import { expandConfig } from '../../src/engine/expand.js'
import { runRouteLayer } from '../../src/layers/route.js'
import { FakeHttp, answer } from '../layers/probe-fakes.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'adapters', 'openapi-fixtures')

function treeOf(files: string[]): SourceTree {
  return {
    revision: async () => null,
    revisionDate: async () => null,
    dirty: async () => false,
    match: async (pattern) => matchList(files, normalisePattern(pattern))
  }
}
const tree = treeOf(['backend/src/modules/customers/index.ts', 'backend/src/modules/billing/index.ts'])

/** The shop fixture, read by the real adapter, with a literal `orders` feature and a `customers` module found by discover. */
const shopConfig = () =>
  parseConfig(
    [
      'version: 1',
      'services:',
      '  api: { url: "http://127.0.0.1:1" }',
      'features:',
      '  orders:',
      '    source: backend/src/orders.ts',
      'discover:',
      '  - source: backend/src/modules/*/',
      '    artifact: { api: "/app/dist/modules/{name}" }',
      'openapi:',
      '  api: shop-3.0.yaml'
    ].join('\n') + '\n',
    join(FIXTURES, 'driftcheck.yml'),
    {}
  )

const routesOf = (feature: FeatureConfig | undefined) =>
  feature?.routes.map((r) => `${r.method} ${r.path} ${r.expect.status.kind}`)

const fake = (read: ApiDescriptions['read']): ApiDescriptions => ({ read })
const small = parseConfig(
  'version: 1\nservices: { api: { url: "http://127.0.0.1:1" } }\nopenapi: { api: openapi.yaml }\n',
  '/repo/driftcheck.yml',
  {}
)

describe('expandConfig: openapi operations after discover', () => {
  it('joins the literal and the discovered features by name, and makes routes-only features for the rest', async () => {
    const config = await expandConfig(shopConfig(), { tree, apis: new SwaggerParserDescriptions() })
    expect(config.openapi).toEqual([])
    expect(config.features.map((f) => f.name)).toEqual(['orders', 'billing', 'customers', 'catalog', 'system', 'auth'])
    const named = (name: string) => config.features.find((f) => f.name === name)
    expect(named('orders')).toMatchObject({ source: ['backend/src/orders.ts'] })
    expect(routesOf(named('orders'))).toEqual([
      'GET /api/v1/orders protected',
      'GET /api/v1/orders/{orderId} protected',
      'DELETE /api/v1/orders/{orderId} protected'
    ])
    expect(named('orders')!.routes[1]!.params).toEqual({ orderId: 'ord_1001' })
    expect(named('orders')!.notProbed).toEqual([
      { service: 'api', method: 'POST', path: '/api/v1/orders', operationId: 'guestCheckout', reason: 'unsafe-method' },
      {
        service: 'api',
        method: 'GET',
        path: '/api/v1/orders/{orderId}/items/{itemId}',
        operationId: 'getOrderItem',
        reason: 'unfilled-parameter',
        parameters: ['itemId']
      }
    ])
    // The discovered module keeps its source and artifact, and gets the routes of its tag (a `$ref` into another file).
    expect(named('customers')).toMatchObject({
      source: ['backend/src/modules/customers'],
      artifact: { api: ['/app/dist/modules/customers'] }
    })
    expect(routesOf(named('customers'))).toEqual(['GET /api/v1/customers/{customerId} protected'])
    expect(named('customers')!.routes[0]!.params).toEqual({ customerId: '4711' })
    expect(routesOf(named('billing'))).toEqual([])
    expect(routesOf(named('catalog'))).toEqual(['GET /api/v1/catalog/products/{sku} exists'])
    expect(routesOf(named('system'))).toEqual(['GET /api/v1/health exists'])
    // An anonymous POST is sent only because the document says so (`x-driftcheck-probe: true`).
    expect(routesOf(named('auth'))).toEqual(['POST /api/v1/auth/login exists'])
    expect(named('auth')).toMatchObject({
      source: [],
      artifact: {},
      location: { file: join(FIXTURES, 'driftcheck.yml'), line: 11, column: 3 }
    })
    expect(named('auth')!.notProbed).toBeUndefined()
  })

  it('is idempotent: every phase expands the same way, and an expanded config stays as it is', async () => {
    const apis = new SwaggerParserDescriptions()
    const once = await expandConfig(shopConfig(), { tree, apis })
    expect(await expandConfig(shopConfig(), { tree, apis })).toEqual(once)
    expect(await expandConfig(once, { tree, apis })).toEqual(once)
  })

  it('reads the 3.1 fixture: server variables, schema examples, non-identifier names, opted-out operations', async () => {
    const config = parseConfig(
      'version: 1\nservices: { billing: { url: "http://127.0.0.1:1" } }\nopenapi: { billing: billing-3.1.yaml }\n',
      join(FIXTURES, 'driftcheck.yml'),
      {}
    )
    const expanded = await expandConfig(config, { tree, apis: new SwaggerParserDescriptions() })
    const named = (name: string) => expanded.features.find((f) => f.name === name)
    expect(routesOf(named('invoices'))).toEqual([
      'GET /billing/v2/invoices protected',
      'POST /billing/v2/invoices protected',
      'GET /billing/v2/invoices/{invoiceId} protected'
    ])
    expect(named('invoices')!.notProbed).toEqual([
      {
        service: 'billing',
        method: 'GET',
        path: '/billing/v2/invoices/{invoiceId}/pdf',
        operationId: 'invoicePdf',
        reason: 'opted-out'
      }
    ])
    expect(routesOf(named('receipts'))).toEqual(['GET /billing/v2/receipts/r%201 protected'])
    expect(routesOf(named('refunds'))).toEqual(['GET /billing/v2/refunds protected'])
    expect(routesOf(named('status'))).toEqual(['GET /billing/v2/status exists'])
  })

  it('a document that cannot be used is a config error at its `openapi` key, naming the document', async () => {
    const config = parseConfig(
      'version: 1\nservices: { api: { url: "http://127.0.0.1:1" } }\nopenapi:\n  api: invalid.yaml\n',
      join(FIXTURES, 'driftcheck.yml'),
      {}
    )
    const error = await expandConfig(config, { tree, apis: new SwaggerParserDescriptions() }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(
      `${join(FIXTURES, 'driftcheck.yml')}:4:3: \`openapi.api\` (\`invalid.yaml\`): is not a valid OpenAPI document: #/info must have required property 'version'`
    )
  })

  it('a document without any operation checks nothing: a config error', async () => {
    const empty: ApiDescription = { version: '3.1.0', servers: [], operations: [] }
    await expect(expandConfig(small, { tree, apis: fake(async () => empty) })).rejects.toThrow(
      '/repo/driftcheck.yml:3:12: `openapi.api` (`openapi.yaml`) describes no operation'
    )
  })

  it('another failure of the reader is no config error (it goes on as it is)', async () => {
    const boom = new Error('EMFILE: too many open files')
    await expect(expandConfig(small, { tree, apis: fake(() => Promise.reject(boom)) })).rejects.toBe(boom)
    const bad = new ApiDescriptionError('no such file in the checkout')
    await expect(expandConfig(small, { tree, apis: fake(() => Promise.reject(bad)) })).rejects.toBeInstanceOf(
      ConfigError
    )
  })

  it('a config with `openapi` and no reader is a usage error, never a silent nothing', async () => {
    await expect(expandConfig(small, { tree })).rejects.toBeInstanceOf(UsageError)
  })
})

describe('a feature whose operations could not be probed', () => {
  const notProbed: NotProbedOperation = {
    service: 'api',
    method: 'POST',
    path: '/auth/login',
    reason: 'unsafe-method'
  }
  const auth: FeatureConfig = { name: 'auth', source: [], artifact: {}, routes: [], auth: [], notProbed: [notProbed] }
  const services = { api: { name: 'api', url: 'http://127.0.0.1:1' } }

  it('is checked (not left out), its route layer `error`, never a pass or a skip, and the result lists the operation', async () => {
    const http = new FakeHttp(() => answer(200))
    const route = await runRouteLayer({ features: [auth], services, http, redactor: new Redactor() })
    expect(http.requests).toEqual([])
    expect(route.get('auth')).toMatchObject({ layer: 'route', status: 'error' })
    const config = { ...small, openapi: [], features: [auth] }
    expect(checkableFeatures(config, ['route'])).toEqual([auth])
    const state = { ...newState(null, ['route']), results: { auth: { route: route.get('auth')! } } }
    const result = finish(state, config)
    expect(result.verdict).toBe('error')
    expect(result.features[0]).toMatchObject({
      name: 'auth',
      verdict: 'error',
      faultLine: 'route',
      notProbed: [notProbed]
    })
  })

  it('beside probed routes that pass: the feature passes on them, and still lists the operation not probed', async () => {
    const feature: FeatureConfig = {
      ...auth,
      routes: [
        {
          service: 'api',
          path: '/auth/me',
          method: 'GET',
          headers: {},
          expect: { status: { kind: 'protected' }, bodyContains: [], json: {}, headers: {} },
          timeoutMs: 100
        }
      ]
    }
    const http = new FakeHttp(() => answer(401, '{"error":"unauthorized"}'))
    const route = await runRouteLayer({ features: [feature], services, http, redactor: new Redactor() })
    expect(route.get('auth')?.status).toBe('pass')
    const state = { ...newState(null, ['route']), results: { auth: { route: route.get('auth')! } } }
    const result = finish(state, { ...small, openapi: [], features: [feature] })
    expect(result.features[0]).toMatchObject({ verdict: 'pass', notProbed: [notProbed] })
  })
})
