import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { ConfigError } from '../../src/core/errors.js'
import { parseConfig } from '../../src/config/index.js'

const design = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'design-contract.txt'), 'utf8')
const ONE_LINE_ERROR = /^d\.yml:\d+:\d+: [^\n]+, expected [^\n]+$/

/** Either a config, or a ConfigError of the promised shape; anything else (a TypeError, a stack trace) is a defect. */
function outcome(text: string, env: Record<string, string>): 'ok' | ConfigError {
  try {
    parseConfig(text, 'd.yml', env)
    return 'ok'
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    expect(error.message).toMatch(ONE_LINE_ERROR)
    return error
  }
}

describe('bad input is always a one-line ConfigError', () => {
  it('survives random edits of the DESIGN config', () => {
    const pieces = fc.constantFrom(
      ':',
      '-',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      ' ',
      '\n',
      '  ',
      '${',
      '}',
      '$${',
      '#',
      '&a',
      '*a',
      '<<: *a',
      '!!str',
      '0',
      '999',
      'x',
      '~'
    )
    fc.assert(
      fc.property(
        fc.nat(design.length),
        fc.nat(20),
        fc.array(pieces, { minLength: 1, maxLength: 4 }),
        (at, cut, insert) => {
          const text = design.slice(0, at) + insert.join('') + design.slice(at + cut)
          outcome(text, { API_TOKEN: 'tok-3f9a1c' })
        }
      ),
      { numRuns: 600 }
    )
  })

  it('never prints a value that came from the environment', () => {
    // Every string value of the config is replaced by a variable whose value is random junk: whatever breaks, the message stays clean.
    const values = [...design.matchAll(/(?<=: )(?![{[])[^\s,}#][^,}\n#]*?(?=\s*(,|}|\n|#))/g)]
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: values.length - 1 }),
        fc.stringMatching(/^[A-Za-z0-9:/@._ -]{3,30}$/),
        (which, junk) => {
          const match = values[which]!
          const text = design.slice(0, match.index) + '"${JUNK}"' + design.slice(match.index + match[0].length)
          const secret = `S3CR3T${junk}`
          const result = outcome(text, { API_TOKEN: 'tok-3f9a1c', JUNK: secret })
          if (result !== 'ok') expect(result.message).not.toContain(secret)
        }
      ),
      { numRuns: 300 }
    )
  })
})
