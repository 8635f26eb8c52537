import { readFile } from 'node:fs/promises'
import { ConfigError } from '../core/errors.js'
import { Redactor } from '../core/redact.js'
import { normalize } from './normalize.js'
import type { RawConfig } from './raw.js'
import { semanticProblems } from './semantic.js'
import type { DriftConfig, UnresolvedVariable } from '../core/config.js'
import { CONFIG_USES, type ConfigUse } from '../core/uses.js'
import type { PositionIndex } from './positions.js'
import { schemaProblems } from './validate-schema.js'
import { readYamlTree, type UnsetProblem } from './yaml-tree.js'

export interface LoadOptions {
  /**
   * What the config is loaded for (default: everything). A `${VAR}` that is not set is an error only when one of these
   * needs its value; the others are kept in `DriftConfig.unresolved`, to be an error when what needs them runs. A PR gate
   * on a fork (`--layers source,artifact`: `usesOfLayers`) then does not need the auth probe's token.
   */
  uses?: readonly ConfigUse[]
}

/**
 * `driftcheck.yml` text → the validated, normalised config. Pure (no I/O). Every problem is a one-line `ConfigError`
 * `file:line:col: what is wrong, expected what`; only the first problem in file order is reported.
 * `file` is used as given in messages; `DriftConfig.file` is its absolute form.
 */
export function parseConfig(
  text: string,
  file: string,
  env: Record<string, string | undefined>,
  options: LoadOptions = {}
): DriftConfig {
  let secrets: string[] = []
  try {
    const tree = readYamlTree(text, file, env)
    secrets = tree.secrets
    const { index } = tree
    const uses = new Set(options.uses ?? CONFIG_USES)
    const unset = mergeReads(tree.unset)
    const needed = (p: UnsetProblem) => p.needs.some((use) => uses.has(use))
    // A value with an unset variable is kept as written: what the schema or the semantic checks say of it is only an echo.
    const echo = (p: { offset: number }) => tree.failedScalars.has(p.offset)
    const schema = schemaProblems(tree.value, index).filter((p) => !echo(p))
    const problems = [...tree.problems, ...unset.filter(needed), ...schema]
    const structural = index.firstError(problems)
    if (structural) throw structural
    const raw = tree.value as RawConfig
    const semantic = index.firstError(semanticProblems(raw, index).filter((p) => !echo(p)))
    if (semantic) throw semantic
    const config = normalize(raw, file, index, env, secrets, tree.failedScalars)
    const unresolved = unset.filter((p) => !needed(p)).map((p) => unresolvedVariable(p, index))
    return unresolved.length ? { ...config, unresolved } : config
  } catch (error) {
    throw redacted(error, secrets)
  }
}

/** Reads and parses the config file; a missing or unreadable file is a `ConfigError` naming it. */
export async function loadConfig(
  file: string,
  env: Record<string, string | undefined> = process.env,
  options: LoadOptions = {}
): Promise<DriftConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${file}: ${unreadable(error)}, expected a driftcheck config file (see --config)`)
  }
  return parseConfig(text, file, env, options)
}

/**
 * A scalar read more than once (an alias, a merge key) has one problem per read, each with the needs of where it was read:
 * one problem, needed by all of them, sorted in file order.
 */
function mergeReads(unset: readonly UnsetProblem[]): UnsetProblem[] {
  const byOffset = new Map<number, UnsetProblem>()
  for (const problem of unset) {
    const known = byOffset.get(problem.offset)
    byOffset.set(
      problem.offset,
      known ? { ...known, needs: [...new Set([...known.needs, ...problem.needs])] } : { ...problem }
    )
  }
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset)
}

function unresolvedVariable(problem: UnsetProblem, index: PositionIndex): UnresolvedVariable {
  return { needs: problem.needs, message: problem.message, location: index.location(problem.offset) }
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
