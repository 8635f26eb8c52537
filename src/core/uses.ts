import type { DriftConfig, UnresolvedVariable } from './config.js'
import { ConfigError } from './errors.js'
import type { LayerName } from './model.js'

/**
 * What a value of the config is needed for: a layer's own checks, the image build, or reaching the target. A `${VAR}` is
 * resolved (and a missing one is a config error) only when something that needs it runs: a PR gate that runs
 * `--layers source,artifact` on a fork, where no secret is set, never needs the auth probe's token or the target's ssh user.
 */
export const CONFIG_USES = ['source', 'build', 'artifact', 'target', 'container', 'route', 'auth'] as const
export type ConfigUse = (typeof CONFIG_USES)[number]

/** What each layer needs: the artifact layer checks an image that must be built; the container layer, the target too. */
const LAYER_USES: Readonly<Record<LayerName, readonly ConfigUse[]>> = {
  source: ['source'],
  artifact: ['build', 'artifact'],
  container: ['build', 'target', 'container'],
  route: ['route'],
  auth: ['auth']
}

/** The uses of a run of `layers`, in CONFIG_USES order. */
export function usesOfLayers(layers: readonly LayerName[]): ConfigUse[] {
  const wanted = new Set(layers.flatMap((layer) => LAYER_USES[layer]))
  return CONFIG_USES.filter((use) => wanted.has(use))
}

/** The first variable (in file order) that one of `uses` needs and that was not set when the config was loaded. */
export function unresolvedFor(config: DriftConfig, uses: readonly ConfigUse[]): UnresolvedVariable | undefined {
  return config.unresolved?.find((variable) => variable.needs.some((use) => uses.includes(use)))
}

/** Throws the config error (`file:line:col: environment variable … is not set`) of the first variable `uses` need. */
export function requireResolved(config: DriftConfig, uses: readonly ConfigUse[]): void {
  const variable = unresolvedFor(config, uses)
  if (variable) throw new ConfigError(variable.message, variable.location)
}
