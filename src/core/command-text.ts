/** How a command is written for logs and evidence, and how one feature's evidence shows a listing shared by all. */

/** One argument as a shell reads it: bare when it is plain, else single-quoted (`'` as `'\''`). */
export function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

/** A command as one shell-like line (for reading, never for execution: execa goes through no shell). */
export function commandLine(file: string, args: readonly string[]): string {
  return [file, ...args].map(shellWord).join(' ')
}

// A word of commandLine's output: bare characters, quoted runs and `\'`.
const WORD = /(?:'[^']*'|\\'|[^\s'\\])+/g

/**
 * One listing (`… ls -ld -- P1 P2 …`) covers the paths of every feature (`listed`); a feature's evidence names its own.
 * The words after the last `--` that spell a listed path (with or without a trailing `/`: a directory operand has one)
 * and not one of `own` are left out, and a shell comment says how many, so the line still runs and proves this feature's
 * paths, and the evidence no longer grows with the square of the features. The whole command is in the `-v` log.
 * The command is read once per listing; each feature then costs a look-up per operand.
 */
export function listingFocus(command: string, listed: Iterable<string>): (own: Iterable<string>) => string {
  const words: string[] = command.match(WORD) ?? []
  const end = words.lastIndexOf('--')
  if (end < 0) return () => command
  const head = words.slice(0, end + 1)
  const operands = words.slice(end + 1)
  const listedWords = new Set([...listed].flatMap(spellings))
  return (own) => {
    const kept = new Set([...own].flatMap(spellings))
    const focused = operands.filter((word) => kept.has(word) || !listedWords.has(word))
    const left = operands.length - focused.length
    if (left === 0) return command
    const line = [...head, ...focused].join(' ')
    return `${line} # and ${left} path${left === 1 ? '' : 's'} of other features, in the same listing`
  }
}

/** A path as an operand may spell it: as written, and as a directory (one trailing `/`). */
function spellings(path: string): string[] {
  const bare = path.length > 1 ? path.replace(/\/$/, '') : path
  return [...new Set([path, bare, bare === '/' ? '/' : `${bare}/`])].map(shellWord)
}
