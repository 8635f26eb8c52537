import { writeFile } from 'node:fs/promises'
import type { CreateDepsOptions, Deps } from '../wiring/deps.js'
import { takeConfigAhead, takeEarlyAhead } from '../wiring/verify-ahead.js'
import { startEarly } from '../wiring/early.js'
import { withDeps } from '../wiring/deps.js'
import type { DriftConfig } from '../core/config.js'
import { UsageError } from '../core/errors.js'
import { parseLayerList } from '../core/layer-list.js'
import { LAYERS, type LayerName, type RunResult } from '../core/model.js'
import type { Logger } from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import { CONFIG_USES, type ConfigUse } from '../core/uses.js'
import { REPORT_FORMATS, render, type ReportFormat } from '../report/index.js'
import { terminalLogger } from './logger.js'

export interface GlobalOptions {
  config: string
  verbose?: boolean
  color?: boolean
}

/** What every command that reads the config shares: the config, a redacting logger, and the adapters. */
export interface CommandContext {
  config: DriftConfig
  logger: Logger
  redactor: Redactor
  /** Runs `work` with the adapters open (an ssh connection for remote targets) and closes them after, whatever happens. */
  withDeps<T>(work: (deps: Deps) => Promise<T>, options?: Pick<CreateDepsOptions, 'connectTarget'>): Promise<T>
}

/** The secrets of every config this process loaded: the CLI's error handler redacts with them (a tool's output can echo one). */
const loadedSecrets = new Set<string>()

export function redactForDisplay(text: string): string {
  return new Redactor(loadedSecrets).redact(text)
}

/**
 * `uses`: what the command needs from the config (default everything); a variable only the rest needs may be unset.
 * `earlyFor`: the layers a verify runs: what it asks first of this machine starts before the config is read (wiring/early.ts).
 */
export async function openContext(
  options: GlobalOptions,
  uses?: readonly ConfigUse[],
  earlyFor?: readonly LayerName[]
): Promise<CommandContext> {
  // Logged as they start, before the config's secrets are known: their argv is constant, no secret can be in it.
  const earlyOptions = loggerOptions(options, new Redactor())
  const earlyLogger = earlyFor && terminalLogger(earlyOptions)
  const logEarly = (line: string) => earlyLogger?.debug(line)
  // Started by the entry before this logger existed: their lines are written now, each with the time it started.
  const logStarted = (line: string, at: number) => terminalLogger({ ...earlyOptions, clock: () => at }).debug(line)
  const early =
    earlyFor &&
    (takeEarlyAhead(options.config, earlyFor, logStarted, logEarly) ?? startEarly(options.config, earlyFor, logEarly))
  let config: DriftConfig
  let readAhead = false
  try {
    // Read on a worker thread while the CLI loaded, when this very load was guessed (verify); else, or if it failed, here.
    const ahead = await takeConfigAhead(options.config, uses ?? CONFIG_USES)
    readAhead = !!ahead
    config = ahead ?? (await loadHere(options.config, uses))
  } catch (error) {
    early?.dispose()
    throw error
  }
  for (const secret of config.secrets) loadedSecrets.add(secret)
  const redactor = new Redactor(config.secrets)
  const logger = terminalLogger(loggerOptions(options, redactor))
  if (readAhead) logger.debug(`${options.config}: read on a worker thread while the CLI loaded`)
  return {
    config,
    logger,
    redactor,
    withDeps: async (work, options) => {
      try {
        return await withDeps(config, { logger, redactor, early, ...options }, work)
      } finally {
        early?.dispose()
      }
    }
  }
}

function loggerOptions(options: GlobalOptions, redactor: Redactor) {
  return { verbose: !!options.verbose, color: useColor(options), redactor }
}

/** Colour unless --no-color or NO_COLOR; on a terminal, or when FORCE_COLOR asks. `stream` is where the text goes. */
export function useColor(options: { color?: boolean }, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || process.env.NO_COLOR) return false
  return stream.isTTY === true || !!process.env.FORCE_COLOR
}

export function parseLayers(value: string | undefined): LayerName[] {
  const { layers, unknown } = parseLayerList(value)
  if (unknown.length)
    throw new UsageError(`unknown layer '${unknown.join(',')}' in --layers; expected some of ${LAYERS.join(',')}`)
  return layers
}

export function parseFormat(value: string | undefined): ReportFormat {
  const format = value ?? 'text'
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}'; expected one of ${REPORT_FORMATS.join(', ')}`)
  }
  return format as ReportFormat
}

/**
 * One rule for where things go: the report in the asked format goes to `--output` when given, else to stdout, so stdout only
 * ever holds a report; with `--output`, a person still reads the text report, on stderr beside the progress lines.
 */
export async function emitReport(
  result: RunResult,
  options: { format?: string; output?: string; color?: boolean }
): Promise<void> {
  const format = parseFormat(options.format)
  if (options.output) {
    await writeFile(options.output, render(result, format))
    process.stderr.write(render(result, 'text', { color: useColor(options, process.stderr) }))
  } else {
    process.stdout.write(render(result, format, { color: format === 'text' && useColor(options) }))
  }
}

/** The config read on this thread: its code (the YAML parser's AST, the schema) loads only when no worker read it. */
async function loadHere(file: string, uses: readonly ConfigUse[] | undefined): Promise<DriftConfig> {
  const { loadConfig } = await import('../config/load.js')
  return loadConfig(file, process.env, uses ? { uses } : {})
}
