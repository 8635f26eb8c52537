import { InfraError } from '../../core/errors.js'
import type { DockerEngine, ReplicaEntry, ReplicaTask, ServiceRuntime } from '../../core/ports.js'
import type { SwarmManager } from './manager.js'
import type { NodeEngines } from './nodes.js'
import { currentTasks, type CurrentTask, type ServiceSpec } from './parse.js'

export interface SwarmRuntimeOptions {
  stack: string
  manager: SwarmManager
  /** The manager's own engine (what `ping` asks). */
  managerDocker: DockerEngine
  nodes: NodeEngines
}

/**
 * A Swarm stack: a service's replicas are the current tasks of `<stack>_<service>`, each looked at through the engine of
 * the node it runs on. A task that does not run is a DownReplica (named, with Swarm's error); a node whose engine cannot be
 * reached is a HostFailure for the tasks it holds.
 */
export class SwarmRuntime implements ServiceRuntime {
  readonly where: string

  constructor(private readonly options: SwarmRuntimeOptions) {
    this.where = `swarm stack ${options.stack} on ${options.manager.where}`
  }

  async ping(): Promise<void> {
    await this.options.managerDocker.ping()
    await this.options.manager.swarmInfo()
  }

  async replicas(service: string): Promise<ReplicaEntry[]> {
    const { manager, stack } = this.options
    const name = `${stack}_${service}`
    const spec = (await manager.services([name])).get(name)
    if (!spec) return []
    const tasks = currentTasks(
      name,
      (await manager.tasks(name)).filter((t) => t.serviceId === spec.id)
    )
    return Promise.all(tasks.map((task) => this.replica(task, spec)))
  }

  private async replica(task: CurrentTask, spec: ServiceSpec): Promise<ReplicaEntry> {
    const facts: ReplicaTask = {
      name: task.name,
      state: task.state,
      image: task.image,
      specImage: spec.image,
      error: task.state === 'running' ? null : task.lastError
    }
    if (!task.nodeId) return { host: null, task: facts }
    const engine = await this.options.nodes.engine(task.nodeId)
    const host = engine.node.hostname
    if (task.state !== 'running' || !task.containerId) return { host, task: facts }
    if ('error' in engine) return { host, error: engine.error }
    try {
      const container = await engine.docker.findContainer(task.containerId)
      if (!container) {
        const error = new InfraError(
          `Swarm says ${task.name} runs container ${task.containerId.slice(0, 12)} on ${host}, but that engine has no such running container`
        )
        return { host, error }
      }
      return { host, container, docker: engine.docker, task: facts }
    } catch (error) {
      return { host, error: error instanceof Error ? error : new InfraError(String(error)) }
    }
  }
}
