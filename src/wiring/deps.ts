import { ComposeCli } from '../adapters/compose.js'
import { DockerCli } from '../adapters/docker.js'
import { localEngineSocket } from '../adapters/docker/endpoint.js'
import type { EarlyCommands } from '../adapters/early.js'
import { LocalRunner } from '../adapters/exec.js'
import { GitSourceTree } from '../adapters/git.js'
import { SwaggerParserDescriptions } from '../adapters/openapi.js'
import { NodeHttpClient } from '../adapters/http.js'
import { EngineRuntime } from '../adapters/runtime/engine.js'
import { DockerPublisher } from '../adapters/registry.js'
import { ShipTarget } from '../adapters/ship.js'
import { openSshRunner } from '../adapters/ssh.js'
import type { DriftConfig } from '../core/config.js'
import { InfraError, messageOf } from '../core/errors.js'
import {
  silentLogger,
  type CommandRunner,
  type DeployTarget,
  type DockerEngine,
  type ApiDescriptions,
  type ImagePublisher,
  type Logger,
  type SourceTree,
  type SwarmStack
} from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import { unresolvedFor } from '../core/uses.js'
import { swarmSide } from './swarm.js'
import type { EngineDeps, EngineSide } from '../engine/engine.js'
import type { FleetDeployDeps } from '../deploy/fleet.js'
import { connectFleet } from './fleet.js'

/** Everything a verify or a deploy needs, wired to the real adapters. */
export interface Deps extends EngineDeps {
  /** The deploy's target side (ship, lock, tag) over the target's runner; null when the target could not be reached. */
  ship: DeployTarget | null
  /** This machine's engine pushing to `target.registry` (`deploy --strategy registry`). */
  publisher: ImagePublisher
  /** `target.swarm`: the manager's side of a Swarm deploy; null without a Swarm (or when its manager is unreachable). */
  swarm: SwarmStack | null
  /** A fleet (`target.hosts`): its hosts as a deploy sees them, and the engine narrowed to a batch. */
  fleet?: Omit<FleetDeployDeps, 'engine' | 'publisher'>
  close(): Promise<void>
}

export interface CreateDepsOptions {
  logger?: Logger
  redactor?: Redactor
  /**
   * Connect to a remote target (default true). The action's steps that never look at the target (build, artifact, probe)
   * pass false: no ssh handshake per step, and an unreachable host is reported once, by the step that needs it.
   */
  connectTarget?: boolean
  /** Commands started before the config was read (wiring/early.ts): the local runner takes them; `close` ends the rest. */
  early?: EarlyCommands
}

/** The checkout's source tree (git-aware): source paths and `discover` globs are matched in it. */
export function sourceTreeFor(
  config: DriftConfig,
  logger: Logger = silentLogger,
  redactor = new Redactor([])
): SourceTree {
  return sourceTreeAt(config.baseDir, logger, redactor)
}

/** The checkout at `dir` (git-aware: tracked files; the folder itself outside git). */
export function sourceTreeAt(dir: string, logger: Logger = silentLogger, redactor = new Redactor([])): SourceTree {
  return new GitSourceTree(dir, new LocalRunner(logger, redactor))
}

/** The reader of the config's OpenAPI documents (the parser itself is loaded only when a document is read). */
export function apiDescriptionsFor(): ApiDescriptions {
  return new SwaggerParserDescriptions()
}

/**
 * The one place that wires the real adapters for a config. Images are always built from the checkout on the local engine; the
 * target is the local engine too, or the engine behind `target.host` over ssh. An unreachable target does not throw here: a run that needs it
 * stops with the reason (once); one that does not (source, probes) goes on.
 */
