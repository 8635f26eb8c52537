import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig, ProbeConfig } from '../../src/core/config.js'
import { Redactor } from '../../src/core/redact.js'
import { runAuthLayer } from '../../src/layers/auth.js'
import { credentialValues } from '../../src/layers/probe.js'
import { FakeHttp, answer, expectation } from './probe-fakes.js'

const TOKEN = 'tok-3f9a8c7e1d'
const services = { api: { name: 'api', url: 'http://api.test' } }
const authProbe = (extra: Partial<ProbeConfig> = {}): ProbeConfig => ({
  service: 'api',
  path: '/api/v1/workflows/steps/definitions',
  method: 'GET',
  headers: { Authorization: `Bearer ${TOKEN}` },
  expect: expectation({ kind: 'codes', codes: [200] }, { bodyContains: ['close-books'] }),
  timeoutMs: 1_000,
  ...extra
})
const feature = (auth: ProbeConfig[]): FeatureConfig => ({
  name: 'workflow',
  source: [],
  artifact: {},
  routes: [],
  auth
})

describe('runAuthLayer', () => {
  it('sends the configured headers and passes on the expected answer', async () => {
    const http = new FakeHttp(() => answer(200, '{"steps":["close-books"]}'))
    const result = (
      await runAuthLayer({ features: [feature([authProbe()])], services, http, redactor: new Redactor() })
    ).get('workflow')!
    expect(http.requests[0]!.headers).toEqual({ Authorization: `Bearer ${TOKEN}` })
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(
      'GET /api/v1/workflows/steps/definitions answered 200 as expected with credentials'
    )
  })

  it('never lets the token into the result, even when the server echoes it (whole header, bare token)', async () => {
    const http = new FakeHttp((request) =>
      answer(401, `invalid token ${TOKEN} (you sent "${request.headers.Authorization}")`, {
        'x-echo': request.headers.Authorization!
      })
    )
    const results = await runAuthLayer({
      features: [
        feature([
          authProbe(),
          authProbe({
            path: `/echo`,
            expect: expectation({ kind: 'codes', codes: [200] }, { headers: { 'x-echo': 'nope' } })
          })
        ])
      ],
      services,
      http,
      redactor: new Redactor()
    })
    const json = JSON.stringify([...results])
    expect(json).not.toContain(TOKEN)
    expect(json).toContain('***')
    const result = results.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toMatch(/answered 401 \(invalid token \*\*\*.*\): the credentials were refused/)
  })

  it('redacts the secrets the config knows (from ${ENV}) in every string, URLs included', async () => {
    const http = new FakeHttp(() => answer(500, 'tenant s3cr3t-tenant is broken'))
    const results = await runAuthLayer({
      features: [feature([authProbe({ path: '/t/s3cr3t-tenant', headers: { 'X-Tenant': 's3cr3t-tenant' } })])],
      services,
      http,
      redactor: new Redactor(['s3cr3t-tenant'])
    })
    expect(JSON.stringify([...results])).not.toContain('s3cr3t-tenant')
  })

  it('knows the credential inside Bearer and Basic headers', () => {
    const basic = Buffer.from('bob:hunter22').toString('base64')
    expect(credentialValues({ Authorization: `Basic ${basic}`, Accept: 'text/html' })).toEqual([
      `Basic ${basic}`,
      basic,
      'bob:hunter22',
      'hunter22'
    ])
    expect(credentialValues({ 'X-Api-Key': 'k-123', Cookie: 'sid=abc' })).toEqual(['k-123', 'sid=abc'])
  })

  it('skips a feature without authenticated probes', async () => {
    const results = await runAuthLayer({
      features: [feature([])],
      services,
      http: new FakeHttp(() => answer(200)),
      redactor: new Redactor()
    })
    expect(results.get('workflow')).toMatchObject({ status: 'skip' })
  })
})

describe('runAuthLayer with control probes', () => {
  const steps = '{"steps":["close-books"]}'
  it('200 with the same body as a path that cannot exist proves nothing, whatever the status check says', async () => {
    const http = new FakeHttp(
      () => answer(200, steps),
      undefined,
      5,
      () => answer(200, steps)
    )
    const result = (
      await runAuthLayer({
        features: [feature([authProbe({ expect: expectation({ kind: 'codes', codes: [200] }) })])],
        services,
        http,
        redactor: new Redactor()
      })
    ).get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toMatch(
      /answered 200 as expected with credentials, and so does GET \/api\/v1\/workflows\/steps\/driftcheck-control-[0-9a-f]{16} with the same body, a path that cannot exist: this proves nothing; what would: a bodyContains\/json check/
    )
    // The control carried the same credentials, and its evidence is redacted like the probe's.
    expect(http.controls.every((c) => c.headers.Authorization === `Bearer ${TOKEN}`)).toBe(true)
  })

  it('a body check the control does not meet discriminates: pass', async () => {
    const http = new FakeHttp(
      () => answer(200, steps),
      undefined,
      5,
      (request) => answer(200, `{"echo":"${request.headers.Authorization}"}`)
    )
    const results = await runAuthLayer({ features: [feature([authProbe()])], services, http, redactor: new Redactor() })
    const result = results.get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.checks![0]!.controls!.every((c) => c.comparison === 'different')).toBe(true)
    expect(JSON.stringify([...results])).not.toContain(TOKEN)
  })
})
