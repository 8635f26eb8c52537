/**
 * `${NAME}` / `${NAME:-default}` from the environment; `$${` writes a literal `${`.
 * Unset or empty variables without a default are an error: a CI secret that is not configured arrives as an empty string.
 */

export interface InterpolationProblem {
  /** Index of the offending `${` in the input string. */
  index: number
  message: string
  /** `unset`: a variable not set (or empty) — it matters only where the value is used. `malformed`: always an error. */
  kind: 'unset' | 'malformed'
}

export interface Interpolated {
  value: string
  /** The environment values that were substituted (defaults from the file are not secrets). */
  secrets: string[]
  problem?: InterpolationProblem
}

const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/

/**
 * `publicNames`: variables the config lists under `publicEnv` (URLs, ports): substituted like the others, but not secrets.
 */
export function interpolate(
  input: string,
  env: Record<string, string | undefined>,
  publicNames: ReadonlySet<string> = new Set()
): Interpolated {
  let value = ''
  const secrets: string[] = []
  // The first unset variable; scanning goes on, since a malformed reference later in the value is an error wherever it is used.
  let unset: InterpolationProblem | undefined
  let i = 0
  while (i < input.length) {
    if (input.startsWith('$${', i)) {
      value += '${'
      i += 3
      continue
    }
    if (!input.startsWith('${', i)) {
      value += input[i]
      i += 1
      continue
    }
    const close = input.indexOf('}', i + 2)
    const reference = close < 0 ? undefined : REFERENCE.exec(input.slice(i + 2, close))
    if (!reference) {
      const shown = close < 0 ? input.slice(i, i + 20) : input.slice(i, close + 1)
      const message = `bad variable reference \`${shown}\`, expected \${NAME} or \${NAME:-default} (write $\${ for a literal \${)`
      return { value, secrets, problem: { index: i, message, kind: 'malformed' } }
    }
    const [, name, fallback] = reference as unknown as [string, string, string | undefined]
    const fromEnv = env[name]
    if (fromEnv !== undefined && fromEnv !== '') {
      value += fromEnv
      if (!publicNames.has(name)) secrets.push(fromEnv)
    } else if (fallback !== undefined) {
      value += fallback
    } else {
      const state = fromEnv === undefined ? 'is not set' : 'is empty'
      const message = `environment variable \`${name}\` ${state}, expected it in the environment (or write \${${name}:-default})`
      unset ??= { index: i, message, kind: 'unset' }
    }
    i = close + 1
  }
  return unset ? { value, secrets, problem: unset } : { value, secrets }
}
