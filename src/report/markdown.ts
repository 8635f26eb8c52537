/**
 * The Markdown report, for a PR comment or a job summary: verdict heading, layer matrix, fault lines with a hint,
 * services, and the evidence per feature folded in `<details>`. With `maxLength` it drops the evidence first, then
 * whole rows/items from the end — never cutting inside a tag or a code block — and says where the full report is.
 */
import {
  LAYERS,
  type Check,
  type FeatureResult,
  type LayerResult,
  type LayerStatus,
  type RunResult,
  type ServiceResult
} from '../core/model.js'
import {
  describeControl,
  describeTemplate,
  explainFault,
  faultItems,
  MAX_FAULT_ITEMS,
  serviceFreshness,
  VERDICT_HINT
} from './explain.js'
import { codeBlock, htmlText, mdText } from './markdown-escape.js'
import { notProbedHeadline, notProbedLines } from './not-probed.js'
import { logsHeadline, notReadyItems, previewLines } from './preview.js'
import { UsageError } from '../core/errors.js'
import { clip } from './sanitize.js'
import { groupsPassing, passingByLayer, verdictLine } from './summary.js'
import { formatAge, formatDuration, shortImageId, shortRevision } from '../core/units.js'

const ICON: Record<LayerStatus, string> = { pass: '✅', fail: '❌', skip: '⏭', error: '⚠️' }
const RUN_ICON = { pass: '✅', fail: '❌', error: '⚠️' } as const
// Response bodies can be long; the matrix and fault lines matter more than a body dump.
const MAX_OBSERVED = 300

/** A titled part of the report: `items` are the units truncation keeps or drops whole. */
interface Section {
  head: string
  items: string[]
  sep: '\n' | '\n\n'
  evidence?: boolean
  /** What one item is, for the note that says what was left out: [singular, plural]. */
  noun: [string, string]
  /** Per item, shorter forms of it (longest first), tried when the item itself does not fit. */
  shorter?: string[][]
}

function featureIcon(feature: FeatureResult): string {
  return feature.verdict === 'pass' ? ICON.pass : feature.verdict === 'error' ? ICON.error : ICON.fail
}

function statusOf(feature: FeatureResult, layer: (typeof LAYERS)[number]): LayerStatus {
  return feature.layers.find((l) => l.layer === layer)?.status ?? 'skip'
}

function headingSection(result: RunResult, title: string): Section {
  const revision = result.revision ? ` · revision ${mdText(shortRevision(result.revision))}` : ''
  return {
    head: `## ${RUN_ICON[result.verdict]} ${mdText(title)}: ${result.verdict}`,
    items: [`${mdText(verdictLine(result))}${revision} · started ${mdText(result.startedAt)}`],
    sep: '\n\n',
    noun: ['heading', 'headings']
  }
}

function matrixSection(result: RunResult): Section {
  const header = ['feature', 'verdict', ...LAYERS]
  // Many features: the passing ones are one row (counts per layer), the others a row each.
  const grouped = groupsPassing(result)
  const rows = grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features
  const items = rows.map((f) => {
    const cells = [mdText(f.name), `${featureIcon(f)} ${f.verdict}`, ...LAYERS.map((l) => ICON[statusOf(f, l)])]
    return `| ${cells.join(' | ')} |`
  })
  if (grouped) items.unshift(passingRow(result))
  return {
    head: `| ${header.join(' | ')} |\n| :-- | :-- | ${LAYERS.map(() => ':-:').join(' | ')} |`,
    items,
    sep: '\n',
    noun: ['matrix row', 'matrix rows']
  }
}

/** `| _195 passing features_ | ✅ pass | ✅ 195 | ✅ 190 ⏭ 5 | … |` */
function passingRow(result: RunResult): string {
  const passing = result.features.filter((f) => f.verdict === 'pass')
  const byLayer = new Map(passingByLayer(result.features).map((row) => [row.layer, row.counts]))
  const cells = LAYERS.map((layer) => {
    const counts = byLayer.get(layer)
    return counts ? counts.map(([status, n]) => `${ICON[status]} ${n}`).join(' ') : ICON.skip
  })
  return `| _${passing.length} passing features_ | ${ICON.pass} pass | ${cells.join(' | ')} |`
}

