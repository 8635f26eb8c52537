/**
 * `deploy` on a fleet (`target.hosts`): a rolling deploy, `batch` hosts at a time. Each batch is locked, shipped, built and
 * recreated on its hosts at once, then verified (its hosts' containers and `nodeUrl` probes) before the next starts. A batch
 * that fails stops the rollout; with `rollbackOnFail` that batch is put back on its previous images. Afterwards the whole
 * fleet is verified, and each host's running revisions are looked up, so the result says which host runs what.
 */
import type { DriftConfig } from '../core/config.js'
import { firstLineOf, InfraError, UsageError, messageOf } from '../core/errors.js'
import type { HostRollout, HostRolloutState, RolloutResult, RunResult } from '../core/model.js'
import type { ComposeProject, DeployTarget, DockerEngine, ImagePublisher } from '../core/ports.js'
import { verify, type EngineDeps } from '../engine/engine.js'
import {
  lockStep,
  preflightStep,
  rollback,
  rollout,
  selectServices,
  unlockStep,
  type DeployDeps,
  type DeployOptions,
  type DeployOutcome,
  type Snapshot
} from './deploy.js'
import { StepLog, type DeployStep } from './steps.js'

/** One reachable host of the fleet, as a deploy sees it. */
export interface FleetHostDeps {
  /** The host name (`node-2`): how steps and reports name it. */
  host: string
  ship: DeployTarget
  compose: ComposeProject
  docker: DockerEngine
}

/** A host that could not be reached: nothing is deployed while one is. */
export interface UnreachableHost {
  host: string
  error: Error
}

export interface FleetDeployDeps {
  /** The whole fleet's verification (and the checkout, the logger). */
  engine: EngineDeps
  /** Every host of `target.hosts`, in order. */
  hosts: (FleetHostDeps | UnreachableHost)[]
  /** The engine that verifies these hosts only: their containers, their `nodeUrl` probes (and the public URLs). */
  only(hosts: readonly string[]): EngineDeps
  /** This machine's engine pushing to `target.registry` (`--strategy registry`). */
  publisher: ImagePublisher
}

export interface FleetDeployOptions extends DeployOptions {
  /** Hosts deployed at once (default 1). */
  batch?: number
}

export interface FleetDeployOutcome extends DeployOutcome {
  /** Also in `result.rollout`: which host runs which revision now. */
  rollout: RolloutResult
}

export const DEFAULT_BATCH = 1

/** The hosts in batches of `size`, in the configured order. */
export function batchesOf<T>(hosts: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new UsageError(`--batch must be a whole number of hosts >= 1, got ${size}`)
  const batches: T[][] = []
  for (let i = 0; i < hosts.length; i += size) batches.push(hosts.slice(i, i + size))
  return batches
}

