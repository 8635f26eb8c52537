/**
 * A tiny real HTTP server for integration tests: 127.0.0.1, an ephemeral port, routes configured per test,
 * counters of requests and TCP connections (to prove keep-alive). Unknown paths answer 404 `{"error":"Route not found"}`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestRoute {
  /** Only this method matches (any when omitted). */
  method?: string
  status?: number
  /** The body, or a function of the request (e.g. to echo a header back). */
  body?: string | ((request: IncomingMessage) => string)
  headers?: Record<string, string>
  /** Answer 401 (`{"error":"unauthorized"}`) unless `Authorization: Bearer <bearer>` is sent. */
  bearer?: string
  /** The body of that 401, or a function of the request (to echo the wrong token back). */
  unauthorizedBody?: string | ((request: IncomingMessage) => string)
  /** Answer 503 to the first N requests of this route (a deploy settling). */
  unavailableFirst?: number
  /** Wait this long before answering. */
  delayMs?: number
  /** Close the connection without answering (a reset). */
  hangUp?: boolean
}

/** An answer given outside the routes: by a middleware before routing, or for a path no route knows. */
export interface TestAnswer {
  status: number
  body?: string
  headers?: Record<string, string>
  /** Close the connection without answering (a reset). */
  hangUp?: boolean
}

export interface TestServerOptions {
  routes?: Record<string, TestRoute>
  /** Reserve a port now, but start listening only after this many ms (a service coming up). */
  listenAfterMs?: number
  /** Runs before routing, like a global guard or body parser: an answer here is final. */
  before?: (request: IncomingMessage, body: string) => TestAnswer | undefined
  /** What a path no route knows gets instead of 404 (a single-page app's index.html, a `/:slug` handler). */
  fallback?: (request: IncomingMessage, path: string) => TestAnswer | undefined
}

/** One request as the server saw it. */
export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  readonly port: number
  /** Requests answered so far, in total. */
  readonly requests: number
  /** TCP connections accepted so far. */
  readonly connections: number
  /** Requests seen on one path (any method). */
  hits(path: string): number
  /** Every request so far, in order. */
  readonly received: readonly ReceivedRequest[]
  /** Resolves once the server accepts connections. */
  readonly listening: Promise<void>
  close(): Promise<void>
}

export async function startHttpServer(options: TestServerOptions = {}): Promise<TestServer> {
  const routes = options.routes ?? {}
  const hitsByPath = new Map<string, number>()
  const received: ReceivedRequest[] = []
  let requests = 0
  let connections = 0
  const pending = new Set<NodeJS.Timeout>()

  const server = createServer((request, response) => {
    requests++
    const path = (request.url ?? '/').split('?')[0]!
    const seen = (hitsByPath.get(path) ?? 0) + 1
    hitsByPath.set(path, seen)
    const route = routes[path]
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => {
      const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
      response.writeHead(status, { 'content-type': 'application/json', ...lower })
      response.end(body)
    }
    const chunks: Buffer[] = []
    const give = (given: TestAnswer) =>
      given.hangUp ? void request.socket.destroy() : answer(given.status, given.body ?? '', given.headers)
    const respond = () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ method: request.method ?? 'GET', path, headers: request.headers, body })
      const early = options.before?.(request, body)
      if (early) return give(early)
      const fallback = route ? undefined : options.fallback?.(request, path)
      if (fallback) return give(fallback)
      if (!route || (route.method && route.method !== request.method)) {
        return answer(route ? 405 : 404, JSON.stringify({ error: route ? 'Method not allowed' : 'Route not found' }))
      }
      if (route.hangUp) return void request.socket.destroy()
      if (route.unavailableFirst !== undefined && seen <= route.unavailableFirst) {
        return answer(503, 'Service Unavailable', { 'content-type': 'text/plain' })
      }
      if (route.bearer !== undefined && request.headers.authorization !== `Bearer ${route.bearer}`) {
        return answer(401, render(route.unauthorizedBody, request) ?? JSON.stringify({ error: 'unauthorized' }))
      }
      answer(route.status ?? 200, render(route.body, request) ?? '', route.headers)
    }
    // Read the request body first, so keep-alive connections stay usable.
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (!route?.delayMs) return respond()
      const delayed = setTimeout(() => {
        pending.delete(delayed)
        if (!response.destroyed) respond()
      }, route.delayMs)
      pending.add(delayed)
    })
  })
  server.on('connection', () => connections++)
  server.keepAliveTimeout = 30_000

  const port = await freePort()
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
  let timer: NodeJS.Timeout | undefined
  const listening =
    options.listenAfterMs === undefined
      ? listen()
      : new Promise<void>((resolve, reject) => {
          timer = setTimeout(() => listen().then(resolve, reject), options.listenAfterMs)
        })
  if (options.listenAfterMs === undefined) await listening

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return requests
    },
    get connections() {
      return connections
    },
    hits: (path) => hitsByPath.get(path) ?? 0,
    received,
    listening,
    close: async () => {
      clearTimeout(timer)
      for (const delayed of pending) clearTimeout(delayed)
      if (!server.listening) return
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function render(body: TestRoute['body'], request: IncomingMessage): string | undefined {
  return typeof body === 'function' ? body(request) : body
}

/** A port nothing listens on right now (bound, then released). */
export async function freePort(): Promise<number> {
  const probe: Server = createServer()
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}
