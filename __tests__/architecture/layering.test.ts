// The folders of src/ import only downward (docs/architecture.md "Folders"). This reads every import of every file under src/
// and fails on one that reaches a folder its folder may not use, so a loop or an upward import cannot land unnoticed.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { globSync } from 'tinyglobby'
import ts from 'typescript'

const SRC = resolve(import.meta.dirname, '../../src')

/** folder → the folders it may import (besides itself and src/version.ts). Keep in step with docs/architecture.md. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  config: ['core'],
  adapters: ['core'],
  layers: ['core'],
  engine: ['core', 'layers'],
  deploy: ['core', 'engine'],
  report: ['core'],
  // `driftcheck init`: reads the checkout's files and maps them (compose, Dockerfiles, folders); no adapter, no engine.
  init: ['core'],
  wiring: ['core', 'config', 'adapters', 'engine', 'deploy'],
  cli: ['core', 'config', 'engine', 'deploy', 'report', 'wiring', 'init'],
  // The GitHub adapter is the action's alone (the CLI never loads Octokit).
  action: ['core', 'config', 'engine', 'deploy', 'report', 'wiring', 'adapters']
}

/** `src/layers/probe/url.ts` → `layers`; files at the top of src/ → their own name (`index`, `version`). */
function folderOf(file: string): string {
  const [first] = relative(SRC, file).split(sep)
  return first!.replace(/\.ts$/, '')
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
}

const files = globSync('**/*.ts', { cwd: SRC, absolute: true })
const edges = files.flatMap((file) => importsOf(file).map((target) => ({ file, target })))

describe('folders import only downward', () => {
  test('every folder of src/ has a rule', () => {
    const folders = new Set(files.map(folderOf).filter((f) => f !== 'index' && f !== 'version'))
    expect([...folders].sort()).toEqual(Object.keys(MAY_IMPORT).sort())
  })

  test('no import reaches a folder above its own', () => {
    const upward = edges
      .filter(({ file, target }) => {
        const from = folderOf(file)
        const to = folderOf(target)
        if (from === 'index' || from === to || to === 'version') return false
        return !MAY_IMPORT[from]?.includes(to)
      })
      .map(({ file, target }) => `${relative(SRC, file)} → ${relative(SRC, target)}`)
    expect(upward).toEqual([])
  })

  test('the rule itself has no loop (a folder never reaches itself through others)', () => {
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const to of MAY_IMPORT[from] ?? []) if (!seen.has(to)) reaches(to, seen.add(to))
      return seen
    }
    for (const folder of Object.keys(MAY_IMPORT)) expect(reaches(folder).has(folder)).toBe(false)
  })

  test('the checker sees imports (a file with a known upward import is caught)', () => {
    // Guards against a checker that silently reads nothing: engine.ts imports the layers.
    const engine = join(SRC, 'engine', 'engine.ts')
    expect(importsOf(engine).some((t) => folderOf(t) === 'layers')).toBe(true)
  })
})