/** A failing feature with at most `max` of its fault items; the hint always. */
function faultItem(f: FeatureResult, result: RunResult, max: number): string {
  const where = f.faultLine ? ` at **${f.faultLine}**` : ''
  const context = { services: result.services, revision: result.revision, now: result.startedAt }
  const { items, leftOut } = faultItems(f, context, max)
  const ran = items.length + leftOut > 0
  // No item at all (no layer ran): the one sentence says why on its own.
  const head = `- ${featureIcon(f)} **${mdText(f.name)}** — ${f.verdict}${where}${ran ? '' : `: ${mdText(explainFault(f))}`}`
  const lines = items.map((item) => `  - ${item.layer}: ${mdText(item.text)}`)
  if (leftOut) lines.push(`  - _… and ${leftOut} more, not listed here._`)
  return [head, ...lines, `  - _Hint: ${mdText(VERDICT_HINT[f.verdict])}._`].join('\n')
}

function faultSection(result: RunResult): Section {
  const failing = result.features.filter((f) => f.verdict !== 'pass')
  return {
    head: '### Fault lines',
    items: failing.map((f) => faultItem(f, result, MAX_FAULT_ITEMS)),
    // Shortened to fit, a feature keeps its head and hint and drops its last items whole (counted, never cut).
    shorter: failing.map((f) =>
      Array.from({ length: MAX_FAULT_ITEMS }, (_, i) => faultItem(f, result, MAX_FAULT_ITEMS - 1 - i))
    ),
    sep: '\n',
    noun: ['fault line', 'fault lines']
  }
}

function notProbedSection(result: RunResult): Section {
  const { lines, leftOut, total } = notProbedLines(result)
  const items = lines.map((line) => `- **${mdText(line.feature)}** — ${mdText(line.text)}`)
  if (leftOut) items.push(`- _… and ${leftOut} more, in the JSON report._`)
  return { head: `### ${mdText(notProbedHeadline(total))}`, items, sep: '\n', noun: ['operation', 'operations'] }
}

/**
 * A preview's project, then each URL it probed instead of the configured one, each feature it left out, and each service
 * that did not become ready with its last log lines (a code block inside its list item).
 */
function previewSection(result: RunResult): Section {
  if (!result.preview) return { head: '', items: [], sep: '\n', noun: ['line', 'lines'] }
  const [headline, ...rest] = previewLines(result.preview)
  const notReady = notReadyItems(result.preview).map((item) => {
    const head = `- ${ICON.error} ${mdText(item.line)}; ${logsHeadline(item.logs)}`
    if (!item.logs.length) return head
    const block = codeBlock(item.logs)
      .split('\n')
      .map((line) => `  ${line}`)
    return [head, '', ...block].join('\n')
  })
  return {
    head: `### ${mdText(headline!)}`,
    items: [...rest.map((line) => `- ${mdText(line)}`), ...notReady],
    sep: '\n',
    noun: ['line', 'lines']
  }
}

function servicesSection(result: RunResult): Section {
  return {
    head: '### Services\n\n| service | built image | running image | running revision | stale |\n| :-- | :-- | :-- | :-- | :-- |',
    // A service and its stale replicas (one row each, when it runs several) are one item: kept or dropped together.
    items: result.services.map((s) => {
      const replicas = s.replicas ?? []
      const stale = freshnessCell(s, result.startedAt)
      const cells = [s.name, shortImageId(s.builtImage), shortImageId(s.runningImage), shortRevision(s.runningRevision)]
      const rows = [`| ${cells.map(mdText).join(' | ')} | ${stale} |`]
      if (replicas.length > 1) {
        for (const r of replicas.filter((x) => x.stale)) {
          const where = r.host ? ` on ${r.host}` : ''
          const replica = [`↳ ${r.container}${where}`, '', shortImageId(r.image), shortRevision(r.revision)]
          rows.push(`| ${replica.map(mdText).join(' | ')} | ${staleCell(r.created, result.startedAt)} |`)
        }
      }
      return rows.join('\n')
    }),
    sep: '\n',
    noun: ['service', 'services']
  }
}

