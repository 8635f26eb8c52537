import type { DriftConfig } from '../core/config.js'
import { buildLabels, verify, type EngineDeps } from '../engine/engine.js'
import { expandConfig } from '../engine/expand.js'
import { firstLineOf, InfraError, UsageError, messageOf, undefinedServices } from '../core/errors.js'
import type { LayerName, RunResult } from '../core/model.js'
import type { BuiltImage, ComposeProject, DeployTarget, ImagePublisher, ShippedTree } from '../core/ports.js'
import { previousRef } from './refs.js'
import { pullPushed, pushImages } from './registry.js'
import { StepLog, type DeployStep } from './steps.js'
import type { DeployStrategy } from './strategy.js'

export { DEPLOY_STRATEGIES, type DeployStrategy } from './strategy.js'

export interface DeployDeps {
  engine: EngineDeps
  /** The target side: directory checks, lock, shipping, tagging, pulling. */
  ship: DeployTarget
  /** This machine's engine pushing to `target.registry` (`--strategy registry`). */
  publisher: ImagePublisher
}

export interface DeployOptions {
  /** Compose services to deploy; default: every configured service the target's compose project defines. */
  services?: readonly string[]
  /** `source` (default): ship the tree, build on the target. `image`: build here, ship the images. `registry`: build here, push, pull there. */
  strategy?: DeployStrategy
  /** Keep the running images as `…:driftcheck-previous` and go back to them when the verification fails. */
  rollbackOnFail?: boolean
  /** Layers the verification runs (default: all). */
  layers?: readonly LayerName[]
  /** Who takes the lock (`user@machine`, CI run). */
  who?: string
  pid?: number
  now?: () => Date
}

export interface DeployOnlyOutcome {
  revision: string | null
  services: string[]
  steps: DeployStep[]
}

export interface DeployOutcome extends DeployOnlyOutcome {
  /** The verification of what runs now: the deployed version, or after a rollback, the previous one. */
  result: RunResult
  rolledBack: boolean
  /** After a rollback: the failed verification of the deployed version. */
  before?: RunResult
}

/** service → the image it ran before the deploy (tagged `…:driftcheck-previous`) and the ref compose starts it from. */
export type Snapshot = Map<string, { ref: string; previous: string }>

// Compose service names are [a-zA-Z0-9._-]; refusing the rest (and a leading `-`) keeps them from ever reading as options.
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** lock → ship → build → `up -d` → unlock. Throws InfraError (exit 3) when a step fails, saying what state it left. */
export async function orchestrateDeployOnly(
  config: DriftConfig,
  deps: DeployDeps,
  options: DeployOptions = {}
): Promise<DeployOnlyOutcome> {
  const log = new StepLog(deps.engine.logger)
  return withLock(config, deps, options, log, async (compose, asked) => {
    const { revision, services } = await rollout(config, deps, options, log, compose, asked, null)
    return { revision, services, steps: log.steps }
  })
}

/**
 * `deployOnly` plus the verification, under the same lock. With `rollbackOnFail`, the running images are kept before the
 * recreate, and a failed verification recreates the services on them and verifies again; both results are returned.
 */
export async function orchestrateDeploy(
  written: DriftConfig,
  deps: DeployDeps,
  options: DeployOptions = {}
): Promise<DeployOutcome> {
  // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
  const config = await expandConfig(written, deps.engine)
  const log = new StepLog(deps.engine.logger)
  return withLock(config, deps, options, log, async (compose, asked) => {
    const snapshot: Snapshot | null = options.rollbackOnFail ? new Map() : null
    const { revision, services } = await rollout(config, deps, options, log, compose, asked, snapshot)
    const layers = options.layers
    const verifyStep = (name: 'verify' | 'verify-rollback', description: string) =>
      log.run(name, description, async () => {
        const value = await verify(config, deps.engine, layers ? { layers } : {})
        return { value, detail: `verdict ${value.verdict}` }
      })
    const result = await verifyStep('verify', `verifying ${config.features.length} feature(s)`)
    const done = { revision, services, steps: log.steps }
    if (result.verdict === 'pass') return { ...done, result, rolledBack: false }
    if (!snapshot) {
      log.skip('rollback', 'not asked for (--rollback-on-fail)')
      return { ...done, result, rolledBack: false }
    }
    await rollback(deps, log, compose, snapshot)
    const after = await verifyStep('verify-rollback', 'verifying the previous version')
    return { ...done, result: after, before: result, rolledBack: true }
  })
}

/** The services to deploy, checked before anything touches the target. */
export function selectServices(config: DriftConfig, asked: readonly string[] | undefined): string[] | null {
  if (!asked) return null
  const bad = asked.filter((s) => !SERVICE_NAME.test(s))
  if (bad.length)
    throw new UsageError(`invalid service name ${bad.map((s) => JSON.stringify(s)).join(', ')} in --services`)
  return [...new Set(asked)]
}

