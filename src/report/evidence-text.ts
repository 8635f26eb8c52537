/** Evidence as plain text lines (JUnit failure bodies): the summary, the commands as `$ …`, one line per check. */
import type { LayerResult } from '../core/model.js'
import { describeControl, describeTemplate } from './explain.js'
import { oneLine, visibleControls } from './sanitize.js'
import { formatDuration } from '../core/units.js'

const CHECK_MARK = { pass: '✓', fail: '✗', error: '!' } as const

export function evidenceLines(layer: LayerResult): string[] {
  const lines = [oneLine(layer.evidence.summary) || layer.status]
  for (const command of layer.evidence.commands ?? []) lines.push(`$ ${visibleControls(command)}`)
  for (const check of layer.evidence.checks ?? []) {
    const service = check.service ? ` (${oneLine(check.service)})` : ''
    const expected = check.expected ? `expected ${oneLine(check.expected)}; ` : ''
    const latency = check.latencyMs !== undefined ? ` · ${formatDuration(check.latencyMs)}` : ''
    const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : ''
    const template = check.template ? ` · ${describeTemplate(check)}` : ''
    lines.push(
      `${CHECK_MARK[check.status]} ${oneLine(check.target)}${service}: ${expected}observed ${oneLine(check.observed)}${latency}${decided}${template}`
    )
    for (const control of check.controls ?? []) lines.push(`    ${describeControl(control)}`)
  }
  return lines
}