export async function createDeps(config: DriftConfig, options: CreateDepsOptions = {}): Promise<Deps> {
  const logger = options.logger ?? silentLogger
  const redactor = options.redactor ?? new Redactor(config.secrets)
  const localRunner = new LocalRunner(logger, redactor, options.early)
  const { compose } = config.target
  // Files on this machine are read directly (no `compose config` round before a build); a remote target's only by compose.
  const composeAt = (runner: CommandRunner, docker: DockerEngine, dir: string) =>
    new ComposeCli(runner, {
      dir,
      project: compose.project,
      files: compose.files,
      logger,
      docker,
      readsFiles: runner === localRunner
    })
  const shipOver = (remote: CommandRunner) =>
    new ShipTarget({ local: localRunner, remote, checkout: config.baseDir, dir: config.target.dir, logger })

  // The local engine's socket, for the archive fallback's stats; a remote engine is read through `docker cp` over ssh.
  const localDocker = new DockerCli(localRunner, logger, { engineSocket: await localEngineSocket() })
  const build: EngineSide = {
    docker: localDocker,
    compose: composeAt(
      localRunner,
      localDocker,
      config.target.host || config.target.hosts ? config.baseDir : config.target.dir
    )
  }
  const publisher = new DockerPublisher(localRunner)
  // The target's settings hold a variable that is not set (it was loaded for layers that never reach it): never connect.
  const unset = unresolvedFor(config, ['target'])
  if (config.target.hosts) {
    const fleet = await connectFleet(config, {
      hosts: config.target.hosts,
      logger,
      redactor,
      localRunner,
      connect: options.connectTarget !== false && !unset,
      notConnected: unset ? `the fleet is not connected: ${unset.message}` : 'the fleet is not connected in this step'
    })
    const http = new NodeHttpClient()
    const nodes = fleet.runtime.hosts
    const engine: EngineDeps = {
      build,
      // The side a single-target deploy would use; a fleet deploy works host by host (`fleet.hosts`).
      target: fleet.first ?? {
        docker: build.docker,
        compose: null,
        unavailable: new InfraError('no host of the fleet could be reached')
      },
      runtime: fleet.runtime,
      nodes,
      http,
      tree: new GitSourceTree(config.baseDir, localRunner),
      apis: apiDescriptionsFor(),
      logger,
      redactor
    }
    return {
      ...engine,
      ship: null,
      publisher,
      swarm: null,
      fleet: {
        hosts: fleet.hosts,
        only: (hosts) => ({
          ...engine,
          runtime: fleet.runtime.only(hosts),
          nodes: nodes.filter((n) => hosts.includes(n))
        })
      },
      async close() {
        await Promise.allSettled([http.close(), fleet.close()])
      }
    }
  }
  let target: EngineSide = build
  let ship: DeployTarget | null = shipOver(localRunner)
  let closeTarget = async () => {}
  let managerRunner: CommandRunner = localRunner
  if (config.target.host && (options.connectTarget === false || unset)) {
    const reason = unset ? `the target is not connected: ${unset.message}` : 'the target is not connected in this step'
    target = { docker: build.docker, compose: null, unavailable: new InfraError(reason) }
    ship = null
  } else if (config.target.host) {
    try {
      const ssh = await openSshRunner(config.target, { logger, redactor })
      const remoteDocker = new DockerCli(ssh, logger)
      target = { docker: remoteDocker, compose: composeAt(ssh, remoteDocker, config.target.dir) }
      ship = shipOver(ssh)
      managerRunner = ssh
      closeTarget = () => ssh.close()
    } catch (error) {
      // Not thrown here: a run that needs the target stops with it (once); one that does not (source, probes) goes on.
      target = {
        docker: build.docker,
        compose: null,
        unavailable: error instanceof Error ? error : new InfraError(messageOf(error))
      }
      ship = null
    }
  }
  const http = new NodeHttpClient()
  const engineRuntime = new EngineRuntime({
    docker: target.docker,
    project: target.compose?.project ?? null,
    services: config.services,
    unavailable: target.unavailable
  })
  // A Swarm whose manager could not be reached keeps the engine runtime: it says why, once.
  const swarm =
    config.target.swarm && !target.unavailable
      ? swarmSide(config as Parameters<typeof swarmSide>[0], {
          local: localRunner,
          manager: managerRunner,
          managerDocker: target.docker,
          logger,
          redactor
        })
      : null
  const runtime = swarm?.runtime ?? engineRuntime
  return {
    build,
    target,
    runtime,
    // The one host's nodeUrl is probed too, when a service has one.
    nodes: config.target.host ? [config.target.host.hostname] : [],
    http,
    // Over the local runner: it takes git's early answers.
    tree: new GitSourceTree(config.baseDir, localRunner),
    apis: apiDescriptionsFor(),
    logger,
    redactor,
    ship,
    publisher,
    swarm: swarm?.swarm ?? null,
    async close() {
      await swarm?.close()
      await Promise.allSettled([http.close(), closeTarget()])
    }
  }
}

/**
 * Opens the adapters for a config (an ssh connection for a remote target, an HTTP pool), runs `work`, and always closes
 * them, also when `work` throws: the one way the CLI and library users hold adapters.
 */
export async function withDeps<T>(
  config: DriftConfig,
  options: CreateDepsOptions,
  work: (deps: Deps) => Promise<T>
): Promise<T> {
  const deps = await createDeps(config, options)
  try {
    return await work(deps)
  } finally {
    await deps.close()
  }
}
