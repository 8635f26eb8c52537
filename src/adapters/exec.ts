import { execa } from 'execa'
import { CommandError, InfraError } from '../core/errors.js'
import { Redactor } from '../core/redact.js'
import type { BinaryCommandResult, CommandResult, CommandRunner, Logger, RunOptions } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'

/** Shell-like rendering of a command for logs and evidence (not for execution: execa never goes through a shell). */
export function formatCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}

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
    private readonly redactor: Redactor = new Redactor()
  ) {}

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const result = await this.exec(file, args, options, 'utf8')
    return { ...result, stdout: result.stdout.toString() }
  }

  async runBinary(file: string, args: readonly string[], options: RunOptions = {}): Promise<BinaryCommandResult> {
    return this.exec(file, args, options, 'buffer')
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

  private async exec(
    file: string,
    args: readonly string[],
    options: RunOptions,
    encoding: 'utf8' | 'buffer'
  ): Promise<BinaryCommandResult> {
    const command = this.redactor.redact(formatCommand(file, args))
    this.logger.debug(`$ ${command}`)
    const result = await execa(file, args, {
      cwd: options.cwd,
      env: options.env,
      input: options.input,
      timeout: options.timeoutMs,
      reject: false,
      stripFinalNewline: false,
      encoding: encoding === 'buffer' ? 'buffer' : 'utf8',
      stdin: options.input === undefined ? 'ignore' : undefined
    })
    const stderr = this.redactor.redact(Buffer.from(result.stderr ?? '').toString())
    if (result.failed && result.exitCode === undefined) {
      // Never started (ENOENT), or killed by the timeout: there is no exit code to hand back.
      const code = (result.cause as NodeJS.ErrnoException | undefined)?.code
      if (code === 'ENOENT') throw new InfraError(`\`${file}\` is not installed or not on PATH`, `install ${file}`)
      if (result.timedOut) throw new InfraError(`\`${command}\` timed out after ${options.timeoutMs} ms`)
      throw new InfraError(`\`${command}\` could not run: ${result.shortMessage}`, undefined, { cause: result.cause })
    }
    const exitCode = result.exitCode ?? 1
    if (exitCode !== 0 && !options.allowFailure) throw new CommandError(command, exitCode, stderr)
    return { command, exitCode, stdout: Buffer.from(result.stdout ?? ''), stderr }
  }
}
