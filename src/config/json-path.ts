/** `data.steps[0].id` → `['data', 'steps', 0, 'id']`; `[0].name` starts at an array. Undefined when malformed. */
export function jsonPathSegments(path: string): (string | number)[] | undefined {
  const segments: (string | number)[] = []
  const token = /\.?([^.[\]]+)|\[(\d+)\]/y
  let at = 0
  while (at < path.length) {
    token.lastIndex = at
    const match = token.exec(path)
    // A leading dot or a dot before `[n]` is malformed; so is a name right after `]` without a dot.
    if (
      !match ||
      (at === 0 && path.startsWith('.')) ||
      (at > 0 && match[1] !== undefined && !path.startsWith('.', at))
    ) {
      return undefined
    }
    segments.push(match[2] === undefined ? match[1]! : Number(match[2]))
    at = token.lastIndex
  }
  return segments.length ? segments : undefined
}
