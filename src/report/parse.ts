/**
 * `driftcheck report RESULT.json`: read a saved result back, checking it is a version-1 RunResult before any format
 * renders it. Every problem is one line naming the file and the field (`result.json: features[0].verdict is "ok"; …`).
 */
import { UsageError } from '../core/errors.js'
import {
  CHECK_STATUSES,
  CONTROL_COMPARISONS,
  FEATURE_VERDICTS,
  FRESHNESS_BASES,
  HOST_ROLLOUT_STATES,
  LAYER_STATUSES,
  LAYERS,
  NOT_PROBED_REASONS,
  PREVIEW_NOT_READY_REASONS,
  RUN_VERDICTS,
  SHARED_STEP_STATUSES,
  type RunResult
} from '../core/model.js'
import { oneLine } from './sanitize.js'

type Json = unknown

class Invalid extends Error {}

function show(value: Json): string {
  const text = value === undefined ? 'missing' : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function fail(path: string, value: Json, expected: string): never {
  throw new Invalid(
    value === undefined ? `${path} is missing (${expected})` : `${path} is ${show(value)}; expected ${expected}`
  )
}

function object(value: Json, path: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value, 'an object')
  return value as Record<string, Json>
}

function array(value: Json, path: string): Json[] {
  if (!Array.isArray(value)) fail(path, value, 'an array')
  return value
}

function string(value: Json, path: string): void {
  if (typeof value !== 'string') fail(path, value, 'a string')
}

/** An object of strings (a probe's path parameters). */
function stringValues(value: Json, path: string): void {
  for (const [key, item] of Object.entries(object(value, path))) string(item, `${path}.${key}`)
}

function nullableString(value: Json, path: string): void {
  if (value !== null && typeof value !== 'string') fail(path, value, 'a string or null')
}

function duration(value: Json, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, value, 'a duration in ms (>= 0)')
}

function oneOf(value: Json, allowed: readonly string[], path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(path, value, `one of ${allowed.join(', ')}`)
}

function optional(record: Record<string, Json>, key: string, check: (value: Json, path: string) => void, path: string) {
  if (record[key] !== undefined) check(record[key], `${path}.${key}`)
}

function strings(value: Json, path: string): void {
  array(value, path).forEach((item, i) => string(item, `${path}[${i}]`))
}

function httpStatus(value: Json, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 100 || value > 599)
    fail(path, value, 'an HTTP status (100-599)')
}

function validateControl(value: Json, path: string): void {
  const control = object(value, path)
  string(control.target, `${path}.target`)
  string(control.observed, `${path}.observed`)
  oneOf(control.comparison, CONTROL_COMPARISONS, `${path}.comparison`)
  optional(control, 'httpStatus', httpStatus, path)
  optional(control, 'digest', string, path)
}

function validateCheck(value: Json, path: string): void {
  const check = object(value, path)
  string(check.target, `${path}.target`)
  oneOf(check.status, CHECK_STATUSES, `${path}.status`)
  string(check.observed, `${path}.observed`)
  optional(check, 'service', string, path)
  optional(check, 'host', string, path)
  optional(check, 'expected', string, path)
  optional(check, 'latencyMs', duration, path)
  optional(check, 'httpStatus', httpStatus, path)
  optional(check, 'digest', string, path)
  optional(check, 'summary', string, path)
  optional(check, 'decidedBy', (v, p) => oneOf(v, LAYERS, p), path)
  optional(check, 'template', string, path)
  optional(check, 'params', stringValues, path)
  optional(check, 'matched', strings, path)
  if (check.controls !== undefined) {
    array(check.controls, `${path}.controls`).forEach((c, i) => validateControl(c, `${path}.controls[${i}]`))
  }
  optional(check, 'output', string, path)
}

function validateSharedStep(value: Json, path: string): void {
  const step = object(value, path)
  oneOf(step.layer, LAYERS, `${path}.layer`)
  string(step.service, `${path}.service`)
  string(step.target, `${path}.target`)
  oneOf(step.status, SHARED_STEP_STATUSES, `${path}.status`)
  string(step.observed, `${path}.observed`)
  duration(step.durationMs, `${path}.durationMs`)
}

