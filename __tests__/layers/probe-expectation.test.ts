import { describe, expect, it } from '@jest/globals'
import type { Expectation, StatusExpectation } from '../../src/core/config.js'
import { bodySnippet, evaluate } from '../../src/layers/probe/expectation.js'
import { jsonPathGet, jsonPathSegments } from '../../src/core/json-path.js'

const expectation = (status: StatusExpectation, extra: Partial<Expectation> = {}): Expectation => ({
  status,
  bodyContains: [],
  json: {},
  headers: {},
  ...extra
})
const PROTECTED = expectation({ kind: 'protected' })
const EXISTS = expectation({ kind: 'exists' })
const OK = expectation({ kind: 'codes', codes: [200] })
const OK_OR_204 = expectation({ kind: 'codes', codes: [200, 204] })
const answer = (status: number, body = '', headers: Record<string, string> = {}) => ({ status, body, headers })

describe('evaluate: status forms', () => {
  // status × [protected, exists, 200, [200, 204]]
  it.each([
    [401, true, true, false, false],
    [403, true, true, false, false],
    [404, false, false, false, false],
    [405, false, false, false, false],
    [501, false, false, false, false],
    [200, false, true, true, true],
    [204, false, true, false, true],
    [500, false, true, false, false],
    [400, false, true, false, false],
    [302, false, true, false, false],
    [429, false, true, false, false]
  ])('%i → protected %s, exists %s, 200 %s, 200|204 %s', (status, isProtected, exists, ok, okOr204) => {
    expect(evaluate(PROTECTED, answer(status)).ok).toBe(isProtected)
    expect(evaluate(EXISTS, answer(status)).ok).toBe(exists)
    expect(evaluate(OK, answer(status)).ok).toBe(ok)
    expect(evaluate(OK_OR_204, answer(status)).ok).toBe(okOr204)
  })

  it('never treats "any 4xx" as protected', () => {
    for (let status = 400; status < 500; status++) {
      expect(evaluate(PROTECTED, answer(status)).ok).toBe(status === 401 || status === 403)
    }
  })

  it('says what was expected and observed in short words', () => {
    expect(evaluate(PROTECTED, answer(404, '{"error":"Route not found"}'))).toEqual({
      ok: false,
      expected: '401 or 403 (protected)',
      observed: '404 Route not found'
    })
    expect(evaluate(EXISTS, answer(200)).expected).toBe('any answer but 404/405/501 (exists)')
    expect(evaluate(expectation({ kind: 'codes', codes: [200, 201, 204] }), answer(200)).expected).toBe(
      '200, 201 or 204'
    )
    expect(evaluate(OK, answer(200)).observed).toBe('200')
  })
})

describe('evaluate: body, JSON and headers', () => {
  const steps = JSON.stringify({
    data: {
      steps: [
        { id: 'close-books', n: 1 },
        { id: 'report', tags: ['a'] }
      ]
    }
  })

  it.each([
    [{ bodyContains: ['close-books'] }, 200, steps, true, undefined],
    [{ bodyContains: ['close-books', 'report'] }, 200, steps, true, undefined],
    [{ bodyContains: ['missing-step'] }, 200, steps, false, 'body lacks "missing-step"'],
    [{ bodyContains: ['close-books'] }, 500, steps, false, undefined],
    [{ json: { 'data.steps[0].id': 'close-books' } }, 200, steps, true, undefined],
    [{ json: { '$.data.steps[1].tags': ['a'] } }, 200, steps, true, undefined],
    [{ json: { 'data.steps[0]': { id: 'close-books', n: 1 } } }, 200, steps, true, undefined],
    [
      { json: { 'data.steps[0]': { id: 'close-books' } } },
      200,
      steps,
      false,
      'data.steps[0] = {"id":"close-books","n":1}'
    ],
    [{ json: { 'data.steps[0].n': '1' } }, 200, steps, false, 'data.steps[0].n = 1'],
    [{ json: { 'data.steps[5].id': 'x' } }, 200, steps, false, 'data.steps[5].id is missing'],
    [{ json: { 'data.steps[-1].id': 'report' } }, 200, steps, true, undefined],
    [{ json: { 'data.steps': 2 } }, 200, 'not json', false, 'body is not JSON']
  ])('%j on %i', (extra, status, body, ok, detail) => {
    const result = evaluate(expectation({ kind: 'codes', codes: [200] }, extra), answer(status, body))
    expect(result.ok).toBe(ok)
    if (detail) expect(result.observed).toContain(detail)
  })

  it('compares header names case-insensitively and values exactly', () => {
    const want = expectation({ kind: 'codes', codes: [200] }, { headers: { 'Content-Type': 'application/json' } })
    expect(evaluate(want, answer(200, '', { 'content-type': 'application/json' })).ok).toBe(true)
    expect(evaluate(want, answer(200, '', { 'CONTENT-TYPE': 'application/json' })).ok).toBe(true)
    expect(evaluate(want, answer(200, '', { 'content-type': 'text/html' })).observed).toBe(
      '200, header content-type: text/html'
    )
    expect(evaluate(want, answer(200, '', {})).observed).toBe('200, no content-type header')
    expect(evaluate(want, answer(200, '', {})).expected).toBe('200, header content-type: application/json')
  })

  it('a protected route with extra checks still needs 401/403 first', () => {
    const want = expectation({ kind: 'protected' }, { bodyContains: ['unauthorized'] })
    expect(evaluate(want, answer(401, '{"error":"unauthorized"}')).ok).toBe(true)
    expect(evaluate(want, answer(404, 'unauthorized')).ok).toBe(false)
  })
})

describe('bodySnippet', () => {
  it('keeps one short line', () => {
    const snippet = bodySnippet(`line one\nline two\t${'x'.repeat(200)}`)
    expect(snippet).not.toMatch(/\n|\t/)
    expect(snippet.length).toBeLessThanOrEqual(80)
    expect(snippet.endsWith('…')).toBe(true)
  })
  it('prefers a JSON error message and an HTML title', () => {
    expect(bodySnippet('{"message":"Route not found","statusCode":404}')).toBe('Route not found')
    expect(bodySnippet('{"error":{"message":"nope"}}')).toBe('nope')
    expect(bodySnippet('<html><head><title>502 Bad Gateway</title></head><body>…</body></html>')).toBe(
      '502 Bad Gateway'
    )
    expect(bodySnippet('   ')).toBe('')
  })
})

describe('JSON paths', () => {
  it('parses dots, indexes and quoted keys', () => {
    expect(jsonPathSegments('data.steps[0].id')).toEqual(['data', 'steps', 0, 'id'])
    expect(jsonPathSegments('$.a["b.c"][2]')).toEqual(['a', 'b.c', 2])
    expect(jsonPathGet({ a: { 'b.c': [0, 1, 'x'] } }, "a['b.c'][2]")).toEqual({ found: true, value: 'x' })
    expect(jsonPathGet({ a: null }, 'a')).toEqual({ found: true, value: null })
    expect(jsonPathGet({ a: null }, 'a.b')).toEqual({ found: false })
    expect(jsonPathGet([1], 'length')).toEqual({ found: false })
  })
  it('a path it cannot read fails the check instead of throwing', () => {
    const result = evaluate(expectation({ kind: 'codes', codes: [200] }, { json: { 'a[': 1 } }), answer(200, '{}'))
    expect(result.ok).toBe(false)
    expect(result.observed).toMatch(/cannot read JSON path/)
  })
})
