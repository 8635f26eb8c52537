import {
  LAYERS,
  type FeatureResult,
  type FeatureVerdict,
  type LayerName,
  type LayerResult,
  type RunVerdict
} from './model.js'

/** docs/architecture.md "Verdicts": the verdict a failing layer names when it is the fault line. */
export const VERDICT_BY_FAULT_LINE: Readonly<Record<LayerName, FeatureVerdict>> = {
  source: 'missing-in-source',
  artifact: 'build-drift',
  container: 'runtime-drift',
  route: 'route-missing',
  auth: 'auth-failed'
}

/**
 * The fault line is the first layer, in layer order, that is not `pass`/`skip`.
 * A `fail` names its verdict from the table; an `error` makes the feature `error` (it could not be checked, so never pass).
 * A feature with no layer that passed or failed (everything skipped) is `error`: nothing was proven.
 */
export function judgeFeature(layers: LayerResult[]): Pick<FeatureResult, 'verdict' | 'faultLine'> {
  const ordered = [...layers].sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer))
  for (const result of ordered) {
    if (result.status === 'fail') return { verdict: VERDICT_BY_FAULT_LINE[result.layer], faultLine: result.layer }
    if (result.status === 'error') return { verdict: 'error', faultLine: result.layer }
  }
  if (!ordered.some((result) => result.status === 'pass')) return { verdict: 'error', faultLine: null }
  return { verdict: 'pass', faultLine: null }
}

/** A verdict that proves drift or a missing feature (as opposed to a pass, or a feature that could not be checked). */
export function isDrift(verdict: FeatureVerdict): boolean {
  return verdict !== 'pass' && verdict !== 'error'
}

/**
 * Proven drift outranks an infrastructure error: `fail` if any feature failed, else `error` if any could not be checked.
 * A run that judged no feature at all proved nothing: `error`, never a pass; so is a run some part of which could not run
 * (`incomplete`: a crashed step of the action).
 */
export function judgeRun(
  features: Pick<FeatureResult, 'verdict'>[],
  options: { incomplete?: boolean } = {}
): RunVerdict {
  if (features.some((f) => isDrift(f.verdict))) return 'fail'
  if (features.length === 0 || options.incomplete) return 'error'
  if (features.some((f) => f.verdict === 'error')) return 'error'
  return 'pass'
}

/** CLI exit codes (docs/architecture.md): 0 pass, 1 drift/fail, 3 could not check. (2, bad config, never comes from a result.) */
export function exitCodeFor(verdict: RunVerdict): 0 | 1 | 3 {
  return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 3
}
