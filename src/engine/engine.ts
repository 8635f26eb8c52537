import { relative, sep } from 'node:path'
import type { DriftConfig, FeatureConfig } from '../core/config.js'
import { requireResolved, usesOfLayers, type ConfigUse } from '../core/uses.js'
import { expandConfig } from './expand.js'
import { runArtifactLayer } from '../layers/artifact.js'
import { runAuthLayer } from '../layers/auth.js'
import { runContainerLayer } from '../layers/container.js'
import { decideRoutesByAuth, explainAuthByRoutes, runRouteLayer } from '../layers/route.js'
import { runSourceLayer } from '../layers/source.js'
import {
  LAYERS,
  type FeatureResult,
  type LayerName,
  type LayerResult,
  type RunResult,
  type ServiceResult
} from '../core/model.js'
import type {
  ApiDescriptions,
  BuiltImage,
  ComposeProject,
  DockerEngine,
  HttpClient,
  Logger,
  ReplicaEntry,
  ServiceRuntime,
  SourceTree
} from '../core/ports.js'
import { messageOf, toolOutputOf, UsageError } from '../core/errors.js'
import { CREATED_LABEL, DIRTY_SUFFIX, REVISION_LABEL } from '../core/labels.js'
import { Redactor } from '../core/redact.js'
import { judgeFeature, judgeRun } from '../core/verdict.js'
import { formatDuration } from '../core/units.js'

/** One Docker engine plus the compose project on it. */
export interface EngineSide {
  docker: DockerEngine
  /** null when the side has no compose project (only `image:`/`container:` services). */
  compose: ComposeProject | null
  /** Set when this side could not be reached (ssh refused, host down): a phase that needs it stops with this error. */
  unavailable?: Error
}

export interface EngineDeps {
  /** Where images are built from the checkout (always the local engine). */
  build: EngineSide
  /** Where the system runs (local engine, or the ssh target): the side a deploy ships to and recreates on. */
  target: EngineSide
  /** Where the services' containers run, replica by replica (the target's engine, a fleet's hosts, a Swarm's nodes). */
  runtime: ServiceRuntime
  /** The fleet nodes (host names) whose `services.*.nodeUrl` the probes ask besides the public URL; default none. */
  nodes?: readonly string[]
  http: HttpClient
  tree: SourceTree
  /** Reads the config's `openapi` documents; needed only when it has some. */
  apis?: ApiDescriptions
  logger: Logger
  redactor: Redactor
}

/**
 * Serializable progress of one run. The CLI runs every phase in one process; the composite action runs one phase per step and
 * hands this state on through a JSON file under $RUNNER_TEMP.
 */
export interface RunState {
  version: 1
  revision: string | null
  startedAt: string
  /** The layers asked for (`--layers`); the others are reported as `skip`. */
  layers: LayerName[]
  /** service → the image built from the checkout (or the configured `image:`), or why there is none. */
  built: Record<string, BuiltImage | { error: string; output?: string }>
  /** feature → layer → result. */
  results: Record<string, Partial<Record<LayerName, LayerResult>>>
  services: Record<string, ServiceResult>
}

/** The phases, in order. The action runs them as separate steps; `verify()` runs them all. */
export const PHASES = ['build', 'artifact', 'container', 'probe'] as const
export type Phase = (typeof PHASES)[number]

export function newState(revision: string | null, layers: readonly LayerName[] = LAYERS, now = new Date()): RunState {
  return {
    version: 1,
    revision,
    startedAt: now.toISOString(),
    layers: [...layers],
    built: {},
    results: {},
    services: {}
  }
}

/** What each phase can need from the config: the build phase checks the source and builds, the container phase reaches the target. */
const PHASE_USES: Readonly<Record<Phase, readonly ConfigUse[]>> = {
  build: ['source', 'build'],
  artifact: ['artifact'],
  container: ['target', 'container'],
  probe: ['route', 'auth']
}

/**
 * The config values a phase needs for the asked layers (whose `${VAR}`s must be set): the action loads the config per step
 * with these, so its build step never needs the auth probe's token.
 */
export function phaseUses(phase: Phase, layers: readonly LayerName[]): ConfigUse[] {
  return usesOfLayers(layers).filter((use) => PHASE_USES[phase].includes(use))
}

