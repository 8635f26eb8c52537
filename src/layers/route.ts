import type { LayerResult } from '../core/model.js'
import { runProbeLayer, type ProbeLayerInput } from './probe.js'

export type RouteLayerInput = ProbeLayerInput

/**
 * Layer 4: is the route exposed? Each route is probed with its own headers only — no credentials by design — so
 * `protected` (401/403) proves the route is registered and guarded, and 404 proves it is missing.
 */
export function runRouteLayer(input: RouteLayerInput): Promise<Map<string, LayerResult>> {
  return runProbeLayer('route', input)
}

export { decideRoutesByAuth, explainAuthByRoutes } from './probe/decide.js'
