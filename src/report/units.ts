/** Short, human renderings of IDs, revisions, durations and ages, shared by every format. */

/** `sha256:2222bbbb…` → `2222bbbbcccc` (12 hex digits, like `docker images`). */
export function shortImageId(id: string | null | undefined): string {
  if (!id) return '—'
  const hex = id.replace(/^sha256:/, '')
  return /^[0-9a-f]{13,}$/i.test(hex) ? hex.slice(0, 12) : id
}

/** A full git SHA → its first 7 characters; anything else unchanged. */
export function shortRevision(revision: string | null | undefined): string {
  if (!revision) return '—'
  return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision
}

/** `850 ms`, `4.2 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms % 60_000) / 1000)
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`
}

/** Seconds with millisecond precision, as JUnit and SARIF consumers expect. */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** How long before `now` the instant `then` was (`3 days ago`), or null when either is not a date. */
export function formatAge(then: string | null | undefined, now: string): string | null {
  if (!then) return null
  const diff = Date.parse(now) - Date.parse(then)
  if (Number.isNaN(diff)) return null
  if (diff < 0) return 'after this run started'
  const minute = 60_000
  const hour = 60 * minute
  const day = 24 * hour
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`
  if (diff < minute) return 'moments ago'
  if (diff < hour) return plural(Math.floor(diff / minute), 'minute')
  if (diff < day) return plural(Math.floor(diff / hour), 'hour')
  return plural(Math.floor(diff / day), 'day')
}
