/**
 * SARIF 2.1.0 for code scanning: one rule per verdict kind, one result per failing or erroring feature, located at
 * the feature's declaration in the config (file/line/column) and at its `source` paths, relative to `%SRCROOT%`.
 */
import { createHash } from 'node:crypto'
import {
  FEATURE_VERDICTS,
  type FeatureResult,
  type FeatureVerdict,
  type Replica,
  type RunResult,
  type ServiceResult
} from '../core/model.js'
import { explainFeature, VERDICT_CAUSE, VERDICT_HINT } from './explain.js'
import { notProbedSentence } from './not-probed.js'
import { oneLine } from './sanitize.js'

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

type RuleVerdict = Exclude<FeatureVerdict, 'pass'>
export const SARIF_RULES: readonly RuleVerdict[] = FEATURE_VERDICTS.filter((v): v is RuleVerdict => v !== 'pass')

const RULE_NAME: Record<RuleVerdict, string> = {
  'missing-in-source': 'MissingInSource',
  'build-drift': 'BuildDrift',
  'runtime-drift': 'RuntimeDrift',
  'route-missing': 'RouteMissing',
  'auth-failed': 'AuthFailed',
  error: 'CouldNotCheck'
}

const RULE_SUMMARY: Record<RuleVerdict, string> = {
  'missing-in-source': 'The feature is not in the source tree.',
  'build-drift': 'The feature is in the source but not in the image built from it.',
  'runtime-drift': 'The feature is in the built image but not in the running container.',
  'route-missing': 'The feature is deployed but its route is not exposed.',
  'auth-failed': 'The route is exposed but does not work after authentication.',
  error: 'A layer could not be checked, so the feature is not proven.'
}

function level(verdict: RuleVerdict): 'error' | 'warning' {
  return verdict === 'error' ? 'warning' : 'error'
}

function rule(verdict: RuleVerdict) {
  const help = `Typical cause: ${VERDICT_CAUSE[verdict]}. What to do: ${VERDICT_HINT[verdict]}.`
  return {
    id: verdict,
    name: RULE_NAME[verdict],
    shortDescription: { text: RULE_SUMMARY[verdict] },
    fullDescription: { text: `${RULE_SUMMARY[verdict]} Typical cause: ${VERDICT_CAUSE[verdict]}.` },
    help: {
      text: help,
      markdown: `**Typical cause:** ${VERDICT_CAUSE[verdict]}.\n\n**What to do:** ${VERDICT_HINT[verdict]}.`
    },
    defaultConfiguration: { level: level(verdict) }
  }
}

/**
 * A path relative to the checkout as a URI reference: forward slashes, no leading `./`, each segment percent-encoded
 * (spaces, `#`, `%`, `?` would otherwise change what the URI means). Absolute paths become `file://` URIs.
 */
export function toUri(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/')
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/')
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` }
  return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' }
}

function locations(feature: FeatureResult) {
  const out: object[] = []
  if (feature.location) {
    out.push({
      physicalLocation: {
        artifactLocation: toUri(feature.location.file),
        region: { startLine: feature.location.line, startColumn: feature.location.column }
      }
    })
  }
  for (const path of feature.source ?? []) {
    if (path.trim()) out.push({ physicalLocation: { artifactLocation: toUri(path) } })
  }
  return out
}

/** Stable across runs for the same feature and verdict, so code scanning tracks one alert instead of opening new ones. */
function fingerprint(feature: FeatureResult): string {
  return createHash('sha256').update(`${feature.name}\0${feature.verdict}`).digest('hex').slice(0, 32)
}

/** A result saved before replicas were reported: its single-valued fields are the one replica it knew. */
function leadReplica(s: ServiceResult): Replica {
  const image = s.runningImage ?? ''
  return {
    container: s.container ?? '',
    image,
    revision: s.runningRevision,
    created: s.runningCreated ?? null,
    stale: s.stale
  }
}

/** Every stale running container, as facts: a stale replica whose paths are all there is no alert, but it is on record. */
function staleReplicas(result: RunResult) {
  return result.services.flatMap((s) =>
    (s.replicas ?? (s.stale && s.runningImage ? [leadReplica(s)] : []))
      .filter((r) => r.stale)
      .map((r) => ({
        service: oneLine(s.name),
        container: oneLine(r.container),
        image: r.image,
        revision: r.revision,
        created: r.created,
        ...(r.host ? { host: oneLine(r.host) } : {})
      }))
  )
}

/**
 * The rule of an OpenAPI operation that was not probed (`notProbed`): a `note`, not an alert (nothing failed), listed only
 * when a run has one, after the verdict rules.
 */
const NOT_PROBED_RULE_ID = 'not-probed'
const NOT_PROBED_RULE = {
  id: NOT_PROBED_RULE_ID,
  name: 'NotProbed',
  shortDescription: { text: 'An OpenAPI operation was not probed, so a pass says nothing about it.' },
  fullDescription: {
    text: 'An OpenAPI operation was not probed (a path parameter without an example, an unsafe method anyone may call, or x-driftcheck-probe: false), so a pass says nothing about it.'
  },
  help: {
    text: 'Give the operation what it needs to be probed, as the result says, or accept that the run does not cover it.',
    markdown:
      'Give the operation what it needs to be probed, as the result says, or accept that the run does not cover it.'
  },
  defaultConfiguration: { level: 'note' }
}

/** One `note` per operation not probed, at its feature's declaration; stable per feature, method and path. */
function notProbedResults(result: RunResult) {
  return result.features.flatMap((feature) =>
    (feature.notProbed ?? []).map((operation) => ({
      ruleId: NOT_PROBED_RULE_ID,
      ruleIndex: SARIF_RULES.length,
      level: 'note',
      message: { text: `${oneLine(feature.name)}: ${oneLine(notProbedSentence(operation))}` },
      locations: locations(feature),
      partialFingerprints: {
        'driftcheckFeature/v1': createHash('sha256')
          .update(`${feature.name}\0${NOT_PROBED_RULE_ID}\0${operation.method}\0${operation.path}`)
          .digest('hex')
          .slice(0, 32)
      },
      properties: {
        feature: oneLine(feature.name),
        service: oneLine(operation.service),
        method: oneLine(operation.method),
        path: oneLine(operation.path),
        reason: operation.reason,
        ...(operation.operationId ? { operationId: oneLine(operation.operationId) } : {})
      }
    }))
  )
}

export function renderSarif(result: RunResult): string {
  const failing = result.features.filter((f): f is FeatureResult & { verdict: RuleVerdict } => f.verdict !== 'pass')
  const notProbed = notProbedResults(result)
  const stale = staleReplicas(result)
  const endTime = new Date(Date.parse(result.startedAt) + result.durationMs)
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'driftcheck',
            rules: [...SARIF_RULES.map(rule), ...(notProbed.length ? [NOT_PROBED_RULE] : [])]
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: new Date(result.startedAt).toISOString(),
            endTimeUtc: endTime.toISOString()
          }
        ],
        results: [
          ...failing.map((feature) => ({
            ruleId: feature.verdict,
            ruleIndex: SARIF_RULES.indexOf(feature.verdict),
            level: level(feature.verdict),
            message: { text: explainFeature(feature) },
            locations: locations(feature),
            partialFingerprints: { 'driftcheckFeature/v1': fingerprint(feature) },
            properties: { feature: oneLine(feature.name), verdict: feature.verdict, faultLine: feature.faultLine }
          })),
          ...notProbed
        ],
        properties: {
          revision: result.revision,
          verdict: result.verdict,
          ...(stale.length ? { staleReplicas: stale } : {})
        }
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
