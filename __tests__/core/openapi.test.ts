import { describe, expect, it } from '@jest/globals'
import type { OpenApiConfig } from '../../src/core/config.js'
import {
  allowsAnonymous,
  featureName,
  fillTemplate,
  parameterValue,
  planOperation,
  serverPrefix
} from '../../src/core/openapi.js'
import type { ApiDescription, ApiOperation, ApiParameter, ApiServer } from '../../src/core/ports.js'

const op = (fields: Partial<ApiOperation> = {}): ApiOperation => ({
  method: 'GET',
  path: '/orders',
  tags: [],
  servers: [],
  pathServers: [],
  parameters: [],
  pathParameters: [],
  driftcheckExamples: {},
  ...fields
})
const param = (name: string, fields: Partial<ApiParameter> = {}): ApiParameter => ({
  name,
  in: 'path',
  examples: [],
  ...fields,
  schema: { examples: [], enum: [], ...fields.schema }
})
const server = (url: string, variables: Record<string, string> = {}): ApiServer => ({ url, variables })
const doc = (fields: Partial<ApiDescription> = {}): ApiDescription => ({
  version: '3.1.0',
  servers: [],
  operations: [],
  ...fields
})
const at = { file: '/repo/driftcheck.yml', line: 9, column: 3 }
const entry: OpenApiConfig = { service: 'api', file: '/repo/openapi.yaml', written: 'openapi.yaml', location: at }

describe('serverPrefix: the path part of the first server URL', () => {
  it.each([
    ['no server', [], ''],
    ['an absolute URL (the host is ignored)', [server('https://api.example.com/api/v1')], '/api/v1'],
    ['a trailing slash', [server('https://api.example.com/api/v1/')], '/api/v1'],
    ['the root', [server('https://api.example.com')], ''],
    ['a relative URL', [server('/api/v1')], '/api/v1'],
    ['a relative URL without a leading slash', [server('api/v1')], '/api/v1'],
    ['only the first server counts', [server('/v2'), server('/v1')], '/v2'],
    [
      'variables filled with their defaults',
      [server('https://{region}.example.com/{base}', { region: 'eu', base: 'billing/v2' })],
      '/billing/v2'
    ],
    ['a query is no path', [server('/api?x=1')], '/api']
  ])('%s', (_, servers, prefix) => {
    expect(serverPrefix(servers)).toBe(prefix)
  })
})

describe('allowsAnonymous: which security lets a request without credentials in', () => {
  it.each([
    ['no requirement at all', undefined, true],
    ['an empty list (`security: []`)', [], true],
    ['one scheme', [{ bearerAuth: [] }], false],
    ['two schemes together', [{ apiKey: [], oauth: ['read'] }], false],
    ['alternatives without `{}`', [{ apiKey: [] }, { oauth: ['read'] }], false],
    ['an alternative `{}` (optional auth)', [{}, { bearerAuth: [] }], true]
  ])('%s', (_, security, anonymous) => {
    expect(allowsAnonymous(security)).toBe(anonymous)
  })
})

describe('featureName: first tag, else first path segment, else the service', () => {
  it.each([
    ['the first tag', op({ tags: ['orders', 'admin'], path: '/x' }), 'orders'],
    ['a blank tag does not count', op({ tags: [' '], path: '/billing/x' }), 'billing'],
    ['the first literal segment', op({ path: '/catalog/products/{sku}' }), 'catalog'],
    ['a placeholder segment is skipped', op({ path: '/{tenant}/reports' }), 'reports'],
    ['an encoded segment, decoded', op({ path: '/user%20admin/x' }), 'user admin'],
    ['no segment at all', op({ path: '/' }), 'api']
  ])('%s', (_, operation, name) => {
    expect(featureName(operation, 'api')).toBe(name)
  })
})

