/** Shared by the artifact and container layers: which paths each service must have, and how a listing becomes checks. */
import type { FeatureConfig } from '../core/config.js'
import type { Check } from '../core/model.js'
import type { PathListing } from '../core/ports.js'
import { listingFocus } from '../core/command-text.js'
import {
  byteOrder,
  joinPath,
  matchingNames,
  parseArtifactPath,
  type GlobArtifactPath,
  type LiteralArtifactPath
} from '../core/artifact-glob.js'

/** The services a feature inspects, each with its paths (services with an empty list are left out). */
export function featurePaths(feature: FeatureConfig): [service: string, paths: string[]][] {
  return Object.entries(feature.artifact).filter(([, paths]) => paths.length > 0)
}

/** Every path of every feature, per service, without duplicates: ONE listing per image/container covers them all. */
export function pathsByService(features: readonly FeatureConfig[]): Map<string, string[]> {
  const byService = new Map<string, Set<string>>()
  for (const feature of features) {
    for (const [service, paths] of featurePaths(feature)) {
      const set = byService.get(service) ?? new Set<string>()
      for (const path of paths) set.add(path)
      byService.set(service, set)
    }
  }
  return new Map([...byService].map(([service, set]) => [service, [...set]]))
}

/**
 * One check per configured path, from a listing (a path the listing does not mention is an error, never a pass). A glob's
 * check keeps the pattern as its `target` and names what it matched (`matched`, and the lines in `observed`).
 */
export function pathChecks(service: string, paths: readonly string[], listing: PathListing): Check[] {
  const via = listing.method === 'archive' ? ' (read through the archive API)' : ''
  return paths.map((written): Check => {
    const parsed = parseArtifactPath(written)
    return parsed.kind === 'glob'
      ? globCheck(service, parsed, listing, via)
      : literalCheck(service, parsed, listing, via)
  })
}

function literalCheck(service: string, literal: LiteralArtifactPath, listing: PathListing, via: string): Check {
  const target = literal.written
  const entry = lookup(listing).entries.get(literal.path)
  if (!entry) return { service, target, status: 'error', expected: 'exists', observed: 'not in the listing' }
  return { service, target, status: entry.exists ? 'pass' : 'fail', expected: 'exists', observed: entry.detail + via }
}

function globCheck(service: string, glob: GlobArtifactPath, listing: PathListing, via: string): Check {
  const check = { service, target: glob.written, expected: 'exists' }
  const directory = lookup(listing).directories.get(glob.directory)
  if (!directory) return { ...check, status: 'error', observed: `${glob.directory} is not in the listing` }
  if (!directory.exists)
    return { ...check, status: 'fail', observed: `${glob.directory}: ${directory.detail}${via}`, matched: [] }
  const names = matchingNames(
    glob,
    directory.entries.map((e) => e.name)
  )
  if (names.length === 0)
    return {
      ...check,
      status: 'fail',
      observed: `nothing in ${glob.directory} matches ${glob.name}${via}`,
      matched: []
    }
  const lines = names.map((name) => directory.entries.find((e) => e.name === name)!.detail)
  const observed = lines.length === 1 ? lines[0]! : `${lines.length} matches: ${lines.join('; ')}`
  return { ...check, status: 'pass', observed: observed + via, matched: names.map((n) => joinPath(glob.directory, n)) }
}

/**
 * A service's listing judged: its checks, what it lacks (a glob that matched nothing says so), the paths it did not
 * mention (an error, never a pass), a sentence per glob that matched naming what it matched, and the listing's commands
 * as this feature's evidence (`featureCommands`).
 */
export function judgeListing(
  service: string,
  paths: readonly string[],
  listing: PathListing
): { checks: Check[]; lacks: string[]; unlisted: string[]; matches: string[]; commands: string[] } {
  const checks = pathChecks(service, paths, listing)
  const lacks = checks.filter((c) => c.status === 'fail').map((c) => (c.matched ? `${c.target} (no match)` : c.target))
  const unlisted = checks.filter((c) => c.status === 'error').map((c) => c.target)
  return { checks, lacks, unlisted, matches: matchSentences(checks), commands: featureCommands(paths, listing) }
}

