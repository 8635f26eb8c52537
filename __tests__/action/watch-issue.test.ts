import { describe, it, expect } from '@jest/globals'
import type { Outcome } from '../../src/action/outcome.js'
import {
  changesSince,
  closingComment,
  readWatchState,
  watchAction,
  watchIssueText,
  writeWatchState,
  type WatchState
} from '../../src/action/watch-issue.js'

const drift: Outcome = {
  verdict: 'fail',
  drifted: true,
  faultLines: [
    { feature: 'billing', verdict: 'route-missing', faultLine: 'route', explanation: 'GET /api/billing 404' }
  ]
}
const error: Outcome = { verdict: 'error', drifted: false, faultLines: [] }
const pass: Outcome = { verdict: 'pass', drifted: false, faultLines: [] }

describe('watchAction', () => {
  it.each([
    ['fail', 'drift', 'keep-open'],
    ['fail', 'never', 'keep-open'],
    ['error', 'error', 'keep-open'],
    ['error', 'drift', 'leave'],
    ['error', 'never', 'leave'],
    ['pass', 'error', 'close'],
    ['pass', 'never', 'close']
  ] as const)('verdict %s, fail-on %s: %s', (verdict, failOn, action) => {
    const outcome = { fail: drift, error, pass }[verdict]
    expect(watchAction(outcome, failOn)).toBe(action)
  })
})

describe('the state the issue carries', () => {
  const state: WatchState = {
    since: '2026-01-01T10:00:00.000Z',
    runs: 2,
    verdict: 'fail',
    faultLines: [{ feature: 'a --> b', verdict: 'route-missing' }]
  }

  it('round-trips through the body, a name with `-->` cannot end the hidden comment', () => {
    const hidden = writeWatchState(state)
    expect(hidden.indexOf('-->')).toBe(hidden.length - 3)
    expect(readWatchState(`text\n${hidden}\nmore`)).toEqual(state)
  })

  it.each([
    ['no state', 'just text'],
    ['not JSON', '<!-- driftcheck:watch-state {oops -->'],
    ['no date', '<!-- driftcheck:watch-state {"since":"soon","runs":1,"faultLines":[]} -->'],
    ['unterminated', '<!-- driftcheck:watch-state {"since":"2026-01-01T00:00:00Z"']
  ])('%s: null', (_what, body) => {
    expect(readWatchState(body)).toBeNull()
  })
})

describe('changesSince', () => {
  it('names what appeared, changed and cleared', () => {
    const before = [
      { feature: 'billing', verdict: 'route-missing' as const },
      { feature: 'search', verdict: 'runtime-drift' as const }
    ]
    const now = [
      { ...drift.faultLines[0]!, verdict: 'auth-failed' as const },
      { feature: 'export', verdict: 'missing-in-source' as const, faultLine: 'source' as const, explanation: '' }
    ]
    expect(changesSince(before, now)).toEqual({
      appeared: ['export'],
      changed: ['billing: route-missing → auth-failed'],
      cleared: ['search']
    })
  })
})

describe('watchIssueText', () => {
  const run = (now: string, outcome = drift) => ({
    outcome,
    label: 'driftcheck.yml',
    now,
    runUrl: 'https://github.com/acme/shop/actions/runs/7',
    markdown: (max: number) => '## report\n'.slice(0, max)
  })

  it('starts a stretch, then carries its start and counts the runs', () => {
    const first = watchIssueText(null, run('2026-01-01T10:00:00.000Z'), 65_000)
    expect(first.title).toBe('driftcheck: production drifted (driftcheck.yml)')
    expect(first.state).toEqual({
      since: '2026-01-01T10:00:00.000Z',
      runs: 1,
      verdict: 'fail',
      faultLines: [{ feature: 'billing', verdict: 'route-missing' }]
    })
    expect(first.body).toContain('this is the first failing run.')
    const second = watchIssueText(first.state, run('2026-01-01T12:05:00.000Z'), 65_000)
    expect(second.state).toMatchObject({ since: '2026-01-01T10:00:00.000Z', runs: 2 })
    expect(second.body).toContain('**Drifting for 125 min** — since 2026-01-01T10:00:00.000Z, 2 failing runs')
    expect(second.body).toContain('**Since the last run:** nothing changed.')
    expect(readWatchState(second.body)).toEqual(second.state)
  })

  it('a run that could not check says so in the title', () => {
    expect(watchIssueText(null, run('2026-01-01T10:00:00.000Z', error), 65_000).title).toBe(
      'driftcheck: production could not be checked (driftcheck.yml)'
    )
  })

  it('keeps to the length asked for, the state included', () => {
    const long = { ...run('2026-01-01T10:00:00.000Z'), markdown: (max: number) => 'x'.repeat(100_000).slice(0, max) }
    const text = watchIssueText(null, long, 2_000)
    expect(text.body.length).toBeLessThanOrEqual(2_000)
    expect(readWatchState(text.body)).toEqual(text.state)
  })
})

describe('closingComment', () => {
  it('says how long the drift lasted and links the passing run', () => {
    const state: WatchState = { since: '2026-01-01T10:00:00.000Z', runs: 3, verdict: 'fail', faultLines: [] }
    expect(closingComment(state, '2026-01-01T10:02:00.000Z', 'https://r/1')).toBe(
      'driftcheck passes again after 2 min (3 failing runs): every feature lines up on all checked layers — [the run](https://r/1).'
    )
  })
})
