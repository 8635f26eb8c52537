import { styleText } from 'node:util'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'

/**
 * Progress on stderr (stdout stays clean for the report); debug lines only with --verbose. Every line starts with the time since
 * the process started (`0.42s`), so lines of work that runs side by side read in order, and a slow step shows where it is.
 */
export function terminalLogger(options: {
  verbose: boolean
  color: boolean
  redactor: Redactor
  /** ms since the process started; performance.now() counts from the process's own start. */
  clock?: () => number
}): Logger {
  const clock = options.clock ?? (() => performance.now())
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text) : text
  const write = (mark: string, line: string) => {
    const at = `${(clock() / 1000).toFixed(2)}s`.padStart(6)
    process.stderr.write(options.redactor.redact(`${mark} ${at} ${line}`) + '\n')
  }
  return {
    debug: (m) => options.verbose && write(' ', paint('gray', m)),
    info: (m) => write('·', paint('dim', m)),
    warn: (m) => write('!', paint('yellow', `warning: ${m}`)),
    error: (m) => write('✗', paint('red', `error: ${m}`))
  }
}
