import type { DriftConfig } from '../core/config.js'
import { firstLineOf, InfraError, lastLines, undefinedServices } from '../core/errors.js'
import type { LayerName, PreviewResult, RunResult } from '../core/model.js'
import type {
  ApiDescriptions,
  BuiltImage,
  ComposeProject,
  DockerEngine,
  HttpClient,
  Logger,
  PreviewProject,
  ServiceRuntime,
  SourceTree
} from '../core/ports.js'
import { clipText, type Redactor } from '../core/redact.js'
import { expandConfig } from '../engine/expand.js'
import { buildLabels, verify, type EngineSide } from '../engine/engine.js'
import { waitUntilReady, type NotReady } from './preview/readiness.js'
import { leftOutFeatures, previewConfig } from './preview/urls.js'

export type { NotReady } from './preview/readiness.js'

/** What a preview runs on: a throwaway project on the runner's own engine, and the engine's other ports. */
export interface PreviewDeps {
  project: PreviewProject
  /** The runner's engine: the preview builds and runs there. */
  docker: DockerEngine
  /** The preview project's containers, by its labels. */
  runtime: ServiceRuntime
  http: HttpClient
  tree: SourceTree
  /** The checkout's OpenAPI documents (`openapi:`). */
  apis?: ApiDescriptions
  logger: Logger
  redactor: Redactor
}

export interface PreviewOptions {
  layers?: readonly LayerName[]
  /** How long the started services may take to run and accept on their ports; default 60 s. */
  readyTimeoutMs?: number
  /** Lines of a not-ready service's log kept (redacted, each cut); default 20. */
  logLines?: number
  /** The job cancelled (SIGINT/SIGTERM): stop where it is, tear down, throw PreviewCancelled. */
  signal?: AbortSignal
}

export const DEFAULT_READY_TIMEOUT_MS = 60_000
const DEFAULT_LOG_LINES = 20
/** A log line longer than this is cut: a service that prints a blob must not flood the report. */
const LOG_LINE_MAX = 300

/** A started service that exited or never became ready: `error`, never a pass (exit 3). Carries its last log lines. */
export class PreviewNotReady extends InfraError {
  override readonly name = 'PreviewNotReady'
  constructor(
    readonly project: string,
    readonly notReady: (NotReady & { logs: string })[]
  ) {
    super(
      `the preview's ${notReady.map((n) => n.service).join(', ')} did not become ready (project ${project})`,
      'see the service logs above; the preview was torn down'
    )
  }
}

/** The preview was cancelled (the job, SIGINT/SIGTERM) before it finished; it was torn down. */
export class PreviewCancelled extends InfraError {
  override readonly name = 'PreviewCancelled'
  constructor(readonly reason: string) {
    super(`the preview was cancelled (${reason}); it was torn down`)
  }
}

/**
 * `driftcheck preview`: build the checkout's images (stamped), start them under the throwaway project with every published
 * port on a free loopback port, wait (bounded) until they run and accept, verify source → artifact → container → route →
 * auth there with the URLs moved to those ports, and ALWAYS tear the project down: on success, on failure, on an error
 * mid-way and when cancelled. The result carries what was rewritten (`preview`).
 */
