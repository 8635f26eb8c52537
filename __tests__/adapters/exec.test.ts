// LocalRunner.stream on real subprocesses: a reader that stops early ends the process; one that reads to the end gets the exit.
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalRunner } from '../../src/adapters/exec.js'
import { CommandError, InfraError } from '../../src/core/errors.js'
import { gone } from '../helpers/processes.js'

const runner = new LocalRunner()

async function readAll(stdout: AsyncIterable<Buffer>): Promise<string> {
  let text = ''
  for await (const chunk of stdout) text += chunk.toString()
  return text
}

async function firstChunk(stdout: AsyncIterable<Buffer>): Promise<number> {
  for await (const chunk of stdout) return chunk.length
  return 0
}

describe('LocalRunner.stream', () => {
  it('a reader that stops early ends an endless producer: stopped, no exit code, the process gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-stream-archive-api-'))
    try {
      const pidFile = join(dir, 'pid')
      const started = Date.now()
      const result = await runner.stream('sh', ['-c', 'echo $$ > "$1"; exec yes driftcheck', 'sh', pidFile], firstChunk)
      expect(result.value).toBeGreaterThan(0)
      expect([result.stopped, result.exitCode]).toEqual([true, null])
      expect(result.command).toBe(`sh -c 'echo $$ > "$1"; exec yes driftcheck' sh ${pidFile}`)
      expect(await gone(Number(await readFile(pidFile, 'utf8')), 50)).toBe(true)
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('a reader that reads to the end gets the exit code and the stderr', async () => {
    const ok = await runner.stream('sh', ['-c', 'printf "a\\nb\\n"'], readAll)
    expect(ok).toMatchObject({ value: 'a\nb\n', stopped: false, exitCode: 0, stderr: '' })
    const failed = await runner.stream('sh', ['-c', 'echo out; echo broken >&2; exit 3'], readAll, {
      allowFailure: true
    })
    expect(failed).toMatchObject({ value: 'out\n', stopped: false, exitCode: 3, stderr: 'broken\n' })
  })

  it('a failure without allowFailure is a CommandError', async () => {
    const error = await runner.stream('sh', ['-c', 'echo broken >&2; exit 3'], readAll).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommandError)
    expect((error as CommandError).exitCode).toBe(3)
  })

  it('a reader that throws: its error, and the process ended', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-stream-archive-api-'))
    try {
      const pidFile = join(dir, 'pid')
      const reader = async (stdout: AsyncIterable<Buffer>) => {
        for await (const _ of stdout) throw new Error('not what I expected')
        return 0
      }
      await expect(runner.stream('sh', ['-c', 'echo $$ > "$1"; exec yes', 'sh', pidFile], reader)).rejects.toThrow(
        'not what I expected'
      )
      expect(await gone(Number(await readFile(pidFile, 'utf8')), 50)).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it.each([
    [
      'a missing program',
      () => runner.stream('driftcheck-no-such-program', [], readAll),
      /is not installed or not on PATH/
    ],
    [
      'a timeout',
      () => runner.stream('sleep', ['30'], readAll, { timeoutMs: 200 }),
      /^`sleep 30` timed out after 200 ms$/
    ]
  ])('%s is an InfraError', async (_name, call, message) => {
    const error = await call().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toMatch(message)
  })
})
