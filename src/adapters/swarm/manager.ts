import { InfraError } from '../../core/errors.js'
import type { CommandResult, CommandRunner, RunOptions } from '../../core/ports.js'
import { classifyDockerError, dockerMessage, unreachableError } from '../docker/errors.js'
import {
  nodeIdsArgs,
  nodeInspectArgs,
  serviceInspectArgs,
  serviceTaskIdsArgs,
  swarmInfoArgs,
  taskInspectArgs
} from './args.js'
import {
  isNoSuchService,
  parseNodeInspect,
  parseServiceInspect,
  parseSwarmInfo,
  parseTaskInspect,
  type NodeInfo,
  type ServiceSpec,
  type SwarmInfo,
  type TaskInfo
} from './parse.js'

const TIMEOUT_MS = 120_000

/**
 * What the Swarm manager knows (services, tasks, nodes), asked through the `docker` CLI on the manager's runner (local, or
 * ssh to `target.host`). A command that fails is an InfraError in the daemon's own words, never an empty answer.
 */
export class SwarmManager {
  readonly where: string
  private info: Promise<SwarmInfo> | undefined
  private nodeList: Promise<Map<string, NodeInfo>> | undefined

  constructor(readonly runner: CommandRunner) {
    this.where = runner.where
  }

  /** The manager's own Swarm state (asked once): InfraError with the fix when it is no active manager. */
  swarmInfo(): Promise<SwarmInfo> {
    this.info ??= this.docker(swarmInfoArgs(), 'read the Swarm state').then((result) => {
      const info = parseSwarmInfo(result.stdout)
      const point = 'point target.host at a Swarm manager (`docker node ls` works there), or remove target.swarm'
      if (info.state !== 'active')
        throw new InfraError(`the engine on ${this.where} is not part of a Swarm (${info.state})`, point)
      if (!info.manager) throw new InfraError(`the engine on ${this.where} is a Swarm worker, not a manager`, point)
      return info
    })
    return this.info
  }

  /** The specs of these services; a service that does not exist is absent. */
  async services(names: readonly string[]): Promise<Map<string, ServiceSpec>> {
    const found = new Map<string, ServiceSpec>()
    // One inspect for all; a missing one fails the whole command, so then each is asked on its own.
    const all = await this.run(serviceInspectArgs(names))
    if (all.exitCode === 0) {
      for (const spec of parseServiceInspect(all.stdout)) found.set(spec.name, spec)
      return found
    }
    if (!isNoSuchService(all.stderr)) throw this.failed('inspect the services', all)
    await Promise.all(
      names.map(async (name) => {
        const one = await this.run(serviceInspectArgs([name]))
        if (one.exitCode === 0) for (const spec of parseServiceInspect(one.stdout)) found.set(spec.name, spec)
        else if (!isNoSuchService(one.stderr)) throw this.failed(`inspect service ${name}`, one)
      })
    )
    return found
  }

  /** Every task of a service the manager still remembers (the current ones and their recent history). */
  async tasks(service: string): Promise<TaskInfo[]> {
    const ids = (await this.docker(serviceTaskIdsArgs(service), `list the tasks of ${service}`)).stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    if (ids.length === 0) return []
    return parseTaskInspect((await this.docker(taskInspectArgs(ids), `inspect the tasks of ${service}`)).stdout)
  }

  /** Every node by ID (asked once per run: a verify or a deploy does not outlive a node's address). */
  nodes(): Promise<Map<string, NodeInfo>> {
    this.nodeList ??= (async () => {
      const ids = (await this.docker(nodeIdsArgs(), 'list the nodes')).stdout.split('\n').filter(Boolean)
      const nodes = ids.length
        ? parseNodeInspect((await this.docker(nodeInspectArgs(ids), 'inspect the nodes')).stdout)
        : []
      return new Map(nodes.map((node) => [node.id, node]))
    })()
    return this.nodeList
  }

  /** `docker …` on the manager, its non-zero exit returned. */
  run(args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return this.runner.run('docker', args, { timeoutMs: TIMEOUT_MS, ...options, allowFailure: true })
  }

  /** `docker …` on the manager; a failure is an InfraError saying what could not be done. */
  async docker(args: readonly string[], what: string, options: RunOptions = {}): Promise<CommandResult> {
    const result = await this.run(args, options)
    if (result.exitCode !== 0) throw this.failed(what, result)
    return result
  }

  failed(what: string, result: CommandResult): InfraError {
    if (classifyDockerError(result.stderr) === 'unreachable') return unreachableError(this.where, result.stderr)
    const said = dockerMessage(result.stderr) || `exit ${result.exitCode}`
    return new InfraError(`could not ${what} on the Swarm manager ${this.where}: ${said}`)
  }
}
