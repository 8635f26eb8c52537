import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NodeHttpClient } from '../../src/adapters/http.js'
import { freePort, startHttpServer, type TestServer } from '../helpers/http-server.js'

describe('NodeHttpClient against a real server', () => {
  let server: TestServer
  const http = new NodeHttpClient({ maxBodyBytes: 1024 })
  const get = (path: string, attemptTimeoutMs = 2000, headers: Record<string, string> = {}) =>
    http.request({ url: `${server.url}${path}`, method: 'GET', headers, attemptTimeoutMs })

  beforeAll(async () => {
    server = await startHttpServer({
      routes: {
        '/hello': { body: 'hi there', headers: { 'X-Powered-By': 'Test', 'Content-Type': 'text/plain' } },
        '/big': { body: 'x'.repeat(100_000) },
        '/slow': { delayMs: 1500, body: 'late' },
        '/reset': { hangUp: true },
        '/post': { method: 'POST', status: 201, body: (req) => `method ${req.method}` },
        '/redirect': { status: 302, headers: { location: '/hello' } }
      }
    })
  })
  afterAll(async () => {
    await http.close()
    await server.close()
  })

  it('returns status, lower-cased headers, body and latency', async () => {
    const response = await get('/hello')
    expect(response).toMatchObject({ ok: true, status: 200, body: 'hi there' })
    if (!response.ok) throw new Error('unreachable')
    expect(response.headers['x-powered-by']).toBe('Test')
    expect(response.headers['content-type']).toBe('text/plain')
    expect(Object.keys(response.headers).every((name) => name === name.toLowerCase())).toBe(true)
    expect(response.latencyMs).toBeGreaterThanOrEqual(0)
    expect(await get('/nowhere')).toMatchObject({ ok: true, status: 404, body: '{"error":"Route not found"}' })
  })

  it('sends method and body; does not follow redirects (a redirect to a login page is an answer)', async () => {
    const response = await http.request({
      url: `${server.url}/post`,
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'payload',
      attemptTimeoutMs: 2000
    })
    expect(response).toMatchObject({ ok: true, status: 201, body: 'method POST' })
    expect(await get('/redirect')).toMatchObject({ ok: true, status: 302 })
  })

  it('keeps only the first bytes of a big body', async () => {
    const response = await get('/big')
    expect(response.ok && response.body.length).toBe(1024)
    // The client stays usable afterwards.
    expect(await get('/hello')).toMatchObject({ ok: true, status: 200 })
  })

  it('a closed port is ECONNREFUSED, not a throw', async () => {
    const port = await freePort()
    const response = await http.request({
      url: `http://127.0.0.1:${port}/`,
      method: 'GET',
      headers: {},
      attemptTimeoutMs: 1000
    })
    expect(response).toMatchObject({ ok: false, cause: 'ECONNREFUSED' })
  })

  it('an answer slower than the attempt timeout is a timeout', async () => {
    const started = Date.now()
    const response = await get('/slow', 300)
    expect(response).toMatchObject({ ok: false, cause: 'timeout after 300 ms' })
    expect(Date.now() - started).toBeLessThan(1200)
  })

  it('a connection reset is a network failure', async () => {
    const response = await get('/reset')
    expect(response.ok).toBe(false)
    expect(!response.ok && response.cause).toMatch(/ECONNRESET/)
  })

  it('an unresolvable host is a DNS failure', async () => {
    const response = await http.request({
      url: 'http://driftcheck-test.invalid/',
      method: 'GET',
      headers: {},
      attemptTimeoutMs: 3000
    })
    expect(response.ok).toBe(false)
    expect(!response.ok && response.cause).toMatch(/^(ENOTFOUND|EAI_AGAIN) \(DNS lookup failed\)$|^timeout/)
  })

  it('a header value with a newline is refused as a network-level failure, not a throw', async () => {
    const response = await get('/hello', 1000, { 'x-bad': 'a\r\nb' })
    expect(response.ok).toBe(false)
  })

  it('reuses connections (keep-alive): 40 requests, few connections', async () => {
    const own = await startHttpServer({ routes: { '/k': { body: 'k' } } })
    const client = new NodeHttpClient({ connectionsPerOrigin: 4 })
    try {
      for (let round = 0; round < 4; round++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            client.request({ url: `${own.url}/k`, method: 'GET', headers: {}, attemptTimeoutMs: 2000 })
          )
        )
        expect(answers.every((a) => a.ok && a.status === 200)).toBe(true)
      }
      expect(own.requests).toBe(40)
      expect(own.connections).toBeLessThanOrEqual(4)
    } finally {
      await client.close()
      await own.close()
    }
  })

  it('an answer that is not HTTP is a network failure naming the parser error', async () => {
    const raw = await listen(createTcpServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2\r\n')))
    const response = await http.request({
      url: `http://127.0.0.1:${port(raw)}/`,
      method: 'GET',
      headers: {},
      attemptTimeoutMs: 2000
    })
    raw.close()
    expect(response).toMatchObject({
      ok: false,
      cause: expect.stringMatching(/^an HTTP answer that cannot be parsed \(HPE_[A-Z_]+\)$/)
    })
  })

  it('a method that is no HTTP token and a scheme other than http(s) are refused, not thrown', async () => {
    const badMethod = await http.request({
      url: `${server.url}/hello`,
      method: 'G T',
      headers: {},
      attemptTimeoutMs: 1000
    })
    expect(badMethod).toMatchObject({ ok: false, cause: expect.stringMatching(/^invalid request: /) })
    const ftp = await http.request({ url: 'ftp://127.0.0.1/', method: 'GET', headers: {}, attemptTimeoutMs: 1000 })
    expect(ftp).toMatchObject({ ok: false, cause: 'unsupported protocol ftp:' })
  })

  it('https verifies the certificate: a self-signed one is a TLS failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-tls-'))
    try {
      const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1'
        ],
        { stdio: 'ignore' }
      )
      const tls = await listen(
        createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_, res) => res.end('secret'))
      )
      const response = await http.request({
        url: `https://127.0.0.1:${port(tls)}/`,
        method: 'GET',
        headers: {},
        attemptTimeoutMs: 3000
      })
      tls.close()
      expect(response).toMatchObject({
        ok: false,
        cause: expect.stringMatching(/^TLS: (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/)
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

async function listen<T extends Server>(server: T): Promise<T> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

const port = (server: Server) => (server.address() as AddressInfo).port
