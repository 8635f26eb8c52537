import type { SshTarget } from '../core/config.js'

// ssh://[user@]host[:port][/] — host may be a name, an IPv4 address or a bracketed IPv6 address.
const SSH_URL = /^ssh:\/\/(?:([^@/:\s]+)@)?([A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/

/** Parses `target.host`; undefined when it is not `ssh://[user@]host[:port]`. `raw` is the value as written in the file. */
export function parseSshTarget(value: string, raw: string): SshTarget | undefined {
  const match = SSH_URL.exec(value.trim())
  if (!match) return undefined
  const [, user, host, port] = match
  const portNumber = port === undefined ? undefined : Number(port)
  if (portNumber !== undefined && (portNumber < 1 || portNumber > 65535)) return undefined
  const hostname = host!.replace(/^\[(.*)\]$/, '$1')
  return {
    raw,
    hostname,
    ...(user === undefined ? {} : { user: decodeURIComponent(user) }),
    ...(portNumber === undefined ? {} : { port: portNumber })
  }
}
