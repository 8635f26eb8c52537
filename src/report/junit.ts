/**
 * JUnit XML for CI test views: one `<testsuite>` per feature, one `<testcase>` per feature × layer
 * (classname `driftcheck.<feature>`, name = the layer). A layer the feature does not configure is a skipped case,
 * so every suite has exactly five cases and the counts add up.
 */
import { LAYERS, type FeatureResult, type LayerName, type LayerResult, type RunResult } from '../core/model.js'
import { evidenceLines } from './evidence-text.js'
import { explainFeature, explainService, staleReplicaLines } from './explain.js'
import { oneLine } from './sanitize.js'
import { seconds } from './units.js'
import { xmlAttr, xmlText } from './xml.js'

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
  ms: number
}

function layerOf(feature: FeatureResult, name: LayerName): LayerResult | undefined {
  return feature.layers.find((l) => l.layer === name)
}

function count(features: FeatureResult[]): Counts {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 }
  for (const feature of features) {
    for (const name of LAYERS) {
      const layer = layerOf(feature, name)
      counts.tests++
      counts.ms += layer?.durationMs ?? 0
      if (!layer || layer.status === 'skip') counts.skipped++
      else if (layer.status === 'fail') counts.failures++
      else if (layer.status === 'error') counts.errors++
    }
  }
  return counts
}

function countAttrs(counts: Counts, ms: number): string {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(ms)}"`
}

/**
 * The container case's output: each stale service the feature's paths were checked in, and under it one line per stale
 * replica. A stale image whose paths are all there passes, and this is where JUnit readers still see it.
 */
function staleOutput(feature: FeatureResult, result: RunResult): string | null {
  const layer = layerOf(feature, 'container')
  const checked = new Set((layer?.evidence.checks ?? []).map((c) => c.service))
  const lines = result.services
    .filter((s) => s.stale && checked.has(s.name))
    .flatMap((s) => [
      explainService(s, result.revision, result.startedAt),
      ...staleReplicaLines(s, result.startedAt).map((line) => `  ↳ ${line}`)
    ])
  return lines.length ? `<system-out>${xmlText(lines.join('\n'))}</system-out>` : null
}

function testcase(feature: FeatureResult, name: LayerName, result: RunResult): string {
  const layer = layerOf(feature, name)
  const open = `<testcase classname="${xmlAttr(`driftcheck.${oneLine(feature.name)}`)}" name="${name}" time="${seconds(layer?.durationMs ?? 0)}"`
  if (!layer) return `${open}>\n      <skipped message="not configured"/>\n    </testcase>`
  const output = name === 'container' && layer.status !== 'skip' ? staleOutput(feature, result) : null
  const tail = output ? `\n      ${output}` : ''
  if (layer.status === 'pass') return output ? `${open}>${tail}\n    </testcase>` : `${open}/>`
  if (layer.status === 'skip') {
    const why = oneLine(layer.evidence.summary) || 'skipped'
    return `${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>`
  }
  // The fault line's case carries the sentence people read first; later failing layers carry their own summary.
  const atFault = feature.faultLine === name
  const message = atFault ? explainFeature(feature) : oneLine(layer.evidence.summary) || layer.status
  const type = atFault ? feature.verdict : layer.status === 'fail' ? 'fail' : 'error'
  const tag = layer.status === 'fail' ? 'failure' : 'error'
  const body = xmlText(evidenceLines(layer).join('\n'))
  return `${open}>\n      <${tag} message="${xmlAttr(message)}" type="${xmlAttr(type)}">${body}</${tag}>${tail}\n    </testcase>`
}

function testsuite(feature: FeatureResult, result: RunResult): string {
  const timestamp = result.startedAt
  const counts = count([feature])
  const cases = LAYERS.map((name) => `    ${testcase(feature, name, result)}`)
  return [
    `  <testsuite name="${xmlAttr(oneLine(feature.name))}" ${countAttrs(counts, counts.ms)} timestamp="${xmlAttr(timestamp)}">`,
    ...cases,
    '  </testsuite>'
  ].join('\n')
}

export function renderJunit(result: RunResult, options: { title?: string } = {}): string {
  const counts = count(result.features)
  const title = xmlAttr(oneLine(options.title ?? 'driftcheck'))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${title}" ${countAttrs(counts, result.durationMs)} timestamp="${xmlAttr(result.startedAt)}">`,
    ...result.features.map((f) => testsuite(f, result)),
    '</testsuites>',
    ''
  ].join('\n')
}
