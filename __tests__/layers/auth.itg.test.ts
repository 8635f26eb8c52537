import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NodeHttpClient } from '../../src/adapters/http.js'
import type { Expectation, FeatureConfig, ProbeConfig } from '../../src/core/config.js'
import { Redactor } from '../../src/core/redact.js'
import { runAuthLayer } from '../../src/layers/auth.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

const TOKEN = `tok-${Math.random().toString(36).slice(2)}-${Date.now()}`
const STEPS = '/api/v1/workflows/steps/definitions'
const EXPECT: Expectation = {
  status: { kind: 'codes', codes: [200] },
  bodyContains: ['close-books'],
  json: { 'data.steps[0].id': 'close-books' },
  headers: { 'Content-Type': 'application/json' }
}
const probe = (token: string, path = STEPS): ProbeConfig => ({
  service: 'api',
  path,
  method: 'GET',
  headers: { Authorization: `Bearer ${token}` },
  expect: EXPECT,
  timeoutMs: 2_000
})
const feature = (auth: ProbeConfig[]): FeatureConfig => ({
  name: 'workflow',
  source: [],
  artifact: {},
  routes: [],
  auth
})

describe('auth layer against a real HTTP server', () => {
  let api: TestServer
  let http: NodeHttpClient
  const run = (auth: ProbeConfig[], redactor = new Redactor()) =>
    runAuthLayer({ features: [feature(auth)], services: { api: { name: 'api', url: api.url } }, http, redactor })

  beforeAll(async () => {
    api = await startHttpServer({
      routes: {
        [STEPS]: {
          bearer: TOKEN,
          body: JSON.stringify({ data: { steps: [{ id: 'close-books' }] } }),
          // A careless server that echoes the credential back.
          unauthorizedBody: (req) => JSON.stringify({ error: `bad token: ${req.headers.authorization}` })
        },
        '/api/v1/me': { bearer: TOKEN, body: (req) => `hello, your token is ${req.headers.authorization}` }
      }
    })
    http = new NodeHttpClient()
  })
  afterAll(async () => {
    await http.close()
    await api.close()
  })

  it('passes with the right token', async () => {
    const result = (await run([probe(TOKEN)])).get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(`GET ${STEPS} answered 200 as expected with credentials`)
  })

  it('fails with a wrong token: the credentials were refused', async () => {
    const wrong = `${TOKEN}-wrong`
    const results = await run([probe(wrong)])
    const result = results.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toMatch(/answered 401 .*the credentials were refused/)
    const json = JSON.stringify([...results])
    expect(json).not.toContain(wrong)
    expect(json).not.toContain(TOKEN)
  })

  it('the token appears nowhere in the serialised results, even when the server echoes it in a body', async () => {
    const results = await run([
      probe(TOKEN, '/api/v1/me'), // 200 echoing the token, fails the JSON check: the body snippet is in evidence
      probe(TOKEN)
    ])
    const result = results.get('workflow')!
    expect(result.status).toBe('fail')
    const json = JSON.stringify([...results])
    expect(json).toContain('hello, your token is ***')
    expect(json).not.toContain(TOKEN)
    expect(json).not.toContain(TOKEN.slice(4))
  })
})
