import { describe, expect, it } from '@jest/globals'
import type { LayerName, LayerResult, LayerStatus } from '../../src/core/model.js'
import { exitCodeFor, judgeFeature, judgeRun } from '../../src/core/verdict.js'

const layers = (statuses: Partial<Record<LayerName, LayerStatus>>): LayerResult[] =>
  (['source', 'artifact', 'container', 'route', 'auth'] as const).map((layer) => ({
    layer,
    status: statuses[layer] ?? 'skip',
    evidence: { summary: '' },
    durationMs: 0
  }))

describe('judgeFeature: the DESIGN verdict table', () => {
  it.each([
    [{ source: 'pass', artifact: 'pass', container: 'pass', route: 'pass', auth: 'pass' }, 'pass', null],
    [{ source: 'fail', artifact: 'fail', container: 'fail', route: 'fail' }, 'missing-in-source', 'source'],
    [{ source: 'pass', artifact: 'fail', container: 'fail' }, 'build-drift', 'artifact'],
    // the seed incident: built fine, old image running, route 404
    [
      { source: 'pass', artifact: 'pass', container: 'fail', route: 'fail', auth: 'fail' },
      'runtime-drift',
      'container'
    ],
    [{ source: 'pass', artifact: 'pass', container: 'pass', route: 'fail' }, 'route-missing', 'route'],
    [{ source: 'pass', artifact: 'pass', container: 'pass', route: 'pass', auth: 'fail' }, 'auth-failed', 'auth'],
    [{ route: 'fail' }, 'route-missing', 'route'],
    [{ source: 'pass', artifact: 'error', container: 'fail' }, 'error', 'artifact'],
    [{ source: 'pass', route: 'error', auth: 'pass' }, 'error', 'route'],
    [{}, 'error', null]
  ] as const)('%j → %s at %s', (statuses, verdict, faultLine) => {
    expect(judgeFeature(layers(statuses))).toEqual({ verdict, faultLine })
  })

  it('orders layers itself: the fault line is the earliest failing layer, not the first in the array', () => {
    const shuffled = layers({ source: 'pass', artifact: 'fail', route: 'fail' }).reverse()
    expect(judgeFeature(shuffled).faultLine).toBe('artifact')
  })
})

describe('judgeRun and exit codes', () => {
  it.each([
    [['pass', 'pass'], 'pass', 0],
    [['pass', 'runtime-drift'], 'fail', 1],
    [['error', 'route-missing'], 'fail', 1],
    [['pass', 'error'], 'error', 3],
    [[], 'error', 3] // nothing judged proves nothing
  ] as const)('%j → %s (exit %i)', (verdicts, run, code) => {
    const verdict = judgeRun(verdicts.map((v) => ({ verdict: v })))
    expect(verdict).toBe(run)
    expect(exitCodeFor(verdict)).toBe(code)
  })
})

describe('judgeRun of an incomplete run (a step that could not run)', () => {
  it.each([
    [['pass', 'pass'], 'error'], // never a pass when part of the run is missing
    [['pass', 'runtime-drift'], 'fail'], // proven drift still outranks it
    [['error'], 'error']
  ] as const)('%j → %s', (verdicts, run) => {
    expect(
      judgeRun(
        verdicts.map((v) => ({ verdict: v })),
        { incomplete: true }
      )
    ).toBe(run)
  })
})
