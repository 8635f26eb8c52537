import type { DriftConfig } from '../core/config.js'
import type { ApiDescriptions, SourceTree } from '../core/ports.js'
import { expandDiscovery } from './discover.js'
import { expandOpenApi } from './openapi.js'

/** What the expansion reads: the checkout (discover globs) and its OpenAPI documents. */
export interface ExpansionSources {
  tree: SourceTree
  apis?: ApiDescriptions
}

/**
 * The features a run checks: the literal ones, then one per `discover` match, then the `openapi` operations joined to
 * them (or to features of their own). Every phase and every command expands through here, so all see the same features.
 */
export async function expandConfig(written: DriftConfig, sources: ExpansionSources): Promise<DriftConfig> {
  return expandOpenApi(await expandDiscovery(written, sources.tree), sources.apis)
}
