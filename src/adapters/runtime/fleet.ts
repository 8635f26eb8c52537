import { firstLineOf, InfraError, messageOf } from '../../core/errors.js'
import type { HostFailure, ReplicaEntry, ServiceRuntime } from '../../core/ports.js'

/** A host of the fleet: its own runtime (an EngineRuntime over its ssh connection), or why it could not be reached. */
export type FleetMember = { host: string; runtime: ServiceRuntime } | { host: string; error: Error }

/**
 * A fleet of hosts running the same compose project (`target.hosts`): every host is asked at once, each through its own
 * runtime. A host that cannot be reached, or whose engine does not answer, is a HostFailure for everything it hosts: its
 * services are `error` there, never left out. Only a fleet of which no host answers stops the run (`ping`).
 */
export class FleetRuntime implements ServiceRuntime {
  readonly where: string
  /** Hosts whose engine did not answer the ping: their replicas are not asked for again. */
  private readonly down = new Map<string, Error>()

  constructor(private readonly members: readonly FleetMember[]) {
    this.where = `a fleet of ${members.length} host${members.length === 1 ? '' : 's'}`
  }

  /** The host names, in the configured order. */
  get hosts(): string[] {
    return this.members.map((m) => m.host)
  }

  /** The same fleet narrowed to these hosts (a deploy's batch). */
  only(hosts: readonly string[]): FleetRuntime {
    const narrowed = new FleetRuntime(this.members.filter((m) => hosts.includes(m.host)))
    for (const [host, error] of this.down) if (hosts.includes(host)) narrowed.down.set(host, error)
    return narrowed
  }

  async ping(): Promise<void> {
    this.down.clear()
    const answers = await Promise.all(
      this.members.map(async (member) => {
        if ('error' in member) return { host: member.host, error: member.error }
        try {
          await member.runtime.ping()
          return null
        } catch (error) {
          return { host: member.host, error: asError(error) }
        }
      })
    )
    const failures = answers.filter((a): a is HostFailure & { host: string } => a !== null)
    for (const { host, error } of failures) this.down.set(host, error)
    if (failures.length > 0 && failures.length === this.members.length) {
      const [first] = failures
      const each = failures.map((f) => `${f.host}: ${firstLineOf(f.error)}`).join('; ')
      throw new InfraError(
        `no host of ${this.where} could be asked (${each})`,
        (first!.error instanceof InfraError && first!.error.hint) ||
          'check target.hosts, the ssh settings and Docker on the hosts',
        { cause: first!.error }
      )
    }
  }

  async replicas(service: string): Promise<ReplicaEntry[]> {
    const perHost = await Promise.all(
      this.members.map(async (member): Promise<ReplicaEntry[]> => {
        const known = 'error' in member ? member.error : this.down.get(member.host)
        if (known) return [{ host: member.host, error: known }]
        try {
          const found = await (member as { runtime: ServiceRuntime }).runtime.replicas(service)
          // The host's own runtime knows no host name: the fleet names it.
          return found.map((entry) => ({ ...entry, host: member.host }))
        } catch (error) {
          return [{ host: member.host, error: asError(error) }]
        }
      })
    )
    return perHost.flat()
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(messageOf(error))
}
