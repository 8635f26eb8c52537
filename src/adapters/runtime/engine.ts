import type { ServiceConfig } from '../../core/config.js'
import type { DockerEngine, RunningContainer, RunningReplica, ServiceRuntime } from '../../core/ports.js'

export interface EngineRuntimeOptions {
  docker: DockerEngine
  /** The compose project whose containers carry `com.docker.compose.project`; null when there is none. */
  project: string | null
  /** The configured services (`container:` names a running container instead of compose labels). */
  services: Record<string, Pick<ServiceConfig, 'container'>>
  /** Set when the target could not be reached (ssh refused): asking it fails with this error. */
  unavailable?: Error
}

/**
 * The single target: one Docker engine, the local one or the one behind `target.host`. A service's replicas are its compose
 * containers (by the project and service labels), or the one container its `container:` names.
 */
export class EngineRuntime implements ServiceRuntime {
  readonly where: string

  constructor(private readonly options: EngineRuntimeOptions) {
    this.where = options.docker.where
  }

  async ping(): Promise<void> {
    if (this.options.unavailable) throw this.options.unavailable
    await this.options.docker.ping()
  }

  async replicas(service: string): Promise<RunningReplica[]> {
    const { docker, project, services, unavailable } = this.options
    if (unavailable) throw unavailable
    const named = services[service]?.container
    let containers: RunningContainer[]
    if (named) containers = [await docker.findContainer(named)].filter((c) => c !== null)
    else if (project) containers = await docker.findServiceContainers(project, service)
    else throw new Error(`service ${service} has no container: and no compose project was found`)
    return containers.map((container) => ({ host: null, container, docker }))
  }
}
