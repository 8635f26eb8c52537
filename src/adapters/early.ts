import { execa, type Result, type ResultPromise } from 'execa'
import type { RunOptions } from '../core/ports.js'
import { commandLine } from '../core/command-text.js'

/** A read-only local command the run is known to ask for first, started before the config is read. */
export interface EarlyCommand {
  file: string
  args: readonly string[]
  cwd?: string
}

/** What the runner that takes an early command awaits: the process's result, or null when `timeoutMs` ran out first. */
export type EarlyResult = Promise<Result | null>

/**
 * Commands started at once, before the config is parsed (which takes ~100 ms at 200 features), and handed to the
 * `LocalRunner` that asks for the very same command (file, argv, cwd; no env, stdin or signal of its own) later.
 * Only read-only commands go in (versions, git's view of the checkout): one that is never asked for is harmless, its
 * outcome is never seen (no error reaches the user: the runner that takes it judges it, as if it had run it itself), and
 * `dispose` ends it.
 */
export class EarlyCommands {
  /** Not yet taken, by command: the process, and its line as logged. */
  private readonly started = new Map<string, { child: ResultPromise; line: string }>()

  constructor(
    commands: readonly EarlyCommand[],
    private readonly log: (line: string) => void = () => {}
  ) {
    for (const { file, args, cwd } of commands) {
      const key = keyOf(file, args, cwd)
      if (this.started.has(key)) continue
      const line = commandLine(file, args)
      log(`$ ${line}`)
      const child = execa(file, args, {
        cwd,
        reject: false,
        stripFinalNewline: false,
        stdin: 'ignore',
        encoding: 'utf8'
      })
      this.started.set(key, { child, line })
    }
  }

  /** The early run of this command, once; undefined when it was not started early or its options differ. */
  take(file: string, args: readonly string[], options: RunOptions): EarlyResult | undefined {
    if (options.env || options.input !== undefined || options.signal) return undefined
    const key = keyOf(file, args, options.cwd)
    const child = this.started.get(key)?.child
    if (!child) return undefined
    this.started.delete(key)
    return options.timeoutMs === undefined ? child : withTimeout(child, options.timeoutMs)
  }

  /** Ends what was started and never taken (a layer that was not run, a config that did not load). */
  dispose(): void {
    if (this.started.size) {
      const commands = [...this.started.values()].map(({ line }) => line).join('; ')
      this.log(`started early, not asked for, ended: ${commands}`)
    }
    for (const { child } of this.started.values()) child.kill()
    this.started.clear()
  }
}

/** The runner's own timeout, counted from when it asks: the process is ended and null handed back when it runs out. */
async function withTimeout(child: ResultPromise, timeoutMs: number): EarlyResult {
  let expired = false
  const timer = setTimeout(() => {
    expired = true
    child.kill()
  }, timeoutMs)
  try {
    // Awaited to its end even when ended here: nothing of it outlives the error.
    const result = await child
    return expired ? null : result
  } finally {
    clearTimeout(timer)
  }
}

function keyOf(file: string, args: readonly string[], cwd: string | undefined): string {
  return JSON.stringify([file, args, cwd ?? null])
}
