import * as core from '@actions/core'
import type { Logger } from '../core/ports.js'
import { secretParts, type Redactor } from '../core/redact.js'

/** The engine's logger in the action: @actions/core (warnings and errors become annotations), every line redacted. */
export function actionsLogger(redactor: Redactor): Logger {
  return {
    debug: (m) => core.debug(redactor.redact(m)),
    info: (m) => core.info(redactor.redact(m)),
    warn: (m) => core.warning(redactor.redact(m)),
    error: (m) => core.error(redactor.redact(m))
  }
}

/** Masks every secret in the job log from now on. Multi-line values (keys) are masked line by line too: the runner masks per line. */
export function maskSecrets(values: Iterable<string>): void {
  for (const value of values) for (const part of new Set(secretParts(value))) core.setSecret(part)
}