// ---------------------------------------------------------------------------------------------------------------------

async function withLock<T>(
  config: DriftConfig,
  deps: DeployDeps,
  options: DeployOptions,
  log: StepLog,
  body: (compose: ComposeProject, services: string[]) => Promise<T>
): Promise<T> {
  const asked = selectServices(config, options.services)
  if (options.strategy === 'registry' && !config.target.registry) {
    throw new UsageError(
      '--strategy registry needs `target.registry` in the config: the image repository prefix to push to, like registry.example.com/acme'
    )
  }
  const compose = deps.engine.target.compose
  if (!compose) throw new InfraError(`no compose project on ${deps.ship.where}`, `check target.dir and target.compose`)
  const target = deps.ship
  return underLock(deps, options, log, composePreflight(target, compose), () => body(compose, asked ?? []))
}

/** What the preflight of a compose target finds: `target.dir` writable, the engine's version, the compose flavour. */
function composePreflight(target: DeployTarget, compose: ComposeProject): () => Promise<string> {
  return async () => {
    const { docker } = await target.preflight()
    const flavour = await compose.version()
    return `${target.dir} is writable; Docker ${docker}; compose ${flavour}`
  }
}

/** The preflight step of a compose target (a fleet runs it on every host before any batch). */
export async function preflightStep(target: DeployTarget, compose: ComposeProject, log: StepLog): Promise<void> {
  const preflight = composePreflight(target, compose)
  await log.run('preflight', `checking ${target.dir} and Docker on ${target.where}`, async () => ({
    value: undefined,
    detail: await preflight()
  }))
}

/** preflight → lock → `body` → unlock (also when `body` throws); the preflight's work says what it found. */
export async function underLock<T>(
  deps: DeployDeps,
  options: DeployOptions,
  log: StepLog,
  preflight: () => Promise<string>,
  body: () => Promise<T>
): Promise<T> {
  const target = deps.ship
  await log.run('preflight', `checking ${target.dir} and Docker on ${target.where}`, async () => ({
    value: undefined,
    detail: await preflight()
  }))
  const release = await lockStep(deps, options, log)
  try {
    return await body()
  } finally {
    await unlockStep(deps, log, release)
  }
}

/** Takes the deploy lock in `target.dir`; resolves to its release. */
export async function lockStep(deps: DeployDeps, options: DeployOptions, log: StepLog): Promise<() => Promise<void>> {
  const target = deps.ship
  const now = options.now ?? (() => new Date())
  return log.run('lock', `taking the deploy lock in ${target.dir}`, async () => {
    const info = {
      who: options.who ?? 'driftcheck',
      since: now().toISOString(),
      pid: options.pid ?? process.pid,
      revision: await deps.engine.tree.revision()
    }
    return { value: await target.lock(info), detail: `held by ${info.who}` }
  })
}

/** Releases the lock; a lock that could not be released is a warning, never the deploy's outcome. */
export async function unlockStep(deps: DeployDeps, log: StepLog, release: () => Promise<void>): Promise<void> {
  await log
    .run('unlock', 'releasing the deploy lock', async () => ({ value: await release(), detail: 'released' }))
    .catch((error: unknown) =>
      deps.engine.logger.warn(
        `the deploy lock in ${deps.ship.dir} on ${deps.ship.where} was not released: ${firstLineOf(error)}`
      )
    )
}

