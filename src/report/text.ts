/**
 * The terminal report: the feature × layer matrix, the services in plain words, one sentence per failing feature,
 * then the verdict and the duration. Colour only when asked; user text never carries control characters through.
 */
import { LAYERS, type LayerStatus, type RunResult, type RunVerdict } from '../core/model.js'
import {
  explainFeature,
  explainHeadline,
  explainService,
  faultItems,
  serviceFreshness,
  staleReplicaLines,
  type ServiceFreshness
} from './explain.js'
import { notProbedHeadline, notProbedLines } from './not-probed.js'
import { logsHeadline, notReadyItems, previewLines } from './preview.js'
import { hostRolloutLine, rolloutHeadline } from './rollout.js'
import { oneLine } from './sanitize.js'
import { groupsPassing, passingByLayer, verdictLine } from './summary.js'
import { shortRevision } from '../core/units.js'

// Plain ANSI SGR codes rather than util.styleText: styleText strips colour by itself when stdout is not a TTY
// (Node >= 22.13), and the caller has already decided.
const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] } as const
type Style = keyof typeof ANSI

const SYMBOL: Record<LayerStatus, string> = { pass: '✓', fail: '✗', skip: '–', error: '!' }
const STATUS_STYLE: Record<LayerStatus, Style> = { pass: 'green', fail: 'red', skip: 'dim', error: 'yellow' }
const RUN_STYLE: Record<RunVerdict, Style> = { pass: 'green', fail: 'red', error: 'yellow' }
const FRESHNESS_MARK: Record<ServiceFreshness, string> = { stale: 'stale', fresh: 'fresh', unknown: '  ?  ' }
const ROLLOUT_MARK = { deployed: '✓', 'rolled-back': '↺', failed: '✗', 'not-reached': '–' } as const
const FRESHNESS_STYLE: Record<ServiceFreshness, Style> = { stale: 'red', fresh: 'green', unknown: 'yellow' }

function width(text: string): number {
  return [...text].length
}