/** The listing's commands with the other features' paths left out (`listingFocus`): each feature's evidence stays its size. */
function featureCommands(paths: readonly string[], listing: PathListing): string[] {
  const own = paths.map((written) => {
    const parsed = parseArtifactPath(written)
    return parsed.kind === 'glob' ? parsed.directory : parsed.path
  })
  return lookup(listing).focus.map((focus) => focus(own))
}

interface ListingLookup {
  entries: Map<string, PathListing['entries'][number]>
  directories: Map<string, NonNullable<PathListing['directories']>[number]>
  focus: ((own: Iterable<string>) => string)[]
}

// One listing serves every feature: it is indexed once, so judging N features costs N look-ups, not N scans of N paths.
const lookups = new WeakMap<PathListing, ListingLookup>()

function lookup(listing: PathListing): ListingLookup {
  let found = lookups.get(listing)
  if (!found) {
    const listed = [...listing.entries.map((e) => e.path), ...(listing.directories ?? []).map((d) => d.path)]
    found = {
      entries: firstByPath(listing.entries),
      directories: firstByPath(listing.directories ?? []),
      focus: listing.commands.map((command) => listingFocus(command, listed))
    }
    lookups.set(listing, found)
  }
  return found
}

/** Each path's first entry, as `find` would pick it. */
function firstByPath<T extends { path: string }>(items: readonly T[]): Map<string, T> {
  const byPath = new Map<string, T>()
  for (const item of items) if (!byPath.has(item.path)) byPath.set(item.path, item)
  return byPath
}

/** A sentence per glob check that passed, naming what it matched. */
export function matchSentences(checks: readonly Check[]): string[] {
  return checks.filter((c) => c.status === 'pass' && c.matched?.length).map(matchSentence)
}

/**
 * The same glob's passing checks in several replicas (`names`, in the same order): what any of them matched, and a note
 * when they did not all match the same entries (one replica still serves another bundle). Not a glob: nothing to say.
 */
export function mergeMatches(checks: readonly Check[], names: readonly string[]): { matched?: string[]; note: string } {
  if (!checks.some((c) => c.matched)) return { note: '' }
  const matched = uniqueStrings(checks.flatMap((c) => c.matched ?? [])).sort(byteOrder)
  const same = checks.every((c) => (c.matched ?? []).join('\n') === (checks[0]!.matched ?? []).join('\n'))
  if (same) return { matched, note: '' }
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  const each = checks.map((c, i) => `${names[i]}: ${joinWords((c.matched ?? []).map(base))}`)
  return { matched, note: ` (the replicas match differently: ${each.join('; ')})` }
}

/** `index-*.js matched index-3f9a1c.js`, `index-*.js matched 2: index-a.js and index-b.js` (the summary names the path). */
function matchSentence(check: Check): string {
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  const names = check.matched!.map(base)
  const count = names.length > 1 ? `${names.length}: ` : ''
  return `${base(check.target)} matched ${count}${joinWords(names)}`
}

/** The same reason for every path that could not be checked. */
export function errorChecks(service: string, paths: readonly string[], reason: string, output?: string): Check[] {
  return paths.map((path): Check => ({
    service,
    target: path,
    status: 'error',
    expected: 'exists',
    observed: reason,
    ...(output ? { output } : {})
  }))
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** `/app/x is` or `all 3 paths are`. */
export function pathsPhrase(paths: readonly string[]): string {
  return paths.length === 1 ? `${paths[0]} is` : `all ${paths.length} paths are`
}

export function uniqueStrings(items: Iterable<string>): string[] {
  return [...new Set(items)]
}
