/**
 * Compose's own interpolation, for the few values driftcheck reads from a compose file itself (verify's direct read of the
 * local files, `init`): `$$` is a literal `$`, `$NAME` and `${NAME}` the variable (unset: empty, as compose warns and goes
 * on), `${NAME:-default}` the default when unset or empty, `${NAME-default}` only when unset. Not driftcheck's config rule
 * (config/interpolate.ts: an unset variable is an error there): this is what compose does with the same file.
 * Null for what compose may read differently from this (`${NAME:?err}`, `${NAME:+alt}`, a `$` in a default, an unclosed
 * `${`): the caller then asks compose itself, or says it cannot know.
 * `unset: 'unknown'` is for a reader without the environment compose will run with (`init`): an unset variable without a
 * default is then not empty but unknown (null), since it may well be set where compose runs.
 */
export function interpolateCompose(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
  unset: 'empty' | 'unknown' = 'empty'
): string | null {
  let out = ''
  let i = 0
  while (i < text.length) {
    const dollar = text.indexOf('$', i)
    if (dollar < 0) return out + text.slice(i)
    out += text.slice(i, dollar)
    const next = text[dollar + 1]
    if (next === '$') {
      out += '$'
      i = dollar + 2
      continue
    }
    if (next === '{') {
      const close = text.indexOf('}', dollar + 2)
      const reference = close < 0 ? null : BRACED.exec(text.slice(dollar + 2, close))
      if (!reference) return null
      const [, name, operator, fallback] = reference as unknown as [string, string, string | undefined, string]
      const value = env[name]
      const useDefault = operator === ':-' ? !value : operator === '-' ? value === undefined : false
      if (!useDefault && value === undefined && unset === 'unknown') return null
      out += useDefault ? fallback : (value ?? '')
      i = close + 1
      continue
    }
    const bare = NAME.exec(text.slice(dollar + 1))
    if (!bare) return null // a lone `$`: compose calls it invalid
    const value = env[bare[0]]
    if (value === undefined && unset === 'unknown') return null
    out += value ?? ''
    i = dollar + 1 + bare[0].length
  }
  return out
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
/** `NAME`, `NAME:-default`, `NAME-default`; a default with a `$` (a nested reference) is left to compose. */
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-)([^$]*))?$/

/** Values compose must read as written: compose interpolates every file it reads, so each `$` is written `$$`. */
export function escapedForCompose(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replace(/\$/g, '$$$$')]))
}
