import { UsageError } from '../../core/errors.js'

// Words made only of these characters mean the same quoted or not in every POSIX shell; leaving them bare keeps logs readable.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * THE quoting function: every word that reaches the remote shell goes through here. POSIX single quotes take everything
 * literally except `'` itself, which is closed, escaped and reopened (`'\''`). NUL cannot travel in a shell word at all.
 */
export function shellQuote(word: string): string {
  if (word.includes('\0')) throw new UsageError('a shell word cannot contain a NUL byte')
  if (SAFE_WORD.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

export interface ShellCommandOptions {
  cwd?: string
  env?: Record<string, string>
}

/**
 * One command line for the remote login shell: `cd DIR && env K=V… FILE ARG…`, every word quoted.
 * ssh joins its arguments with spaces and hands them to `$SHELL -c`, so this string is the whole remote command.
 */
export function shellCommand(file: string, args: readonly string[], options: ShellCommandOptions = {}): string {
  const words = [file, ...args].map(shellQuote)
  const env = Object.entries(options.env ?? {})
  if (env.length > 0) {
    const bad = env.find(([name]) => !ENV_NAME.test(name))
    if (bad) throw new UsageError(`invalid environment variable name '${bad[0]}'`)
    // `env` rather than `K=V cmd`: the assignment is then an argument, so it is quoted like any other word.
    words.unshift('env', ...env.map(([k, v]) => shellQuote(`${k}=${v}`)))
  }
  const line = words.join(' ')
  // `--`: a directory named `-x` is still a directory, not an option of cd.
  return options.cwd === undefined ? line : `cd -- ${shellQuote(options.cwd)} && ${line}`
}
