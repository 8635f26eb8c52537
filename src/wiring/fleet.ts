import { ComposeCli } from '../adapters/compose.js'
import { DockerCli } from '../adapters/docker.js'
import type { LocalRunner } from '../adapters/exec.js'
import { EngineRuntime } from '../adapters/runtime/engine.js'
import { FleetRuntime, type FleetMember } from '../adapters/runtime/fleet.js'
import { ShipTarget } from '../adapters/ship.js'
import { openSshRunner, type SshRunner } from '../adapters/ssh.js'
import type { DriftConfig, SshTarget } from '../core/config.js'
import { firstLineOf, InfraError, messageOf } from '../core/errors.js'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'
import type { FleetHostDeps, UnreachableHost } from '../deploy/fleet.js'
import type { EngineSide } from '../engine/engine.js'

/** A fleet's hosts connected: one ssh connection each, opened at once. */
export interface ConnectedFleet {
  runtime: FleetRuntime
  /** Each host as a deploy sees it, in the configured order. */
  hosts: (FleetHostDeps | UnreachableHost)[]
  /** The first reachable host's side (the project name for messages); unavailable when no host could be reached. */
  first: EngineSide | null
  close(): Promise<void>
}

export interface ConnectFleetOptions {
  hosts: SshTarget[]
  logger: Logger
  redactor: Redactor
  localRunner: LocalRunner
  /** false: no host is connected (the action's steps that never look at the target, or an unset variable in target). */
  connect: boolean
  /** Why, when `connect` is false. */
  notConnected: string
}

/**
 * One SshRunner per host of `target.hosts` (the same ssh settings, dir and compose for each), opened concurrently. A host
 * that cannot be reached is not a reason to stop: it is a HostFailure for what it hosts, named, and the others go on.
 */
export async function connectFleet(config: DriftConfig, options: ConnectFleetOptions): Promise<ConnectedFleet> {
  const { logger, redactor, localRunner } = options
  const { compose } = config.target
  const connected = await Promise.all(
    options.hosts.map(async (host): Promise<{ host: string; ssh: SshRunner } | UnreachableHost> => {
      const name = host.hostname
      if (!options.connect) return { host: name, error: new InfraError(options.notConnected) }
      try {
        const ssh = await openSshRunner({ ...config.target, host }, { logger, redactor })
        return { host: name, ssh }
      } catch (error) {
        return { host: name, error: error instanceof Error ? error : new InfraError(messageOf(error)) }
      }
    })
  )
  const members: FleetMember[] = []
  const hosts: (FleetHostDeps | UnreachableHost)[] = []
  let first: EngineSide | null = null
  for (const entry of connected) {
    if (!('ssh' in entry)) {
      logger.warn(`${entry.host} cannot be reached: ${firstLineOf(entry.error)}`)
      members.push(entry)
      hosts.push(entry)
      continue
    }
    const docker = new DockerCli(entry.ssh, logger)
    const project = new ComposeCli(entry.ssh, {
      dir: config.target.dir,
      project: compose.project,
      files: compose.files,
      logger,
      docker
    })
    const ship = new ShipTarget({
      local: localRunner,
      remote: entry.ssh,
      checkout: config.baseDir,
      dir: config.target.dir,
      logger
    })
    first ??= { docker, compose: project }
    members.push({
      host: entry.host,
      runtime: new EngineRuntime({ docker, project: project.project, services: config.services })
    })
    hosts.push({ host: entry.host, ship, compose: project, docker })
  }
  return {
    runtime: new FleetRuntime(members),
    hosts,
    first,
    async close() {
      await Promise.allSettled(connected.map((entry) => ('ssh' in entry ? entry.ssh.close() : undefined)))
    }
  }
}
