import picomatch from 'picomatch'

/**
 * `.dockerignore` as docker reads it: one pattern a line relative to the context's root (a leading `/` means the same),
 * `#` comments, `!` re-includes, the last pattern that matches decides, and a pattern that matches a folder excludes
 * everything under it. Returns whether a context path is left out of the build context.
 */
export function dockerignore(text: string): (contextPath: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!')
      const pattern = (negated ? line.slice(1) : line).trim().replace(/^\/+/, '').replace(/\/+$/, '')
      return { negated, match: picomatch(pattern.replace(/^\.\//, ''), { dot: true }) }
    })
  return (contextPath) => {
    const parts = contextPath.split('/').filter(Boolean)
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'))
    let excluded = false
    for (const rule of rules) if (candidates.some((c) => rule.match(c))) excluded = !rule.negated
    return excluded
  }
}
