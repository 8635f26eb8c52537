// What `driftcheck verify` loads: never the GitHub stack (@actions/github, Octokit), which only the action's report step uses;
// for a run without probes, not the HTTP stack either.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { GITHUB_STACK, loadedModules, MODULE_LOG } from '../helpers/module-log.js'

const root = join(import.meta.dirname, '..', '..')
/** undici and ajv's compiler (its runtime helpers are allowed) as sources. */
const LAZY_STACK = /\/node_modules\/undici\/|\/node_modules\/ajv\/dist\/(?!runtime\/)/
const USE_DIST = process.env.DRIFTCHECK_TEST_DIST === '1'
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const work = mkdtempSync(join(tmpdir(), 'driftcheck-startup-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
// A checkout with one feature whose source layer passes.
beforeAll(() => {
  writeFileSync(join(work, 'feature.ts'), 'export const feature = 1\n')
  writeFileSync(join(work, 'driftcheck.yml'), 'version: 1\nfeatures:\n  feature:\n    source: [feature.ts]\n')
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: work, stdio: 'pipe' })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'init')
})

describe('driftcheck verify', () => {
  it('does not load the GitHub stack', () => {
    const log = join(work, 'modules.log')
    const entry = USE_DIST ? join(root, 'dist', 'cli', 'index.js') : join(root, 'src', 'cli', 'index.ts')
    const loader = USE_DIST ? [] : ['--import', TSX]
    const run = spawnSync(
      process.execPath,
      [...loader, '--import', MODULE_LOG, entry, 'verify', '--layers', 'source'],
      {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: work, NO_COLOR: '1', DRIFTCHECK_MODULE_LOG: log },
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect({ code: run.status, stderr: run.stderr }).toMatchObject({ code: 0 }) // the feature passes its source layer
    const modules = loadedModules(log)
    // The hook saw the CLI load: an empty log cannot pass for "nothing loaded".
    expect(modules.some((m) => m.endsWith(USE_DIST ? '/dist/cli/index.js' : '/src/cli/index.ts'))).toBe(true)
    expect(modules.filter((m) => GITHUB_STACK.test(m))).toEqual([])
    // Nor the OpenAPI parser: only a config with `openapi` reads a document (adapters/openapi.ts imports it then).
    expect(modules.filter((m) => /@apidevtools\//.test(m))).toEqual([])
    // Nor the HTTP stack, which only probes (and the engine socket) load, nor ajv's compiler: the schema's validator is
    // compiled ahead (src/config/schema-validator.ts).
    expect(modules.filter((m) => LAZY_STACK.test(m))).toEqual([])
    // Nor another command's code: init's Dockerfile parser loads only when `init` runs (cli/main.ts imports each command).
    expect(modules.filter((m) => /\/node_modules\/dockerfile-ast\//.test(m))).toEqual([])
    // One YAML library: the config and the compose files are read with js-yaml; yaml is init's (its writer keeps comments).
    expect(modules.filter((m) => /\/node_modules\/yaml\//.test(m))).toEqual([])
    expect(modules.some((m) => /\/node_modules\/js-yaml\//.test(m)) || USE_DIST).toBe(true)
    // A bundle inlines its modules: there the files it loaded must not carry them either.
    const bundled = modules.filter((m) => m.startsWith('file:') && m.includes('/dist/'))
    for (const file of bundled) {
      const text = readFileSync(fileURLToPath(file), 'utf8')
      expect(text).not.toMatch(/@octokit\/|@actions\/github/)
      expect(text).not.toMatch(/class Agent extends DispatcherBase|function compileSchema\(/)
      expect(text).not.toMatch(/\(function \(DockerfileParser\)/)
      expect(text).not.toMatch(/class LineCounter\b/)
    }
  }, 60_000)
})

describe('the CLI process', () => {
  const YOUNG_GEN = join(import.meta.dirname, '..', 'helpers', 'young-gen.mjs')
  const MB = 1024 * 1024
  const youngGeneration = (args: string[]) => {
    const log = join(work, `young-gen-${args.length}.json`)
    const run = spawnSync(process.execPath, ['--import', YOUNG_GEN, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: work, YOUNG_GEN_LOG: log },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect({ code: run.status, stderr: run.stderr }).toMatchObject({ code: 0 })
    return { ...(JSON.parse(readFileSync(log, 'utf8')) as { start: number; end: number }), stderr: run.stderr }
  }

  // The built CLI (the flags are set as its entry starts: under tsx the loader's own work would come first).
  it("keeps V8's young generation near its start size (wiring/process-flags.ts), where a plain node grows it", () => {
    const plain = youngGeneration(['-e', ''])
    expect(plain.end).toBeGreaterThanOrEqual(16 * MB) // the workload does grow it without the flag
    const cli = youngGeneration([join(root, 'dist', 'cli', 'index.js'), '--version'])
    expect(cli.start).toBe(plain.start)
    expect(cli.end).toBeLessThanOrEqual(8 * MB)
  }, 60_000)

  // A verify reads its config on a worker thread (wiring/verify-ahead.ts), and a worker's start undoes the young
  // generation's setting: the CLI sets the flags again, or its young generation would grow as a plain node's does.
  it('reads a verify’s config on a worker thread and still keeps the young generation small', () => {
    const cli = youngGeneration([join(root, 'dist', 'cli', 'index.js'), 'verify', '--layers', 'source', '-v'])
    expect(cli.stderr).toContain('driftcheck.yml: read on a worker thread while the CLI loaded')
    expect(cli.end).toBeLessThanOrEqual(8 * MB)
  }, 60_000)

  // `--no-opt` (wiring/process-flags.ts), in a verify that starts the config worker too: V8's trace of its
  // optimising compiler names a hot function under a plain node, and none under the CLI.
  it("does not run V8's optimising compiler, where a plain node does", () => {
    const HOT_LOOP = join(import.meta.dirname, '..', 'helpers', 'hot-loop.mjs')
    const optimised = (args: string[]) => {
      const run = spawnSync(process.execPath, ['--trace-opt', '--import', HOT_LOOP, ...args], {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: work },
        encoding: 'utf8',
        timeout: 60_000
      })
      expect({ code: run.status, stderr: run.stderr }).toMatchObject({ code: 0 })
      return run.stdout.split('\n').filter((line) => /<JSFunction hot\b.*TURBOFAN/.test(line))
    }
    expect(optimised(['-e', '']).length).toBeGreaterThan(0)
    expect(optimised([join(root, 'dist', 'cli', 'index.js'), 'verify', '--layers', 'source'])).toEqual([])
  }, 60_000)
})
