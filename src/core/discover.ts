/**
 * The placeholders of a `discover` entry (`{name}`, `{path}`) and what one match of its source glob fills them with.
 * Pure: the config checks the templates with it, the engine expands them (`engine/discover.ts`).
 */

export const DISCOVER_PLACEHOLDERS = ['name', 'path'] as const

/** What a match fills in: `name` is the folder's name (a file's without its extension), `path` its checkout path. */
export interface DiscoveredMatch {
  name: string
  path: string
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/** The `{…}` names in a template that are no discover placeholder (a typo like `{nmae}`), in order. */
export function unknownDiscoverPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1]!)
    .filter((name) => !(DISCOVER_PLACEHOLDERS as readonly string[]).includes(name))
}

export function hasDiscoverPlaceholder(template: string): boolean {
  return [...template.matchAll(PLACEHOLDER)].some((m) => (DISCOVER_PLACEHOLDERS as readonly string[]).includes(m[1]!))
}

/**
 * `template` with `{name}` / `{path}` filled; other `{…}` (a probe's own path parameters) are kept. `encode` turns a value
 * into what the template holds: URL segments for a probe path (`{path}` keeps its `/`s); for an artifact path, glob
 * characters escaped (a Next.js folder `[id]` is that name, not a glob that `i` or `d` would satisfy); the text elsewhere.
 */
export function fillDiscovered(
  template: string,
  match: DiscoveredMatch,
  encode: 'url' | 'glob' | 'none' = 'none'
): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    if (key !== 'name' && key !== 'path') return whole
    const value = match[key]
    if (encode === 'url') return value.split('/').map(encodeURIComponent).join('/')
    if (encode === 'glob') return value.replace(/[*?[\]\\]/g, '\\$&')
    return value
  })
}

/**
 * The matches of a discover glob among what `SourceTree.match` listed (files, and folders ending in `/`): `foldersOnly`
 * (the glob ends in `/`) keeps the folders. Sorted by path: every phase of a run expands the same way.
 */
export function discoveredMatches(listed: readonly string[], foldersOnly: boolean): DiscoveredMatch[] {
  const paths = listed.filter((entry) => !foldersOnly || entry.endsWith('/')).map((entry) => entry.replace(/\/+$/, ''))
  return [...new Set(paths)].sort().map((path) => {
    const base = path.slice(path.lastIndexOf('/') + 1)
    const isFile = !listed.includes(`${path}/`)
    const dot = base.lastIndexOf('.')
    return { path, name: isFile && dot > 0 ? base.slice(0, dot) : base }
  })
}
