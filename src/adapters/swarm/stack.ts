import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TargetConfig } from '../../core/config.js'
import { firstLineOf, InfraError } from '../../core/errors.js'
import type { CommandRunner, PinnedImage, SwarmNode, SwarmServiceState, SwarmStack } from '../../core/ports.js'
import { serviceRollbackArgs, stackDeployArgs } from './args.js'
import type { SwarmManager } from './manager.js'
import type { NodeEngines } from './nodes.js'
import { currentTasks } from './parse.js'
import { COMPOSE_CANDIDATES, composeVersion, discoveredComposeFiles, imageOverride } from './stack-files.js'

const DEPLOY_TIMEOUT_MS = 10 * 60_000
const LOAD_TIMEOUT_MS = 30 * 60_000

export interface SwarmStackCliOptions {
  manager: SwarmManager
  nodes: NodeEngines
  /** `target.dir` (where the compose files are on the manager), `target.compose.files`, `target.swarm.stack`. */
  target: TargetConfig & { swarm: NonNullable<TargetConfig['swarm']> }
  /** Runs `docker save` on this machine, where the images are built. */
  local: CommandRunner
}

/** The manager's side of a Swarm deploy, through the `docker` CLI on the manager and on each node. */
export class SwarmStackCli implements SwarmStack {
  readonly where: string
  readonly stack: string

  constructor(private readonly options: SwarmStackCliOptions) {
    this.stack = options.target.swarm.stack
    this.where = `swarm stack ${this.stack} on ${options.manager.where}`
  }

  async preflight(): Promise<{ docker: string; nodes: SwarmNode[] }> {
    const { manager } = this.options
    await manager.swarmInfo()
    const version = await manager.docker(['version', '--format', '{{.Server.Version}}'], 'ask the Docker version')
    const nodes = [...(await manager.nodes()).values()].map(({ hostname, state, availability }) => ({
      hostname,
      state,
      availability
    }))
    return { docker: version.stdout.trim(), nodes }
  }

  async services(services: readonly string[]): Promise<Map<string, SwarmServiceState>> {
    const { manager } = this.options
    const names = services.map((s) => `${this.stack}_${s}`)
    const [specs, nodes] = await Promise.all([manager.services(names), manager.nodes()])
    const states = new Map<string, SwarmServiceState>()
    await Promise.all(
      services.map(async (service) => {
        const spec = specs.get(`${this.stack}_${service}`)
        if (!spec) return
        const tasks = currentTasks(
          spec.name,
          (await manager.tasks(spec.name)).filter((t) => t.serviceId === spec.id)
        )
        states.set(service, {
          name: spec.name,
          image: spec.image,
          previousImage: spec.previousImage,
          replicas: spec.replicas,
          updateState: spec.updateState,
          updateMessage: spec.updateMessage,
          tasks: tasks.map((task) => ({
            name: task.name,
            node: nodes.get(task.nodeId)?.hostname ?? null,
            state: task.state,
            image: task.image,
            specImage: spec.image,
            error: task.state === 'running' ? null : task.lastError
          }))
        })
      })
    )
    return states
  }

  async deploy(
    images: Record<string, string>,
    options: { resolveImage: 'always' | 'never'; withRegistryAuth?: boolean }
  ): Promise<string[]> {
    const { manager, target } = this.options
    const files = target.compose.files ?? (await this.discover())
    const first = await manager.runner.run('cat', ['--', files[0]!], { cwd: target.dir, allowFailure: true })
    if (first.exitCode !== 0)
      throw new InfraError(`cannot read ${files[0]} in ${target.dir} on ${manager.where}: ${first.stderr.trim()}`)
    const pinned = Object.keys(images).length > 0
    const args = stackDeployArgs({
      files: pinned ? [...files, '-'] : files,
      stack: this.stack,
      resolveImage: options.resolveImage,
      withRegistryAuth: options.withRegistryAuth
    })
    const input = pinned ? imageOverride(images, composeVersion(first.stdout)) : undefined
    await manager.docker(args, `deploy stack ${this.stack}`, {
      cwd: target.dir,
      timeoutMs: DEPLOY_TIMEOUT_MS,
      ...(input === undefined ? {} : { input })
    })
    return files
  }

  async rollback(service: string): Promise<void> {
    const name = `${this.stack}_${service}`
    await this.options.manager.docker(serviceRollbackArgs(name), `roll back ${name}`)
  }

  async loadImages(
    images: readonly PinnedImage[],
    hostnames: readonly string[]
  ): Promise<{ bytes: number; nodes: string[] }> {
    const { manager, nodes, local } = this.options
    for (const { source, target } of images) await local.run('docker', ['tag', source, target], { timeoutMs: 60_000 })
    const refs = images.map((image) => image.target)
    const byName = new Map([...(await manager.nodes()).values()].map((node) => [node.hostname, node]))
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-swarm-'))
    try {
      const file = join(dir, 'images.tar')
      await local.run('docker', ['save', '-o', file, ...refs], { timeoutMs: LOAD_TIMEOUT_MS })
      const bytes = (await stat(file)).size
      const failures: string[] = []
      const loaded: string[] = []
      await Promise.all(
        hostnames.map(async (hostname) => {
          const node = byName.get(hostname)
          const engine = node ? await nodes.engine(node.id) : null
          try {
            if (!engine) throw new Error('not a node of this Swarm')
            if ('error' in engine) throw engine.error
            // The images were built on this engine: nothing to load there.
            if (engine.runner !== local)
              await engine.runner.runWithStdinFile('docker', ['load', '-q'], file, { timeoutMs: LOAD_TIMEOUT_MS })
            loaded.push(hostname)
          } catch (error) {
            failures.push(`${hostname} (${firstLineOf(error)})`)
          }
        })
      )
      if (failures.length) {
        throw new InfraError(
          `could not load the images into ${failures.join(', ')}`,
          'make every node reachable over ssh (target.swarm.nodes), or drain the nodes that are not (docker node update --availability drain)'
        )
      }
      return { bytes, nodes: loaded.sort() }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  /** Compose's own discovery in `target.dir` on the manager (the stack command has none). */
  private async discover(): Promise<string[]> {
    const { manager, target } = this.options
    const listed = await manager.runner.run(
      'sh',
      ['-c', 'for f in "$@"; do [ -f "$f" ] && printf "%s\\n" "$f"; done; exit 0', 'sh', ...COMPOSE_CANDIDATES],
      { cwd: target.dir }
    )
    const files = discoveredComposeFiles(listed.stdout.split('\n').filter(Boolean))
    if (!files) {
      throw new InfraError(
        `no compose file in ${target.dir} on ${manager.where} to deploy the stack from`,
        'set target.compose.files, or ship a compose.yaml / docker-compose.yml there'
      )
    }
    return files
  }
}
