import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SwaggerParserDescriptions } from '../../src/adapters/openapi.js'
import { ApiDescriptionError } from '../../src/core/errors.js'
import type { ApiDescription } from '../../src/core/ports.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'openapi-fixtures')
const reader = new SwaggerParserDescriptions()
const read = (name: string) => reader.read(join(FIXTURES, name))
const byId = (doc: ApiDescription, id: string) => doc.operations.find((op) => op.operationId === id)!

async function problem(file: string): Promise<string> {
  const error = await reader.read(file).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApiDescriptionError)
  const message = (error as Error).message
  expect(message).not.toContain('\n')
  return message
}

describe('SwaggerParserDescriptions on an OpenAPI 3.0 document', () => {
  it('lists every operation in document order, with the facts of each', async () => {
    const doc = await read('shop-3.0.yaml')
    expect(doc.version).toBe('3.0.3')
    expect(doc.security).toEqual([{ bearerAuth: [] }])
    expect(doc.servers.map((s) => s.url)).toEqual(['https://shop.example.com/api/v1', 'http://localhost:3000/api/v1'])
    expect(doc.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'GET /orders',
      'GET /orders/{orderId}',
      'DELETE /orders/{orderId}',
      'GET /orders/{orderId}/items/{itemId}',
      'GET /customers/{customerId}',
      'GET /catalog/products/{sku}',
      'GET /health',
      'POST /auth/login'
    ])
  })

  it('resolves `$ref`s to components: the path item parameter and the operation parameter', async () => {
    const doc = await read('shop-3.0.yaml')
    expect(byId(doc, 'getOrder').pathParameters).toEqual([
      { name: 'orderId', in: 'path', example: 'ord_1001', examples: [], schema: { examples: [], enum: [] } }
    ])
    expect(byId(doc, 'listOrders').parameters).toEqual([
      { name: 'page', in: 'query', examples: [], schema: { examples: [], default: 1, enum: [] } }
    ])
  })

  it('resolves a `$ref` into another file', async () => {
    const doc = await read('shop-3.0.yaml')
    expect(byId(doc, 'getCustomer').parameters).toEqual([
      { name: 'customerId', in: 'path', examples: [], schema: { example: 4711, examples: [], enum: [] } }
    ])
  })

  it('keeps security as written: the operation’s own (also `[]` and `{}`), else none', async () => {
    const doc = await read('shop-3.0.yaml')
    expect(byId(doc, 'getOrder').security).toBeUndefined()
    expect(byId(doc, 'health').security).toEqual([])
    expect(byId(doc, 'getProduct').security).toEqual([{}, { bearerAuth: [] }])
    expect(byId(doc, 'getProduct').driftcheckExamples).toEqual({ sku: 'SKU-1' })
  })
})

describe('SwaggerParserDescriptions on an OpenAPI 3.1 document', () => {
  it('reads server variables, schema `examples`, `examples` entries, path items from components, x-driftcheck-probe', async () => {
    const doc = await read('billing-3.1.yaml')
    expect(doc.version).toBe('3.1.0')
    expect(doc.servers).toEqual([{ url: '/{basePath}', variables: { basePath: 'billing/v2' } }])
    expect(byId(doc, 'createInvoice').security).toEqual([{ oauth: ['invoices:write'] }])
    expect(byId(doc, 'getInvoice').parameters[0]!.schema.examples).toEqual(['inv_7'])
    expect(byId(doc, 'invoicePdf').parameters[0]!.examples).toEqual(['inv_7'])
    expect(byId(doc, 'invoicePdf').driftcheckProbe).toBe(false)
    expect(byId(doc, 'getReceipt').parameters[0]!.schema.enum).toEqual(['r 1', 'r-2'])
    expect(byId(doc, 'listRefunds')).toMatchObject({ method: 'GET', path: '/refunds', tags: ['refunds'] })
  })

  it('reads JSON too: a document with no operation has an empty list', async () => {
    expect((await read('no-operations.json')).operations).toEqual([])
  })
})

describe('a document that cannot be used is one line, no parser dump', () => {
  it.each([
    ['missing', 'nope.yaml', 'no such file in the checkout, expected an OpenAPI document (YAML or JSON)'],
    ['a folder', 'shared', 'is a directory, expected an OpenAPI document'],
    [
      'a syntax error',
      'syntax-error.yaml',
      'has a YAML/JSON syntax error at line 3, column 1: missed comma between flow collection entries'
    ],
    ['invalid', 'invalid.yaml', "is not a valid OpenAPI document: #/info must have required property 'version'"],
    ['Swagger 2.0', 'swagger-2.0.yaml', 'is Swagger 2.0, expected an OpenAPI 3.0 or 3.1 document'],
    ['a $ref to a missing file', 'dangling-ref.yaml', 'refers to shared/missing.yaml, which cannot be read (ENOENT)']
  ])('%s', async (_, name, message) => {
    expect(await problem(join(FIXTURES, name))).toBe(message)
  })

  it('never fetches a URL: a `$ref` over http is refused, and the server is never asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-openapi-'))
    let asked = 0
    const server = createServer((_, res) => {
      asked++
      res.end('Id: { name: id, in: path, required: true, schema: { type: string } }\n')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const file = join(dir, 'remote-ref.yaml')
      const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/components.yaml`
      await writeFile(
        file,
        [
          'openapi: 3.0.3',
          "info: { title: Remote, version: '1' }",
          'paths:',
          '  /x/{id}:',
          '    get:',
          `      parameters: [{ $ref: '${remote}#/Id' }]`,
          "      responses: { '200': { description: ok } }"
        ].join('\n')
      )
      expect(await problem(file)).toBe(`has a \`$ref\` that cannot be resolved from files: \`${remote}\``)
      expect(asked).toBe(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('a `$ref` to a component that is not there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-openapi-'))
    try {
      const file = join(dir, 'typo.yaml')
      await writeFile(
        file,
        [
          'openapi: 3.0.3',
          "info: { title: Typo, version: '1' }",
          'paths:',
          '  /x/{id}:',
          '    get:',
          "      parameters: [{ $ref: '#/components/parameters/Idd' }]",
          "      responses: { '200': { description: ok } }",
          'components:',
          '  parameters:',
          '    Id: { name: id, in: path, required: true, schema: { type: string } }'
        ].join('\n')
      )
      const message = await problem(file)
      expect(message).toContain('#/components/parameters/Idd')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
