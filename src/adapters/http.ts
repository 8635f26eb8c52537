import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { HttpClient, ProbeRequest, ProbeResponse } from '../core/ports.js'

export interface NodeHttpClientOptions {
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
 * Node's own client, not undici: a probe-heavy run is CPU-bound beside the build, and Node's native parser costs ~1/3 less
 * CPU a probe, with nothing to load (undici's first import is ~85 ms of one core). One keep-alive agent per scheme serves
 * every probe; a network failure is an answer (`ok: false` with its cause), never a throw, so the retry logic can decide.
 */
export class NodeHttpClient implements HttpClient {
  private readonly maxBodyBytes: number
  private readonly agents: { http: HttpAgent; https: HttpsAgent }

  constructor(options: NodeHttpClientOptions = {}) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
    // `timeout` closes a socket left idle that long (a busy one is bounded by each attempt's own deadline).
    const agentOptions = {
      keepAlive: true,
      maxSockets: options.connectionsPerOrigin ?? 8,
      timeout: options.keepAliveTimeoutMs ?? 10_000
    }
    this.agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) }
  }

  async request(probe: ProbeRequest): Promise<ProbeResponse> {
    const started = performance.now()
    const latency = () => Math.round(performance.now() - started)
    // One deadline for the whole attempt: connect, headers and body.
    const signal = AbortSignal.timeout(probe.attemptTimeoutMs)
    try {
      const response = await this.send(probe, signal)
      return { ok: true, ...response, latencyMs: latency() }
    } catch (error) {
      return {
        ok: false,
        cause: describeNetworkError(error, probe.attemptTimeoutMs, signal.aborted),
        latencyMs: latency()
      }
    }
  }

  async close(): Promise<void> {
    this.agents.http.destroy()
    this.agents.https.destroy()
  }

  private send(
    probe: ProbeRequest,
    signal: AbortSignal
  ): Promise<Omit<ProbeResponse & { ok: true }, 'ok' | 'latencyMs'>> {
    const url = new URL(probe.url)
    const secure = url.protocol === 'https:'
    if (!secure && url.protocol !== 'http:')
      throw Object.assign(new Error(`unsupported protocol ${url.protocol}`), { code: 'ERR_UNSUPPORTED_PROTOCOL' })
    const send = secure ? httpsRequest : httpRequest
    return new Promise((resolve, reject) => {
      const request = send(url, {
        method: probe.method,
        headers: probe.headers,
        agent: secure ? this.agents.https : this.agents.http,
        signal
      })
      request.on('error', reject)
      request.on('response', (response) => {
        readCapped(response, this.maxBodyBytes).then(
          (body) => resolve({ status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body }),
          reject
        )
      })
      request.end(probe.body)
    })
  }
}

/** Reads up to `max` bytes; the rest is dropped (the connection is closed rather than draining a huge body). */
async function readCapped(body: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
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

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ABORT_ERR'])
/** Node refuses a request it cannot send as written (a header with a newline, a method that is no token). */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE'])

const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/

/** A short, single-line cause a person recognises: `ECONNREFUSED`, `timeout after 2000 ms`, `ENOTFOUND (DNS)`. */
export function describeNetworkError(error: unknown, attemptTimeoutMs: number, aborted = false): string {
  const err = error as { code?: string; name?: string; message?: string; cause?: unknown } | undefined
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code
  if (aborted || err?.name === 'TimeoutError' || err?.name === 'AbortError' || (code && TIMEOUT_CODES.has(code))) {
    return `timeout after ${attemptTimeoutMs} ms`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${code} (DNS lookup failed)`
  // Node's word for a connection closed before the answer came.
  if (code === 'ECONNRESET' && err?.message === 'socket hang up') return 'ECONNRESET (the server closed the connection)'
  if (code && INVALID_REQUEST_CODES.has(code)) return `invalid request: ${oneLine(err?.message)}`
  if (code?.startsWith('HPE_')) return `an HTTP answer that cannot be parsed (${code})`
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
