import { describe, it, expect } from '@jest/globals'
import { exitCodeForError, UsageError } from '../../src/core/errors.js'
import { parseResult, render, toContract } from '../../src/report/index.js'
import { FIXTURES, loadFixture } from './fixtures.js'

function saved(mutate: (result: Record<string, unknown> & ReturnType<typeof loadFixture>) => void): string {
  const result = structuredClone(loadFixture('seed-incident')) as Record<string, unknown> &
    ReturnType<typeof loadFixture>
  mutate(result)
  return JSON.stringify(result)
}

function errorOf(text: string): Error {
  try {
    parseResult(text, 'out/result.json')
  } catch (error) {
    return error as Error
  }
  throw new Error('parseResult accepted it')
}

describe('json report', () => {
  it.each(FIXTURES)('%s round-trips: render json, parse it back, same result', (name) => {
    const result = loadFixture(name)
    const json = render(result, 'json')
    expect(json.endsWith('}\n')).toBe(true)
    expect(json).toContain('\n  "verdict": ')
    expect(parseResult(json, 'result.json')).toEqual(result)
  })

  it('writes the contract keys in contract order and leaves internal extras out', () => {
    const result = { ...structuredClone(loadFixture('seed-incident')), internalCache: { token: 'x' } }
    result.features[0]!.layers[0]!.evidence = { ...result.features[0]!.layers[0]!.evidence, raw: 'stdout…' } as never
    const json = JSON.parse(render(result, 'json'))
    expect(Object.keys(json)).toEqual([
      'version',
      'verdict',
      'revision',
      'startedAt',
      'durationMs',
      'services',
      'features'
    ])
    expect(Object.keys(json.features[0])).toEqual(['name', 'verdict', 'faultLine', 'layers', 'source', 'location'])
    expect(Object.keys(json.features[0].layers[0])).toEqual(['layer', 'status', 'evidence', 'durationMs'])
    expect(json.internalCache).toBeUndefined()
    expect(json.features[0].layers[0].evidence.raw).toBeUndefined()
    expect(json).toEqual(toContract(loadFixture('seed-incident')))
  })
})

describe('parseResult', () => {
  it.each([
    ['not JSON', '{"version": 1,', /^out\/result\.json: not a driftcheck result: invalid JSON \(/],
    ['an array', '[]', /: not a valid driftcheck result: the result is \[\]; expected an object$/],
    [
      'version 2',
      saved((r) => (r.version = 2 as never)),
      /: version is 2; expected 1 \(a driftcheck version-1 result\)$/
    ],
    [
      'a run verdict',
      saved((r) => (r.verdict = 'ok' as never)),
      /: verdict is "ok"; expected one of pass, fail, error$/
    ],
    [
      'a layer status',
      saved((r) => (r.features[0]!.layers[1]!.status = 'passed' as never)),
      /: features\[0\]\.layers\[1\]\.status is "passed"; expected one of pass, fail, skip, error$/
    ],
    [
      'a layer name',
      saved((r) => (r.features[1]!.layers[0]!.layer = 'image' as never)),
      /: features\[1\]\.layers\[0\]\.layer is "image"; expected one of source, artifact, container, route, auth$/
    ],
    [
      'a feature verdict',
      saved((r) => (r.features[0]!.verdict = 'drift' as never)),
      /: features\[0\]\.verdict is "drift"; expected one of pass, missing-in-source, build-drift, runtime-drift/
    ],
    [
      'a fault line',
      saved((r) => (r.features[0]!.faultLine = 'proxy' as never)),
      /features\[0\]\.faultLine is "proxy"/
    ],
    [
      'a missing field',
      saved((r) => delete (r as { startedAt?: string }).startedAt),
      /: startedAt is missing \(a string\)$/
    ],
    ['a date', saved((r) => (r.startedAt = 'yesterday')), /: startedAt is "yesterday"; expected an ISO 8601 date$/],
    ['a duration', saved((r) => (r.durationMs = -1)), /: durationMs is -1; expected a duration in ms \(>= 0\)$/],
    [
      'stale',
      saved((r) => (r.services[0]!.stale = 'yes' as never)),
      /: services\[0\]\.stale is "yes"; expected true or false$/
    ],
    [
      'a check status',
      saved((r) => (r.features[0]!.layers[2]!.evidence.checks![0]!.status = 'skip' as never)),
      /features\[0\]\.layers\[2\]\.evidence\.checks\[0\]\.status is "skip"; expected one of pass, fail, error$/
    ],
    [
      'a location line',
      saved((r) => (r.features[0]!.location!.line = 0)),
      /features\[0\]\.location\.line is 0; expected a positive integer$/
    ]
  ])('rejects %s with one line naming the file and the field', (_what, text, message) => {
    const error = errorOf(text)
    expect(error).toBeInstanceOf(UsageError)
    expect(exitCodeForError(error)).toBe(2)
    expect(error.message).toMatch(/^out\/result\.json: /)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
  })

  it('keeps the message one line even when the bad value or the file name has line breaks', () => {
    const error = errorOf(saved((r) => (r.features[0]!.name = 42 as never)))
    expect(error.message).toBe(
      'out/result.json: not a valid driftcheck result: features[0].name is 42; expected a string'
    )
    const multiline = errorOf(saved((r) => (r.verdict = 'a\nb'.repeat(40) as never)))
    expect(multiline.message).not.toContain('\n')
    expect(() => parseResult('nope', 'a\nb.json')).toThrow(/^a b\.json: /)
  })

  it('accepts a byte-order mark (files saved by Windows editors)', () => {
    expect(parseResult('\uFEFF' + render(loadFixture('all-pass'), 'json'), 'r.json').verdict).toBe('pass')
  })
})
