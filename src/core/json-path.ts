/**
 * The one JSON path grammar: the config validates with it and the probe evaluates with it, so a path the config accepts is a path
 * the probe can read. `data.steps[0].id`, `[1].name`, `items[-1]` (from the end), `data["a.b"]` / `data['a.b']`, an optional `$.`.
 */
export type JsonPathSegment = string | number

// One segment at a time, anchored: `.name` (or a first `name`), `[n]`, `["key"]` / `['key']`.
const SEGMENT = /\.([^.[\]'"]+)|([^.[\]'"]+)|\[(-?\d+)\]|\[(["'])(.*?)\4\]/y

/** The segments of a path, or undefined when it is malformed (`a..b`, `.a`, `a.`, `a[x]`, `a[0]b`, ``). */
export function jsonPathSegments(path: string): JsonPathSegment[] | undefined {
  const body = path.startsWith('$.') ? path.slice(2) : path.startsWith('$[') ? path.slice(1) : path
  const segments: JsonPathSegment[] = []
  let at = 0
  while (at < body.length) {
    SEGMENT.lastIndex = at
    const match = SEGMENT.exec(body)
    if (!match) return undefined
    const [, dotted, bare, index, , key] = match
    // A bare name only starts the path; after a segment, names need their dot (`a[0]b` is malformed, `a[0].b` is not).
    if (bare !== undefined && at > 0) return undefined
    if (dotted !== undefined && at === 0) return undefined
    segments.push(index !== undefined ? Number(index) : (dotted ?? bare ?? key)!)
    at = SEGMENT.lastIndex
  }
  return segments.length ? segments : undefined
}

/** Walks a document along a path: found (with the value, which may be null) or not; throws for a malformed path. */
export function jsonPathGet(document: unknown, path: string): { found: true; value: unknown } | { found: false } {
  const segments = jsonPathSegments(path.trim())
  if (!segments) throw new Error(`cannot read JSON path '${path}'`)
  let current: unknown = document
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return { found: false }
      const index = segment < 0 ? current.length + segment : segment
      if (index < 0 || index >= current.length) return { found: false }
      current = current[index]
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return { found: false }
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false }
      current = (current as Record<string, unknown>)[segment]
    }
  }
  return { found: true, value: current }
}
