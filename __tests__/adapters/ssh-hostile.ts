// Hostile shell words shared by the quoting unit test (local sh/bash) and the ssh integration test (real sshd).
import fc from 'fast-check'

/** Words that would run `touch CANARY` if any of them were ever parsed as shell code. */
export function attacks(canary: string): string[] {
  return [
    `$(touch ${canary})`,
    `\`touch ${canary}\``,
    `; touch ${canary}`,
    `'; touch ${canary}; '`,
    `"; touch ${canary}; "`,
    `\ntouch ${canary}\n`,
    `&& touch ${canary}`,
    `| touch ${canary}`,
    `> ${canary}`,
    `$(touch ${canary})'"\`\\`,
    `\\'$(touch ${canary})\\'`,
    `${'$'}{IFS}touch${'$'}{IFS}${canary}`
  ]
}

/** Strings a UTF-8 round trip keeps intact (no NUL, no lone surrogate). */
const transportable = (s: string) => !s.includes('\0') && Buffer.from(s, 'utf8').toString('utf8') === s

export function hostileWord(canary: string): fc.Arbitrary<string> {
  const pieces = fc.constantFrom(
    '$',
    '`',
    "'",
    '"',
    '\\',
    '\n',
    '\r',
    '\t',
    ' ',
    ';',
    '&',
    '|',
    '<',
    '>',
    '(',
    ')',
    '{',
    '}',
    '*',
    '?',
    '[',
    ']',
    '~',
    '#',
    '!',
    '%',
    '-',
    '=',
    '$(',
    '${',
    "'\\''",
    'é',
    '😀',
    '漢字',
    '\u202e',
    ''
  )
  return fc
    .oneof(
      fc.constantFrom(...attacks(canary), '', ' ', '-n', '--', '-e', '~', '*', '$HOME'),
      fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 }).map((p) => p.join('')),
      fc.string({ unit: 'grapheme', maxLength: 20 })
    )
    .filter(transportable)
}

/** Splits printf '%s\0' output back into words. */
export function splitNul(stdout: string): string[] {
  const parts = stdout.split('\0')
  parts.pop()
  return parts
}
