import { execa, type Result } from 'execa'
import { commandLine } from '../core/command-text.js'
import { CommandError, InfraError } from '../core/errors.js'
import { Redactor } from '../core/redact.js'
import type { CommandResult, CommandRunner, Logger, RunOptions, StdoutReader, StreamedResult } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import type { EarlyCommands } from './early.js'

/** `sh -c` script: stdin from "$1", then exec the rest of the argv (no parsing of any value as shell text). */
export const STDIN_FROM_FILE = 'in=$1; shift; exec "$@" <"$in"'

/**
 * The one place driftcheck starts a local process. Logs the command at debug, never through a shell,
 * and turns a failure into a typed error carrying the (redacted) stderr.
 */
export class LocalRunner implements CommandRunner {
  readonly where = 'local'

  constructor(
    private readonly logger: Logger = silentLogger,
    private readonly redactor: Redactor = new Redactor(),
    /** Commands started before the config was read: the same command is taken from there, not run again. */
    private readonly early?: EarlyCommands
  ) {}

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const early = this.early?.take(file, args, options)
    // An early command was logged when it started.
    const command = early ? this.redactor.redact(commandLine(file, args)) : this.logged(file, args)
    const result = early
      ? await early
      : await execa(file, args, {
          ...this.execaOptions(options),
          encoding: 'utf8'
        })
    if (result === null) throw timedOut(command, options)
    this.throwIfNotRun(file, command, result, options)
    const exitCode = result.exitCode ?? 1
    const stderr = this.redactor.redact(String(result.stderr ?? ''))
    if (exitCode !== 0 && !options.allowFailure) throw new CommandError(command, exitCode, stderr)
    return { command, exitCode, stdout: String(result.stdout ?? ''), stderr }
  }

  async stream<T>(
    file: string,
    args: readonly string[],
    read: StdoutReader<T>,
    options: RunOptions = {}
  ): Promise<StreamedResult<T>> {
    const command = this.logged(file, args)
    const child = execa(file, args, {
      ...this.execaOptions(options),
      encoding: 'buffer',
      buffer: { stdout: false, stderr: true }
    })
    let outcome: { value: T } | { error: unknown }
    try {
      outcome = { value: await read(child.stdout) }
    } catch (error) {
      outcome = { error }
    }
    // The reader left before the end: end the process rather than let it write (a whole directory) into a closed pipe.
    const stopped = !child.stdout.readableEnded
    if (stopped) {
      child.stdout.destroy()
      child.kill()
    }
    const result = await child
    if ('error' in outcome) throw outcome.error
    const stderr = this.redactor.redact(Buffer.from(result.stderr ?? '').toString())
    if (stopped) return { command, value: outcome.value, stopped, exitCode: null, stderr }
    this.throwIfNotRun(file, command, result, options)
    const exitCode = result.exitCode ?? 1
    if (exitCode !== 0 && !options.allowFailure) throw new CommandError(command, exitCode, stderr)
    return { command, value: outcome.value, stopped, exitCode, stderr }
  }

  /** The local `sh` only redirects: the path and the argv are its positional parameters, never parsed as shell text. */
  runWithStdinFile(
    file: string,
    args: readonly string[],
    stdinPath: string,
    options: RunOptions = {}
  ): Promise<CommandResult> {
    return this.run('sh', ['-c', STDIN_FROM_FILE, 'driftcheck-stdin', stdinPath, file, ...args], options)
  }

  private logged(file: string, args: readonly string[]): string {
    const command = this.redactor.redact(commandLine(file, args))
    this.logger.debug(`$ ${command}`)
    return command
  }

  private execaOptions(options: RunOptions) {
    return {
      cwd: options.cwd,
      env: options.env,
      input: options.input,
      timeout: options.timeoutMs,
      reject: false,
      cancelSignal: options.signal,
      stripFinalNewline: false,
      stdin: options.input === undefined ? ('ignore' as const) : undefined
    }
  }

  /** Never started (ENOENT), or killed by the timeout: there is no exit code to hand back. */
  private throwIfNotRun(file: string, command: string, result: Result, options: RunOptions): void {
    if (!result.failed || result.exitCode !== undefined) return
    if (result.isCanceled) throw new InfraError(`\`${command}\` was cancelled`)
    const code = (result.cause as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOENT') throw new InfraError(`\`${file}\` is not installed or not on PATH`, `install ${file}`)
    if (result.timedOut) throw timedOut(command, options)
    throw new InfraError(`\`${command}\` could not run: ${result.shortMessage}`, undefined, { cause: result.cause })
  }
}

function timedOut(command: string, options: RunOptions): InfraError {
  return new InfraError(`\`${command}\` timed out after ${options.timeoutMs} ms`)
}
