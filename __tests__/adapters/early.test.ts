// EarlyCommands on real subprocesses: a command started before the config is read is taken by the LocalRunner that asks for
// the very same one (not run twice), judged as if the runner had run it; any other command runs as before; what is not taken
// is ended by dispose.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EarlyCommands } from '../../src/adapters/early.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { Logger } from '../../src/core/ports.js'
import { CommandError, InfraError } from '../../src/core/errors.js'
import { Redactor } from '../../src/core/redact.js'
import { alive, gone } from '../helpers/processes.js'

let dir = ''
const disposers: EarlyCommands[] = []
afterEach(async () => {
  for (const early of disposers.splice(0)) early.dispose()
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = ''
})

function earlyOf(...commands: ConstructorParameters<typeof EarlyCommands>[0]) {
  const lines: string[] = []
  const early = new EarlyCommands(commands, (line) => lines.push(line))
  disposers.push(early)
  return { early, lines }
}

function recordingLogger(lines: string[]): Logger {
  return { debug: (m) => lines.push(m), info: () => {}, warn: () => {}, error: () => {} }
}

/** A command that appends a line to `runs` each time it runs: how many times it ran is read back from the file. */
async function counted() {
  dir = await mkdtemp(join(tmpdir(), 'driftcheck-early-'))
  const runs = join(dir, 'runs')
  const args = ['-c', `echo ran >> '${runs}'; echo answer; echo note >&2; exit 0`]
  const times = async () => (await readFile(runs, 'utf8').catch(() => '')).split('\n').filter(Boolean).length
  return { args, times }
}

describe('EarlyCommands', () => {
  it('the runner takes the early run of the same command: it ran once, the runner hands back its output', async () => {
    const { args, times } = await counted()
    const { early, lines } = earlyOf({ file: 'sh', args, cwd: dir })
    const logged: string[] = []
    const runner = new LocalRunner(recordingLogger(logged), undefined, early)
    const result = await runner.run('sh', args, { cwd: dir, timeoutMs: 10_000 })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'answer\n', stderr: 'note\n' })
    expect(await times()).toBe(1)
    // Logged once, when it started early; the runner does not log it again.
    expect(lines).toEqual([expect.stringMatching(/^\$ sh -c /)])
    expect(logged).toEqual([])
    // Taken once: asked again, it runs again.
    await runner.run('sh', args, { cwd: dir })
    expect(await times()).toBe(2)
    expect(logged).toEqual([expect.stringMatching(/^\$ sh -c /)])
  })

  it.each([
    ['another folder', { cwd: tmpdir() }],
    ['no folder', { cwd: undefined }],
    ['its own environment', { env: { X: '1' } }],
    ['stdin', { input: 'x' }]
  ])('a command asked with %s is not the early one: it runs itself', async (_what, options) => {
    const { args, times } = await counted()
    const { early } = earlyOf({ file: 'sh', args, cwd: dir })
    const runner = new LocalRunner(undefined, undefined, early)
    const asked = { cwd: dir, ...options }
    await runner.run('sh', args, asked)
    expect(await times()).toBe(2) // the early one ran too (it is started at once), and this one on its own
    expect(early.take('sh', args, { cwd: dir })).toBeDefined() // the early one is still there, untaken
  })

  it('an early command that fails is judged as the runner judges its own: CommandError, or the exit with allowFailure', async () => {
    const args = ['-c', 'echo broken >&2; exit 3']
    const { early } = earlyOf({ file: 'sh', args }, { file: 'sh', args: [...args, 'again'] })
    const runner = new LocalRunner(undefined, undefined, early)
    await expect(runner.run('sh', args)).rejects.toBeInstanceOf(CommandError)
    const allowed = await runner.run('sh', [...args, 'again'], { allowFailure: true })
    expect(allowed).toMatchObject({ exitCode: 3, stderr: 'broken\n' })
  })

  it('a program that is not installed is the same InfraError as when the runner starts it', async () => {
    const { early } = earlyOf({ file: 'driftcheck-early-no-such-program', args: [] })
    const runner = new LocalRunner(undefined, undefined, early)
    await expect(runner.run('driftcheck-early-no-such-program', [])).rejects.toThrow(
      new InfraError('`driftcheck-early-no-such-program` is not installed or not on PATH')
    )
  })

  it("the runner's timeout counts from when it asks: an early command still running then is ended, a timeout error", async () => {
    const { early } = earlyOf({ file: 'sleep', args: ['30'] })
    const runner = new LocalRunner(undefined, undefined, early)
    const started = Date.now()
    await expect(runner.run('sleep', ['30'], { timeoutMs: 200 })).rejects.toThrow(/`sleep 30` timed out after 200 ms/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('the secrets the runner knows are redacted from what it hands back of an early command', async () => {
    const args = ['-c', 'echo s3cr3t-value >&2; exit 1']
    const { early } = earlyOf({ file: 'sh', args })
    const runner = new LocalRunner(undefined, new Redactor(['s3cr3t-value']), early)
    const result = await runner.run('sh', args, { allowFailure: true })
    expect(result.stderr).toBe('***\n')
  })

  it('dispose ends what was never taken', async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftcheck-early-'))
    const pidFile = join(dir, 'pid')
    const { early, lines } = earlyOf(
      { file: 'sh', args: ['-c', `echo $$ > '${pidFile}'; exec sleep 30`] },
      { file: 'true', args: [] }
    )
    const pid = await readPid(pidFile)
    expect(alive(pid)).toBe(true)
    expect(early.take('true', [], {})).toBeDefined()
    early.dispose()
    expect(await gone(pid, 100)).toBe(true)
    // Said at -v: what ran for nothing.
    expect(lines.at(-1)).toMatch(/^started early, not asked for, ended: sh -c 'echo/)
    expect(lines.at(-1)).not.toMatch(/true/)
    expect(early.take('sh', ['-c', `echo $$ > '${pidFile}'; exec sleep 30`], {})).toBeUndefined()
  })
})

/** Polls (bounded) until the early command wrote its pid. */
async function readPid(file: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (text.trim()) return Number(text.trim())
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`no pid in ${file}`)
}
