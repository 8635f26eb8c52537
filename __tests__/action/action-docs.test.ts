import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..', '..')
const script = join(root, 'scripts', 'action-docs.mjs')
const docs = (readme: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, '--readme', readme, ...args], { cwd: root, encoding: 'utf8' })

describe('scripts/action-docs.mjs', () => {
  it('writes the usage block from action.yml between the markers, then --check passes; a stale block fails --check', () => {
    const readme = join(mkdtempSync(join(tmpdir(), 'docs-')), 'README.md')
    writeFileSync(readme, '# x\n\n<!-- action-docs:start -->\nold\n<!-- action-docs:end -->\n\nafter\n')
    expect(docs(readme, '--check').status).toBe(1)
    expect(docs(readme).status).toBe(0)
    const text = readFileSync(readme, 'utf8')
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(text).toContain(`| \`${name}\` |`)
    expect(text).toContain("    ssh-private-key: ''")
    expect(text.endsWith('<!-- action-docs:end -->\n\nafter\n')).toBe(true)
    expect(docs(readme, '--check').status).toBe(0)
    writeFileSync(readme, text.replace('`verdict`', '`verdikt`'))
    expect(docs(readme, '--check').status).toBe(1)
  })

  it('says so when the README has no markers', () => {
    const readme = join(mkdtempSync(join(tmpdir(), 'docs-')), 'README.md')
    writeFileSync(readme, '# x\n')
    const out = docs(readme, '--check')
    expect(out.status).toBe(2)
    expect(out.stderr.trim()).toBe(
      'action-docs: no <!-- action-docs:start --> … <!-- action-docs:end --> markers in the README'
    )
  })
})
