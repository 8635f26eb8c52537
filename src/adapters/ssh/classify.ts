import { InfraError, lastLines } from '../../core/errors.js'

/** ssh's own failures exit 255; anything else is the remote command's exit code. */
export const SSH_FAILURE_EXIT = 255

export interface SshContext {
  /** `ssh://user@host:port` */
  url: string
  hostname: string
  port: number
  knownHostsFile: string
  identityFile?: string
}

/**
 * Turns ssh's stderr (exit 255) into one line: what went wrong, and what to do about it.
 * Returns null when the text is not one of ssh's connection failures (the remote command may have exited 255 itself).
 */
export function classifySshFailure(stderr: string, ctx: SshContext): InfraError | null {
  const has = (re: RegExp) => re.test(stderr)
  const keyName = ctx.port === 22 ? ctx.hostname : `[${ctx.hostname}]:${ctx.port}`
  if (has(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/)) {
    return new InfraError(
      `REFUSING ${ctx.url}: its host key has CHANGED since it was recorded in ${ctx.knownHostsFile} — this may be a man-in-the-middle attack`,
      `verify the new key with the host's administrator out of band; only then replace it: ssh-keygen -f ${ctx.knownHostsFile} -R '${keyName}'`
    )
  }
  if (has(/No \S+ host key is known for|Host key verification failed/)) {
    return new InfraError(
      `host key of ${ctx.url} is unknown (not in ${ctx.knownHostsFile}); driftcheck never trusts a host on first use`,
      `add it after checking its fingerprint: ssh-keyscan -p ${ctx.port} ${ctx.hostname} >> ${ctx.knownHostsFile}`
    )
  }
  if (has(/Permission denied \(|Too many authentication failures|no mutual signature algorithm/)) {
    const key = ctx.identityFile ? `the key ${ctx.identityFile}` : 'your ssh keys'
    return new InfraError(
      `authentication to ${ctx.url} refused for ${key}`,
      `put the public key in the target user's ~/.ssh/authorized_keys, or set target.ssh.identityFile to the right private key`
    )
  }
  if (has(/Could not resolve hostname|Name or service not known|nodename nor servname/)) {
    return new InfraError(`cannot resolve the host of ${ctx.url}`, 'check target.host')
  }
  if (has(/Connection refused/)) {
    return new InfraError(
      `${ctx.url} refused the connection: nothing listens on port ${ctx.port}`,
      'is sshd running, and is the port right?'
    )
  }
  if (has(/timed out|Operation timed out/)) {
    return new InfraError(
      `${ctx.url} did not answer: the connection timed out`,
      'check the host, the port and any firewall in between'
    )
  }
  if (has(/No route to host|Network is unreachable|Host is down/)) {
    return new InfraError(`${ctx.url} is unreachable: ${lastLines(stderr, 1)}`, 'check the network path to the host')
  }
  if (has(/Connection closed by|Connection reset by|kex_exchange_identification|Broken pipe|closed by remote host/)) {
    return new InfraError(
      `${ctx.url} closed the connection: ${lastLines(stderr, 1)}`,
      'check sshd on the host (MaxStartups, AllowUsers, logs)'
    )
  }
  if (
    has(/^ssh: |Bad configuration option|Control ?(socket|Path|Master)|mux_client|Identity file .* not accessible/m)
  ) {
    return new InfraError(`ssh to ${ctx.url} failed: ${lastLines(stderr, 1)}`)
  }
  return null
}

/** The remote shell could not find the program (`bash: line 1: docker: command not found`, `sh: 1: docker: not found`). */
export function isCommandNotFound(exitCode: number, stderr: string, file: string): boolean {
  if (exitCode !== 127) return false
  const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${name}['"]?: (command )?not found|${name}['"]?: No such file or directory`).test(stderr)
}

/** `cd -- DIR && …` failed before the command ran: the directory is missing or not accessible. */
export function cdFailure(stderr: string): string | null {
  const line = stderr.split('\n').find((l) => /\bcd: /.test(l))
  if (!line) return null
  if (/No such file|can't cd/.test(line)) return /Permission denied/.test(line) ? 'not accessible' : 'does not exist'
  if (/Permission denied/.test(line)) return 'not accessible'
  if (/Not a directory/.test(line)) return 'is not a directory'
  return line.replace(/^.*\bcd: /, '')
}