/** Runs one phase and returns the state with its results merged in. */
export async function runPhase(
  phase: Phase,
  state: RunState,
  config: DriftConfig,
  deps: EngineDeps,
  /**
   * The build's labels when the caller started them early (verify: beside the preflight); `started`, called once the
   * build waits on its processes or has none to run (verify starts the rest of the run then).
   */
  early: { labels?: Promise<Record<string, string>>; started?: () => void } = {}
): Promise<RunState> {
  // A variable this phase needs and the environment did not set: the config error with its position, before any work.
  requireResolved(config, phaseUses(phase, state.layers))
  const wants = (layer: LayerName) => state.layers.includes(layer)
  if (phase === 'build') prepareBuild(state.layers, config, deps)
  await preflight(phase, state.layers, config, deps)
  switch (phase) {
    case 'build': {
      const why = buildReason(state.layers, config, deps)
      if (!why) early.started?.()
      const [source, built] = await Promise.all([
        wants('source')
          ? tally(deps.logger, 'source', runSourceLayer({ features: config.features, tree: deps.tree }))
          : undefined,
        why
          ? buildImages(config, deps, () => early.labels ?? stampOf(deps, state.revision), why, early.started)
          : undefined
      ])
      return merge(state, source, built ? { built } : {})
    }
    case 'artifact': {
      if (!wants('artifact')) return state
      const images = new Map(Object.entries(state.built).map(([svc, b]) => [svc, 'error' in b ? b : { ref: b.ref }]))
      const artifact = runArtifactLayer({
        features: config.features,
        images,
        docker: deps.build.docker,
        logger: deps.logger
      })
      return merge(state, await tally(deps.logger, 'artifact', artifact))
    }
    case 'container':
      return containerPhase(state, config, deps, Promise.resolve(state.built))
    case 'probe': {
      const common = {
        features: config.features,
        services: config.services,
        http: deps.http,
        logger: deps.logger,
        nodes: deps.nodes ?? [],
        revision: state.revision
      }
      const probedAuth = wants('auth') ? runAuthLayer({ ...common, redactor: deps.redactor }) : undefined
      // A route probe that proved nothing on its own (any path answers alike) is decided by the auth probe of that route.
      const route = wants('route')
        ? tally(
            deps.logger,
            'route',
            Promise.all([runRouteLayer({ ...common, redactor: deps.redactor }), probedAuth]).then(([r, a]) =>
              decideRoutesByAuth(r, a)
            )
          )
        : undefined
      // An auth probe's 404 where the route probe proved the route there says the resource is missing, not the route.
      const auth = probedAuth
        ? tally(
            deps.logger,
            'auth',
            Promise.all([probedAuth, route]).then(([a, r]) => explainAuthByRoutes(a, r))
          )
        : undefined
      const [routes, auths] = await Promise.all([route, auth])
      return merge(merge(state, routes), auths)
    }
  }
}

/** The layers a feature configures something for (the container layer checks the artifact paths in the running container). */
export function configuredLayers(feature: FeatureConfig): LayerName[] {
  const hasArtifact = Object.values(feature.artifact).some((paths) => paths.length > 0)
  const has: Record<LayerName, boolean> = {
    source: feature.source.length > 0,
    artifact: hasArtifact,
    container: hasArtifact,
    // An OpenAPI operation that could not be probed is still a route to account for: never a silent skip.
    route: feature.routes.length > 0 || (feature.notProbed?.length ?? 0) > 0,
    auth: feature.auth.length > 0
  }
  return LAYERS.filter((layer) => has[layer])
}

/**
 * The features this run can say something about: those that configure at least one of the asked layers. A feature with
 * nothing to check in them (a routes-only feature in a `--layers source,artifact` gate) is left out, not judged.
 */
export function checkableFeatures(config: DriftConfig, layers: readonly LayerName[]): FeatureConfig[] {
  return config.features.filter((feature) => configuredLayers(feature).some((layer) => layers.includes(layer)))
}

/** The checkable features; none is a usage error (exit 2): such a run could only prove nothing. */
export function requireCheckable(config: DriftConfig, layers: readonly LayerName[]): FeatureConfig[] {
  const checkable = checkableFeatures(config, layers)
  if (checkable.length === 0) {
    throw new UsageError(`nothing to check: no feature configures any of the layers asked (${layers.join(', ')})`)
  }
  return checkable
}

