import type { RunVerdict } from '../core/model.js'
import { formatDuration } from '../core/units.js'
import type { ActionSettings } from './inputs.js'
import type { FaultLine, Outcome } from './outcome.js'

/** The events a drift watch runs on: between deploys, not on a PR or a push. */
export const WATCH_EVENTS = ['schedule', 'workflow_dispatch'] as const

/** What the issue remembers between runs, in a hidden comment of its body (the runner keeps nothing). */
export interface WatchState {
  /** When the first failing run of this stretch ran (ISO). */
  since: string
  /** Failing runs so far, this one included. */
  runs: number
  verdict: Exclude<RunVerdict, 'pass'>
  faultLines: Array<Pick<FaultLine, 'feature' | 'verdict'>>
}

const STATE_START = '<!-- driftcheck:watch-state '
const STATE_END = ' -->'

/**
 * What a watch run does to the issue: a drift opens or updates it, a pass closes it; a run that could not check leaves
 * it alone unless `fail-on: error` counts that as a failure (then it opens or updates it too).
 */
export function watchAction(outcome: Outcome, failOn: ActionSettings['failOn']): 'keep-open' | 'close' | 'leave' {
  if (outcome.verdict === 'pass') return 'close'
  if (outcome.verdict === 'fail' || failOn === 'error') return 'keep-open'
  return 'leave'
}

/** The state a body carries, or null (no state, or not ours to read). */
export function readWatchState(body: string): WatchState | null {
  const start = body.indexOf(STATE_START)
  if (start < 0) return null
  const end = body.indexOf(STATE_END, start + STATE_START.length)
  if (end < 0) return null
  try {
    const state = JSON.parse(body.slice(start + STATE_START.length, end)) as WatchState
    const valid =
      !Number.isNaN(Date.parse(state.since)) && Number.isInteger(state.runs) && Array.isArray(state.faultLines)
    return valid ? state : null
  } catch {
    return null
  }
}

/** The hidden comment: `>` escaped, so no feature name can end the HTML comment early. */
export function writeWatchState(state: WatchState): string {
  return `${STATE_START}${JSON.stringify(state).replace(/>/g, '\\u003e')}${STATE_END}`
}

export interface WatchChanges {
  /** Not failing on the last run, failing now. */
  appeared: string[]
  /** Failing both times, with another verdict now (`feature: before → now`). */
  changed: string[]
  /** Failing on the last run, passing now. */
  cleared: string[]
}

export function changesSince(before: WatchState['faultLines'], now: readonly FaultLine[]): WatchChanges {
  const was = new Map(before.map((f) => [f.feature, f.verdict]))
  const is = new Map(now.map((f) => [f.feature, f.verdict]))
  return {
    appeared: now.filter((f) => !was.has(f.feature)).map((f) => f.feature),
    changed: now
      .filter((f) => was.has(f.feature) && was.get(f.feature) !== f.verdict)
      .map((f) => `${f.feature}: ${was.get(f.feature)} → ${f.verdict}`),
    cleared: before.filter((f) => !is.has(f.feature)).map((f) => f.feature)
  }
}

export interface WatchRun {
  outcome: Outcome
  /** The config, as the checkout names it. */
  label: string
  now: string
  runUrl: string | undefined
  /** The Markdown report, at most `maxLength` characters. */
  markdown(maxLength: number): string
}

/** The issue's title and body for a failing run, carrying the state forward from the last one (null: a new stretch). */
export function watchIssueText(
  previous: WatchState | null,
  run: WatchRun,
  maxLength: number
): { title: string; body: string; state: WatchState } {
  const { outcome, now } = run
  const verdict = outcome.verdict === 'pass' ? 'fail' : outcome.verdict
  const state: WatchState = {
    since: previous?.since ?? now,
    runs: (previous?.runs ?? 0) + 1,
    verdict,
    faultLines: outcome.faultLines.map((f) => ({ feature: f.feature, verdict: f.verdict }))
  }
  const title =
    verdict === 'fail'
      ? `driftcheck: production drifted (${run.label})`
      : `driftcheck: production could not be checked (${run.label})`
  const lines = [
    `**${verdict === 'fail' ? 'Drifting' : 'Not checkable'} for ${formatDuration(Date.parse(now) - Date.parse(state.since))}** ` +
      `— since ${state.since}, ${state.runs} failing run${state.runs === 1 ? '' : 's'}` +
      (run.runUrl ? `, the last one [here](${run.runUrl})` : '') +
      '.',
    '',
    '**Since the last run:** ' + describeChanges(previous, outcome.faultLines),
    ''
  ]
  const head = lines.join('\n')
  const tail = `\n\n${writeWatchState(state)}`
  const room = Math.max(0, maxLength - head.length - tail.length - 1)
  return { title, body: `${head}\n${run.markdown(room)}${tail}`, state }
}

function describeChanges(previous: WatchState | null, now: readonly FaultLine[]): string {
  if (!previous) return 'this is the first failing run.'
  const { appeared, changed, cleared } = changesSince(previous.faultLines, now)
  const parts = [
    appeared.length ? `newly failing ${appeared.join(', ')}` : '',
    changed.length ? `changed ${changed.join('; ')}` : '',
    cleared.length ? `passing again ${cleared.join(', ')}` : ''
  ].filter(Boolean)
  return parts.length ? `${parts.join('; ')}.` : 'nothing changed.'
}

/** The comment that closes the issue: how long it lasted, and the run that passed. */
export function closingComment(previous: WatchState | null, now: string, runUrl: string | undefined): string {
  const lasted = previous
    ? ` after ${formatDuration(Date.parse(now) - Date.parse(previous.since))} (${previous.runs} failing run${previous.runs === 1 ? '' : 's'})`
    : ''
  return `driftcheck passes again${lasted}: every feature lines up on all checked layers${runUrl ? ` — [the run](${runUrl})` : ''}.`
}
