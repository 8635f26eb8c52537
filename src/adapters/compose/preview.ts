import { connect } from 'node:net'
import type {
  BuildOptions,
  BuiltImage,
  CommandRunner,
  DockerEngine,
  Logger,
  PreviewPortState,
  PreviewProject,
  PreviewServiceState
} from '../../core/ports.js'
import { silentLogger } from '../../core/ports.js'
import { InfraError } from '../../core/errors.js'
import { ComposeCli, detectCompose } from '../compose.js'
import { previewComposeConfig, type PreviewPort } from './preview-config.js'

export interface PreviewOptions {
  /** The checkout's compose directory and files (as `target.dir` / `target.compose.files` say). */
  dir: string
  files?: string[]
  /** The throwaway project's name (`driftcheck-preview-3f9a1c`). */
  project: string
  logger?: Logger
  docker?: DockerEngine
  /** Ends every compose command but `down` when aborted (the job cancelled). */
  signal?: AbortSignal
}

/** How long one "does the port accept?" connection may take: the port is on loopback. */
const CONNECT_TIMEOUT_MS = 1_000

/**
 * Opens a preview of the checkout's compose project: its resolved config (`compose config`, in `dir`, with compose's own
 * interpolation and `.env`), rewritten (compose/preview-config.ts) and handed to every later command on stdin, under
 * `project`. A config compose cannot print, or a port the preview cannot remap, is InfraError / one line.
 */
export async function openComposePreview(runner: CommandRunner, options: PreviewOptions): Promise<ComposePreview> {
  const logger = options.logger ?? silentLogger
  const command = await detectCompose(runner)
  const source = new ComposeCli(runner, {
    dir: options.dir,
    files: options.files,
    logger,
    docker: options.docker,
    command
  })
  let generated
  try {
    generated = previewComposeConfig(await source.resolved())
  } catch (error) {
    if (error instanceof InfraError) throw error
    throw new InfraError(`the preview cannot start the compose project in ${options.dir}: ${(error as Error).message}`)
  }
  const compose = new ComposeCli(runner, {
    dir: options.dir,
    project: options.project,
    config: generated.text,
    logger,
    docker: options.docker,
    signal: options.signal,
    command
  })
  return new ComposePreview(compose, generated.ports, generated.built)
}

/** A throwaway compose project: ComposeCli over the generated config, plus what a readiness wait looks at. */
export class ComposePreview implements PreviewProject {
  readonly project: string
  readonly dir: string

  constructor(
    private readonly compose: ComposeCli,
    private readonly ports: Record<string, PreviewPort[]>,
    readonly builtServices: readonly string[]
  ) {
    this.project = compose.project
    this.dir = compose.dir
  }

  version(): Promise<'v1' | 'v2'> {
    return this.compose.version()
  }

  services(): Promise<Record<string, { image: string; builds: boolean }>> {
    return this.compose.services()
  }

  build(services: readonly string[], labels: Record<string, string>, options?: BuildOptions): Promise<BuiltImage[]> {
    return this.compose.build(services, labels, options)
  }

  up(services: readonly string[], options?: { noBuild?: boolean; forceRecreate?: boolean }): Promise<void> {
    return this.compose.up(services, options)
  }

  async observe(services: readonly string[]): Promise<PreviewServiceState[]> {
    const containers = await this.compose.containers()
    return Promise.all(
      services.map(async (service): Promise<PreviewServiceState> => {
        const own = containers.filter((c) => c.service === service)
        const running = own.some((c) => c.state === 'running')
        const ports = await Promise.all(
          (this.ports[service] ?? []).map(async (p): Promise<PreviewPortState> => {
            const published = running ? await this.compose.port(service, p.target, p.protocol) : null
            const accepts = published && p.protocol === 'tcp' ? await accepting(published.host, published.port) : null
            return { target: p.target, protocol: p.protocol, requested: p.published, published, accepts }
          })
        )
        return { service, containers: own, ports }
      })
    )
  }

  logs(service: string, lines: number): Promise<string> {
    return this.compose.logs(service, lines)
  }

  down(): Promise<void> {
    return this.compose.down({ volumes: true, removeOrphans: true, removeImages: 'local' })
  }
}

/** A TCP connection to host:port is accepted within a second. */
function accepting(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}
