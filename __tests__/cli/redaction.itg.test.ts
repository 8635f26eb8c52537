/**
 * A secret cut in half is still a secret. A real HTTP server on 127.0.0.1 echoes the bearer token of each request back —
 * in a plain body, in a JSON error message, in a JSON field a check reads, in a header a check reads — after padding that
 * puts the token before, across and after every excerpt's cut point. The CLI as users run it renders every format; no
 * output holds any part of any token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { actionMarkdown } from '../../src/action/markdown.js'
import type { RunResult } from '../../src/core/model.js'

const root = process.cwd()
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const work = mkdtempSync(join(tmpdir(), 'driftcheck-honest-words-redaction-'))

// Around the excerpt limits: 60 (JSON values), 80 (body snippets, header values), 200 (network causes), 300 (reports).
const LENGTHS = [8, 20, 59, 60, 61, 66, 79, 80, 81, 120, 242, 299, 301, 500]
const PADS = [0, 1, 20, 40, 55, 58, 59, 60, 61, 70, 75, 77, 78, 79, 80, 81, 100, 199, 201]
const KINDS = ['text', 'json-error', 'json-value', 'header', 'html'] as const
// No lower case (SARIF fingerprints are lower-case hex) and no look-alikes: a window of a token cannot occur by chance.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const WINDOW = 6

function randomToken(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return out
}
const tokens = new Map(LENGTHS.map((length) => [length, randomToken(length)]))

/** The echo server: `/<kind>/<pad>` answers with the request's token after `pad` dots. */
function echoServer(): Server {
  return createServer((request, response) => {
    request.resume()
    const [, kind, pad] = (request.url ?? '/').split('/')
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '')
    const echoed = '.'.repeat(Number(pad)) + token + ' end'
    const send = (type: string, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'content-type': type, ...headers })
      response.end(body)
    }
    if (kind === 'json-error') return send('application/json', JSON.stringify({ error: echoed }))
    if (kind === 'json-value') return send('application/json', JSON.stringify({ echo: echoed }))
    if (kind === 'header') return send('text/plain', 'ok', { 'x-echo': echoed })
    if (kind === 'html') return send('text/html', `<html><head><title>${echoed}</title></head></html>`)
    send('text/plain', echoed)
  })
}

/** One feature per (length, kind), one failing authenticated probe per pad: every excerpt is in the evidence. */
function config(url: string): string {
  const lines = ['version: 1', 'services:', `  api: { url: "${url}" }`, 'features:']
  for (const length of LENGTHS) {
    for (const kind of KINDS) {
      const expect =
        kind === 'json-value'
          ? '{ status: 200, json: { echo: nope } }'
          : kind === 'header'
            ? '{ status: 200, headers: { x-echo: nope } }'
            : '{ status: 200, bodyContains: never-there }'
      lines.push(`  t${length}-${kind}:`, '    auth:')
      for (const pad of PADS) {
        lines.push(
          `      - { service: api, path: /${kind}/${pad}, headers: { Authorization: "Bearer \${TOKEN_${length}}" }, expect: ${expect} }`
        )
      }
    }
  }
  return lines.join('\n') + '\n'
}

/** The CLI as users run it; asynchronously, as the echo server lives in this process. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.FORCE_COLOR
  for (const [length, token] of tokens) env[`TOKEN_${length}`] = token
  const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env,
    timeout: 120_000
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The first window of any token found in `text`, or null. */
function leak(text: string): string | null {
  for (const token of tokens.values()) {
    for (let i = 0; i + WINDOW <= token.length; i++) {
      const part = token.slice(i, i + WINDOW)
      if (text.includes(part)) return `${part} (of the ${token.length}-character token)`
    }
  }
  return null
}

describe('a token echoed across an excerpt cut never shows, not even in part', () => {
  let server: Server

  beforeAll(async () => {
    server = echoServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const { port } = server.address() as AddressInfo
    writeFileSync(join(work, 'driftcheck.yml'), config(`http://127.0.0.1:${port}`))
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(work, { recursive: true, force: true })
  })

  it.each(['text', 'json', 'markdown', 'junit', 'sarif'])(
    'in --format %s (stdout and stderr)',
    async (format) => {
      const run = await cli(['verify', '--layers', 'auth', '--format', format, '-v'])
      expect(run.code).toBe(1)
      // The probes did run and their excerpts are there: the server's padding shows, the token does not.
      // (SARIF carries the one-line explanation only, that of the first probe; Markdown escapes the marker.)
      if (format !== 'sarif') expect(run.stdout).toMatch(/\.{20}/)
      expect(run.stdout).toMatch(/\\?\*\\?\*\\?\*/)
      expect(leak(run.stdout)).toBeNull()
      expect(leak(run.stderr)).toBeNull()
    },
    120_000
  )

  it('in the Markdown of the PR comment, shortened to fit or not', async () => {
    const saved = join(work, 'result.json')
    expect((await cli(['verify', '--layers', 'auth', '--format', 'json', '--output', saved])).code).toBe(1)
    const result = JSON.parse(readFileSync(saved, 'utf8')) as RunResult
    expect(result.features).toHaveLength(LENGTHS.length * KINDS.length)
    const checks = result.features.flatMap((f) => f.layers.flatMap((l) => l.evidence.checks ?? []))
    expect(checks).toHaveLength(LENGTHS.length * KINDS.length * PADS.length)
    expect(leak(readFileSync(saved, 'utf8'))).toBeNull()
    for (const maxLength of [undefined, 65_000, 4_000, 1_000]) {
      const markdown = actionMarkdown(result, [], { title: 'driftcheck', ...(maxLength ? { maxLength } : {}) })
      expect(leak(markdown)).toBeNull()
    }
  }, 120_000)
})
