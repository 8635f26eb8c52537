import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RunResult } from '../../src/core/model.js'
import { startHttpServer, type TestRoute, type TestServer } from '../helpers/http-server.js'

// The CLI as users run it, with `openapi:` pointing at the shop fixture (3.0, `$ref`s across components and into another
// file), against a real server on 127.0.0.1 that serves those operations: the protected ones answer 401 without a token.
const root = process.cwd()
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const fixtures = join(root, '__tests__', 'adapters', 'openapi-fixtures')
const work = mkdtempSync(join(tmpdir(), 'driftcheck-cli-openapi-'))
const servers: TestServer[] = []

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { FORCE_COLOR: _ignored, ...env } = process.env
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args],
      { cwd: work, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
    )
  })
}

const guarded: TestRoute = { bearer: 'tok-openapi-itg', body: '{"ok":true}' }
/** The shop as deployed: every operation the document has, except those a test leaves out. */
const SHOP: Record<string, TestRoute> = {
  '/api/v1/orders': guarded,
  '/api/v1/orders/ord_1001': guarded,
  '/api/v1/orders/ord_1001/items/1': guarded,
  '/api/v1/customers/4711': guarded,
  '/api/v1/catalog/products/SKU-1': { body: '{"sku":"SKU-1"}' },
  '/api/v1/health': { body: '{"status":"up"}' },
  '/api/v1/auth/login': { method: 'POST', status: 400, body: '{"error":"email and password are required"}' }
}

async function shop(without: string[] = []): Promise<TestServer> {
  const routes = Object.fromEntries(Object.entries(SHOP).filter(([path]) => !without.includes(path)))
  const server = await startHttpServer({ routes })
  servers.push(server)
  return server
}

function config(name: string, url: string, document = 'shop-3.0.yaml'): string {
  const file = join(work, `${name}.yml`)
  writeFileSync(file, `version: 1\nservices:\n  api: { url: '${url}' }\nopenapi:\n  api: ${document}\n`)
  return file
}

beforeAll(() => {
  cpSync(fixtures, work, { recursive: true })
  // Written here: a broken file in the repo would break the formatter's check of the tree.
  writeFileSync(join(work, 'syntax-error.yaml'), 'openapi: 3.0.3\ninfo: { title: Broken, version: "1" \npaths: {}\n')
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  rmSync(work, { recursive: true, force: true })
})

describe('driftcheck verify with `openapi:`', () => {
  it('passes when the server serves the operations; the ones not probed are listed, and never sent', async () => {
    const server = await shop()
    const output = join(work, 'pass.json')
    const run = await cli(['verify', '--config', config('pass', server.url), '--layers', 'route,auth'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^PASS — all 5 features line up/m)
    expect(run.stdout).toContain('not probed: 2 OpenAPI operations (a pass says nothing about them)')
    expect(run.stdout).toMatch(/orders\s+POST \/api\/v1\/orders \(guestCheckout\): anyone may call it/)
    expect(run.stdout).toMatch(
      /orders\s+GET \/api\/v1\/orders\/\{orderId\}\/items\/\{itemId\} \(getOrderItem\): path parameter itemId has no example/
    )
    // Neither the guest checkout nor a made-up item was sent.
    const sent = server.received.map((r) => `${r.method} ${r.path}`)
    expect(sent).not.toContain('POST /api/v1/orders')
    expect(sent.some((r) => r.includes('/items/'))).toBe(false)
    expect(sent).toEqual(expect.arrayContaining(['DELETE /api/v1/orders/ord_1001', 'POST /api/v1/auth/login']))

    const json = await cli([
      'verify',
      '--config',
      config('pass', server.url),
      '--layers',
      'route',
      '--format',
      'json',
      '--output',
      output
    ])
    expect(json.code).toBe(0)
    const result = JSON.parse(readFileSync(output, 'utf8')) as RunResult
    const orders = result.features.find((f) => f.name === 'orders')!
    expect(orders.verdict).toBe('pass')
    expect(orders.notProbed).toEqual([
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
    // The protected operations answered 401 without credentials: the route is there, it wants them.
    const checks = orders.layers.find((l) => l.layer === 'route')!.evidence.checks!
    expect(checks.map((c) => [c.target.replace(server.url, ''), c.httpStatus, c.status])).toEqual([
      ['GET /api/v1/orders', 401, 'pass'],
      ['GET /api/v1/orders/ord_1001', 401, 'pass'],
      ['DELETE /api/v1/orders/ord_1001', 401, 'pass']
    ])
    expect(result.features.map((f) => f.name)).toEqual(['orders', 'customers', 'catalog', 'system', 'auth'])
  }, 90_000)

  it('an operation the server lacks is route-missing, named by its feature and operation', async () => {
    const server = await shop(['/api/v1/customers/4711'])
    const run = await cli(['verify', '--config', config('missing', server.url), '--layers', 'route,auth'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^customers\s+route-missing/m)
    expect(run.stdout).toMatch(
      /GET \/api\/v1\/customers\/4711 \(from \/api\/v1\/customers\/\{customerId\}\) answered 404.*the route is missing/
    )
    expect(run.stdout).toMatch(/^orders\s+pass/m)
    expect(run.stdout).toMatch(/^FAIL — 1 of 5 features drifted/m)
  }, 90_000)

  it('a feature whose every operation is left out could not be checked: exit 3, never a pass', async () => {
    const server = await shop()
    const document = join(work, 'only-unfilled.yaml')
    writeFileSync(
      document,
      [
        'openapi: 3.1.0',
        "info: { title: Reports, version: '1' }",
        'paths:',
        '  /reports/{reportId}:',
        '    get:',
        '      tags: [reports]',
        '      parameters: [{ name: reportId, in: path, required: true, schema: { type: string } }]',
        "      responses: { '200': { description: A report. } }"
      ].join('\n')
    )
    const run = await cli([
      'verify',
      '--config',
      config('unfilled', server.url, 'only-unfilled.yaml'),
      '--layers',
      'route'
    ])
    expect(run.code).toBe(3)
    expect(run.stdout).toMatch(/^reports\s+error/m)
    expect(run.stdout).toContain('none of its 1 OpenAPI operation(s) could be probed')
    expect(run.stdout).toMatch(/reports\s+GET \/reports\/\{reportId\}: path parameter reportId has no example/)
    expect(run.stdout).not.toMatch(/^PASS/m)
    expect(server.received).toEqual([])
  }, 90_000)

  it.each([
    ['a missing document', 'absent.yaml', 'no such file in the checkout, expected an OpenAPI document (YAML or JSON)'],
    [
      'a syntax error',
      'syntax-error.yaml',
      'has a YAML/JSON syntax error at line 3, column 1: missed comma between flow collection entries'
    ],
    [
      'an invalid document',
      'invalid.yaml',
      "is not a valid OpenAPI document: #/info must have required property 'version'"
    ]
  ])(
    '%s is a one-line config error at the `openapi` key (exit 2)',
    async (_, document, problem) => {
      const file = config(`bad-${document.replace(/\W/g, '-')}`, 'http://127.0.0.1:9', document)
      const run = await cli(['verify', '--config', file, '--layers', 'route'])
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(`driftcheck: ${file}:5:3: \`openapi.api\` (\`${document}\`): ${problem}\n`)
    },
    90_000
  )
})
