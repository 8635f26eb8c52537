import type { FeatureConfig, ProbeConfig, ServiceConfig } from '../core/config.js'
import { ConfigError } from '../core/errors.js'
import type { Check, LayerResult, LayerStatus } from '../core/model.js'
import type { HttpClient, Logger } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import { Redactor, SECRET_HEADERS } from '../core/redact.js'
import { mapLimited } from './probe/concurrency.js'
import {
  DEFAULT_RETRY,
  probeWithRetry,
  systemClock,
  type Clock,
  type ProbeOutcome,
  type RetryPolicy
} from './probe/retry.js'
import { displayUrl, joinUrl } from './probe/url.js'

export { evaluate, describeExpectation, bodySnippet } from './probe/expectation.js'
export { joinUrl } from './probe/url.js'
export { probeWithRetry, systemClock, type Clock, type RetryPolicy } from './probe/retry.js'
export { mapLimited } from './probe/concurrency.js'

export interface ProbeLayerInput {
  features: FeatureConfig[]
  services: Record<string, ServiceConfig>
  http: HttpClient
  logger?: Logger
  /** Hides every configured secret; the layer adds the credentials of the probes' own headers. */
  redactor: Redactor
  /** Probes in flight at once, across all features. */
  concurrency?: number
  clock?: Clock
  retry?: RetryPolicy
}

export const DEFAULT_PROBE_CONCURRENCY = 16

type ProbeLayer = 'route' | 'auth'

interface Job {
  feature: string
  probe: ProbeConfig
  url: string
}

interface Done {
  job: Job
  outcome: ProbeOutcome
  startedAt: number
  endedAt: number
}

/** The route and auth layers: the same probing, with or without credentials, and different words. */
export async function runProbeLayer(layer: ProbeLayer, input: ProbeLayerInput): Promise<Map<string, LayerResult>> {
  const logger = input.logger ?? silentLogger
  const clock = input.clock ?? systemClock
  // Resolve every URL first: a misconfigured probe is a config error before anything is sent.
  const jobs: Job[] = []
  for (const feature of input.features) {
    for (const probe of layer === 'route' ? feature.routes : feature.auth)
      jobs.push({ feature: feature.name, probe, url: resolveUrl(layer, feature, probe, input.services) })
  }

  const redactor = input.redactor.with(jobs.flatMap((job) => credentialValues(job.probe.headers)))
  const done = await mapLimited(jobs, input.concurrency ?? DEFAULT_PROBE_CONCURRENCY, async (job): Promise<Done> => {
    const startedAt = clock.now()
    const { probe } = job
    const outcome = await probeWithRetry(
      input.http,
      { url: job.url, method: probe.method, headers: probe.headers, body: probe.body },
      probe.expect,
      probe.timeoutMs,
      clock,
      input.retry ?? DEFAULT_RETRY
    )
    logger.debug(redactor.redact(`${layer} ${probe.method} ${displayUrl(job.url)} → ${outcome.observed}`))
    return { job, outcome, startedAt, endedAt: clock.now() }
  })

  const results = new Map<string, LayerResult>()
  for (const feature of input.features) {
    const mine = done.filter((d) => d.job.feature === feature.name)
    results.set(feature.name, mine.length === 0 ? skipped(layer) : redactor.redactValue(featureResult(layer, mine)))
  }
  return results
}

function resolveUrl(
  layer: ProbeLayer,
  feature: FeatureConfig,
  probe: ProbeConfig,
  services: Record<string, ServiceConfig>
): string {
  const where = `feature '${feature.name}', ${layer} ${probe.method} ${probe.path}`
  const service = services[probe.service]
  if (!service)
    throw new ConfigError(`${where}: service '${probe.service}' is not defined under services`, probe.location)
  if (!service.url) throw new ConfigError(`${where}: service '${probe.service}' has no url to probe`, probe.location)
  try {
    return joinUrl(service.url, probe.path)
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message}`, probe.location)
  }
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

function skipped(layer: ProbeLayer): LayerResult {
  const summary = layer === 'route' ? 'no routes configured' : 'no authenticated probes configured'
  return { layer, status: 'skip', evidence: { summary }, durationMs: 0 }
}

function featureResult(layer: ProbeLayer, done: Done[]): LayerResult {
  const checks: Check[] = done.map(({ job, outcome }) => ({
    target: `${job.probe.method} ${displayUrl(job.url)}`,
    service: job.probe.service,
    status: outcome.status,
    expected: outcome.expected,
    observed: outcome.observed,
    latencyMs: outcome.latencyMs
  }))
  const status: LayerStatus = done.some((d) => d.outcome.status === 'fail')
    ? 'fail'
    : done.some((d) => d.outcome.status === 'error')
      ? 'error'
      : 'pass'
  const startedAt = Math.min(...done.map((d) => d.startedAt))
  const endedAt = Math.max(...done.map((d) => d.endedAt))
  return {
    layer,
    status,
    evidence: { summary: summarise(layer, status, done), checks },
    durationMs: endedAt - startedAt
  }
}

function summarise(layer: ProbeLayer, status: LayerStatus, done: Done[]): string {
  const noun = layer === 'route' ? 'routes' : 'authenticated probes'
  if (status === 'pass') {
    return done.length === 1 ? sentence(layer, done[0]!) : `all ${done.length} ${noun} answered as expected`
  }
  const bad = done.filter((d) => d.outcome.status === status)
  const more =
    done.length > 1 ? ` (${bad.length} of ${done.length} ${noun} ${status === 'fail' ? 'failed' : 'unchecked'})` : ''
  return `${sentence(layer, bad[0]!)}${more}`
}

/** One probe's result, as a person would say it. */
export function sentence(layer: ProbeLayer, { job, outcome }: Pick<Done, 'job' | 'outcome'>): string {
  const request = `${job.probe.method} ${job.probe.path}`
  const code = outcome.httpStatus
  if (outcome.status === 'error') {
    return `${request} got no answer within ${formatMs(job.probe.timeoutMs)}: ${outcome.observed}`
  }
  const answered = `${request} answered ${describeOutcome(outcome)}`
  const kind = job.probe.expect.status.kind
  if (outcome.status === 'pass') {
    if (layer === 'route' && kind === 'protected')
      return `${request} answered ${code}: the route is there, it wants credentials`
    if (layer === 'route') return `${request} answered ${code}: the route is there`
    return `${request} answered ${code} as expected with credentials`
  }
  if (code === 404 || code === 405 || code === 501) {
    return `${answered}: the ${layer === 'route' ? 'route' : 'authenticated route'} is missing`
  }
  if (layer === 'route' && kind === 'protected' && code !== undefined && code >= 200 && code < 400) {
    return `${answered}: the route answers without credentials, expected ${outcome.expected}`
  }
  if (layer === 'auth' && (code === 401 || code === 403)) {
    return `${answered}: the credentials were refused, expected ${outcome.expected}`
  }
  return `${answered}: expected ${outcome.expected}`
}

/** `404 (Route not found)`, `200, body lacks "x"`: the status, what the server said, the unmet check. */
function describeOutcome(outcome: ProbeOutcome): string {
  const said = outcome.snippet ? ` (${outcome.snippet})` : ''
  const unmet = outcome.detail ? `, ${outcome.detail}` : ''
  return `${outcome.httpStatus}${said}${unmet}`
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`
}
