import { Worker } from 'node:worker_threads'
import type { DriftConfig } from '../core/config.js'
import { DEFAULT_CONFIG_FILE } from '../core/config.js'
import { parseLayerList } from '../core/layer-list.js'
import { usesOfLayers, type ConfigUse } from '../core/uses.js'
import { tuneProcess } from './process-flags.js'

/**
 * `driftcheck verify` reads its config on a worker thread while the rest of the CLI's code loads: at 200 features the YAML
 * parse alone takes ~130 ms of a cold process, and the build waits for the config. Like the early commands, it is a guess
 * taken only by the load that asks the very same (file as written, uses); anything else ends it unseen. The worker sends a
 * config only: when it fails, the main thread loads the file itself, so a user always sees the error of the one path.
 */

/** What the worker is asked: the config file as written on the command line, and what the config is loaded for. */
export interface AheadAsk {
  file: string
  uses: ConfigUse[]
}

let ahead: { key: string; config: Promise<DriftConfig | null>; worker: Worker } | undefined

/**
 * Starts the read when `argv` is a verify this guess understands; `entry` is the CLI's own file, the worker's too. The
 * worker's environment is `env` as it is now (loadConfig's, as the CLI gives it: the process's).
 */
export function readConfigAhead(
  argv: readonly string[],
  entry: string | URL,
  env: NodeJS.ProcessEnv = process.env
): void {
  const ask = verifyAsk(argv)
  if (!ask) return
  let worker: Worker
  try {
    worker = new Worker(new URL(entry), {
      workerData: ask,
      env: { ...env },
      // The parse's garbage dies young: a young generation of 2 MB (default 32) parses as fast, with ~12 MB less RSS meanwhile.
      resourceLimits: { maxYoungGenerationSizeMb: 2 }
    })
  } catch {
    return
  }
  // A worker's start undoes `--semi-space-growth-factor=1` for the main heap too (checked: its young generation grows to
  // 32 MB again, as a plain node's): the flags are set once more as soon as the worker runs.
  worker.once('online', tuneProcess)
  // Never kept alive by it: a process that ends before taking the config (a usage error) ends it too.
  worker.unref()
  const config = new Promise<DriftConfig | null>((resolve) => {
    worker.once('message', (message: { config: DriftConfig | null }) => resolve(message.config))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  ahead = { key: keyOf(ask), config, worker }
}

/** The config read ahead for this very ask (null when the worker failed: load it here), or undefined when none was. */
export function takeConfigAhead(file: string, uses: readonly ConfigUse[]): Promise<DriftConfig | null> | undefined {
  const taken = ahead
  ahead = undefined
  if (!taken) return undefined
  if (taken.key === keyOf({ file, uses: [...uses] })) return taken.config
  void taken.worker.terminate()
  return undefined
}

const keyOf = (ask: AheadAsk) => JSON.stringify([ask.file, ask.uses])

// The options of `verify` (cli/main.ts), by whether they take a value. Anything else: no guess.
const VALUED = new Set(['-c', '--config', '--layers', '--format', '-o', '--output'])
const FLAGS = new Set(['-v', '--verbose', '--no-color'])

/**
 * The file and uses a `verify …` command line asks for, or null when it is anything else or says something this guess does
 * not read (help, `--`, an unknown or combined option). Only a guess: commander's reading is the one that counts.
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
  return { file: values.get('--config') ?? DEFAULT_CONFIG_FILE, uses: usesOfLayers(layers) }
}