/** The result of a run's state: every checkable feature judged, its verdict by the one rule (core/verdict.ts). */
export function finish(
  state: RunState,
  config: DriftConfig,
  options: { now?: Date; incomplete?: boolean } = {}
): RunResult {
  const now = options.now ?? new Date()
  const features: FeatureResult[] = checkableFeatures(config, state.layers).map((feature) => {
    const got = state.results[feature.name] ?? {}
    const layers = LAYERS.map(
      (layer): LayerResult =>
        got[layer] ?? {
          layer,
          status: 'skip',
          evidence: {
            summary: state.layers.includes(layer) ? 'not configured for this feature' : 'not asked for (--layers)'
          },
          durationMs: 0
        }
    )
    return {
      name: feature.name,
      ...judgeFeature(layers),
      layers,
      source: feature.source,
      ...(feature.notProbed?.length ? { notProbed: feature.notProbed } : {}),
      // Locations point into the checkout (SARIF, annotations): relative to the config's folder, with `/` separators.
      ...(feature.location
        ? { location: { ...feature.location, file: toCheckoutPath(config, feature.location.file) } }
        : {})
    }
  })
  const services = Object.keys(config.services).map(
    (name): ServiceResult =>
      state.services[name] ?? {
        name,
        builtImage: builtId(state.built[name]),
        runningImage: null,
        runningRevision: null,
        stale: false
      }
  )
  // Defence in depth: whatever a layer or a tool's stderr let through, no value from ${ENV} leaves the engine.
  return new Redactor(config.secrets).redactValue({
    version: 1,
    verdict: judgeRun(features, { incomplete: options.incomplete }),
    revision: state.revision,
    startedAt: state.startedAt,
    durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
    services,
    features
  })
}

/** The whole verification in one process: probes ∥ (source + build → artifact ∥ container). */
export async function verify(
  written: DriftConfig,
  deps: EngineDeps,
  options: { layers?: readonly LayerName[] } = {}
): Promise<RunResult> {
  const config = await expandConfig(written, deps)
  const layers = options.layers ?? LAYERS
  // Every variable the asked layers need, before anything runs (each phase checks its own again).
  requireResolved(config, usesOfLayers(layers))
  prepareBuild(layers, config, deps)
  const checkable = requireCheckable(config, layers)
  const skipped = config.features.length - checkable.length
  if (skipped) deps.logger.info(`${skipped} feature(s) configure none of ${layers.join(', ')}: left out of this run`)
  // What the asked layers need of the outside world is found first, and said once: not after a build, not once per feature.
  const revisionOfHead = deps.tree.revision()
  // The build's labels (the commit's date, a dirty tree) are asked beside the preflight: the build waits for them.
  const labels =
    buildReason(layers, config, deps) && deps.build.compose && composeBuilt(config).length
      ? stampOf(deps, revisionOfHead)
      : undefined
  labels?.catch(() => {}) // taken by the build, which reports a failure
  const [revision] = await Promise.all([revisionOfHead, ...PHASES.map((p) => preflight(p, layers, config, deps))])
  const state = newState(revision, layers)
  // The one serial chain is build → image listings. Probes need nothing from the images, and the container lookups and
  // listings run beside the build too: only each replica's freshness waits for what the build made. They start once the
  // build waits on its processes: their own start (planning 2 probes a route, loading the HTTP stack, spawning lookups)
  // would otherwise come first on the one main thread.
  let buildStarted = () => {}
  const started = new Promise<void>((resolve) => (buildStarted = resolve))
  const building = runPhase('build', state, config, deps, { labels, started: buildStarted })
  building.then(buildStarted, buildStarted)
  await started
  const [probed, built, artifact, container] = await Promise.all([
    runPhase('probe', state, config, deps),
    building,
    building.then((after) => runPhase('artifact', after, config, deps)),
    asks(layers, 'container')
      ? containerPhase(
          state,
          config,
          deps,
          building.then((after) => after.built)
        )
      : state
  ])
  const merged = [probed, artifact, container].reduce((acc, part) => mergeStates(acc, part), built)
  return deps.redactor.redactValue(finish(merged, config))
}

