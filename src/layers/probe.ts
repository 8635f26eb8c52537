import type { Expectation, FeatureConfig, ProbeConfig, ServiceConfig } from '../core/config.js'
import { ConfigError } from '../core/errors.js'
import { nodeUrlFor } from '../core/node-url.js'
import type { Check, ControlCheck, LayerResult } from '../core/model.js'
import type { HttpClient, Logger } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import { Redactor, SECRET_HEADERS } from '../core/redact.js'
import { mapLimited } from './probe/concurrency.js'
import { compareWithControl, controlKey, controlPaths, digestOf, newControlToken } from './probe/control.js'
import {
  DEFAULT_RETRY,
  probeWithRetry,
  systemClock,
  type Clock,
  type ProbeOutcome,
  type RetryPolicy
} from './probe/retry.js'
import { fillPath } from '../core/path-params.js'
import { judgeNodeAgainstPublic } from './probe/nodes.js'
import { fillRevision, usesRevision } from '../core/revision-template.js'
import { describeExpectation } from './probe/expectation.js'
import { displayUrl, joinUrl } from './probe/url.js'
import {
  layerStatus,
  probeSentence,
  provesNothingSentence,
  shownPath,
  summariseChecks,
  type ProbeLayer
} from './probe/words.js'

export { evaluate, describeExpectation, bodySnippet } from './probe/expectation.js'
export { joinUrl } from './probe/url.js'
export { probeWithRetry, systemClock, type Clock, type RetryPolicy } from './probe/retry.js'
export { mapLimited } from './probe/concurrency.js'
export { CONTROL_SEGMENT, controlPaths, compareWithControl } from './probe/control.js'

export interface ProbeLayerInput {
  features: FeatureConfig[]
  services: Record<string, ServiceConfig>
  http: HttpClient
  logger?: Logger
  /** Hides every configured secret; the layer adds the credentials of the probes' own headers. */
  redactor: Redactor
  /** Probes in flight at once, across all features (control probes included). */
  concurrency?: number
  clock?: Clock
  retry?: RetryPolicy
  /** The random part of this run's control paths (default: fresh from crypto). */
  controlToken?: string
  /**
   * The fleet nodes (host names) whose `nodeUrl` is probed besides each service's public `url`; default none. A node that
   * answers otherwise than the public URL fails the probe, named: a pass means the feature is there on every node.
   */
  nodes?: readonly string[]
  /** The checked commit, for `{{revision}}` in expectations; null outside git (such a probe is then `error`, not sent). */
  revision?: string | null
}

export const DEFAULT_PROBE_CONCURRENCY = 16

const UNKNOWN_REVISION =
  'its expectation compares with the checked revision ({{revision}}), and the checkout has no commit (not a git repository)'

interface Job {
  feature: string
  probe: ProbeConfig
  /** The path sent: the probe's path with its `params` filled in. */
  path: string
  url: string
  /** The node whose `nodeUrl` this job probes; null for the service's public `url`. */
  host: string | null
  /** Keys of this probe's controls (see `controlKey`). */
  controls: string[]
  /** Why the probe cannot be judged, so it is not sent (an expectation of the revision, and none is known). */
  unchecked?: string
}

/** A control probe, shared by every probe that sends the same request under the same prefix. */
interface ControlJob {
  url: string
  /** `GET /api/v1/driftcheck-control-…`: for sentences. */
  request: string
  probe: Pick<ProbeConfig, 'method' | 'headers' | 'body'>
  /** The longest timeout of the probes that share it: it settles like they do. */
  timeoutMs: number
}

interface Done {
  job: Job
  outcome: ProbeOutcome
  startedAt: number
  endedAt: number
}

/** Accepts no answer, so a control retries exactly while a deploy settles (no answer, 502/503/504), like a probe. */
const ANY_FINAL_ANSWER: Expectation = { status: { kind: 'codes', codes: [] }, bodyContains: [], json: {}, headers: {} }

