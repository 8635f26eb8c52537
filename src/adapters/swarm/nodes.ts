import type { SshTarget, TargetConfig } from '../../core/config.js'
import { InfraError } from '../../core/errors.js'
import type { CommandRunner, DockerEngine, Logger } from '../../core/ports.js'
import { silentLogger } from '../../core/ports.js'
import { DockerCli } from '../docker.js'
import { targetUrl } from '../ssh/argv.js'
import type { SwarmManager } from './manager.js'
import type { NodeInfo } from './parse.js'

/** A connection to a node's engine, and how it is closed. */
export interface NodeConnection {
  runner: CommandRunner
  close(): Promise<void>
}

export interface NodeEnginesOptions {
  manager: SwarmManager
  /** The manager's own engine (local or over `target.host`): the node the manager runs on uses it, no second connection. */
  managerDocker: DockerEngine
  /** `target.ssh`, the user of `target.host`, and `target.swarm.nodes`. */
  target: TargetConfig
  /** Opens an ssh connection (the real one: `openSshRunner`). */
  connect(target: TargetConfig): Promise<NodeConnection>
  logger?: Logger
}

/** A node's engine, or why it cannot be reached. */
export type NodeEngine =
  { node: NodeInfo; docker: DockerEngine; runner: CommandRunner } | { node: NodeInfo; error: Error }

/**
 * The engine of each Swarm node, reached once and reused: the manager's own node through the manager's connection, any
 * other at `target.swarm.nodes[hostname]`, else `ssh://<user of target.host>@<its Swarm address>` with `target.ssh`.
 */
export class NodeEngines {
  private readonly engines = new Map<string, Promise<NodeEngine>>()
  private readonly connections: NodeConnection[] = []
  private readonly logger: Logger

  constructor(private readonly options: NodeEnginesOptions) {
    this.logger = options.logger ?? silentLogger
  }

  /** The engine of the node with this ID (its connection opened on first use). */
  engine(nodeId: string): Promise<NodeEngine> {
    let engine = this.engines.get(nodeId)
    if (!engine) {
      engine = this.open(nodeId)
      this.engines.set(nodeId, engine)
    }
    return engine
  }

  /** Ends every node connection this opened (the manager's own is not this one's to close). */
  async close(): Promise<void> {
    await Promise.allSettled(this.connections.map((c) => c.close()))
    this.connections.length = 0
  }

  private async open(nodeId: string): Promise<NodeEngine> {
    const { manager, managerDocker, target } = this.options
    const [nodes, self] = await Promise.all([manager.nodes(), manager.swarmInfo()])
    const node = nodes.get(nodeId) ?? {
      id: nodeId,
      hostname: nodeId.slice(0, 12),
      address: null,
      role: 'unknown',
      state: 'unknown',
      availability: 'unknown'
    }
    if (nodeId === self.nodeId) return { node, docker: managerDocker, runner: manager.runner }
    const host = nodeTarget(node, target)
    if (!host) {
      const error = new InfraError(
        `Swarm node ${node.hostname} has no address to reach its engine at`,
        `add it to target.swarm.nodes: { ${node.hostname}: ssh://user@host }`
      )
      return { node, error }
    }
    try {
      const connection = await this.options.connect({ ...target, host })
      this.connections.push(connection)
      this.logger.debug(`Swarm node ${node.hostname}: engine at ${targetUrl(host)}`)
      return { node, docker: new DockerCli(connection.runner, this.logger), runner: connection.runner }
    } catch (error) {
      return { node, error: error instanceof Error ? error : new InfraError(String(error)) }
    }
  }
}

/** `target.swarm.nodes[hostname]`, else `ssh://<user of target.host>@<address>` (port 22); null without an address. */
export function nodeTarget(node: Pick<NodeInfo, 'hostname' | 'address'>, target: TargetConfig): SshTarget | null {
  const override = target.swarm?.nodes[node.hostname]
  if (override) return override
  if (!node.address) return null
  const user = target.host?.user
  const host = { hostname: node.address, ...(user ? { user } : {}) }
  return { raw: targetUrl({ raw: '', ...host }), ...host }
}
