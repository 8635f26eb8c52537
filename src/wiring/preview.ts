import { randomBytes } from 'node:crypto'
import { openComposePreview } from '../adapters/compose/preview.js'
import { DockerCli } from '../adapters/docker.js'
import { localEngineSocket } from '../adapters/docker/endpoint.js'
import { LocalRunner } from '../adapters/exec.js'
import { NodeHttpClient } from '../adapters/http.js'
import { EngineRuntime } from '../adapters/runtime/engine.js'
import type { DriftConfig } from '../core/config.js'
import { silentLogger, type Logger } from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import type { PreviewDeps } from '../deploy/preview.js'
import { apiDescriptionsFor, sourceTreeFor } from './deps.js'

export interface PreviewWiring {
  logger?: Logger
  redactor?: Redactor
  /** Ends the preview's compose commands (not its teardown) when the job is cancelled. */
  signal?: AbortSignal
  /** The throwaway project's name; default `driftcheck-preview-<random>` (the action's cleanup step passes the saved one). */
  project?: string
}

/** A throwaway compose project name: unique on the engine, valid for compose v1 and v2. */
export function previewProjectName(): string {
  return `driftcheck-preview-${randomBytes(4).toString('hex')}`
}

/**
 * The real adapters of a preview: the checkout's compose project (its folder, as a build uses it) rewritten into a
 * throwaway project on the runner's own engine, that engine, the project's containers by its labels, HTTP, the checkout.
 */
export async function createPreviewDeps(
  config: DriftConfig,
  options: PreviewWiring = {}
): Promise<PreviewDeps & { close(): Promise<void> }> {
  const logger = options.logger ?? silentLogger
  const redactor = options.redactor ?? new Redactor(config.secrets)
  const runner = new LocalRunner(logger, redactor)
  const docker = new DockerCli(runner, logger, { engineSocket: await localEngineSocket() })
  // A remote target's `dir` is a path over there: the checkout is what a preview builds, as `createDeps` builds it.
  const remote = config.target.host || config.target.hosts
  const project = await openComposePreview(runner, {
    dir: remote ? config.baseDir : config.target.dir,
    files: config.target.compose.files,
    project: options.project ?? previewProjectName(),
    logger,
    docker,
    signal: options.signal
  })
  const http = new NodeHttpClient()
  return {
    project,
    docker,
    runtime: new EngineRuntime({ docker, project: project.project, services: {} }),
    http,
    tree: sourceTreeFor(config, logger, redactor),
    apis: apiDescriptionsFor(),
    logger,
    redactor,
    close: () => http.close()
  }
}

/** SIGINT / SIGTERM (a cancelled job) abort `signal`; a second signal while tearing down is ignored, so the teardown ends. */
export function cancelOnSignals(): { signal: AbortSignal; received(): NodeJS.Signals | null; dispose(): void } {
  const controller = new AbortController()
  let received: NodeJS.Signals | null = null
  const handler = (name: NodeJS.Signals) => {
    if (received) return
    received = name
    controller.abort(name)
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
  for (const name of signals) process.on(name, handler)
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => {
      for (const name of signals) process.off(name, handler)
    }
  }
}