function freshnessCell(s: ServiceResult, now: string): string {
  const replicas = s.replicas ?? []
  const freshness = serviceFreshness(s)
  if (freshness === 'stale' && replicas.length > 1)
    return `⚠️ ${replicas.filter((r) => r.stale).length} of ${replicas.length} replicas stale`
  if (freshness === 'stale') return staleCell(s.runningCreated, now)
  if (freshness === 'unknown') return 'unknown'
  return freshness ? 'no' : '—'
}

function staleCell(created: string | null | undefined, now: string): string {
  const age = formatAge(created, now)
  return `⚠️ stale${age ? ` (running image built ${age})` : ''}`
}

function checkItem(check: Check): string {
  const service = check.service ? ` (${mdText(check.service)})` : ''
  const expected = check.expected ? `expected ${mdText(check.expected)}; ` : ''
  const latency = check.latencyMs !== undefined ? ` · ${formatDuration(check.latencyMs)}` : ''
  const icon = check.status === 'pass' ? ICON.pass : check.status === 'fail' ? ICON.fail : ICON.error
  const decided = check.decidedBy ? ` · decided by the ${check.decidedBy} probe` : ''
  const template = check.template ? ` · ${mdText(describeTemplate(check))}` : ''
  const controls = (check.controls ?? []).map((control) => `\n  - ${mdText(describeControl(control, MAX_OBSERVED))}`)
  return `- ${icon} ${mdText(check.target)}${service}: ${expected}observed ${mdText(clip(check.observed, MAX_OBSERVED))}${latency}${decided}${template}${controls.join('')}`
}

function layerEvidence(layer: LayerResult): string {
  const parts = [
    `**${layer.layer}** ${ICON[layer.status]} — ${mdText(layer.evidence.summary) || layer.status} · ${formatDuration(layer.durationMs)}`
  ]
  if (layer.evidence.commands?.length) parts.push(codeBlock(layer.evidence.commands))
  if (layer.evidence.checks?.length) parts.push(layer.evidence.checks.map(checkItem).join('\n'))
  return parts.join('\n\n')
}

function evidenceSection(result: RunResult): Section {
  // Many features: the passing ones are folded into one list of names (their evidence is in the JSON report).
  const grouped = groupsPassing(result)
  const passing = result.features.filter((f) => f.verdict === 'pass')
  const folded = grouped
    ? [
        `<details><summary>${ICON.pass} ${passing.length} passing features</summary>\n\n` +
          `${passing.map((f) => mdText(f.name)).join(', ')}\n\n_Their evidence is in the JSON report._\n\n</details>`
      ]
    : []
  return {
    head: '### Evidence',
    items: [
      ...folded,
      ...(grouped ? result.features.filter((f) => f.verdict !== 'pass') : result.features).map((f) => {
        const where = f.faultLine ? ` at ${f.faultLine}` : ''
        const layers = [...f.layers].sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer))
        const body = layers.length ? layers.map(layerEvidence).join('\n\n') : '_No layer ran._'
        return `<details><summary>${featureIcon(f)} ${htmlText(f.name)} — ${f.verdict}${where}</summary>\n\n${body}\n\n</details>`
      })
    ],
    sep: '\n\n',
    evidence: true,
    noun: ['evidence detail', 'evidence details']
  }
}

function sectionLength(section: Section, items = section.items.length): number {
  return (
    section.head.length + section.items.slice(0, items).reduce((n, item) => n + section.sep.length + item.length, 0)
  )
}

