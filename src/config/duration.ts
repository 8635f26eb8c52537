const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 }

/** `15000` (ms), `"500ms"`, `"15s"`, `"2m"` → milliseconds; undefined when it is none of these. */
export function durationMs(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : undefined
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)\s*$/.exec(value)
  if (!match) return undefined
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]!]!)
  return ms > 0 ? ms : undefined
}
