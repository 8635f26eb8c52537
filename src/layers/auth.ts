import type { LayerResult } from '../core/model.js'
import { runProbeLayer, type ProbeLayerInput } from './probe.js'

export type AuthLayerInput = ProbeLayerInput

/**
 * Layer 5: does the feature work after authentication? Each probe is sent with its configured headers (credentials).
 * Evidence never holds a header value, and every string in it is redacted: a response body may echo the token.
 */
export function runAuthLayer(input: AuthLayerInput): Promise<Map<string, LayerResult>> {
  return runProbeLayer('auth', input)
}
