import { loadConfig } from '../config/load.js'
import type { DriftConfig } from '../core/config.js'
import type { LayerName, RunResult } from '../core/model.js'
import type { Logger } from '../core/ports.js'
import { CONFIG_USES, requireResolved, usesOfLayers, type ConfigUse } from '../core/uses.js'
import { deploy as deployWith, type DeployOptions, type DeployOutcome } from '../deploy/index.js'
import { verify as verifyWith } from '../engine/engine.js'
import { withDeps } from './deps.js'

/** What the library's calls take besides the config: a logger (silent by default) and the layers to run. */
export interface LibraryOptions {
  logger?: Logger
  layers?: readonly LayerName[]
}

/** A loaded config, or the path of a `driftcheck.yml` to load. */
export type ConfigInput = DriftConfig | string

/** Every configured layer of every feature (or `layers`), with the adapters opened and closed around it. */
export async function verify(config: ConfigInput, options: LibraryOptions = {}): Promise<RunResult> {
  // Loaded for the asked layers only: a variable that only the others use need not be set.
  const loaded = await load(config, options.layers && usesOfLayers(options.layers))
  return withDeps(loaded, { logger: options.logger }, (deps) => verifyWith(loaded, deps, { layers: options.layers }))
}

/** Lock → ship → build → `up -d` → verify (→ rollback with `rollbackOnFail`), with the adapters opened and closed around it. */
export async function deploy(
  config: ConfigInput,
  options: DeployOptions & { logger?: Logger } = {}
): Promise<DeployOutcome> {
  const loaded = await load(config)
  const { logger, ...deployOptions } = options
  return withDeps(loaded, { logger }, (deps) => deployWith(loaded, deps, deployOptions))
}

/** A config path is loaded (for `uses`, default everything); a loaded config must have what `uses` need resolved. */
async function load(config: ConfigInput, uses?: readonly ConfigUse[]): Promise<DriftConfig> {
  if (typeof config === 'string') return loadConfig(config, process.env, uses ? { uses } : {})
  requireResolved(config, uses ?? CONFIG_USES)
  return config
}
