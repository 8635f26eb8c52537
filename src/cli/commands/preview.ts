import { constants } from 'node:os'
import { usesOfLayers } from '../../core/uses.js'
import { exitCodeFor } from '../../core/verdict.js'
import { orchestratePreview, PreviewCancelled } from '../../deploy/preview.js'
import { notReadyText } from '../../report/preview.js'
import { cancelOnSignals, createPreviewDeps } from '../../wiring/preview.js'
import { emitReport, openContext, parseFormat, parseLayers, type GlobalOptions } from '../context.js'
import { UsageError } from '../../core/errors.js'

export interface PreviewCommandOptions extends GlobalOptions {
  layers?: string
  format?: string
  output?: string
  readyTimeout?: string
}

/**
 * `driftcheck preview`: build the checkout, start it on this machine's engine under a throwaway project, verify there, tear
 * down. Exit 0 pass, 1 drift, 3 could not check (a service that never became ready, unless a ready one's feature drifted),
 * 2 bad usage; 128+n when cancelled by signal n (after the teardown).
 */
export async function previewCommand(options: PreviewCommandOptions): Promise<number> {
  const layers = parseLayers(options.layers)
  parseFormat(options.format)
  const readyTimeoutMs = options.readyTimeout === undefined ? undefined : parseSeconds(options.readyTimeout)
  // The preview never reaches the configured target: its settings need not be set.
  const ctx = await openContext(
    options,
    usesOfLayers(layers).filter((use) => use !== 'target')
  )
  const cancel = cancelOnSignals()
  try {
    const deps = await createPreviewDeps(ctx.config, {
      logger: ctx.logger,
      redactor: ctx.redactor,
      signal: cancel.signal
    })
    try {
      const result = await orchestratePreview(ctx.config, deps, {
        layers,
        signal: cancel.signal,
        ...(readyTimeoutMs === undefined ? {} : { readyTimeoutMs })
      })
      // The report has them; a report that is not text on the terminal: the not-ready services' logs as progress too.
      const textShown = options.output !== undefined || (options.format ?? 'text') === 'text'
      if (result.preview?.notReady?.length && !textShown) process.stderr.write(notReadyText(result.preview))
      await emitReport(result, options)
      return exitCodeFor(result.verdict)
    } finally {
      await deps.close()
    }
  } catch (error) {
    const signal = cancel.received()
    if (error instanceof PreviewCancelled || signal) {
      process.stderr.write(`driftcheck: ${error instanceof Error ? error.message : 'cancelled'}\n`)
      return 128 + (signal ? constants.signals[signal] : constants.signals.SIGTERM)
    }
    throw error
  } finally {
    cancel.dispose()
  }
}

/** `--ready-timeout 90` (seconds) → ms. */
function parseSeconds(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--ready-timeout is '${value}', expected whole seconds >= 1`)
  return n * 1000
}
