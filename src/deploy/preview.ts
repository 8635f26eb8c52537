import type { DriftConfig } from '../core/config.js'
import { firstLineOf, InfraError, lastLines, undefinedServices } from '../core/errors.js'
import {
  LAYERS,
  type LayerName,
  type PreviewNotReadyReport,
  type PreviewResult,
  type RunResult
} from '../core/model.js'
import type {
  ApiDescriptions,
  DockerEngine,
  HttpClient,
  Logger,
  PreviewProject,
  ServiceRuntime,
  SourceTree
} from '../core/ports.js'
import { clipText, type Redactor } from '../core/redact.js'
import { expandConfig } from '../engine/expand.js'
import { judgeRun } from '../core/verdict.js'
import {
  buildLabels,
  checkableFeatures,
  finish,
  newState,
  verify,
  type EngineDeps,
  type EngineSide
} from '../engine/engine.js'
import { BuiltOnce } from './preview/built-once.js'
import { beforeRunning, blockedFeatures, combineResults, earlyLayers, notReadyLayers } from './preview/not-ready.js'
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

/**
 * A started service that exited or never became ready, for a caller that must also record the run as incomplete (the
 * action's preview step, after it saved the result that names it): `error`, never a pass. Carries its last log lines.
 */
export class PreviewNotReady extends InfraError {
  override readonly name = 'PreviewNotReady'
  constructor(
    readonly project: string,
    readonly notReady: readonly PreviewNotReadyReport[]
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
 * mid-way and when cancelled. The result carries what was rewritten (`preview`). A service that is not ready is a fact of
 * the result, not a throw: its features are checked up to the first layer that needs it running, which is `error` (its
 * state and last log lines), the features of the ready services are verified as ever, and the run is never a pass.
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

    const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS
    const waitStarted = Date.now()
    const { states, notReady } = await step(
      waitUntilReady(() => project.observe(asked), { timeoutMs: readyTimeoutMs, signal })
    )
    const waitedMs = Date.now() - waitStarted
    const reports = notReady.length ? await step(withLogs(deps, notReady, options)) : []

    const leftOut = leftOutFeatures(config.features, new Set(asked))
    for (const left of leftOut)
      logger.info(`preview: ${left.feature} checks ${left.services.join(', ')}, not started by the preview: left out`)
    // A feature of a service that is not ready is never probed (its URL would be production's): checked up to that point.
    const blocked = blockedFeatures(config.features, leftOut, reports)
    for (const b of blocked)
      logger.warn(
        `preview: ${b.feature} checks ${b.services.join(', ')}, which did not become ready: checked up to the built image, not probed`
      )
    const down = new Set(reports.map((n) => n.service))
    const rewritten = previewConfig(
      config,
      states.filter((s) => !down.has(s.service)),
      [...leftOut, ...blocked]
    )
    for (const url of rewritten.urls) logger.info(`preview: ${url.service} ${url.from} → ${url.to}`)

    const side: EngineSide = { docker: deps.docker, compose: built }
    const engine: EngineDeps = {
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
    }
    const layers = options.layers ?? LAYERS
    const asks = options.layers ? { layers: options.layers } : {}
    // Without a blocked feature, verify as ever (nothing checkable is its usage error); with one, only what is left.
    const ready =
      blocked.length === 0 || checkableFeatures(rewritten.config, layers).length > 0
        ? await step(verify(rewritten.config, engine, asks))
        : null
    const result = blocked.length
      ? await step(
          verifyBlocked(config, blocked, reports, engine, { layers, revision, readyTimeoutMs, waitedMs, ready })
        )
      : ready!
    const preview: PreviewResult = {
      project: project.project,
      services: asked,
      urls: rewritten.urls,
      leftOut,
      readyTimeoutMs,
      ...(reports.length ? { notReady: reports } : {})
    }
    // A not-ready service no feature checks (a database) still leaves the run unproven.
    const verdict = reports.length ? judgeRun(result.features, { incomplete: true }) : result.verdict
    return deps.redactor.redactValue({ ...result, verdict, preview })
  } finally {
    await teardown(deps)
  }
}

/**
 * The blocked features: the layers before the running ones verified as ever (the checkout, the images just built), then
 * each one's first running layer `error` with the not-ready evidence and the later ones not reached; joined with `ready`.
 */
async function verifyBlocked(
  config: DriftConfig,
  blocked: PreviewResult['leftOut'],
  reports: readonly PreviewNotReadyReport[],
  engine: EngineDeps,
  options: {
    layers: readonly LayerName[]
    revision: string | null
    readyTimeoutMs: number
    waitedMs: number
    ready: RunResult | null
  }
): Promise<RunResult> {
  const names = new Set(blocked.map((b) => b.feature))
  const blockedConfig: DriftConfig = { ...config, features: config.features.filter((f) => names.has(f.name)) }
  const early = beforeRunning(options.layers)
  const before =
    early.length && checkableFeatures(blockedConfig, early).length
      ? await verify(blockedConfig, engine, { layers: early })
      : null
  const found = earlyLayers(before)
  const state = newState(before?.revision ?? options.revision, options.layers)
  for (const feature of blockedConfig.features)
    state.results[feature.name] = { ...found.get(feature.name), ...notReadyLayers(feature, reports, options) }
  const parts = { ready: options.ready, blocked: finish(state, blockedConfig), blockedServices: before?.services }
  return combineResults(config, parts, { incomplete: true })
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
): Promise<PreviewNotReadyReport[]> {
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