/** ship → (snapshot) → build → recreate. `services` empty = every configured service the compose project defines. */
export async function rollout(
  config: DriftConfig,
  deps: DeployDeps,
  options: DeployOptions,
  log: StepLog,
  compose: ComposeProject,
  asked: string[],
  snapshot: Snapshot | null
): Promise<{ revision: string | null; services: string[] }> {
  const { ship: target, engine } = deps
  const strategy = options.strategy ?? 'source'
  const shipped = await shipTreeStep(deps, log)
  const revision = shipped?.revision ?? (await engine.tree.revision())
  const defined = await compose.services()
  const services = resolveServices(config, asked, defined, compose.dir)
  if (services.length === 0)
    throw new UsageError(`nothing to deploy: no configured service is defined by the compose project in ${compose.dir}`)
  // The same stamp as `driftcheck build`: the same commit builds the same image, wherever it is built. The target builds the
  // shipped tree (HEAD); `--strategy image` builds the working tree here, so a dirty checkout is stamped as such.
  const buildsHere = strategy !== 'source'
  const labels = await buildLabels(engine.tree, { revision }, { fromWorkingTree: buildsHere, logger: engine.logger })

  if (snapshot) await takeSnapshot(deps, log, compose, services, defined, snapshot)
  else log.skip('snapshot', 'no --rollback-on-fail')

  const untouched = `the running services were NOT changed; ${target.dir} holds the files of ${revision?.slice(0, 12) ?? 'HEAD'}`
  const building = {
    image: 'building locally and shipping',
    registry: 'building locally',
    source: `building on ${target.where}`
  }
  const built = await log.run('build', `${building[strategy]}: ${services.join(', ')}`, async () => {
    try {
      if (strategy === 'image') return { value: [], detail: await buildAndShipImages(deps, services, defined, labels) }
      const images = await (strategy === 'registry' ? localCompose(deps) : compose).build(services, labels)
      return {
        value: images,
        detail: `built ${images.map((b) => `${b.service} ${b.id.slice(7, 19)}`).join(', ') || 'nothing (no build sections)'}${strategy === 'registry' ? ' locally' : ''}`
      }
    } catch (error) {
      throw explain(error, untouched, `fix the build, then deploy again`)
    }
  })
  if (strategy === 'registry') await pushAndPull(config.target.registry!, deps, log, built, defined, untouched)

  await log.run('recreate', `compose up -d ${services.join(' ')}`, async () => {
    try {
      await compose.up(services, buildsHere ? { noBuild: true } : {})
    } catch (error) {
      if (!snapshot)
        throw explain(
          error,
          `some of ${services.join(', ')} may already run the new version`,
          `see compose ps in ${target.dir}`
        )
      engine.logger.error(firstLineOf(error))
      const rolledBack = await rollback(deps, log, compose, snapshot).then(
        () => null,
        (rollbackError: unknown) => firstLineOf(rollbackError)
      )
      if (rolledBack !== null) {
        throw explain(
          error,
          `the rollback failed too (${rolledBack}): the services may be down`,
          `check compose ps in ${target.dir}`
        )
      }
      const names = [...snapshot.keys()].join(', ') || 'nothing'
      throw explain(error, `rolled back ${names} to the previous images`, 'fix the error, then deploy again')
    }
    return { value: undefined, detail: `recreated ${services.join(', ')}` }
  })
  return { revision, services }
}

/** The `ship` step: the tracked tree at HEAD into `target.dir` (null when `dir` is the checkout itself). */
export function shipTreeStep(deps: DeployDeps, log: StepLog): Promise<ShippedTree | null> {
  const { ship: target, engine } = deps
  return log.run('ship', `shipping the tracked tree at HEAD to ${target.where}:${target.dir}`, async () => {
    const value = await target.shipTree()
    if (!value) return { value, detail: `${target.dir} is the checkout itself: nothing to ship` }
    if (value.dirty) engine.logger.warn('the checkout has uncommitted changes: they are NOT deployed (HEAD is)')
    const extracted = `${value.revision.slice(0, 12)} (${kib(value.bytes)}) extracted into ${target.dir}`
    return { value, detail: `${extracted}${cleanupPhrase(value)}` }
  })
}

/** `--services`, or every configured service the compose project defines (the others are `image:`/`container:` services). */
export function resolveServices(
  config: DriftConfig,
  asked: string[],
  defined: Record<string, { image: string; builds: boolean }>,
  dir: string
): string[] {
  if (asked.length === 0) return Object.keys(config.services).filter((s) => s in defined)
  // A configured `image:`/`container:` service is not compose's to deploy: leave it out rather than fail.
  const notCompose = (s: string) => !(s in defined) && !!(config.services[s]?.image || config.services[s]?.container)
  asked = asked.filter((s) => !notCompose(s))
  const unknown = asked.filter((s) => !(s in defined))
  if (unknown.length) {
    throw undefinedServices(unknown, dir, Object.keys(defined))
  }
  return asked
}

async function takeSnapshot(
  deps: DeployDeps,
  log: StepLog,
  compose: ComposeProject,
  services: string[],
  defined: Record<string, { image: string }>,
  snapshot: Snapshot
): Promise<void> {
  await log.run('snapshot', `keeping the running images of ${services.join(', ')}`, async () => {
    const without: string[] = []
    for (const service of services) {
      // With several replicas, the newest one's image is the one to go back to.
      const [running] = await deps.engine.target.docker.findServiceContainers(compose.project, service)
      const ref = defined[service]!.image
      if (!running) {
        without.push(service)
        continue
      }
      const previous = previousRef(ref)
      await deps.ship.tag(running.imageId, previous)
      snapshot.set(service, { ref, previous })
    }
    const kept = [...snapshot.entries()].map(([s, v]) => `${s} → ${v.previous}`)
    const none = without.length ? `; not running before (no rollback for them): ${without.join(', ')}` : ''
    return { value: undefined, detail: `${kept.join(', ') || 'nothing was running'}${none}` }
  })
}

