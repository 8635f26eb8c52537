import { discoveredMatches, fillDiscovered, type DiscoveredMatch } from '../core/discover.js'
import type { DiscoverConfig, DriftConfig, FeatureConfig, SourceLocation } from '../core/config.js'
import { ConfigError } from '../core/errors.js'
import type { SourceTree } from '../core/ports.js'

/**
 * The config with every `discover` entry turned into one feature per match of its source glob in the checkout (git-aware,
 * through the SourceTree port), after the literal features. Every phase of a run calls it on the same checkout and gets the
 * same features in the same order (matches are sorted). Idempotent: the expanded config has no `discover` left.
 * A glob that matches nothing and a name made twice are config errors (exit 2): a typo must not check nothing in silence.
 */
export async function expandDiscovery(config: DriftConfig, tree: SourceTree): Promise<DriftConfig> {
  const entries = config.discover ?? []
  if (entries.length === 0) return config
  const listed = await Promise.all(entries.map((entry) => tree.match(entry.source)))
  const made = new Map<string, string>()
  const defined = (feature: FeatureConfig, by: string) => {
    const earlier = made.get(feature.name)
    if (earlier !== undefined) {
      const message = `feature \`${feature.name}\` is defined twice: ${by}, and ${earlier}; expected one definition (give the discover entry a \`name\` like \`api-{name}\`)`
      throw new ConfigError(message, feature.location)
    }
    made.set(feature.name, by)
  }
  for (const feature of config.features) defined(feature, `\`features.${feature.name}\` at ${at(feature.location)}`)
  const discovered = entries.flatMap((entry, i) => {
    const matches = discoveredMatches(listed[i]!, /\/\s*$/.test(entry.source))
    if (matches.length === 0) {
      const what = /\/\s*$/.test(entry.source) ? 'no folder' : 'nothing'
      const message = `\`discover[${i}].source\` \`${entry.source}\` matches ${what} in the checkout (tracked files), expected a glob that matches at least one`
      throw new ConfigError(message, entry.location)
    }
    return matches.map((match) => {
      const feature = discoveredFeature(entry, match)
      defined(feature, `\`discover[${i}]\` (${match.path}) at ${at(entry.location)}`)
      return feature
    })
  })
  return { ...config, features: [...config.features, ...discovered], discover: [] }
}

/** One match's feature: the entry's templates filled (probe paths URL-encoded, artifact paths glob-escaped), its source the match. */
export function discoveredFeature(entry: DiscoverConfig, match: DiscoveredMatch): FeatureConfig {
  const probes = (list: DiscoverConfig['routes']) =>
    list.map((probe) => ({ ...probe, path: fillDiscovered(probe.path, match, 'url') }))
  return {
    name: fillDiscovered(entry.name, match),
    source: [match.path],
    artifact: Object.fromEntries(
      Object.entries(entry.artifact).map(([service, paths]) => [
        service,
        paths.map((p) => fillDiscovered(p, match, 'glob'))
      ])
    ),
    routes: probes(entry.routes),
    auth: probes(entry.auth),
    ...(entry.location ? { location: entry.location } : {})
  }
}

function at(location: SourceLocation | undefined): string {
  return location ? `${location.file}:${location.line}:${location.column}` : 'an unknown position'
}
