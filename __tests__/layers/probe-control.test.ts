import { describe, expect, it } from '@jest/globals'
import type { Expectation } from '../../src/core/config.js'
import type { Check, ControlCheck } from '../../src/core/model.js'
import {
  compareWithControl,
  controlKey,
  controlPaths,
  digestOf,
  discriminates,
  newControlToken,
  provesNothing
} from '../../src/layers/probe/control.js'
import type { Answer } from '../../src/layers/probe/expectation.js'
import { expectation } from './probe-fakes.js'

const reply = (status: number, body = '', headers: Record<string, string> = {}): Answer => ({ status, body, headers })
const PROTECTED = expectation({ kind: 'protected' })
const EXISTS = expectation({ kind: 'exists' })
const OK = expectation({ kind: 'codes', codes: [200] })
const INDEX = '<html><title>App</title><div id="root"></div></html>'

describe('controlPaths', () => {
  it.each([
    ['/api/v1/workflows/steps/definitions', ['/api/v1/workflows/steps/driftcheck-control-T', '/driftcheck-control-T']],
    ['/api/articles/stats', ['/api/articles/driftcheck-control-T', '/driftcheck-control-T']],
    ['/api/x/', ['/api/driftcheck-control-T', '/driftcheck-control-T']],
    ['/api/search?q=a/b', ['/api/driftcheck-control-T', '/driftcheck-control-T']],
    ['/health', ['/driftcheck-control-T']],
    ['health', ['/driftcheck-control-T']],
    ['/', ['/driftcheck-control-T']]
  ])('%s → %j', (path, controls) => {
    expect(controlPaths(path, 'T')).toEqual(controls)
  })

  it('the random part is fresh each run and long enough that no server has a route for it', () => {
    const tokens = new Set(Array.from({ length: 20 }, newControlToken))
    expect(tokens.size).toBe(20)
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('controlKey', () => {
  it('one control per URL, method, header set (names in any case and order) and body', () => {
    const key = controlKey('http://a/x', 'GET', { Authorization: 'Bearer t', Accept: 'json' })
    expect(controlKey('http://a/x', 'get', { accept: 'json', authorization: 'Bearer t' })).toBe(key)
    expect(controlKey('http://a/x', 'GET', { Authorization: 'Bearer u', Accept: 'json' })).not.toBe(key)
    expect(controlKey('http://a/x', 'POST', { Authorization: 'Bearer t', Accept: 'json' })).not.toBe(key)
    expect(controlKey('http://a/y', 'GET', { Authorization: 'Bearer t', Accept: 'json' })).not.toBe(key)
    expect(controlKey('http://a/x', 'GET', { Authorization: 'Bearer t', Accept: 'json' }, '{}')).not.toBe(key)
  })
})

describe('compareWithControl', () => {
  const cases: [string, Expectation, Answer | undefined, Answer | undefined, string][] = [
    ['auth before routing: 401 like any path', PROTECTED, reply(401, 'no'), reply(401, 'no'), 'same'],
    ['401 bodies differ, still the same status: proves nothing', PROTECTED, reply(401, 'a'), reply(401, 'b'), 'same'],
    ['401 where an unknown path is 404', PROTECTED, reply(401), reply(404), 'different'],
    ['401 where an unknown path is 403', PROTECTED, reply(401), reply(403), 'different'],
    ['body parser: 500 like any path', EXISTS, reply(500, 'bad json'), reply(500, 'bad json'), 'same'],
    ['500 where an unknown path is 404', EXISTS, reply(500), reply(404), 'different'],
    ['catch-all: 200 with the same page', OK, reply(200, INDEX), reply(200, INDEX), 'same'],
    ['catch-all: exists, 200 with the same page', EXISTS, reply(200, INDEX), reply(200, INDEX), 'same'],
    ['200 with another body', OK, reply(200, '<h1>Workflow</h1>'), reply(200, INDEX), 'different'],
    [
      'a body check the control meets too',
      expectation({ kind: 'codes', codes: [200] }, { bodyContains: ['root'] }),
      reply(200, INDEX),
      reply(200, INDEX),
      'same'
    ],
    [
      'non-2xx: a body check the control does not meet discriminates',
      expectation({ kind: 'protected' }, { bodyContains: ['workflows'] }),
      reply(401, 'token required for workflows'),
      reply(401, 'unauthorized'),
      'different'
    ],
    [
      'a header check the control does not meet discriminates',
      expectation({ kind: 'codes', codes: [200] }, { headers: { 'x-feature': 'on' } }),
      reply(200, INDEX, { 'x-feature': 'on' }),
      reply(200, INDEX),
      'different'
    ],
    ['no control answer', PROTECTED, reply(401), undefined, 'unknown'],
    ['no probe answer', PROTECTED, undefined, reply(404), 'unknown'],
    ['a control still settling (503) tells nothing', PROTECTED, reply(401), reply(503), 'unknown'],
    ['a 503 like the control’s 503', expectation({ kind: 'codes', codes: [503] }), reply(503), reply(503), 'same'],
    ['a failing probe answered alike', PROTECTED, reply(404), reply(404), 'same']
  ]
  it.each(cases.map(([name, e, probe, control, comparison]) => [name, comparison, e, probe, control] as const))(
    '%s → %s',
    (_name, comparison, expect_, probe, control) => {
      expect(compareWithControl(expect_, probe, control)).toBe(comparison)
    }
  )

  it('digests are sha256 of the body', () => {
    expect(digestOf('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('provesNothing / discriminates', () => {
  const control = (comparison: ControlCheck['comparison']): ControlCheck => ({
    target: 'GET http://a/driftcheck-control-T',
    observed: '401',
    comparison
  })
  const check = (status: Check['status'], httpStatus: number | undefined, ...controls: ControlCheck[]): Check => ({
    target: 'GET http://a/x',
    status,
    observed: String(httpStatus),
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    controls
  })
  it.each([
    ['answered alike (error)', check('error', 401, control('different'), control('same')), true, false],
    ['control without answer (error)', check('error', 401, control('unknown')), true, false],
    ['no answer at all', check('error', undefined, control('unknown')), false, false],
    ['differs from every control', check('pass', 401, control('different'), control('different')), false, true],
    ['a failure that differs', check('fail', 404, control('different')), false, true],
    ['a failure answered alike', check('fail', 404, control('same')), false, false],
    ['no controls (an older result)', check('pass', 401), false, false]
  ])('%s', (_name, value, nothing, discriminating) => {
    expect(provesNothing(value)).toBe(nothing)
    expect(discriminates(value)).toBe(discriminating)
  })
})