// ---------------------------------------------------------------------------------------------------------------------

const asks = (layers: readonly LayerName[], layer: LayerName) => layers.includes(layer)

/** The container layer, its lookups and listings started at once; `built` (the build's images) is awaited only to judge freshness. */
async function containerPhase(
  state: RunState,
  config: DriftConfig,
  deps: EngineDeps,
  built: Promise<RunState['built']>
): Promise<RunState> {
  if (!asks(state.layers, 'container')) return state
  const started = Date.now()
  const containers = await findContainers(deps.runtime, artifactServices(config))
  const out = await runContainerLayer({
    features: config.features,
    containers,
    built: built.then(
      (images) => new Map(Object.entries(images).filter((e): e is [string, BuiltImage] => !('error' in e[1])))
    ),
    buildEngine: deps.build.docker,
    revision: state.revision,
    project: deps.target.compose?.project ?? '',
    logger: deps.logger
  })
  logTally(deps.logger, 'container', out.features, started)
  const services = { ...state.services }
  for (const svc of out.services) services[svc.name] = svc
  return { ...merge(state, out.features), services }
}

/**
 * Why this run builds images, or null when no asked layer needs them. The artifact layer lists paths in them; the container
 * layer compares the running images with them only where the comparison means something: on the same engine (a build here says
 * nothing about the content of one built on a remote target, whose files carry other times).
 */
export function buildReason(layers: readonly LayerName[], config: DriftConfig, deps: EngineDeps): string | null {
  if (artifactServices(config).length === 0) return null
  if (layers.includes('artifact')) return 'the artifact layer lists paths in them'
  if (layers.includes('container') && deps.target === deps.build)
    return 'the container layer compares the running containers with them'
  return null
}

/** The build is the one serial chain: what it waits for (finding compose, choosing its builder) starts before anything else. */
function prepareBuild(layers: readonly LayerName[], config: DriftConfig, deps: EngineDeps): void {
  if (buildReason(layers, config, deps)) deps.build.compose?.prepareBuild?.()
}

/**
 * What a phase needs of the outside world, checked before it starts: an engine that does not answer or a target that could not
 * be reached is ONE error with its fix (exit 3), and no layer runs. Each engine is asked once (the adapter caches the answer).
 */
async function preflight(phase: Phase, layers: readonly LayerName[], config: DriftConfig, deps: EngineDeps) {
  const needsBuildEngine =
    (phase === 'build' && buildReason(layers, config, deps) !== null) ||
    (phase === 'artifact' && layers.includes('artifact') && artifactServices(config).length > 0)
  if (needsBuildEngine) await deps.build.docker.ping()
  if (phase === 'container' && layers.includes('container') && artifactServices(config).length > 0)
    await deps.runtime.ping()
}

function builtId(built: BuiltImage | { error: string } | undefined): string | null {
  return built && !('error' in built) ? built.id : null
}

/** The inspected services compose builds (those without an `image:`). */
function composeBuilt(config: DriftConfig): string[] {
  return artifactServices(config).filter((svc) => !config.services[svc]?.image)
}

/** Services whose images/containers some feature inspects. */
function artifactServices(config: DriftConfig): string[] {
  return [...new Set(config.features.flatMap((f) => Object.keys(f.artifact)))]
}

/**
 * The OCI labels every build is stamped with. `created` is the commit's date, not the clock: the same commit then builds
 * the same image ID (the build cache hits), so a container recreated from `driftcheck build` is recognised as fresh.
 * A build that reads the working tree (`fromWorkingTree`) of a dirty checkout is not HEAD: it is stamped `<commit>-dirty`
 * and now, so no report claims it was built from a commit it was not built from.
 */
export async function buildLabels(
  tree: SourceTree,
  known?: { revision: string | null | Promise<string | null> },
  options: { fromWorkingTree?: boolean; logger?: Logger } = {}
): Promise<Record<string, string>> {
  const [revision, date, dirty] = await Promise.all([
    known ? known.revision : tree.revision(),
    tree.revisionDate(),
    options.fromWorkingTree ? tree.dirty() : false
  ])
  if (dirty && revision) {
    options.logger?.warn(
      `the checkout has uncommitted changes: images are built from them and stamped ${revision.slice(0, 7)}-dirty, not as HEAD`
    )
  }
  const labels: Record<string, string> = { [CREATED_LABEL]: (dirty ? null : date) ?? new Date().toISOString() }
  if (revision) labels[REVISION_LABEL] = dirty ? `${revision}${DIRTY_SUFFIX}` : revision
  return labels
}

