/** Fakes for the probe logic: a clock that only moves when asked, and an HttpClient that answers from a script. */
import type { Expectation, StatusExpectation } from '../../src/core/config.js'
import type { HttpClient, ProbeRequest, ProbeResponse } from '../../src/core/ports.js'
import { CONTROL_SEGMENT } from '../../src/layers/probe/control.js'
import type { Clock } from '../../src/layers/probe/retry.js'

export class FakeClock implements Clock {
  time = 1_000_000
  readonly sleeps: number[] = []
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
  }
}

export type Script = (request: ProbeRequest, attempt: number) => ProbeResponse

/** A path that cannot exist: what a control probe asks for. */
export const isControl = (request: ProbeRequest): boolean => request.url.includes(CONTROL_SEGMENT)

/**
 * Answers each request from `script`; every attempt takes `latencyMs` of fake time. Control probes (paths that cannot exist)
 * get 404, as from a well-behaved server, unless `controls` scripts them; they are recorded in `controls`, not in `requests`.
 */
export class FakeHttp implements HttpClient {
  readonly requests: ProbeRequest[] = []
  readonly controls: ProbeRequest[] = []
  private readonly attempts = new Map<string, number>()
  inFlight = 0
  maxInFlight = 0

  constructor(
    private readonly script: Script,
    private readonly clock?: FakeClock,
    private readonly latencyMs = 5,
    private readonly controlScript: Script = () => answer(404, '{"error":"Route not found"}')
  ) {}

  async request(request: ProbeRequest): Promise<ProbeResponse> {
    const control = isControl(request)
    ;(control ? this.controls : this.requests).push(request)
    const attempt = (this.attempts.get(request.url) ?? 0) + 1
    this.attempts.set(request.url, attempt)
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    await new Promise((resolve) => setImmediate(resolve))
    this.inFlight--
    if (this.clock) this.clock.time += this.latencyMs
    return (control ? this.controlScript : this.script)(request, attempt)
  }

  async close(): Promise<void> {}
}

export const answer = (status: number, body = '', headers: Record<string, string> = {}): ProbeResponse => ({
  ok: true,
  status,
  body,
  headers,
  latencyMs: 5
})
export const refused: ProbeResponse = { ok: false, cause: 'ECONNREFUSED', latencyMs: 1 }

export const expectation = (status: StatusExpectation, extra: Partial<Expectation> = {}): Expectation => ({
  status,
  bodyContains: [],
  json: {},
  headers: {},
  ...extra
})
