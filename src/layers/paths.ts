/** Shared by the artifact and container layers: which paths each service must have, and how a listing becomes checks. */
import type { FeatureConfig } from '../core/config.js'
import type { Check } from '../core/model.js'
import type { PathListing } from '../core/ports.js'

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

/** One check per path, from a listing (a path the listing does not mention is an error, never a pass). */
export function pathChecks(service: string, paths: readonly string[], listing: PathListing): Check[] {
  return paths.map((path): Check => {
    const entry = listing.entries.find((e) => e.path === path)
    if (!entry) return { service, target: path, status: 'error', expected: 'exists', observed: 'not in the listing' }
    const via = listing.method === 'archive' ? ' (read through the archive API)' : ''
    return {
      service,
      target: path,
      status: entry.exists ? 'pass' : 'fail',
      expected: 'exists',
      observed: entry.detail + via
    }
  })
}

/** A service's listing judged: its checks, the paths it lacks, and the paths it did not mention (an error, never a pass). */
export function judgeListing(
  service: string,
  paths: readonly string[],
  listing: PathListing
): { checks: Check[]; lacks: string[]; unlisted: string[] } {
  const checks = pathChecks(service, paths, listing)
  const targets = (status: Check['status']) => checks.filter((c) => c.status === status).map((c) => c.target)
  return { checks, lacks: targets('fail'), unlisted: targets('error') }
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