function validateLayer(value: Json, path: string): void {
  const layer = object(value, path)
  oneOf(layer.layer, LAYERS, `${path}.layer`)
  oneOf(layer.status, LAYER_STATUSES, `${path}.status`)
  duration(layer.durationMs, `${path}.durationMs`)
  if (layer.shared !== undefined) {
    array(layer.shared, `${path}.shared`).forEach((s, i) => validateSharedStep(s, `${path}.shared[${i}]`))
  }
  const evidence = object(layer.evidence, `${path}.evidence`)
  string(evidence.summary, `${path}.evidence.summary`)
  optional(evidence, 'commands', strings, `${path}.evidence`)
  if (evidence.checks !== undefined) {
    array(evidence.checks, `${path}.evidence.checks`).forEach((c, i) =>
      validateCheck(c, `${path}.evidence.checks[${i}]`)
    )
  }
}

function validateLocation(value: Json, path: string): void {
  const location = object(value, path)
  string(location.file, `${path}.file`)
  for (const key of ['line', 'column'] as const) {
    const n = location[key]
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) fail(`${path}.${key}`, n, 'a positive integer')
  }
}

function validateFeature(value: Json, path: string): void {
  const feature = object(value, path)
  string(feature.name, `${path}.name`)
  oneOf(feature.verdict, FEATURE_VERDICTS, `${path}.verdict`)
  if (feature.faultLine !== null) oneOf(feature.faultLine, LAYERS, `${path}.faultLine`)
  array(feature.layers, `${path}.layers`).forEach((l, i) => validateLayer(l, `${path}.layers[${i}]`))
  optional(feature, 'source', strings, path)
  optional(feature, 'location', validateLocation, path)
  optional(
    feature,
    'notProbed',
    (list, at) => array(list, at).forEach((n, i) => validateNotProbed(n, `${at}[${i}]`)),
    path
  )
}

function validateNotProbed(value: Json, path: string): void {
  const operation = object(value, path)
  for (const key of ['service', 'method', 'path'] as const) string(operation[key], `${path}.${key}`)
  optional(operation, 'operationId', string, path)
  oneOf(operation.reason, NOT_PROBED_REASONS, `${path}.reason`)
  optional(operation, 'parameters', strings, path)
}

function validateService(value: Json, path: string): void {
  const service = object(value, path)
  string(service.name, `${path}.name`)
  nullableString(service.builtImage, `${path}.builtImage`)
  nullableString(service.runningImage, `${path}.runningImage`)
  nullableString(service.runningRevision, `${path}.runningRevision`)
  if (typeof service.stale !== 'boolean') fail(`${path}.stale`, service.stale, 'true or false')
  optional(service, 'runningCreated', nullableString, path)
  optional(service, 'container', nullableString, path)
  if (service.replicas !== undefined) {
    array(service.replicas, `${path}.replicas`).forEach((r, i) => validateReplica(r, `${path}.replicas[${i}]`))
  }
}

function validateReplica(value: Json, path: string): void {
  const replica = object(value, path)
  string(replica.container, `${path}.container`)
  string(replica.image, `${path}.image`)
  nullableString(replica.revision, `${path}.revision`)
  nullableString(replica.created, `${path}.created`)
  if (typeof replica.stale !== 'boolean') fail(`${path}.stale`, replica.stale, 'true or false')
  if (replica.judgedBy !== undefined && replica.judgedBy !== null)
    oneOf(replica.judgedBy, FRESHNESS_BASES, `${path}.judgedBy`)
  optional(replica, 'host', string, path)
  if (replica.task !== undefined) {
    const task = object(replica.task, `${path}.task`)
    for (const key of ['name', 'state', 'image', 'specImage']) string(task[key], `${path}.task.${key}`)
  }
}

function validateRollout(value: Json, path: string): void {
  const rollout = object(value, path)
  nullableString(rollout.revision, `${path}.revision`)
  const size = rollout.batchSize
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
    fail(`${path}.batchSize`, size, 'a whole number >= 1')
  if (rollout.stopped !== null) {
    const stopped = object(rollout.stopped, `${path}.stopped`)
    strings(stopped.hosts, `${path}.stopped.hosts`)
    string(stopped.reason, `${path}.stopped.reason`)
  }
  array(rollout.hosts, `${path}.hosts`).forEach((h, i) => {
    const host = object(h, `${path}.hosts[${i}]`)
    string(host.host, `${path}.hosts[${i}].host`)
    oneOf(host.state, HOST_ROLLOUT_STATES, `${path}.hosts[${i}].state`)
    const revisions = object(host.revisions, `${path}.hosts[${i}].revisions`)
    for (const [service, list] of Object.entries(revisions))
      array(list, `${path}.hosts[${i}].revisions.${service}`).forEach((r, j) =>
        nullableString(r, `${path}.hosts[${i}].revisions.${service}[${j}]`)
      )
    optional(host, 'error', string, `${path}.hosts[${i}]`)
  })
}

