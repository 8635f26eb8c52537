import { readFile } from 'node:fs/promises'
import { ConfigError } from '../core/errors.js'
import { Redactor } from '../core/redact.js'
import { normalize } from './normalize.js'
import type { RawConfig } from './raw.js'
import { semanticProblems } from './semantic.js'
import type { DriftConfig } from '../core/config.js'
import { schemaProblems } from './validate-schema.js'
import { readYamlTree } from './yaml-tree.js'

/**
 * `driftcheck.yml` text → the validated, normalised config. Pure (no I/O). Every problem is a one-line `ConfigError`
 * `file:line:col: what is wrong, expected what`; only the first problem in file order is reported.
 * `file` is used as given in messages; `DriftConfig.file` is its absolute form.
 */
export function parseConfig(text: string, file: string, env: Record<string, string | undefined>): DriftConfig {
  let secrets: string[] = []
  try {
    const tree = readYamlTree(text, file, env)
    secrets = tree.secrets
    const { index } = tree
    const schema = schemaProblems(tree.value, index).filter((p) => !tree.failedScalars.has(p.offset))
    const problems = [...tree.problems, ...schema]
    const structural = index.firstError(problems)
    if (structural) throw structural
    const raw = tree.value as RawConfig
    const semantic = index.firstError(semanticProblems(raw, index))
    if (semantic) throw semantic
    return normalize(raw, file, index, env, secrets)
  } catch (error) {
    throw redacted(error, secrets)
  }
}

/** Reads and parses the config file; a missing or unreadable file is a `ConfigError` naming it. */
export async function loadConfig(
  file: string,
  env: Record<string, string | undefined> = process.env
): Promise<DriftConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${file}: ${unreadable(error)}, expected a driftcheck config file (see --config)`)
  }
  return parseConfig(text, file, env)
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return `cannot be read (${code ?? 'unknown error'})`
}

// Messages quote values as written, never interpolated; this is the second lock on that door.
function redacted(error: unknown, secrets: string[]): unknown {
  if (!(error instanceof ConfigError) || !secrets.length) return error
  const redactor = new Redactor(secrets)
  const message = redactor.redact(error.message)
  if (message === error.message) return error
  const safe = new ConfigError('', error.location)
  safe.message = message
  return safe
}
