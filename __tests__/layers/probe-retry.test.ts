import { describe, expect, it } from '@jest/globals'
import { probeWithRetry } from '../../src/layers/probe/retry.js'
import { mapLimited } from '../../src/layers/probe/concurrency.js'
import { FakeClock, FakeHttp, answer, expectation, refused } from './probe-fakes.js'

const request = { url: 'http://api.test/x', method: 'GET', headers: {} }
const PROTECTED = expectation({ kind: 'protected' })

describe('probeWithRetry', () => {
  it('settles after N 503s and passes on the first final answer', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp((_, attempt) => (attempt <= 4 ? answer(503, 'Service Unavailable') : answer(401)), clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 15_000, clock)
    expect(outcome).toMatchObject({ status: 'pass', attempts: 5, httpStatus: 401, observed: '401' })
    // Backoff doubles from 100 ms.
    expect(clock.sleeps).toEqual([100, 200, 400, 800])
  })

  it('caps the backoff at 1 s', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp((_, attempt) => (attempt <= 7 ? answer(502) : answer(200)), clock)
    await probeWithRetry(http, request, expectation({ kind: 'codes', codes: [200] }), 15_000, clock)
    expect(clock.sleeps).toEqual([100, 200, 400, 800, 1000, 1000, 1000])
  })

  it('a refused connection until the deadline is an error with the cause, never a pass or fail', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => refused, clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 3_000, clock)
    expect(outcome.status).toBe('error')
    expect(outcome.observed).toMatch(/^ECONNREFUSED \(after \d+ attempts over \d\.\d s\)$/)
    expect(outcome.attempts).toBeGreaterThan(3)
    // It stops by the deadline, not long after it.
    expect(clock.time - 1_000_000).toBeLessThanOrEqual(3_000)
    expect(clock.time - 1_000_000).toBeGreaterThan(2_000)
  })

  it('a 404 is final at once: waiting will not turn it into a 401', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => answer(404, '{"error":"Route not found"}'), clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 15_000, clock)
    expect(outcome).toMatchObject({ status: 'fail', attempts: 1, httpStatus: 404, snippet: 'Route not found' })
    expect(outcome.observed).toBe('404 Route not found')
    expect(clock.sleeps).toEqual([])
  })

  it.each([200, 403, 500, 400])('%i is final at once', async (status) => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => answer(status), clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 15_000, clock)
    expect(outcome.attempts).toBe(1)
    expect(outcome.status).toBe(status === 403 ? 'pass' : 'fail')
  })

  it('a 503 still there at the deadline is a failed answer, saying how long it was tried', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => answer(503, 'Service Unavailable'), clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 2_000, clock)
    expect(outcome.status).toBe('fail')
    expect(outcome.observed).toMatch(/^503 Service Unavailable \(after \d+ attempts over/)
  })

  it('a 503 the expectation asks for is accepted at once', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => answer(503), clock)
    const outcome = await probeWithRetry(http, request, expectation({ kind: 'codes', codes: [503] }), 5_000, clock)
    expect(outcome).toMatchObject({ status: 'pass', attempts: 1 })
  })

  it('gives each attempt the time left, capped', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp((_, attempt) => (attempt < 3 ? refused : answer(401)), clock)
    await probeWithRetry(http, request, PROTECTED, 30_000, clock)
    const timeouts = http.requests.map((r) => r.attemptTimeoutMs)
    expect(timeouts[0]).toBe(10_000)
    expect(Math.max(...timeouts)).toBeLessThanOrEqual(10_000)
    const shortClock = new FakeClock()
    const short = new FakeHttp(() => refused, shortClock)
    await probeWithRetry(short, request, PROTECTED, 1_500, shortClock)
    expect(short.requests[0]!.attemptTimeoutMs).toBe(1_500)
    expect(short.requests.every((r) => r.attemptTimeoutMs <= 1_500 && r.attemptTimeoutMs >= 100)).toBe(true)
  })

  it('a client that throws despite its contract yields an error, not a pass', async () => {
    const clock = new FakeClock()
    const http = new FakeHttp(() => {
      throw new Error('boom')
    }, clock)
    const outcome = await probeWithRetry(http, request, PROTECTED, 500, clock)
    expect(outcome.status).toBe('error')
    expect(outcome.observed).toMatch(/^boom/)
  })
})

describe('mapLimited', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const out = await mapLimited([...Array(50).keys()], 4, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 1 + (n % 3)))
      running--
      return n * 2
    })
    expect(out).toEqual([...Array(50).keys()].map((n) => n * 2))
    expect(peak).toBe(4)
    expect(await mapLimited([], 4, async (n: number) => n)).toEqual([])
  })
})
