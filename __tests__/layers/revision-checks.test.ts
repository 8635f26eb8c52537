import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import type { Expectation } from '../../src/core/config.js'
import { fillRevision, unknownTemplates, usesRevision } from '../../src/core/revision-template.js'
import { compareWithControl } from '../../src/layers/probe/control.js'
import { evaluate } from '../../src/layers/probe/expectation.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const OK: Expectation['status'] = { kind: 'codes', codes: [200] }
const expectation = (extra: Partial<Expectation>): Expectation => ({
  status: OK,
  bodyContains: [],
  json: {},
  headers: {},
  ...extra
})
const json = (value: unknown, headers: Record<string, string> = {}) => ({
  status: 200,
  body: JSON.stringify(value),
  headers
})

describe('fillRevision: the checked commit in an expectation', () => {
  it('fills json values (deep), headers and bodyContains, and keeps the commit for the words', () => {
    const written = expectation({
      bodyContains: ['build {{ revision.short }}'],
      headers: { 'X-Commit': '{{revision}}' },
      json: { commit: '{{revision}}', build: { ref: 'main@{{revision.short}}', tags: ['{{revision.short}}'] }, n: 1 }
    })
    expect(usesRevision(written)).toBe(true)
    expect(fillRevision(written, HEAD)).toEqual({
      status: OK,
      bodyContains: ['build 9f8e7d6'],
      headers: { 'X-Commit': HEAD },
      json: { commit: HEAD, build: { ref: 'main@9f8e7d6', tags: ['9f8e7d6'] }, n: 1 },
      revision: HEAD
    })
  })

  it('leaves an expectation without templates as it is', () => {
    const plain = expectation({ json: { commit: 'abc' } })
    expect(usesRevision(plain)).toBe(false)
    expect(fillRevision(plain, HEAD)).toBe(plain)
  })

  it('names the templates that are none of its own', () => {
    expect(unknownTemplates('{{revison}} {{revision}} {{ revision.short }} {{sha}}')).toEqual(['revison', 'sha'])
  })
})

describe('evaluate with the revision: a mismatch names both commits', () => {
  const byJson = fillRevision(expectation({ json: { commit: '{{revision}}' } }), HEAD)
  it.each([
    ['the full commit', json({ commit: HEAD }), true, undefined],
    ['the short commit (an app may expose either)', json({ commit: '9f8e7d6' }), true, undefined],
    ['upper case', json({ commit: HEAD.toUpperCase() }), true, undefined],
    ['another commit', json({ commit: OLD }), false, 'commit says a1b2c3d; HEAD is 9f8e7d6'],
    ['another short commit', json({ commit: 'a1b2c3d' }), false, 'commit says a1b2c3d; HEAD is 9f8e7d6'],
    ['a prefix too short to be a commit', json({ commit: '9f8e' }), false, 'commit says "9f8e"; HEAD is 9f8e7d6'],
    ['no commit at all', json({ version: '1.2.0' }), false, 'commit is missing (HEAD is 9f8e7d6)'],
    ['not a string', json({ commit: 42 }), false, 'commit says 42; HEAD is 9f8e7d6']
  ])('%s', (_, answer, ok, detail) => {
    const evaluation = evaluate(byJson, answer)
    expect(evaluation.ok).toBe(ok)
    expect(evaluation.detail).toBe(detail)
    expect(evaluation.expected).toBe('200, commit = HEAD (9f8e7d6)')
  })

  it('a header', () => {
    const byHeader = fillRevision(expectation({ headers: { 'X-Commit': '{{revision.short}}' } }), HEAD)
    expect(evaluate(byHeader, json({}, { 'x-commit': HEAD })).ok).toBe(true)
    expect(evaluate(byHeader, json({}, { 'x-commit': OLD })).detail).toBe(
      'header x-commit says a1b2c3d; HEAD is 9f8e7d6'
    )
    expect(evaluate(byHeader, json({})).detail).toBe('no x-commit header (HEAD is 9f8e7d6)')
  })

  it('bodyContains: text around the commit is matched exactly', () => {
    const byBody = fillRevision(expectation({ bodyContains: ['revision {{revision.short}}'] }), HEAD)
    expect(evaluate(byBody, { status: 200, body: 'ok, revision 9f8e7d6', headers: {} }).ok).toBe(true)
    expect(evaluate(byBody, { status: 200, body: 'ok, revision a1b2c3d', headers: {} }).detail).toBe(
      'body lacks "revision 9f8e7d6" (HEAD is 9f8e7d6)'
    )
  })

  it('a control answer that does not meet the revision expectation discriminates; one that does proves nothing', () => {
    // A 503 health endpoint (expected while degraded) whose body names the commit; the control's 503 does not.
    const health = fillRevision(
      expectation({ status: { kind: 'codes', codes: [503] }, json: { commit: '{{revision}}' } }),
      HEAD
    )
    const probe = { status: 503, body: JSON.stringify({ commit: HEAD }), headers: {} }
    expect(compareWithControl(health, probe, { status: 503, body: '{"error":"unavailable"}', headers: {} })).toBe(
      'different'
    )
    expect(
      compareWithControl(health, probe, { status: 503, body: JSON.stringify({ commit: HEAD }), headers: {} })
    ).toBe('same')
  })
})

describe('the config: a {{…}} that is no placeholder is a typo', () => {
  const config = (expectLine: string) =>
    parseConfig(
      [
        'version: 1',
        'services:',
        '  api: { url: "http://127.0.0.1:1" }',
        'features:',
        '  version:',
        '    routes:',
        '      - service: api',
        '        path: /version',
        `        expect: ${expectLine}`
      ].join('\n') + '\n',
      'driftcheck.yml',
      {}
    )

  it.each([
    [
      '{ json: { commit: "{{revison}}" } }',
      'driftcheck.yml:9:35: `{{revison}}` (did you mean `revision`?) is not a placeholder, expected `{{revision}}` or `{{revision.short}}` (the checked commit)'
    ],
    [
      '{ headers: { X-Commit: "{{sha}}" } }',
      'driftcheck.yml:9:40: `{{sha}}` is not a placeholder, expected `{{revision}}` or `{{revision.short}}` (the checked commit)'
    ],
    [
      '{ bodyContains: ["{{ revision.shrt }}"] }',
      'driftcheck.yml:9:34: `{{revision.shrt}}` (did you mean `revision.short`?)'
    ]
  ])('%s', (line, message) => {
    expect(() => config(line)).toThrow(message)
  })

  it('the placeholders are kept as written by the loader (not secrets: nothing to redact)', () => {
    const loaded = config('{ status: 200, json: { commit: "{{revision}}" } }')
    expect(loaded.features[0]!.routes[0]!.expect.json).toEqual({ commit: '{{revision}}' })
    expect(loaded.secrets).toEqual([])
  })
})