export function renderText(result: RunResult, options: { color?: boolean; title?: string } = {}): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text
  // Pads on the plain text, then paints, so escape codes never skew the columns.
  const cell = (text: string, size: number, style?: Style) => {
    const padded = text + ' '.repeat(Math.max(0, size - width(text)))
    return style ? paint(style, text) + padded.slice(text.length) : padded
  }

  const lines: string[] = []
  const title = oneLine(options.title ?? 'driftcheck')
  lines.push(
    `${paint('bold', title)} · revision ${shortRevision(result.revision && oneLine(result.revision))} · ${oneLine(result.startedAt)}`
  )
  lines.push('')

  // Many features: the passing ones are one line per layer, the matrix lists the others.
  const grouped = groupsPassing(result)
  const rows = grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features
  if (grouped) {
    const passing = result.features.length - rows.length
    lines.push(paint('bold', `${passing} of ${result.features.length} features pass`) + ' (each is in --format json)')
    const layerWidth = Math.max(...LAYERS.map(width))
    for (const { layer, counts } of passingByLayer(result.features)) {
      const parts = counts.map(([status, n]) => paint(STATUS_STYLE[status], `${SYMBOL[status]} ${n}`))
      lines.push(`  ${cell(layer, layerWidth)}  ${parts.join('  ')}`)
    }
    lines.push('')
  }
  if (rows.length) {
    const names = rows.map((f) => oneLine(f.name))
    const nameWidth = Math.max(width('feature'), ...names.map(width))
    const verdictWidth = Math.max(width('verdict'), ...rows.map((f) => width(f.verdict)))
    lines.push(
      [cell('feature', nameWidth), cell('verdict', verdictWidth), ...LAYERS.map((l) => cell(l, l.length))]
        .join('  ')
        .trimEnd()
    )
    rows.forEach((feature, i) => {
      const status = (layer: (typeof LAYERS)[number]) => feature.layers.find((l) => l.layer === layer)?.status ?? 'skip'
      const row = [
        cell(names[i]!, nameWidth),
        cell(
          feature.verdict,
          verdictWidth,
          feature.verdict === 'pass' ? 'green' : feature.verdict === 'error' ? 'yellow' : 'red'
        ),
        ...LAYERS.map((layer) => cell(SYMBOL[status(layer)], layer.length, STATUS_STYLE[status(layer)]))
      ]
      lines.push(row.join('  ').trimEnd())
    })
    lines.push(
      paint('dim', `${SYMBOL.pass} pass  ${SYMBOL.fail} fail  ${SYMBOL.skip} skip  ${SYMBOL.error} could not check`)
    )
    lines.push('')
  }

  if (result.services.length) {
    lines.push(paint('bold', 'services'))
    for (const service of result.services) {
      const freshness = serviceFreshness(service)
      const mark = freshness ? paint(FRESHNESS_STYLE[freshness], FRESHNESS_MARK[freshness]) : paint('dim', '     ')
      lines.push(`  ${mark}  ${explainService(service, result.revision, result.startedAt)}`)
      // One line per stale replica, under its service.
      for (const line of staleReplicaLines(service, result.startedAt)) lines.push(`         ↳ ${line}`)
    }
    lines.push('')
  }

  if (result.preview) {
    const [headline, ...rest] = previewLines(result.preview)
    lines.push(paint('bold', headline!))
    for (const line of rest) lines.push(`  ${line}`)
    for (const item of notReadyItems(result.preview)) {
      lines.push(`  ${paint('yellow', SYMBOL.error)} ${item.line}`)
      lines.push(`      ${paint('dim', logsHeadline(item.logs))}`)
      for (const log of item.logs) lines.push(`        ${log}`)
    }
    lines.push('')
  }

  if (result.rollout) {
    lines.push(paint('bold', rolloutHeadline(result.rollout)))
    for (const host of result.rollout.hosts) {
      const style: Style = host.state === 'deployed' ? 'green' : host.state === 'not-reached' ? 'dim' : 'red'
      lines.push(`  ${paint(style, ROLLOUT_MARK[host.state])} ${hostRolloutLine(host)}`)
    }
    lines.push('')
  }

  const failing = result.features.filter((f) => f.verdict !== 'pass')
  if (failing.length) {
    lines.push(paint('bold', 'fault lines'))
    for (const feature of failing) {
      const mark = paint(
        feature.verdict === 'error' ? 'yellow' : 'red',
        SYMBOL[feature.verdict === 'error' ? 'error' : 'fail']
      )
      const { items, leftOut } = faultItems(feature, {
        services: result.services,
        revision: result.revision,
        now: result.startedAt
      })
      // No item (no layer ran): the one sentence says why on its own.
      lines.push(`  ${mark} ${items.length ? explainHeadline(feature) : explainFeature(feature)}`)
      const layerWidth = Math.max(0, ...items.map((item) => item.layer.length))
      for (const item of items) lines.push(`      ${cell(item.layer, layerWidth, 'dim')}  ${item.text}`)
      if (leftOut) lines.push(`      ${paint('dim', `… and ${leftOut} more (every check is in --format json)`)}`)
    }
    lines.push('')
  }

  const notProbed = notProbedLines(result)
  if (notProbed.total) {
    lines.push(paint('bold', notProbedHeadline(notProbed.total)))
    const featureWidth = Math.max(...notProbed.lines.map((line) => width(line.feature)))
    for (const line of notProbed.lines)
      lines.push(`  ${paint('yellow', '–')} ${cell(line.feature, featureWidth, 'dim')}  ${line.text}`)
    if (notProbed.leftOut)
      lines.push(`    ${paint('dim', `… and ${notProbed.leftOut} more (each is in --format json)`)}`)
    lines.push('')
  }

  lines.push(
    `${paint(RUN_STYLE[result.verdict], paint('bold', result.verdict.toUpperCase()))} — ${verdictLine(result)}`
  )
  return lines.join('\n') + '\n'
}
