import { styleText } from 'node:util'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'

/** Progress on stderr (stdout stays clean for the report); debug lines only with --verbose. */
export function terminalLogger(options: { verbose: boolean; color: boolean; redactor: Redactor }): Logger {
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text) : text
  const write = (line: string) => process.stderr.write(options.redactor.redact(line) + '\n')
  return {
    debug: (m) => options.verbose && write(paint('gray', `  ${m}`)),
    info: (m) => write(paint('dim', `· ${m}`)),
    warn: (m) => write(paint('yellow', `warning: ${m}`)),
    error: (m) => write(paint('red', `error: ${m}`))
  }
}
