import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { getSettings } from '../../src/action/inputs.js'
import { ACTION_PHASES } from '../../src/action/phase-names.js'

const root = join(import.meta.dirname, '..', '..')
interface Step {
  id: string
  if?: string
  shell: string
  env?: Record<string, string>
  run: string
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: Step[] }
}
const steps = action.runs.steps
const inputNames = Object.keys(action.inputs)
const envName = (input: string) => `INPUT_${input.toUpperCase().replace(/-/g, '_')}`

/** The INPUT_* variables getSettings reads, found by handing it an environment that records every lookup. */
function inputsRead(): Set<string> {
  const read = new Set<string>()
  const env = new Proxy({} as Record<string, string | undefined>, {
    get(_target, key) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key)
      return undefined
    }
  })
  getSettings(env)
  return read
}

describe('action.yml', () => {
  it('is a composite action with one step per phase, in order, each running the bundled entry', () => {
    expect(action.runs.using).toBe('composite')
    expect(steps.map((s) => s.id)).toEqual([...ACTION_PHASES])
    for (const step of steps) {
      expect(step.shell).toBe('bash')
      expect(step.run).toContain(`node "$GITHUB_ACTION_PATH/dist/action/index.js" ${step.id}`)
    }
  })

  it('runs deploy only when asked, and the report and cleanup even after a failure', () => {
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]))
    expect(byId.deploy!.if).toBe("inputs.command == 'deploy'")
    expect(byId.preview!.if).toBe("inputs.command == 'preview'")
    expect(byId.report!.if).toBe('always()')
    expect(byId.cleanup!.if).toBe('always()')
    for (const id of ['check-node', 'build', 'artifact', 'container', 'probe']) expect(byId[id]!.if).toBeUndefined()
  })

  it('checks node >= 20 in shell before running anything, and says what to add', () => {
    const check = steps[0]!.run
    expect(check).toMatch(/-lt 20/)
    expect(check).toContain('actions/setup-node')
  })

  describe("the first step's Node.js check (the one that runs: the bundle cannot start on an older Node)", () => {
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node
    const bin = mkdtempSync(join(tmpdir(), 'driftcheck-fake-node-'))
    // A `node` that answers `-p process.versions.node` with FAKE_VERSION and otherwise says what it was asked to run.
    writeFileSync(
      join(bin, 'node'),
      '#!/bin/sh\nif [ "$1" = "-p" ]; then echo "$FAKE_VERSION"; else echo "ran $*"; fi\n',
      { mode: 0o755 }
    )
    const check = (version: string | null) =>
      spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', steps[0]!.run], {
        encoding: 'utf8',
        env: {
          PATH: version === null ? '/nonexistent' : `${bin}:/usr/bin:/bin`,
          FAKE_VERSION: version ?? '',
          GITHUB_ACTION_PATH: '/action'
        }
      })

    it('asks for what package.json asks for', () => {
      expect(engines).toBe('>=20.18')
      expect(steps[0]!.run).toContain('Node.js >= 20.18')
    })

    it.each(['20.18.0', '20.19.1', '22.1.0', '24.0.0'])('%s runs the first phase', (version) => {
      const run = check(version)
      expect([run.status, run.stdout.trim()]).toEqual([0, 'ran /action/dist/action/index.js check-node'])
    })

    it.each(['18.19.1', '20.17.0', '20.0.0', '19.9.0'])('%s stops with what to add to the workflow', (version) => {
      const run = check(version)
      expect(run.status).toBe(1)
      expect(run.stdout).toBe(
        `::error::driftcheck needs Node.js >= 20.18 on the runner, found v${version}. ` +
          'Add a step before it: uses: actions/setup-node@v4 with node-version: 20\n'
      )
    })

    it('no node at all: says so', () => {
      const run = check(null)
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(/^::error::driftcheck needs Node\.js >= 20\.18 on the runner and found none\./)
    })
  })

  it('never pastes an expression into a script: inputs reach the steps only through env', () => {
    for (const step of steps) expect(step.run).not.toContain('${{')
  })

  it('hands every input to the steps as INPUT_<NAME>, and nothing that is not an input', () => {
    const mapped = new Map<string, string>()
    for (const step of steps) {
      for (const [name, value] of Object.entries(step.env ?? {})) {
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1]
        expect(input).toBeDefined()
        expect(name).toBe(envName(input!))
        mapped.set(input!, name)
      }
    }
    expect([...mapped.keys()].sort()).toEqual([...inputNames].sort())
  })

  // The deploy step holds the token too since issue #12: it starts the GitHub deployment before anything ships.
  it('gives the ssh key only to the step that writes it, and the token only to the deploy and report steps', () => {
    const holders = (name: string) => steps.filter((s) => s.env && name in s.env).map((s) => s.id)
    expect(holders('INPUT_SSH_PRIVATE_KEY')).toEqual(['check-node'])
    expect(holders('INPUT_GITHUB_TOKEN')).toEqual(['deploy', 'report'])
  })

  it('hands each later step only what it needs: the two inputs that name the state file, the token to deploy and report', () => {
    const given = (step: Step) => Object.keys(step.env ?? {}).sort()
    const locate = ['INPUT_CONFIG', 'INPUT_WORKING_DIRECTORY']
    expect(given(steps[0]!)).toEqual(
      inputNames
        .filter((n) => n !== 'github-token')
        .map(envName)
        .sort()
    )
    for (const step of steps.slice(1)) {
      expect({ id: step.id, env: given(step) }).toEqual({
        id: step.id,
        env: ['deploy', 'report'].includes(step.id) ? [...locate, 'INPUT_GITHUB_TOKEN'].sort() : locate
      })
    }
  })

  it('every input is read by the code, and the code reads no input action.yml lacks', () => {
    const read = [...inputsRead()].filter((k) => !k.includes('-'))
    expect(read.sort()).toEqual(inputNames.map(envName).sort())
  })

  it("the defaults in action.yml are the code's defaults", () => {
    const env: Record<string, string> = {}
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined && !input.default.includes('${{')) env[envName(name)] = input.default
    }
    expect(getSettings(env)).toEqual(getSettings({}))
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}')
  })

  it('every output comes from the report step under its own name', () => {
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.report.outputs.${name} }}`)
    }
    expect(Object.keys(action.outputs).sort()).toEqual([
      'comment-url',
      'drifted',
      'fault-lines',
      'report-path',
      'verdict'
    ])
  })

  it('the code sets exactly the outputs action.yml declares', () => {
    const dir = join(root, 'src', 'action')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const written = new Set<string>()
    for (const file of files) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/setOutput\('([\w-]+)'/g)) written.add(m[1]!)
    }
    expect([...written].sort()).toEqual(Object.keys(action.outputs).sort())
  })
})
