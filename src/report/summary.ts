/** Counts and the one-line overall verdict shared by the formats. */
import { LAYERS, type FeatureResult, type LayerName, type LayerStatus, type RunResult } from '../core/model.js'
import { formatDuration } from '../core/units.js'

export interface Tally {
  total: number
  passed: number
  drifted: number
  errored: number
}

export function tally(result: RunResult): Tally {
  const verdicts = result.features.map((f) => f.verdict)
  const passed = verdicts.filter((v) => v === 'pass').length
  const errored = verdicts.filter((v) => v === 'error').length
  return { total: verdicts.length, passed, errored, drifted: verdicts.length - passed - errored }
}

function features(n: number): string {
  return `${n} feature${n === 1 ? '' : 's'}`
}

/** `1 of 3 features drifted, 1 could not be checked · 4.2 s` — the verdict word is left to each format. */
export function verdictLine(result: RunResult): string {
  const t = tally(result)
  const parts: string[] = []
  if (t.total === 0) parts.push('no features were checked')
  else if (t.passed === t.total) parts.push(t.total === 1 ? 'the feature lines up' : `all ${features(t.total)} line up`)
  else {
    if (t.drifted) parts.push(`${t.drifted} of ${features(t.total)} drifted`)
    if (t.errored) parts.push(`${t.drifted ? t.errored : `${t.errored} of ${features(t.total)}`} could not be checked`)
  }
  return `${parts.join(', ')} · ${formatDuration(result.durationMs)}`
}

/**
 * Above this many features the reports group the passing ones (one line per layer) and list only the others: at 200
 * discovered features a row each would bury the few that matter.
 */
export const GROUP_PASSING_ABOVE = 20

export function groupsPassing(result: RunResult): boolean {
  return result.features.length > GROUP_PASSING_ABOVE && result.features.some((f) => f.verdict === 'pass')
}

/** Per layer, how the passing features came out there (`pass` or `skip`), in layer order; layers nobody ran are left out. */
export function passingByLayer(
  features: readonly FeatureResult[]
): { layer: LayerName; counts: [LayerStatus, number][] }[] {
  const passing = features.filter((f) => f.verdict === 'pass')
  return LAYERS.map((layer) => {
    const counts = new Map<LayerStatus, number>()
    for (const feature of passing) {
      const status = feature.layers.find((l) => l.layer === layer)?.status ?? 'skip'
      counts.set(status, (counts.get(status) ?? 0) + 1)
    }
    const ordered = (['pass', 'fail', 'error', 'skip'] as const).filter((s) => counts.has(s))
    return { layer, counts: ordered.map((s): [LayerStatus, number] => [s, counts.get(s)!]) }
  }).filter((row) => row.counts.some(([status]) => status !== 'skip'))
}