describe('parameterValue: where a path parameter’s value comes from, first usable wins', () => {
  const full = param('id', {
    driftcheckExample: 'dc',
    example: 'ex',
    examples: ['exs'],
    schema: { example: 'sex', examples: ['sexs'], default: 'def', enum: ['en'] }
  })
  const without = (...keys: string[]) => {
    const copy = { ...full, schema: { ...full.schema } } as Record<string, unknown> & ApiParameter
    for (const key of keys) {
      if (key.startsWith('schema.')) delete (copy.schema as Record<string, unknown>)[key.slice(7)]
      else delete copy[key]
    }
    if (keys.includes('examples')) copy.examples = []
    if (keys.includes('schema.examples')) copy.schema.examples = []
    if (keys.includes('schema.enum')) copy.schema.enum = []
    return copy
  }
  it.each([
    ['the operation’s x-driftcheck-example', op({ parameters: [full], driftcheckExamples: { id: 'op' } }), 'op'],
    ['the parameter’s x-driftcheck-example', op({ parameters: [full] }), 'dc'],
    ['its example', op({ parameters: [without('driftcheckExample')] }), 'ex'],
    ['its first examples entry', op({ parameters: [without('driftcheckExample', 'example')] }), 'exs'],
    ['its schema example', op({ parameters: [without('driftcheckExample', 'example', 'examples')] }), 'sex'],
    [
      'its schema examples (3.1)',
      op({ parameters: [without('driftcheckExample', 'example', 'examples', 'schema.example')] }),
      'sexs'
    ],
    [
      'its schema default',
      op({ parameters: [without('driftcheckExample', 'example', 'examples', 'schema.example', 'schema.examples')] }),
      'def'
    ],
    [
      'its schema’s first enum value',
      op({
        parameters: [
          without('driftcheckExample', 'example', 'examples', 'schema.example', 'schema.examples', 'schema.default')
        ]
      }),
      'en'
    ],
    ['a number, as text', op({ parameters: [param('id', { example: 4711 })] }), '4711'],
    ['a boolean, as text', op({ parameters: [param('id', { example: false })] }), 'false'],
    [
      'an object is no segment: the next place',
      op({ parameters: [param('id', { example: { a: 1 }, schema: { examples: [], enum: [], default: 'd' } })] }),
      'd'
    ],
    ['an empty string is no segment', op({ parameters: [param('id', { example: '', examples: ['x'] })] }), 'x'],
    ['`..` is no segment', op({ parameters: [param('id', { example: '..' })] }), undefined],
    ['the path item’s parameter', op({ pathParameters: [param('id', { example: 'p' })] }), 'p'],
    [
      'the operation’s parameter replaces the path item’s',
      op({ pathParameters: [param('id', { example: 'p' })], parameters: [param('id', { example: 'o' })] }),
      'o'
    ],
    [
      'a query parameter of that name does not count',
      op({ parameters: [param('id', { in: 'query', example: 'q' })] }),
      undefined
    ],
    ['no parameter, no value', op(), undefined]
  ])('%s', (_, operation, value) => {
    expect(parameterValue(operation, 'id')).toBe(value)
  })
})

describe('fillTemplate', () => {
  it.each([
    ['no placeholder', op({ path: '/orders' }), { path: '/orders', params: {} }],
    [
      'placeholders the probe layer fills stay, with their values',
      op({
        path: '/orders/{orderId}/items/{itemId}',
        parameters: [param('orderId', { example: 'o 1' }), param('itemId', { example: 2 })]
      }),
      { path: '/orders/{orderId}/items/{itemId}', params: { orderId: 'o 1', itemId: '2' } }
    ],
    [
      'other names are filled in here, URL-encoded',
      op({ path: '/receipts/{receipt-id}', parameters: [param('receipt-id', { example: 'r 1/2' })] }),
      { path: '/receipts/r%201%2F2', params: {} }
    ],
    [
      'every missing one, in path order, once',
      op({ path: '/a/{x}/b/{y}/c/{x}', parameters: [param('z', { example: '1' })] }),
      { missing: ['x', 'y'] }
    ]
  ])('%s', (_, operation, filled) => {
    expect(fillTemplate(operation)).toEqual(filled)
  })
})

