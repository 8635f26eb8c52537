import type { SourceLocation } from './config.js'

/** Bad config or usage: exit 2. The message is one line; `location` points at the config file. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  constructor(
    message: string,
    readonly location?: SourceLocation
  ) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message)
  }
}

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** An OpenAPI document that cannot be used: `message` is one line (the document's position when the parser gave one). */
export class ApiDescriptionError extends Error {
  override readonly name = 'ApiDescriptionError'
}

/** Could not check (daemon down, host unreachable, key refused…): exit 3. `hint` says what to do. */
export class InfraError extends Error {
  override readonly name: string = 'InfraError'
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** An external command exited non-zero. `stderr` is already redacted. */
export class CommandError extends InfraError {
  override readonly name = 'CommandError'
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
    hint?: string,
    options?: { cause?: unknown }
  ) {
    super(`\`${command}\` failed (exit ${exitCode}): ${lastLines(stderr, 1) || 'no error output'}`, hint, options)
  }
}

/** The last `n` non-empty lines of a tool's output: compose/ssh errors put the cause at the end. */
export function lastLines(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-n)
    .join('\n')
}

/** Exit code for any thrown error (docs/architecture.md): 2 bad config/usage, 3 could not check. */
export function exitCodeForError(error: unknown): 2 | 3 {
  return error instanceof ConfigError || error instanceof UsageError ? 2 : 3
}

/** How much of a tool's raw output an error keeps for the evidence. */
const OUTPUT_TAIL_LINES = 40

/** The raw output of the command behind an error (it, or its cause): the tool's own words, untranslated, for `-v` and the JSON. */
export function toolOutputOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (e instanceof CommandError && e.stderr.trim()) return lastLines(e.stderr, OUTPUT_TAIL_LINES)
  return undefined
}

/** The message of anything thrown (a non-Error too), for one-line reports. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The first line of an error's message: its header, without the tool output some errors carry below it. */
export function firstLineOf(error: unknown): string {
  return messageOf(error).split('\n')[0]!.trim()
}

/** Services asked for that the compose project does not define: one wording and one class wherever it is found (exit 2). */
export function undefinedServices(unknown: readonly string[], dir: string, known: readonly string[]): UsageError {
  return new UsageError(
    `service ${unknown.map((s) => `'${s}'`).join(', ')} is not defined by the compose project in ${dir} (services: ${known.join(', ') || 'none'})`
  )
}
