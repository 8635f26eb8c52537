import { access, mkdtemp, rm } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TargetConfig } from '../core/config.js'
import { CommandError, InfraError, UsageError } from '../core/errors.js'
import type { CommandResult, CommandRunner, Logger, RunOptions, StdoutReader, StreamedResult } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import { LocalRunner, STDIN_FROM_FILE } from './exec.js'
import { expandHome, sshCommandArgv, sshExitMasterArgv, targetUrl, type SshArgvOptions } from './ssh/argv.js'
import { cdFailure, classifySshFailure, isCommandNotFound, SSH_FAILURE_EXIT, type SshContext } from './ssh/classify.js'
import { shellCommand, shellQuote } from './ssh/quote.js'

export { shellCommand, shellQuote } from './ssh/quote.js'

export interface SshRunnerOptions {
  logger?: Logger
  redactor?: Redactor
  /** Seconds to wait for the TCP connection and the ssh handshake. */
  connectTimeoutS?: number
  /** An ssh_config file instead of ~/.ssh/config (`none` = ignore every config file). */
  configFile?: string
}

// A word whose round trip proves the login shell parses POSIX single quotes (fish and csh do not).
const QUOTE_PROBE = `driftcheck'ok "$HOME" \`x\``

/**
 * Runs commands on the target through the system OpenSSH client (so ~/.ssh/config, agents and jump hosts keep working),
 * one multiplexed connection for all of them. Every word reaches the remote shell through `shellQuote`.
 */
export class SshRunner implements CommandRunner {
  readonly where: string
  /** The ControlMaster socket every command shares. */
  readonly controlPath: string
  private readonly local: LocalRunner
  private readonly argv: SshArgvOptions
  private readonly ctx: SshContext
  private closed = false

  constructor(
    private readonly target: TargetConfig,
    private readonly controlDir: string,
    private readonly options: SshRunnerOptions = {}
  ) {
    if (!target.host) throw new UsageError('target.host is not set: there is no ssh target')
    this.where = targetUrl(target.host)
    this.local = new LocalRunner(options.logger ?? silentLogger, options.redactor ?? new Redactor())
    this.controlPath = join(controlDir, 'cm')
    this.argv = {
      controlPath: this.controlPath,
      connectTimeoutS: options.connectTimeoutS,
      configFile: options.configFile
    }
    this.ctx = {
      url: this.where,
      hostname: target.host.hostname,
      port: target.host.port ?? 22,
      knownHostsFile: target.ssh.knownHostsFile ?? '~/.ssh/known_hosts',
      identityFile: target.ssh.identityFile
    }
  }

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const remote = shellCommand(file, args, options)
    const result = await this.local.run('ssh', this.sshArgv(remote), this.localOptions(options))
    return this.judge(file, remote, result, options)
  }

  /**
   * The remote stdout through the local ssh client. A reader that stops early ends that client: its session closes, and the
   * remote command dies on its next write to the closed channel (measured: a 200 MB `docker cp` ends at once).
   */
  async stream<T>(
    file: string,
    args: readonly string[],
    read: StdoutReader<T>,
    options: RunOptions = {}
  ): Promise<StreamedResult<T>> {
    const remote = shellCommand(file, args, options)
    const result = await this.local.stream('ssh', this.sshArgv(remote), read, this.localOptions(options))
    if (result.exitCode === null) return { ...result, command: this.logged(remote) }
    return { ...this.judge(file, remote, { ...result, exitCode: result.exitCode }, options), value: result.value }
  }

  /**
   * Like `run`, with stdin read from a LOCAL file (a tar of the tree, a `docker save`), streamed rather than held in memory.
   * The local `sh` only redirects: the path and the ssh argv are its positional parameters, never parsed as shell text.
   */
  async runWithStdinFile(
    file: string,
    args: readonly string[],
    stdinPath: string,
    options: RunOptions = {}
  ): Promise<CommandResult> {
    const remote = shellCommand(file, args, options)
    const result = await this.local.run(
      'sh',
      ['-c', STDIN_FROM_FILE, 'driftcheck-stdin', stdinPath, 'ssh', ...this.sshArgv(remote)],
      this.localOptions({ ...options, input: undefined })
    )
    return this.judge(file, remote, result, options)
  }

  /** Ends the shared connection and removes its private directory. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.local
      .run('ssh', sshExitMasterArgv(this.target, this.argv), { allowFailure: true, timeoutMs: 10_000 })
      .catch(() => {})
    await rm(this.controlDir, { recursive: true, force: true })
  }

  /** One round trip: surfaces auth, host-key and reachability errors, and proves the login shell quotes like POSIX sh. */
  async check(): Promise<void> {
    const { stdout } = await this.run('printf', ['%s', QUOTE_PROBE], { timeoutMs: 60_000 })
    if (stdout !== QUOTE_PROBE) {
      throw new InfraError(
        `the login shell on ${this.where} does not parse POSIX quoting (sent ${QUOTE_PROBE}, got ${stdout.slice(0, 80)})`,
        'give the target user a POSIX shell (sh, bash, dash, ksh, zsh): chsh -s /bin/sh <user>'
      )
    }
  }

  private sshArgv(remote: string): string[] {
    if (this.closed) throw new InfraError(`the ssh connection to ${this.where} is already closed`)
    return sshCommandArgv(this.target, this.argv, remote)
  }

  private localOptions(options: RunOptions): RunOptions {
    // cwd and env belong to the remote command (already in the command line); locally ssh runs as is.
    return { input: options.input, timeoutMs: options.timeoutMs, allowFailure: true }
  }

  private logged(remote: string): string {
    const command = `${this.where} $ ${remote}`
    return this.options.redactor?.redact(command) ?? command
  }

  private judge<T extends Omit<CommandResult, 'stdout'>>(
    file: string,
    remote: string,
    result: T,
    options: RunOptions
  ): T {
    const logged = { ...result, command: this.logged(remote) }
    if (result.exitCode === SSH_FAILURE_EXIT) {
      const failure = classifySshFailure(result.stderr, this.ctx)
      if (failure) throw failure
    }
    if (result.exitCode !== 0 && options.cwd !== undefined) {
      const why = cdFailure(result.stderr)
      if (why) {
        throw new InfraError(
          `directory ${options.cwd} ${why} on ${this.where}`,
          `create it and give ${this.target.host?.user ?? 'the ssh user'} access: mkdir -p ${shellQuote(options.cwd)}`
        )
      }
    }
    if (isCommandNotFound(result.exitCode, result.stderr, file)) {
      throw new InfraError(
        `\`${file}\` is not installed or not on PATH on ${this.where}`,
        `install ${file} on the target`
      )
    }
    if (result.exitCode !== 0 && !options.allowFailure)
      throw new CommandError(logged.command, result.exitCode, result.stderr)
    return logged
  }
}

