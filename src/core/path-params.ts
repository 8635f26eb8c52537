/**
 * Path parameters of a probe path: `:slug` at the start of a segment (Express, Rails) or `{slug}` (OpenAPI), filled from the
 * probe's `params`. Only the path part: a query string is kept as written.
 */

const PLACEHOLDER = /(?<=\/):([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\}/g

export interface Placeholder {
  name: string
  /** `:slug` or `{slug}`, as written. */
  written: string
}

function split(path: string): [string, string] {
  const query = path.indexOf('?')
  return query < 0 ? [path, ''] : [path.slice(0, query), path.slice(query)]
}

/** The placeholders of `path`, in order (a name used twice is listed twice). */
export function pathPlaceholders(path: string): Placeholder[] {
  return [...split(path)[0].matchAll(PLACEHOLDER)].map((m) => ({ name: (m[1] ?? m[2])!, written: m[0] }))
}

/** `path` with each placeholder replaced by its value, URL-encoded as one path segment (`a/b` → `a%2Fb`). */
export function fillPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  const [part, query] = split(path)
  const filled = part.replace(PLACEHOLDER, (whole, colon: string | undefined, brace: string | undefined) => {
    const value = params[(colon ?? brace)!]
    return value === undefined ? whole : encodeURIComponent(value)
  })
  return filled + query
}

/** Values that are no path segment: `.` and `..` (even encoded) would move the path to another route. */
export function isDotSegment(value: string): boolean {
  return value === '.' || value === '..'
}
