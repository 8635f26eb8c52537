/**
 * Probe methods, end to end: a typo (`PSOT`) is exit 2 with the config position and a "did you mean"; an extension method
 * (`PURGE`) reaches a real server on 127.0.0.1 only with `allowExtensionMethod: true`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = process.cwd()
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const work = mkdtempSync(join(tmpdir(), 'driftcheck-honest-words-methods-'))

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.FORCE_COLOR
  const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env,
    timeout: 60_000
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

const config = (url: string, probe: string) =>
  [
    'version: 1',
    'services:',
    `  cdn: { url: "${url}" }`,
    'features:',
    '  purge:',
    '    routes:',
    `      - ${probe}`
  ].join('\n') + '\n'

describe('probe methods through the CLI', () => {
  let server: Server
  let url: string
  const methods: string[] = []

  beforeAll(async () => {
    // Like a cache: PURGE /x is 200, PURGE of anything else 404, any other method 400.
    server = createServer((request, response) => {
      request.resume()
      methods.push(request.method ?? '')
      response.writeHead(request.method !== 'PURGE' ? 400 : request.url === '/x' ? 200 : 404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(work, { recursive: true, force: true })
  })

  it('PSOT is exit 2, one line with file:line:col and "did you mean POST", nothing sent', async () => {
    writeFileSync(join(work, 'driftcheck.yml'), config(url, '{ service: cdn, path: /x, method: PSOT }'))
    const before = methods.length
    const run = await cli(['verify', '--layers', 'route'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^driftcheck: driftcheck\.yml:7:43: .*`PSOT`, not a standard HTTP method \(did you mean `POST`\?\)/
      )
    ])
    expect(methods.length).toBe(before)
  }, 60_000)

  it('PURGE without the opt-in is exit 2; with allowExtensionMethod: true it is sent and passes', async () => {
    writeFileSync(join(work, 'driftcheck.yml'), config(url, '{ service: cdn, path: /x, method: PURGE, expect: 200 }'))
    const refused = await cli(['verify', '--layers', 'route'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /driftcheck\.yml:7:43: .*`PURGE`, not a standard HTTP method.*allowExtensionMethod: true/
    )

    writeFileSync(
      join(work, 'driftcheck.yml'),
      config(url, '{ service: cdn, path: /x, method: PURGE, allowExtensionMethod: true, expect: 200 }')
    )
    const run = await cli(['verify', '--layers', 'route', '--format', 'json'])
    expect(methods).toContain('PURGE')
    const result = JSON.parse(run.stdout) as {
      features: { layers: { layer: string; evidence: { checks?: { target: string }[] } }[] }[]
    }
    const route = result.features[0]!.layers.find((l) => l.layer === 'route')!
    expect(route.evidence.checks?.[0]?.target).toBe(`PURGE ${url}/x`)
    // The control probe (PURGE of a path that cannot exist) got 404: the 200 discriminates, the feature passes.
    expect(run.code).toBe(0)
  }, 60_000)
})
