import type { Agent, Dispatcher } from 'undici'
import type { HttpClient, ProbeRequest, ProbeResponse } from '../core/ports.js'
import { loadUndici } from './undici.js'

export interface UndiciHttpClientOptions {
  /** Connections kept per origin: probes to one service share them (keep-alive). */
  connectionsPerOrigin?: number
  /** How much of a body is kept: evaluation needs the start of it, never megabytes. */
  maxBodyBytes?: number
  /** How long an idle connection stays open for the next probe. */
  keepAliveTimeoutMs?: number
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024

/**
 * The one place driftcheck speaks HTTP to the services it probes (the Docker engine's socket has docker/engine-api.ts).
 * A single keep-alive agent serves every probe; a network failure is an answer (`ok: false` with its cause), never a throw,
 * so the retry logic can decide what to do with it.
 */
export class UndiciHttpClient implements HttpClient {
  private agent: Promise<Agent> | undefined
  private readonly maxBodyBytes: number

  constructor(private readonly options: UndiciHttpClientOptions = {}) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  }

  /** Made at the first probe (undici is loaded then). */
  private dispatcher(): Promise<Agent> {
    this.agent ??= loadUndici().then(
      ({ Agent }) =>
        new Agent({
          connections: this.options.connectionsPerOrigin ?? 8,
          keepAliveTimeout: this.options.keepAliveTimeoutMs ?? 10_000,
          pipelining: 1
        })
    )
    return this.agent
  }

  async request(probe: ProbeRequest): Promise<ProbeResponse> {
    const started = performance.now()
    const latency = () => Math.round(performance.now() - started)
    // One deadline for the whole attempt (connect + headers + body); undici's own timeouts cover each phase.
    const signal = AbortSignal.timeout(probe.attemptTimeoutMs)
    try {
      const [{ request }, dispatcher] = await Promise.all([loadUndici(), this.dispatcher()])
      const response = await request(probe.url, {
        dispatcher,
        method: probe.method as Dispatcher.HttpMethod,
        headers: probe.headers,
        body: probe.body,
        signal,
        headersTimeout: probe.attemptTimeoutMs,
        bodyTimeout: probe.attemptTimeoutMs
      })
      const body = await readCapped(response.body, this.maxBodyBytes)
      return {
        ok: true,
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body,
        latencyMs: latency()
      }
    } catch (error) {
      return {
        ok: false,
        cause: describeNetworkError(error, probe.attemptTimeoutMs, signal.aborted),
        latencyMs: latency()
      }
    }
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).close()
  }
}

type ResponseBody = AsyncIterable<Buffer> & { destroy(error?: Error): unknown }

/** Reads up to `max` bytes; the rest is dropped (the connection is closed rather than draining a huge body). */
async function readCapped(body: ResponseBody, max: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    chunks.push(chunk)
    size += chunk.length
    if (size >= max) {
      body.destroy()
      break
    }
  }
  return Buffer.concat(chunks).subarray(0, max).toString('utf8')
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ABORT_ERR'
])

const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/

/** A short, single-line cause a person recognises: `ECONNREFUSED`, `timeout after 2000 ms`, `ENOTFOUND (DNS)`. */
export function describeNetworkError(error: unknown, attemptTimeoutMs: number, aborted = false): string {
  const err = error as { code?: string; name?: string; message?: string; cause?: unknown } | undefined
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code
  if (aborted || err?.name === 'TimeoutError' || err?.name === 'AbortError' || (code && TIMEOUT_CODES.has(code))) {
    return `timeout after ${attemptTimeoutMs} ms`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${code} (DNS lookup failed)`
  if (code === 'UND_ERR_SOCKET') return 'ECONNRESET (the server closed the connection)'
  if (code === 'UND_ERR_INVALID_ARG') return `invalid request: ${oneLine(err?.message)}`
  if (code && TLS_CODE.test(code)) return `TLS: ${code}`
  if (code && /^E[A-Z]+$/.test(code)) return code
  if (err?.message?.includes('Invalid URL') || code === 'ERR_INVALID_URL') return 'invalid URL'
  return oneLine(err?.message) || 'unknown network error'
}

// Not cut here: this adapter knows no secrets, and a message cut before redaction could keep part of one. The probe layer
// redacts it, then cuts it.
function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}
