// A verify's config read on a worker thread by the built CLI's own file (wiring/verify-ahead.ts): the very config an
// in-process load makes, taken only by the same ask; a failed read sends none, so the error comes from the one path.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadConfig } from '../../src/config/load.js'
import { CONFIG_USES, usesOfLayers } from '../../src/core/uses.js'
import { GIT_ASKS } from '../../src/adapters/git/asks.js'
import { commandLine } from '../../src/core/command-text.js'
import { earlyCommandsFor } from '../../src/wiring/early.js'
import {
  readConfigAhead,
  startEarlyAhead,
  takeConfigAhead,
  takeEarlyAhead,
  verifyAsk
} from '../../src/wiring/verify-ahead.js'

const ENTRY = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js'))
const work = mkdtempSync(join(tmpdir(), 'driftcheck-ahead-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const write = (name: string, text: string) => {
  const file = join(work, name)
  writeFileSync(file, text)
  return file
}

// Anchors and a merge key, a feature named __proto__, a secret from the environment, one variable only auth needs.
const RICH = `version: 1
services:
  api: { url: "http://127.0.0.1:8080/\${AHEAD_TOKEN}" }
features:
  __proto__:
    source: [src/ä.ts]
    routes: [&route { service: api, path: /one, expect: { status: 200 } }]
  second:
    routes: [{ <<: *route, path: /two }]
    auth: [{ service: api, path: /admin, headers: { Authorization: "Bearer \${AHEAD_UNSET}" }, expect: 200 }]
`

describe('the config read ahead on a worker thread', () => {
  // Jest's `process.env` is its own copy: the worker is handed this one, as the CLI hands it the process's.
  // (No `online`: the CLI sets its V8 flags there, which would then hold for the rest of this jest worker.)
  const env = { PATH: process.env.PATH, AHEAD_TOKEN: 's3cr3t-ahead' }

  it('is the config an in-process load makes (a gate that needs no auth: its unset variable is kept for later)', async () => {
    const file = write('rich.yml', RICH)
    const uses = usesOfLayers(['source', 'route'])
    const inProcess = await loadConfig(file, env, { uses })
    readConfigAhead(verifyAsk(['verify', '-c', file, '--layers', 'source,route'])!, ENTRY, { env })
    const ahead = await takeConfigAhead(file, uses)
    expect(ahead).toEqual(inProcess)
    expect(ahead!.features.map((f) => f.name)).toEqual(['__proto__', 'second'])
    expect(ahead!.secrets).toEqual(['s3cr3t-ahead'])
    expect(ahead!.unresolved?.map((v) => v.needs)).toEqual([['auth']])
  }, 30_000)

  it('sends none where an in-process load fails (every layer: auth needs the unset variable)', async () => {
    const file = write('rich.yml', RICH)
    await expect(loadConfig(file, env)).rejects.toThrow(/rich\.yml:10:\d+: environment variable `AHEAD_UNSET`/)
    readConfigAhead(verifyAsk(['verify', '-c', file])!, ENTRY, { env })
    await expect(takeConfigAhead(file, CONFIG_USES)).resolves.toBeNull()
  }, 30_000)

  it('sends no config when the read fails: the main thread loads it, and its error is the one shown', async () => {
    const file = write('broken.yml', 'version: 1\nfeatures: [\n')
    readConfigAhead(verifyAsk(['verify', '-c', file])!, ENTRY, { env })
    await expect(takeConfigAhead(file, CONFIG_USES)).resolves.toBeNull()
  }, 30_000)

  it('is not taken by another ask, nor twice', async () => {
    const file = write('plain.yml', 'version: 1\nfeatures:\n  f: { source: [a.ts] }\n')
    readConfigAhead(verifyAsk(['verify', '-c', file])!, ENTRY, { env })
    expect(takeConfigAhead(file, ['source'])).toBeUndefined()
    expect(takeConfigAhead(file, CONFIG_USES)).toBeUndefined()
    readConfigAhead(verifyAsk(['verify', '-c', file])!, ENTRY, { env })
    expect(takeConfigAhead(`${work}/./plain.yml`, CONFIG_USES)).toBeUndefined() // the file as written, not as resolved
  })
})

describe('the early commands started ahead', () => {
  const ignore = () => {}

  it('are the verify’s own, taken once, their lines written as of when each started', async () => {
    const file = write('early.yml', 'version: 1\nfeatures:\n  f: { source: [a.ts] }\n')
    const before = performance.now()
    await startEarlyAhead(verifyAsk(['verify', '-c', file, '--layers', 'source'])!)
    const lines: [string, number][] = []
    const early = takeEarlyAhead(file, ['source'], (line, at) => lines.push([line, at]), ignore)
    expect(lines.map(([line]) => line)).toEqual(
      earlyCommandsFor(file, ['source']).map((c) => `$ ${commandLine(c.file, c.args)}`)
    )
    for (const [, at] of lines) {
      expect(at).toBeGreaterThanOrEqual(before)
      expect(at).toBeLessThanOrEqual(performance.now())
    }
    // Real processes, started before they were asked for: git outside a checkout says so (exit 128).
    for (const args of [GIT_ASKS.revision, GIT_ASKS.insideWorkTree])
      expect(await early!.take('git', args, { cwd: dirname(file) })).toMatchObject({ exitCode: 128 })
    expect(takeEarlyAhead(file, ['source'], ignore, ignore)).toBeUndefined()
  }, 30_000)

  it('are not taken by another verify: ended, and what it asks is started afresh by the caller', async () => {
    const file = write('early.yml', 'version: 1\nfeatures:\n  f: { source: [a.ts] }\n')
    await startEarlyAhead(verifyAsk(['verify', '-c', file, '--layers', 'source'])!)
    // Let git answer first: a process ended after the test would settle in a torn-down environment.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const started: string[] = []
    const later: string[] = []
    const other = takeEarlyAhead(
      file,
      ['source', 'route'],
      (line) => started.push(line),
      (line) => later.push(line)
    )
    expect(other).toBeUndefined()
    expect(started).toHaveLength(2) // still said at -v: what was started…
    expect(later).toEqual([expect.stringMatching(/^started early, not asked for, ended: git rev-parse --verify/)])
    expect(takeEarlyAhead(file, ['source'], ignore, ignore)).toBeUndefined()
  }, 30_000)
})