function validatePreview(value: Json, path: string): void {
  const preview = object(value, path)
  string(preview.project, `${path}.project`)
  strings(preview.services, `${path}.services`)
  array(preview.urls, `${path}.urls`).forEach((u, i) => {
    const url = object(u, `${path}.urls[${i}]`)
    for (const key of ['service', 'from', 'to']) string(url[key], `${path}.urls[${i}].${key}`)
  })
  array(preview.leftOut, `${path}.leftOut`).forEach((l, i) => {
    const left = object(l, `${path}.leftOut[${i}]`)
    string(left.feature, `${path}.leftOut[${i}].feature`)
    strings(left.services, `${path}.leftOut[${i}].services`)
  })
  optional(preview, 'readyTimeoutMs', duration, path)
  if (preview.notReady !== undefined)
    array(preview.notReady, `${path}.notReady`).forEach((n, i) => validateNotReady(n, `${path}.notReady[${i}]`))
}

/** The fields each reason carries (`PreviewNotReadyService`). */
const NOT_READY_FIELDS: Record<(typeof PREVIEW_NOT_READY_REASONS)[number], { strings: string[]; numbers: string[] }> = {
  'no-container': { strings: [], numbers: [] },
  exited: { strings: ['container', 'state'], numbers: [] },
  starting: { strings: ['container', 'state'], numbers: [] },
  'port-closed': { strings: ['container'], numbers: ['port', 'target'] }
}

function validateNotReady(value: Json, path: string): void {
  const service = object(value, path)
  string(service.service, `${path}.service`)
  oneOf(service.reason, PREVIEW_NOT_READY_REASONS, `${path}.reason`)
  string(service.logs, `${path}.logs`)
  const fields = NOT_READY_FIELDS[service.reason as keyof typeof NOT_READY_FIELDS]
  for (const key of fields.strings) string(service[key], `${path}.${key}`)
  for (const key of fields.numbers) port(service[key], `${path}.${key}`)
  if (service.reason === 'exited' && service.exitCode !== null && !Number.isInteger(service.exitCode))
    fail(`${path}.exitCode`, service.exitCode, 'an exit code or null')
}

function port(value: Json, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 65535)
    fail(path, value, 'a port (0-65535)')
}

function validateRun(value: Json): RunResult {
  const run = object(value, 'the result')
  if (run.version !== 1) fail('version', run.version, '1 (a driftcheck version-1 result)')
  oneOf(run.verdict, RUN_VERDICTS, 'verdict')
  nullableString(run.revision, 'revision')
  string(run.startedAt, 'startedAt')
  if (Number.isNaN(Date.parse(run.startedAt as string))) fail('startedAt', run.startedAt, 'an ISO 8601 date')
  duration(run.durationMs, 'durationMs')
  array(run.services, 'services').forEach((s, i) => validateService(s, `services[${i}]`))
  array(run.features, 'features').forEach((f, i) => validateFeature(f, `features[${i}]`))
  if (run.rollout !== undefined) validateRollout(run.rollout, 'rollout')
  if (run.preview !== undefined) validatePreview(run.preview, 'preview')
  return run as unknown as RunResult
}

/** Parses and validates a saved driftcheck JSON result; throws a one-line `UsageError` naming `file` and the problem. */
export function parseResult(text: string, file: string): RunResult {
  const name = oneLine(file)
  let value: Json
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').trim()
    throw new UsageError(`${name}: not a driftcheck result: invalid JSON (${reason})`)
  }
  try {
    return validateRun(value)
  } catch (error) {
    if (error instanceof Invalid) throw new UsageError(`${name}: not a valid driftcheck result: ${error.message}`)
    throw error
  }
}
