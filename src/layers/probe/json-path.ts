/** `data.steps[0].id`, `$.data["a.b"]`, `items[-1]` → the segments to walk. Throws for a path that cannot be read. */
export function parseJsonPath(path: string): (string | number)[] {
  let rest = path.trim().replace(/^\$\.?/, '')
  const segments: (string | number)[] = []
  while (rest.length > 0) {
    let match: RegExpExecArray | null
    if ((match = /^\[(-?\d+)\]/.exec(rest))) segments.push(Number(match[1]))
    else if ((match = /^\[(["'])(.*?)\1\]/.exec(rest))) segments.push(match[2]!)
    else if ((match = /^\.?([^.[\]]+)/.exec(rest))) segments.push(match[1]!)
    else throw new Error(`cannot read JSON path '${path}' at '${rest}'`)
    rest = rest.slice(match[0].length)
  }
  return segments
}

export function jsonPathGet(document: unknown, path: string): { found: true; value: unknown } | { found: false } {
  let current: unknown = document
  for (const segment of parseJsonPath(path)) {
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

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]))
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  )
}

/** A JSON value in at most 60 characters, for expected/observed words. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`
}