describe('planOperation: a probe of the feature, or why not', () => {
  const protectedDoc = doc({ servers: [server('https://x.test/api/v1')], security: [{ bearerAuth: [] }] })
  const probeOf = (plan: ReturnType<typeof planOperation>) => ('probe' in plan ? plan.probe : undefined)
  const reasonOf = (plan: ReturnType<typeof planOperation>) => ('notProbed' in plan ? plan.notProbed : undefined)

  it('a protected operation: expect protected, the server prefix, the method, the config position', () => {
    const plan = planOperation(
      entry,
      protectedDoc,
      op({ method: 'DELETE', path: '/orders/{id}', tags: ['orders'], parameters: [param('id', { example: 7 })] })
    )
    expect(plan.feature).toBe('orders')
    expect(probeOf(plan)).toEqual({
      service: 'api',
      path: '/api/v1/orders/{id}',
      params: { id: '7' },
      method: 'DELETE',
      headers: {},
      expect: { status: { kind: 'protected' }, bodyContains: [], json: {}, headers: {} },
      timeoutMs: 15_000,
      location: at
    })
  })

  it.each([
    ['the document’s security', protectedDoc, op(), 'protected'],
    ['the operation’s own `security: []` overrides it', protectedDoc, op({ security: [] }), 'exists'],
    ['the operation’s own `{}` alternative', protectedDoc, op({ security: [{}, { bearerAuth: [] }] }), 'exists'],
    ['an operation’s own requirement in an open document', doc(), op({ security: [{ apiKey: [] }] }), 'protected'],
    ['nothing anywhere', doc(), op(), 'exists']
  ])('%s → %s', (_, description, operation, kind) => {
    expect(probeOf(planOperation(entry, description, operation))?.expect.status).toEqual({ kind })
  })

  it.each([
    ['the operation’s servers', op({ servers: [server('/op')], pathServers: [server('/item')] }), '/op/orders'],
    ['the path item’s servers', op({ pathServers: [server('/item')] }), '/item/orders'],
    ['the document’s servers', op(), '/api/v1/orders']
  ])('the prefix comes from %s', (_, operation, path) => {
    expect(probeOf(planOperation(entry, protectedDoc, operation))?.path).toBe(path)
  })

  it.each([
    [
      'a path parameter without a value',
      protectedDoc,
      op({
        path: '/orders/{orderId}/items/{itemId}',
        operationId: 'getItem',
        parameters: [param('orderId', { example: 1 })]
      }),
      {
        service: 'api',
        method: 'GET',
        path: '/api/v1/orders/{orderId}/items/{itemId}',
        operationId: 'getItem',
        reason: 'unfilled-parameter',
        parameters: ['itemId']
      }
    ],
    [
      'an unsafe method anyone may call',
      doc(),
      op({ method: 'POST', path: '/auth/login' }),
      { service: 'api', method: 'POST', path: '/auth/login', reason: 'unsafe-method' }
    ],
    [
      'x-driftcheck-probe: false',
      protectedDoc,
      op({ driftcheckProbe: false }),
      { service: 'api', method: 'GET', path: '/api/v1/orders', reason: 'opted-out' }
    ]
  ])('not probed: %s', (_, description, operation, notProbed) => {
    const plan = planOperation(entry, description, operation)
    expect(probeOf(plan)).toBeUndefined()
    expect(reasonOf(plan)).toEqual(notProbed)
  })

  it.each([
    ['a protected POST is probed (refused before it acts)', protectedDoc, op({ method: 'POST' }), 'protected'],
    ['an anonymous GET', doc(), op({ method: 'GET' }), 'exists'],
    ['an anonymous HEAD', doc(), op({ method: 'HEAD' }), 'exists'],
    ['an anonymous POST with x-driftcheck-probe: true', doc(), op({ method: 'POST', driftcheckProbe: true }), 'exists']
  ])('probed: %s', (_, description, operation, kind) => {
    expect(probeOf(planOperation(entry, description, operation))?.expect.status.kind).toBe(kind)
  })
})