/**
 * Opens the connection to `target.host` once, so that authentication, host-key and reachability problems surface here as
 * one-line InfraErrors (exit 3), before any layer runs.
 */
export async function openSshRunner(target: TargetConfig, options: SshRunnerOptions = {}): Promise<SshRunner> {
  if (!target.host) throw new UsageError('target.host is not set: there is no ssh target')
  const url = targetUrl(target.host)
  if (target.ssh.identityFile) {
    const path = expandHome(target.ssh.identityFile)
    await access(path).catch(() => {
      throw new InfraError(
        `identity file ${target.ssh.identityFile} for ${url} does not exist`,
        'fix target.ssh.identityFile'
      )
    })
  }
  if (target.ssh.knownHostsFile) {
    await access(expandHome(target.ssh.knownHostsFile)).catch(() => {
      throw new InfraError(
        `known_hosts file ${target.ssh.knownHostsFile} for ${url} does not exist; driftcheck never trusts a host on first use`,
        `create it with the verified host key: ssh-keyscan -p ${target.host?.port ?? 22} ${target.host?.hostname} >> ${target.ssh.knownHostsFile}`
      )
    })
  }
  const runner = new SshRunner(target, await controlDirectory(), options)
  try {
    await runner.check()
    options.logger?.debug(`connected to ${url}`)
    return runner
  } catch (error) {
    await runner.close()
    throw error
  }
}

/** A private (0700) directory for the ControlMaster socket; short, since a unix socket path is limited to ~104 bytes. */
async function controlDirectory(): Promise<string> {
  const base = tmpdir().length <= 60 ? tmpdir() : '/tmp'
  try {
    return await mkdtemp(join(base, 'driftcheck-ssh-'))
  } catch {
    return mkdtemp(join(homedir(), '.driftcheck-ssh-'))
  }
}
