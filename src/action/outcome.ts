import type { FeatureVerdict, LayerName, RunResult, RunVerdict } from '../core/model.js'
import { isDrift, judgeRun } from '../core/verdict.js'
import { explainFeature } from '../report/explain.js'
import type { ActionSettings } from './inputs.js'
import type { PhaseError } from './state.js'

/** One feature that is not `pass`, as the `fault-lines` output lists it. */
export interface FaultLine {
  feature: string
  verdict: FeatureVerdict
  faultLine: LayerName | null
  explanation: string
}

export interface Outcome {
  verdict: RunVerdict
  /** Some feature failed a layer (drift or missing), as opposed to passing or not being checkable. */
  drifted: boolean
  faultLines: FaultLine[]
}

/** The run's verdict by the one rule (core/verdict.ts): a step that failed makes the run incomplete, never a pass. */
export function outcomeOf(result: RunResult | null, errors: readonly PhaseError[]): Outcome {
  const features = result?.features ?? []
  const drifted = features.some((f) => isDrift(f.verdict))
  const verdict = judgeRun(features, { incomplete: errors.length > 0 || !result })
  const faultLines = features
    .filter((f) => f.verdict !== 'pass')
    .map((f) => ({ feature: f.name, verdict: f.verdict, faultLine: f.faultLine, explanation: explainFeature(f) }))
  return { verdict, drifted, faultLines }
}

/**
 * Why the report step fails the job, or null. `fail-on` governs verdicts: `drift` fails on `fail`, `error` on `fail` or
 * `error`, `never` never. Bad inputs or a bad config fail it whatever `fail-on` says: nothing was checked at all.
 */
export function failureReason(
  outcome: Outcome,
  errors: readonly PhaseError[],
  failOn: ActionSettings['failOn']
): string | null {
  const usage = errors.find((e) => e.kind === 'usage')
  if (usage) return `driftcheck could not run: ${usage.message}`
  if (failOn === 'never') return null
  const broken = outcome.faultLines.filter((f) => f.verdict !== 'error').length
  if (outcome.verdict === 'fail')
    return `driftcheck found drift in ${broken} feature${broken === 1 ? '' : 's'} (fail-on: ${failOn})`
  if (outcome.verdict === 'error' && failOn === 'error') {
    return `driftcheck could not check everything (verdict error, fail-on: error); see the job summary`
  }
  return null
}