export async function orchestrateFleetDeploy(
  config: DriftConfig,
  deps: FleetDeployDeps,
  options: FleetDeployOptions = {}
): Promise<FleetDeployOutcome> {
  const asked = selectServices(config, options.services) ?? []
  const size = options.batch ?? DEFAULT_BATCH
  const { logger } = deps.engine
  const unreachable = deps.hosts.filter((h): h is UnreachableHost => 'error' in h)
  if (unreachable.length) {
    const names = unreachable.map((h) => h.host).join(', ')
    throw new InfraError(
      `cannot reach ${names}: ${firstLineOf(unreachable[0]!.error)}; nothing was deployed`,
      'fix the connection, then deploy again: a rollout never starts on a fleet it cannot reach whole',
      { cause: unreachable[0]!.error }
    )
  }
  const hosts = deps.hosts as FleetHostDeps[]
  const batches = batchesOf(hosts, size)
  const logs = new Map(hosts.map((h) => [h.host, new StepLog(logger, Date.now, h.host)]))
  const logOf = (h: FleetHostDeps) => logs.get(h.host)!
  // `--strategy image`/`registry` build here for each host of a batch: one local build at a time (the same project).
  const local = deps.engine.build.compose && oneBuildAtATime(deps.engine.build.compose)
  const hostDeps = (h: FleetHostDeps): DeployDeps => ({
    engine: {
      ...deps.engine,
      build: { ...deps.engine.build, compose: local ?? null },
      target: { docker: h.docker, compose: h.compose }
    },
    ship: h.ship,
    publisher: deps.publisher
  })
  const fleetSteps = new StepLog(logger)

  // Every host first: a rollout that stops at host 3 because its dir is missing leaves a mixed fleet for nothing.
  const preflights = await Promise.allSettled(hosts.map((h) => preflightStep(h.ship, h.compose, logOf(h))))
  const refused = preflights.flatMap((p, i) =>
    p.status === 'rejected' ? [{ host: hosts[i]!.host, error: p.reason }] : []
  )
  if (refused.length) {
    throw new InfraError(
      `${refused.map((r) => `${r.host}: ${firstLineOf(r.error)}`).join('; ')}; nothing was deployed`,
      'fix the hosts named, then deploy again',
      { cause: refused[0]!.error }
    )
  }

  const revision = await deps.engine.tree.revision()
  const states = new Map<string, HostRolloutState>(hosts.map((h) => [h.host, 'not-reached']))
  let stopped: RolloutResult['stopped'] = null
  let before: RunResult | undefined
  let rolledBack = false
  let services: string[] = []
  let deployedRevision = revision

  for (const [index, batch] of batches.entries()) {
    const names = batch.map((h) => h.host)
    const number = index + 1
    logger.info(`deploy batch ${number} of ${batches.length}: ${names.join(', ')}`)
    const releases: { h: FleetHostDeps; release: () => Promise<void> }[] = []
    const snapshots = new Map<string, Snapshot | null>()
    try {
      const done = await Promise.allSettled(
        batch.map(async (h) => {
          releases.push({ h, release: await lockStep(hostDeps(h), options, logOf(h)) })
          const snapshot: Snapshot | null = options.rollbackOnFail ? new Map() : null
          snapshots.set(h.host, snapshot)
          return rollout(config, hostDeps(h), options, logOf(h), h.compose, asked, snapshot)
        })
      )
      const failed = done.flatMap((d, i) => (d.status === 'rejected' ? [`${names[i]}: ${firstLineOf(d.reason)}`] : []))
      for (const d of done) if (d.status === 'fulfilled') ({ services, revision: deployedRevision } = d.value)
      let reason = failed.length ? `the deploy failed on ${failed.join('; ')}` : null
      if (!reason) {
        const result = await fleetSteps.run('verify', `verifying batch ${number} (${names.join(', ')})`, async () => {
          const value = await verify(config, deps.only(names), options.layers ? { layers: options.layers } : {})
          return { value, detail: `${names.join(', ')}: verdict ${value.verdict}` }
        })
        if (result.verdict !== 'pass') {
          before = result
          reason = `the verification of ${names.join(', ')} says ${result.verdict}: ${faultOf(result)}`
        }
      }
      if (!reason) {
        for (const name of names) states.set(name, 'deployed')
        continue
      }
      stopped = { batch: number, hosts: names, reason }
      logger.error(`deploy batch ${number} failed: ${reason}; the rollout stops here`)
      if (!options.rollbackOnFail) {
        fleetSteps.skip('rollback', 'not asked for (--rollback-on-fail)')
        for (const name of names) states.set(name, 'failed')
      } else {
        // A host that never got past its lock (held by another deploy) was not touched: nothing to put back there.
        const touched = batch.filter((h) => snapshots.has(h.host))
        for (const h of batch) if (!snapshots.has(h.host)) states.set(h.host, 'failed')
        const back = await Promise.allSettled(
          touched.map((h) => rollback(hostDeps(h), logOf(h), h.compose, snapshots.get(h.host)!))
        )
        back.forEach((b, i) => states.set(touched[i]!.host, b.status === 'fulfilled' ? 'rolled-back' : 'failed'))
        rolledBack = back.some((b) => b.status === 'fulfilled')
      }
    } finally {
      await Promise.all(releases.map(({ h, release }) => unlockStep(hostDeps(h), logOf(h), release)))
    }
    if (stopped) break
  }

  const final = await fleetSteps.run('verify', `verifying the fleet (${hosts.length} hosts)`, async () => {
    const value = await verify(config, deps.engine, options.layers ? { layers: options.layers } : {})
    return { value, detail: `verdict ${value.verdict}` }
  })
  const compose = services.length ? services : asked
  const rolloutResult: RolloutResult = {
    revision: deployedRevision,
    batchSize: size,
    stopped,
    hosts: await Promise.all(
      batches.flatMap((batch, i) => batch.map((h) => hostRollout(h, i + 1, states.get(h.host)!, compose, config)))
    )
  }
  const steps: DeployStep[] = [...hosts.flatMap((h) => logOf(h).steps), ...fleetSteps.steps]
  return {
    revision: deployedRevision,
    services,
    steps,
    result: { ...final, rollout: rolloutResult },
    rolledBack,
    ...(before ? { before } : {}),
    rollout: rolloutResult
  }
}

/** The same compose project, whose builds wait for each other. */
function oneBuildAtATime(compose: ComposeProject): ComposeProject {
  let queue: Promise<unknown> = Promise.resolve()
  return {
    project: compose.project,
    dir: compose.dir,
    version: () => compose.version(),
    services: () => compose.services(),
    up: (services, options) => compose.up(services, options),
    build: (services, labels) => {
      const built = queue.then(() => compose.build(services, labels))
      queue = built.catch(() => undefined)
      return built
    }
  }
}

/** What runs on a host after the rollout: the revision label of each service's running images there. */
async function hostRollout(
  h: FleetHostDeps,
  batch: number,
  state: HostRolloutState,
  services: string[],
  config: DriftConfig
): Promise<HostRollout> {
  const base = { host: h.host, batch, state }
  const names = services.length ? services : Object.keys(config.services)
  try {
    const revisions: HostRollout['revisions'] = {}
    for (const service of names) {
      const running = await h.docker.findServiceContainers(h.compose.project, service)
      const images = await Promise.all(
        [...new Set(running.map((c) => c.imageId))].map((id) => h.docker.inspectImage(id))
      )
      revisions[service] = [...new Set(images.map((image) => image?.revision ?? null))]
    }
    return { ...base, revisions }
  } catch (error) {
    return { ...base, revisions: {}, error: messageOf(error) }
  }
}

/** The first failing feature's fault line, in a few words, for the line that says why the rollout stopped. */
function faultOf(result: RunResult): string {
  const feature = result.features.find((f) => f.verdict !== 'pass')
  if (!feature) return 'no feature failed'
  const layer = feature.layers.find((l) => l.layer === feature.faultLine)
  return `${feature.name} ${feature.verdict}${layer ? ` (${layer.evidence.summary})` : ''}`
}
