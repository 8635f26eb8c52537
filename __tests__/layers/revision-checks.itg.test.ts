import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import type { FeatureResult, RunResult } from '../../src/core/model.js'
import { exitCodeFor } from '../../src/core/verdict.js'
import { verify } from '../../src/engine/engine.js'
import { render } from '../../src/report/index.js'
import { createDeps } from '../../src/wiring/deps.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// Revision checks end to end: a real git checkout (its HEAD is the checked revision), real HTTP servers on 127.0.0.1 that
// say which commit they run, the real HTTP client and the engine.
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const checkout = mkdtempSync(join(tmpdir(), 'driftcheck-revision-'))
const plain = mkdtempSync(join(tmpdir(), 'driftcheck-revision-nogit-'))
const servers: Record<string, TestServer> = {}
let head = ''

const VERSION_FEATURE = [
  'features:',
  '  version:',
  '    routes:',
  '      - service: api',
  '        path: /version',
  '        expect: { status: 200, json: { commit: "{{revision}}" } }',
  '      - service: api',
  '        path: /healthz',
  '        expect: { status: 200, bodyContains: "rev {{revision.short}}", headers: { X-Commit: "{{revision}}" } }'
].join('\n')

/** A backend that says it runs `commit` on /version (JSON), /healthz (text and a header); 404 elsewhere. */
const backend = (commit: string) =>
  startHttpServer({
    routes: {
      '/version': { body: JSON.stringify({ commit, builtAt: '2026-12-01T12:00:00Z' }) },
      '/healthz': { body: `ok rev ${commit.slice(0, 7)}`, headers: { 'x-commit': commit } }
    }
  })

async function run(server: string, dir = checkout, features = VERSION_FEATURE): Promise<RunResult> {
  const yaml = `version: 1\nservices:\n  api: { url: '${servers[server]!.url}' }\n${features}\n`
  const config = parseConfig(yaml, join(dir, 'driftcheck.yml'), {})
  const deps = await createDeps(config)
  try {
    return await verify(config, deps, { layers: ['route'] })
  } finally {
    await deps.close()
  }
}
const feature = (result: RunResult): FeatureResult => result.features[0]!
const route = (result: RunResult) => feature(result).layers.find((l) => l.layer === 'route')!

beforeAll(async () => {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: checkout,
      encoding: 'utf8'
    })
  writeFileSync(join(checkout, 'README.md'), 'app\n')
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'app')
  head = git('rev-parse', 'HEAD').trim()
  servers.current = await backend(head)
  servers.old = await backend(OLD)
  // A single-page app that stamps the commit into index.html and answers it for every path it has no file for.
  servers.spa = await startHttpServer({
    fallback: () => ({ status: 200, body: `<html><body>rev ${head.slice(0, 7)}</body></html>` })
  })
})

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()))
  rmSync(checkout, { recursive: true, force: true })
  rmSync(plain, { recursive: true, force: true })
})

describe('revision checks against the running app', () => {
  it('the app runs HEAD: pass, and the report shows the commit (it is no secret)', async () => {
    const result = await run('current')
    expect(result.revision).toBe(head)
    expect(feature(result).verdict).toBe('pass')
    expect(route(result).evidence.checks!.map((c) => [c.status, c.expected])).toEqual([
      ['pass', `200, commit = HEAD (${head.slice(0, 7)})`],
      ['pass', `200, body contains "rev ${head.slice(0, 7)}", header x-commit: HEAD (${head.slice(0, 7)})`]
    ])
    expect(render(result, 'text')).toContain(head.slice(0, 7))
  })

  it('the app runs another commit: fail, naming both commits', async () => {
    const result = await run('old')
    expect(feature(result).verdict).not.toBe('pass')
    expect(exitCodeFor(result.verdict)).toBe(1)
    const [version, health] = route(result).evidence.checks!
    expect(version!.status).toBe('fail')
    expect(version!.summary).toContain(`commit says a1b2c3d; HEAD is ${head.slice(0, 7)}`)
    expect(health!.summary).toContain(`body lacks "rev ${head.slice(0, 7)}" (HEAD is ${head.slice(0, 7)})`)
    expect(render(result, 'text')).toContain(`commit says a1b2c3d; HEAD is ${head.slice(0, 7)}`)
  })

  it('a page that says the commit on every path proves nothing: its control answers alike (error, never pass)', async () => {
    const result = await run(
      'spa',
      checkout,
      [
        'features:',
        '  version:',
        '    routes: [{ service: api, path: /version, expect: { status: 200, bodyContains: "rev {{revision.short}}" } }]'
      ].join('\n')
    )
    const [check] = route(result).evidence.checks!
    expect(check!.status).toBe('error')
    expect(check!.controls!.some((c) => c.comparison === 'same')).toBe(true)
    expect(feature(result).verdict).not.toBe('pass')
  })

  it('outside git there is no revision to compare with: error (exit 3), the probe not sent', async () => {
    const before = servers.current!.received.length
    const result = await run('current', plain)
    expect(result.revision).toBeNull()
    expect(route(result).status).toBe('error')
    expect(exitCodeFor(result.verdict)).toBe(3)
    expect(route(result).evidence.checks![0]!.summary).toBe(
      'GET /version was not sent: its expectation compares with the checked revision ({{revision}}), and the checkout has no commit (not a git repository)'
    )
    expect(servers.current!.received.slice(before).filter((r) => !r.path.includes('driftcheck-control-'))).toEqual([])
  })
})
