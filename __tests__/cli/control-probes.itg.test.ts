import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// The CLI as users run it, against a real server on 127.0.0.1 that guards before routing: without credentials every path
// answers 401, with them it routes (200 for the real route, 404 for unknown paths). No Docker: the features only probe.
const root = process.cwd()
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const work = mkdtempSync(join(tmpdir(), 'driftcheck-cli-control-probes-'))
const TOKEN = `tok-cli-control-${Math.random().toString(36).slice(2)}`
const STEPS = '/api/v1/workflows/steps/definitions'
let api: TestServer

/** Async, so this process's HTTP server keeps answering while the CLI runs. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { FORCE_COLOR: _ignored, ...env } = process.env
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args],
      { cwd: work, env: { ...env, API_TOKEN: TOKEN, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
    )
  })
}

function config(name: string, path: string, withAuth: boolean): string {
  const auth = withAuth
    ? `    auth:\n      - service: api\n        path: ${path}\n        headers: { Authorization: 'Bearer \${API_TOKEN}' }\n` +
      `        expect: { status: 200, bodyContains: close-books }\n`
    : ''
  const file = join(work, `${name}.yml`)
  writeFileSync(
    file,
    `version: 1\nservices:\n  api: { url: '${api.url}' }\nfeatures:\n  ${name}:\n` +
      `    routes: [{ service: api, path: ${path}, expect: protected }]\n${auth}`
  )
  return file
}

beforeAll(async () => {
  api = await startHttpServer({
    routes: { [STEPS]: { body: JSON.stringify({ steps: [{ id: 'close-books' }] }) } },
    before: (request) =>
      request.headers.authorization === `Bearer ${TOKEN}`
        ? undefined
        : { status: 401, body: '{"error":"unauthorized"}' }
  })
})

afterAll(async () => {
  await api.close()
  rmSync(work, { recursive: true, force: true })
})

describe('driftcheck verify against a server that guards before routing', () => {
  it('routes only: nothing discriminates → exit 3, and the report says why and what would', async () => {
    const run = await cli(['verify', '--config', config('routes-only', STEPS, false)])
    expect(run.code).toBe(3)
    expect(run.stdout).toMatch(
      // The fault line, then one line per failing probe (the report's format: headline, then items).
      /routes-only: error at route\n\s+route\s+GET \/api\/v1\/workflows\/steps\/definitions answered 401, and so does/
    )
    expect(run.stdout).toMatch(/driftcheck-control-[0-9a-f]{16}, a path that cannot exist: this proves nothing/)
    expect(run.stdout).toContain(
      'what would: an authenticated probe (with credentials such servers answer 404 for unknown paths)'
    )
    expect(run.stdout).not.toMatch(/^PASS/m)
  }, 90_000)

  it('route + auth, route present: the authenticated probe decides → exit 0; -v shows the controls, never the token', async () => {
    const out = join(work, 'present.json')
    const run = await cli([
      'verify',
      '--config',
      config('present', STEPS, true),
      '-v',
      '--format',
      'json',
      '--output',
      out
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/route control GET http:\/\/127\.0\.0\.1:\d+\/driftcheck-control-[0-9a-f]{16} → 401/)
    expect(run.stderr).toMatch(/auth control GET .*driftcheck-control-[0-9a-f]{16} → 404/)
    expect(run.stdout + run.stderr).not.toContain(TOKEN)
    // The saved result, with its control evidence, renders again.
    const report = await cli(['report', out, '--format', 'markdown'])
    expect(report.code).toBe(0)
    expect(report.stdout).toMatch(/control GET .*driftcheck-control-[0-9a-f]{16}: 401 unauthorized — the same answer/)
    expect(report.stdout).toContain('decided by the auth probe')
  }, 90_000)

  it('route + auth, route missing: exit 1, route-missing, and the explanation says the route is missing', async () => {
    const run = await cli(['verify', '--config', config('missing', '/api/v1/billing/invoices', true)])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /missing: route-missing at route\n\s+route\s+GET \/api\/v1\/billing\/invoices answered 401 like a path that cannot exist; with credentials it answered 404 .*: the route is missing/
    )
  }, 90_000)
})