/** The route and auth layers: the same probing, with or without credentials, and different words. */
export async function runProbeLayer(layer: ProbeLayer, input: ProbeLayerInput): Promise<Map<string, LayerResult>> {
  const logger = input.logger ?? silentLogger
  const clock = input.clock ?? systemClock
  const retry = input.retry ?? DEFAULT_RETRY
  const token = input.controlToken ?? newControlToken()
  // Resolve every URL first: a misconfigured probe is a config error before anything is sent.
  const jobs: Job[] = []
  const controls = new Map<string, ControlJob>()
  for (const feature of input.features) {
    for (const written of layer === 'route' ? feature.routes : feature.auth) {
      const path = fillPath(written.path, written.params)
      // The controls are judged by the same filled expectation: one that a control's answer does not meet discriminates.
      const probe = input.revision ? { ...written, expect: fillRevision(written.expect, input.revision) } : written
      const unchecked = usesRevision(written.expect) && !input.revision ? UNKNOWN_REVISION : undefined
      for (const { host, base } of probeBases(layer, feature, probe, input.services, input.nodes ?? [])) {
        const url = resolveUrl(layer, feature, probe, path, base)
        if (unchecked) {
          jobs.push({ feature: feature.name, probe, path, url, host, controls: [], unchecked })
          continue
        }
        // Controls sit beside the path sent (`/api/articles/hello-drift` → `/api/articles/driftcheck-control-…`), on the
        // same base: a node's controls go to that node.
        const keys = controlPaths(path, token).map((controlPath) => {
          const controlUrl = joinUrl(base, controlPath)
          const key = controlKey(controlUrl, probe.method, probe.headers, probe.body)
          const known = controls.get(key)
          if (known) known.timeoutMs = Math.max(known.timeoutMs, probe.timeoutMs)
          else
            controls.set(key, {
              url: controlUrl,
              request: `${probe.method} ${controlPath}${onHost(host)}`,
              probe,
              timeoutMs: probe.timeoutMs
            })
          return key
        })
        jobs.push({ feature: feature.name, probe, path, url, host, controls: keys })
      }
    }
  }

  const redactor = input.redactor.with(
    jobs.flatMap((job) => [...credentialValues(job.probe.headers), ...encodedSecrets(job.probe.params, input.redactor)])
  )
  const send = (url: string, probe: ControlJob['probe'], expect: Expectation, timeoutMs: number) =>
    probeWithRetry(
      input.http,
      { url, method: probe.method, headers: probe.headers, body: probe.body },
      expect,
      timeoutMs,
      clock,
      retry,
      redactor
    )

  // Controls and probes share one concurrency bound; controls go first, there are few of them.
  const controlDone = new Map<string, ProbeOutcome>()
  const done: Done[] = []
  const tasks = [
    ...[...controls].map(([key, control]) => async () => {
      const outcome = await send(control.url, control.probe, ANY_FINAL_ANSWER, control.timeoutMs)
      logger.debug(
        redactor.redact(`${layer} control ${control.probe.method} ${displayUrl(control.url)} → ${outcome.observed}`)
      )
      controlDone.set(key, outcome)
    }),
    ...jobs.map((job) => async () => {
      const startedAt = clock.now()
      const { probe } = job
      if (job.unchecked) {
        const expected = describeExpectation(probe.expect, redactor)
        const outcome: ProbeOutcome = { status: 'error', expected, observed: job.unchecked, latencyMs: 0, attempts: 0 }
        done.push({ job, outcome, startedAt, endedAt: startedAt })
        return
      }
      const outcome = await send(job.url, probe, probe.expect, probe.timeoutMs)
      logger.debug(redactor.redact(`${layer} ${probe.method} ${displayUrl(job.url)} → ${outcome.observed}`))
      done.push({ job, outcome, startedAt, endedAt: clock.now() })
    })
  ]
  await mapLimited(tasks, input.concurrency ?? DEFAULT_PROBE_CONCURRENCY, (task) => task())
  const order = new Map(jobs.map((job, index) => [job, index]))
  done.sort((a, b) => order.get(a.job)! - order.get(b.job)!)

  const results = new Map<string, LayerResult>()
  for (const feature of input.features) {
    const mine = done.filter((d) => d.job.feature === feature.name)
    const result =
      mine.length > 0
        ? redactor.redactValue(featureResult(layer, mine, controls, controlDone))
        : layer === 'route' && feature.notProbed?.length
          ? nothingProbed(feature.notProbed.length)
          : skipped(layer)
    results.set(feature.name, result)
  }
  return results
}

/** The public `url` of the probe's service, then each node's `nodeUrl` when the service has one. */
function probeBases(
  layer: ProbeLayer,
  feature: FeatureConfig,
  probe: ProbeConfig,
  services: Record<string, ServiceConfig>,
  nodes: readonly string[]
): { host: string | null; base: string }[] {
  const where = `feature '${feature.name}', ${layer} ${probe.method} ${probe.path}`
  const service = services[probe.service]
  if (!service)
    throw new ConfigError(`${where}: service '${probe.service}' is not defined under services`, probe.location)
  if (!service.url) throw new ConfigError(`${where}: service '${probe.service}' has no url to probe`, probe.location)
  const { nodeUrl } = service
  const perNode = nodeUrl ? nodes.map((host) => ({ host, base: nodeUrlFor(nodeUrl, host) })) : []
  return [{ host: null, base: service.url }, ...perNode]
}

function resolveUrl(layer: ProbeLayer, feature: FeatureConfig, probe: ProbeConfig, path: string, base: string): string {
  try {
    return joinUrl(base, path)
  } catch (error) {
    const where = `feature '${feature.name}', ${layer} ${probe.method} ${probe.path}`
    throw new ConfigError(`${where}: ${(error as Error).message}`, probe.location)
  }
}