export async function rollback(
  deps: DeployDeps,
  log: StepLog,
  compose: ComposeProject,
  snapshot: Snapshot
): Promise<void> {
  await log.run(
    'rollback',
    `recreating ${[...snapshot.keys()].join(', ') || 'nothing'} on the previous images`,
    async () => {
      if (snapshot.size === 0) return { value: undefined, detail: 'nothing was running before: nothing to go back to' }
      for (const { ref, previous } of snapshot.values()) await deps.ship.tag(previous, ref)
      await compose.up([...snapshot.keys()], { noBuild: true, forceRecreate: true })
      return { value: undefined, detail: `${[...snapshot.keys()].join(', ')} run their previous images again` }
    }
  )
}

/** The compose project in the checkout, where `--strategy image` and `registry` build. */
function localCompose(deps: DeployDeps): ComposeProject {
  const local = deps.engine.build.compose
  if (!local)
    throw new InfraError('no local compose project to build the images from', 'add a compose file to the checkout')
  return local
}

/**
 * The registry strategy after the local build: push `<registry>/<service>:<revision>` from here, pull it on the target and
 * tag it as the target's compose names the service's image. The running services are untouched until the recreate.
 */
async function pushAndPull(
  registry: string,
  deps: DeployDeps,
  log: StepLog,
  built: BuiltImage[],
  defined: Record<string, { image: string }>,
  untouched: string
): Promise<void> {
  if (built.length === 0) {
    log.skip('push', 'nothing was built (no build sections)')
    log.skip('pull', 'nothing was pushed')
    return
  }
  const pushed = await log.run('push', `pushing ${built.map((b) => b.service).join(', ')} to ${registry}`, async () => {
    try {
      const value = await pushImages(deps.publisher, registry, built)
      const refs = value.map((p) => `${p.ref}${p.digest ? ` (${p.digest.slice(0, 19)})` : ''}`)
      return { value, detail: `pushed ${refs.join(', ')}` }
    } catch (error) {
      throw explain(error, untouched, hintOf(error) ?? 'fix the push, then deploy again')
    }
  })
  await log.run('pull', `pulling ${pushed.map((p) => p.ref).join(', ')} on ${deps.ship.where}`, async () => {
    try {
      return { value: undefined, detail: await pullPushed(deps.ship, pushed, defined) }
    } catch (error) {
      throw explain(error, untouched, hintOf(error) ?? 'fix the pull on the target, then deploy again')
    }
  })
}

/** The image strategy's build: compose build here, `docker save | ssh docker load`, tagged as the target's compose expects. */
async function buildAndShipImages(
  deps: DeployDeps,
  services: string[],
  defined: Record<string, { image: string; builds: boolean }>,
  labels: Record<string, string>
): Promise<string> {
  const built = await localCompose(deps).build(services, labels)
  if (built.length === 0) return 'nothing to build (no build sections)'
  const { bytes } = await deps.ship.shipImages(built.map((b) => b.ref))
  // The local and the target project names may differ (folder names): tag each image as the target's compose names it.
  for (const image of built) {
    const ref = defined[image.service]?.image
    if (ref && ref !== image.ref) await deps.ship.tag(image.ref, ref)
  }
  return `built ${built.map((b) => b.service).join(', ')} locally, shipped ${kib(bytes)} of images to ${deps.ship.where}`
}

/** The fix an adapter already named (`docker login` on the target…): more precise than a step's generic one. */
function hintOf(error: unknown): string | undefined {
  return error instanceof InfraError ? error.hint : undefined
}

/** The tool's error (with its output tail) plus one line on the state it left and what to do. */
export function explain(error: unknown, state: string, hint: string): InfraError {
  const message = messageOf(error)
  return new InfraError(`${message}\n${state}`, hint, { cause: error })
}

// The ship line names the first few removed paths; the rest are counted (the step's detail stays one readable line).
const SHOWN_PATHS = 5

/** `; removed 3 path(s) the commit no longer has: a.js, b/, c.js`, and what was kept; nothing when there was nothing. */
function cleanupPhrase(shipped: ShippedTree): string {
  if (shipped.firstManifest)
    return '; no manifest of an earlier ship there, so nothing removed (recorded what was shipped)'
  const list = (paths: string[]) =>
    `${paths.slice(0, SHOWN_PATHS).join(', ')}${paths.length > SHOWN_PATHS ? ` (+${paths.length - SHOWN_PATHS} more)` : ''}`
  const removed = shipped.removed.length
    ? `; removed ${shipped.removed.length} path(s) the commit no longer has: ${list(shipped.removed)}`
    : ''
  const kept = shipped.kept.length ? `; left ${shipped.kept.length} such path(s) in place: ${list(shipped.kept)}` : ''
  return removed + kept
}

export function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}
