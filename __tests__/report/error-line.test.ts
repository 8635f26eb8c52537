import { describe, it, expect } from '@jest/globals'
import { errorLine } from '../../src/report/sanitize.js'

describe('errorLine: an error in one line (the CLI prints it after `driftcheck: `)', () => {
  it.each([
    ['one line', 'no such file', 'no such file'],
    [
      'up to three lines, all kept',
      'compose build failed\n\n  step 3\nexit 1\n',
      'compose build failed — step 3 — exit 1'
    ],
    [
      'a header and a long tail: the header and the last two lines',
      'compose build failed (exit 1)\nStep 1/3\nStep 2/3\nCOPY failed: missing-file\nERROR: Service api failed',
      'compose build failed (exit 1) — … — COPY failed: missing-file — ERROR: Service api failed'
    ],
    ['runs of spaces collapsed', 'a   b\tc', 'a b c'],
    ['control characters visible, never sent to the terminal', 'bad \u001b[31mred', 'bad \\x1b[31mred']
  ])('%s', (_name, message, expected) => {
    expect(errorLine(message)).toBe(expected)
  })
})
