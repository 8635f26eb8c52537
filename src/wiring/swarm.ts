import { NodeEngines } from '../adapters/swarm/nodes.js'
import { SwarmManager } from '../adapters/swarm/manager.js'
import { SwarmRuntime } from '../adapters/swarm/runtime.js'
import { SwarmStackCli } from '../adapters/swarm/stack.js'
import { openSshRunner } from '../adapters/ssh.js'
import type { DriftConfig, SwarmTarget } from '../core/config.js'
import type { CommandRunner, DockerEngine, Logger, SwarmStack } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'

export interface SwarmSide {
  runtime: SwarmRuntime
  swarm: SwarmStack
  /** Ends the connections to the nodes (the manager's own connection is the caller's). */
  close(): Promise<void>
}

/**
 * `target.swarm`: the manager is the engine behind `target.host` (or the local one), reached over `manager`; each node's
 * engine is reached on first use, once (see NodeEngines).
 */
export function swarmSide(
  config: DriftConfig & { target: { swarm: SwarmTarget } },
  deps: {
    local: CommandRunner
    manager: CommandRunner
    managerDocker: DockerEngine
    logger: Logger
    redactor: Redactor
  }
): SwarmSide {
  const { logger, redactor } = deps
  const manager = new SwarmManager(deps.manager)
  const nodes = new NodeEngines({
    manager,
    managerDocker: deps.managerDocker,
    target: config.target,
    logger,
    connect: async (target) => {
      const runner = await openSshRunner(target, { logger, redactor })
      return { runner, close: () => runner.close() }
    }
  })
  const runtime = new SwarmRuntime({
    stack: config.target.swarm.stack,
    manager,
    managerDocker: deps.managerDocker,
    nodes
  })
  const swarm = new SwarmStackCli({ manager, nodes, target: config.target, local: deps.local })
  return { runtime, swarm, close: () => nodes.close() }
}
