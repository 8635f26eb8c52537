const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 }

/** The units a duration is written in; a bare number has none and is refused (`timeout: 30` would silently be 30 ms). */
export const DURATION_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)\\s*$'

/** `"500ms"`, `"15s"`, `"1.5s"`, `"2m"` → milliseconds; undefined for anything else, a bare number included. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const match = new RegExp(DURATION_PATTERN).exec(value)
  if (!match) return undefined
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]!]!)
  return ms > 0 ? ms : undefined
}
