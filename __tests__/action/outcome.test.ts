import { describe, it, expect } from '@jest/globals'
import { failureReason, outcomeOf } from '../../src/action/outcome.js'
import type { PhaseError } from '../../src/action/state.js'
import type { FeatureResult, RunResult, RunVerdict } from '../../src/core/model.js'

function feature(name: string, verdict: FeatureResult['verdict']): FeatureResult {
  const faultLine = verdict === 'pass' ? null : verdict === 'runtime-drift' ? 'container' : 'route'
  return {
    name,
    verdict,
    faultLine,
    layers: [
      {
        layer: faultLine ?? 'source',
        status: verdict === 'pass' ? 'pass' : verdict === 'error' ? 'error' : 'fail',
        evidence: { summary: `${name} evidence` },
        durationMs: 1
      }
    ]
  }
}

function result(verdict: RunVerdict, features: FeatureResult[]): RunResult {
  return {
    version: 1,
    verdict,
    revision: null,
    startedAt: '2024-01-01T00:00:00Z',
    durationMs: 1,
    services: [],
    features
  }
}

const crash: PhaseError = { phase: 'build', message: 'docker daemon not running', kind: 'infra' }
const badConfig: PhaseError = { phase: 'check-node', message: 'driftcheck.yml:3:1: unknown key', kind: 'usage' }

describe('outcomeOf', () => {
  it('lists the features that do not pass, with their fault line and explanation', () => {
    const out = outcomeOf(
      result('fail', [feature('a', 'pass'), feature('b', 'runtime-drift'), feature('c', 'error')]),
      []
    )
    expect(out.verdict).toBe('fail')
    expect(out.drifted).toBe(true)
    expect(out.faultLines.map((f) => [f.feature, f.verdict, f.faultLine])).toEqual([
      ['b', 'runtime-drift', 'container'],
      ['c', 'error', 'route']
    ])
    expect(out.faultLines[0]!.explanation).toContain('b: runtime-drift at container')
  })

  it('a step that crashed turns a pass into error (never a false green); drift stays drift', () => {
    expect(outcomeOf(result('pass', [feature('a', 'pass')]), [crash]).verdict).toBe('error')
    expect(outcomeOf(result('fail', [feature('a', 'build-drift')]), [crash]).verdict).toBe('fail')
    expect(outcomeOf(null, []).verdict).toBe('error')
    expect(outcomeOf(result('error', [feature('c', 'error')]), []).drifted).toBe(false)
  })
})

describe('failureReason (fail-on)', () => {
  const pass = outcomeOf(result('pass', [feature('a', 'pass')]), [])
  const drift = outcomeOf(result('fail', [feature('a', 'route-missing')]), [])
  const error = outcomeOf(result('error', [feature('a', 'error')]), [])
  it.each([
    ['drift', pass, false],
    ['drift', drift, true],
    ['drift', error, false],
    ['error', pass, false],
    ['error', drift, true],
    ['error', error, true],
    ['never', drift, false],
    ['never', error, false]
  ] as const)('fail-on %s', (failOn, outcome, fails) => {
    expect(failureReason(outcome, [], failOn) !== null).toBe(fails)
  })

  it('a bad input or config fails the job whatever fail-on says', () => {
    expect(failureReason(pass, [badConfig], 'never')).toBe('driftcheck could not run: driftcheck.yml:3:1: unknown key')
  })

  it('names the number of drifted features', () => {
    expect(failureReason(drift, [], 'drift')).toBe('driftcheck found drift in 1 feature (fail-on: drift)')
  })
})