function join(sections: Section[]): string {
  return sections.map((s) => [s.head, ...s.items].join(s.sep)).join('\n\n') + '\n'
}

function truncationNote(maxLength: number, what: string): string {
  return (
    `> [!NOTE]\n> This report was shortened to fit ${maxLength} characters (${what}). ` +
    'The full report is in the job summary and the run artifact.'
  )
}

/** `left out: all 40 evidence details, 150 of 180 matrix rows`: what a shortened report dropped, section by section. */
function leftOut(sections: readonly Section[], kept: readonly Section[]): string {
  const parts = sections.flatMap((section, i) => {
    const total = section.items.length
    const keptItems = kept[i]?.items ?? []
    // An item kept in a shorter form counts as kept (its own line says what it dropped).
    const dropped = total - keptItems.length
    if (dropped === 0) return []
    const noun = section.noun[total === 1 ? 0 : 1]
    return [
      dropped === total
        ? `${total === 1 ? 'the' : total === 2 ? 'both' : `all ${total}`} ${noun}`
        : `${dropped} of ${total} ${noun}`
    ]
  })
  return `left out: ${parts.join(', ')}`
}

/** Keeps whole sections and items, in order, while they and the note fit; stops at the first item that does not. */
function truncate(sections: Section[], maxLength: number, evidence: Section | undefined): string {
  const all = evidence ? [...sections, evidence] : sections
  // The note's room is reserved for its longest form (every section partly left out), so the note always fits.
  const widest = all.map((s) => `${s.items.length} of ${s.items.length} ${s.noun[1]}`).join(', ')
  const note = truncationNote(maxLength, `left out: ${widest}`)
  const budget = maxLength - note.length - '\n\n'.length - '\n'.length
  const kept: Section[] = []
  let used = 0
  for (const section of sections) {
    const separator = kept.length ? '\n\n'.length : 0
    let count = 0
    while (count < section.items.length && used + separator + sectionLength(section, count + 1) <= budget) count++
    const items = section.items.slice(0, count)
    const fits = (item: string) => used + separator + sectionLength({ ...section, items: [...items, item] }) <= budget
    const shorter = count < section.items.length ? section.shorter?.[count]?.find(fits) : undefined
    if (shorter !== undefined) items.push(shorter)
    if (items.length === 0) break
    kept.push({ ...section, items })
    used += separator + sectionLength({ ...section, items })
    if (items.length < section.items.length || shorter !== undefined) break
  }
  const said = truncationNote(maxLength, leftOut(all, kept))
  if (!kept.length) return said + '\n'
  return join(kept) + '\n' + said + '\n'
}

/** The smallest `maxLength` that still leaves room for the heading and the truncation note. */
export const MIN_MARKDOWN_LENGTH = 400

export function renderMarkdown(result: RunResult, options: { maxLength?: number; title?: string } = {}): string {
  const sections = [
    headingSection(result, options.title ?? 'driftcheck'),
    matrixSection(result),
    faultSection(result),
    notProbedSection(result),
    previewSection(result),
    servicesSection(result),
    evidenceSection(result)
  ].filter((s) => s.items.length)
  const full = join(sections)
  const max = options.maxLength
  if (max !== undefined && !(Number.isInteger(max) && max >= MIN_MARKDOWN_LENGTH)) {
    throw new UsageError(`maxLength must be an integer of at least ${MIN_MARKDOWN_LENGTH} characters, got ${max}`)
  }
  if (max === undefined || full.length <= max) return full

  const withoutEvidence = sections.filter((s) => !s.evidence)
  const evidence = sections.find((s) => s.evidence)
  const noted =
    join(withoutEvidence) +
    '\n' +
    truncationNote(max, leftOut([...withoutEvidence, ...(evidence ? [evidence] : [])], withoutEvidence)) +
    '\n'
  if (noted.length <= max) return noted
  return truncate(withoutEvidence, max, evidence)
}
