import { isMapping } from './mapping.js'

/**
 * One entry of a service's `ports:`, read as compose reads it (after interpolation): the short form
 * `[ip:][host:]container[/protocol]` (the ip may be a bracketed `[v6]`; `compose config` of v1 prints this form) or the long
 * one `{ target, published, host_ip, protocol }` (v2 prints `published` as a string). Facts only: `init` and the preview
 * each decide what a port they cannot use means for them.
 */
export interface PortSpec {
  /** The container's port. */
  target: number
  /** As written; `tcp` when none is. */
  protocol: string
  /** The host address it is published on, when one is written (a v6 address without its brackets). */
  hostIp: string | null
  /** The host port as written (`18080`, or a range `8000-8010`); null when none is: compose picks a free one. */
  published: string | null
}

/**
 * Why an entry is not one container port: `target`, a long form without one whole `target`; `form`, a short form that is
 * not one container port (a range, more than three parts).
 */
export interface PortSpecProblem {
  problem: 'target' | 'form'
}

export function parsePortSpec(entry: unknown): PortSpec | PortSpecProblem {
  if (isMapping(entry)) {
    const long = entry
    const target = wholePort(long.target)
    if (target === null) return { problem: 'target' }
    const published = long.published === undefined || long.published === null ? '' : String(long.published).trim()
    const hostIp = typeof long.host_ip === 'string' && long.host_ip ? long.host_ip : null
    return { target, protocol: protocolOf(long.protocol), hostIp, published: published || null }
  }
  const match = SHORT.exec(String(entry))
  const target = match ? wholePort(match[3]) : null
  if (!match || target === null) return { problem: 'form' }
  const [, ip, published, , protocol] = match
  const hostIp = ip?.replace(/^\[(.*)\]$/, '$1') || null
  return { target, protocol: protocolOf(protocol), hostIp, published: published || null }
}

/** `[ip:][host:]container[/protocol]`: an ip is there only when a host part is (`8080:80` is host:container). */
const SHORT = /^(?:(\[[^\]]*\]|[^:[\]]*):)??(?:([^:]*):)?([^:/]+)(?:\/(\w+))?$/

/** A port written as one whole number (`8080`, `'8080'`), else null (a range, a name, nothing). */
export function wholePort(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^\d+$/.test(text) ? Number(text) : null
}

function protocolOf(value: unknown): string {
  return value === undefined || value === null || value === '' ? 'tcp' : String(value)
}
