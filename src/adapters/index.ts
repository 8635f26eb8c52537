import type { DriftConfig } from '../config/types.js'
import type { EngineDeps, EngineSide } from '../core/engine.js'
import { silentLogger, type CommandRunner, type Logger } from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import { ComposeCli } from './compose.js'
import { DockerCli } from './docker.js'
import { LocalRunner } from './exec.js'
import { GitSourceTree } from './git.js'
import { UndiciHttpClient } from './http.js'
import { openSshRunner } from './ssh.js'

export interface Deps extends EngineDeps {
  /** The runner on the target (LocalRunner, or the ssh connection): deploy ships through it. */
  targetRunner: CommandRunner | null
  localRunner: CommandRunner
  close(): Promise<void>
}

/**
 * Wires the real adapters for a config. Images are always built from the checkout on the local engine; the target is the local
 * engine too, or the engine behind `target.host` over ssh. An unreachable target does not throw here: its layers become `error`
 * with the reason, while the source, artifact and probe layers still run.
 */
export interface CreateDepsOptions {
  logger?: Logger
  redactor?: Redactor
  /**
   * Connect to a remote target (default true). The action's steps that never look at the target (build, artifact, probe)
   * pass false: no ssh handshake per step, and an unreachable host is reported once, by the step that needs it.
   */
  connectTarget?: boolean
}

export async function createDeps(config: DriftConfig, options: CreateDepsOptions = {}): Promise<Deps> {
  const logger = options.logger ?? silentLogger
  const redactor = options.redactor ?? new Redactor(config.secrets)
  const localRunner = new LocalRunner(logger, redactor)
  const { compose } = config.target
  const composeAt = (runner: CommandRunner, dir: string) =>
    new ComposeCli(runner, { dir, project: compose.project, files: compose.files, logger })

  const build: EngineSide = {
    docker: new DockerCli(localRunner, logger),
    compose: composeAt(localRunner, config.target.host ? config.baseDir : config.target.dir)
  }
  let target: EngineSide = build
  let targetRunner: CommandRunner | null = localRunner
  let closeTarget = async () => {}
  if (config.target.host && options.connectTarget === false) {
    target = { docker: build.docker, compose: null, unavailable: 'the target is not connected in this step' }
    targetRunner = null
  } else if (config.target.host) {
    try {
      const ssh = await openSshRunner(config.target, { logger, redactor })
      target = { docker: new DockerCli(ssh, logger), compose: composeAt(ssh, config.target.dir) }
      targetRunner = ssh
      closeTarget = () => ssh.close()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      logger.error(reason)
      target = { docker: build.docker, compose: null, unavailable: reason }
      targetRunner = null
    }
  }
  const http = new UndiciHttpClient()
  return {
    build,
    target,
    http,
    tree: new GitSourceTree(config.baseDir, localRunner),
    logger,
    redactor,
    localRunner,
    targetRunner,
    async close() {
      await Promise.allSettled([http.close(), closeTarget()])
    }
  }
}
