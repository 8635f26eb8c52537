import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { shellCommand, shellQuote } from '../../src/adapters/ssh/quote.js'
import { attacks, hostileWord, splitNul } from './ssh-hostile.js'

// The shells a remote login shell is likely to be; each must parse what shellQuote writes back into the same words.
const SHELLS = ['sh', 'bash'].filter((sh) => {
  try {
    execFileSync(sh, ['-c', 'true'])
    return true
  } catch {
    return false
  }
})

let dir: string
let canary: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driftcheck-quote-'))
  canary = join(dir, 'CANARY')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What `SHELL -c LINE` passes to printf, one word per NUL. */
function roundTrip(
  shell: string,
  words: string[],
  options: { cwd?: string; env?: Record<string, string> } = {}
): string[] {
  // A leading marker: printf with no words would still print the format once.
  const line = shellCommand('printf', ['%s\\0', 'BEGIN', ...words], options)
  const [begin, ...got] = splitNul(execFileSync(shell, ['-c', line], { cwd: dir, encoding: 'utf8' }))
  expect(begin).toBe('BEGIN')
  return got
}

describe('shellQuote', () => {
  it.each([
    ['docker', 'docker'],
    ['/srv/app-1.2', '/srv/app-1.2'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", `'it'\\''s'`],
    ['$(id)', "'$(id)'"],
    ['a\nb', "'a\nb'"]
  ])('%j → %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted)
  })

  it('refuses a NUL byte, which no shell word can carry', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/)
  })

  it('SHELLS found at least sh', () => {
    expect(SHELLS).toContain('sh')
  })

  it.each(SHELLS)('known attacks arrive as literal words in %s and run nothing', (shell) => {
    const words = attacks(canary)
    expect(roundTrip(shell, words)).toEqual(words)
    expect(existsSync(canary)).toBe(false)
  })

  it.each(SHELLS)('property: any hostile word list survives %s intact, nothing executes', (shell) => {
    fc.assert(
      fc.property(fc.array(hostileWord(canary), { maxLength: 6 }), (words) => {
        expect(roundTrip(shell, words)).toEqual(words)
      }),
      { numRuns: 150 }
    )
    expect(existsSync(canary)).toBe(false)
  })
})

describe('shellCommand', () => {
  it('builds cd && env … file args, every word quoted', () => {
    expect(shellCommand('docker', ['ps', '-a'], { cwd: '/srv/my app', env: { A: "x'y" } })).toBe(
      `cd -- '/srv/my app' && env 'A=x'\\''y' docker ps -a`
    )
  })

  it('refuses an environment name that is not a name', () => {
    expect(() => shellCommand('true', [], { env: { 'A;rm': 'x' } })).toThrow(/invalid environment variable name/)
  })

  it.each(SHELLS)('property: hostile cwd and env values arrive intact in %s', (shell) => {
    fc.assert(
      fc.property(hostileWord(canary), hostileWord(canary), (name, value) => {
        const sub = join(dir, `d-${name.replace(/\//g, '_')}`.slice(0, 200))
        try {
          execFileSync('mkdir', ['-p', '--', sub])
        } catch {
          return // a name the filesystem refuses (too long): not a quoting question
        }
        const line = shellCommand('sh', ['-c', 'printf "%s\\0%s\\0" "$PWD" "$V"'], { cwd: sub, env: { V: value } })
        const [pwd, v] = splitNul(execFileSync(shell, ['-c', line], { encoding: 'utf8' }))
        expect(pwd).toBe(sub)
        expect(v).toBe(value)
      }),
      { numRuns: 60 }
    )
    expect(existsSync(canary)).toBe(false)
  })
})
