/**
 * Short, human renderings of IDs, revisions, durations and ages: ONE copy, for every report format and for the layers' own
 * sentences (so one image is never "built just now" in one place and "built moments ago" in another).
 */

/** `sha256:2222bbbb…` (or the bare hex) → `2222bbbbcccc` (12 characters, like `docker images`); a reference unchanged. */
export function shortImageId(id: string | null | undefined): string {
  if (!id) return '—'
  if (id.startsWith('sha256:')) return id.slice('sha256:'.length, 'sha256:'.length + 12)
  return /^[0-9a-f]{13,}$/i.test(id) ? id.slice(0, 12) : id
}

/** A git SHA (12+ hex digits) → its first 7, lower case, `-dirty` kept; a tag or a short SHA unchanged. */
export function shortRevision(revision: string | null | undefined): string {
  if (!revision) return '—'
  const match = /^([0-9a-f]{12,64})(-dirty)?$/i.exec(revision)
  return match ? `${match[1]!.slice(0, 7).toLowerCase()}${match[2] ?? ''}` : revision
}

/**
 * How a duration reads:
 * - `measured` (reports): `850 ms`, `4.2 s`, `2 min 5 s`;
 * - `seconds` (progress lines and retries, which read in a column): always seconds, one decimal: `0.3 s`, `75.2 s`;
 * - `setting` (a configured timeout, as exact as it was written): `800 ms`, `2 s`, `1.5 s`.
 */
export type DurationStyle = 'measured' | 'seconds' | 'setting'

/** The one duration formatter (see DurationStyle). */
export function formatDuration(ms: number, style: DurationStyle = 'measured'): string {
  if (style === 'seconds') return `${(ms / 1000).toFixed(1)} s`
  if (style === 'setting') return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`
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
  // More than a clock's skew in the future: the image is younger than the run that judged it.
  if (diff < -5_000) return 'after this run started'
  return humanAge(diff)
}

/** `just now`, `42 seconds ago`, `5 minutes ago`, `3 hours ago`, `36 hours ago`, `3 days ago`. */
export function humanAge(ms: number): string {
  if (!Number.isFinite(ms)) return 'at an unknown time'
  const seconds = Math.floor(ms / 1000)
  if (seconds < 5) return 'just now'
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second']
  ]
  // Hours up to two days, then days: "36 hours ago" says more than "1 day ago".
  const [size, unit] = units.find(([size, unit]) => seconds >= (unit === 'day' ? 2 * size : size))!
  const count = Math.floor(seconds / size)
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`
}
