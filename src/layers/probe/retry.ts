import type { Expectation } from '../../core/config.js'
import type { HttpClient, ProbeRequest, ProbeResponse } from '../../core/ports.js'
import { Redactor } from '../../core/redact.js'
import { formatDuration } from '../../core/units.js'
import { bodySnippet, describeExpectation, evaluate, statusMatches, type Answer } from './expectation.js'

/** Time, injected so the retry logic is tested without waiting. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export interface RetryPolicy {
  /** First pause between attempts; doubles up to `maxDelayMs`. */
  initialDelayMs: number
  maxDelayMs: number
  /** A single attempt never waits longer than this, so a hung connection still leaves time to retry. */
  maxAttemptMs: number
  /** No attempt is started with less time than this left: its answer would only be a timeout. */
  minAttemptMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  initialDelayMs: 100,
  maxDelayMs: 1000,
  maxAttemptMs: 10_000,
  minAttemptMs: 100
}

/** Statuses a proxy gives while the service behind it restarts: a fresh deploy settling. */
const SETTLING_STATUSES = new Set([502, 503, 504])

export interface ProbeOutcome {
  /** `pass`/`fail` on an answer; `error` when no answer came before the deadline. */
  status: 'pass' | 'fail' | 'error'
  expected: string
  /** Excerpts (body, header, network error) are redacted, then cut; the whole is redacted again by the layer. */
  observed: string
  /** The last attempt's latency. */
  latencyMs: number
  attempts: number
  /** The HTTP status of the final answer, when there was one. */
  httpStatus?: number
  /** A single-line hint of the final answer's body (`Route not found`), redacted, then cut. */
  snippet?: string
  /** The unmet check beyond the status (`body lacks "x"`). */
  detail?: string
  /** The final answer itself, to compare with a control probe's. Not yet redacted; never serialised as is. */
  answer?: Answer
}

/**
 * Sends `request` until an answer is final or `timeoutMs` has passed. Retried: network failures, and 502/503/504 that
 * the expectation does not accept. Anything else is final at once (a 404 will not turn into a 401 by waiting).
 * `redactor` hides the secrets in the excerpts of the answer before they are cut (the probe's own credentials among them).
 */
export async function probeWithRetry(
  http: HttpClient,
  request: Omit<ProbeRequest, 'attemptTimeoutMs'>,
  expect: Expectation,
  timeoutMs: number,
  clock: Clock = systemClock,
  policy: RetryPolicy = DEFAULT_RETRY,
  redactor: Redactor = new Redactor()
): Promise<ProbeOutcome> {
  const started = clock.now()
  const deadline = started + timeoutMs
  let delay = policy.initialDelayMs
  let attempts = 0
  for (;;) {
    const remaining = deadline - clock.now()
    const attemptTimeoutMs = Math.max(1, Math.min(remaining, policy.maxAttemptMs))
    attempts++
    const response = await send(http, { ...request, attemptTimeoutMs })
    const settling = isSettling(response, expect)
    const left = deadline - clock.now()
    if (!settling || left < delay + policy.minAttemptMs)
      return outcome(response, expect, attempts, clock.now() - started, redactor)
    await clock.sleep(delay)
    delay = Math.min(delay * 2, policy.maxDelayMs)
  }
}

/** The HttpClient contract says it never throws; a client that does still yields an `error`, never a pass. */
async function send(http: HttpClient, request: ProbeRequest): Promise<ProbeResponse> {
  const started = Date.now()
  try {
    return await http.request(request)
  } catch (error) {
    return { ok: false, cause: (error as Error)?.message ?? String(error), latencyMs: Date.now() - started }
  }
}

function isSettling(response: ProbeResponse, expect: Expectation): boolean {
  if (!response.ok) return true
  return SETTLING_STATUSES.has(response.status) && !statusMatches(expect.status, response.status)
}

// A network error's message names hosts and causes; one line of this much is plenty.
const MAX_CAUSE = 200

function outcome(
  response: ProbeResponse,
  expect: Expectation,
  attempts: number,
  elapsedMs: number,
  redactor: Redactor
): ProbeOutcome {
  const retried = attempts > 1 ? ` (after ${attempts} attempts over ${formatDuration(elapsedMs, 'seconds')})` : ''
  if (!response.ok) {
    return {
      status: 'error',
      expected: describeExpectation(expect, redactor),
      observed: `${redactor.excerpt(response.cause, MAX_CAUSE)}${retried}`,
      latencyMs: response.latencyMs,
      attempts
    }
  }
  const evaluation = evaluate(expect, response, redactor)
  return {
    status: evaluation.ok ? 'pass' : 'fail',
    expected: evaluation.expected,
    observed: evaluation.ok ? evaluation.observed : `${evaluation.observed}${retried}`,
    latencyMs: response.latencyMs,
    attempts,
    httpStatus: response.status,
    snippet: bodySnippet(response.body, 80, redactor),
    detail: evaluation.detail,
    answer: { status: response.status, headers: response.headers, body: response.body }
  }
}