export async function orchestratePreview(
  written: DriftConfig,
  deps: PreviewDeps,
  options: PreviewOptions = {}
): Promise<RunResult> {
  const { project, logger } = deps
  const signal = options.signal
  const cancelled = new Promise<never>((_, reject) => {
    const stop = () => reject(new PreviewCancelled(String(signal?.reason ?? 'aborted')))
    if (signal?.aborted) stop()
    else signal?.addEventListener('abort', stop, { once: true })
  })
  cancelled.catch(() => {}) // raced below; unobserved when the preview ends first
  const step = <T>(work: Promise<T>): Promise<T> => Promise.race([work, cancelled])
  try {
    // Every feature the run will check (discover, openapi), known before anything starts: left out or rewritten alike.
    const config = await step(expandConfig(written, deps))
    const defined = await step(project.services())
    const asked = startedServices(config, defined, project.dir)
    logger.info(`preview: project ${project.project}, starting ${asked.join(', ')} (${await step(project.version())})`)

    const revision = await step(deps.tree.revision())
    const labels = await step(buildLabels(deps.tree, { revision }, { fromWorkingTree: true, logger }))
    const toBuild = asked.filter((s) => defined[s]?.builds)
    const built = new BuiltOnce(project, toBuild.length ? await step(project.build(toBuild, labels)) : [], labels)
    await step(project.up(asked, { noBuild: true }))

    const { states, notReady } = await step(
      waitUntilReady(() => project.observe(asked), {
        timeoutMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
        signal
      })
    )
    if (notReady.length) throw new PreviewNotReady(project.project, await step(withLogs(deps, notReady, options)))

    const leftOut = leftOutFeatures(config.features, new Set(asked))
    for (const left of leftOut)
      logger.info(`preview: ${left.feature} checks ${left.services.join(', ')}, not started by the preview: left out`)
    const rewritten = previewConfig(config, states, leftOut)
    for (const url of rewritten.urls) logger.info(`preview: ${url.service} ${url.from} → ${url.to}`)

    const side: EngineSide = { docker: deps.docker, compose: built }
    const result = await step(
      verify(
        rewritten.config,
        {
          build: side,
          // The same side: the container layer compares the running containers with what this build made.
          target: side,
          runtime: deps.runtime,
          nodes: [],
          http: deps.http,
          tree: deps.tree,
          ...(deps.apis ? { apis: deps.apis } : {}),
          logger,
          redactor: deps.redactor
        },
        options.layers ? { layers: options.layers } : {}
      )
    )
    const preview: PreviewResult = { project: project.project, services: asked, urls: rewritten.urls, leftOut }
    return deps.redactor.redactValue({ ...result, preview })
  } finally {
    await teardown(deps)
  }
}

/** `preview.services`, or every configured service the compose file defines; an unknown one is a usage error. */
export function startedServices(config: DriftConfig, defined: Record<string, unknown>, dir: string): string[] {
  const asked = config.preview?.services
  if (asked) {
    const unknown = asked.filter((s) => !(s in defined))
    if (unknown.length) throw undefinedServices(unknown, dir, Object.keys(defined))
    return [...asked]
  }
  const configured = Object.keys(config.services).filter((s) => s in defined)
  if (configured.length === 0) throw undefinedServices(Object.keys(config.services), dir, Object.keys(defined))
  return configured
}

/** `down -v --remove-orphans --rmi local`; a failure is logged (the leftovers named by the project), never swallowed silently. */
async function teardown(deps: PreviewDeps): Promise<void> {
  try {
    await deps.project.down()
    deps.logger.info(`preview: project ${deps.project.project} removed (containers, networks, volumes, built images)`)
  } catch (error) {
    deps.logger.error(
      `preview: tearing down project ${deps.project.project} failed: ${firstLineOf(error)}; remove it with \`docker-compose -p ${deps.project.project} down -v\``
    )
    throw error
  }
}

/** Each not-ready service with its last log lines: redacted, each cut. */
async function withLogs(
  deps: PreviewDeps,
  notReady: NotReady[],
  options: PreviewOptions
): Promise<(NotReady & { logs: string })[]> {
  const lines = options.logLines ?? DEFAULT_LOG_LINES
  return Promise.all(
    notReady.map(async (n) => {
      const raw = await deps.project.logs(n.service, lines).catch(() => '')
      const cut = lastLines(deps.redactor.redact(raw), lines)
        .split('\n')
        .map((l) => clipText(l, LOG_LINE_MAX))
        .join('\n')
      return { ...n, logs: cut }
    })
  )
}

/**
 * The project, with the images the preview built before `up` handed back when the engine's build phase asks for them again
 * (the same services, the same labels): one build per preview, not two.
 */
class BuiltOnce implements ComposeProject {
  readonly project: string
  readonly dir: string

  constructor(
    private readonly inner: ComposeProject,
    private readonly images: BuiltImage[],
    private readonly labels: Record<string, string>
  ) {
    this.project = inner.project
    this.dir = inner.dir
  }

  version() {
    return this.inner.version()
  }

  services() {
    return this.inner.services()
  }

  async build(services: readonly string[], labels: Record<string, string>): Promise<BuiltImage[]> {
    const have = new Map(this.images.map((i) => [i.service, i]))
    const defined = await this.inner.services()
    const wanted = services.filter((s) => defined[s]?.builds)
    const same = JSON.stringify(labels) === JSON.stringify(this.labels)
    if (same && wanted.every((s) => have.has(s))) return wanted.map((s) => have.get(s)!)
    return this.inner.build(services, labels)
  }

  up(services: readonly string[], options?: { noBuild?: boolean; forceRecreate?: boolean }) {
    return this.inner.up(services, options)
  }
}
