/** Fakes for the probe logic: a clock that only moves when asked, and an HttpClient that answers from a script. */
import type { Expectation, StatusExpectation } from '../../src/core/config.js'
import type { HttpClient, ProbeRequest, ProbeResponse } from '../../src/core/ports.js'
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

/** Answers each request from `script`; every attempt takes `latencyMs` of fake time. */
export class FakeHttp implements HttpClient {
  readonly requests: ProbeRequest[] = []
  private readonly attempts = new Map<string, number>()
  inFlight = 0
  maxInFlight = 0

  constructor(
    private readonly script: Script,
    private readonly clock?: FakeClock,
    private readonly latencyMs = 5
  ) {}

  async request(request: ProbeRequest): Promise<ProbeResponse> {
    this.requests.push(request)
    const attempt = (this.attempts.get(request.url) ?? 0) + 1
    this.attempts.set(request.url, attempt)
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    await new Promise((resolve) => setImmediate(resolve))
    this.inFlight--
    if (this.clock) this.clock.time += this.latencyMs
    return this.script(request, attempt)
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
