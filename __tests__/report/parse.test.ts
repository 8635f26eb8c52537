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
      'a control comparison',
      saved((r) => {
        const check = r.features[0]!.layers[3]!.evidence.checks![0]!
        check.controls = [
          { target: 'GET https://api.example.com/driftcheck-control-1', observed: '404', comparison: 'alike' as never }
        ]
      }),
      /features\[0\]\.layers\[3\]\.evidence\.checks\[0\]\.controls\[0\]\.comparison is "alike"; expected one of same, different, unknown$/
    ],
    [
      'a control status',
      saved((r) => {
        const check = r.features[0]!.layers[3]!.evidence.checks![0]!
        check.controls = [{ target: 'GET x', observed: '404', comparison: 'same', httpStatus: '404' as never }]
      }),
      /checks\[0\]\.controls\[0\]\.httpStatus is "404"; expected an HTTP status \(100-599\)$/
    ],
    [
      'who decided a check',
      saved((r) => (r.features[0]!.layers[3]!.evidence.checks![0]!.decidedBy = 'proxy' as never)),
      /checks\[0\]\.decidedBy is "proxy"; expected one of source, artifact, container, route, auth$/
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

  it('reads the control-probe evidence back (fields added to checks), and the JSON keeps it', () => {
    const text = saved((r) => {
      const check = r.features[0]!.layers[3]!.evidence.checks![0]!
      Object.assign(check, {
        status: 'error',
        httpStatus: 401,
        digest: 'sha256:ab',
        summary: 'GET /x answered 401, and so does GET /driftcheck-control-1, a path that cannot exist',
        controls: [
          {
            target: 'GET https://api.example.com/driftcheck-control-1',
            httpStatus: 401,
            digest: 'sha256:ab',
            observed: '401',
            comparison: 'same'
          },
          {
            target: 'GET https://api.example.com/driftcheck-control-2',
            observed: 'ECONNREFUSED',
            comparison: 'unknown'
          }
        ]
      })
      r.features[0]!.layers[3]!.evidence.checks![1]!.decidedBy = 'auth'
    })
    const result = parseResult(text, 'r.json')
    expect(result.features[0]!.layers[3]!.evidence.checks![0]!.controls).toHaveLength(2)
    expect(JSON.parse(render(result, 'json'))).toEqual(JSON.parse(text))
    expect(render(result, 'markdown')).toContain(
      'control GET https://api.example.com/driftcheck-control-1: 401 — the same answer: the probe alone proves nothing'
    )
    expect(render(result, 'junit')).toContain(
      'control GET https://api.example.com/driftcheck-control-2: ECONNREFUSED — nothing to compare with'
    )
  })

  it("keeps a path-parameter probe's template and params (README: JSON `template`, `params`) through render and parse", () => {
    const text = saved((r) => {
      Object.assign(r.features[0]!.layers[3]!.evidence.checks![0]!, {
        template: '/api/articles/:slug',
        params: { slug: 'hello-drift', tenant: '***' }
      })
    })
    const check = parseResult(text, 'r.json').features[0]!.layers[3]!.evidence.checks![0]!
    expect(check.template).toBe('/api/articles/:slug')
    expect(check.params).toEqual({ slug: 'hello-drift', tenant: '***' })
    expect(JSON.parse(render(parseResult(text, 'r.json'), 'json'))).toEqual(JSON.parse(text))
  })

  it('accepts a byte-order mark (files saved by Windows editors)', () => {
    expect(parseResult('\uFEFF' + render(loadFixture('all-pass'), 'json'), 'r.json').verdict).toBe('pass')
  })
})