/** The labels a build in this run is stamped with: from the working tree, which is what compose builds. */
function stampOf(deps: EngineDeps, revision: string | null | Promise<string | null>) {
  return buildLabels(deps.tree, { revision }, { fromWorkingTree: true, logger: deps.logger })
}

/** Builds the compose services that features inspect (stamped with the revision), and resolves `image:` services. */
async function buildImages(
  config: DriftConfig,
  deps: EngineDeps,
  stamp: () => Promise<Record<string, string>>,
  why: string,
  started: () => void = () => {}
): Promise<RunState['built']> {
  const wanted = artifactServices(config)
  const built: RunState['built'] = {}
  const fromCompose = composeBuilt(config)
  await Promise.all([
    (async () => {
      const compose = deps.build.compose
      if (fromCompose.length === 0 || !compose) {
        started() // nothing for compose to build
        for (const svc of fromCompose)
          built[svc] = { error: `service ${svc} has no image: and no compose project was found` }
        return
      }
      try {
        const labels = await stamp()
        deps.logger.info(`building ${fromCompose.join(', ')} (${compose.project}): ${why}`)
        for (const image of await compose.build(fromCompose, labels, { started })) built[image.service] = image
      } catch (error) {
        started()
        const output = toolOutputOf(error)
        for (const svc of fromCompose) built[svc] = { error: `build failed: ${messageOf(error)}`, output }
      }
    })(),
    ...wanted
      .filter((svc) => config.services[svc]?.image)
      .map(async (svc) => {
        const ref = config.services[svc]!.image!
        try {
          const info = await deps.build.docker.inspectImage(ref)
          built[svc] = info
            ? {
                service: svc,
                ref,
                id: info.id,
                revision: info.revision,
                created: info.created,
                layers: info.layers,
                configured: true
              }
            : { error: `image ${ref} is not on the ${deps.build.docker.where} engine` }
        } catch (error) {
          built[svc] = { error: messageOf(error) }
        }
      })
  ])
  for (const svc of fromCompose) built[svc] ??= { error: `compose did not build service ${svc}` }
  return built
}

async function findContainers(
  runtime: ServiceRuntime,
  services: string[]
): Promise<Map<string, ReplicaEntry[] | { error: string }>> {
  const found = new Map<string, ReplicaEntry[] | { error: string }>()
  await Promise.all(
    services.map(async (svc) => {
      found.set(svc, await runtime.replicas(svc).catch((error: unknown) => ({ error: messageOf(error) })))
    })
  )
  return found
}

/** A progress line per layer once it is done: how its features came out, and how long it took. */
async function tally(logger: Logger, layer: LayerName, work: Promise<Map<string, LayerResult>>) {
  const started = Date.now()
  const results = await work
  logTally(logger, layer, results, started)
  return results
}

function logTally(logger: Logger, layer: LayerName, results: Map<string, LayerResult>, started: number): void {
  const counts = new Map<string, number>()
  for (const { status } of results.values()) if (status !== 'skip') counts.set(status, (counts.get(status) ?? 0) + 1)
  if (counts.size === 0) return
  const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(', ')
  logger.info(`${layer}: ${parts} (${formatDuration(Date.now() - started, 'seconds')})`)
}

function merge(state: RunState, layer?: Map<string, LayerResult>, extra: Partial<RunState> = {}): RunState {
  const results = { ...state.results }
  for (const [feature, result] of layer ?? []) results[feature] = { ...results[feature], [result.layer]: result }
  return { ...state, ...extra, results }
}

function mergeStates(a: RunState, b: RunState): RunState {
  const results = { ...a.results }
  for (const [feature, layers] of Object.entries(b.results)) results[feature] = { ...results[feature], ...layers }
  return { ...a, built: { ...a.built, ...b.built }, services: { ...a.services, ...b.services }, results }
}

function toCheckoutPath(config: DriftConfig, file: string): string {
  return relative(config.baseDir, file).split(sep).join('/')
}
