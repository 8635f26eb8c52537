import { homedir } from 'node:os'
import type { SshTarget, TargetConfig } from '../../core/config.js'
import { UsageError } from '../../core/errors.js'

export const DEFAULT_CONNECT_TIMEOUT_S = 10
/** How long the shared connection outlives its last command (a crashed run leaves no master behind for long). */
export const CONTROL_PERSIST_S = 60

export interface SshArgvOptions {
  /** The ControlMaster socket (inside a private 0700 directory). */
  controlPath: string
  connectTimeoutS?: number
  /** An ssh_config file instead of ~/.ssh/config (`none` ignores every config file); tests isolate themselves with it. */
  configFile?: string
}

/** `ssh://user@host:port`, the way messages name the target. */
export function targetUrl(host: SshTarget): string {
  const name = host.hostname.includes(':') ? `[${host.hostname}]` : host.hostname
  return `ssh://${host.user ? `${host.user}@` : ''}${name}${host.port ? `:${host.port}` : ''}`
}

/** `~/x` → `$HOME/x`, as ssh itself would read it. */
export function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path
}

/**
 * The options every ssh invocation gets. Host keys are always checked strictly (never trust on first use), there is never
 * a password prompt (BatchMode), and every command rides one multiplexed connection.
 */
export function sshOptions(target: TargetConfig, options: SshArgvOptions): string[] {
  const host = requireHost(target)
  const args: string[] = []
  if (options.configFile) args.push('-F', options.configFile)
  args.push(
    '-T',
    '-o', 'BatchMode=yes',
    '-o', 'StrictHostKeyChecking=yes',
    '-o', `ConnectTimeout=${options.connectTimeoutS ?? DEFAULT_CONNECT_TIMEOUT_S}`,
    '-o', 'ServerAliveInterval=15',
    '-o', 'ServerAliveCountMax=3',
    '-o', 'ControlMaster=auto',
    '-o', `ControlPath=${configValue(options.controlPath)}`,
    '-o', `ControlPersist=${CONTROL_PERSIST_S}`
  ) // prettier-ignore
  if (target.ssh.knownHostsFile)
    args.push('-o', `UserKnownHostsFile=${configValue(expandHome(target.ssh.knownHostsFile))}`)
  if (target.ssh.identityFile) {
    args.push('-o', 'IdentitiesOnly=yes', '-i', escapeTokens(expandHome(target.ssh.identityFile)))
  }
  if (host.port) args.push('-p', String(host.port))
  if (host.user) args.push('-l', host.user)
  return args
}

/** The full argv of one remote command: options, `--`, the host, and the already-quoted command line. */
export function sshCommandArgv(target: TargetConfig, options: SshArgvOptions, remoteCommand: string): string[] {
  return [...sshOptions(target, options), '--', requireHost(target).hostname, remoteCommand]
}

/** `ssh -O exit`: ends the shared connection. */
export function sshExitMasterArgv(target: TargetConfig, options: SshArgvOptions): string[] {
  return [...sshOptions(target, options), '-O', 'exit', '--', requireHost(target).hostname]
}

function requireHost(target: TargetConfig): SshTarget {
  const host = target.host
  if (!host) throw new UsageError('target.host is not set: there is no ssh target')
  // The config loader already parses ssh://…; this guards library callers: a host or user that looks like an option is refused.
  if (!/^[A-Za-z0-9._:-]+$/.test(host.hostname) || host.hostname.startsWith('-')) {
    throw new UsageError(`invalid ssh host '${host.hostname}'`)
  }
  if (host.user !== undefined && (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(host.user) || host.user.length > 64)) {
    throw new UsageError(`invalid ssh user '${host.user}'`)
  }
  return host
}

/** An ssh_config value: double quotes keep a path with spaces one value; a quote inside cannot be expressed. */
function configValue(value: string): string {
  if (/["\n\r]/.test(value)) throw new UsageError(`ssh option value cannot contain quotes or newlines: ${value}`)
  const escaped = escapeTokens(value)
  return /\s/.test(escaped) ? `"${escaped}"` : escaped
}

/** ssh expands `%h`, `%p`… in paths; a literal `%` is written `%%`. */
function escapeTokens(path: string): string {
  return path.replace(/%/g, '%%')
}
