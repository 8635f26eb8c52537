import { verify } from '../../engine/engine.js'
import { usesOfLayers } from '../../core/uses.js'
import { exitCodeFor } from '../../core/verdict.js'
import { emitReport, openContext, parseFormat, parseLayers, type GlobalOptions } from '../context.js'

export interface VerifyOptions extends GlobalOptions {
  layers?: string
  format?: string
  output?: string
}

/** `driftcheck verify`: every configured layer, the fault line per feature; exit 0 pass, 1 drift, 3 could not check. */
export async function verifyCommand(options: VerifyOptions): Promise<number> {
  const layers = parseLayers(options.layers)
  parseFormat(options.format) // a bad --format is a usage error before any work starts
  // Only what the asked layers use: a `--layers source,artifact` gate needs no probe token, no ssh user.
  const ctx = await openContext(options, usesOfLayers(layers), layers)
  return ctx.withDeps(async (deps) => {
    const result = await verify(ctx.config, deps, { layers })
    await emitReport(result, options)
    return exitCodeFor(result.verdict)
  })
}