/** ` on node-2`: how a sentence names the node a probe went to. */
function onHost(host: string | null): string {
  return host ? ` on ${host}` : ''
}

/** Values of credential headers, and the token inside them, so an echo in a response body is hidden too. */
export function credentialValues(headers: Record<string, string>): string[] {
  const values: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase()) && !/token|secret|key|auth|session|password|cookie/i.test(name))
      continue
    values.push(value)
    const [scheme, ...rest] = value.trim().split(/\s+/)
    const credential = rest.join(' ')
    if (credential) values.push(credential)
    if (scheme?.toLowerCase() === 'basic' && credential) {
      const decoded = Buffer.from(credential, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      values.push(decoded)
      if (colon >= 0) values.push(decoded.slice(colon + 1))
    }
  }
  return values
}

/** A secret path parameter is sent URL-encoded (`a b` → `a%20b`): that form is hidden in URLs like the value itself. */
function encodedSecrets(params: Record<string, string> | undefined, redactor: Redactor): string[] {
  return Object.values(params ?? {})
    .filter((value) => redactor.redact(value) !== value)
    .map(encodeURIComponent)
}

/** Routes to check (an OpenAPI document's operations), none of which could be probed: not checked, never a skip. */
function nothingProbed(count: number): LayerResult {
  const summary = `none of its ${count} OpenAPI operation(s) could be probed (see "not probed")`
  return { layer: 'route', status: 'error', evidence: { summary }, durationMs: 0 }
}

function skipped(layer: ProbeLayer): LayerResult {
  const summary = layer === 'route' ? 'no routes configured' : 'no authenticated probes configured'
  return { layer, status: 'skip', evidence: { summary }, durationMs: 0 }
}

function featureResult(
  layer: ProbeLayer,
  done: Done[],
  controls: Map<string, ControlJob>,
  controlDone: Map<string, ProbeOutcome>
): LayerResult {
  const own = done.map((d) => probeCheck(layer, d, controls, controlDone))
  // A node is judged against the public URL's answer to the same probe, too.
  const checks = own.map((check, i) => {
    const { job } = done[i]!
    const pub = job.host ? own[done.findIndex((d) => d.job.probe === job.probe && d.job.host === null)] : undefined
    const request = `${job.probe.method} ${shownPath(job.probe.path, job.path)}${onHost(job.host)}`
    return pub ? judgeNodeAgainstPublic({ node: check, public: pub, request }) : check
  })
  const startedAt = Math.min(...done.map((d) => d.startedAt))
  const endedAt = Math.max(...done.map((d) => d.endedAt))
  return {
    layer,
    status: layerStatus(checks),
    evidence: { summary: summariseChecks(layer, checks), checks },
    durationMs: endedAt - startedAt
  }
}

/** A probe's check: its answer, its controls, and `error` instead of `pass` when a path that cannot exist answers alike. */
function probeCheck(
  layer: ProbeLayer,
  { job, outcome }: Done,
  controls: Map<string, ControlJob>,
  controlDone: Map<string, ProbeOutcome>
): Check {
  const compared = job.controls.map((key) => {
    const control = controls.get(key)!
    const answer = controlDone.get(key)!
    const check: ControlCheck = {
      target: `${control.probe.method} ${displayUrl(control.url)}`,
      ...(answer.httpStatus !== undefined ? { httpStatus: answer.httpStatus } : {}),
      ...(answer.answer ? { digest: digestOf(answer.answer.body) } : {}),
      observed: answer.observed,
      comparison: compareWithControl(job.probe.expect, outcome.answer, answer.answer)
    }
    return { request: control.request, check }
  })
  const undecided =
    outcome.status === 'pass'
      ? (compared.find((c) => c.check.comparison === 'same') ?? compared.find((c) => c.check.comparison === 'unknown'))
      : undefined
  // The path as sent, and the template it came from when it has parameters (their values are redacted with the rest).
  const shown = { ...job.probe, path: shownPath(job.probe.path, job.path) }
  const request = `${job.probe.method} ${shown.path}${onHost(job.host)}`
  return {
    target: `${job.probe.method} ${displayUrl(job.url)}`,
    service: job.probe.service,
    ...(job.host ? { host: job.host } : {}),
    ...(job.probe.params ? { template: job.probe.path, params: job.probe.params } : {}),
    status: undecided ? 'error' : outcome.status,
    expected: outcome.expected,
    observed: outcome.observed,
    latencyMs: outcome.latencyMs,
    ...(outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
    ...(outcome.answer ? { digest: digestOf(outcome.answer.body) } : {}),
    controls: compared.map((c) => c.check),
    summary: undecided
      ? provesNothingSentence(layer, request, outcome, undecided)
      : probeSentence(layer, shown, outcome, onHost(job.host))
  }
}
