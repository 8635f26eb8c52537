/**
 * JUnit XML for CI test views: one `<testsuite>` per feature, one `<testcase>` per feature × layer
 * (classname `driftcheck.<feature>`, name = the layer). A layer the feature does not configure is a skipped case,
 * so every suite has five layer cases and the counts add up; an OpenAPI operation it did not probe (`notProbed`) is one
 * more skipped case with the reason, since a pass says nothing about it.
 * Work done once for several features (one listing per image or container, `LayerResult.shared`) is timed once: a first
 * suite `(shared listings)` has a case per such step, and the features' cases count only their own time.
 */
import {
  LAYERS,
  type FeatureResult,
  type LayerName,
  type LayerResult,
  type NotProbedOperation,
  type RunResult,
  type SharedStep
} from '../core/model.js'
import { evidenceLines } from './evidence-text.js'
import { explainFeature, explainService, staleReplicaLines } from './explain.js'
import { notProbedSentence } from './not-probed.js'
import { oneLine } from './sanitize.js'
import { seconds } from '../core/units.js'
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
      counts.ms += ownMs(layer)
      if (!layer || layer.status === 'skip') counts.skipped++
      else if (layer.status === 'fail') counts.failures++
      else if (layer.status === 'error') counts.errors++
    }
    const notProbed = feature.notProbed?.length ?? 0
    counts.tests += notProbed
    counts.skipped += notProbed
  }
  return counts
}

/** A layer's time without the shared steps it waited for (they are counted once, in their own suite). */
function ownMs(layer: LayerResult | undefined): number {
  if (!layer) return 0
  if (!layer.shared?.length) return layer.durationMs
  return Math.max(0, layer.durationMs - Math.max(...layer.shared.map((s) => s.durationMs)))
}

/** Every shared step once, in the order first met. */
function sharedSteps(features: FeatureResult[]): SharedStep[] {
  const steps = new Map<string, SharedStep>()
  for (const feature of features)
    for (const layer of feature.layers)
      for (const step of layer.shared ?? []) {
        const key = JSON.stringify([step.layer, step.service, step.target])
        if (!steps.has(key)) steps.set(key, step)
      }
  return [...steps.values()]
}

const SHARED_SUITE = '(shared listings)'

function sharedCase(step: SharedStep): string {
  const name = `${step.layer} listing: ${oneLine(step.service)} (${oneLine(step.target)})`
  const open = `<testcase classname="${xmlAttr(`driftcheck.${SHARED_SUITE}`)}" name="${xmlAttr(name)}" time="${seconds(step.durationMs)}"`
  if (step.status === 'pass') return `${open}/>`
  const why = oneLine(step.observed) || 'error'
  return `${open}>\n      <error message="${xmlAttr(why)}" type="error">${xmlText(why)}</error>\n    </testcase>`
}

function sharedSuite(steps: SharedStep[], timestamp: string): string[] {
  if (steps.length === 0) return []
  const ms = steps.reduce((sum, s) => sum + s.durationMs, 0)
  const errors = steps.filter((s) => s.status === 'error').length
  const counts: Counts = { tests: steps.length, failures: 0, errors, skipped: 0, ms }
  return [
    `  <testsuite name="${xmlAttr(SHARED_SUITE)}" ${countAttrs(counts, ms)} timestamp="${xmlAttr(timestamp)}">`,
    ...steps.map((step) => `    ${sharedCase(step)}`),
    '  </testsuite>'
  ]
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
  const open = `<testcase classname="${xmlAttr(`driftcheck.${oneLine(feature.name)}`)}" name="${name}" time="${seconds(ownMs(layer))}"`
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

/** `not probed: GET /api/v1/orders/{orderId}`, skipped with the reason it was not sent. */
function notProbedCase(feature: FeatureResult, operation: NotProbedOperation): string {
  const classname = xmlAttr(`driftcheck.${oneLine(feature.name)}`)
  const name = xmlAttr(oneLine(`not probed: ${operation.method} ${operation.path}`))
  const why = xmlAttr(oneLine(notProbedSentence(operation)))
  return `<testcase classname="${classname}" name="${name}" time="${seconds(0)}">\n      <skipped message="${why}"/>\n    </testcase>`
}

function testsuite(feature: FeatureResult, result: RunResult): string {
  const timestamp = result.startedAt
  const counts = count([feature])
  const cases = [
    ...LAYERS.map((name) => testcase(feature, name, result)),
    ...(feature.notProbed ?? []).map((operation) => notProbedCase(feature, operation))
  ].map((c) => `    ${c}`)
  return [
    `  <testsuite name="${xmlAttr(oneLine(feature.name))}" ${countAttrs(counts, counts.ms)} timestamp="${xmlAttr(timestamp)}">`,
    ...cases,
    '  </testsuite>'
  ].join('\n')
}

export function renderJunit(result: RunResult, options: { title?: string } = {}): string {
  const counts = count(result.features)
  const shared = sharedSteps(result.features)
  counts.tests += shared.length
  counts.errors += shared.filter((s) => s.status === 'error').length
  const title = xmlAttr(oneLine(options.title ?? 'driftcheck'))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${title}" ${countAttrs(counts, result.durationMs)} timestamp="${xmlAttr(result.startedAt)}">`,
    ...sharedSuite(shared, result.startedAt),
    ...result.features.map((f) => testsuite(f, result)),
    '</testsuites>',
    ''
  ].join('\n')
}
