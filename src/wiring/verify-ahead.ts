import { Worker } from 'node:worker_threads'
import type { EarlyCommands } from '../adapters/early.js'
import type { DriftConfig } from '../core/config.js'
import { DEFAULT_CONFIG_FILE } from '../core/config.js'
import { parseLayerList } from '../core/layer-list.js'
import type { LayerName } from '../core/model.js'
import { usesOfLayers, type ConfigUse } from '../core/uses.js'

/**
 * What `driftcheck verify` starts before the rest of the CLI's code loads (~100 ms of a cold process), guessed from its
 * command line (`verifyAsk`): its config, read on a worker thread (at 200 features the YAML parse alone takes ~130 ms, and
 * the build waits for the config), and its early commands (wiring/early.ts). Each is taken only by the load that asks the
 * very same (file as written; uses, layers); anything else ends it unseen. The worker sends a config only: when it fails,
 * the main thread loads the file itself, so a user always sees the error of the one path.
 */

/** What a verify's command line asks: the config file as written, the layers, and what the config is loaded for. */
export interface AheadAsk {
  file: string
  layers: LayerName[]
  uses: ConfigUse[]
}

/** What the config worker is given. */
export type WorkerAsk = Pick<AheadAsk, 'file' | 'uses'>

let config: { key: string; config: Promise<DriftConfig | null>; worker: Worker } | undefined
let early:
  { key: string; commands: EarlyCommands; replay: (logAt: LogAt, live: (line: string) => void) => void } | undefined

/** Writes one log line as of `at` (ms since the process started). */
export type LogAt = (line: string, at: number) => void

/**
 * Starts the read of `ask` (verifyAsk's); `entry` is the CLI's own file, the worker's too. The worker's environment is
 * `env` as it is now (loadConfig's, as the CLI gives it: the process's); `online` runs once the worker does.
 */
export function readConfigAhead(
  ask: AheadAsk,
  entry: string | URL,
  options: { env?: NodeJS.ProcessEnv; online?: () => void } = {}
): void {
  let worker: Worker
  try {
    worker = new Worker(new URL(entry), {
      workerData: { file: ask.file, uses: ask.uses } satisfies WorkerAsk,
      env: { ...(options.env ?? process.env) },
      // A young generation of 2 MB (default 32): ~12 MB less RSS meanwhile, and beside the CLI's loading the parse is as
      // fast (median of 9 runs at 200 features). Alone, with the main thread idle, it was ~50 ms slower: CPU, not GC, is
      // what the parse waits for in a real start.
      resourceLimits: { maxYoungGenerationSizeMb: 2 }
    })
  } catch {
    return
  }
  if (options.online) worker.once('online', options.online)
  // Never kept alive by it: a process that ends before taking the config (a usage error) ends it too.
  worker.unref()
  const read = new Promise<DriftConfig | null>((resolve) => {
    worker.once('message', (message: { config: DriftConfig | null }) => resolve(message.config))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  config = { key: configKey(ask.file, ask.uses), config: read, worker }
}

/** The config read ahead for this very ask (null when the worker failed: load it here), or undefined when none was. */
export function takeConfigAhead(file: string, uses: readonly ConfigUse[]): Promise<DriftConfig | null> | undefined {
  const taken = config
  config = undefined
  if (!taken) return undefined
  if (taken.key === configKey(file, uses)) return taken.config
  void taken.worker.terminate()
  return undefined
}

/**
 * Starts the early commands of `ask` (verifyAsk's). Their lines are kept with when each started, since no logger exists
 * yet: the one that takes them writes them (`takeEarlyAhead`).
 */
export async function startEarlyAhead(ask: AheadAsk): Promise<void> {
  // Loaded here, not at the entry's start: its modules (execa, the adapters' argv) would delay the config worker's start.
  const { startEarly } = await import('./early.js')
  const kept: { line: string; at: number }[] = []
  let live: ((line: string) => void) | undefined
  const commands = startEarly(ask.file, ask.layers, (line) =>
    live ? live(line) : kept.push({ line, at: performance.now() })
  )
  const replay = (logAt: LogAt, then: (line: string) => void) => {
    for (const { line, at } of kept.splice(0)) logAt(line, at)
    live = then
  }
  early = { key: earlyKey(ask.file, ask.layers), commands, replay }
}

/**
 * The early commands started ahead for this very verify, or undefined (none were, or another verify's, which are ended: the
 * caller starts its own). Their lines are written through `logAt` as of when each started, any later one (what `dispose`
 * ended) through `live`.
 */
export function takeEarlyAhead(
  file: string,
  layers: readonly LayerName[],
  logAt: LogAt,
  live: (line: string) => void
): EarlyCommands | undefined {
  const taken = early
  early = undefined
  if (!taken) return undefined
  // Their lines are written either way: at -v a run shows what it started, and what it ended unasked.
  taken.replay(logAt, live)
  if (taken.key === earlyKey(file, layers)) return taken.commands
  taken.commands.dispose()
  return undefined
}

/** Ends what was started ahead and never taken (a usage error before the config was read). */
export function disposeAhead(): void {
  early?.commands.dispose()
  early = undefined
  if (config) void config.worker.terminate()
  config = undefined
}

const configKey = (file: string, uses: readonly ConfigUse[]) => JSON.stringify([file, uses])
const earlyKey = (file: string, layers: readonly LayerName[]) => JSON.stringify([file, layers])

// The options of `verify` (cli/main.ts), by whether they take a value. Anything else: no guess.
const VALUED = new Set(['-c', '--config', '--layers', '--format', '-o', '--output'])
const FLAGS = new Set(['-v', '--verbose', '--no-color'])

/**
 * What a `verify …` command line asks for, or null when it is anything else or says something this guess does not read
 * (help, `--`, an unknown or combined option). Only a guess: commander's reading is the one that counts.
 */
export function verifyAsk(argv: readonly string[]): AheadAsk | null {
  if (argv[0] !== 'verify') return null
  const values = new Map<string, string>()
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!
    if (FLAGS.has(word)) continue
    const eq = word.startsWith('--') ? word.indexOf('=') : -1
    const name = eq > 0 ? word.slice(0, eq) : word
    if (!VALUED.has(name)) return null
    const value = eq > 0 ? word.slice(eq + 1) : argv[++i]
    if (value === undefined) return null
    values.set(name === '-c' ? '--config' : name, value)
  }
  const { layers, unknown } = parseLayerList(values.get('--layers'))
  if (unknown.length) return null
  return { file: values.get('--config') ?? DEFAULT_CONFIG_FILE, layers, uses: usesOfLayers(layers) }
}
