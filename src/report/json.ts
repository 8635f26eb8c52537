/**
 * The JSON contract (README "JSON result", which extends the design contract): the RunResult, keys in contract order, known fields only — so internal
 * extras never leak into a saved result — pretty-printed with a trailing newline.
 */
import type {
  Check,
  ControlCheck,
  FeatureResult,
  HostRollout,
  NotProbedOperation,
  LayerResult,
  Replica,
  PreviewNotReadyReport,
  PreviewResult,
  RolloutResult,
  RunResult,
  ServiceResult,
  SharedStep
} from '../core/model.js'

/** Copies only the keys that are set, in the order given: optional fields stay absent rather than `undefined`. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key]
  return out
}

function check(value: Check): Check {
  const out = pick(value, [
    'target',
    'service',
    'host',
    'status',
    'expected',
    'observed',
    'latencyMs',
    'httpStatus',
    'digest',
    'controls',
    'summary',
    'decidedBy',
    'output',
    'template',
    'params',
    'matched'
  ])
  if (value.controls) out.controls = value.controls.map(control)
  if (value.params) out.params = { ...value.params }
  if (value.matched) out.matched = [...value.matched]
  return out
}

function control(value: ControlCheck): ControlCheck {
  return pick(value, ['target', 'httpStatus', 'digest', 'observed', 'comparison'])
}

function layer(value: LayerResult): LayerResult {
  const evidence = pick(value.evidence, ['summary', 'commands', 'checks'])
  if (evidence.commands) evidence.commands = [...evidence.commands]
  if (evidence.checks) evidence.checks = evidence.checks.map(check)
  const out: LayerResult = { layer: value.layer, status: value.status, evidence, durationMs: value.durationMs }
  if (value.shared) out.shared = value.shared.map(sharedStep)
  return out
}

function sharedStep(value: SharedStep): SharedStep {
  return pick(value, ['layer', 'service', 'target', 'status', 'observed', 'durationMs'])
}

function feature(value: FeatureResult): FeatureResult {
  const out = pick(value, ['name', 'verdict', 'faultLine', 'layers', 'source', 'location', 'notProbed'])
  out.layers = value.layers.map(layer)
  if (value.location) out.location = pick(value.location, ['file', 'line', 'column'])
  if (value.notProbed) out.notProbed = value.notProbed.map(notProbed)
  return out
}

function notProbed(value: NotProbedOperation): NotProbedOperation {
  const out = pick(value, ['service', 'method', 'path', 'operationId', 'reason', 'parameters'])
  if (value.parameters) out.parameters = [...value.parameters]
  return out
}

function replica(value: Replica): Replica {
  const out = pick(value, ['container', 'image', 'revision', 'created', 'stale', 'judgedBy', 'host', 'task'])
  if (value.task) out.task = pick(value.task, ['name', 'state', 'image', 'specImage'])
  return out
}

function service(value: ServiceResult): ServiceResult {
  const out = pick(value, [
    'name',
    'builtImage',
    'runningImage',
    'runningRevision',
    'stale',
    'runningCreated',
    'container',
    'replicas'
  ])
  if (value.replicas) out.replicas = value.replicas.map(replica)
  return out
}

function hostRollout(value: HostRollout): HostRollout {
  const out = pick(value, ['host', 'batch', 'state', 'revisions', 'error'])
  out.revisions = Object.fromEntries(Object.entries(value.revisions).map(([svc, revs]) => [svc, [...revs]]))
  return out
}

function rollout(value: RolloutResult): RolloutResult {
  return {
    revision: value.revision,
    batchSize: value.batchSize,
    stopped: value.stopped && pick(value.stopped, ['batch', 'hosts', 'reason']),
    hosts: value.hosts.map(hostRollout)
  }
}

/** The result exactly as the JSON contract defines it. */
export function toContract(result: RunResult): RunResult {
  return {
    version: result.version,
    verdict: result.verdict,
    revision: result.revision,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    services: result.services.map(service),
    features: result.features.map(feature),
    ...(result.rollout ? { rollout: rollout(result.rollout) } : {}),
    ...(result.preview ? { preview: preview(result.preview) } : {})
  }
}

function preview(value: PreviewResult): PreviewResult {
  return {
    project: value.project,
    services: [...value.services],
    urls: value.urls.map((u) => pick(u, ['service', 'from', 'to'])),
    leftOut: value.leftOut.map((l) => ({ feature: l.feature, services: [...l.services] })),
    ...(value.readyTimeoutMs === undefined ? {} : { readyTimeoutMs: value.readyTimeoutMs }),
    ...(value.notReady ? { notReady: value.notReady.map(notReady) } : {})
  }
}

/** The fields of its reason only, in the order the model names them, then the logs. */
function notReady(value: PreviewNotReadyReport): PreviewNotReadyReport {
  const keys = ['service', 'reason', 'container', 'state', 'exitCode', 'port', 'target', 'logs'] as const
  const out: Record<string, unknown> = {}
  for (const key of keys) if (key in value) out[key] = (value as Record<string, unknown>)[key]
  return out as PreviewNotReadyReport
}

export function renderJson(result: RunResult): string {
  return JSON.stringify(toContract(result), null, 2) + '\n'
}
